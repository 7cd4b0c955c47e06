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
from typing import Any, TypeVar

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
Item = TypeVar("Item")


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
        chosen = thinned(snapshots, weight_count(last.weights))
        history = {key: tuple(float(v) for v in values) for key, values in last.history.items()}
        extent = None if last.grid_extent is None else tuple(
            (float(lo), float(hi)) for lo, hi in last.grid_extent)
        return cls(tuple(s.epoch for s in chosen), tuple(s.weights for s in chosen), history,
                   last.state if last.state in ENDED else "paused", extent)

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "epochs": list(self.epochs),
                "grid_extent": None if self.grid_extent is None else
                [list(pair) for pair in self.grid_extent],
                "weights": [weights_to_list(layers) for layers in self.weights],
                "history": {key: list(values) for key, values in self.history.items()}}

    @classmethod
    def from_dict(cls, data: Any, architecture: Architecture, where: Any) -> RunRecord:
        """Validate a stored run against the model it was trained with; SceneError if not."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        state = data.get("state", "finished")
        try:
            epochs = parse_epochs(data.get("epochs"))
            parsed = parse_weights(data.get("weights"), architecture)
            history = parse_history(data.get("history"))
            extent = parse_extent(data.get("grid_extent"))
        except (TypeError, ValueError, AttributeError):
            raise problem_at(where, WRONG_RUN) from None
        if (len(epochs) != len(parsed) or state not in ENDED
                or any(len(values) < epochs[-1] for values in history.values())):
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


def weight_count(weights: Sequence[DenseWeights]) -> int:
    """How many numbers a model's weights hold (kernels and biases)."""
    return sum(k.size + b.size for k, b in weights)


def thinned(items: Sequence[Item], size: int) -> list[Item]:
    """``items`` (one an epoch, ``size`` weights each) evenly thinned so that they hold at most
    ``MAX_VALUES`` weights in all; the first and the last are always kept."""
    keep = max(2, MAX_VALUES // max(size, 1))
    chosen = list(items)
    if len(chosen) > keep:
        picks = np.unique(np.linspace(0, len(chosen) - 1, keep).round().astype(int))
        chosen = [chosen[i] for i in picks]
    return chosen


def weights_to_list(weights: Sequence[DenseWeights]) -> list:
    """A model's weights as JSON lists, each number to ``DIGITS`` significant digits."""
    def rounded(array: np.ndarray) -> list:
        return np.vectorize(lambda v: float(f"{v:.{DIGITS}g}"), otypes=[float])(array).tolist()

    return [[rounded(k), rounded(b)] for k, b in weights]


def parse_epochs(data: Any) -> tuple[int, ...]:
    """Stored epochs: integers, strictly increasing, at least one (ValueError if not)."""
    epochs = tuple(int(e) for e in data)
    if not epochs or list(epochs) != sorted(set(epochs)) or epochs[0] < 0:
        raise ValueError("epochs")
    return epochs


def parse_weights(data: Any, architecture: Architecture
                  ) -> tuple[tuple[DenseWeights, ...], ...]:
    """Stored weights (one model's per epoch): each epoch's shapes the architecture's, every
    number finite (ValueError or TypeError if not)."""
    shapes = [((layer.inputs, layer.units), (layer.units,))
              for layer in architecture.dense_layers]
    parsed = tuple(pair_weights([np.asarray(a, dtype=np.float32)
                                 for layer in layers for a in layer]) for layers in data)
    if (any([(k.shape, b.shape) for k, b in layers] != shapes for layers in parsed)
            or not all(np.isfinite(a).all() for layers in parsed for pair in layers
                       for a in pair)):
        raise ValueError("weights")
    return parsed


def parse_history(data: Any) -> dict[str, tuple[float, ...]]:
    """A stored history: names to numbers per epoch (TypeError or AttributeError if not)."""
    return {str(k): tuple(float(v) for v in vs) for k, vs in data.items()}


def parse_extent(data: Any) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """A stored grid extent ``[[x0, x1], [y0, y1]]``, or None."""
    if data is None:
        return None
    (x0, x1), (y0, y1) = data
    return (float(x0), float(x1)), (float(y0), float(y1))


WRONG_RUN = tr_noop("Scenes", "the stored run does not fit the model (its epochs, weights or "
                              "history are missing or have the wrong shape)")
