"""Critical points of a 2-D surface nobody surveyed by hand: minima, saddles and maxima.

A typed formula can have several basins; showing one ★ where the contours show four hides the
lesson that where you start decides where you end. Newton's method on the gradient, started
from a grid of seeds, converges to every kind of critical point; the exact Hessian then says
which kind each one is. A degenerate point (a zero eigenvalue, as at the monkey saddle) is
classified by the values on a small ring around it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from explorer.core.surfaces.surface import HessianXY, Point

__all__ = ["CriticalPoints", "find_critical_points", "unbounded_below"]

SEEDS = 12  # seeds per axis: 144 Newton runs, vectorised
ITERATIONS = 40
MAX_STEP = 0.25  # of the domain's widest side: a flat region's huge Newton step is damped
MERGE = 1e-5  # points closer than this (of the widest side) are the same critical point
RING = 64  # directions probed around a degenerate point, and on the far rings below


@dataclass(frozen=True)
class CriticalPoints:
    """Critical points inside the domain, minima sorted by value (lowest first)."""

    minima: tuple[Point, ...]
    minimum_values: tuple[float, ...]
    saddles: tuple[Point, ...]
    maxima: tuple[Point, ...]


def find_critical_points(
    value_xy: Callable[..., np.ndarray],
    gradient_xy: Callable[..., tuple[np.ndarray, ...]],
    hessian_xy: HessianXY,
    bounds: np.ndarray,
    gradient_scale: float = 1.0,
    extra_seeds: np.ndarray | None = None,
    seeds: int = SEEDS,
) -> CriticalPoints:
    """Newton on ∇L = 0 from a seeds×seeds grid over ``bounds`` ((xmin, xmax), (ymin, ymax))
    and from ``extra_seeds`` (e.g. a survey grid's lowest and highest cells, so no basin the
    grid resolves is missed), deduplicated and classified by the Hessian's eigenvalues.
    ``gradient_scale`` (a typical |∇L| on the domain) sets what counts as a vanishing gradient
    and as a vanishing curvature."""
    bounds = np.asarray(bounds, dtype=np.float64)
    extent = float(np.max(bounds[:, 1] - bounds[:, 0]))
    axes = [lo + (np.arange(seeds) + 0.5) * (hi - lo) / seeds for lo, hi in bounds]
    p = np.stack([a.ravel() for a in np.meshgrid(*axes)], axis=-1)
    if extra_seeds is not None and len(extra_seeds):
        p = np.concatenate([p, np.asarray(extra_seeds, dtype=np.float64).reshape(-1, 2)])
    with np.errstate(all="ignore"):
        for _ in range(ITERATIONS):
            g = np.stack(np.broadcast_arrays(*gradient_xy(p[:, 0], p[:, 1])), axis=-1)
            (a, b), (c, d) = np.moveaxis(_hessians(hessian_xy, p), (-2, -1), (0, 1))
            det = a * d - b * c  # 2×2 solve by hand: a singular Hessian gives inf, not an error
            step = -np.stack([d * g[:, 0] - b * g[:, 1], a * g[:, 1] - c * g[:, 0]], axis=-1)
            step = np.where(np.any(g != 0, axis=1, keepdims=True), step / det[:, None], 0.0)
            length = np.linalg.norm(step, axis=1, keepdims=True)
            step = np.where(length > MAX_STEP * extent, step * MAX_STEP * extent / length, step)
            p = np.where(np.isfinite(step), p + step, np.nan)
            if np.nanmax(np.abs(step), initial=0.0) < 1e-13 * extent:
                break
        g = np.stack(np.broadcast_arrays(*gradient_xy(p[:, 0], p[:, 1])), axis=-1)
    inside = np.all((bounds[:, 0] <= p) & (p <= bounds[:, 1]), axis=1)
    flat = np.linalg.norm(g, axis=1) <= 1e-7 * (1.0 + gradient_scale)
    found = _unique(p[inside & flat], MERGE * extent)
    minima, saddles, maxima = [], [], []
    kinds = _kinds(value_xy, hessian_xy, found, extent, gradient_scale / extent)
    for point, kind in zip(found, kinds, strict=True):
        {"minimum": minima, "saddle": saddles, "maximum": maxima}[kind].append(point)
    with np.errstate(all="ignore"):
        values = [float(value_xy(*m)) for m in minima]
    order = np.argsort(values, kind="stable")
    return CriticalPoints(
        minima=tuple(tuple(map(float, minima[i])) for i in order),
        minimum_values=tuple(values[i] for i in order),
        saddles=tuple(tuple(map(float, s)) for s in saddles),
        maxima=tuple(tuple(map(float, m)) for m in maxima))


def _hessians(hessian_xy: HessianXY, p: np.ndarray) -> np.ndarray:
    """(n, 2, 2) Hessians at n points."""
    rows = hessian_xy(p[:, 0], p[:, 1])
    return np.stack([np.stack(np.broadcast_arrays(*row, p[:, 0])[:2], axis=-1) for row in rows],
                    axis=-2)


def _unique(points: np.ndarray, radius: float) -> list[np.ndarray]:
    """One representative of each cluster of points closer than ``radius``."""
    kept: list[np.ndarray] = []
    for point in points:
        if all(np.linalg.norm(point - other) > radius for other in kept):
            kept.append(point)
    return kept


def _kinds(value_xy: Callable[..., np.ndarray], hessian_xy: HessianXY, points: list[np.ndarray],
           extent: float, curvature_scale: float) -> list[str]:
    """"minimum", "saddle" or "maximum" for each point, from the Hessian's eigenvalue signs;
    where one is (nearly) zero next to ``curvature_scale`` (the surface's typical curvature),
    from whether the values on a small ring go up, down or both."""
    if not points:
        return []
    p = np.array(points)
    with np.errstate(all="ignore"):
        eigenvalues = np.linalg.eigvalsh(_hessians(hessian_xy, p))
    kinds = []
    angles = np.linspace(0, 2 * np.pi, RING, endpoint=False)
    ring = 1e-3 * extent * np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    for point, (low, high) in zip(p, eigenvalues, strict=True):
        scale = max(abs(low), abs(high), curvature_scale)
        if min(abs(low), abs(high)) > 1e-6 * scale and np.isfinite(scale):
            kinds.append("minimum" if low > 0 else "maximum" if high < 0 else "saddle")
            continue
        with np.errstate(all="ignore"):
            around = value_xy(*(point + ring).T) - value_xy(*point)
        up, down = bool(np.any(around > 0)), bool(np.any(around < 0))
        kinds.append("saddle" if up == down else "minimum" if up else "maximum")
    return kinds


def unbounded_below(value_xy: Callable[..., np.ndarray], bounds: np.ndarray,
                    lowest: float) -> bool:
    """Whether L seems to fall without bound away from the domain (x² − y², x, x³ …).

    The lowest values on rings 10, 100 and 1000 times the domain's half-diagonal must keep
    falling below ``lowest`` (the domain's lowest value), by steps that grow: a surface that
    only creeps towards an asymptote (1 − exp(−r²), −r²/(1 + r²)) is bounded.
    """
    bounds = np.asarray(bounds, dtype=np.float64)
    centre = bounds.mean(axis=1)
    radius = float(np.linalg.norm(bounds[:, 1] - bounds[:, 0])) / 2
    angles = np.linspace(0, 2 * np.pi, RING, endpoint=False)
    direction = np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    lows = []
    with np.errstate(all="ignore"):
        for factor in (10.0, 100.0, 1000.0):
            values = np.asarray(value_xy(*(centre + factor * radius * direction).T), dtype=float)
            finite = values[~np.isnan(values)]
            if not finite.size:
                return False
            lows.append(float(finite.min()))
    drops = np.diff([lowest, *lows])
    return bool(np.isfinite(lowest) and np.all(drops < 0) and drops[-1] < 2 * drops[0])
