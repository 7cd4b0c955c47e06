"""Custom surfaces typed by the user: a parsed formula surveyed on a grid for its defaults.

A typed formula has no hand-stated learning rate, colour scale or landmarks, so this module
estimates them: a coarse grid gives the learning rate and colour scale, Newton's method from a
grid of seeds finds every minimum, saddle and maximum (see :mod:`critical`). The parsing and
symbolic derivatives live in :mod:`explorer.core.formula.expression`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from explorer.core.formula import parse
from explorer.core.i18n import tr_noop
from explorer.core.surfaces.critical import CriticalPoints, find_critical_points, unbounded_below
from explorer.core.surfaces.surface import Surface, make_surface

__all__ = ["CUSTOM_TITLE", "custom"]

CUSTOM_TITLE = tr_noop("Surfaces", "Custom: {formula}")  # a typed surface's title


@dataclass(frozen=True)
class _Survey:
    learning_rate: float
    log_scale: bool
    lowest: float  # the grid's lowest finite value (nan if none)
    gradient_scale: float  # the grid's median |∇L|
    extrema: np.ndarray  # (n, 2) the grid's cells lower or higher than their eight neighbours


def custom(
    text: str,
    domain: tuple[tuple[float, float], tuple[float, float]] = ((-3, 3), (-3, 3)),
    start: tuple[float, float] | None = None,
) -> Surface:
    """A 2-D surface from a typed formula in x and y; raises FormulaError for bad text.

    A coarse grid supplies what a built-in surface states by hand: a learning rate at which
    gradient descent is stable everywhere on the grid and whether a log colour scale reads
    better. Its critical points come from Newton's method with the exact Hessian; the lowest
    minimum is global when nothing in the domain lies lower.
    """
    formula = parse(text)
    bounds = np.asarray(domain, dtype=np.float64)
    valid = bounds.shape == (2, 2) and np.all(np.isfinite(bounds))
    if not valid or np.any(bounds[:, 0] >= bounds[:, 1]):
        raise ValueError(f"domain must be ((xmin, xmax), (ymin, ymax)), min < max; got {domain}")
    if start is None:
        start = _default_start(formula.value, bounds)
    start_point = np.asarray(start, dtype=np.float64)
    if start_point.shape != (2,) or not np.all(np.isfinite(start_point)):
        raise ValueError(f"start must be two finite numbers (x, y), got {start}")
    survey = _survey(formula.value, formula.gradient, bounds)
    found = find_critical_points(formula.value, formula.gradient, formula.hessian, bounds,
                                 survey.gradient_scale, survey.extrema)
    return make_surface(
        formula.value,
        formula.gradient,
        hessian_xy=formula.hessian,
        name="custom",
        title=CUSTOM_TITLE.format(formula=text.strip()),
        formula=f"L(x, y) = {text.strip()}",
        domain=bounds,
        start=start_point,
        minima=found.minima,
        n_global=_global_count(found, survey.lowest),
        saddles=found.saddles,
        maxima=found.maxima,
        learning_rate=survey.learning_rate,
        log_scale=survey.log_scale,
        unbounded_below=unbounded_below(formula.value, bounds, survey.lowest),
        description=tr_noop(
            "Surfaces",
            "A surface typed by you; its gradient is derived symbolically.",
        ),
    )


def _default_start(value_xy: Callable[..., np.ndarray], bounds: np.ndarray) -> tuple[float, ...]:
    """80 % of the way from the centre to the top-left corner, or to the first other corner
    where L is defined (log(x) has no value on the left)."""
    centre = bounds.mean(axis=1)
    corners = [(bounds[0, 0], bounds[1, 1]), (bounds[0, 1], bounds[1, 1]),
               (bounds[0, 1], bounds[1, 0]), (bounds[0, 0], bounds[1, 0])]
    candidates = [np.round(centre + 0.8 * (np.array(c) - centre), 12) for c in corners]
    with np.errstate(all="ignore"):
        defined = [c for c in candidates if np.isfinite(value_xy(*c))]
    return tuple((defined or candidates)[0])


def _global_count(found: CriticalPoints, lowest: float) -> int:
    """How many of the (sorted) minima are global: those as low as the lowest one, provided
    nothing on the grid lies lower (else the domain's lowest point is on its edge)."""
    if not found.minima:
        return 0
    best = found.minimum_values[0]
    tolerance = 1e-9 * (1 + abs(best))
    if np.isfinite(lowest) and best > lowest + tolerance:
        return 0
    return sum(1 for v in found.minimum_values if v <= best + tolerance)


def _survey(
    value_xy: Callable[..., np.ndarray],
    gradient_xy: Callable[..., tuple[np.ndarray, ...]],
    bounds: np.ndarray,
    n: int = 64,
) -> _Survey:
    """Learning rate, log scale, lowest value and typical slope, from an n×n grid."""
    xs, ys = np.linspace(*bounds[0], n), np.linspace(*bounds[1], n)
    x, y = np.meshgrid(xs, ys)
    with np.errstate(all="ignore"):
        z = np.broadcast_to(value_xy(x, y), x.shape)
        g = np.stack(np.broadcast_arrays(*gradient_xy(x, y)), axis=-1)
        # Largest change of gradient per unit step between neighbours ≈ the largest curvature.
        curvature = np.concatenate(
            [
                (np.linalg.norm(np.diff(g, axis=1), axis=-1) / (xs[1] - xs[0])).ravel(),
                (np.linalg.norm(np.diff(g, axis=0), axis=-1) / (ys[1] - ys[0])).ravel(),
            ]
        )
        slopes = np.linalg.norm(g, axis=-1)
    curvature = curvature[np.isfinite(curvature)]
    learning_rate = 0.1
    if curvature.size and curvature.max() > 0:
        rate = min(1.0, max(1e-6, 1.0 / curvature.max()))
        magnitude = 10.0 ** np.floor(np.log10(rate))
        digit = np.floor(rate / magnitude * (1 + 1e-9))  # one significant digit, rounded down
        learning_rate = float(digit * magnitude)
    slopes = slopes[np.isfinite(slopes)]
    scale = float(np.median(slopes)) if slopes.size else 1.0
    finite = np.isfinite(z)
    if not finite.any():
        return _Survey(learning_rate, False, float("nan"), scale, np.empty((0, 2)))
    lowest = float(z[finite].min())
    typical = float(np.median(z[finite])) - lowest
    log_scale = bool(typical > 0 and np.percentile(z[finite], 99) - lowest > 10 * typical)
    j, i = np.nonzero(_extreme_cells(np.where(finite, z, np.nan)))
    return _Survey(learning_rate, log_scale, lowest, scale, np.stack([xs[i], ys[j]], axis=-1))


def _extreme_cells(z: np.ndarray, limit: int = 256) -> np.ndarray:
    """Interior cells strictly lower, or strictly higher, than all eight neighbours (at most
    ``limit`` of them: an egg-crate formula has hundreds)."""
    centre = z[1:-1, 1:-1]
    rows, cols = z.shape
    neighbours = np.stack([z[1 + dj:rows - 1 + dj, 1 + di:cols - 1 + di]
                           for dj in (-1, 0, 1) for di in (-1, 0, 1) if dj or di])
    with np.errstate(invalid="ignore"):
        extreme = np.all(centre < neighbours, axis=0) | np.all(centre > neighbours, axis=0)
    mask = np.zeros(z.shape, dtype=bool)
    mask[1:-1, 1:-1] = extreme
    if mask.sum() > limit:
        mask[tuple(np.argwhere(mask)[limit:].T)] = False
    return mask
