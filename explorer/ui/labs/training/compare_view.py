"""What the Training Lab's compare mode shows: the shared transport, each racer's decision
boundary as a small live map (2-D data), the loss and metric curves overlaid (one colour per
optimizer, training solid, validation dashed) and the results table.

Plot items are made once per line-up (:meth:`CompareView.set_racers`) and then only fed with
``setData``/``setImage`` (DESIGN rule 3); :meth:`CompareView.draw` takes a
:class:`CompareSnapshot` and is called by the mode's render timer, never by the worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data import Dataset
from explorer.core.nn.compare import CompareSnapshot, Goal, RacerResult, racer_result
from explorer.core.nn.history import metric_text
from explorer.ui.labs.training.common import fixed_plot
from explorer.ui.labs.training.compare_landscape import CompareLandscapeView
from explorer.ui.labs.training.transport import TransportBar
from explorer.ui.widgets.axes import cache_axes, nice_ceiling
from explorer.ui.widgets.legend import swatch

MAP_LUT = np.stack([np.linspace(a, b, 256) for a, b in ((0x21, 0xE6), (0x66, 0x9F), (0xAC, 0x00))],
                   axis=1).astype(np.uint8)  # class 0 blue → class 1 orange
CLASS_BRUSHES = ("#0B3D91", "#B35900")


class _RacerMap(QWidget):
    """One racer's decision boundary: its output over the plane and the training points."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumSize(120, 120)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(MAP_LUT)
        self.points = pg.ScatterPlotItem(size=5, pen=pg.mkPen("w", width=1))
        self.plot.addItem(self.image)
        self.plot.addItem(self.points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)

    def set_points(self, x: np.ndarray, y: np.ndarray) -> None:
        brushes = [pg.mkBrush(CLASS_BRUSHES[int(label) % 2]) for label in y]
        self.points.setData(x[:, 0], x[:, 1], brush=brushes)

    def show_grid(self, grid: np.ndarray, extent: tuple[tuple[float, float], ...]) -> None:
        levels = (0.0, 1.0)
        if grid.ndim == 3:  # several classes: the most probable one
            grid, levels = np.argmax(grid, axis=2).astype(np.float32), (0.0, grid.shape[2] - 1)
        (x0, x1), (y0, y1) = extent
        self.image.setImage(np.ascontiguousarray(grid, dtype=np.float32), levels=levels)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))


class _Curves(pg.PlotWidget):
    """One quantity (loss or a metric) for every racer: training solid, validation dashed.

    The ranges move in coarse steps (auto-range would re-layout the ticks at every update, and
    the repaint stalled the GUI thread for tens of milliseconds), the axes are cached."""

    def __init__(self) -> None:
        super().__init__()
        plot = fixed_plot(self.getPlotItem())
        plot.disableAutoRange()
        cache_axes(plot)
        self.showGrid(x=True, y=True, alpha=0.2)
        # a white ground: readable where it lies over a curve
        self.legend = self.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 220),
                                     pen=pg.mkPen("#d0d0d0"))
        self.key = "loss"
        self.train: list[pg.PlotDataItem] = []
        self.val: list[pg.PlotDataItem] = []
        self.ranges: tuple[float, float] | None = None

    def set_racers(self, key: str, labels: Sequence[str], colours: Sequence[str]) -> None:
        for item in (*self.train, *self.val):
            self.removeItem(item)
        self.legend.clear()
        # out of the curves' way: losses fall towards the bottom right, accuracies rise to the top
        self.legend.setOffset((-10, -10) if key == "accuracy" else (-10, 10))
        self.key, self.ranges = key, None
        self.train = [self.plot([], pen=pg.mkPen(c, width=1), name=label)
                      for label, c in zip(labels, colours, strict=True)]
        self.val = [self.plot([], pen=pg.mkPen(c, width=1, style=Qt.PenStyle.DashLine))
                    for c in colours]

    def draw(self, snapshot: CompareSnapshot) -> None:
        epochs, top = 1, 0.0
        for racer, train, val in zip(snapshot.racers, self.train, self.val, strict=False):
            for item, key in ((train, self.key), (val, f"val_{self.key}")):
                values = racer.history.get(key)
                if values is None or not len(values):
                    item.setData([], [])
                    continue
                item.setData(np.arange(1, len(values) + 1), values)
                finite = values[np.isfinite(values)]
                epochs = max(epochs, len(values))
                top = max(top, float(finite.max()) if finite.size else 0.0)
        x_end = min(nice_ceiling(epochs, steps=(1, 5, 10)), float(max(snapshot.epochs, 1)))
        y_end = 1.0 if self.key == "accuracy" else nice_ceiling(top, 0.0)
        if self.ranges != (x_end, y_end):
            self.ranges = (x_end, y_end)
            self.setXRange(0, x_end, padding=0.02)
            self.setYRange(0, y_end, padding=0.03)


SLOW_PARTS = ("loss", "metric", "table")  # drawn a few times a second, one a frame live


