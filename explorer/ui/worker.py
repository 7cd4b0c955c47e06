"""One worker pattern: run a core job on a QThread and turn what it reports into signals.

A job is either a generator of :class:`Progress` (each ``yield`` is a report and a chance to
cancel) or a function that takes a :class:`JobContext` and calls ``context.report(...)`` itself
(Keras's ``fit`` drives its own loop, so training reports from a callback). Either way the thread
never touches a widget: it emits signals carrying what the job produced. Partial results are
throttled to at most 30 per second (the latest wins); cancellation is checked between reports, so
a job that reports at least every 200 ms stops within 200 ms. Every thread is tracked so owners
can stop and join them before they are destroyed. Connect the signals to methods of QObjects that
live in the GUI thread (never to bare lambdas, which would run in the worker thread).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from explorer.core.progress import Progress

MAX_PARTIALS_PER_SECOND = 30
_threads: weakref.WeakSet[JobThread] = weakref.WeakSet()


def running_threads() -> list[JobThread]:
    """Threads still running: the test fixture fails if any outlive a window."""
    return [t for t in list(_threads) if t.isRunning()]


class Cancelled(Exception):
    """Raised by ``JobContext.check()`` inside a function job once cancel was requested."""


class JobContext:
    """What a function job gets: a way to report progress and to notice cancellation."""

    def __init__(self, thread: JobThread) -> None:
        self._thread = thread

    @property
    def cancelled(self) -> bool:
        return self._thread.is_cancelled

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def report(self, progress: Progress, flush: bool = False) -> None:
        """Send progress; ``flush`` sends its partial result now, past the throttle (for a
        state the job is about to wait in, such as a paused training)."""
        self._thread.deliver(progress, flush)


class JobThread(QThread):
    progress = Signal(float, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Callable[[], Generator[Progress, None, Any]] | None = None,
                 function: Callable[[JobContext], Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if (job is None) == (function is None):
            raise ValueError("give either a generator job or a function job")
        self._job = job
        self._function = function
        self._stop = threading.Event()
        self._pending: Any = None
        self._last_partial = 0.0
        _threads.add(self)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def deliver(self, item: Progress, flush: bool = False) -> None:
        """Emit progress now and the partial result at most 30 times a second (or now, when
        ``flush`` is set)."""
        self.progress.emit(item.fraction, item.message)
        if item.partial is not None:
            self._pending = item.partial
        now = time.monotonic()
        due = flush or now - self._last_partial >= 1 / MAX_PARTIALS_PER_SECOND
        if self._pending is not None and due:
            self.partial.emit(self._pending)
            self._pending, self._last_partial = None, now

    def _flush(self) -> None:
        if self._pending is not None:
            self.partial.emit(self._pending)
            self._pending = None

    def run(self) -> None:
        try:
            result = self._run_function() if self._function else self._run_generator()
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as error:  # reported to the GUI, which shows it
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self._flush()
        if self.is_cancelled:
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)

    def _run_function(self) -> Any:
        assert self._function is not None
        return self._function(JobContext(self))

    def _run_generator(self) -> Any:
        assert self._job is not None
        job = self._job()
        while True:
            if self._stop.is_set():
                job.close()
                raise Cancelled
            try:
                item = next(job)
            except StopIteration as stop:
                return stop.value
            if isinstance(item, Progress):
                self.deliver(item)


_SIGNALS = ("progress", "partial", "succeeded", "failed", "cancelled")


class Worker(QObject):
    """Runs one job at a time for its owner; starting a new job cancels the previous one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: JobThread | None = None
        self._ended = True  # the current thread's end has reached the GUI thread

    def start(self, job: Callable[[], Generator[Progress, None, Any]],
              **slots: Callable[..., Any]) -> JobThread:
        """Run a generator job (``job()`` must return the generator).

        ``slots`` connect the thread's signals (``progress=``, ``partial=``, ``succeeded=``,
        ``failed=``, ``cancelled=``) *before* it starts, so a short job cannot finish unheard.
        """
        return self._start(JobThread(job=job), slots)

    def start_function(self, function: Callable[[JobContext], Any],
                       **slots: Callable[..., Any]) -> JobThread:
        """Run a function job that reports through its :class:`JobContext`; slots as ``start``."""
        return self._start(JobThread(function=function), slots)

    def _start(self, thread: JobThread, slots: dict[str, Callable[..., Any]]) -> JobThread:
        self.stop()
        for name in ("succeeded", "failed", "cancelled", "finished"):  # before the owner's slots
            getattr(thread, name).connect(self._note_end)
        for name, slot in slots.items():
            if name not in _SIGNALS:
                raise ValueError(f"JobThread has no signal {name!r}; it has {', '.join(_SIGNALS)}")
            getattr(thread, name).connect(slot)
        self.thread, self._ended = thread, False
        thread.start()
        return thread

    @property
    def busy(self) -> bool:
        """Until the job's end is handled on the GUI thread: the owner's result slot already
        sees an idle worker, whether or not the thread has returned from ``run`` yet."""
        return self.thread is not None and not self._ended

    def _note_end(self, *_: object) -> None:
        if self.sender() is self.thread:
            self._ended = True

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Cancel and join: call before the owner is destroyed."""
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait(timeout_ms)
            self.thread = None
