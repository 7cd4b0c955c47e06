"""Compare mode's loss landscape: the slice on the plane of the first two principal components
of all racers' paths together (``explorer.core.nn.compare.landscape``), every racer's path drawn
in its colour, and a line saying which point is the origin and how far each path lies off the
plane. Computed on its own worker when asked (the comparison idle or paused)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.core.nn.compare import CompareLandscape, Comparison, iter_compare_landscape
from explorer.ui.labs.optimizer.views import contour_paths
from explorer.ui.labs.training.common import NOTE_STYLE, pen
from explorer.ui.labs.training.landscape_plots import SliceMap
from explorer.ui.labs.training.landscape_texts import axis_labels, landscape_title
from explorer.ui.labs.training.landscape_view import race_job
from explorer.ui.worker import Worker


class CompareLandscapeView(QWidget):
    """The buttons, the slice with every racer's path, and the note under it."""

    race_requested = Signal(object)  # the slice as a Surface, for the Optimizer Lab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compute_button = QPushButton()
        self.race_button = QPushButton()
        self.race_button.setEnabled(False)
        self.race_button.clicked.connect(self.race_here)
        self.status = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.map = SliceMap()
        self.start = pg.ScatterPlotItem(symbol="s", size=10, brush="w", pen=pen("k"))
        self.start.setZValue(20)
        self.map.addItem(self.start)
        self.paths: list[pg.PlotDataItem] = []
        self.labels: tuple[str, ...] = ()
        self.worker = Worker(self)
        self.result: CompareLandscape | None = None
        row = QHBoxLayout()
        row.addWidget(self.compute_button)
        row.addWidget(self.race_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.compute_button.setText(self.tr("Compute landscape"))
        self.compute_button.setToolTip(self.tr(
            "The loss on the plane of the first two principal components of all the "
            "optimizers' weight paths together (after a run, or while paused)"))
        self.race_button.setText(self.tr("Race optimizers here ▸"))
        self.race_button.setToolTip(self.tr("Open this slice as a loss surface in the "
                                            "Optimizer Lab and race optimizers on it"))
        self.show_result(self.result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_racers(self, labels: Sequence[str], colours: Sequence[str]) -> None:
        """One path item per racer, in its colour (made once per line-up)."""
        self.clear()
        for item in self.paths:
            self.map.removeItem(item)
        self.labels = tuple(labels)
        self.paths = [pg.PlotDataItem(pen=pen(c, width=2), symbol="o", symbolSize=4,
                                      symbolBrush=c, symbolPen=None) for c in colours]
        for item in self.paths:
            item.setZValue(10)
            self.map.addItem(item)

    def compute(self, comparison: Comparison) -> None:
        self.worker.start(partial(iter_compare_landscape, comparison),
                          progress=self._on_progress, succeeded=self._on_done,
                          failed=self._on_failed)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def clear(self) -> None:
        """Forget the slice (a new line-up, model or data)."""
        self.worker.stop()
        self.result = None
        self.map.image.clear()
        self.map.clear_landscape()
        self.status.setText("")
        self.show_result(None)

    def shutdown(self) -> None:
        self.worker.stop()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.status.setText(self.tr("Computing the landscape: {percent} %")
                            .format(percent=f"{100 * fraction:.0f}"))

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The landscape could not be computed: {error}")
                            .format(error=message))

    def _on_done(self, result: object) -> None:
        if isinstance(result, CompareLandscape):
            self.status.setText("")
            self.show_result(result)

    def race_here(self) -> bool:
        """Build the slice's Surface on the worker (TensorFlow's first trace), then emit
        ``race_requested``, as the solo landscape's button does."""
        if self.result is None or self.worker.busy or self.result.landscape.plane is None:
            return False
        self.status.setText(self.tr("Preparing the slice as a surface (TensorFlow)…"))
        self.worker.start(partial(race_job, self.result.landscape), succeeded=self._on_race_ready,
                          failed=self._on_failed)
        return True

    def _on_race_ready(self, surface: object) -> None:
        self.status.setText("")
        self.race_requested.emit(surface)

    def show_result(self, result: CompareLandscape | None) -> None:
        """The slice, the paths and the note; or the hint when nothing is computed."""
        self.result = result
        self.race_button.setEnabled(result is not None and result.landscape.plane is not None)
        if result is None:
            self.note.setText(self.tr("Train the comparison, then press Compute landscape: "
                                      "every optimizer's path on one slice of the loss."))
            for item in self.paths:
                item.setData([], [])
            self.start.setData(pos=[])
            return
        land = result.landscape
        assert land.b is not None
        self.map.set_axes(land.a, land.b, *axis_labels(land), landscape_title(land))
        self.map.show_grid(land.loss, True, land.split)
        assert self.map.values is not None
        self.map.contours.setData(*contour_paths(land.a, land.b, self.map.values))
        for item, path in zip(self.paths, result.paths, strict=False):
            item.setData(path[:, 0], path[:, 1])
        self.start.setData(pos=[(0.0, 0.0)])
        off = ", ".join(self.tr("{racer}: {percent} %").format(racer=label,
                                                                 percent=f"{100 * value:.0f}")
                        for label, value in zip(result.labels, result.off_plane(), strict=True))
        self.note.setText(self.tr(
            "Origin (0, 0), the white square: the common initial weights every optimizer "
            "started from. Each path lies at most this far off the plane (relative to how far "
            "it went): {off}; a large value means the line shows the path's shadow.")
            .format(off=off))
