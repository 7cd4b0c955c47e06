"""Axes that show plain numbers, in every lab.

pyqtgraph rescales an axis whose range is small or large and appends "(x0.001)" to its label;
a learner reading "400" on a loss-landscape axis that means 0.4 misses that note.
"""

from __future__ import annotations

import pyqtgraph as pg


def plain_numbers(*items: pg.PlotItem | pg.ColorBarItem) -> None:
    """Turn off the automatic SI-prefix scaling of these plots' (or colour bars') axes."""
    for item in items:
        if isinstance(item, pg.ColorBarItem):
            axes = [item.axis]
        else:
            axes = [item.getAxis(side) for side in ("left", "bottom", "right", "top")]
        for axis in axes:
            axis.enableAutoSIPrefix(False)
