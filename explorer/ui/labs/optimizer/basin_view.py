"""The Optimizer Lab's "Basins" tab: from every start of a grid, which minimum does a racer's
optimizer reach, and how fast?

Up to three racers side by side on the same grid (GD vs Momentum vs Adam is the lesson): each
start is painted in the colour of where it ended (core's Okabe–Ito outcome colours, stable while
the map fills in), darker the more steps it needed; diverged and still-running starts have their
own labelled colours. The legend under each map gives each outcome's share; the surface's
landmarks sit on top with the markers of the Surface tab. A 1-D surface gets a strip under its
curve. Clicking a start restarts the race from there, with the racer of that map selected, on the
Surface tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr_noop
from explorer.core.optim import RaceSetup
from explorer.core.optim.experiments import DEFAULT_GRID, GRID_RANGE, BasinMap, iter_basins
from explorer.core.progress import Job
from explorer.core.scene import problem_at
from explorer.core.surfaces import Surface
from explorer.ui.i18n import translate
from explorer.ui.labs.optimizer.experiments_panel import (
    ExperimentLab,
    ExperimentView,
    PickBox,
    chain_jobs,
    checked_fields,
    experiment_text,
    fill_racers,
    integer_in,
)
from explorer.ui.labs.optimizer.marks import landmark_spots
from explorer.ui.widgets.axes import cache_axes, plain_numbers
from explorer.ui.widgets.fields import CheckedSpinBox

MAX_PANELS = 3
GRID_LIMITS = (32, GRID_RANGE[1])
STRIP = (0.16, 0.04)  # the 1-D strip: from this far below the curve's lowest point (× its span)
FIELDS = ("racers", "grid", "steps")
RACERS_LIST = tr_noop("Scenes", "'racers' must be a list of {count} racer numbers (-1: none)")


def map_rgba(basin_map: BasinMap) -> np.ndarray:
    """The map as an RGBA image (uint8, row-major): core's colours, starts not computed yet
    transparent."""
    rgba = np.empty((*basin_map.outcome.shape, 4), dtype=np.ubyte)
    rgba[..., :3] = np.clip(np.rint(basin_map.rgb()), 0, 255)
    rgba[..., 3] = np.where(basin_map.outcome >= 0, 255, 0)
    return np.ascontiguousarray(rgba)


def swatch(color: str) -> str:
    """A coloured square for a rich-text legend (white gets an outline: it is on white)."""
    light = QColor(color).lightnessF() > 0.9
    return '<span style="color:#888888">□</span>' if light else \
        f'<span style="color:{color}">■</span>'


def legend_html(basin_map: BasinMap) -> str:
    """"■ global minimum 41 % · ■ local minimum (−4.34) 52 % · ■ diverged 7 %", translated."""
    parts = []
    for (template, values), outcome in zip(basin_map.share_parts(), basin_map.outcomes,
                                           strict=True):
        text = experiment_text("Experiments", *values["outcome"])
        parts.append(swatch(outcome.color) + "&nbsp;" + translate("Experiments", template).format(
            outcome=text, share=values["share"]))
    return " &nbsp;·&nbsp; ".join(parts)


class BasinPanel(QWidget):
    """One racer's map: its name, the picture with the landmarks on it, its legend."""

    picked = Signal(int, int)  # row, column of the start clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.box = PickBox()
        self.plot = pg.PlotWidget(viewBox=self.box)
        self.plot.setMenuEnabled(False)
        plain_numbers(self.plot.getPlotItem())
        cache_axes(self.plot.getPlotItem())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#444444", width=1))
        self.curve.setZValue(4)
        self.plot.addItem(self.curve)
        self.landmarks = pg.ScatterPlotItem(size=14, pen=pg.mkPen("k", width=1.5))
        self.landmarks.setZValue(5)
        self.plot.addItem(self.landmarks)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.map: BasinMap | None = None
        self.surface: Surface | None = None
        self._strip = (0.0, 1.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.box.picked.connect(self._on_picked)

    def set_surface(self, surface: Surface) -> None:
        """Axes, the 1-D curve and the landmarks of a new surface; the old map goes."""
        self.surface = surface
        self.map = None
        self.image.clear()
        self.legend.clear()
        names = surface.axis_names or ("x", "y")
        self.plot.setLabel("bottom", names[0])
        if surface.dim == 1:
            xs, _, values = surface.grid(1000)
            finite = values[np.isfinite(values)]
            lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
            span = max(hi - lo, 1e-9)
            self._strip = (lo - STRIP[0] * span, lo - STRIP[1] * span)
            self.curve.setData(xs, values)
            self.landmarks.setData(landmark_spots(
                surface, lambda m: (m[0], float(surface.value(np.array(m))))))
            self.plot.setLabel("left", "L")
            (x0, x1), = surface.domain
            self.plot.setRange(xRange=(x0, x1), yRange=(self._strip[0], hi), padding=0.02)
        else:
            self.curve.setData([], [])
            self.landmarks.setData(landmark_spots(surface))
            self.plot.setLabel("left", names[1] if len(names) > 1 else "y")
            (x0, x1), (y0, y1) = surface.domain
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def show_map(self, drawn: tuple[BasinMap, np.ndarray] | None, name: str, color: str,
                 computing: str) -> None:
        """Draw a map and its picture (None: not started yet) under the racer's ``name``;
        ``computing`` is appended to the title while the map is partial."""
        self.title.setText(f'<b style="color:{color}">■</b> {name}'
                           + (f" <i>{computing}</i>" if computing else ""))
        basin_map, picture = drawn if drawn is not None else (None, None)
        if basin_map is self.map and basin_map is not None:
            self.legend.setText(legend_html(basin_map))  # the same map: only the language
            return
        self.map = basin_map
        if basin_map is None:
            self.image.clear()
            self.legend.clear()
            return
        xs, ys = basin_map.xs, basin_map.ys
        dx = xs[1] - xs[0]
        if ys is None:
            low, high = self._strip
            rect = QRectF(xs[0] - dx / 2, low, dx * len(xs), high - low)
        else:
            dy = ys[1] - ys[0]
            rect = QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys))
        self.image.setImage(picture, autoLevels=False, levels=(0, 255))
        self.image.setRect(rect)
        self.legend.setText(legend_html(basin_map))

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) of the start drawn at (x, y), or None outside the map."""
        if self.map is None:
            return None
        xs, ys = self.map.xs, self.map.ys
        column = round(float((x - xs[0]) / (xs[1] - xs[0])))
        row = 0 if ys is None else round(float((y - ys[0]) / (ys[1] - ys[0])))
        rows, columns = self.map.outcome.shape
        return (row, column) if 0 <= row < rows and 0 <= column < columns else None

    def _on_picked(self, x: float, y: float) -> None:
        cell = self.cell_at(x, y)
        if cell is not None:
            self.picked.emit(*cell)


class BasinView(ExperimentView):
    """The basin maps of up to three of the lab's racers on the current surface."""

    def __init__(self, lab: ExperimentLab, parent: QWidget | None = None) -> None:
        super().__init__(lab, parent)
        self.racer_boxes = [QComboBox() for _ in range(MAX_PANELS)]
        for box in self.racer_boxes:
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.grid_box = CheckedSpinBox("grid", *GRID_LIMITS)
        self.grid_box.setValue(DEFAULT_GRID)
        self.grid_box.setSingleStep(32)
        self.labels = [QLabel() for _ in range(3)]
        controls = QGridLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.labels[0], 0, 0)
        for k, box in enumerate(self.racer_boxes):
            controls.addWidget(box, 0, 1 + k)
            controls.setColumnStretch(1 + k, 1)
        settings = QHBoxLayout()
        for label, box in zip(self.labels[1:], (self.grid_box, self.steps_box), strict=True):
            settings.addWidget(label)
            settings.addWidget(box)
        settings.addStretch(1)
        controls.addLayout(settings, 1, 0, 1, 1 + MAX_PANELS)
        self.panels = [BasinPanel() for _ in range(MAX_PANELS)]
        self.figure = QWidget()
        row = QHBoxLayout(self.figure)
        row.setContentsMargins(0, 0, 0, 0)
        for k, panel in enumerate(self.panels):
            row.addWidget(panel)
            panel.picked.connect(lambda r, c, k=k: self.pick(k, r, c))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.page(controls, self.figure, self.hint)
        self.shown_racers: list[int] = []  # the racers of the maps on screen
        self._surface: Surface | None = None
        for box in self.racer_boxes:
            box.currentIndexChanged.connect(self._on_choice)
        self.grid_box.valueChanged.connect(self.request)
        self.steps_box.valueChanged.connect(self.request)
        self.line_up_changed()
        for k, box in enumerate(self.racer_boxes[1:], 1):  # GD vs Momentum vs … at first
            box.setCurrentIndex(k + 1 if k < len(self.lab.race.racers) else 0)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Racers"))
        self.labels[1].setText(self.tr("Grid"))
        self.labels[2].setText(self.tr("Steps"))
        for k, box in enumerate(self.racer_boxes):
            box.setToolTip(self.tr("The racer whose optimizer and hyper-parameters map number "
                                   "{k} shows").format(k=k + 1))
            if k and box.count():
                box.setItemText(0, self.tr("(none)"))
        self.grid_box.field_name = self.tr("grid")
        self.grid_box.range_tip(self.tr("Starts per side of the grid: the map races "
                                        "grid × grid starts (grid in 1-D)"))
        self.hint.setText(self.tr("Colour: where each start ended; darker: more steps needed. "
                                  "Click a start to race from it."))
        for panel in self.panels:
            panel.legend.setToolTip(self.tr("Share of the starts that ended in each outcome"))
            panel.plot.setToolTip(self.tr("Click a start: the race restarts from there"))
        super().retranslate()
        self.draw(self.results, complete=not self.busy)

    def tab_texts(self) -> tuple[str, str]:
        return self.tr("Basins"), self.tr(
            "Basins of attraction: from every start of a grid, where each racer ends")

    # --- the line-up and the settings -----------------------------------------------------------

    def line_up_changed(self) -> None:
        for k, box in enumerate(self.racer_boxes):
            fill_racers(box, self.lab.race, self.tr("(none)") if k else None)
        if self.lab.surface is not self._surface:
            self._surface = self.lab.surface
            for panel in self.panels:
                panel.set_surface(self.lab.surface)
            self.results, self.shown_racers = (), []
        self._show_panels()

    def chosen(self) -> list[int]:
        """The racers chosen for the maps, each once, in the choosers' order."""
        picks = [box.currentData() for box in self.racer_boxes]
        return list(dict.fromkeys(k for k in picks if isinstance(k, int) and k >= 0))

    def _on_choice(self) -> None:
        self._show_panels()
        self.request()

    def _show_panels(self) -> None:
        count = max(len(self.chosen()), 1)
        for k, panel in enumerate(self.panels):
            panel.setVisible(k < count)

    def state(self) -> dict[str, Any]:
        return {"racers": [box.currentData() for box in self.racer_boxes],
                "grid": self.grid_box.value(), "steps": self.steps_box.value()}

    def parse_state(self, data: dict[str, Any], setup: RaceSetup, where: str) -> dict[str, Any]:
        checked_fields(data, FIELDS, where)
        racers = len(setup.racers)
        picks = data.get("racers")
        if not isinstance(picks, list) or len(picks) != MAX_PANELS:
            raise problem_at(where, RACERS_LIST, count=MAX_PANELS)
        for k in range(MAX_PANELS):
            integer_in({"racers": picks[k]}, "racers", -1, racers - 1, f"{where}.racers[{k}]")
        return {"racers": list(picks), "grid": integer_in(data, "grid", *GRID_LIMITS, where),
                "steps": integer_in(data, "steps", 0, self.steps_box.maximum(), where)}

    def apply_state(self, parsed: dict[str, Any]) -> None:
        for box, pick in zip(self.racer_boxes, parsed["racers"], strict=True):
            box.setCurrentIndex(max(box.findData(pick), 0))
        self.grid_box.setValue(parsed["grid"])
        self.steps_box.setValue(parsed["steps"])
        self.request()

    # --- computing and drawing ------------------------------------------------------------------

    def inputs(self) -> Any:
        racers = self.lab.race.racers
        return (self.lab.surface, tuple(racers[k].optimizer.describe() for k in self.chosen()),
                self.grid_box.value(), self.steps())

    def make_job(self) -> Callable[[], Job[tuple[Any, ...]]]:
        chosen = self.chosen()
        if not chosen:
            raise ValueError(self.tr("choose a racer"))
        surface, grid, steps = self.lab.surface, self.grid_box.value(), self.steps()
        racers = [self.lab.race.racers[k] for k in chosen]
        self.shown_racers = chosen
        self.results = ()
        jobs = [(racer.name, lambda o=racer.optimizer: iter_basins(surface, o, grid=grid,
                                                                    steps=steps))
                for racer in racers]
        return lambda: chain_jobs(jobs, lambda basin_map: (basin_map, map_rgba(basin_map)))

    def progress_text(self, name: str) -> str:
        return self.tr("Computing the basin map of {name}…").format(name=name)

    def maps(self) -> list[BasinMap | None]:
        """The maps on screen (or coming), one per chosen racer."""
        return [None if drawn is None else drawn[0] for drawn in self.results]

    def draw(self, results: tuple[Any, ...], complete: bool) -> None:
        racers = self.lab.race.racers
        for k, panel in enumerate(self.panels):
            if k >= len(self.shown_racers) or self.shown_racers[k] >= len(racers):
                continue
            racer = racers[self.shown_racers[k]]
            drawn = results[k] if k < len(results) else None
            partial = drawn is None or not drawn[0].complete
            panel.show_map(drawn, racer.name, racer.color,
                           self.tr("(computing…)") if partial and not complete else "")

    def pick(self, panel: int, row: int, column: int) -> None:
        """Restart the race from the start clicked on map ``panel``, with its racer selected,
        on the Surface tab, playing."""
        basin_map = self.panels[panel].map
        if basin_map is None or panel >= len(self.shown_racers):
            return
        racer = self.shown_racers[panel]
        self.lab.set_start(basin_map.start(row, column))
        if racer < len(self.lab.race.racers):
            self.lab.legend.selectRow(racer)
        self.lab.view_tabs.setCurrentIndex(0)
        self.lab.play()
