"""The :class:`Dataset` every loader returns (train and test splits as float32 arrays, the task,
the names the views need), how loaders assemble one, and its standardisation. The Keras side
(``explorer.core.nn``) consumes only this type."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from explorer.core.data.task import Task


@dataclass(frozen=True)
class Dataset:
    """A split data set. Labels are integer class indices (0..n_classes-1) for classification
    (stored as float32 for uniformity; one-hot encoding is the model's job) and real values for
    regression, shape (n,) for one target."""

    name: str
    title: str
    task: Task
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    feature_names: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()
    image_shape: tuple[int, int] | None = None  # e.g. (8, 8) for digits
    standardization: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    @property
    def n_features(self) -> int:
        return int(self.x_train.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes (0 for regression)."""
        return len(self.class_names) if self.task != "regression" else 0

    @property
    def is_2d(self) -> bool:
        """Two input features: the lab can draw a decision boundary over the plane."""
        return self.n_features == 2

    @property
    def n_train(self) -> int:
        return int(self.x_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.x_test.shape[0])

    def transform(self, x: ArrayLike) -> NDArray[np.float32]:
        """Raw feature rows (e.g. a heatmap grid in the plot's coordinates) as the model sees
        them: standardised with the training statistics when this data set is standardised."""
        arr = np.asarray(x, dtype=np.float32)
        if self.standardization is not None:
            mean, std = self.standardization
            arr = (arr - mean) / std
        return np.ascontiguousarray(arr, dtype=np.float32)


def f32(a: ArrayLike) -> NDArray[np.float32]:
    """``a`` as float32, C-contiguous (what a Dataset holds)."""
    return np.ascontiguousarray(a, dtype=np.float32)


def make_dataset(name: str, title: str, task: Task, x: NDArray, y: NDArray,
                 train: NDArray[np.intp], test: NDArray[np.intp], *,
                 feature_names: tuple[str, ...], class_names: tuple[str, ...] = (),
                 image_shape: tuple[int, int] | None = None) -> Dataset:
    """Assemble a Dataset from index arrays, as float32 C-contiguous copies."""
    return Dataset(name, title, task, f32(x[train]), f32(y[train]), f32(x[test]),
                   f32(y[test]), feature_names, class_names, image_shape)


def standardize(dataset: Dataset) -> Dataset:
    """Z-score every feature with the TRAINING split's mean and std (so nothing about the test
    data leaks into training), applied to both splits; a constant feature keeps std 1. The
    statistics are kept in ``standardization`` for :meth:`Dataset.transform`. A data set that
    is already standardised is returned as it is."""
    if dataset.standardization is not None:
        return dataset
    x = dataset.x_train.astype(np.float64)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std = np.where((std == 0) | (std <= 1e-7 * np.abs(mean)), 1.0, std)  # constant: rounding
    mean32, std32 = f32(mean), f32(std)
    return dataclasses.replace(
        dataset, x_train=f32((x - mean) / std), x_test=f32((dataset.x_test - mean) / std),
        standardization=(mean32, std32))
