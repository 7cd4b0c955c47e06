"""A picture that fades in over the one before it: frames between a worker's snapshots.

A training thread reports ~30 pictures a second, a screen shows 60: rather than hold each
picture for two frames and jump, the new one is drawn over the old with rising opacity until
the next is due. Both are plain Qt pixmap items, so a frame of the fade is one ``setOpacity``
and Qt's own painting, with no Python per pixel. A picture shown without a fade (paused, ended,
replayed for an export) replaces the old one at once, so a still is never a blend.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

FRAME_S = 1 / 60  # the screen's frame: the first frame of a fade is already one frame in
DONE = 0.9  # opacity from which the rest of a fade would not show


class Crossfade:
    """Two pixmap items at one place: ``item`` (the picture shown, on top) and ``under`` (the
    previous one, shown only while ``item`` fades in)."""

    def __init__(self, z: float) -> None:
        self.item = QGraphicsPixmapItem()
        self.under = QGraphicsPixmapItem()
        self.item.setZValue(z)
        self.under.setZValue(z - 0.5)
        self.under.setVisible(False)
        self.began, self.duration = 0.0, 0.0

    def items(self) -> tuple[QGraphicsPixmapItem, QGraphicsPixmapItem]:
        return self.under, self.item

    def show(self, pixmap: QPixmap, scale: QTransform, pos: QPointF, fade_s: float = 0.0) -> None:
        """Show ``pixmap`` scaled and placed; over ``fade_s`` seconds when the previous picture
        sits at the same place (a new place or size is shown at once)."""
        item, under = self.item, self.under
        same_place = item.transform() == scale and item.pos() == pos
        if fade_s > 0 and same_place and not item.pixmap().isNull():
            under.setPixmap(item.pixmap())
            under.setVisible(True)
            self.began, self.duration = time.monotonic(), fade_s
            item.setPixmap(pixmap)
            self.step()
            return
        self.finish()
        item.setPixmap(pixmap)
        if not same_place:
            item.setTransform(scale)
            item.setPos(pos)
            under.setTransform(scale)
            under.setPos(pos)

    def step(self) -> bool:
        """One frame of the fade; whether it goes on."""
        if not self.under.isVisible():
            return False
        done = (time.monotonic() - self.began + FRAME_S) / self.duration
        if done >= DONE:
            self.finish()
            return False
        self.item.setOpacity(done)
        return True

    def finish(self) -> None:
        """The picture shown fully, nothing under it."""
        if self.under.isVisible():
            self.under.setVisible(False)
            self.under.setPixmap(QPixmap())
        self.item.setOpacity(1.0)

    def clear(self) -> None:
        self.finish()
        self.item.setPixmap(QPixmap())
