"""A pyqtgraph layout widget whose repaints run in Qt's C++ with the interpreter lock released.

pyqtgraph's ``GraphicsView.paintEvent`` is Python: it tells the items to prepare, then calls
Qt's ``paintEvent``, and PySide keeps the interpreter lock for that call, so every repaint holds
the lock for all of Qt's painting. While Keras trains on the worker thread, whose Python needs
that lock half the time, the Training Lab's ~16 heatmap frames a second made the training wait for
it. (Measured beside a view repainting ~75 times a second: a thread spinning in Python kept 59 %
of its speed behind pyqtgraph's ``paintEvent``, all of it behind Qt's.)

Here the class's ``paintEvent`` *is* Qt's, so PySide calls no Python for a repaint and Qt paints
with the lock free (Python items still take it for their own ``paint``). The items' preparation
(pyqtgraph's ``sigPrepareForPaint``: a view box's deferred range and transform) moves to the
scene's ``changed`` signal, which Qt emits after any change and before the repaint it causes;
``render`` (exports) keeps pyqtgraph's own preparation.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsView


class NativePaintLayout(pg.GraphicsLayoutWidget):
    """``pg.GraphicsLayoutWidget`` painted by Qt alone (see the module docstring)."""

    paintEvent = QGraphicsView.paintEvent  # Qt's own: no Python per repaint

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        scene = self.scene()
        scene.changed.connect(scene.prepareForPaint)  # connected before the view's own repaint
