"""The Training Lab's heatmap coming in over the last one: a frame between snapshots, never a
blended still.

The clock is the test's (the module's ``time`` replaced), so no step depends on how fast this
machine is (DESIGN rule 9).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPixmap, QTransform

from explorer.ui.widgets import crossfade
from explorer.ui.widgets.crossfade import HALF, Crossfade


@pytest.fixture
def clock(fake_clock):
    return fake_clock(crossfade, start=100.0)  # this module's time only, not the process's


def pixmap(colour: str) -> QPixmap:
    picture = QPixmap(4, 4)
    picture.fill(QColor(colour))
    return picture


def colour_of(item) -> str:
    return item.pixmap().toImage().pixelColor(0, 0).name()


PLACE = (QTransform.fromScale(2.0, 2.0), QPointF(-1.0, -1.0))


def test_a_new_picture_comes_in_half_over_the_old_one_until_halfway(qapp, clock):
    fade = Crossfade(z=-20)
    fade.show(pixmap("#ff0000"), *PLACE)
    assert fade.item.opacity() == 1.0 and not fade.under.isVisible()  # the first: at once
    assert fade.wait_s() == 0.0 and fade.step() is False
    fade.show(pixmap("#0000ff"), *PLACE, fade_s=0.05)
    assert colour_of(fade.item) == "#0000ff" and colour_of(fade.under) == "#ff0000"
    assert fade.under.isVisible() and fade.item.opacity() == HALF
    assert fade.wait_s() == pytest.approx(0.025)
    clock.advance(0.02)
    assert fade.step() is True and fade.item.opacity() == HALF  # not halfway yet
    assert fade.wait_s() == pytest.approx(0.005)
    clock.advance(0.006)
    assert fade.step() is False  # past halfway: shown fully, nothing under it
    assert fade.item.opacity() == 1.0 and not fade.under.isVisible()
    assert fade.under.pixmap().isNull() and fade.wait_s() == 0.0


def test_a_picture_without_a_fade_replaces_a_fade_under_way(qapp, clock):
    fade = Crossfade(z=0)
    fade.show(pixmap("#ff0000"), *PLACE)
    fade.show(pixmap("#00ff00"), *PLACE, fade_s=1.0)
    assert fade.item.opacity() == HALF
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
