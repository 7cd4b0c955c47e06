"""What long races draw: a bounded number of points, however many steps the race has taken.

The race keeps every point (scenes, exports and the read-outs use them); the views draw at most
about ``DRAWN_POINTS`` per line, two or three per pixel of a full-width plot. Without this, a race
left running for two minutes at 500 steps/s hands 60,000 points per racer to every trail and
curve on every frame, and each frame gets slower than the last.

Trails keep every ``stride``-th point (a power of two, so the kept points stay put while the race
grows and only every other one goes when the stride doubles) plus the newest. Curves keep the
minimum and maximum of every bucket of ``stride`` steps, as pyqtgraph's "peak" downsampling does,
so a spike stays visible; they are fed only the new steps, so a frame costs the same at step
60,000 as at step 600.
"""

from __future__ import annotations

import numpy as np

DRAWN_POINTS = 2048


def trail_stride(length: int, limit: int = DRAWN_POINTS) -> int:
    """The smallest power of two that keeps at most ``limit`` of ``length`` points."""
    stride = 1
    while (length - 1) // stride + 1 > limit:
        stride *= 2
    return stride


def trail_indices(length: int, limit: int = DRAWN_POINTS) -> np.ndarray:
    """Indices of the points a trail of ``length`` points draws: 0, s, 2s, … and the last."""
    if length <= 0:
        return np.empty(0, dtype=np.intp)
    kept = np.arange(0, length, trail_stride(length, limit))
    return kept if kept[-1] == length - 1 else np.append(kept, length - 1)


class PeakTrace:
    """A growing series decimated to min/max pairs per bucket of ``stride`` samples, updated
    from only the samples added since the last frame (``extend``).

    Complete buckets hold their minimum and maximum; the samples after them form one partial
    bucket. When more than ``limit`` points would be drawn the stride doubles and neighbouring
    buckets merge (an odd last bucket joins the partial one), so at most ``limit`` + 2 points
    are ever drawn.
    """

    def __init__(self, limit: int = DRAWN_POINTS) -> None:
        self.limit = max(4, limit)
        self.clear()

    def clear(self) -> None:
        self.stride = 1
        self.count = 0  # samples seen
        self._lo = np.empty(0)
        self._hi = np.empty(0)
        self._partial: tuple[float, float, int] | None = None  # (min, max, samples)

    def extend(self, values: np.ndarray) -> None:
        """Append new samples (the next ones after the ``count`` already seen)."""
        values = np.asarray(values, dtype=float).ravel()
        if not values.size:
            return
        self.count += values.size
        if self._partial is not None:
            lo, hi, size = self._partial
            take = min(self.stride - size, values.size)
            head, values = values[:take], values[take:]
            lo, hi, size = min(lo, head.min()), max(hi, head.max()), size + take
            self._partial = None
            if size == self.stride:
                self._append(np.array([lo]), np.array([hi]))
            else:
                self._partial = (lo, hi, size)
        if values.size:
            whole = values.size // self.stride * self.stride
            blocks = values[:whole].reshape(-1, self.stride)
            self._append(blocks.min(axis=1), blocks.max(axis=1))
            rest = values[whole:]
            if rest.size:
                self._partial = (float(rest.min()), float(rest.max()), rest.size)
        while 2 * len(self._lo) > self.limit:
            self._coarsen()

    def _append(self, lo: np.ndarray, hi: np.ndarray) -> None:
        self._lo = np.concatenate([self._lo, lo])
        self._hi = np.concatenate([self._hi, hi])

    def _coarsen(self) -> None:
        """Double the stride: merge neighbouring buckets; an odd last one joins the partial."""
        if len(self._lo) % 2:
            lo, hi, size = self._lo[-1], self._hi[-1], self.stride
            if self._partial is not None:
                lo, hi = min(lo, self._partial[0]), max(hi, self._partial[1])
                size += self._partial[2]
            self._partial = (float(lo), float(hi), size)
            self._lo, self._hi = self._lo[:-1], self._hi[:-1]
        self._lo = self._lo.reshape(-1, 2).min(axis=1)
        self._hi = self._hi.reshape(-1, 2).max(axis=1)
        self.stride *= 2

    def xy(self) -> tuple[np.ndarray, np.ndarray]:
        """Step (bucket centre) and value of every point to draw: each sample while the stride
        is 1, else each bucket's minimum then maximum."""
        lo, hi = self._lo, self._hi
        if self._partial is not None:
            lo = np.append(lo, self._partial[0])
            hi = np.append(hi, self._partial[1])
        centres = np.arange(len(lo)) * self.stride + (self.stride - 1) / 2
        if self._partial is not None:  # the partial bucket: centred on the samples it holds
            centres[-1] = len(self._lo) * self.stride + (self._partial[2] - 1) / 2
        if self.stride == 1:
            return centres, lo
        return np.repeat(centres, 2), np.column_stack([lo, hi]).ravel()
