"""A loss-landscape slice as a surface of the Optimizer Lab: its domain, start, minimum,
learning rate and colour scale from the computed grid; values and gradients through TensorFlow."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from explorer.core.nn.directions import AXIS_NAMES
from explorer.core.nn.landscape.result import Landscape
from explorer.core.nn.plane import Plane, SliceFunction


def _learning_rate(axes: list[np.ndarray], grid: np.ndarray) -> float:
    """1 / the largest second difference of the grid, rounded down to one significant digit."""
    curvatures = []
    with np.errstate(all="ignore"):
        for d, ax in enumerate(axes):
            z = np.moveaxis(grid.astype(np.float64), grid.ndim - 1 - d, 0)
            if len(ax) >= 3:
                curvatures.append(np.abs(z[2:] - 2 * z[1:-1] + z[:-2]).ravel()
                                  / (ax[1] - ax[0]) ** 2)
    values = np.concatenate(curvatures) if curvatures else np.empty(0)
    values = values[np.isfinite(values)]
    if not values.size or values.max() <= 0:
        return 0.1
    rate = min(1.0, max(1e-6, 1.0 / float(values.max())))
    magnitude = 10.0 ** math.floor(math.log10(rate))
    return float(math.floor(rate / magnitude * (1 + 1e-9)) * magnitude)


def landscape_surface(source: Landscape | Plane, *, start: Any = "auto",
                      domain: Sequence[tuple[float, float]] | None = None,
                      prepare: bool = False) -> Any:
    """The slice as an ``explorer.core.surfaces.catalogue.Surface`` the Optimizer Lab can race on.

    ``start``: "auto" (PCA/interpolation: where the recorded training began; random: 80 % of
    the way from the centre to the top-left corner), "origin" (the current weights),
    "trajectory", "corner" or a point. A :class:`Landscape` gives the domain, the minimum, the
    learning rate and colour scale from its grid, and ``grid()`` resamples that grid; a bare
    :class:`Plane` needs ``domain`` and evaluates everything.

    The first ``value``/``gradient`` call traces a TensorFlow function (≈ 0.5 s, once per model
    shape per process); ``prepare=True`` does it now (call it on a worker thread then).
    """
    from explorer.core.surfaces import Surface

    landscape = source if isinstance(source, Landscape) else None
    plane = source.plane if isinstance(source, Landscape) else source
    if plane is None:
        raise ValueError("this landscape was loaded from a file and has no model to evaluate; "
                         "compute it again to race on it")
    directions, objective = plane.directions, plane.objective
    dim = directions.dim
    if landscape is not None:
        bounds = tuple(domain or landscape.domain)
        axes = [landscape.a] if landscape.b is None else [landscape.a, landscape.b]
        precomputed = (landscape.a, landscape.b, landscape.loss)
        grid, minima = landscape.loss, (landscape.minimum,)
    elif domain is not None:
        bounds, precomputed, minima = tuple(domain), None, ()
        axes = [np.linspace(lo, hi, 21) for lo, hi in bounds]
        grid = plane.evaluate(*np.meshgrid(*axes))[0] if dim == 2 else plane.evaluate(axes[0])[0]
    else:
        raise ValueError("a Plane needs a domain to become a surface")
    bounds = tuple((float(lo), float(hi)) for lo, hi in bounds)
    centre = np.array([(lo + hi) / 2 for lo, hi in bounds])
    corner = np.array([bounds[0][0]] + ([bounds[1][1]] if dim == 2 else []))
    path_start = landscape.start if landscape is not None else tuple(np.zeros(dim))
    if start == "auto":
        start = "corner" if directions.kind == "random" else "trajectory"
    origin = (1.0,) if directions.kind == "interpolation" else (0.0,) * dim
    point = {"origin": origin, "trajectory": path_start,
             "corner": tuple(centre + 0.8 * (corner - centre))}.get(start, start)
    finite = grid[np.isfinite(grid)]
    log_scale = False
    if finite.size:
        lowest, typical = float(finite.min()), float(np.median(finite) - finite.min())
        log_scale = bool(typical > 0 and np.percentile(finite, 99) - lowest > 10 * typical)
    function = SliceFunction(plane)
    if prepare:
        function.evaluator.prepare(gradient=True)
    names = "a, b" if dim == 2 else "α"
    kind_text = {"random": "θ* + a·δ₁ + b·δ₂ (δ₁, δ₂ random, filter-normalised)",
                 "pca": "θ* + a·v₁ + b·v₂ (v₁, v₂ principal components of the path)",
                 "interpolation": "(1 − α)·θ₀ + α·θ₁"}[directions.kind]
    split = "training" if objective.split == "train" else "test"
    return Surface(
        name="landscape",
        title=(landscape.title if landscape is not None else
               f"Loss landscape: {objective.label} on {objective.data_name} ({directions.title})"),
        dim=dim, formula=f"L({names}) = {objective.loss}({kind_text}) on the {split} split",
        domain=bounds, start=tuple(float(c) for c in point),
        minima=tuple(tuple(float(c) for c in m) for m in minima), saddles=(),
        learning_rate=_learning_rate(axes, grid), log_scale=log_scale,
        value_xy=function.value, gradient_xy=function.gradient, n_global=len(minima),
        description=(f"The {objective.loss} of the {objective.label} network on "
                     f"{len(objective.x):,} {split} samples of {objective.data_name}, on a slice "
                     f"through its weights ({directions.title}); gradients by TensorFlow "
                     "autodiff."),
        precomputed=precomputed, axis_names=AXIS_NAMES[directions.kind])

