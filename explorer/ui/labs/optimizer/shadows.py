"""The faint second ball: a point an optimizer keeps beside the weights it steps, drawn in the
racer's colour at a third of its strength.

With ``use_ema`` it is the moving average of the weights (what Keras puts in the model at the end
of ``fit``); for ScheduleFreeAdamW it is the averaged sequence x, while the ball is the point
Keras evaluates gradients at. Core says which (``Optimizer.shadow``); one scatter item per view,
created once and fed with ``setData`` every frame (rule 3).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush

from explorer.core.optim import Race

SHADOW_ALPHA = 0.35
SHADOW_SIZE = 13
SHADOW_Z = 9  # under the racers' own balls, over their trails


def shadow_points(race: Race) -> tuple[np.ndarray, list[int]]:
    """Every finite shadow point as a plotted position (on a 1-D surface: (x, L(x))), and the
    racer each belongs to."""
    points, owners = [], []
    for k, (racer, params, state) in enumerate(zip(race.racers, race.positions, race.states,
                                                   strict=True)):
        shadow = racer.optimizer.shadow(params, state)
        if shadow is None:
            continue
        shadow = np.asarray(shadow, dtype=float)
        if race.surface.dim == 1:
            with np.errstate(all="ignore"):
                shadow = np.column_stack([shadow[:, 0], race.surface.value(shadow)])
        finite = shadow[np.isfinite(shadow).all(axis=1)]
        points.append(finite)
        owners += [k] * len(finite)
    return (np.concatenate(points) if points else np.empty((0, 2))), owners


class ShadowBalls:
    """The faint balls of one view."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.item = pg.ScatterPlotItem(size=SHADOW_SIZE, pen=None)
        self.item.setZValue(SHADOW_Z)
        plot.addItem(self.item)
        self._brushes: dict[str, QBrush] = {}

    def update_race(self, race: Race) -> None:
        points, owners = shadow_points(race)
        if not owners:
            self.item.clear()
            return
        brushes = [self._brush(race.racers[k].color) for k in owners]
        self.item.setData(pos=points, brush=brushes)

    def _brush(self, color: str) -> QBrush:
        if color not in self._brushes:
            faint = pg.mkColor(color)
            faint.setAlphaF(SHADOW_ALPHA)
            self._brushes[color] = pg.mkBrush(faint)
        return self._brushes[color]
