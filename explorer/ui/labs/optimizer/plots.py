"""Loss-versus-step and distance-to-nearest-minimum plots of every racer.

Curves are light ``PlotCurveItem``s fed only with what changed: the distance of each new point to
the nearest minimum is computed once and cached, so a frame costs O(new steps), not O(history).
Log-y is done here (log10 of the data, log ticks on the axis) for the same reason.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from explorer.core.optim import Race
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
        self._distances: list[np.ndarray] = []
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
        self._distances = [np.empty(0) for _ in colors]

    def set_log_y(self, log_y: bool, reference: float) -> None:
        """Log-y shows L − L*, the height above the best known minimum (never ≤ 0)."""
        self.log_y = log_y
        self.reference = reference
        for plot in (self.loss_plot, self.distance_plot):
            plot.getAxis("left").setLogMode(log_y)
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
            steps = np.arange(track.length, dtype=float)
            losses = track.losses[0] if track.losses.shape[0] == 1 else \
                np.median(track.losses, axis=0)  # many starts: the typical racer
            if self.log_y:
                losses = losses - self.reference
            self.loss_lines[k].setData(steps, self._shown(losses))
            if has_minima:
                self.distance_lines[k].setData(steps, self._shown(self._distance(race, k)))

    def _distance(self, race: Race, k: int) -> np.ndarray:
        """Median distance to the nearest minimum per step, extended only by the new steps."""
        track, known = race.tracks[k], self._distances[k]
        if len(known) > track.length:
            known = np.empty(0)
        new_points = track.points[:, len(known):]
        if new_points.shape[1]:
            fresh = np.median(race.surface.nearest_minimum_distance(new_points), axis=0)
            known = np.concatenate([known, fresh])
        self._distances[k] = known
        return known
