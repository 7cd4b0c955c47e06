"""One worker pattern: run a core job (a generator of Progress) on a QThread.

The thread only iterates the generator and emits signals with what it yields; it never touches
a widget. Partial results are throttled to at most 30 per second (the latest wins), and
cancellation is checked between yields, so a job that yields at least every 200 ms stops within
200 ms. Every thread is tracked, so owners can stop and join them before they are destroyed.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from explorer.core.progress import Progress

MAX_PARTIALS_PER_SECOND = 30
_threads: weakref.WeakSet[JobThread] = weakref.WeakSet()


def running_threads() -> list[JobThread]:
    """Threads still running: the test fixture fails if any outlive a window."""
    return [t for t in list(_threads) if t.isRunning()]


class JobThread(QThread):
    progress = Signal(float, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job_factory: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job_factory = job_factory
        self._stop = threading.Event()
        _threads.add(self)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        last_partial_time = 0.0
        pending: Any = None
        try:
            job = self._job_factory()
            while True:
                if self._stop.is_set():
                    job.close()
                    self.cancelled.emit()
                    return
                try:
                    item = next(job)
                except StopIteration as stop:
                    if pending is not None:
                        self.partial.emit(pending)
                    self.succeeded.emit(stop.value)
                    return
                if isinstance(item, Progress):
                    self.progress.emit(item.fraction, item.message)
                    if item.partial is not None:
                        pending = item.partial
                now = time.monotonic()
                if pending is not None and now - last_partial_time >= 1 / MAX_PARTIALS_PER_SECOND:
                    self.partial.emit(pending)
                    pending, last_partial_time = None, now
        except Exception as error:  # reported to the GUI, which shows it
            self.failed.emit(f"{type(error).__name__}: {error}")


class Worker(QObject):
    """Runs one job at a time for its owner; starting a new job cancels the previous one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: JobThread | None = None

    def start(self, job_factory: Callable[[], Any]) -> JobThread:
        self.stop()
        self.thread = JobThread(job_factory)
        self.thread.start()
        return self.thread

    @property
    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Cancel and join: call before the owner is destroyed."""
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait(timeout_ms)
            self.thread = None
