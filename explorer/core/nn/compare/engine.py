"""Optimizers racing on one network: the same model, start and batches, one optimizer each.

A :class:`Comparison` trains 2–4 copies of one :class:`ModelSpec` on one data set, each copy
compiled with its own optimizer (:class:`RacerSpec`: a name from ``explorer.core.optim``,
Keras-named hyper-parameters, options and a schedule). Every racer starts from the same
weights (built once from the spec's seed and copied) and sees the same batches in the same
order: one seeded ``tf.data`` pipeline, the very one a solo
:class:`~explorer.core.nn.training.TrainingSession` gives ``fit`` (``make_dataset`` with
``shuffle_seed = seed + epoch``), is read once per batch and each batch is handed to every
racer in turn. A racer's step is its model's own compiled ``train_function`` (what ``fit``
calls), its epoch logs are read from the model's metrics as ``fit`` reads them and validation
runs the model's ``test_function`` on the same validation batches, so each racer's history
equals a solo run of its optimizer with the same seed.

All in one thread, interleaved per batch: the racers advance together, so the curves race live,
and pause, step and stop (a shared :class:`TrainingControl`) act on all of them between rounds.
A racer whose loss becomes NaN or infinite stops alone, with the solo run's message, and gets
the weights of its last completed epoch back; the others go on.

Interleaving costs nothing over running the racers one after another: a step through the
model's ``train_function`` with a ready batch is cheaper than ``fit``'s iterator path, and the
bench measures four racers on digits at about 3× one solo run (``explorer bench``).

Reports are :class:`CompareSnapshot` s (copied, read-only arrays), at most every
``snapshot_interval`` seconds and at every pause and end, like a solo run's.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from explorer.core.data import Dataset
from explorer.core.i18n import tr_noop
from explorer.core.nn import model as nn_model
from explorer.core.nn.compare.lineup import RacerSpec, racers_from_list
from explorer.core.nn.compare.results import (
    RACER_GRID,
    CompareSnapshot,
    RacerSnapshot,
    RacerStatus,
    RunState,
)
from explorer.core.nn.control import Report, TrainingControl
from explorer.core.nn.history import DIVERGED, INFINITE, NAN, HistoryArrays
from explorer.core.nn.live import WAIT_POLL, weight_reader
from explorer.core.nn.pool import lend_model
from explorer.core.nn.snapshot import Views, pair_weights
from explorer.core.nn.spec import ModelSpec
from explorer.core.nn.trajectory import WeightTrajectory
from explorer.core.progress import Progress

__all__ = ["Comparison"]

RACER_FINISHED = tr_noop("Compare", "finished {epochs} epochs")
RACER_STOPPED = tr_noop("Compare", "stopped after {epochs} epochs")


class _Racer:
    """One model of the comparison and its bookkeeping (training thread only)."""

    def __init__(self, index: int, spec: RacerSpec, model: Any) -> None:
        self.index, self.spec, self.model = index, spec, model
        self.label = spec.label
        self.status: RacerStatus = "ready"
        self.history: dict[str, list[float]] = {}
        self.arrays = HistoryArrays()
        self.seconds = 0.0
        self.message, self.template = "", ""
        self.values: dict[str, str] = {}
        self.test: dict[str, float] = {}
        self.trajectory = WeightTrajectory(1, "epoch")
        self.read = weight_reader(model)
        self.last_good = pair_weights(self.read())
        self.batch = 0

    @property
    def epoch(self) -> int:
        return len(self.history.get("loss", ()))

    @property
    def active(self) -> bool:
        return self.status in ("ready", "running", "stopped", "finished")

    def train(self, batch: tuple[Any, Any], epoch: int) -> None:
        began = time.perf_counter()
        logs = self.model.train_function([batch])  # what fit runs per batch
        self.batch += 1
        loss = float(logs["loss"])
        self.seconds += time.perf_counter() - began
        if not math.isfinite(loss):
            self.diverge(loss, epoch)

    def diverge(self, loss: float, epoch: int) -> None:
        """Stop this racer alone, with the solo run's message, and restore its last epoch."""
        lr = self.spec.learning_rate
        self.values = {"what": NAN if math.isnan(loss) else INFINITE, "epoch": f"{epoch + 1}",
                       "batch": f"{self.batch}", "lr": f"{lr:g}", "lower": f"{lr / 10:g}"}
        self.status, self.template = "diverged", DIVERGED
        self.message = DIVERGED.format(**self.values)
        self.model.set_weights([a for pair in self.last_good for a in pair])

    def end_epoch(self, validation: Sequence[tuple[Any, Any]]) -> dict[str, float]:
        """Record the epoch as ``fit`` would: train logs, then ``val_*`` on the same batches."""
        began = time.perf_counter()
        logs = {k: float(v) for k, v in self.model.get_metrics_result().items()}
        if validation:
            logs.update({f"val_{k}": v for k, v in self.evaluate(validation).items()})
        for key, value in logs.items():
            self.history.setdefault(key, []).append(value)
        self.last_good = pair_weights(self.read())
        self.record(float(self.epoch))
        self.seconds += time.perf_counter() - began
        return logs

    def evaluate(self, batches: Sequence[tuple[Any, Any]]) -> dict[str, float]:
        """Loss and metrics over ``batches`` with the model's compiled ``test_function`` (what
        ``evaluate`` runs, without building a data adapter per call)."""
        self.model.reset_metrics()
        for batch in batches:
            logs = self.model.test_function([batch])
        return {k: float(v) for k, v in logs.items()}

    def record(self, position: float) -> None:
        self.trajectory.record([a for pair in self.last_good for a in pair], position)

    def settle(self, status: RacerStatus, epochs: int) -> None:
        if self.status == "diverged":
            return
        self.status = status
        self.template = RACER_FINISHED if status == "finished" else RACER_STOPPED
        self.values = {"epochs": f"{epochs}"}
        self.message = self.template.format(**self.values)


