"""Directions in weight space that span a loss-landscape slice (numpy only).

A slice is ``θ(a, b) = origin + a·d1 + b·d2`` (or ``origin + α·d1`` for a line), with every
vector flat in ``model.get_weights()`` order (see ``trajectory.flatten``). Three kinds:

- ``random``: two seeded Gaussian directions, *filter-normalised* (Li et al., "Visualizing the
  Loss Landscape of Neural Nets", NeurIPS 2018): each output unit's slice of a kernel (a column
  of a Dense kernel ``(inputs, units)``) is scaled to the norm of the same slice of the weights,
  so a step of 1 changes every unit by as much as its own size. Biases get 0 (``bias="zero"``,
  Li et al.'s default) or, with ``bias="normalize"``, each unit's bias direction gets the size
  of that bias (a random sign times ``|b_j|``). Origin: the current weights.
- ``pca``: the first two principal components of the recorded trajectory centred on the final
  weights (the rows ``θ_t − θ_final``, no further mean removal, as Li et al.), unit length,
  signed so that the path starts at negative coordinates. Origin: the final weights; the
  explained variance ratio of each component is reported.
- ``interpolation``: the line from the initial weights (α = 0) to the final ones (α = 1),
  Goodfellow et al. (ICLR 2015). Origin: the initial weights; 1-D.

:meth:`Directions.project` gives least-squares coordinates of any weights in the slice's basis
and how far each point lies from the plane (relative residual).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.nn.trajectory import flatten

__all__ = ["AXIS_NAMES", "BIAS_MODES", "KINDS", "BiasMode", "Directions", "Kind",
           "filter_normalize", "interpolation_direction", "pca_directions", "random_directions"]

Kind = Literal["random", "pca", "interpolation"]
BiasMode = Literal["zero", "normalize"]
KINDS: tuple[Kind, ...] = ("random", "pca", "interpolation")
BIAS_MODES: tuple[BiasMode, ...] = ("zero", "normalize")
KIND_TITLES = {"random": tr_noop("Landscape", "random directions"),
               "pca": tr_noop("Landscape", "PCA directions"),
               "interpolation": tr_noop("Landscape", "initial → final interpolation")}
# What a slice's coordinates move along, for axis titles (e.g. when it races as a surface).
AXIS_NAMES: dict[Kind, tuple[str, ...]] = {
    "random": ("δ₁  (random direction)", "δ₂  (random direction)"),
    "pca": ("PC 1  (of the training path)", "PC 2  (of the training path)"),
    "interpolation": ("α  (0: initial weights, 1: final)",)}


@dataclass(frozen=True, eq=False)
class Directions:
    """The basis of a slice: ``origin`` (θ at 0), ``d1``, ``d2`` (None for a line), flat float32."""

    kind: Kind
    origin: np.ndarray
    d1: np.ndarray
    d2: np.ndarray | None
    shapes: tuple[tuple[int, ...], ...]
    seed: int | None = None
    bias: BiasMode | None = None
    explained_variance: tuple[float, float] | None = None

    @property
    def dim(self) -> int:
        return 1 if self.d2 is None else 2

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]

    @property
    def basis(self) -> np.ndarray:
        """(dim, n_params) float32: the directions as rows."""
        return np.stack([self.d1] if self.d2 is None else [self.d1, self.d2])

    def point(self, a: float, b: float = 0.0) -> np.ndarray:
        """θ(a, b) = origin + a·d1 + b·d2 as a flat float32 vector (float32 arithmetic)."""
        theta = self.origin + np.float32(a) * self.d1
        if self.d2 is not None:
            theta = theta + np.float32(b) * self.d2
        return theta.astype(np.float32, copy=False)

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Least-squares coordinates ``(n, dim)`` of flat weight vectors in this basis, and each
        point's distance from the slice relative to the farthest point's distance from the
        origin (0 = on the slice; about 1 = as far off it as the path is long)."""
        m = np.asarray(points, dtype=np.float64).reshape(-1, self.origin.size) - self.origin
        if not len(m):
            return np.empty((0, self.dim)), np.empty(0)
        basis = self.basis.astype(np.float64)
        coords = (np.linalg.pinv(basis @ basis.T) @ (basis @ m.T)).T
        residual = np.linalg.norm(m - coords @ basis, axis=1)
        scale = float(np.linalg.norm(m, axis=1).max())
        return coords, residual / scale if scale > 0 else residual


def _shapes(weights: Sequence[np.ndarray]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(int(d) for d in np.shape(w)) for w in weights)


