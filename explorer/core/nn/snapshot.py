"""What the live Training Lab draws, as one immutable snapshot of copied numpy arrays.

The training thread builds a :class:`TrainingSnapshot` at most ~20 times a second (and at every
pause, stop and end) and hands it to ``report``; the GUI thread draws the latest one. Nothing in
a snapshot is shared with the training thread's working state, and its arrays are read-only.
:class:`Views` computes the pictures (decision grid, hidden-neuron maps, predicted vs target,
confusion matrix) from the copied weights with the numpy forward pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from explorer.core.data import Dataset
from explorer.core.functions import LOSSES
from explorer.core.nn.forward import DenseWeights, data_extent, forward, grid_points
from explorer.core.nn.model import encode_targets
from explorer.core.nn.spec import Architecture

State = Literal["ready", "running", "paused", "finished", "stopped", "diverged"]
Extent = tuple[tuple[float, float], tuple[float, float]]
GRID_SIZE = 80
MAP_SIZE = 32
MAX_SCATTER = 2000  # predicted-vs-target points per snapshot (the first ones of the test split)


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class TrainingSnapshot:
    """The state of a training at one moment. ``epoch`` counts completed epochs; ``batch`` the
    batches done in the epoch under way (0 at an epoch boundary)."""

    state: State
    epoch: int
    batch: int
    batches_per_epoch: int
    epochs: int
    learning_rate: float
    history: Mapping[str, np.ndarray]  # per epoch: loss, metrics, val_loss, val_metrics
    batch_position: np.ndarray  # x of the running curve: epoch + batch / batches_per_epoch
    batch_history: Mapping[str, np.ndarray]  # running mean within the current epoch, per batch
    samples_per_second: float
    eta_seconds: float | None
    weights: tuple[DenseWeights, ...]  # (kernel, bias) of every Dense layer, input to output
    message: str = ""
    grid_extent: Extent | None = None  # ((xmin, xmax), (ymin, ymax)) of grid and maps
    grid: np.ndarray | None = None  # (80, 80) output for binary, (80, 80, k) probabilities
    hidden_maps: np.ndarray | None = None  # (units, 32, 32) first hidden layer's activations
    predicted: np.ndarray | None = None  # regression: model output on the test split
    target: np.ndarray | None = None  # regression: the test targets (same order)
    confusion: np.ndarray | None = None  # classification: (k, k) counts, rows = true class
    misclassified: np.ndarray | None = None  # indices into x_test
    confusion_epoch: int | None = None  # completed epochs when the confusion was computed
    test_loss: float | None = None  # classification: the loss on the test split, same epoch
    warning: str = ""  # e.g. the loss is exploding (history.loss_explosion); the run goes on

    @property
    def fraction(self) -> float:
        """Progress 0–1 over all planned epochs."""
        total = self.epochs * max(self.batches_per_epoch, 1)
        done = self.epoch * max(self.batches_per_epoch, 1) + self.batch
        return min(1.0, done / total) if total else 1.0

    @property
    def test_accuracy(self) -> float | None:
        if self.confusion is None or self.confusion.sum() == 0:
            return None
        return float(np.trace(self.confusion) / self.confusion.sum())


class Views:
    """Pictures of the model computed from copied weights (numpy, no TensorFlow)."""

    def __init__(self, architecture: Architecture, dataset: Dataset,
                 grid_size: int = GRID_SIZE, map_size: int = MAP_SIZE) -> None:
        self.architecture = architecture
        self.activations = tuple(layer.activation for layer in architecture.dense_layers)
        self.grid_size, self.map_size = grid_size, map_size
        self.classification = architecture.task != "regression"
        self.extent: Extent | None = None
        self._grid_box: tuple[Extent, np.ndarray] | None = None
        if dataset.is_2d:
            self.extent = data_extent(dataset.x_train, dataset.x_test)
            self._grid_box = (self.extent, grid_points(self.extent, grid_size))
            self._map_points = grid_points(self.extent, map_size)
        self._x_test = np.asarray(dataset.x_test, dtype=np.float32)
        y_test = np.asarray(dataset.y_test)
        if self.classification:
            self._labels = y_test.astype(np.int64).reshape(-1)
            self._targets = encode_targets(architecture, y_test)
            self.n_classes = max(architecture.n_classes, 2)
        else:
            self._scatter_x = self._x_test[:MAX_SCATTER]
            self._target = _frozen(y_test[:MAX_SCATTER].astype(np.float32).reshape(-1).copy())

    def set_grid_extent(self, extent: Extent) -> None:
        """Evaluate the output grid over ``extent`` (model inputs) from the next snapshot on:
        the lab passes its plot's visible range, so the heatmap fills the axes (the data's box
        alone left bands empty beside it). Safe from another thread: one assignment, which
        :meth:`grid` reads once."""
        if self.extent is not None:
            (x0, x1), (y0, y1) = extent
            box = ((float(x0), float(x1)), (float(y0), float(y1)))
            self._grid_box = (box, grid_points(box, self.grid_size))

    def grid(self, weights: tuple[DenseWeights, ...]) -> tuple[Extent | None, np.ndarray | None]:
        """(extent, output over it): P(class 1) (or the raw output a 1-unit model thresholds
        at 0.5) as (g, g); class probabilities (g, g, k) for more than two classes. The
        extent is the data's box unless :meth:`set_grid_extent` chose another."""
        box = self._grid_box
        if box is None:
            return None, None
        extent, points = box
        out = forward(weights, self.activations, points)
        g = self.grid_size
        if out.shape[1] == 1:
            image = out[:, 0].reshape(g, g)
        elif out.shape[1] == 2 and self.architecture.task == "binary":
            image = out[:, 1].reshape(g, g)
        else:
            image = out.reshape(g, g, out.shape[1])
        return extent, _frozen(np.ascontiguousarray(image, dtype=np.float32))

    def hidden_maps(self, weights: tuple[DenseWeights, ...]) -> np.ndarray | None:
        """What each neuron of the first hidden layer computes over the box: (units, m, m)."""
        if self.extent is None or len(weights) < 2:
            return None
        out = forward(weights, self.activations, self._map_points, layers=1)
        m = self.map_size
        return _frozen(np.ascontiguousarray(out.T.reshape(-1, m, m), dtype=np.float32))

    def regression(self, weights: tuple[DenseWeights, ...]) -> tuple[np.ndarray, np.ndarray]:
        """(predicted, target) on (at most the first 2,000 rows of) the test split."""
        out = forward(weights, self.activations, self._scatter_x)
        return _frozen(np.ascontiguousarray(out[:, 0])), self._target

    def confusion(self, weights: tuple[DenseWeights, ...]
                  ) -> tuple[np.ndarray, np.ndarray, float]:
        """(confusion matrix with rows = true class, indices of misclassified test samples,
        the test loss) from one forward pass over the test split."""
        out = forward(weights, self.activations, self._x_test)
        with np.errstate(all="ignore"):
            loss = float(np.mean(LOSSES[self.architecture.loss].value(self._targets, out)))
        predicted = (out[:, 0] > 0.5).astype(np.int64) if out.shape[1] == 1 \
            else np.argmax(out, axis=1)
        k = self.n_classes
        matrix = np.zeros((k, k), dtype=np.int64)
        valid = (self._labels >= 0) & (self._labels < k) & (predicted < k)
        np.add.at(matrix, (self._labels[valid], predicted[valid]), 1)
        wrong = np.flatnonzero(predicted != self._labels).astype(np.int64)
        return _frozen(matrix), _frozen(wrong), loss


def pair_weights(flat: list[np.ndarray]) -> tuple[DenseWeights, ...]:
    """``model.get_weights()`` (kernel, bias, kernel, bias, …) as read-only (kernel, bias) pairs."""
    arrays = [_frozen(np.asarray(a, dtype=np.float32)) for a in flat]
    return tuple((arrays[i], arrays[i + 1]) for i in range(0, len(arrays), 2))
