"""Cyclic garbage is collected on the GUI thread only.

Python runs a collection on whichever thread happens to allocate past the threshold. When that
was a worker (Keras training, a landscape's TensorFlow trace) and the garbage held Qt objects,
they were deleted off the GUI thread while it painted: the process died with a segfault "while
garbage-collecting" in a helper thread. So automatic collection is off in the app and a GUI
timer collects each generation when the interpreter's own thresholds say so (pyqtgraph's
``GarbageCollector``, kept for the application's life).
"""

from __future__ import annotations

from pyqtgraph.util.garbage_collector import GarbageCollector

CHECK_S = 0.5  # how often the thresholds are looked at

_collector: GarbageCollector | None = None


def collect_on_gui_thread() -> GarbageCollector:
    """Install the collector once (call on the GUI thread, with the application running)."""
    global _collector
    if _collector is None:
        _collector = GarbageCollector(interval=CHECK_S)
    return _collector