def filter_normalize(direction: np.ndarray, weight: np.ndarray,
                     bias: BiasMode = "zero") -> np.ndarray:
    """Scale ``direction`` (shaped like ``weight``) per output unit (last axis) to its norm in
    the weights.

    Kernels (ndim ≥ 2): for each unit j, ``‖d[..., j]‖ = ‖w[..., j]‖``. Biases (ndim 1): zero,
    or ``|d_j| = |w_j|`` with ``bias="normalize"``.
    """
    d = np.asarray(direction, dtype=np.float64)
    w = np.asarray(weight, dtype=np.float64)
    if d.shape != w.shape:
        raise ValueError(f"direction {d.shape} and weight {w.shape} differ in shape")
    if w.ndim <= 1:
        if bias == "zero":
            return np.zeros_like(d, dtype=np.float32)
        if bias != "normalize":
            raise ValueError(f"bias must be one of {', '.join(BIAS_MODES)}, not {bias!r}")
    axes = tuple(range(w.ndim - 1))
    d_norm = np.sqrt(np.sum(d * d, axis=axes, keepdims=True)) if axes else np.abs(d)
    w_norm = np.sqrt(np.sum(w * w, axis=axes, keepdims=True)) if axes else np.abs(w)
    scale = np.divide(w_norm, d_norm, out=np.zeros_like(w_norm), where=d_norm > 0)
    return (d * scale).astype(np.float32)


def random_directions(weights: Sequence[np.ndarray], seed: int = 0,
                      bias: BiasMode = "zero") -> Directions:
    """Two seeded Gaussian directions, filter-normalised to ``weights`` (get_weights() order)."""
    if bias not in BIAS_MODES:
        raise ValueError(f"bias must be one of {', '.join(BIAS_MODES)}, not {bias!r}")
    rng = np.random.default_rng(seed)
    pair = [flatten([filter_normalize(rng.standard_normal(np.shape(w)), w, bias)
                     for w in weights]) for _ in range(2)]
    return Directions("random", flatten(weights), pair[0], pair[1], _shapes(weights), seed=seed,
                      bias=bias)


def pca_directions(points: np.ndarray, final: Sequence[np.ndarray] | np.ndarray, *,
                   shapes: Sequence[tuple[int, ...]] | None = None, seed: int = 0) -> Directions:
    """The first two principal components of the trajectory ``points`` (n, n_params) centred on
    ``final`` (the current weights: arrays, or a flat vector with ``shapes``).

    A path that is a straight line has one component; the second is then a seeded random unit
    vector orthogonal to it (explained variance 0).
    """
    if isinstance(final, np.ndarray) and final.ndim == 1:
        if shapes is None:
            raise ValueError("a flat final vector needs the weights' shapes")
        origin, shapes = final.astype(np.float32), tuple(shapes)
    else:
        origin, shapes = flatten(final), _shapes(final)
    m = np.asarray(points, dtype=np.float64).reshape(-1, origin.size) - origin
    m = m[np.linalg.norm(m, axis=1) > 1e-6 * np.linalg.norm(origin)]  # not float32 noise
    if len(m) < 1:
        raise ValueError("the recorded training path has no point away from the current "
                         "weights: train for a while (recording weights) before using PCA")
    _, s, vt = np.linalg.svd(m, full_matrices=False)
    total = float(np.sum(s * s))
    tol = s[0] * 1e-6
    if len(s) < 2 or s[1] <= tol:
        rng = np.random.default_rng(seed)
        v2 = rng.standard_normal(origin.size)
        v2 -= (v2 @ vt[0]) * vt[0]
        vt = np.stack([vt[0], v2 / np.linalg.norm(v2)])
        s = np.array([s[0], 0.0])
    components = vt[:2].copy()
    first = m[0] @ components.T  # the oldest point: make the path start at negative coordinates
    components[first > 0] *= -1
    ratio = (float(s[0] ** 2 / total), float(s[1] ** 2 / total))
    return Directions("pca", origin, components[0].astype(np.float32),
                      components[1].astype(np.float32), tuple(shapes), seed=seed,
                      explained_variance=ratio)


def interpolation_direction(initial: Sequence[np.ndarray] | np.ndarray,
                            final: Sequence[np.ndarray] | np.ndarray, *,
                            shapes: Sequence[tuple[int, ...]] | None = None) -> Directions:
    """The line θ(α) = initial + α·(final − initial): α = 0 initial, α = 1 final weights."""
    vectors = []
    for weights in (initial, final):
        if isinstance(weights, np.ndarray) and weights.ndim == 1:
            if shapes is None:
                raise ValueError("flat weight vectors need the weights' shapes")
            vectors.append(weights.astype(np.float32))
        else:
            shapes = _shapes(weights)
            vectors.append(flatten(weights))
    start, end = vectors
    if start.shape != end.shape:
        raise ValueError("the initial and final weights have different sizes")
    assert shapes is not None
    return Directions("interpolation", start, (end - start).astype(np.float32), None,
                      tuple(shapes))
