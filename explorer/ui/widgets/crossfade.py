"""A picture that comes in over the one before it: a frame between a worker's snapshots.

A training thread reports ~20 pictures a second: rather than jump from one to the next, the new
one is first drawn half over the old (opacity ½) and shown fully halfway to the next, so the
boundary moves in twice as many steps as the snapshots, at the cost of one more repaint each
(a fade frame at every screen frame cost the training a few per cent more, for little to see).
Both are plain Qt pixmap items, so a step is one ``setOpacity`` and Qt's own painting. A
picture shown without a fade (paused, ended, replayed for an export) replaces the old one at
once, so a still is never a blend.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

HALF = 0.5  # the new picture's opacity until halfway to the next


class Crossfade:
    """Two pixmap items at one place: ``item`` (the picture shown, on top) and ``under`` (the
    previous one, shown only while ``item`` fades in)."""

    def __init__(self, z: float) -> None:
        self.item = QGraphicsPixmapItem()
        self.under = QGraphicsPixmapItem()
        self.item.setZValue(z)
        self.under.setZValue(z - 0.5)
        self.under.setVisible(False)
        self.due = 0.0  # when the picture is shown fully

    def items(self) -> tuple[QGraphicsPixmapItem, QGraphicsPixmapItem]:
        return self.under, self.item

    def show(self, pixmap: QPixmap, scale: QTransform, pos: QPointF, fade_s: float = 0.0) -> None:
        """Show ``pixmap`` scaled and placed: half over the previous picture for ``fade_s``/2
        seconds when that sits at the same place, else at once."""
        item, under = self.item, self.under
        same_place = item.transform() == scale and item.pos() == pos
        if fade_s > 0 and same_place and not item.pixmap().isNull():
            under.setPixmap(item.pixmap())
            under.setVisible(True)
            self.due = time.monotonic() + fade_s / 2
            item.setPixmap(pixmap)
            item.setOpacity(HALF)
            return
        self.finish()
        item.setPixmap(pixmap)
        if not same_place:
            item.setTransform(scale)
            item.setPos(pos)
            under.setTransform(scale)
            under.setPos(pos)

    def step(self) -> bool:
        """Show the picture fully once halfway has come; whether that is still to come."""
        if not self.under.isVisible():
            return False
        if time.monotonic() < self.due:
            return True
        self.finish()
        return False

    def wait_s(self) -> float:
        """Seconds until :meth:`step` has something to do (0 when nothing is fading)."""
        return max(0.0, self.due - time.monotonic()) if self.under.isVisible() else 0.0

    def finish(self) -> None:
        """The picture shown fully, nothing under it."""
        if self.under.isVisible():
            self.under.setVisible(False)
            self.under.setPixmap(QPixmap())
        self.item.setOpacity(1.0)

    def clear(self) -> None:
        self.finish()
        self.item.setPixmap(QPixmap())
