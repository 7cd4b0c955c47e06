"""A loss as a function of the prediction: the predictions along one axis (a value, a class
probability or logit, a one-hot row) that the Gallery plots every fitting loss against."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.functions.batch import MAX_WIDTH
from explorer.core.i18n import tr_noop

Array = np.ndarray

TARGETS = {"value": tr_noop("Losses", "a value (regression)"),
           "class": tr_noop("Losses", "a class 0/1 (binary)"),
           "onehot": tr_noop("Losses", "a one-hot vector (multi-class)")}


@dataclass(frozen=True)
class Sweep:
    """A batch of predictions along one axis: x, the pair to feed a loss, the column to read."""

    x: Array
    y_true: Array
    y_pred: Array
    column: int
    axis_label: str
    losses: tuple[str, ...]
    axis_template: str = ""  # axis_label before its {label} was filled in, for translating

    @property
    def axis_text(self) -> str:
        """The (marked) text to translate for the axis; format it with ``label=column``."""
        return self.axis_template or self.axis_label


def sweep(target: str, *, value: float = 0.0, label: int = 1, classes: int = 3,
          from_logits: bool = False, half_width: float = 3.0, points: int = 801) -> Sweep:
    """Predictions to plot every loss that fits ``target`` against.

    value: ŷ around the target; class: the probability p (or logit) of class 1; onehot: the
    probability of the true class ``label`` with the rest shared by the others (or its logit
    with the others 0). Probability axes reach exactly 0 and 1 and are dense near the ends, so
    the clipped, steep part of cross-entropy is drawn faithfully.
    """
    if target == "value":
        x = np.linspace(value - half_width, value + half_width, points)
        return Sweep(x, np.full((points, 1), value), x[:, None], 0,
                     tr_noop("Losses", "prediction ŷ"), ("mse", "rmse", "mae", "huber", "log_cosh"))
    if from_logits:
        x = np.linspace(-half_width, half_width, points)
    else:
        ends = np.geomspace(1e-9, 0.02, points // 4)
        x = np.unique(np.concatenate(([0.0], ends, np.linspace(0, 1, points), 1 - ends, [1.0])))
    if target == "class":
        names = ("binary_crossentropy", "hinge", "squared_hinge") if from_logits else \
            ("binary_crossentropy", "mse")
        axis = tr_noop("Losses", "logit z (score) of class 1") if from_logits else \
            tr_noop("Losses", "predicted probability p of class 1")
        return Sweep(x, np.full((len(x), 1), float(label)), x[:, None], 0, axis, names)
    if target == "onehot":
        if not 2 <= classes <= MAX_WIDTH or not 0 <= label < classes:
            raise ValueError(f"need 2–{MAX_WIDTH} classes and a label below {classes}")
        others = np.zeros((len(x), classes)) if from_logits else \
            np.repeat(((1 - x) / (classes - 1))[:, None], classes, axis=1)
        others[:, label] = x
        hot = np.zeros((len(x), classes))
        hot[:, label] = 1.0
        axis = tr_noop("Losses", "logit z of the true class {label}") if from_logits else \
            tr_noop("Losses", "predicted probability of the true class {label}")
        return Sweep(x, hot, others, label, axis.format(label=label), ("categorical_crossentropy",),
                     axis)
    raise ValueError(f"unknown target {target!r}; choose one of {', '.join(TARGETS)}")
