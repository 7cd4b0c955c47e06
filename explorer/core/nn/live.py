"""One run of ``fit`` as the live lab sees it: the Keras callback and the state it reports.

The Keras callback class is made on first use (so importing this module stays free of
TensorFlow) and only forwards its hooks to a plain :class:`LiveRun`, which holds the reporting
function and the control (the callback holds the reporter; nothing inherits from both Keras and
Qt). See ``explorer.core.nn.training`` for the policy; this module is its mechanics.

Weights are copied at most once per trained batch (:meth:`LiveRun.copy_weights` caches the copy)
and shared by the snapshot, the NaN policy and the recorded trajectory (``session.trajectory``,
every k batches or epochs, thinned when full: see ``explorer.core.nn.trajectory``). The copy
reads the variables with one ``ReadVariableOp`` each (:func:`weight_reader`), about 4× cheaper
than ``model.get_weights()``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from explorer.core.nn import model as nn_model
from explorer.core.nn.control import EpochEnd, Report, TrainingControl
from explorer.core.nn.forward import DenseWeights
from explorer.core.nn.history import DIVERGED, INFINITE, NAN
from explorer.core.nn.snapshot import State, pair_weights
from explorer.core.progress import Progress

WAIT_POLL = 0.05  # seconds between checks of ``cancelled`` while paused
CONFUSION_S = 0.5  # the test-set confusion: after an epoch, at most twice a second (the curves'
# rate: small data sets finish ~60 epochs a second, and every snapshot paid a test-set pass)
_CALLBACK: type | None = None



def weight_reader(model: Any) -> Callable[[], list[np.ndarray]]:
    """A function returning what ``model.get_weights()`` returns, reading each variable's buffer
    with one ``ReadVariableOp`` (falls back to ``get_weights`` if the backend differs)."""
    try:
        import tensorflow as tf

        read = tf.raw_ops.ReadVariableOp
        handles = [(v.value.handle, v.value.dtype) for v in model.weights]

        def read_all() -> list[np.ndarray]:
            return [read(resource=handle, dtype=dtype).numpy() for handle, dtype in handles]

        read_all()
        return read_all
    except Exception:  # not a TF resource variable: the slower public API always works
        return model.get_weights


def callback_type() -> type:
    """The ``keras.callbacks.Callback`` subclass that forwards to a :class:`LiveRun`."""
    global _CALLBACK
    if _CALLBACK is None:
        keras = nn_model.import_keras()

        class LiveCallback(keras.callbacks.Callback):
            """Forwards Keras's hooks to the run; holds no state of its own."""

            def __init__(self, run: LiveRun) -> None:
                super().__init__()
                self.run = run

            def on_train_begin(self, logs: dict | None = None) -> None:
                self.run.train_begin(self.params or {})

            def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
                self.run.epoch_begin(epoch)

            def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
                self.run.batch_end(batch, logs or {})

            def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
                self.run.epoch_end(epoch, logs or {})

        _CALLBACK = LiveCallback
    return _CALLBACK


class Session(Protocol):
    """What a live run reads and advances of its :class:`~explorer.core.nn.training.TrainingSession`
    (named here, not imported: the session starts live runs)."""

    model: Any
    spec: Any
    epoch: int
    history: Any
    trajectory: Any
    batches_per_epoch: int
    n_fit: int
    learning_rate: float

    def build_snapshot(self, state: State, weights: tuple, **context: Any) -> Any: ...