class Comparison:
    """2–4 optimizers trained side by side on one model and data set (see the module doc).

    TensorFlow is imported when the racers' models are first needed (on the caller's thread:
    the UI's worker). Between runs, :meth:`run` continues from where the last one stopped.
    """

    def __init__(self, spec: ModelSpec, dataset: Dataset, racers: Sequence[RacerSpec], *,
                 grid_size: int = RACER_GRID) -> None:
        self.spec, self.dataset = spec, dataset
        self.racer_specs = racers_from_list(racers)
        self.architecture = spec.resolve(dataset.n_features, dataset.task, dataset.n_classes)
        self.views = Views(self.architecture, dataset, grid_size, 8)
        self._x = np.ascontiguousarray(dataset.x_train, dtype=np.float32)
        self._y = nn_model.encode_targets(self.architecture, dataset.y_train)
        self._racers: list[_Racer] = []
        self._running = threading.Lock()
        self.epoch = 0

    # --- set-up -----------------------------------------------------------------------------

    @property
    def n_fit(self) -> int:
        """Training samples per epoch; the last ``validation_split`` fraction validates."""
        split = self.spec.validation_split
        return math.floor(len(self._x) * (1.0 - split)) if split else len(self._x)

    @property
    def batches_per_epoch(self) -> int:
        return max(1, math.ceil(self.n_fit / self.spec.batch_size))

    def _build(self) -> list[_Racer]:
        """One model per racer, each from the pool of built models, all given the first one's
        initial weights (from the spec's seed)."""
        if not self._racers:
            first: list[np.ndarray] | None = None
            for index, racer in enumerate(self.racer_specs):
                model = lend_model(racer.solo_spec(self.spec), self.architecture, owner=self)
                if set(racer.hyper) - {"learning_rate"}:  # more than a solo spec can say
                    nn_model.compile_model(model, self.spec, self.architecture,
                                           racer.keras_optimizer())
                first = first if first is not None else model.get_weights()
                model.set_weights(first)
                model.make_train_function()
                model.make_test_function()
                self._racers.append(_Racer(index, racer, model))
            for racer in self._racers:
                racer.record(0.0)
        return self._racers

    def initial_weights(self) -> list[list[np.ndarray]]:
        """Every racer's weights before training (all equal: the same start)."""
        return [racer.model.get_weights() for racer in self._build()]

    def trajectories(self) -> list[WeightTrajectory]:
        """Each racer's weights at its start and after every epoch (the landscape's paths)."""
        return [racer.trajectory for racer in self._build()]

    # --- training ---------------------------------------------------------------------------

    def run(self, control: TrainingControl | None = None, report: Report | None = None, *,
            snapshot_interval: float = 0.05,
            on_epoch_end: Callable[[int, list[dict[str, float]]], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> CompareSnapshot:
        """Train every racer up to ``spec.epochs``; returns the final snapshot (with each
        racer's test evaluation). ``on_epoch_end(epoch, logs)`` gets one dict per racer ({} for
        a racer that is out)."""
        if not self._running.acquire(blocking=False):
            raise RuntimeError("this comparison is already training")
        # Each racer's step is traced for a full and a short last batch: with four models these
        # expected traces trip TensorFlow's "frequent retracing" warning, which is muted here.
        tf_logger = logging.getLogger("tensorflow")
        level = tf_logger.level
        tf_logger.setLevel(logging.ERROR)
        try:
            return _Run(self, control or TrainingControl(), report, snapshot_interval,
                        on_epoch_end, cancelled).run()
        finally:
            tf_logger.setLevel(level)
            self._running.release()

    def snapshot(self, state: RunState = "ready", batch: int = 0,
                 message: str = "") -> CompareSnapshot:
        """Every racer now: weights copied, decision maps from the numpy forward pass."""
        racers, extent = [], None
        for racer in self._build():
            weights = racer.last_good if racer.status == "diverged" else pair_weights(
                racer.read())
            extent, grid = self.views.grid(weights)
            racers.append(RacerSnapshot(
                racer.index, racer.spec.optimizer, racer.label, racer.status, racer.epoch,
                racer.arrays.views(racer.history), weights, grid, racer.seconds,
                racer.message, racer.template, dict(racer.values), dict(racer.test)))
        return CompareSnapshot(state, self.epoch, batch, self.batches_per_epoch,
                               self.spec.epochs, tuple(racers), extent, message)

    def evaluate(self) -> None:
        """Each racer's test loss and metrics, kept for its snapshot."""
        data, size = self.dataset, self.spec.batch_size
        x = np.asarray(data.x_test, dtype=np.float32)
        y = nn_model.encode_targets(self.architecture, data.y_test)
        batches = _cut(x, y, size)
        for racer in self._build():
            racer.test = racer.evaluate(batches) if batches else {}

    def batches(self) -> tuple[Any, list[tuple[Any, Any]]]:
        """The training batches (endless, the solo run's seeded order from this epoch) and the
        validation batches."""
        n_fit, size = self.n_fit, self.spec.batch_size
        if n_fit < 1 or (self.spec.validation_split and n_fit >= len(self._x)):
            raise ValueError(f"validation_split {self.spec.validation_split:g} leaves no "
                             f"{'training' if n_fit < 1 else 'validation'} samples")
        nn_model.import_keras().utils.set_random_seed(self.spec.seed)  # the shuffle's seeds
        train = iter(nn_model.make_dataset(self._x[:n_fit], self._y[:n_fit], size,
                                           shuffle_seed=self.spec.seed + self.epoch))
        validation: list[tuple[Any, Any]] = []
        if n_fit < len(self._x):
            validation = _cut(self._x[n_fit:], self._y[n_fit:], size)
        return train, validation


def _cut(x: np.ndarray, y: np.ndarray, size: int) -> list[tuple[Any, Any]]:
    """The batches ``fit`` validates on: unshuffled, in order, the last one shorter."""
    pipeline = nn_model.make_dataset(x, y, size, shuffle_seed=None)
    return list(pipeline.take(math.ceil(len(x) / size)))


class _Run:
    """One :meth:`Comparison.run`: the round-robin loop, control and throttled reports."""

    def __init__(self, comparison: Comparison, control: TrainingControl, report: Report | None,
                 interval: float, on_epoch_end: Callable[[int, list[dict[str, float]]], None]
                 | None, cancelled: Callable[[], bool] | None) -> None:
        self.comparison, self.control, self.report = comparison, control, report
        self.interval, self.on_epoch_end, self.cancelled = interval, on_epoch_end, cancelled
        self.batch = 0
        self.last_emit = -math.inf

    def stop_requested(self) -> bool:
        return self.control.stopped or bool(self.cancelled and self.cancelled())

    def run(self) -> CompareSnapshot:
        c = self.comparison
        racers = c._build()
        epochs, steps = c.spec.epochs, c.batches_per_epoch
        train, validation = c.batches()
        if self.control.paused and c.epoch < epochs:
            self.wait_while_paused()
        while c.epoch < epochs and not self.stop_requested() and self.live(racers):
            for racer in self.live(racers):
                racer.model.reset_metrics()
                racer.status, racer.batch = "running", 0
            for self.batch in range(1, steps + 1):
                batch = next(train)
                for racer in self.live(racers):
                    racer.train(batch, c.epoch)
                if not self.live(racers) or not self.attend(batch=True,
                                                            may_wait=self.batch < steps):
                    break
            else:
                logs = [r.end_epoch(validation) if r.active else {} for r in racers]
                c.epoch += 1
                self.batch = 0
                if self.on_epoch_end is not None:
                    self.on_epoch_end(c.epoch, logs)
                self.attend(batch=False, may_wait=c.epoch < epochs)
                continue
            break
        state: RunState = "finished" if c.epoch >= epochs else "stopped"
        for racer in racers:
            racer.settle(state, racer.epoch)
        if not self.live(racers) and state == "stopped":
            state = "finished"  # every racer diverged: nothing is left to continue
        c.evaluate()
        snapshot = c.snapshot(state, self.batch)
        if self.report is not None:
            self.report(Progress(snapshot.fraction, state, partial=snapshot))
        return snapshot

    @staticmethod
    def live(racers: list[_Racer]) -> list[_Racer]:
        return [racer for racer in racers if racer.active]

    def attend(self, *, batch: bool, may_wait: bool) -> bool:
        """Between rounds: spend step budgets, pause, and say whether to go on."""
        control = self.control
        if control.needs_attention() or (self.cancelled and self.cancelled()):
            control.count(batch=batch)
            control.take_learning_rate()  # each racer keeps its own learning rate
            if self.stop_requested():
                return False
            if control.paused and may_wait:
                self.wait_while_paused()
                return not self.stop_requested()
        if time.monotonic() - self.last_emit >= self.interval:
            self.emit("running")
        return True

    def wait_while_paused(self) -> None:
        self.emit("paused")
        while self.control.paused and not self.stop_requested():
            self.control.take_learning_rate()
            self.control.wait(WAIT_POLL)

    def emit(self, state: RunState) -> None:
        self.last_emit = time.monotonic()
        if self.report is None:
            return
        snapshot = self.comparison.snapshot(state, self.batch)
        self.report(Progress(snapshot.fraction, state, partial=snapshot))
