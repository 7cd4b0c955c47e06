"""A comparison as a scene stores it: each racer's weights at every recorded epoch, its history
and what the results table shows, so a scene opened later (or ``main.py export`` headless)
replays the race without training again.

It extends the solo run's :mod:`~explorer.core.nn.run_record` rather than wrapping a
:class:`RunRecord` per racer: the racers share one list of epochs (the comparison's), and a
racer that diverged keeps a shorter history than the others, which a solo record refuses. The
thinning, the rounding and the checks of weights and histories are the solo record's functions,
and the budget is the same: ``MAX_VALUES`` weights for all racers and epochs together. The
decision maps are computed again from the weights (numpy forward pass, as the live race does).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.data import Dataset
from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.nn.compare.engine import RACER_FINISHED, RACER_STOPPED
from explorer.core.nn.compare.lineup import RacerSpec
from explorer.core.nn.compare.results import (
    RACER_GRID,
    CompareSnapshot,
    RacerSnapshot,
    RacerStatus,
    RunState,
)
from explorer.core.nn.forward import DenseWeights
from explorer.core.nn.history import DIVERGED
from explorer.core.nn.run_record import (
    parse_epochs,
    parse_extent,
    parse_history,
    parse_weights,
    thinned,
    weight_count,
    weights_to_list,
)
from explorer.core.nn.snapshot import Views
from explorer.core.nn.spec import Architecture, ModelSpec
from explorer.core.scene import MUST_BE_OBJECT, Where, problem_at

__all__ = ["CompareRecord", "RacerRecord"]

ENDED: tuple[RunState, ...] = ("finished", "stopped")
STATUSES: tuple[RacerStatus, ...] = ("ready", "running", "finished", "stopped", "diverged")
TEMPLATES = ("", RACER_FINISHED, RACER_STOPPED, DIVERGED)  # what a racer's message can say
RACER_KEYS = {"index", "optimizer", "label", "status", "seconds", "weights", "history",
              "message_template", "message_values", "test"}
Extent = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class RacerRecord:
    """One racer of a stored comparison: its weights and seconds at each of the comparison's
    recorded epochs, its whole history, and how it ended (status, message, test values)."""

    index: int
    optimizer: str
    label: str
    status: RacerStatus
    weights: tuple[tuple[DenseWeights, ...], ...]
    seconds: tuple[float, ...]
    history: Mapping[str, tuple[float, ...]]
    message_template: str = ""
    message_values: Mapping[str, str] = field(default_factory=dict)
    test: Mapping[str, float] = field(default_factory=dict)

    @property
    def trained(self) -> int:
        """The epochs it completed (fewer than the others' if it diverged)."""
        return len(self.history.get("loss", ()))

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "optimizer": self.optimizer, "label": self.label,
                "status": self.status, "seconds": list(self.seconds),
                "weights": [weights_to_list(layers) for layers in self.weights],
                "history": {key: list(values) for key, values in self.history.items()},
                "message_template": self.message_template,
                "message_values": dict(self.message_values), "test": dict(self.test)}

    @classmethod
    def from_dict(cls, data: Any, architecture: Architecture, racer: RacerSpec, index: int,
                  epochs: Sequence[int], where: Where) -> RacerRecord:
        """Validate one stored racer against its line-up place and the model; SceneError."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        try:
            weights = parse_weights(data["weights"], architecture)
            history = parse_history(data["history"])
            seconds = tuple(float(s) for s in data.get("seconds", [0.0] * len(epochs)))
            test = {str(k): float(v) for k, v in data.get("test", {}).items()}
            values = {str(k): str(v) for k, v in data.get("message_values", {}).items()}
            template = data.get("message_template", "")
            message = template.format(**values) if template in TEMPLATES else None
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            raise problem_at(where, WRONG_COMPARE_RUN) from None
        lengths = {len(v) for v in history.values()}
        trained = len(history.get("loss", ()))
        if (set(data) - RACER_KEYS or message is None or data.get("index") != index
                or data.get("optimizer") != racer.optimizer or data.get("label") != racer.label
                or data.get("status") not in STATUSES or len(weights) != len(epochs)
                or len(seconds) != len(epochs) or lengths - {trained} or trained > epochs[-1]
                or (trained < epochs[-1] and data["status"] != "diverged")
                or not all(math.isfinite(s) and s >= 0 for s in seconds)):
            raise problem_at(where, WRONG_COMPARE_RUN)
        return cls(index, racer.optimizer, racer.label, data["status"], weights, seconds,
                   history, template, values, test)


@dataclass(frozen=True)
class CompareRecord:
    """The epochs a comparison recorded (the same for every racer), each racer's record, how
    the run ended and the extent of its decision maps."""

    epochs: tuple[int, ...]
    racers: tuple[RacerRecord, ...]
    state: RunState = "finished"
    grid_extent: Extent | None = None

    @classmethod
    def from_snapshots(cls, snapshots: Sequence[CompareSnapshot]) -> CompareRecord:
        """The record of a comparison's snapshots (one an epoch, then its end), thinned so
        that all racers' weights together stay within ``MAX_VALUES``."""
        last = snapshots[-1]
        size = sum(weight_count(racer.weights) for racer in last.racers)
        chosen = thinned(snapshots, size)
        racers = tuple(RacerRecord(
            racer.index, racer.optimizer, racer.label, racer.status,
            tuple(s.racers[i].weights for s in chosen),
            tuple(float(s.racers[i].seconds) for s in chosen),
            {key: tuple(float(v) for v in values) for key, values in racer.history.items()},
            racer.message_template, dict(racer.message_values),
            {key: float(v) for key, v in racer.test.items()})
            for i, racer in enumerate(last.racers))
        extent = None if last.grid_extent is None else tuple(
            (float(lo), float(hi)) for lo, hi in last.grid_extent)
        # a run saved while it was still alive comes back as a stopped one (never resumed)
        state = last.state if last.state in ENDED else "stopped"
        return cls(tuple(s.epoch for s in chosen), racers, state, extent)

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "epochs": list(self.epochs),
                "grid_extent": None if self.grid_extent is None else
                [list(pair) for pair in self.grid_extent],
                "racers": [racer.to_dict() for racer in self.racers]}

    @classmethod
    def from_dict(cls, data: Any, architecture: Architecture, racers: Sequence[RacerSpec],
                  where: Where) -> CompareRecord:
        """Validate a stored comparison against the model and the line-up it raced (one
        stored racer per line-up racer, in order); SceneError naming the problem if not."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        stored = data.get("racers")
        if not isinstance(stored, list):
            raise problem_at(where, WRONG_COMPARE_RUN)
        if len(stored) != len(racers):
            raise problem_at(where, WRONG_RACER_COUNT, count=len(stored), expected=len(racers))
        state = data.get("state", "finished")
        try:
            epochs = parse_epochs(data.get("epochs"))
            extent = parse_extent(data.get("grid_extent"))
        except (TypeError, ValueError):
            raise problem_at(where, WRONG_COMPARE_RUN) from None
        if state not in ENDED or set(data) - {"state", "epochs", "grid_extent", "racers"}:
            raise problem_at(where, WRONG_COMPARE_RUN)
        records = tuple(RacerRecord.from_dict(
            item, architecture, racer, i, epochs,
            MarkedText("Scenes", tr_noop("Scenes", "{where}, racer {number}"), where=where,
                       number=i + 1))
            for i, (item, racer) in enumerate(zip(stored, racers, strict=True)))
        return cls(epochs, records, state, extent)

    def snapshots(self, spec: ModelSpec, architecture: Architecture,
                  dataset: Dataset) -> list[CompareSnapshot]:
        """The comparison's snapshots again: maps from the weights, numbers from the
        histories; the last one says how the run and each racer ended."""
        views = Views(architecture, dataset, RACER_GRID, 8)
        if self.grid_extent is not None:
            views.set_grid_extent(self.grid_extent)
        result = []
        for at, epoch in enumerate(self.epochs):
            last = at == len(self.epochs) - 1
            racers, extent = [], None
            for racer in self.racers:
                extent, grid = views.grid(racer.weights[at])
                done = min(epoch, racer.trained)
                status = racer.status if last else (
                    "diverged" if racer.status == "diverged" and epoch > done else "running")
                message = racer.message_template.format(**racer.message_values) \
                    if last and racer.message_template else ""
                racers.append(RacerSnapshot(
                    racer.index, racer.optimizer, racer.label, status, done,
                    {k: _frozen(v[:done]) for k, v in racer.history.items()},
                    racer.weights[at], grid, racer.seconds[at], message,
                    racer.message_template if last else "",
                    dict(racer.message_values) if last else {},
                    dict(racer.test) if last else {}))
            result.append(CompareSnapshot(self.state if last else "running", epoch, 0, 1,
                                          spec.epochs, tuple(racers), extent))
        return result


def _frozen(values: Sequence[float]) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    array.flags.writeable = False
    return array


WRONG_COMPARE_RUN = tr_noop("Scenes", "the stored comparison does not fit the model and the "
                                      "line-up (its epochs, weights or histories are missing "
                                      "or have the wrong shape)")
WRONG_RACER_COUNT = tr_noop("Scenes", "the stored comparison has {count} racers but the "
                                      "line-up has {expected}")
