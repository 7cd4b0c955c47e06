"""The commands another thread gives a running training (pause, step, stop, learning rate),
and the signatures of the functions a training reports to."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from explorer.core.progress import Progress

__all__ = ["EpochEnd", "Report", "TrainingControl"]

Report = Callable[[Progress], None]
EpochEnd = Callable[[int, dict[str, float]], None]


class TrainingControl:
    """Commands from another thread to a running training: pause, step, stop, learning rate.

    Every method is thread-safe and returns at once; the training thread picks the command up
    between batches (a stop within one batch, or within 50 ms while paused). A stopped control
    stays stopped: call :meth:`rearm` (or make a new control) before the next run.
    """

    def __init__(self, *, paused: bool = False) -> None:
        self._cond = threading.Condition()
        self._paused = paused
        self._stopped = False
        self._batch_budget: int | None = None
        self._epoch_budget: int | None = None
        self._learning_rate: float | None = None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stopped(self) -> bool:
        return self._stopped

    def pause(self) -> None:
        self._set(paused=True)

    def resume(self) -> None:
        self._set(paused=False)

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def step_batches(self, n: int = 1) -> None:
        """Train ``n`` more batches, then pause (continues across epoch ends)."""
        self._set(paused=False, batches=_positive(n, "step_batches"))

    def step_epochs(self, n: int = 1) -> None:
        """Train until ``n`` more epochs have ended (the one under way counts), then pause."""
        self._set(paused=False, epochs=_positive(n, "step_epochs"))

    def set_learning_rate(self, learning_rate: float) -> None:
        """Applied before the next batch, also while paused."""
        lr = float(learning_rate)
        if not math.isfinite(lr) or lr <= 0:
            raise ValueError(f"learning_rate must be a finite number > 0, not {learning_rate!r}")
        with self._cond:
            self._learning_rate = lr
            self._cond.notify_all()

    def rearm(self, *, paused: bool = False) -> None:
        """Clear a stop and any step budget, so this control can drive another run."""
        with self._cond:
            self._stopped = False
            self._set_locked(paused, None, None)

    def _set(self, paused: bool, batches: int | None = None, epochs: int | None = None) -> None:
        with self._cond:
            self._set_locked(paused, batches, epochs)

    def _set_locked(self, paused: bool, batches: int | None, epochs: int | None) -> None:
        self._paused, self._batch_budget, self._epoch_budget = paused, batches, epochs
        self._cond.notify_all()

    # --- the training thread's side (called between batches) -------------------------------------

    def needs_attention(self) -> bool:
        """Cheap unlocked check on the per-batch fast path."""
        return (self._paused or self._stopped or self._batch_budget is not None
                or self._epoch_budget is not None or self._learning_rate is not None)

    def count(self, *, batch: bool) -> None:
        """A batch (or an epoch) finished: spend the step budget, pausing when it runs out."""
        with self._cond:
            if batch and self._batch_budget is not None:
                self._batch_budget -= 1
                if self._batch_budget <= 0:
                    self._paused, self._batch_budget = True, None
            if not batch and self._epoch_budget is not None:
                self._epoch_budget -= 1
                if self._epoch_budget <= 0:
                    self._paused, self._epoch_budget = True, None

    def take_learning_rate(self) -> float | None:
        with self._cond:
            lr, self._learning_rate = self._learning_rate, None
            return lr

    def wait(self, timeout: float) -> None:
        with self._cond:
            if self._paused and not self._stopped and self._learning_rate is None:
                self._cond.wait(timeout)


def _positive(n: int, what: str) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"{what} needs a positive integer, not {n!r}")
    return n
