"""Loss-versus-step and distance-to-nearest-minimum plots of every racer."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from explorer.core.race import Race

LOG_FLOOR = 1e-12


class RaceCurves(pg.GraphicsLayoutWidget):
    """Two stacked plots sharing the step axis; items made once per line-up, then setData."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_plot = self.addPlot(row=0, col=0)
        self.distance_plot = self.addPlot(row=0, col=1)
        self.loss_plot.setLabel("bottom", "step")
        self.distance_plot.setLabel("bottom", "step")
        self.distance_plot.setLabel("left", "distance to minimum")
        for plot in (self.loss_plot, self.distance_plot):
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMenuEnabled(False)
        self.loss_lines: list[pg.PlotDataItem] = []
        self.distance_lines: list[pg.PlotDataItem] = []
        self.log_y = False
        self.reference = 0.0
        self._set_labels()

    def set_racers(self, colors: list[str]) -> None:
        for line in self.loss_lines:
            self.loss_plot.removeItem(line)
        for line in self.distance_lines:
            self.distance_plot.removeItem(line)
        self.loss_lines = [self.loss_plot.plot(pen=pg.mkPen(c, width=1)) for c in colors]
        self.distance_lines = [self.distance_plot.plot(pen=pg.mkPen(c, width=1)) for c in colors]

    def set_log_y(self, log_y: bool, reference: float) -> None:
        """Log-y shows L − L*, the height above the best known minimum (never ≤ 0)."""
        self.log_y = log_y
        self.reference = reference
        self.loss_plot.setLogMode(y=log_y)
        self.distance_plot.setLogMode(y=log_y)
        self._set_labels()

    def _set_labels(self) -> None:
        self.loss_plot.setLabel("left", "L − L*  (log)" if self.log_y else "loss L")

    def update_race(self, race: Race) -> None:
        has_minima = bool(race.surface.minima)
        self.distance_plot.setVisible(has_minima)
        for plot in (self.loss_plot, self.distance_plot):
            plot.setXRange(0, max(race.step_count, 10), padding=0.02)
        for k, track in enumerate(race.tracks):
            steps = np.arange(track.length)
            losses = np.median(track.losses, axis=0)  # many starts: the typical racer
            if self.log_y:
                losses = np.maximum(losses - self.reference, LOG_FLOOR)
            self.loss_lines[k].setData(steps, losses)
            if has_minima:
                distance = np.median(race.surface.nearest_minimum_distance(track.points), axis=0)
                if self.log_y:
                    distance = np.maximum(distance, LOG_FLOOR)
                self.distance_lines[k].setData(steps, distance)
