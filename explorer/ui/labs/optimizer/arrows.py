"""Arrows on the 2-D view: the downhill direction −∇L and each racer's last step Δθ.

An arrow must say how big the thing it shows is: normalising every arrow to one length drew a
full-length line in a noise direction at a converged racer whose gradient was 1e-7 (a
starburst). Here lengths are proportional (capped at a quarter of the view) and arrows shorter
than ``HIDE_BELOW`` of the view are not drawn. They are built in screen pixels, so heads keep
their shape whatever the axes' aspect, with a white halo so they read on dark and light cells.
Their colours are ones no racer uses.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

DOWNHILL_COLOUR = "#404040"  # dark grey: −∇L
STEP_COLOUR = "#5E3C99"  # dark purple (ColorBrewer PuOr): the last step Δθ
HALO = (255, 255, 255, 210)
CAP = 0.25  # the longest arrow, as a fraction of the view's shorter side
HIDE_BELOW = 0.01  # shorter arrows (≈ 5 px) are no direction worth showing
DOWNHILL_TYPICAL = 0.08  # a slope as steep as the surface's median draws this long
HEAD_PX = 8.0
HEAD_ANGLE = np.deg2rad(26)


def arrow_lengths(lengths: np.ndarray, view: float) -> np.ndarray:
    """Screen lengths (px) capped at ``CAP`` of the view; 0 where below ``HIDE_BELOW``."""
    lengths = np.nan_to_num(np.asarray(lengths, dtype=float), nan=0.0, posinf=np.inf)
    capped = np.minimum(lengths, CAP * view)
    return np.where(capped >= HIDE_BELOW * view, capped, 0.0)


def arrow_segments(tails: np.ndarray, directions: np.ndarray, lengths: np.ndarray,
                   pixel: tuple[float, float]) -> np.ndarray:
    """Shaft and two head barbs of each arrow as point pairs (for ``connect="pairs"``), in data
    coordinates: (6·n, 2) for the n arrows with a non-zero length.

    ``directions`` are unit vectors and ``lengths`` pixel lengths on screen; ``pixel`` is the
    data size of one pixel along x and y."""
    shown = lengths > 0
    tails, directions, lengths = tails[shown], directions[shown], lengths[shown]
    if not len(tails):
        return np.empty((0, 2))
    scale = np.asarray(pixel, dtype=float)
    tips = tails + directions * lengths[:, None] * scale
    head = np.minimum(HEAD_PX, 0.45 * lengths)[:, None]
    segments = [tails, tips]
    for angle in (HEAD_ANGLE, -HEAD_ANGLE):
        cos, sin = np.cos(angle), np.sin(angle)
        back = -np.stack([directions[:, 0] * cos - directions[:, 1] * sin,
                          directions[:, 0] * sin + directions[:, 1] * cos], axis=-1)
        segments += [tips, tips + back * head * scale]
    return np.stack(segments, axis=1).reshape(-1, 2)


def screen_vectors(vectors: np.ndarray,
                   pixel: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Unit directions and pixel lengths on screen of data-space vectors."""
    on_screen = np.nan_to_num(vectors / np.asarray(pixel, dtype=float))
    norm = np.linalg.norm(on_screen, axis=1)
    directions = np.divide(on_screen, norm[:, None], out=np.zeros_like(on_screen),
                           where=norm[:, None] > 0)
    return directions, norm


class ArrowLayer:
    """One kind of arrow: a white halo and the coloured arrow over it (two items, made once)."""

    def __init__(self, plot: pg.PlotItem, colour: str, name: str) -> None:
        self.name = name
        self.colour = colour
        self.halo = pg.PlotDataItem(pen=pg.mkPen(HALO, width=3.5), connect="pairs")
        self.item = pg.PlotDataItem(pen=pg.mkPen(colour, width=1.6), connect="pairs")
        for z, item in ((9, self.halo), (9.5, self.item)):
            item.setZValue(z)
            plot.addItem(item)

    def set_segments(self, segments: np.ndarray) -> None:
        if not len(segments):
            self.clear()
            return
        for item in (self.halo, self.item):
            item.setData(segments[:, 0], segments[:, 1])

    def clear(self) -> None:
        for item in (self.halo, self.item):
            item.setData([], [])

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn point pairs (x, y), as the coloured item holds them (empty: none)."""
        xs, ys = self.item.getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)
