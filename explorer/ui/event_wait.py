"""Waiting in the Qt event loop without holding the interpreter.

``QTest.qWait`` keeps Python's interpreter lock while it runs the events: a worker thread (a
training importing TensorFlow, a GIF being encoded) then only runs between two waits, and a
first training took a minute instead of seconds. A ``QEventLoop`` lets the lock go while Qt waits.
"""

from __future__ import annotations

from collections.abc import Callable


def wait_for(done: Callable[[], bool] | None, timeout_s: float) -> bool:
    """Run the Qt event loop until ``done()`` (checked every 10 ms) or the timeout; no
    QTest.qWait polling, which would slow the worker threads being measured. Without ``done``
    it just sleeps in the event loop: no timer wakes the GUI thread while training is timed."""
    from PySide6.QtCore import QEventLoop, QTimer  # here: the CLI's benches import this module

    loop = QEventLoop()
    QTimer.singleShot(round(timeout_s * 1000), loop.quit)
    if done is None:
        loop.exec()
        return True
    check = QTimer()
    check.timeout.connect(lambda: done() and loop.quit())
    check.start(10)
    if not done():
        loop.exec()
    check.stop()
    return done()


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds (layouts, paints, timers, results)."""
    wait_for(None, ms / 1000)
