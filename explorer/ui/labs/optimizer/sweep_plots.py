"""The plots of the Hyper-parameter map: the map over learning rate × a second hyper-parameter,
and the learning-rate range test (final loss against the learning rate, one curve per racer).

Learning rates (and, in the range test, losses) are drawn as log₁₀ of their values on axes that
label them as powers of ten, so every item of a plot shares one coordinate system. Colours: the
final loss (log₁₀ of its height above the lowest minimum) or the steps to converge on the
colour-vision-safe cividis map, and core's status colours (diverged black, still running grey,
…) on top; in "diverged" mode only the statuses. Theory's stability limits are lines.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal

from explorer.core.optim import Race, Status
from explorer.core.optim.experiments import STATUS_COLORS, Sweep, hex_rgb
from explorer.ui.labs.optimizer.experiments_panel import PickBox
from explorer.ui.widgets.axes import cache_axes, plain_numbers

MODES = ("loss", "steps", "diverged")
CONVERGED_COLOR = "#009E73"  # "diverged" mode: converged cells (Okabe–Ito bluish green)
LIMIT_COLOR = "#FFFFFF"  # theory's stability limit: white reads on cividis's dark half and black
FLOOR = 1e-12  # the least loss above the minimum a log scale shows
HEATMAP = pg.colormap.get("cividis")


def lowest_loss(sweep: Sweep, minima_losses: list[float]) -> float:
    """What "relative to the best minimum" means: the surface's lowest listed minimum, or the
    lowest final loss of the map when none is listed."""
    if minima_losses:
        return min(minima_losses)
    finite = sweep.losses[np.isfinite(sweep.losses)]
    return float(finite.min()) if finite.size else 0.0


def excess_loss(losses: np.ndarray, best: float) -> np.ndarray:
    """log₁₀ of the final loss above ``best`` (NaN where the loss is not finite)."""
    with np.errstate(all="ignore"):
        return np.where(np.isfinite(losses), np.log10(np.maximum(losses - best, FLOOR)), np.nan)


def cell_colours(sweep: Sweep, mode: str, best: float) -> tuple[np.ndarray, np.ndarray]:
    """The map's scalar values (float32, NaN where the status colour stands instead) and the
    RGBA overlay of status colours (transparent where the value shows)."""
    status = sweep.status
    if mode == "loss":
        values = excess_loss(sweep.losses, best)
        covered = np.isin(status, (Status.DIVERGED, Status.ESCAPED, Status.UNDEFINED))
    elif mode == "steps":
        values = sweep.steps.astype(float)
        covered = status != Status.CONVERGED
    else:
        values = np.full(status.shape, np.nan)
        covered = np.ones(status.shape, dtype=bool)
    covered |= ~np.isfinite(values)
    overlay = np.zeros((*status.shape, 4), dtype=np.ubyte)
    colours = {**STATUS_COLORS, Status.CONVERGED: CONVERGED_COLOR}
    for kind, colour in colours.items():
        cells = covered & (status == kind)
        overlay[cells, :3] = hex_rgb(colour)
        overlay[cells, 3] = 255
    overlay[sweep.rows_done:, 3] = 0  # not computed yet
    values = np.where(covered, np.nan, values)
    values[sweep.rows_done:] = np.nan
    return np.ascontiguousarray(values, dtype=np.float32), np.ascontiguousarray(overlay)


def log_edges(values: np.ndarray) -> tuple[float, float]:
    """The first cell's left edge and the cells' width, in log₁₀ of log-spaced values."""
    logs = np.log10(values)
    width = float(logs[1] - logs[0]) if len(logs) > 1 else 1.0
    return float(logs[0]) - width / 2, width


def nearest(values: np.ndarray, value: float, log: bool) -> int | None:
    """The index of the cell centred nearest ``value`` (a coordinate), None outside the cells."""
    centres = np.log10(values) if log else values
    width = float(centres[1] - centres[0]) if len(centres) > 1 else 1.0
    index = round(float((value - centres[0]) / width))
    return index if 0 <= index < len(values) else None


class _LogPlot(pg.PlotWidget):
    """A plot whose x (and optionally y) axis labels log₁₀ coordinates as powers of ten; a
    click emits ``picked`` and hovering emits ``hovered`` with the point in plot coordinates."""

    picked = Signal(float, float)
    hovered = Signal(float, float)

    def __init__(self, log_y: bool) -> None:
        self.box = PickBox()
        super().__init__(viewBox=self.box)
        self.setMenuEnabled(False)
        plain_numbers(self.getPlotItem())
        cache_axes(self.getPlotItem())
        self.getAxis("bottom").setLogMode(True)
        self.getAxis("left").setLogMode(log_y)
        self.box.picked.connect(self.picked)
        self.scene().sigMouseMoved.connect(self._on_moved)

    def _on_moved(self, position) -> None:
        if self.box.sceneBoundingRect().contains(position):
            point = self.box.mapSceneToView(position)
            self.hovered.emit(point.x(), point.y())


class SweepMap(_LogPlot):
    """Learning rate (log) × a second hyper-parameter, coloured by the chosen mode, with the
    stability limit as a line and the racer's own setting as a ring."""

    def __init__(self) -> None:
        super().__init__(log_y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=HEATMAP, interactive=False, width=12)
        self.colour_bar.setImageItem(self.image, insert_in=self.getPlotItem())
        plain_numbers(self.colour_bar)
        self.overlay = pg.ImageItem(axisOrder="row-major")
        self.overlay.setZValue(1)
        self.addItem(self.overlay)
        self.limit = pg.PlotDataItem(pen=pg.mkPen(LIMIT_COLOR, width=1,
                                                  style=Qt.PenStyle.DashLine))
        self.limit.setZValue(3)
        self.addItem(self.limit)
        self.current = pg.ScatterPlotItem(size=14, symbol="o", brush=None,
                                          pen=pg.mkPen("w", width=1))
        self.current.setZValue(4)
        self.addItem(self.current)
        self.sweep: Sweep | None = None

    def show_sweep(self, sweep: Sweep, mode: str, best: float) -> None:
        """Draw the map (or the part computed so far) in ``mode``."""
        assert sweep.param is not None
        self.sweep = sweep
        values, overlay = cell_colours(sweep, mode, best)
        finite = values[np.isfinite(values)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        hi = hi if hi > lo else lo + 1
        self.image.setImage(np.nan_to_num(values, nan=lo), levels=(lo, hi))
        self.colour_bar.setLevels((lo, hi))
        self.colour_bar.setVisible(mode != "diverged")
        self.overlay.setImage(overlay, autoLevels=False, levels=(0, 255))
        left, width = log_edges(sweep.learning_rates.values)
        params = sweep.param.values
        height = float(params[1] - params[0]) if len(params) > 1 else 1.0
        rect = QRectF(left, float(params[0]) - height / 2, width * len(sweep.learning_rates.values),
                      height * len(params))
        self.image.setRect(rect)
        self.overlay.setRect(rect)
        lines = sweep.limit_lines()
        if lines is None:
            self.limit.setData([], [])
        else:
            self.limit.setData(np.log10(lines), params)
        self.setRange(rect, padding=0)

    def show_current(self, learning_rate: float, value: float | None) -> None:
        """A ring at the racer's own setting (nothing without a value of the second axis)."""
        if value is None or learning_rate <= 0:
            self.current.clear()
        else:
            self.current.setData([np.log10(learning_rate)], [value])

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) of the cell at plot point (x, y), None outside the map."""
        sweep = self.sweep
        if sweep is None or sweep.param is None:
            return None
        column = nearest(sweep.learning_rates.values, x, log=True)
        row = nearest(sweep.param.values, y, log=False)
        return None if row is None or column is None else (row, column)


class RangeTestPlot(_LogPlot):
    """Final loss above the lowest minimum against the learning rate, one curve per racer, with
    each racer's stability limit (where theory has one) as a vertical line in its colour."""

    def __init__(self) -> None:
        super().__init__(log_y=True)
        self.showGrid(x=True, y=True, alpha=0.2)
        self.curves: list[pg.PlotDataItem] = []
        self.limits: list[pg.InfiniteLine] = []
        self.sweeps: tuple[Sweep | None, ...] = ()

    def show_sweeps(self, sweeps: tuple[Sweep | None, ...], race: Race, racers: list[int],
                    best: float) -> None:
        """One curve per racer's sweep (None: not computed yet); diverged cells leave gaps."""
        self.sweeps = sweeps
        while len(self.curves) < len(racers):
            curve = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=4)
            line = pg.InfiniteLine(angle=90, movable=False)
            for item in (curve, line):
                self.addItem(item)
            self.curves.append(curve)
            self.limits.append(line)
        for k, (curve, line) in enumerate(zip(self.curves, self.limits, strict=True)):
            sweep = sweeps[k] if k < len(sweeps) and k < len(racers) else None
            if sweep is None or racers[k] >= len(race.racers):
                curve.setData([], [])
                line.setVisible(False)
                continue
            color = race.racers[racers[k]].color
            curve.setPen(pg.mkPen(color, width=1))
            curve.setSymbolBrush(color)
            curve.setSymbolPen(color)
            y = excess_loss(sweep.losses[0], best)
            y[np.isin(sweep.status[0], (Status.DIVERGED, Status.ESCAPED, Status.UNDEFINED))] = \
                np.nan
            curve.setData(np.log10(sweep.learning_rates.values), y)
            lines = sweep.limit_lines()
            line.setVisible(lines is not None)
            if lines is not None:
                line.setPen(pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine))
                line.setPos(float(np.log10(lines[0])))

    def column_at(self, x: float) -> tuple[int, int] | None:
        """(sweep index, column) of the learning rate nearest plot x, on the first sweep."""
        for k, sweep in enumerate(self.sweeps):
            if sweep is not None:
                column = nearest(sweep.learning_rates.values, x, log=True)
                return None if column is None else (k, column)
        return None
