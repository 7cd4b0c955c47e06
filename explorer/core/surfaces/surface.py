"""The ``Surface`` type: a loss L(p) over 1 or 2 parameters, its landmarks and its defaults.

Kept apart from the catalogue so that code which only needs the type (the views, the race, a
network's loss landscape) does not build the sixteen built-in surfaces, and so the generic
helpers every kind of surface shares (building one with normalised landmarks, resampling a
precomputed grid, polishing critical points with Newton's method) live in one place.

Points are arrays shaped ``(..., dim)``; values come back shaped ``(...)`` and gradients
``(..., dim)``, computed in float64 with numpy and no Python loop over points.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike

from explorer.core.i18n import tr_noop

__all__ = ["Landmark", "Surface"]

Domain = tuple[tuple[float, float], ...]
Point = tuple[float, ...]
MinibatchGradient = Callable[[ArrayLike, np.random.Generator, int], np.ndarray]
# Second derivatives as rows of broadcastable arrays: ((Lxx, Lxy), (Lyx, Lyy)) in 2-D.
HessianXY = Callable[..., tuple[tuple[np.ndarray, ...], ...]]
# Relative step of the central differences that stand in for a missing analytic Hessian.
HESSIAN_STEP = 1e-5
# A point this close to a landmark (as a fraction of the domain's widest side) sits on it.
LANDMARK_TOLERANCE = 0.01


def as_points(p: ArrayLike, dim: int) -> np.ndarray:
    """p as a float64 array whose last axis holds the dim coordinates."""
    points = np.asarray(p, dtype=np.float64)
    if points.ndim == 0 or points.shape[-1] != dim:
        raise ValueError(f"points must have shape (..., {dim}), got {points.shape}")
    return points


@dataclass(frozen=True)
class Landmark:
    """A listed critical point a position sits on: what it is (``kind`` is "global minimum",
    "local minimum", "saddle point", "maximum" or, in 1-D, "hump") and where."""

    kind: str
    point: Point


@dataclass(frozen=True, eq=False)
class Surface:
    """A loss surface L(p) over 1 or 2 parameters, with its landmarks and sensible defaults.

    ``minima[:n_global]`` are the global minima; the rest are local minima. ``value_xy`` and
    ``gradient_xy`` take the coordinates as separate broadcastable arrays (fast grids);
    ``value`` and ``gradient`` take points shaped ``(..., dim)``.
    """

    name: str
    title: str
    dim: int
    formula: str
    domain: Domain
    start: Point
    minima: tuple[Point, ...]
    saddles: tuple[Point, ...]
    learning_rate: float
    log_scale: bool
    value_xy: Callable[..., np.ndarray] = field(repr=False)
    gradient_xy: Callable[..., tuple[np.ndarray, ...]] = field(repr=False)
    minibatch_gradient: MinibatchGradient | None = field(default=None, repr=False)
    n_global: int = 1
    description: str = ""
    data: np.ndarray | None = field(default=None, repr=False)
    # (xs, ys, Z) already computed (e.g. a network's loss landscape): grid() resamples it
    # instead of evaluating value_xy; ys is None for a 1-D surface.
    precomputed: tuple[np.ndarray, np.ndarray | None, np.ndarray] | None = field(
        default=None, repr=False)
    # What each parameter is, for axis titles (e.g. a loss slice's "δ₁", "PC 1" or "α"); empty
    # for the catalogue's surfaces, whose parameters are plain x and y.
    axis_names: tuple[str, ...] = ()
    # Local maxima (the catalogue lists none; a typed formula's survey finds them).
    maxima: tuple[Point, ...] = ()
    # True where L has no lower bound (the saddles): a racer may run downhill for ever, which
    # is an escape, not a divergence.
    unbounded_below: bool = False
    # Exact second derivatives when known (a typed formula's symbolic ones); else ``hessian``
    # takes central differences of the exact gradient.
    hessian_xy: HessianXY | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not 0 <= self.n_global <= len(self.minima):
            raise ValueError(f"n_global={self.n_global} but {len(self.minima)} minima listed")
        if self.axis_names and len(self.axis_names) != self.dim:
            raise ValueError(f"{self.dim} axis names needed, got {len(self.axis_names)}")

    def value(self, p: ArrayLike) -> np.ndarray:
        """L at points shaped (..., dim) → (...); overflow gives inf/nan, never a warning."""
        points = as_points(p, self.dim)
        with np.errstate(all="ignore"):
            values = np.asarray(self.value_xy(*np.moveaxis(points, -1, 0)), dtype=np.float64)
        if values.shape != points.shape[:-1]:  # e.g. a custom formula that ignores y
            values = np.broadcast_to(values, points.shape[:-1]).copy()
        return values

    def gradient(self, p: ArrayLike) -> np.ndarray:
        """∇L at points shaped (..., dim) → (..., dim), from the analytic derivative."""
        points = as_points(p, self.dim)
        with np.errstate(all="ignore"):
            parts = self.gradient_xy(*np.moveaxis(points, -1, 0))
        return _stacked(parts, points.shape[:-1])

    def hessian(self, p: ArrayLike) -> np.ndarray:
        """∇²L at points shaped (..., dim) → (..., dim, dim), symmetric.

        Curvature tells a minimum from a saddle and sets the largest stable learning rate
        (2/λ_max for gradient descent). Exact when the surface has ``hessian_xy``; otherwise
        central differences of the analytic gradient (relative step ``HESSIAN_STEP``, accurate
        to about 1e-8 of the curvature's scale; one grid cell on a surface sampled on a grid:
        see :meth:`hessian_step`).
        """
        points = as_points(p, self.dim)
        if self.hessian_xy is None:
            jacobian = gradient_jacobian(self.gradient_xy, points, self.hessian_step(points))
            return (jacobian + np.swapaxes(jacobian, -1, -2)) / 2
        shape = points.shape[:-1]
        with np.errstate(all="ignore"):
            rows = self.hessian_xy(*np.moveaxis(points, -1, 0))
        exact = np.stack([_stacked(row, shape) for row in rows], axis=-2)
        kinks = ~np.isfinite(exact).all(axis=(-2, -1)) & np.isfinite(points).all(axis=-1)
        if kinks.any():  # e.g. Ackley's cone tip: the differences still tell a minimum
            jacobian = gradient_jacobian(self.gradient_xy, points[kinks],
                                         relative_step(points[kinks]))
            exact[kinks] = (jacobian + np.swapaxes(jacobian, -1, -2)) / 2
        return exact

    def hessian_step(self, p: ArrayLike) -> np.ndarray | None:
        """The central-difference step :meth:`hessian` takes at points (..., dim) → (..., dim),
        or None where the second derivatives are exact, so a display can say how they were got.

        A surface sampled on a grid (a loss-landscape slice) steps one grid cell: its bilinear
        interpolant has no curvature inside a cell, so a smaller step would see none there.
        """
        if self.hessian_xy is not None:
            return None
        points = as_points(p, self.dim)
        if self.precomputed is None:
            return relative_step(points)
        cells = [(axis[-1] - axis[0]) / (len(axis) - 1) for axis in self.precomputed[:self.dim]]
        return np.broadcast_to(np.abs(np.array(cells, dtype=np.float64)), points.shape).copy()

    def landmarks(self) -> tuple[Landmark, ...]:
        """Every listed critical point with its kind: minima (global ones first), saddles (humps
        in 1-D), maxima. The order is stable, so an index names a landmark."""
        kinds = [Landmark(tr_noop("Surfaces", "global minimum") if i < self.n_global
                          else tr_noop("Surfaces", "local minimum"), m)
                 for i, m in enumerate(self.minima)]
        kinds += [Landmark(tr_noop("Surfaces", "hump") if self.dim == 1
                           else tr_noop("Surfaces", "saddle point"), s) for s in self.saddles]
        kinds += [Landmark(tr_noop("Surfaces", "maximum"), m) for m in self.maxima]
        return tuple(kinds)

    def landmark_indices(self, p: ArrayLike) -> np.ndarray:
        """For points (..., dim): the index in :meth:`landmarks` of the one each sits on (within
        ``LANDMARK_TOLERANCE`` of the domain's widest side), or -1; vectorised over points."""
        points = as_points(p, self.dim)
        landmarks = self.landmarks()
        found = np.full(points.shape[:-1], -1, dtype=np.int64)
        if not landmarks:
            return found
        marks = np.array([mark.point for mark in landmarks], dtype=np.float64)
        with np.errstate(invalid="ignore"):
            distances = np.linalg.norm(points[..., np.newaxis, :] - marks, axis=-1)
            extent = max(hi - lo for lo, hi in self.domain)
            best = np.argmin(np.where(np.isnan(distances), np.inf, distances), axis=-1)
            near = np.take_along_axis(distances, best[..., np.newaxis], axis=-1)[..., 0]
            placed = np.isfinite(points).all(axis=-1) & (near <= LANDMARK_TOLERANCE * extent)
        found[placed] = best[placed]
        return found

    def landmark_at(self, p: ArrayLike) -> Landmark | None:
        """The listed minimum, saddle or maximum that point p sits on (within
        ``LANDMARK_TOLERANCE`` of the domain's widest side), or None: what a racer that has
        settled there found."""
        index = int(self.landmark_indices(as_points(p, self.dim).reshape(self.dim)))
        return None if index < 0 else self.landmarks()[index]

    def grid(self, resolution: int) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """Values on a regular grid over the domain, float32 C-contiguous, ready for an image.

        2-D: ``(xs, ys, Z)`` with ``Z[j, i] = L(xs[i], ys[j])``; 1-D: ``(xs, None, values)``.
        """
        n = int(resolution)
        if n < 2:
            raise ValueError(f"grid resolution must be at least 2, got {resolution}")
        xs = np.linspace(*self.domain[0], n)
        if self.precomputed is not None:
            return _resample(self.precomputed, xs, np.linspace(*self.domain[-1], n))
        with np.errstate(all="ignore"):
            if self.dim == 1:
                values = np.broadcast_to(self.value_xy(xs), (n,))
                return xs, None, np.ascontiguousarray(values, dtype=np.float32)
            ys = np.linspace(*self.domain[1], n)
            z = np.broadcast_to(self.value_xy(xs[np.newaxis, :], ys[:, np.newaxis]), (n, n))
        return xs, ys, np.ascontiguousarray(z, dtype=np.float32)

    def nearest_minimum_distance(self, p: ArrayLike, global_only: bool = False) -> np.ndarray:
        """Euclidean distance from each point to the nearest listed (or global) minimum.

        inf where the surface lists no minimum (e.g. the unbounded saddles).
        """
        points = as_points(p, self.dim)
        minima = self.minima[: self.n_global] if global_only else self.minima
        best = np.full(points.shape[:-1], np.inf)
        for minimum in minima:  # loop over the few landmarks, vectorised over points
            np.minimum(best, np.linalg.norm(points - np.asarray(minimum), axis=-1), out=best)
        return best


def _stacked(parts: tuple[np.ndarray, ...], shape: tuple[int, ...]) -> np.ndarray:
    """Per-coordinate arrays (a formula's constant part may be a scalar) → (*shape, len)."""
    return np.stack([np.broadcast_to(part, shape) for part in parts], axis=-1)


def _resample(precomputed: tuple[np.ndarray, np.ndarray | None, np.ndarray], xs: np.ndarray,
              ys: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """A precomputed grid linearly interpolated (bilinear in 2-D) at xs (and ys)."""
    xs0, ys0, z0 = precomputed
    z = np.asarray(z0, dtype=np.float64)
    if ys0 is None:
        return xs, None, np.ascontiguousarray(np.interp(xs, xs0, z), dtype=np.float32)
    rows = np.stack([np.interp(xs, xs0, row) for row in z])  # (len(ys0), n)
    z = np.stack([np.interp(ys, ys0, column) for column in rows.T], axis=1)
    return xs, ys, np.ascontiguousarray(z, dtype=np.float32)


def make_surface(
    value_xy: Callable[..., np.ndarray],
    gradient_xy: Callable[..., tuple[np.ndarray, ...]],
    **fields,
) -> Surface:
    """Build a Surface, normalising landmarks to tuples of Python floats."""
    for key in ("minima", "saddles", "maxima"):
        fields[key] = tuple(tuple(float(c) for c in point) for point in fields.get(key, ()))
    fields["start"] = tuple(float(c) for c in fields["start"])
    fields["domain"] = tuple((float(lo), float(hi)) for lo, hi in fields["domain"])
    fields.setdefault("log_scale", False)
    fields.setdefault("n_global", min(1, len(fields["minima"])))
    return Surface(value_xy=value_xy, gradient_xy=gradient_xy, dim=len(fields["domain"]), **fields)


def relative_step(points: np.ndarray) -> np.ndarray:
    """``HESSIAN_STEP`` relative to each coordinate (absolute below 1): the default step of
    :func:`gradient_jacobian`."""
    return HESSIAN_STEP * np.maximum(1.0, np.abs(points))


def gradient_jacobian(gradient_xy: Callable[..., tuple[np.ndarray, ...]],
                      points: np.ndarray, step: np.ndarray | None = None) -> np.ndarray:
    """Central differences of the analytic gradient at points (..., dim) → (..., dim, dim),
    ``J[..., i, k] = ∂g_i/∂p_k``; ``step`` (..., dim) per coordinate, by default
    :func:`relative_step`. All 2·dim probes go to ``gradient_xy`` in one call (a network's
    loss slice answers each call with a TensorFlow run)."""
    dim = points.shape[-1]
    h = relative_step(points) if step is None else np.broadcast_to(step, points.shape)
    offsets = np.eye(dim) * h[..., np.newaxis, :]  # row k: the step along coordinate k
    probes = np.concatenate([points[..., np.newaxis, :] + offsets,
                             points[..., np.newaxis, :] - offsets], axis=-2)
    with np.errstate(all="ignore"):
        g = _stacked(gradient_xy(*np.moveaxis(probes, -1, 0)), probes.shape[:-1])
        rows = (g[..., :dim, :] - g[..., dim:, :]) / (2 * h[..., :, np.newaxis])  # [k, i]
    return np.swapaxes(rows, -1, -2)


def newton_refine(
    points: ArrayLike, gradient_xy: Callable[..., tuple[np.ndarray, ...]], tolerance: float = 1e-9
) -> tuple[np.ndarray, np.ndarray]:
    """Polish approximate critical points (Newton on the gradient); returns points and success.

    The Jacobian of the analytic gradient is taken by central differences: it only steers the
    iteration, the fixed point is where the analytic gradient vanishes.
    """
    p = np.array(points, dtype=np.float64)
    with np.errstate(all="ignore"):
        for _ in range(12):
            g = np.stack(gradient_xy(*p.T), axis=-1)
            try:
                p = p - np.linalg.solve(gradient_jacobian(gradient_xy, p),
                                        g[..., np.newaxis])[..., 0]
            except np.linalg.LinAlgError:
                return p, np.zeros(len(p), dtype=bool)
        g = np.stack(gradient_xy(*p.T), axis=-1)
    ok = np.all(np.isfinite(p), axis=1) & (np.linalg.norm(g, axis=1) <= tolerance)
    return p, ok
