"""Training the 2-2-1 network off the GUI thread, and replaying it for GIF frames.

`mlp_job` is a plain generator (Qt-free) wrapping `explorer.core.perceptron.iter_mlp_training`; each
yield is a `Progress` whose partial is an `MlpProgress` (the latest snapshot plus the loss and
accuracy curve so far, all copies). `NetworkTrainer` runs it on a `JobThread` and keeps only the
latest result; the lab's render timer decides when to draw it (data rate is not frame rate).
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal

from explorer.core.perceptron import (
    DEFAULT_MLP_EPOCHS,
    DEFAULT_MLP_LEARNING_RATE,
    MlpSnapshot,
    iter_mlp_training,
)
from explorer.core.progress import Progress
from explorer.ui.worker import Worker

MLP_EVERY = 10  # epochs between snapshots: 500 for the default 5000 epochs
LIVE_SECONDS = 3.0  # the full 5000 epochs take ~0.2 s: paced so the change can be watched
GIF_MAX_FRAMES = 150
HIDDEN_UNITS = 2  # the 2-2-1 network of the course's XOR example


@dataclass(frozen=True, eq=False)
class MlpProgress:
    """What the worker sends: the latest snapshot and the loss/accuracy curve so far (copies)."""

    job: int  # which training this belongs to, so a late signal from an old job is ignored
    snapshot: MlpSnapshot
    epochs: NDArray[np.int_]
    losses: NDArray[np.float64]
    accuracies: NDArray[np.float64]
    total_epochs: int
    learning_rate: float  # what this training used, so the page can say so

    @property
    def solved(self) -> bool:
        """All four rows right."""
        return self.snapshot.accuracy == 1.0

    @property
    def solved_from(self) -> int | None:
        """First snapshot epoch from which every row stays right (None: not solved now)."""
        if not self.solved:
            return None
        wrong = np.flatnonzero(self.accuracies < 1.0)
        return int(self.epochs[wrong[-1] + 1]) if len(wrong) else 0


def mlp_job(job: int, gate: str, seed: int, epochs: int, every: int = MLP_EVERY,
            pace: float = 0.0, learning_rate: float = DEFAULT_MLP_LEARNING_RATE,
            ) -> Generator[Progress, None, MlpProgress | None]:
    """Train the 2-2-1 net, yielding Progress with an MlpProgress as partial.

    ``pace`` seconds of sleep between snapshots make a run that takes 0.2 s watchable; the
    worker checks cancellation between yields, so a stop takes effect within one snapshot.
    """
    count = epochs // every + 2
    curve = np.empty((count, 3))
    last: MlpProgress | None = None
    for i, snap in enumerate(iter_mlp_training(gate, HIDDEN_UNITS, learning_rate, epochs, seed,
                                               every)):
        curve[i] = snap.epoch, snap.loss, snap.accuracy
        done = curve[: i + 1]
        last = MlpProgress(job, snap, done[:, 0].astype(int), done[:, 1].copy(),
                           done[:, 2].copy(), epochs, learning_rate)
        yield Progress(snap.epoch / max(epochs, 1), f"epoch {snap.epoch} of {epochs}", last)
        if pace > 0 and snap.epoch < epochs:
            time.sleep(pace)
    return last


class NetworkTrainer(QObject):
    """One training at a time; starting another (or stopping) cancels and joins the last."""

    updated = Signal()  # a newer `latest` is there to draw
    finished = Signal(bool)  # the training ended: solved or not
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.epochs = DEFAULT_MLP_EPOCHS
        self.learning_rate = DEFAULT_MLP_LEARNING_RATE
        self.live_seconds = LIVE_SECONDS
        self.latest: MlpProgress | None = None
        self.pending = False  # started and neither finished, failed nor stopped
        self._job = 0

    @property
    def busy(self) -> bool:
        """The worker thread is running."""
        return self.worker.busy

    def start(self, gate: str, seed: int, live: bool) -> None:
        """Train from scratch; ``live`` paces it to take about `live_seconds`."""
        self.stop()
        self._job += 1
        job, epochs, rate = self._job, self.epochs, self.learning_rate
        pace = self.live_seconds * MLP_EVERY / max(epochs, 1) if live else 0.0
        self.pending = True
        self.worker.start(lambda: mlp_job(job, gate, seed, epochs, MLP_EVERY, pace, rate),
                          partial=self._on_partial, succeeded=self._on_done,
                          failed=self._on_failed)

    def stop(self) -> None:
        """Cancel and join; whatever the old job still has queued is ignored."""
        self.worker.stop()
        self._job += 1
        self.pending = False

    def clear(self) -> None:
        self.stop()
        self.latest = None

    def gif_every(self) -> int:
        """Epochs per GIF frame, so a replay has at most ~150 frames."""
        return max(1, -(-self.epochs // GIF_MAX_FRAMES))

    def replay(self, gate: str, seed: int) -> Iterator[MlpProgress]:
        """The same training, synchronously, one snapshot per GIF frame (it takes ~0.2 s)."""
        self.stop()
        for progress in mlp_job(self._job, gate, seed, self.epochs, self.gif_every(),
                                learning_rate=self.learning_rate):
            self.latest = progress.partial
            yield progress.partial

    def _on_partial(self, progress: object) -> None:
        if isinstance(progress, MlpProgress) and progress.job == self._job:
            self.latest = progress
            self.updated.emit()

    def _on_done(self, result: object) -> None:
        if isinstance(result, MlpProgress) and result.job == self._job:
            self.latest = result
            self.pending = False
            self.updated.emit()
            self.finished.emit(result.solved)

    def _on_failed(self, message: str) -> None:
        self.pending = False
        self.failed.emit(message)
