"""Colour helpers the labs share."""

from __future__ import annotations

import pyqtgraph as pg


def tint(colour: str, amount: float) -> tuple[int, int, int]:
    """Mix a colour with white (amount 1 = the colour, 0 = white): probability shading light
    enough that the points stay readable on top."""
    c = pg.mkColor(colour)
    return tuple(round(255 - amount * (255 - v)) for v in (c.red(), c.green(), c.blue()))
