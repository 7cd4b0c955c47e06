"""Loss-versus-step and distance-to-the-global-minimum plots of every racer.

Curves are light ``PlotCurveItem``s fed only with what changed: the loss and the distance to the
global minimum of each new step go into a :class:`PeakTrace` (min/max per bucket of steps), so
a frame costs O(new steps) and draws a bounded number of points, not O(history). Log-y is done
here (log10 of the data, log ticks on the axis) for the same reason.

The distance is to the *global* minimum: a racer stuck in a local minimum must not show a curve
that goes to 0 like the winner's. The y-range follows the racers still on the surface view: one
that diverged or ran off down an unbounded slope (−3·10⁶ on the saddle) would otherwise flatten
every other curve, so its runaway part is clipped and a note on the plot says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent

from explorer.core.optim import Race, Status, number_text
from explorer.core.surfaces import Surface
from explorer.ui.labs.optimizer.decimate import PeakTrace
from explorer.ui.widgets.axes import cache_axes, nice_ceiling, plain_numbers

LOG_FLOOR = 1e-12
NOTE_COLOUR = "#7A1F00"  # dark red-brown on white: readable, and no racer's colour
TITLE_SIZE = "9pt"


def step_axis_end(steps: int) -> int:
    """Where the step axis ends: the first of 10, 20, 50, 100, 200, 500, … that holds
    ``steps``. Redrawing the axes every frame as the race grew cost more than the lines."""
    return int(nice_ceiling(steps, least=10, steps=(1, 2, 5, 10)))


def distance_label(surface: Surface | None) -> str:
    """What the distance plot measures, said in its title."""
    if surface is not None and surface.n_global > 1:
        return QCoreApplication.translate("RaceCurves", "distance to the nearest global minimum")
    return QCoreApplication.translate("RaceCurves", "distance to the global minimum")


@dataclass
class Extent:
    """The lowest and highest value a racer's curve has shown, over all its steps and over the
    steps it spent on the surface view; updated from the new steps only."""

    low: float = np.inf
    high: float = -np.inf
    view_low: float = np.inf
    view_high: float = -np.inf

    def add(self, values: np.ndarray, in_view: np.ndarray) -> None:
        finite = np.isfinite(values)
        if finite.any():
            self.low = min(self.low, float(values[finite].min()))
            self.high = max(self.high, float(values[finite].max()))
        seen = finite & in_view
        if seen.any():
            self.view_low = min(self.view_low, float(values[seen].min()))
            self.view_high = max(self.view_high, float(values[seen].max()))


@dataclass
class YRange:
    """The y-range a plot shows and the racers whose curves it clips (name, furthest value)."""

    low: float
    high: float
    clipped: list[tuple[str, float]] = field(default_factory=list)


def y_range(extents: list[Extent], meaningful: list[bool], names: list[str]) -> YRange | None:
    """Cover every curve of a racer still on the view (running or converged there), and every
    racer's steps on the view; a runaway's values beyond that are clipped. None: no values."""
    low, high = np.inf, -np.inf
    for extent, keep in zip(extents, meaningful, strict=True):
        low = min(low, extent.low if keep else extent.view_low)
        high = max(high, extent.high if keep else extent.view_high)
    if not low <= high:  # nothing was ever on the view: show everything
        low = min((e.low for e in extents), default=np.inf)
        high = max((e.high for e in extents), default=-np.inf)
        if not low <= high:
            return None
    clipped = []
    for extent, name in zip(extents, names, strict=True):
        beyond = [v for v in (extent.low, extent.high) if v < low or v > high]
        if beyond:
            clipped.append((name, max(beyond, key=lambda v: max(low - v, v - high))))
    return YRange(low, high, clipped)


class RaceCurves(pg.GraphicsLayoutWidget):
    """Two plots sharing the step axis; items made once per line-up, then setData."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_plot = self.addPlot(row=0, col=0)
        self.distance_plot = self.addPlot(row=0, col=1)
        self.distance_plot.setXLink(self.loss_plot)
        self.notes: dict[pg.PlotItem, pg.TextItem] = {}
        for plot in (self.loss_plot, self.distance_plot):
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMenuEnabled(False)
            plot.setDownsampling(auto=True, mode="peak")  # thousands of steps, few pixels
            plot.setClipToView(True)
            plain_numbers(plot)
            cache_axes(plot)
            note = pg.TextItem(color=NOTE_COLOUR, anchor=(0, 0), fill=(255, 255, 255, 200))
            note.setParentItem(plot.getViewBox())  # fixed in the corner, not in data space
            note.setPos(4, 0)
            note.setZValue(20)
            note.setVisible(False)
            self.notes[plot] = note
        self.loss_lines: list[pg.PlotCurveItem] = []
        self.distance_lines: list[pg.PlotCurveItem] = []
        self._traces: list[tuple[PeakTrace, PeakTrace]] = []  # (loss, distance) per racer
        self._extents: list[tuple[Extent, Extent]] = []
        self._tracks: list[object | None] = []  # the track each pair was fed from
        self._ranges: dict[pg.PlotItem, tuple[float, float] | None] = {}
        self._surface: Surface | None = None
        self.log_y = False
        self.reference = 0.0
        self._axis_end = 0
        self._set_labels()

    def set_racers(self, colors: list[str]) -> None:
        for line in self.loss_lines:
            self.loss_plot.removeItem(line)
        for line in self.distance_lines:
            self.distance_plot.removeItem(line)
        self.loss_lines, self.distance_lines = [], []
        for color in colors:
            for plot, lines in ((self.loss_plot, self.loss_lines),
                                (self.distance_plot, self.distance_lines)):
                line = pg.PlotCurveItem(pen=pg.mkPen(color, width=1), connect="finite")
                plot.addItem(line)
                lines.append(line)
        self._traces = [(PeakTrace(), PeakTrace()) for _ in colors]
        self._extents = [(Extent(), Extent()) for _ in colors]
        self._tracks = [None] * len(colors)
        self._ranges = {}  # a new line-up (or surface): the range starts again

    def set_log_y(self, log_y: bool, reference: float) -> None:
        """Log-y shows L − L*, the height above the best known minimum (never ≤ 0)."""
        self.log_y = log_y
        self.reference = reference
        for plot in (self.loss_plot, self.distance_plot):
            plot.getAxis("left").setLogMode(log_y)
        self._tracks = [None] * len(self._tracks)  # the traces hold shown values: feed again
        self._set_labels()

    def _set_labels(self) -> None:
        """Titles say what is plotted (an axis label of 200 px cut "distance to the global
        minimum" short); the axes keep the symbols."""
        log = "  " + self.tr("(log scale)") if self.log_y else ""
        self.loss_plot.setTitle((self.tr("height above the best minimum, L − L*") if self.log_y
                                 else self.tr("loss L")) + log, size=TITLE_SIZE)
        self.loss_plot.setLabel("left", "L − L*" if self.log_y else "L")
        self.distance_plot.setTitle(distance_label(self._surface) + log, size=TITLE_SIZE)
        self.distance_plot.setLabel("left", "‖θ − θ*‖")
        for plot in (self.loss_plot, self.distance_plot):
            plot.setLabel("bottom", self.tr("step"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_labels()  # the notes follow at the next update (the lab redraws at once)
        super().changeEvent(event)

    def _shown(self, values: np.ndarray) -> np.ndarray:
        return np.log10(np.maximum(values, LOG_FLOOR)) if self.log_y else values

    def update_race(self, race: Race) -> None:
        surface = race.surface
        if surface is not self._surface:
            self._surface = surface
            self._set_labels()
        has_global = surface.n_global > 0
        self.distance_plot.setVisible(has_global)
        end = step_axis_end(race.step_count)
        if end != self._axis_end:  # the axes redraw only when the range moves on
            self._axis_end = end
            self.loss_plot.setXRange(0, end, padding=0.02)
        for k, track in enumerate(race.tracks):
            loss_trace, distance_trace = self._traces[k]
            if self._tracks[k] is not track or loss_trace.count > track.length:
                loss_trace.clear()  # a new race (or a reset): start again
                distance_trace.clear()
                self._extents[k] = (Extent(), Extent())
                self._ranges = {}
                self._tracks[k] = track
            seen = loss_trace.count
            if track.length == seen and seen:
                continue
            points = track.points[:, seen:]
            in_view = _in_view(surface, points)
            losses = track.losses[:, seen:]
            losses = losses[0] if losses.shape[0] == 1 else \
                np.median(losses, axis=0)  # many starts: the typical racer
            if self.log_y:
                losses = losses - self.reference
            shown = self._shown(losses)
            loss_trace.extend(shown)
            self._extents[k][0].add(shown, in_view)
            self.loss_lines[k].setData(*loss_trace.xy())
            if has_global:
                distances = surface.nearest_minimum_distance(points, global_only=True)
                shown = self._shown(np.median(distances, axis=0))
                distance_trace.extend(shown)
                self._extents[k][1].add(shown, in_view)
                self.distance_lines[k].setData(*distance_trace.xy())
        meaningful = [_on_view(race, k) for k in range(len(race.racers))]
        names = [racer.name for racer in race.racers]
        for index, plot in enumerate((self.loss_plot, self.distance_plot)):
            extents = [pair[index] for pair in self._extents]
            self._apply_range(plot, y_range(extents, meaningful, names), bool(names))

    def _apply_range(self, plot: pg.PlotItem, shown: YRange | None, racing: bool) -> None:
        """Set the y-range (only when it moved) and the note naming clipped racers, or saying
        that racers have no real loss to plot."""
        key = (0.0, 1.0) if shown is None else (shown.low, shown.high)  # none: a plain axis
        if key != self._ranges.get(plot):
            low, high = key
            if high - low <= 1e-12 * max(1.0, abs(low)):  # one value: a band around it
                pad = 0.5 if self.log_y else max(1e-3, 0.1 * abs(low))
                low, high = low - pad, high + pad
            plot.setYRange(low, high, padding=0.05)
        self._ranges[plot] = key
        clipped = shown.clipped if shown is not None else []
        undefined = shown is None and racing
        text = self.tr("no real value to plot: the loss is undefined here") if undefined else ""
        if clipped:
            parts = [(self.tr("{name} ran off to {value}") if i == 0 else
                      self.tr("{name} to {value}")).format(
                          name=name, value=number_text(10**value if self.log_y else value,
                                                       digits=2))
                     for i, (name, value) in enumerate(clipped)]
            text = self.tr("y-range clipped: {parts}").format(parts=", ".join(parts))
        note = self.notes[plot]
        if note.toPlainText() != text:
            note.setText(text)
            note.setVisible(bool(text))

    def note_text(self, which: str = "loss") -> str:
        """The clipping note shown on the loss (or "distance") plot; "" when nothing is clipped."""
        plot = self.loss_plot if which == "loss" else self.distance_plot
        return self.notes[plot].toPlainText()


def _in_view(surface: Surface, points: np.ndarray) -> np.ndarray:
    """Per step: is the (typical) racer inside the surface's domain, the area the view shows?
    ``points`` is (N, T, dim); with many starts, most of them must be inside."""
    lo, hi = np.array(surface.domain, dtype=float).T
    with np.errstate(invalid="ignore"):
        inside = np.all((points >= lo) & (points <= hi), axis=-1)
    return inside.mean(axis=0) >= 0.5


def _on_view(race: Race, k: int) -> bool:
    """Racer k still tells the story: most of its starts are running or converged, and (unless
    converged, possibly outside) still on the view."""
    status = race.status[k]
    alive = np.mean((status == Status.RUNNING) | (status == Status.CONVERGED)) >= 0.5
    settled = np.mean(status == Status.CONVERGED) >= 0.5
    here = bool(_in_view(race.surface, race.positions[k][:, np.newaxis, :])[0])
    return bool(alive and (settled or here))
