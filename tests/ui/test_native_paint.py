"""NativePaintLayout: Qt paints it with no Python per repaint, and pyqtgraph's deferred view-box
updates still reach the screen."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsView

from explorer.ui.export import image_to_array
from explorer.ui.widgets.native_paint import NativePaintLayout


def test_the_repaint_is_qts_own():
    assert NativePaintLayout.paintEvent is QGraphicsView.paintEvent
    assert pg.GraphicsLayoutWidget.paintEvent is not QGraphicsView.paintEvent  # what it replaces


def _red_pixels(widget: NativePaintLayout) -> np.ndarray:
    """(row, column) of the strongly red pixels of what the viewport paints."""
    pixels = image_to_array(widget.viewport().grab().toImage()).astype(int)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)
    return np.argwhere(red)


def test_a_range_set_after_showing_is_painted(qtbot):
    widget = NativePaintLayout()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    plot = widget.addPlot()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.plot([0, 10], [0, 10], pen=pg.mkPen("#ff0000", width=5))
    plot.setRange(xRange=(0, 100), yRange=(0, 100), padding=0)
    widget.show()
    qtbot.waitExposed(widget)

    def far_painted() -> bool:
        far = _red_pixels(widget)
        return len(far) > 0 and far[:, 1].max() < 80  # the line spans a tenth of the box

    qtbot.waitUntil(far_painted, timeout=10_000)

    # A new range is applied lazily by the view box (pyqtgraph's sigPrepareForPaint); without
    # pyqtgraph's paintEvent the scene's ``changed`` signal must trigger it before the repaint.
    plot.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)

    def near_painted() -> bool:
        near = _red_pixels(widget)
        box = plot.vb.sceneBoundingRect()
        return len(near) > 0 and near[:, 1].max() > box.right() - 20 \
            and near[:, 0].min() < box.top() + 20  # now the line crosses the whole box

    qtbot.waitUntil(near_painted, timeout=10_000)
