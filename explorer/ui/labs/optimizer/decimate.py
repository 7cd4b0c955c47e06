"""What long races draw: a bounded number of points, however many steps the race has taken.

The race keeps every point (scenes, exports and the read-outs use them); the views draw at most
about ``DRAWN_POINTS`` per line, two or three per pixel of a full-width plot. Without this, a race
left running for two minutes at 500 steps/s hands 60,000 points per racer to every trail and
curve on every frame, and each frame gets slower than the last.

Trails are decimated to the screen (:class:`ScreenTrail`): a point is kept when its cell on a
grid of ``CELL_PX`` screen pixels differs from the previous point's, so every dropped point lies
within 0.71 px of a kept one and the drawn line within 1 px of the full path (a racer crawling
along a valley for thousands of steps draws a handful of points; the bench's eight Rosenbrock
racers at step 15,000 draw 300 to 1,900 each). Only the new tail is looked at per frame; a zoom
or resize starts again. A path that still keeps more than the limit (a racer zig-zagging across
the view) is thinned further by a stride, as the 1-D view's dots and the 3-D trails are: every
``stride``-th point (a power of two, so the kept points stay put while the race grows and only
every other one goes when the stride doubles) plus the newest. Curves keep the
minimum and maximum of every bucket of ``stride`` steps, as pyqtgraph's "peak" downsampling does,
so a spike stays visible; they are fed only the new steps, so a frame costs the same at step
60,000 as at step 600.
"""

from __future__ import annotations

import numpy as np

DRAWN_POINTS = 2048
CELL_PX = 0.5  # the grid trails are decimated on, in screen pixels: 0.5·√2 ≈ 0.71 px at most off


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


def _capped(kept: np.ndarray, length: int, limit: int) -> np.ndarray:
    """``kept`` thinned by a power-of-two stride to fit ``limit`` with the last point, which is
    appended."""
    kept = kept[::trail_stride(kept.size, max(1, limit - 1))]
    return kept if kept[-1] == length - 1 else np.append(kept, length - 1)


class ScreenTrail:
    """The points of a growing trail (or of one trail per start) worth drawing at a pixel size.

    ``indices`` takes the whole history each frame but looks only at the points added since the
    last call; a new pixel size (zoom, resize), a shorter history (a reset) or another number of
    starts makes it start again. The result equals decimating the whole history at once.
    """

    def __init__(self, cell_px: float = CELL_PX) -> None:
        self.cell_px = cell_px
        self._restart(None, 0)

    def _restart(self, cell: np.ndarray | None, starts: int) -> None:
        self._cell = cell  # data units per grid cell, (x, y)
        self._seen = 0  # points looked at
        self._last = np.full((starts, 2), np.nan)  # the last point's cell, per start
        self._kept: list[np.ndarray] = [np.empty(0, np.intp)] * starts

    def indices(self, points: np.ndarray, pixel: tuple[float, float],
                limit: int = DRAWN_POINTS) -> list[np.ndarray]:
        """Per start of ``points`` (starts, length, 2), the indices to draw: the first point,
        each that enters another cell, and the last; at most ``limit`` per start. ``pixel`` is
        the data size of one screen pixel (x, y), both positive."""
        starts, length = points.shape[:2]
        cell = np.asarray(pixel, dtype=float) * self.cell_px
        if (self._cell is None or not np.array_equal(cell, self._cell) or length < self._seen
                or starts != len(self._kept)):
            self._restart(cell, starts)
        if length > self._seen:
            cells = np.floor(points[:, self._seen:length] / cell)
            previous = np.concatenate([self._last[:, None], cells[:, :-1]], axis=1)
            rows, columns = np.nonzero((cells != previous).any(axis=2))  # NaN: the first differs
            bounds = np.searchsorted(rows, np.arange(starts + 1))
            self._kept = [np.concatenate([kept, self._seen + columns[lo:hi]])
                          for kept, lo, hi in zip(self._kept, bounds[:-1], bounds[1:],
                                                  strict=True)]
            self._last, self._seen = cells[:, -1], length
        if not length:
            return [np.empty(0, np.intp)] * starts
        return [_capped(kept, length, max(2, limit)) for kept in self._kept]


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