class LiveRun:
    """Per-run bookkeeping: running curves, throughput, pauses, NaN watch, snapshots."""

    def __init__(self, session: Session, control: TrainingControl,
                 report: Report | None, interval: float, on_epoch_end: EpochEnd | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.session, self.control, self.report = session, control, report
        self.interval, self.on_epoch_end, self.cancelled = interval, on_epoch_end, cancelled
        self.model = session.model
        self.steps = session.batches_per_epoch
        self.n_fit = session.n_fit
        self.batch_size = session.spec.batch_size
        self.epoch = session.epoch  # index of the epoch under way
        self.batch = 0  # batches done in it
        self.positions: list[float] = []
        self.running: dict[str, list[float]] = {}
        self.samples = 0
        self.started = time.monotonic()
        self.paused_seconds = 0.0
        self.last_emit = -math.inf
        self.confusion_due = True  # an epoch ended since the last confusion
        self.last_confusion = -math.inf
        self.diverged: str | None = None
        self.diverged_values: dict[str, str] = {}  # DIVERGED's values (the UI translates it)
        self.trajectory = session.trajectory
        self._read_weights = weight_reader(self.model)
        self._copy: tuple[int, tuple[DenseWeights, ...]] | None = None
        self.candidate: tuple[DenseWeights, ...] | None = self.copy_weights()
        self.start_weights = self.candidate
        self.last_good: tuple[DenseWeights, ...] | None = None
        if not len(self.trajectory):
            self.record()  # where the training starts: the first point of the path

    # --- Keras hooks ------------------------------------------------------------------------------

    def train_begin(self, params: dict[str, Any]) -> None:
        self.steps = int(params.get("steps") or self.steps)

    def epoch_begin(self, epoch: int) -> None:
        self.epoch, self.batch = epoch, 0
        self.positions, self.running = [], {}

    def batch_end(self, batch: int, logs: dict[str, Any]) -> None:
        self.batch = batch + 1
        self.samples += max(0, min(self.batch_size, self.n_fit - batch * self.batch_size))
        loss = float(logs.get("loss", math.nan))
        if not math.isfinite(loss):
            self._diverge(loss)
            return
        if self.candidate is not None:  # the batch trained from it had a finite loss
            self.last_good, self.candidate = self.candidate, None
        self.positions.append(self.epoch + self.batch / self.steps)
        for key, value in logs.items():
            self.running.setdefault(key, []).append(float(value))
        if self.trajectory.batch_due():
            self.record()
        if self.control.needs_attention() or (self.cancelled and self.cancelled()):
            self.control.count(batch=True)
            self._attend(may_wait=self.batch < self.steps)
        elif time.monotonic() - self.last_emit >= self.interval:
            self.emit("running")

    def epoch_end(self, epoch: int, logs: dict[str, Any]) -> None:
        if self.diverged is not None or self.batch < self.steps:
            return  # cut short by a stop (or NaN): the epoch does not count
        history = self.session.history
        for key, value in logs.items():
            history.setdefault(key, []).append(float(value))
        self.session.epoch = self.epoch = epoch + 1
        self.batch = 0
        self.confusion_due = True
        if self.trajectory.epoch_due(self.epoch):
            self.record()
        if self.on_epoch_end is not None:
            self.on_epoch_end(epoch + 1, {k: float(v) for k, v in logs.items()})
        if self.control.needs_attention() or (self.cancelled and self.cancelled()):
            self.control.count(batch=False)
            self._attend(may_wait=self.epoch < self.session.spec.epochs)
        elif time.monotonic() - self.last_emit >= self.interval:
            self.emit("running")

    # --- control ------------------------------------------------------------------------------

    def stop_requested(self) -> bool:
        return self.control.stopped or bool(self.cancelled and self.cancelled())

    def _attend(self, may_wait: bool) -> None:
        self._apply_learning_rate()
        if self.stop_requested():
            self.model.stop_training = True
        elif self.control.paused and may_wait:
            self.wait_while_paused()
        elif time.monotonic() - self.last_emit >= self.interval:
            self.emit("running")

    def _apply_learning_rate(self) -> bool:
        lr = self.control.take_learning_rate()
        if lr is None:
            return False
        self.session.spec = self.session.spec.with_changes(learning_rate=lr)
        self.model.optimizer.learning_rate = lr
        return True

    def wait_while_paused(self) -> None:
        """Block the training thread until resumed, stepped or stopped; apply lr changes."""
        self.emit("paused")
        began = time.monotonic()
        while True:
            if self._apply_learning_rate():
                self.emit("paused")
            if self.stop_requested():
                self.model.stop_training = True
                break
            if not self.control.paused:
                break
            self.control.wait(WAIT_POLL)
        self.paused_seconds += time.monotonic() - began

    def _diverge(self, loss: float) -> None:
        lr = self.session.learning_rate
        self.diverged_values = {"what": NAN if math.isnan(loss) else INFINITE,
                                "epoch": f"{self.epoch + 1}", "batch": f"{self.batch}",
                                "lr": f"{lr:g}", "lower": f"{lr / 10:g}"}
        self.diverged = DIVERGED.format(**self.diverged_values)
        self.model.stop_training = True

    def restore_point(self) -> tuple[DenseWeights, ...]:
        """The weights to go back to after a NaN (see the module's NaN policy)."""
        good = self.last_good or self.start_weights
        assert good is not None
        return good

    # --- reporting ----------------------------------------------------------------------------

    def active_seconds(self) -> float:
        return max(time.monotonic() - self.started - self.paused_seconds, 1e-9)

    def samples_per_second(self) -> float:
        return self.samples / self.active_seconds()

    def copy_weights(self) -> tuple[DenseWeights, ...]:
        """The current weights, copied at most once per trained batch."""
        if self._copy is None or self._copy[0] != self.samples:
            self._copy = (self.samples, pair_weights(self._read_weights()))
        return self._copy[1]

    def record(self) -> None:
        """Add the current weights to the session's trajectory (at epoch + batch / steps)."""
        weights = [array for pair in self.copy_weights() for array in pair]
        self.trajectory.record(weights, self.epoch + self.batch / self.steps)

    def emit(self, state: State, message: str = "", *, final: bool = False) -> None:
        """Copy the weights (the NaN policy's candidate) and report a snapshot."""
        self.last_emit = now = time.monotonic()
        weights = self.copy_weights()
        if not final:
            self.candidate = weights
        if self.report is None:
            return
        rate = self.samples_per_second()
        in_epoch = min(self.batch * self.batch_size, self.n_fit)
        remaining = (self.session.spec.epochs - self.epoch) * self.n_fit - in_epoch
        eta = max(remaining, 0) / rate if rate > 0 else None
        confusion = final or (self.confusion_due and (
            state != "running" or now - self.last_confusion >= CONFUSION_S))
        snapshot = self.session.build_snapshot(
            state, weights, batch=self.batch,
            batches_per_epoch=self.steps, batch_position=self.positions,
            batch_history=self.running, samples_per_second=rate, eta_seconds=eta,
            message=message, confusion_due=confusion)
        if confusion:
            self.confusion_due, self.last_confusion = False, now
        text = message or self._progress_text(state, snapshot.learning_rate)
        self.report(Progress(snapshot.fraction, text, partial=snapshot))

    def _progress_text(self, state: State, lr: float) -> str:
        loss = self.running.get("loss")
        loss_text = f", loss {loss[-1]:.4g}" if loss else ""
        return (f"{state}: epoch {min(self.epoch + 1, self.session.spec.epochs)}/"
                f"{self.session.spec.epochs}, batch {self.batch}/{self.steps}{loss_text}, "
                f"learning rate {lr:g}")

    def finish(self, state: State, message: str) -> None:
        if self.diverged is None and self.batch >= self.steps:
            self.batch = 0
        self._copy = None  # a fresh copy: after a NaN the model holds the restored weights
        self.emit(state, message, final=True)
        if state != "diverged":
            self.record()  # the path ends at the final weights
