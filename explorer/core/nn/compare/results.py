"""What a comparison reports: snapshots of every racer (copied, read-only) and the rows of the
results table. Plain data, no TensorFlow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from explorer.core.nn.compare.lineup import Goal
from explorer.core.nn.forward import DenseWeights

__all__ = ["RACER_GRID", "CompareSnapshot", "RacerResult", "RacerSnapshot", "RacerStatus",
           "RunState", "racer_result"]

RACER_GRID = 48  # a racer's decision map: grid points a side (small: up to four are drawn)

RacerStatus = Literal["ready", "running", "finished", "stopped", "diverged"]
RunState = Literal["ready", "running", "paused", "finished", "stopped"]


@dataclass(frozen=True)
class RacerSnapshot:
    """One racer as the GUI draws it: copied weights, read-only history, its own status."""

    index: int
    optimizer: str
    label: str
    status: RacerStatus
    epoch: int  # its completed epochs
    history: Mapping[str, np.ndarray]
    weights: tuple[DenseWeights, ...]
    grid: np.ndarray | None
    seconds: float
    message: str = ""
    message_template: str = ""
    message_values: Mapping[str, str] = field(default_factory=dict)
    test: Mapping[str, float] = field(default_factory=dict)  # after a run: model.evaluate


@dataclass(frozen=True)
class CompareSnapshot:
    """All racers at one moment, plus where the comparison stands."""

    state: RunState
    epoch: int
    batch: int
    batches_per_epoch: int
    epochs: int
    racers: tuple[RacerSnapshot, ...]
    grid_extent: tuple[tuple[float, float], tuple[float, float]] | None = None
    message: str = ""

    @property
    def fraction(self) -> float:
        done = self.epoch + self.batch / max(self.batches_per_epoch, 1)
        return min(1.0, done / max(self.epochs, 1))


@dataclass(frozen=True)
class RacerResult:
    """A row of the results table: final values, wall time, the epoch reaching the goal."""

    label: str
    status: RacerStatus
    epochs: int
    train: Mapping[str, float]
    val: Mapping[str, float]
    test: Mapping[str, float]
    seconds: float
    reached: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "status": self.status, "epochs": self.epochs,
                "train": dict(self.train), "val": dict(self.val), "test": dict(self.test),
                "seconds": round(self.seconds, 3), "reached": self.reached}


def racer_result(racer: RacerSnapshot, goal: Goal) -> RacerResult:
    """The table row of one racer (its last epoch's train and validation values)."""
    last = {k: float(v[-1]) for k, v in racer.history.items() if len(v)}
    return RacerResult(
        racer.label, racer.status, racer.epoch,
        {k: v for k, v in last.items() if not k.startswith("val_")},
        {k.removeprefix("val_"): v for k, v in last.items() if k.startswith("val_")},
        dict(racer.test), racer.seconds, goal.first_epoch(racer.history))
