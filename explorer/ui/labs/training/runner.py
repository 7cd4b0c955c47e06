"""Runs the Training Lab's Keras jobs on the one worker: training runs, saving, loading.

A training run is ``TrainingSession.run`` inside ``Worker.start_function``; the GUI thread
steers it through a :class:`TrainingControl` (pause, step, learning rate, stop) and receives
snapshots as the worker's ``partial`` signal (never touching the session during a run). The
session builds its Keras model on first use, so the first run imports TensorFlow on the worker
thread while the window stays responsive. Signals from a job that was replaced or joined are
ignored (the sender is checked), so a late snapshot can never draw over a reset.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from explorer.core.nn.model import ModelFileError
from explorer.core.nn.training import RunResult, TrainingControl, TrainingSession
from explorer.core.progress import Progress
from explorer.ui.labs.training.frames import FramePainter
from explorer.ui.worker import JobContext, JobThread, Worker

JOIN_TIMEOUT_S = 120.0  # importing TensorFlow cannot be interrupted; closing waits for it


def tensorflow_loaded() -> bool:
    return "keras" in sys.modules and "tensorflow" in sys.modules


def train_job(session: TrainingSession, control: TrainingControl, painter: FramePainter,
              snapshot_interval: float, context: JobContext) -> RunResult:
    """One run of ``fit`` (Qt-free). Each snapshot goes out as a :class:`Frame` (its pictures
    made here, off the GUI thread). A pause is flushed past the worker's partial throttle: the
    run then waits, and nothing later would carry it to the screen."""

    def report(progress: Progress) -> None:
        snapshot = progress.partial
        if snapshot is None:
            context.report(progress)
            return
        framed = Progress(progress.fraction, progress.message, painter(snapshot))
        context.report(framed, flush=snapshot.state == "paused")

    return session.run(control, report, snapshot_interval=snapshot_interval,
                       cancelled=lambda: context.cancelled)


def save_job(session: TrainingSession, path: str, context: JobContext) -> tuple[str, Any]:
    try:
        return "saved", str(session.save(path))
    except ModelFileError as error:
        return "error", error


def load_job(session: TrainingSession, painter: FramePainter, path: str,
             context: JobContext) -> tuple[str, Any]:
    try:
        session.load(path)
    except ModelFileError as error:
        return "error", error
    return "loaded", painter(session.snapshot("ready", f"Loaded {Path(path).name}"))


class TrainingRunner(QObject):
    """The lab's session, control and worker; one job at a time."""

    snapshot = Signal(object)  # a Frame (its snapshot and the Boundary pictures)
    run_ended = Signal(object)  # RunResult
    failed = Signal(str)
    file_done = Signal(str, object)  # "saved" + path, "loaded" + Frame, "error" + ModelFileError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.session: TrainingSession | None = None
        self.control: TrainingControl | None = None
        self.job: str | None = None  # "train", "save", "load" while one runs

    # --- state ------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def active(self) -> bool:
        """A training run is alive (running or paused)."""
        return self.job == "train"

    @property
    def paused(self) -> bool:
        return self.active and self.control is not None and self.control.paused

    @property
    def running(self) -> bool:
        return self.active and not self.paused

    # --- jobs -------------------------------------------------------------------------------------

    def start_run(self, session: TrainingSession, control: TrainingControl,
                  painter: FramePainter, snapshot_interval: float = 0.05) -> None:
        self.join()
        self.session, self.control, self.job = session, control, "train"
        self.worker.start_function(partial(train_job, session, control, painter,
                                           snapshot_interval),
                                   partial=self._on_partial, succeeded=self._on_run_done,
                                   failed=self._on_failed, cancelled=self._on_cancelled)

    def save(self, session: TrainingSession, path: str) -> None:
        self.join()
        self.session, self.job = session, "save"
        self.worker.start_function(partial(save_job, session, str(path)),
                                   succeeded=self._on_file_done, failed=self._on_failed,
                                   cancelled=self._on_cancelled)

    def load(self, session: TrainingSession, painter: FramePainter, path: str) -> None:
        self.join()
        self.session, self.job = session, "load"
        self.worker.start_function(partial(load_job, session, painter, str(path)),
                                   succeeded=self._on_file_done, failed=self._on_failed,
                                   cancelled=self._on_cancelled)

    def stop(self) -> None:
        """Ask a run to stop (takes effect within one batch); ``run_ended`` follows."""
        if self.control is not None:
            self.control.stop()

    def join(self, timeout_s: float = JOIN_TIMEOUT_S) -> None:
        """Stop whatever runs and wait for its thread to end (before reset, close, …)."""
        if self.control is not None:
            self.control.stop()
        self.worker.stop(round(timeout_s * 1000))
        self.job = None

    # --- slots (GUI thread) -----------------------------------------------------------------------

    def _current(self) -> bool:
        sender = self.sender()
        return isinstance(sender, JobThread) and sender is self.worker.thread

    def _on_partial(self, snapshot: object) -> None:
        if self._current():
            self.snapshot.emit(snapshot)

    def _on_run_done(self, result: object) -> None:
        if self._current():
            self.job = None
            self.run_ended.emit(result)

    def _on_file_done(self, result: object) -> None:
        if self._current():
            self.job = None
            kind, value = result  # type: ignore[misc]
            self.file_done.emit(kind, value)

    def _on_failed(self, message: str) -> None:
        if self._current():
            self.job = None
            self.failed.emit(message)

    def _on_cancelled(self) -> None:
        if self._current():
            self.job = None
