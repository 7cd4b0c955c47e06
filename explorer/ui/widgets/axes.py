"""Axes as every lab wants them: plain numbers, and cached as pixmaps.

pyqtgraph rescales an axis whose range is small or large and appends "(x0.001)" to its label;
a learner reading "400" on a loss-landscape axis that means 0.4 misses that note.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem


def nice_ceiling(value: float, least: float = 1.0,
                 steps: tuple[float, ...] = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)) -> float:
    """The smallest of …, 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, … (or of the given
    ``steps`` per decade) that is at least ``value`` (and at least ``least``): axis ends and
    tick spacings that change rarely and read well."""
    value = max(float(value), least, 1e-12)
    exponent = math.floor(math.log10(value))
    for step in steps:
        if step * 10**exponent >= value - 1e-9:
            return float(step * 10**exponent)
    return float(10 ** (exponent + 1))


EDGE_ROOM = 8  # px above and right of a plot: half a tick label, so "5" at the top is whole


def plain_numbers(*items: pg.PlotItem | pg.ColorBarItem) -> None:
    """Plain numbers on these plots' (or colour bars') axes, all inside the picture: no
    automatic SI prefix, and room at a plot's top and right edges for the tick labels at the
    ends of its axes (they were cut in half there)."""
    for item in items:
        if isinstance(item, pg.ColorBarItem):
            axes = [item.axis]
        else:
            axes = [item.getAxis(side) for side in ("left", "bottom", "right", "top")]
            left, top, right, bottom = item.layout.getContentsMargins()
            item.layout.setContentsMargins(left, max(top, EDGE_ROOM), max(right, EDGE_ROOM),
                                           bottom)
        for axis in axes:
            axis.enableAutoSIPrefix(False)


def cache_axes(plot: pg.PlotItem) -> None:
    """Let Qt keep each axis (with its grid lines) as a pixmap, re-rendered only when the axis
    itself changes. Replaying an axis means drawing every grid line again, which Qt's raster
    engine hands to its thread pool line by line: at a race's top speed under X the Optimizer
    Lab drew 6–7 frames per second with live axes and 8–9 with cached ones."""
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