class CompareView(QWidget):
    """The compare mode's right side (the lab shows it instead of its own when compare is on)."""

    COLUMNS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transport = TransportBar()
        self.transport.files_button.hide()
        self.transport.progress.hide()  # the solo run's strip; the message says the epoch
        self.maps = [_RacerMap() for _ in range(4)]
        self.maps_row = QWidget()
        row = QHBoxLayout(self.maps_row)
        row.setContentsMargins(0, 0, 0, 0)
        for racer_map in self.maps:
            row.addWidget(racer_map)
        self.landscape = CompareLandscapeView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.maps_row, "")
        self.tabs.addTab(self.landscape, "")
        self.loss = _Curves()
        self.metric = _Curves()
        curves = QWidget()
        pair = QHBoxLayout(curves)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.loss)
        pair.addWidget(self.metric)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for part in (self.tabs, curves, self.table):
            self.splitter.addWidget(part)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 240, 150])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.transport)
        layout.addWidget(self.splitter, 1)
        self.metric_key = "accuracy"
        self.labels: tuple[str, ...] = ()
        self.colours: tuple[str, ...] = ()
        self.results: list[RacerResult] = []
        self.retranslate()

    def retranslate(self) -> None:
        key = self.metric_key
        heads = (self.tr("Optimizer"), self.tr("Status"), self.tr("Train loss"),
                 self.tr("Train {metric}").format(metric=key), self.tr("Val. loss"),
                 self.tr("Val. {metric}").format(metric=key), self.tr("Test loss"),
                 self.tr("Test {metric}").format(metric=key), self.tr("Time (s)"),
                 self.tr("Goal at epoch"))
        self.table.setHorizontalHeaderLabels(list(heads))
        self.tabs.setTabText(0, self.tr("Decision boundaries"))
        self.tabs.setTabText(1, self.tr("Landscape"))
        self.loss.setTitle(self.tr("Loss (solid: training, dashed: validation)"))
        self.metric.setTitle(self.tr("{metric} (solid: training, dashed: validation)")
                             .format(metric=key))
        for plot in (self.loss, self.metric):
            plot.setLabel("bottom", self.tr("epoch"))
        self.show_results(self.results)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_racers(self, labels: Sequence[str], colours: Sequence[str], metric: str,
                   dataset: Dataset | None) -> None:
        """Make the plot items for this line-up (once per line-up, data set and model)."""
        self.labels, self.colours, self.metric_key = tuple(labels), tuple(colours), metric
        self.loss.set_racers("loss", labels, colours)
        self.metric.set_racers(metric, labels, colours)
        two_d = dataset is not None and dataset.is_2d and dataset.task != "regression"
        self.tabs.setTabVisible(0, two_d)
        self.tabs.setCurrentIndex(0 if two_d else 1)
        self.landscape.set_racers(labels, colours)
        for i, racer_map in enumerate(self.maps):
            racer_map.setVisible(two_d and i < len(labels))
            if two_d and i < len(labels):
                racer_map.title.setText(labels[i])
                racer_map.title.setStyleSheet(f"color: {colours[i]}; font-weight: bold")
                racer_map.set_points(np.asarray(dataset.x_train), np.asarray(dataset.y_train))
        self.results = []
        self.table.setRowCount(0)
        self.retranslate()

    def draw(self, snapshot: CompareSnapshot, goal: Goal, *, slow: bool = True) -> None:
        """The maps always; the curves and the table when ``slow`` (a few times a second)."""
        if snapshot.grid_extent is not None and self.tabs.isTabVisible(0):
            for racer, racer_map in zip(snapshot.racers, self.maps, strict=False):
                if racer.grid is not None:
                    racer_map.show_grid(racer.grid, snapshot.grid_extent)
        if slow:
            for part in SLOW_PARTS:
                self.draw_part(part, snapshot, goal)

    def draw_part(self, part: str, snapshot: CompareSnapshot, goal: Goal) -> None:
        """One of the slower parts (``SLOW_PARTS``): the loss curves, the metric's, the table."""
        if part == "table":
            self.show_results([racer_result(racer, goal) for racer in snapshot.racers])
        else:
            (self.loss if part == "loss" else self.metric).draw(snapshot)

    def show_results(self, results: list[RacerResult]) -> None:
        """One row per racer: final values, time, the goal's epoch."""
        self.results = results
        self.table.setRowCount(len(results))
        statuses = {"ready": self.tr("ready"), "running": self.tr("running"),
                    "finished": self.tr("finished"), "stopped": self.tr("stopped"),
                    "diverged": self.tr("diverged (NaN)")}
        key = self.metric_key
        for row, result in enumerate(results):
            cells = (result.label, statuses[result.status], _value(result.train, "loss"),
                     _value(result.train, key), _value(result.val, "loss"),
                     _value(result.val, key), _value(result.test, "loss"),
                     _value(result.test, key), f"{result.seconds:.2f}",
                     "–" if result.reached is None else str(result.reached))
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
            if row < len(self.colours):
                self.table.item(row, 0).setIcon(swatch(self.colours[row]))


def _value(values: Mapping[str, float], key: str) -> str:
    number = values.get(key)
    return "–" if number is None else metric_text(number)
