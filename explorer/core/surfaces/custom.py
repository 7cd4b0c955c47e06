"""Custom surfaces typed by the user: a parsed formula surveyed on a grid for its defaults.

A typed formula has no hand-stated learning rate, colour scale or minimum, so this module
estimates them from a coarse grid; the parsing and symbolic gradient live in
:mod:`explorer.core.formula.expression`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explorer.core.formula import parse
from explorer.core.surfaces.surface import Point, Surface, make_surface, newton_refine

__all__ = ["custom"]


def custom(
    text: str,
    domain: tuple[tuple[float, float], tuple[float, float]] = ((-3, 3), (-3, 3)),
    start: tuple[float, float] | None = None,
) -> Surface:
    """A 2-D surface from a typed formula in x and y; raises FormulaError for bad text.

    A coarse grid supplies what a built-in surface states by hand: a learning rate at which
    gradient descent is stable everywhere on the grid, whether a log colour scale reads better,
    and the grid's lowest interior point polished into a true minimum when Newton's method agrees.
    """
    formula = parse(text)
    bounds = np.asarray(domain, dtype=np.float64)
    valid = bounds.shape == (2, 2) and np.all(np.isfinite(bounds))
    if not valid or np.any(bounds[:, 0] >= bounds[:, 1]):
        raise ValueError(f"domain must be ((xmin, xmax), (ymin, ymax)), min < max; got {domain}")
    if start is None:
        # 80 % of the way from the centre to the top-left corner
        centre = bounds.mean(axis=1)
        corner = np.array([bounds[0, 0], bounds[1, 1]])
        start = tuple(np.round(centre + 0.8 * (corner - centre), 12))
    start_point = np.asarray(start, dtype=np.float64)
    if start_point.shape != (2,) or not np.all(np.isfinite(start_point)):
        raise ValueError(f"start must be two finite numbers (x, y), got {start}")
    learning_rate, log_scale, minima = _survey(formula.value, formula.gradient, bounds)
    return make_surface(
        formula.value,
        formula.gradient,
        name="custom",
        title=f"Custom: {text.strip()}",
        formula=f"L(x, y) = {text.strip()}",
        domain=bounds,
        start=start_point,
        minima=minima,
        learning_rate=learning_rate,
        log_scale=log_scale,
        description="A surface typed by you; its gradient is derived symbolically.",
    )


def _survey(
    value_xy: Callable[..., np.ndarray],
    gradient_xy: Callable[..., tuple[np.ndarray, ...]],
    bounds: np.ndarray,
    n: int = 64,
) -> tuple[float, bool, tuple[Point, ...]]:
    """Learning rate, log scale and minimum of an unknown surface, from an n×n grid."""
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
    curvature = curvature[np.isfinite(curvature)]
    learning_rate = 0.1
    if curvature.size and curvature.max() > 0:
        rate = min(1.0, max(1e-6, 1.0 / curvature.max()))
        magnitude = 10.0 ** np.floor(np.log10(rate))
        digit = np.floor(rate / magnitude * (1 + 1e-9))  # one significant digit, rounded down
        learning_rate = float(digit * magnitude)

    finite = np.isfinite(z)
    if not finite.any():
        return learning_rate, False, ()
    lowest = float(z[finite].min())
    typical = float(np.median(z[finite])) - lowest
    log_scale = bool(typical > 0 and np.percentile(z[finite], 99) - lowest > 10 * typical)

    j, i = np.unravel_index(np.argmin(np.where(finite, z, np.inf)), z.shape)
    if not (0 < i < n - 1 and 0 < j < n - 1):  # lowest on the boundary: no interior minimum
        return learning_rate, log_scale, ()
    scale = float(np.nanmedian(np.linalg.norm(g, axis=-1)))
    (point,), (ok,) = newton_refine([(xs[i], ys[j])], gradient_xy, tolerance=1e-8 * (1 + scale))
    inside = np.all((bounds[:, 0] <= point) & (point <= bounds[:, 1]))
    with np.errstate(all="ignore"):
        lower = float(value_xy(*point)) <= lowest + 1e-9 * (1 + abs(lowest))
    if ok and inside and lower:
        return learning_rate, log_scale, (tuple(point),)
    return learning_rate, log_scale, ()
