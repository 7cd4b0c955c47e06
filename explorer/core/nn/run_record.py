"""A training run as a scene stores it: the weights at each recorded epoch and the history, so
a scene opened later (or ``main.py export`` headless) replays the run without training again.

Only weights and numbers are stored; every picture (decision grid, neuron maps, predicted vs
target, confusion) is computed again from the weights with the numpy forward pass of
:class:`~explorer.core.nn.snapshot.Views`. A scene must stay small (10 MB): a run keeps at most
``MAX_VALUES`` weights in all, so a large model keeps fewer, evenly spread epochs (always the
first and the last).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.core.data import Dataset
from explorer.core.i18n import tr_noop
from explorer.core.nn.forward import DenseWeights
from explorer.core.nn.snapshot import TrainingSnapshot, Views, pair_weights
from explorer.core.nn.spec import Architecture, ModelSpec
from explorer.core.scene import MUST_BE_OBJECT, problem_at

MAX_VALUES = 100_000  # weights of all stored epochs together: ~1.3 MB of JSON
DIGITS = 7  # significant digits of a stored weight: float32's precision
ENDED = ("finished", "stopped", "paused", "diverged")


@dataclass(frozen=True)
class RunRecord:
    """The epochs a run recorded, each with the model's weights then, and the run's history
    (per epoch, as Keras reports it) up to the last of them."""

    epochs: tuple[int, ...]
    weights: tuple[tuple[DenseWeights, ...], ...]
    history: Mapping[str, tuple[float, ...]]
    state: str = "finished"
    grid_extent: tuple[tuple[float, float], tuple[float, float]] | None = None  # as drawn

    @classmethod
    def from_snapshots(cls, snapshots: Sequence[TrainingSnapshot]) -> RunRecord:
        """The record of a run's snapshots (one an epoch), thinned to ``MAX_VALUES``."""
        last = snapshots[-1]
        size = sum(k.size + b.size for k, b in last.weights)
        keep = max(2, MAX_VALUES // max(size, 1))
        chosen = list(snapshots)
        if len(chosen) > keep:
            picks = np.unique(np.linspace(0, len(chosen) - 1, keep).round().astype(int))
            chosen = [chosen[i] for i in picks]
        history = {key: tuple(float(v) for v in values) for key, values in last.history.items()}
        extent = None if last.grid_extent is None else tuple(
            (float(lo), float(hi)) for lo, hi in last.grid_extent)
        return cls(tuple(s.epoch for s in chosen), tuple(s.weights for s in chosen), history,
                   last.state if last.state in ENDED else "paused", extent)

    def to_dict(self) -> dict[str, Any]:
        def rounded(array: np.ndarray) -> list:
            return np.vectorize(lambda v: float(f"{v:.{DIGITS}g}"), otypes=[float])(
                array).tolist()

        return {"state": self.state, "epochs": list(self.epochs),
                "grid_extent": None if self.grid_extent is None else
                [list(pair) for pair in self.grid_extent],
                "weights": [[[rounded(k), rounded(b)] for k, b in layers]
                            for layers in self.weights],
                "history": {key: list(values) for key, values in self.history.items()}}

    @classmethod
    def from_dict(cls, data: Any, architecture: Architecture, where: Any) -> RunRecord:
        """Validate a stored run against the model it was trained with; SceneError if not."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        epochs, weights, history = data.get("epochs"), data.get("weights"), data.get("history")
        state = data.get("state", "finished")
        extent = data.get("grid_extent")
        shapes = [((layer.inputs, layer.units), (layer.units,))
                  for layer in architecture.dense_layers]
        try:
            epochs = tuple(int(e) for e in epochs)
            parsed = tuple(pair_weights([np.asarray(a, dtype=np.float32)
                                         for layer in layers for a in layer])
                           for layers in weights)
            history = {str(k): tuple(float(v) for v in vs) for k, vs in history.items()}
            if extent is not None:
                (x0, x1), (y0, y1) = extent
                extent = ((float(x0), float(x1)), (float(y0), float(y1)))
        except (TypeError, ValueError, AttributeError):
            raise problem_at(where, WRONG_RUN) from None
        if (not epochs or len(epochs) != len(parsed) or list(epochs) != sorted(set(epochs))
                or state not in ENDED
                or any([(k.shape, b.shape) for k, b in layers] != shapes for layers in parsed)
                or any(len(values) < epochs[-1] for values in history.values())
                or not all(np.isfinite(a).all() for layers in parsed for pair in layers
                           for a in pair)):
            raise problem_at(where, WRONG_RUN)
        return cls(epochs, parsed, history, state, extent)

    def snapshots(self, spec: ModelSpec, architecture: Architecture,
                  dataset: Dataset) -> list[TrainingSnapshot]:
        """The run's snapshots again: pictures from the weights, numbers from the history."""
        views = Views(architecture, dataset)
        if self.grid_extent is not None:
            views.set_grid_extent(self.grid_extent)
        result = []
        for index, (epoch, weights) in enumerate(zip(self.epochs, self.weights, strict=True)):
            last = index == len(self.epochs) - 1
            predicted = target = confusion = None
            if views.classification:
                confusion = views.confusion(weights)
            else:
                predicted, target = views.regression(weights)
            extent, grid = views.grid(weights)
            result.append(TrainingSnapshot(
                state=self.state if last else "running", epoch=epoch, batch=0,
                batches_per_epoch=1, epochs=spec.epochs, learning_rate=spec.learning_rate,
                history={k: np.asarray(v[:epoch], dtype=np.float64)
                         for k, v in self.history.items()},
                batch_position=np.zeros(0), batch_history={}, samples_per_second=0.0,
                eta_seconds=None, weights=weights, grid_extent=extent, grid=grid,
                hidden_maps=views.hidden_maps(weights), predicted=predicted, target=target,
                confusion=confusion[0] if confusion else None,
                misclassified=confusion[1] if confusion else None,
                test_loss=confusion[2] if confusion else None,
                confusion_epoch=epoch if confusion else None))
        return result


WRONG_RUN = tr_noop("Scenes", "the stored run does not fit the model (its epochs, weights or "
                              "history are missing or have the wrong shape)")
