"""Loss-versus-step and distance-to-nearest-minimum plots of every racer.

Curves are light ``PlotCurveItem``s fed only with what changed: the loss and the distance to the
nearest minimum of each new step go into a :class:`PeakTrace` (min/max per bucket of steps), so
a frame costs O(new steps) and draws a bounded number of points, not O(history). Log-y is done
here (log10 of the data, log ticks on the axis) for the same reason.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from explorer.core.optim import Race
from explorer.ui.labs.optimizer.decimate import PeakTrace
from explorer.ui.widgets.axes import cache_axes, nice_ceiling, plain_numbers

LOG_FLOOR = 1e-12


def step_axis_end(steps: int) -> int:
    """Where the step axis ends: the first of 10, 20, 50, 100, 200, 500, … that holds
    ``steps``. Redrawing the axes every frame as the race grew cost more than the lines."""
    return int(nice_ceiling(steps, least=10, steps=(1, 2, 5, 10)))


class RaceCurves(pg.GraphicsLayoutWidget):
    """Two plots sharing the step axis; items made once per line-up, then setData."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_plot = self.addPlot(row=0, col=0)
        self.distance_plot = self.addPlot(row=0, col=1)
        self.distance_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.distance_plot):
            plot.setLabel("bottom", "step")
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMenuEnabled(False)
            plot.setDownsampling(auto=True, mode="peak")  # thousands of steps, few pixels
            plot.setClipToView(True)
            plain_numbers(plot)
            cache_axes(plot)
        self.loss_lines: list[pg.PlotCurveItem] = []
        self.distance_lines: list[pg.PlotCurveItem] = []
        self._traces: list[tuple[PeakTrace, PeakTrace]] = []  # (loss, distance) per racer
        self._tracks: list[object | None] = []  # the track each pair was fed from
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
                line = pg.PlotCurveItem(pen=pg.mkPen(color, width=1))
                plot.addItem(line)
                lines.append(line)
        self._traces = [(PeakTrace(), PeakTrace()) for _ in colors]
        self._tracks = [None] * len(colors)

    def set_log_y(self, log_y: bool, reference: float) -> None:
        """Log-y shows L − L*, the height above the best known minimum (never ≤ 0)."""
        self.log_y = log_y
        self.reference = reference
        for plot in (self.loss_plot, self.distance_plot):
            plot.getAxis("left").setLogMode(log_y)
        self._tracks = [None] * len(self._tracks)  # the traces hold shown values: feed again
        self._set_labels()

    def _set_labels(self) -> None:
        self.loss_plot.setLabel("left", "L − L*  (log)" if self.log_y else "loss L")
        self.distance_plot.setLabel("left", "distance to minimum" + ("  (log)" if self.log_y
                                                                     else ""))

    def _shown(self, values: np.ndarray) -> np.ndarray:
        return np.log10(np.maximum(values, LOG_FLOOR)) if self.log_y else values

    def update_race(self, race: Race) -> None:
        has_minima = bool(race.surface.minima)
        self.distance_plot.setVisible(has_minima)
        end = step_axis_end(race.step_count)
        if end != self._axis_end:  # the axes redraw only when the range moves on
            self._axis_end = end
            self.loss_plot.setXRange(0, end, padding=0.02)
        for k, track in enumerate(race.tracks):
            loss_trace, distance_trace = self._traces[k]
            if self._tracks[k] is not track or loss_trace.count > track.length:
                loss_trace.clear()  # a new race (or a reset): start again
                distance_trace.clear()
                self._tracks[k] = track
            seen = loss_trace.count
            if track.length == seen and seen:
                continue
            losses = track.losses[:, seen:]
            losses = losses[0] if losses.shape[0] == 1 else \
                np.median(losses, axis=0)  # many starts: the typical racer
            if self.log_y:
                losses = losses - self.reference
            loss_trace.extend(self._shown(losses))
            self.loss_lines[k].setData(*loss_trace.xy())
            if has_minima:
                distances = race.surface.nearest_minimum_distance(track.points[:, seen:])
                distance_trace.extend(self._shown(np.median(distances, axis=0)))
                self.distance_lines[k].setData(*distance_trace.xy())
