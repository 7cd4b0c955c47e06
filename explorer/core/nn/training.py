"""The training engine the live Training Lab drives: Keras ``fit`` with a reporting callback.

Qt-free by design: :meth:`TrainingSession.run` takes a plain ``report(Progress)`` callable and a
thread-safe :class:`TrainingControl`, so the UI runs it on a QThread (``Worker.start_function``)
and the tests run it in a plain thread. Training is ``model.fit`` with one Keras callback that
*holds* the reporting function: per batch it only records the running loss and checks the
control (a few attribute reads), and the expensive part (copying weights, evaluating the
decision grid with the numpy forward pass) happens at most every ``snapshot_interval`` seconds
(20 per second by default) and at every pause, stop and end.

The data reaches ``fit`` as an endless ``tf.data`` pipeline with ``steps_per_epoch``, so one
iterator serves all epochs (``fit`` on arrays builds one per epoch, ~50 ms: 500 epochs of XOR
took 30 s instead of 3 s). :class:`PlainFit` is the matching baseline for
the bench's "live vs plain fit" ratio.

Pausing blocks inside the callback, between batches (or at an epoch end), so the weights stay in
place; a learning-rate change is assigned to ``model.optimizer.learning_rate`` there, so it can
be changed while paused and training continues with the same weights. Stop sets
``model.stop_training`` (also while paused); an epoch cut short by a stop does not count, and
the next :meth:`~TrainingSession.run` continues from the same weights at the start of that
epoch.

In the app (``explorer.ui.worker``)::

    session, control = TrainingSession(spec, dataset), TrainingControl()
    worker.start_function(functools.partial(run_job, session, control))
    # where run_job(session, control, context) calls
    # session.run(control, context.report, cancelled=lambda: context.cancelled)

and the GUI thread calls ``control.pause()`` / ``step_batches(1)`` / ``set_learning_rate(lr)`` /
``stop()``; between runs it may ``reset()``, ``save()``, ``load()``, ``evaluate()``. During a run
read the training only through the snapshots (``session.history`` is the training thread's).

Weight trajectory: ``session.trajectory`` (``explorer.core.nn.trajectory.WeightTrajectory``)
records the weights every k batches or epochs (``record_every=(k, "batch" | "epoch")``, default
every epoch; :meth:`TrainingSession.set_record_every` between runs), plus where each run starts
and ends; it holds at most ``max_trajectory_points`` (and 64 MiB) and thins itself when full.
The loss landscape (``explorer.core.nn.landscape``) projects it onto its slices. Reset and load
clear it.

NaN policy: the engine copies the weights with every snapshot (≤ ``snapshot_interval`` of
training apart) and at the start of a run; a copy becomes "last good" once the batch trained from
it still had a finite loss. When the loss becomes NaN or infinite the run stops, the last good
weights are restored, the optimizer state is reset (its moments may be NaN too) and the message
names the epoch and batch. Copying every batch would be exact but costs ~15–20 % of throughput
on the small models the lab trains, so the copy is time-based.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np

from explorer.core.data import Dataset
from explorer.core.i18n import tr_noop
from explorer.core.nn import model as nn_model
from explorer.core.nn.control import EpochEnd, Report, TrainingControl
from explorer.core.nn.history import (
    DIVERGED,
    HistoryArrays,
    loss_explosion,
    loss_explosion_values,
    write_history_csv,
)
from explorer.core.nn.pool import lend_model
from explorer.core.nn.snapshot import State, TrainingSnapshot, Views, pair_weights
from explorer.core.nn.spec import ModelSpec, Summary, summarize
from explorer.core.nn.trajectory import MAX_POINTS, Unit, WeightTrajectory

__all__ = ["PlainFit", "RunResult", "TrainingControl", "TrainingSession"]

FINISHED = tr_noop("Training", "finished {epochs} epochs")
STOPPED = tr_noop("Training", "stopped after {epochs} epochs")

@dataclass(frozen=True)
class RunResult:
    """How a run ended; ``message`` says why (for "diverged": epoch, batch and a hint)."""

    status: Literal["finished", "stopped", "diverged"]
    epoch: int  # completed epochs after the run
    message: str
    seconds: float
    samples_per_second: float
    warning: str = ""  # e.g. the loss exploded (history.loss_explosion) without becoming NaN
    # The message and the warning as templates with their values, for the UI to translate
    # (translate("Training", message_template).format(**message_values) == message).
    message_template: str = ""
    message_values: Mapping[str, str] = field(default_factory=dict)
    warning_values: Mapping[str, str] = field(default_factory=dict)  # EXPLOSION's, if warned


class TrainingSession:
    """A model, its data and its history; :meth:`run` trains (again) from where it stopped.

    Built lazily: TensorFlow is imported the first time the model is needed, which the UI
    arranges to happen on its worker thread.
    """

    def __init__(self, spec: ModelSpec, dataset: Dataset, *, grid_size: int = 80,
                 map_size: int = 32, record_every: tuple[int, Unit] = (1, "epoch"),
                 max_trajectory_points: int = MAX_POINTS) -> None:
        self.spec = spec
        self.dataset = dataset
        self.architecture = spec.resolve(dataset.n_features, dataset.task, dataset.n_classes)
        self.views = Views(self.architecture, dataset, grid_size, map_size)
        self._x = np.ascontiguousarray(dataset.x_train, dtype=np.float32)
        self._y = nn_model.encode_targets(self.architecture, dataset.y_train)
        self._model: Any = None
        self._running = threading.Lock()
        self.epoch = 0
        self.history: dict[str, list[float]] = {}
        self._history_arrays = HistoryArrays()  # what snapshots show of it, copied as it grows
        self._confusion: tuple[np.ndarray, np.ndarray, float, int] | None = None
        # The weights every k batches or epochs (the loss landscape's path), bounded and thinned.
        self.trajectory = WeightTrajectory(*record_every, max_points=max_trajectory_points)

    # --- the model ------------------------------------------------------------------------------

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = lend_model(self.spec, self.architecture, owner=self)
        return self._model

    @property
    def summary(self) -> Summary:
        return summarize(self.architecture)

    @property
    def learning_rate(self) -> float:
        return self.spec.effective_learning_rate

    def reset(self) -> None:
        """Forget the training: fresh weights from the seed, empty history, epoch 0."""
        self._require_idle("reset")
        self._model = nn_model.build_model(self.spec, self.architecture)
        self.epoch, self.history, self._confusion = 0, {}, None
        self.trajectory.clear()

    def set_learning_rate(self, learning_rate: float) -> None:
        """Between runs (during a run, use ``TrainingControl.set_learning_rate``)."""
        self._require_idle("change the learning rate")
        self.spec = replace(self.spec, learning_rate=float(learning_rate))
        if self._model is not None:
            self._model.optimizer.learning_rate = float(learning_rate)

    @property
    def record_every(self) -> tuple[int, Unit]:
        """How often the trajectory records the weights: (k, "batch" or "epoch")."""
        return self.trajectory.every, self.trajectory.unit

    def set_record_every(self, every: int, unit: Unit) -> None:
        """Record the weights every ``every`` batches or epochs from now on (points so far stay)."""
        self._require_idle("change the recording interval")
        self.trajectory.configure(every, unit)

    def set_grid_extent(self, extent: tuple[tuple[float, float], tuple[float, float]]) -> None:
        """Evaluate the decision grid over ``extent`` (model inputs) from the next snapshot on;
        also while training (see ``Views.set_grid_extent``)."""
        self.views.set_grid_extent(extent)

    def regrid(self, snapshot: TrainingSnapshot) -> TrainingSnapshot:
        """``snapshot`` with its decision grid evaluated over the current grid extent (numpy,
        no TensorFlow: for a plot resized between runs)."""
        grid_extent, grid = self.views.grid(snapshot.weights)
        return replace(snapshot, grid_extent=grid_extent, grid=grid)

    def set_epochs(self, epochs: int) -> None:
        """Plan more (or fewer) epochs; a finished run continues up to the new total."""
        self._require_idle("change the epochs")
        self.spec = replace(self.spec, epochs=epochs)

    def _require_idle(self, action: str) -> None:
        if self._running.locked():
            raise RuntimeError(f"cannot {action} while training runs; stop it first")

    # --- training ---------------------------------------------------------------------------------

    def run(self, control: TrainingControl | None = None, report: Report | None = None, *,
            snapshot_interval: float = 0.05, on_epoch_end: EpochEnd | None = None,
            cancelled: Callable[[], bool] | None = None) -> RunResult:
        """Train up to ``spec.epochs`` (continuing from :attr:`epoch`), reporting snapshots.

        ``report`` receives ``Progress(fraction, message, partial=TrainingSnapshot)`` at most
        every ``snapshot_interval`` seconds plus at pauses and at the end (0 = every batch, for
        tests); ``on_epoch_end(epoch, logs)`` sees every completed epoch (epochs from 1);
        ``cancelled()`` is polled like ``control.stopped`` (e.g. a JobContext's).
        """
        if not self._running.acquire(blocking=False):
            raise RuntimeError("this session is already training")
        try:
            return self._run(control or TrainingControl(), report, snapshot_interval,
                             on_epoch_end, cancelled)
        finally:
            self._running.release()

    def _run(self, control: TrainingControl, report: Report | None, interval: float,
             on_epoch_end: EpochEnd | None, cancelled: Callable[[], bool] | None) -> RunResult:
        from explorer.core.nn.live import LiveRun, callback_type

        run = LiveRun(self, control, report, interval, on_epoch_end, cancelled)
        if control.paused and self.epoch < self.spec.epochs:
            run.wait_while_paused()
        if not run.stop_requested() and self.epoch < self.spec.epochs:
            self.model.fit(**self._fit_arguments(), epochs=self.spec.epochs,
                           initial_epoch=self.epoch, shuffle=False, verbose=0,
                           callbacks=[callback_type()(run)])
        status: Literal["finished", "stopped", "diverged"]
        if run.diverged is not None:
            status, message = "diverged", run.diverged
            template, values = DIVERGED, dict(run.diverged_values)
            self.model.set_weights([a for pair in run.restore_point() for a in pair])
            nn_model.compile_model(self.model, self.spec, self.architecture)
            self.trajectory.drop_nonfinite()
        elif self.epoch >= self.spec.epochs:
            template, values = FINISHED, {"epochs": f"{self.epoch}"}
            status, message = "finished", FINISHED.format(**values)
        else:
            template, values = STOPPED, {"epochs": f"{self.epoch}"}
            status, message = "stopped", STOPPED.format(**values)
        run.finish(status, message)
        losses = self.history.get("loss", ())
        return RunResult(status, self.epoch, message, run.active_seconds(),
                         run.samples_per_second(), loss_explosion(losses), template, values,
                         loss_explosion_values(losses))

    # --- snapshots ------------------------------------------------------------------------------

    def snapshot(self, state: State = "ready", message: str = "") -> TrainingSnapshot:
        """The current state without training (e.g. to draw right after a reset or a load)."""
        return self.build_snapshot(state, pair_weights(self.model.get_weights()),
                                   message=message, confusion_due=True)

    def build_snapshot(self, state: State, weights: tuple, *, batch: int = 0,
                       batches_per_epoch: int | None = None,
                       batch_position: np.ndarray | None = None,
                       batch_history: dict[str, np.ndarray] | None = None,
                       samples_per_second: float = 0.0, eta_seconds: float | None = None,
                       message: str = "", confusion_due: bool = False) -> TrainingSnapshot:
        """Assemble a snapshot from copied weights (called on the training thread)."""
        views = self.views
        predicted = target = None
        if not views.classification:
            predicted, target = views.regression(weights)
        elif confusion_due or self._confusion is None:
            self._confusion = (*views.confusion(weights), self.epoch)
        confusion = self._confusion if views.classification else None
        steps = batches_per_epoch or self.batches_per_epoch
        grid_extent, grid = views.grid(weights)
        return TrainingSnapshot(
            state=state, epoch=self.epoch, batch=batch, batches_per_epoch=steps,
            epochs=self.spec.epochs, learning_rate=self.learning_rate,
            history=self._history_arrays.views(self.history),
            batch_position=_readonly(batch_position if batch_position is not None else []),
            batch_history={k: _readonly(v) for k, v in (batch_history or {}).items()},
            samples_per_second=samples_per_second, eta_seconds=eta_seconds, weights=weights,
            message=message, grid_extent=grid_extent, grid=grid,
            hidden_maps=views.hidden_maps(weights), predicted=predicted, target=target,
            confusion=confusion[0] if confusion else None,
            misclassified=confusion[1] if confusion else None,
            test_loss=confusion[2] if confusion else None,
            confusion_epoch=confusion[3] if confusion else None,
            warning=loss_explosion(self.history.get("loss", ())))

    @property
    def n_fit(self) -> int:
        """Training samples per epoch: the first ones; the last ``validation_split`` fraction is
        kept for validation, as Keras's own ``validation_split`` does."""
        n = len(self._x)
        split = self.spec.validation_split
        return math.floor(n * (1.0 - split)) if split else n

    @property
    def batches_per_epoch(self) -> int:
        return max(1, math.ceil(self.n_fit / self.spec.batch_size))

    def _fit_arguments(self) -> dict[str, Any]:
        """Data for ``fit``: endless shuffled batches with explicit steps (see make_dataset)."""
        n_fit, batch_size = self.n_fit, self.spec.batch_size
        if n_fit < 1 or (self.spec.validation_split and n_fit >= len(self._x)):
            raise ValueError(f"validation_split {self.spec.validation_split:g} leaves no "
                             f"{'training' if n_fit < 1 else 'validation'} samples out of "
                             f"{len(self._x)}")
        arguments: dict[str, Any] = {
            "x": nn_model.make_dataset(self._x[:n_fit], self._y[:n_fit], batch_size,
                                       shuffle_seed=self.spec.seed + self.epoch),
            "steps_per_epoch": self.batches_per_epoch,
        }
        if n_fit < len(self._x):
            x_val, y_val = self._x[n_fit:], self._y[n_fit:]
            arguments["validation_data"] = nn_model.make_dataset(x_val, y_val, batch_size,
                                                                 shuffle_seed=None)
            arguments["validation_steps"] = math.ceil(len(x_val) / batch_size)
        return arguments

    # --- evaluate, predict, files -----------------------------------------------------------

    def evaluate(self, split: Literal["test", "train"] = "test") -> dict[str, float]:
        """``model.evaluate`` on the test (or training) split: loss and every metric."""
        self._require_idle("evaluate")
        data = self.dataset
        x, y = (data.x_test, data.y_test) if split == "test" else (data.x_train, data.y_train)
        return nn_model.evaluate(self.model, self.architecture, x, y)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """``model.predict``: outputs (probabilities for softmax/sigmoid models)."""
        return nn_model.predict(self.model, x)

    def save(self, path: str | Path) -> Path:
        """Write the model as ``.keras`` (atomically)."""
        self._require_idle("save")
        return nn_model.save_model(self.model, path)

    def load(self, path: str | Path) -> None:
        """Take the weights of a ``.keras`` model with the same layers; the optimizer restarts."""
        self._require_idle("load")
        loaded = nn_model.load_model(path, compile=False)
        name = Path(path).name
        if _layout(self.model) != _layout(loaded):
            shapes = " → ".join(str(layer.units) for layer in self.architecture.dense_layers)
            raise nn_model.ModelFileError(
                tr_noop("ModelFiles", "{file}: its layers do not match this model ({layers} with "
                                      "the same activations); change the model or load another "
                                      "file"),
                file=name, layers=f"{self.architecture.n_inputs} → {shapes}")
        self.model.set_weights(loaded.get_weights())
        nn_model.compile_model(self.model, self.spec, self.architecture)
        self.trajectory.clear()  # a new starting point

    def write_history_csv(self, path: str | Path) -> Path:
        return write_history_csv(self.history, path)


class PlainFit:
    """A plain ``fit(verbose=0)`` (no callback) of the same model, data pipeline and batch size:
    the baseline the live lab's overhead is measured against (bench). Built and traced once, so
    the bench can alternate short fits with the live lab without timing a trace."""

    def __init__(self, spec: ModelSpec, dataset: Dataset) -> None:
        self.session = TrainingSession(spec, dataset)
        self._arguments = self.session._fit_arguments()
        # shuffle=False: the tf.data pipeline shuffles itself (Keras would warn it ignores it)
        self.session.model.fit(**self._arguments, epochs=1, shuffle=False, verbose=0)  # trace

    def samples_per_second(self, epochs: int) -> float:
        """Train ``epochs`` more epochs; training samples per second of wall time."""
        began = time.perf_counter()
        self.session.model.fit(**self._arguments, epochs=epochs, shuffle=False, verbose=0)
        return self.session.n_fit * epochs / (time.perf_counter() - began)


def _layout(model: Any) -> list[tuple[tuple[int, ...], Any]]:
    """Weight shapes and activations, layer by layer: what must match to take the weights."""
    return [(tuple(w.shape), layer.get_config().get("activation")) for layer in model.layers
            for w in layer.get_weights()]


def _readonly(values: Any) -> np.ndarray:
    array = np.array(values, dtype=np.float64)
    array.setflags(write=False)
    return array
