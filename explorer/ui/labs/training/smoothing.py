"""TensorBoard-style smoothing of the curves, whose reach grows with the run.

Kept apart from the plots (numpy only) so the averaging can be read and tested on its own:
:class:`Smoother` continues the average over the epochs a frame adds instead of starting again.
"""

from __future__ import annotations

import math

import numpy as np

SMOOTHING_REACH = 0.1  # the average reaches back at most a tenth of the epochs so far


def point_weight(weight: float, count: int) -> float:
    """The smoothing weight at the ``count``-th point: the slider's ``weight``, but never an
    average reaching back (1 / (1 − w) points) over more than a tenth of the points so far."""
    return min(weight, max(0.0, 1.0 - 1.0 / (SMOOTHING_REACH * count)))


def smooth(values: np.ndarray, weight: float) -> np.ndarray:
    """TensorBoard-style smoothing, an exponential moving average that starts at the first
    value (no pull towards zero, so no 1 − wᵗ correction is needed) and whose weight grows
    with the run (:func:`point_weight`). TensorBoard's fixed 0.6 made Boston's third epoch
    read ≈250 against a raw ≈100 ((0.36·600 + 0.6·300 + 100) / 1.96, even debiased): here
    the first ten points are the raw values. ``weight`` 0 returns the values; non-finite
    values pass through without poisoning the average."""
    values = np.asarray(values, dtype=np.float64)
    if weight <= 0 or values.size == 0:
        return values
    return _continue_average(values, weight, 0.0, 0)


def _continue_average(values: np.ndarray, weight: float, last: float, count: int) -> np.ndarray:
    """The moving average over ``values``, starting from ``last`` after ``count`` finite
    points."""
    out = np.empty(len(values))
    for i, v in enumerate(values):
        if not math.isfinite(v):
            out[i] = v
            continue
        count += 1
        w = point_weight(weight, count)
        last = last * w + (1 - w) * v
        out[i] = last
    return out


class Smoother:
    """:func:`smooth` for a series that only grows (the history): the new values continue the
    average where the last call left it, so each frame costs only the epochs added since."""

    def __init__(self) -> None:
        self.weight = -1.0
        self.values = np.empty(0)
        self.out = np.empty(0)

    def smooth(self, values: np.ndarray, weight: float) -> np.ndarray:
        n = len(self.values)
        if weight != self.weight or len(values) < n or not np.array_equal(values[:n],
                                                                            self.values):
            self.weight, self.values, self.out = weight, values, smooth(values, weight)
            return self.out
        if len(values) > n:
            tail = smooth_from(values[n:], weight, self.values, self.out)
            self.values, self.out = values, np.concatenate([self.out, tail])
        return self.out


def smooth_from(new: np.ndarray, weight: float, old: np.ndarray, old_out: np.ndarray
                ) -> np.ndarray:
    """Continue :func:`smooth` over ``new`` after ``old`` (whose result was ``old_out``)."""
    if weight <= 0:
        return np.asarray(new, dtype=np.float64)
    finite = np.isfinite(old)
    count = int(finite.sum())
    last = float(old_out[finite][-1]) if count else 0.0
    return _continue_average(np.asarray(new, dtype=np.float64), weight, last, count)
