"""The Training Lab's heatmap fade: frames between snapshots, never a blended still.

The clock is the test's (``time.monotonic`` patched), so no step depends on how fast this
machine is (DESIGN rule 9).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPixmap, QTransform

from explorer.ui.widgets import crossfade
from explorer.ui.widgets.crossfade import FRAME_S, Crossfade


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(crossfade.time, "monotonic", clock)
    return clock


def pixmap(colour: str) -> QPixmap:
    picture = QPixmap(4, 4)
    picture.fill(QColor(colour))
    return picture


def colour_of(item) -> str:
    return item.pixmap().toImage().pixelColor(0, 0).name()


PLACE = (QTransform.fromScale(2.0, 2.0), QPointF(-1.0, -1.0))


def test_a_new_picture_fades_in_over_the_old_one_until_the_next_is_due(qapp, clock):
    fade = Crossfade(z=-20)
    fade.show(pixmap("#ff0000"), *PLACE)
    assert fade.item.opacity() == 1.0 and not fade.under.isVisible()  # the first: at once
    fade.show(pixmap("#0000ff"), *PLACE, fade_s=4 * FRAME_S)
    assert colour_of(fade.item) == "#0000ff" and colour_of(fade.under) == "#ff0000"
    assert fade.under.isVisible()
    assert fade.item.opacity() == pytest.approx(0.25)  # its first frame is one frame in
    opacities = []
    while True:
        clock.now += FRAME_S
        going_on = fade.step()
        opacities.append(fade.item.opacity())
        if not going_on:
            break
    assert opacities == pytest.approx([0.5, 0.75, 1.0])  # 0.75 → done at the next frame
    assert not fade.under.isVisible() and fade.under.pixmap().isNull()
    assert fade.step() is False  # nothing left to do


def test_a_picture_without_a_fade_replaces_a_fade_under_way(qapp, clock):
    fade = Crossfade(z=0)
    fade.show(pixmap("#ff0000"), *PLACE)
    fade.show(pixmap("#00ff00"), *PLACE, fade_s=1.0)
    assert fade.item.opacity() < 0.1
    fade.show(pixmap("#0000ff"), *PLACE)  # paused, ended or replayed: a still
    assert fade.item.opacity() == 1.0 and not fade.under.isVisible()
    assert colour_of(fade.item) == "#0000ff"


def test_a_new_place_or_size_is_shown_at_once(qapp, clock):
    fade = Crossfade(z=0)
    fade.show(pixmap("#ff0000"), *PLACE)
    fade.show(pixmap("#00ff00"), QTransform.fromScale(3.0, 3.0), QPointF(0, 0), fade_s=1.0)
    assert fade.item.opacity() == 1.0 and not fade.under.isVisible()
    assert fade.item.transform().m11() == 3.0 and fade.under.transform().m11() == 3.0
    fade.clear()
    assert fade.item.pixmap().isNull()
