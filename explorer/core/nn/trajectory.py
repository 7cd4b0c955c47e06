"""The training path in weight space: weights recorded every k batches or epochs, bounded.

The live training (``explorer.core.nn.live``) records the model's weights into a
:class:`WeightTrajectory` every ``every`` batches (or epochs). The trajectory holds at most
``capacity`` points in one preallocated float32 array; when it is full it *thins* itself, keeping
every other point (the first always stays) and doubling its recording interval, so the points stay
evenly spaced over the whole training and the number of copies grows only logarithmically with
the length of the training. The loss landscape (``explorer.core.nn.landscape``) takes the points
for its PCA directions and draws the path projected onto its plane.

Numpy only. Recording happens on the training thread, reading on any thread: both take a lock,
and readers get copies.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from typing import Literal

import numpy as np

__all__ = ["MAX_BYTES", "MAX_POINTS", "UNITS", "Unit", "WeightTrajectory", "flatten", "unflatten"]

Unit = Literal["batch", "epoch"]
UNITS: tuple[Unit, ...] = ("batch", "epoch")
MAX_POINTS = 256
MAX_BYTES = 64 * 2**20  # the buffer never exceeds this, whatever the model's size
MIN_POINTS = 8


def flatten(weights: Sequence[np.ndarray], out: np.ndarray | None = None) -> np.ndarray:
    """All arrays (``model.get_weights()`` order) as one float32 vector (into ``out`` if given)."""
    sizes = [int(np.size(w)) for w in weights]
    vector = np.empty(sum(sizes), dtype=np.float32) if out is None else out
    at = 0
    for w, size in zip(weights, sizes, strict=True):
        vector[at:at + size] = np.ravel(w)
        at += size
    return vector


def unflatten(vector: np.ndarray, shapes: Sequence[tuple[int, ...]]) -> list[np.ndarray]:
    """The inverse of :func:`flatten`: views of ``vector`` shaped like the weights."""
    arrays, at = [], 0
    for shape in shapes:
        size = math.prod(shape)
        arrays.append(vector[at:at + size].reshape(shape))
        at += size
    if at != vector.size:
        raise ValueError(f"a vector of {vector.size} numbers does not fit shapes {list(shapes)}")
    return arrays


class WeightTrajectory:
    """Weights every ``every`` batches or epochs, at most ``capacity`` points, thinned when full.

    ``stride`` is the thinning factor so far: points are ``every × stride`` units apart.
    ``positions`` are in epochs (``epoch + batch / batches_per_epoch``).
    """

    def __init__(self, every: int = 1, unit: Unit = "epoch", *, max_points: int = MAX_POINTS,
                 max_bytes: int = MAX_BYTES) -> None:
        if isinstance(max_points, bool) or not isinstance(max_points, int) \
                or max_points < MIN_POINTS:
            raise ValueError(f"max_points must be an integer ≥ {MIN_POINTS}, not {max_points!r}")
        self.max_points, self.max_bytes = max_points, int(max_bytes)
        self._lock = threading.Lock()
        self.configure(every, unit)
        self.clear()

    def configure(self, every: int, unit: Unit) -> None:
        """A new interval; the points so far stay (the spacing restarts from here)."""
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise ValueError(f"record every must be a positive integer, not {every!r}")
        if unit not in UNITS:
            raise ValueError(f"record unit must be 'batch' or 'epoch', not {unit!r}")
        with self._lock:
            self.every, self.unit = every, unit
            self.stride = 1
            self._batches = 0

    def clear(self) -> None:
        """Forget every point (after a reset or a load: a new training starts)."""
        with self._lock:
            self._points: np.ndarray | None = None
            self._positions = np.empty(0)
            self.shapes: tuple[tuple[int, ...], ...] = ()
            self._n = 0
            self.stride = 1
            self._batches = 0

    # --- the training thread's side -------------------------------------------------------------

    @property
    def interval(self) -> int:
        """Units (batches or epochs) between two points now."""
        return self.every * self.stride

    def batch_due(self) -> bool:
        """Count one trained batch; True when the weights after it should be recorded."""
        if self.unit != "batch":
            return False
        self._batches += 1
        return self._batches % self.interval == 0

    def epoch_due(self, completed_epochs: int) -> bool:
        """True when the weights after ``completed_epochs`` epochs should be recorded."""
        return self.unit == "epoch" and completed_epochs % self.interval == 0

    def record(self, weights: Sequence[np.ndarray], position: float) -> None:
        """Append a copy of ``weights`` (arrays in ``get_weights()`` order) at ``position``.

        A point at the same position as the last one is not recorded twice. When the buffer is
        full, every other point is dropped first (and the interval doubles).
        """
        with self._lock:
            if self._points is None:
                self._allocate(weights)
            elif self._n and self._positions[self._n - 1] == position:
                return
            assert self._points is not None
            if self._n == len(self._points):
                self._thin()
            flatten(weights, out=self._points[self._n])
            self._positions[self._n] = position
            self._n += 1

    def _allocate(self, weights: Sequence[np.ndarray]) -> None:
        self.shapes = tuple(tuple(int(d) for d in np.shape(w)) for w in weights)
        size = sum(math.prod(shape) for shape in self.shapes)
        fit = self.max_bytes // max(4 * size, 1)
        capacity = max(MIN_POINTS, min(self.max_points, fit)) // 2 * 2  # even: thinning stays
        self._points = np.empty((capacity, size), dtype=np.float32)       # evenly spaced
        self._positions = np.empty(capacity)

    def _thin(self) -> None:
        assert self._points is not None
        keep = (self._n + 1) // 2
        self._points[:keep] = self._points[0:self._n:2]
        self._positions[:keep] = self._positions[0:self._n:2]
        self._n = keep
        self.stride *= 2

    def drop_nonfinite(self) -> None:
        """Remove points holding NaN or inf (the last ones before a diverged run stopped)."""
        with self._lock:
            if self._points is None or not self._n:
                return
            finite = np.isfinite(self._points[:self._n]).all(axis=1)
            if finite.all():
                return
            keep = np.flatnonzero(finite)
            self._points[:len(keep)] = self._points[keep]
            self._positions[:len(keep)] = self._positions[keep]
            self._n = len(keep)

    # --- readers ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._n

    @property
    def capacity(self) -> int:
        return 0 if self._points is None else len(self._points)

    @property
    def n_params(self) -> int:
        return 0 if self._points is None else self._points.shape[1]

    @property
    def nbytes(self) -> int:
        return 0 if self._points is None else self._points.nbytes

    def snapshot(self) -> tuple[np.ndarray, np.ndarray]:
        """(points (n, n_params) float32, positions (n,) in epochs), copied together."""
        with self._lock:
            if self._points is None:
                return np.empty((0, 0), dtype=np.float32), np.empty(0)
            return self._points[:self._n].copy(), self._positions[:self._n].copy()

    @property
    def points(self) -> np.ndarray:
        return self.snapshot()[0]

    @property
    def positions(self) -> np.ndarray:
        return self.snapshot()[1]

    def weights(self, index: int) -> list[np.ndarray]:
        """Point ``index`` (negative counts from the end) as arrays shaped like the weights."""
        with self._lock:
            if not -self._n <= index < self._n:
                raise IndexError(f"the trajectory has {self._n} points, no point {index}")
            assert self._points is not None
            return unflatten(self._points[index % self._n].copy(), self.shapes)
