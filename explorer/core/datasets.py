"""Data sets the Training Lab trains on (numpy only).

Every loader returns a :class:`Dataset`: train and test splits as float32 arrays, the task, and
the names the views need. The Keras side (``explorer.core.nn``) consumes only this type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

Task = Literal["binary", "multiclass", "regression"]


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
