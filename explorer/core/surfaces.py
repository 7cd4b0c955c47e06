"""Loss surfaces the optimizers race on: value, analytic gradient, domain and landmarks.

Every built-in surface has a hand-derived gradient (no finite differences), so what students see
is the optimizer's behaviour, not numerical noise. Each one also knows where its minima and
saddle points are, where a race should start and a learning rate at which plain gradient descent
behaves, so a lab can open on something instructive.

Points are arrays shaped ``(..., dim)``; values come back shaped ``(...)`` and gradients
``(..., dim)``, computed in float64 with numpy and no Python loop over points.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike

from explorer.core.formula import FormulaError, parse

__all__ = ["REGRESSION_CSV", "SURFACES", "FormulaError", "Surface", "custom", "get"]

Domain = tuple[tuple[float, float], ...]
Point = tuple[float, ...]
MinibatchGradient = Callable[[ArrayLike, np.random.Generator, int], np.ndarray]

REGRESSION_CSV = Path(__file__).resolve().parents[2] / "resources" / "regression.csv"


def _as_points(p: ArrayLike, dim: int) -> np.ndarray:
    """p as a float64 array whose last axis holds the dim coordinates."""
    points = np.asarray(p, dtype=np.float64)
    if points.ndim == 0 or points.shape[-1] != dim:
        raise ValueError(f"points must have shape (..., {dim}), got {points.shape}")
    return points


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

    def __post_init__(self) -> None:
        if not 0 <= self.n_global <= len(self.minima):
            raise ValueError(f"n_global={self.n_global} but {len(self.minima)} minima listed")

    def value(self, p: ArrayLike) -> np.ndarray:
        """L at points shaped (..., dim) → (...); overflow gives inf/nan, never a warning."""
        points = _as_points(p, self.dim)
        with np.errstate(all="ignore"):
            values = np.asarray(self.value_xy(*np.moveaxis(points, -1, 0)), dtype=np.float64)
        if values.shape != points.shape[:-1]:  # e.g. a custom formula that ignores y
            values = np.broadcast_to(values, points.shape[:-1]).copy()
        return values

    def gradient(self, p: ArrayLike) -> np.ndarray:
        """∇L at points shaped (..., dim) → (..., dim), from the analytic derivative."""
        points = _as_points(p, self.dim)
        with np.errstate(all="ignore"):
            parts = self.gradient_xy(*np.moveaxis(points, -1, 0))
        shape = points.shape[:-1]
        return np.stack([np.broadcast_to(part, shape) for part in parts], axis=-1)

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
        points = _as_points(p, self.dim)
        minima = self.minima[: self.n_global] if global_only else self.minima
        best = np.full(points.shape[:-1], np.inf)
        for minimum in minima:  # loop over the few landmarks, vectorised over points
            np.minimum(best, np.linalg.norm(points - np.asarray(minimum), axis=-1), out=best)
        return best


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


def _surface(
    value_xy: Callable[..., np.ndarray],
    gradient_xy: Callable[..., tuple[np.ndarray, ...]],
    **fields,
) -> Surface:
    """Build a Surface, normalising landmarks to tuples of Python floats."""
    for key in ("minima", "saddles"):
        fields[key] = tuple(tuple(float(c) for c in point) for point in fields.get(key, ()))
    fields["start"] = tuple(float(c) for c in fields["start"])
    fields["domain"] = tuple((float(lo), float(hi)) for lo, hi in fields["domain"])
    fields.setdefault("log_scale", False)
    fields.setdefault("n_global", min(1, len(fields["minima"])))
    return Surface(value_xy=value_xy, gradient_xy=gradient_xy, dim=len(fields["domain"]), **fields)


def _newton(
    points: ArrayLike, gradient_xy: Callable[..., tuple[np.ndarray, ...]], tolerance: float = 1e-9
) -> tuple[np.ndarray, np.ndarray]:
    """Polish approximate critical points (Newton on the gradient); returns points and success.

    The Jacobian of the analytic gradient is taken by central differences: it only steers the
    iteration, the fixed point is where the analytic gradient vanishes.
    """
    p = np.array(points, dtype=np.float64)
    h = 1e-6
    with np.errstate(all="ignore"):
        for _ in range(12):
            g = np.stack(gradient_xy(*p.T), axis=-1)
            columns = []
            for k in range(p.shape[1]):
                step = np.zeros(p.shape[1])
                step[k] = h
                plus = np.stack(gradient_xy(*(p + step).T), axis=-1)
                minus = np.stack(gradient_xy(*(p - step).T), axis=-1)
                columns.append((plus - minus) / (2 * h))
            try:
                p = p - np.linalg.solve(np.stack(columns, axis=-1), g[..., np.newaxis])[..., 0]
            except np.linalg.LinAlgError:
                return p, np.zeros(len(p), dtype=bool)
        g = np.stack(gradient_xy(*p.T), axis=-1)
    ok = np.all(np.isfinite(p), axis=1) & (np.linalg.norm(g, axis=1) <= tolerance)
    return p, ok


# --------------------------------------------------------------------------------------------
# 1-D


def _quartic(x):
    return (x - 9) * x * (x + 1) * (x + 6) / 200 + 4


def _quartic_gradient(x):
    return ((2 * x**3 - 3 * x**2 - 57 * x - 27) / 100,)


def _quartic_landmarks() -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Roots of L'(x): the global minimum (~6.34), the local one (~−4.34), the hump (~−0.49)."""
    local, hump, best = sorted(np.roots([2.0, -3.0, -57.0, -27.0]).real)
    return ((best,), (local,)), ((hump,),)


# --------------------------------------------------------------------------------------------
# Saddles and bowls


def _saddle(x, y):
    return x**2 - y**2


def _saddle_gradient(x, y):
    return 2 * x, -2 * y


def _monkey_saddle(x, y):
    return x**3 - 3 * x * y**2


def _monkey_saddle_gradient(x, y):
    return 3 * x**2 - 3 * y**2, -6 * x * y


def _bowl(x, y):
    return 0.5 * (x**2 + 10 * y**2)


def _bowl_gradient(x, y):
    return x, 10 * y


# Gaussians are written as products exp(a)·exp(b): on a grid's broadcast axes the exponentials
# are then computed per row and per column instead of per pixel.


def _plateau(x, y):
    return 1 - np.exp(-(x**2) / 2) * np.exp(-(y**2) / 2)


def _plateau_gradient(x, y):
    well = np.exp(-(x**2) / 2) * np.exp(-(y**2) / 2)
    return x * well, y * well


def _two_wells_dips(x, y):
    deep = np.exp(-((x - 2) ** 2)) * np.exp(-((y - 1) ** 2))
    shallow = np.exp(-((x + 2) ** 2) / 0.8) * np.exp(-((y + 1.5) ** 2) / 0.8)
    return deep, shallow


def _two_wells(x, y):
    deep, shallow = _two_wells_dips(x, y)
    return 0.05 * (x**2 + y**2) - 2 * deep - 1.2 * shallow


def _two_wells_gradient(x, y):
    deep, shallow = _two_wells_dips(x, y)
    return (
        0.1 * x + 4 * (x - 2) * deep + 3 * (x + 2) * shallow,
        0.1 * y + 4 * (y - 1) * deep + 3 * (y + 1.5) * shallow,
    )


# --------------------------------------------------------------------------------------------
# Classic optimisation test functions


def _rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def _rosenbrock_gradient(x, y):
    valley = y - x**2
    return -2 * (1 - x) - 400 * x * valley, 200 * valley


def _beale_terms(x, y):
    return 1.5 - x + x * y, 2.25 - x + x * y**2, 2.625 - x + x * y**3


def _beale(x, y):
    t1, t2, t3 = _beale_terms(x, y)
    return t1**2 + t2**2 + t3**2


def _beale_gradient(x, y):
    t1, t2, t3 = _beale_terms(x, y)
    return (
        2 * (t1 * (y - 1) + t2 * (y**2 - 1) + t3 * (y**3 - 1)),
        2 * x * (t1 + 2 * y * t2 + 3 * y**2 * t3),
    )


def _booth(x, y):
    return (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2


def _booth_gradient(x, y):
    a, b = x + 2 * y - 7, 2 * x + y - 5
    return 2 * a + 4 * b, 4 * a + 2 * b


def _himmelblau(x, y):
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


def _himmelblau_gradient(x, y):
    a, b = x**2 + y - 11, x + y**2 - 7
    return 4 * x * a + 2 * b, 2 * a + 4 * y * b


def _rastrigin(x, y):
    two_pi = 2 * np.pi
    return 20 + (x**2 - 10 * np.cos(two_pi * x)) + (y**2 - 10 * np.cos(two_pi * y))


def _rastrigin_gradient(x, y):
    two_pi = 2 * np.pi
    return 2 * x + 20 * np.pi * np.sin(two_pi * x), 2 * y + 20 * np.pi * np.sin(two_pi * y)


def _rastrigin_minima() -> list[Point]:
    """Local minima sit just inside each integer point; solve L'=0 per axis, then combine."""
    k = np.arange(-5.0, 6.0)
    x = k.copy()
    for _ in range(8):  # Newton; L'' = 2 + 40π² cos(2πx) > 0 near integers
        x -= (2 * x + 20 * np.pi * np.sin(2 * np.pi * x)) / (
            2 + 40 * np.pi**2 * np.cos(2 * np.pi * x)
        )
    axis = sorted(x, key=abs)  # 0 first, so the global minimum leads the list
    return list(itertools.product(axis, axis))


def _ackley_parts(x, y):
    radius = np.sqrt(0.5 * (x**2 + y**2))
    cone = np.exp(-0.2 * radius)
    ripple = np.exp(0.5 * (np.cos(2 * np.pi * x) + np.cos(2 * np.pi * y)))
    return radius, cone, ripple


def _ackley(x, y):
    _, cone, ripple = _ackley_parts(x, y)
    return -20 * cone - ripple + np.e + 20


def _ackley_gradient(x, y):
    radius, cone, ripple = _ackley_parts(x, y)
    # d/dx of -20 exp(-0.2 r) is 2 x exp(-0.2 r) / r: a cone tip at the origin, where the
    # gradient is defined as 0 (the minimum) instead of 0/0.
    safe = np.where(radius > 0, radius, 1.0)
    cone_slope = np.where(radius > 0, 2 * cone / safe, 0.0)
    return (
        cone_slope * x + np.pi * np.sin(2 * np.pi * x) * ripple,
        cone_slope * y + np.pi * np.sin(2 * np.pi * y) * ripple,
    )


def _ackley_minima() -> list[Point]:
    """The global minimum at the origin, then a local minimum next to every other integer point."""
    seeds = [(i, j) for i in range(-5, 6) for j in range(-5, 6) if (i, j) != (0, 0)]
    seeds.sort(key=lambda ij: (ij[0] ** 2 + ij[1] ** 2, ij))
    polished, ok = _newton(seeds, _ackley_gradient)
    return [(0.0, 0.0), *map(tuple, polished[ok])]


def _six_hump_camel(x, y):
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


def _six_hump_camel_gradient(x, y):
    return 8 * x - 8.4 * x**3 + 2 * x**5 + y, x - 8 * y + 16 * y**3


def _mirrored(*points: Point) -> list[Point]:
    """Each point followed by its mirror image through the origin (point-symmetric surfaces)."""
    return [q for x, y in points for q in ((x, y), (-x, -y))]


def _styblinski_tang(x, y):
    return 0.5 * ((x**4 - 16 * x**2 + 5 * x) + (y**4 - 16 * y**2 + 5 * y))


def _styblinski_tang_gradient(x, y):
    return 2 * x**3 - 16 * x + 2.5, 2 * y**3 - 16 * y + 2.5


def _styblinski_tang_landmarks() -> tuple[list[Point], list[Point]]:
    """Per axis L' = 2t³ − 16t + 2.5 has roots: a deep min, a shallow min and a max."""
    deep, top, shallow = sorted(np.roots([2.0, 0.0, -16.0, 2.5]).real)
    minima = [(deep, deep), (deep, shallow), (shallow, deep), (shallow, shallow)]
    saddles = [(top, deep), (deep, top), (top, shallow), (shallow, top)]
    return minima, saddles


def _goldstein_price_parts(x, y):
    s, d = x + y + 1, 2 * x - 3 * y
    p = 19 - 14 * x + 3 * x**2 - 14 * y + 6 * x * y + 3 * y**2
    q = 18 - 32 * x + 12 * x**2 + 48 * y - 36 * x * y + 27 * y**2
    return s, d, p, q


def _goldstein_price(x, y):
    s, d, p, q = _goldstein_price_parts(x, y)
    return (1 + s**2 * p) * (30 + d**2 * q)


def _goldstein_price_gradient(x, y):
    s, d, p, q = _goldstein_price_parts(x, y)
    a, b = 1 + s**2 * p, 30 + d**2 * q
    # ∂p/∂x = ∂p/∂y, so ∂a/∂x = ∂a/∂y.
    da = 2 * s * p + s**2 * (-14 + 6 * x + 6 * y)
    db_dx = 4 * d * q + d**2 * (-32 + 24 * x - 36 * y)
    db_dy = -6 * d * q + d**2 * (48 - 36 * x + 54 * y)
    return da * b + a * db_dx, da * b + a * db_dy


# --------------------------------------------------------------------------------------------
# Linear regression: the loss over (w, b) of a line fitted to a small bundled data set


def _load_regression_data(path: Path = REGRESSION_CSV) -> np.ndarray:
    """(n, 2) array of x, y.

    The file was generated once with ``rng = np.random.default_rng(20240917)``,
    ``x = sort(rng.uniform(-3, 3, 40))``, ``y = 2x + 1 + rng.normal(0, 1, 40)``, 4 decimals.
    """
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64, ndmin=2)
    if data.shape[1] != 2 or len(data) < 2:
        raise ValueError(f"{path} must hold two columns x,y and at least two rows")
    data.setflags(write=False)  # shared by every user of the surface
    return data


def _regression(data: np.ndarray) -> Surface:
    """MSE(w, b) = mean((w x + b − y)²), expanded in the data's moments so grids are cheap."""
    x, y = data[:, 0], data[:, 1]
    sx, sy, sxx, sxy, syy = x.mean(), y.mean(), (x * x).mean(), (x * y).mean(), (y * y).mean()

    def value(w, b):
        return w * w * sxx + 2 * w * b * sx + b * b - 2 * w * sxy - 2 * b * sy + syy

    def gradient(w, b):
        return 2 * (w * sxx + b * sx - sxy), 2 * (w * sx + b - sy)

    def minibatch_gradient(p: ArrayLike, rng: np.random.Generator, batch_size: int) -> np.ndarray:
        """Gradient of the MSE over a fresh random batch (without replacement) per point."""
        points = _as_points(p, 2)
        n = len(x)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        batch = min(int(batch_size), n)
        flat = points.reshape(-1, 2)
        order = rng.permuted(np.tile(np.arange(n), (len(flat), 1)), axis=1)[:, :batch]
        xb, yb = x[order], y[order]
        with np.errstate(all="ignore"):
            residual = flat[:, :1] * xb + flat[:, 1:] - yb
            grad = np.stack([2 * (residual * xb).mean(axis=1), 2 * residual.mean(axis=1)], -1)
        return grad.reshape(points.shape)

    best = np.linalg.solve([[sxx, sx], [sx, 1.0]], [sxy, sy])
    return _surface(
        value,
        gradient,
        name="regression",
        title="Linear regression: mean squared error of the line y = w·x + b",
        formula="L(w, b) = (1/n)·Σᵢ (w·xᵢ + b − yᵢ)²",
        domain=((-1, 5), (-2, 4)),
        start=(-0.5, 3.5),
        minima=(best,),
        learning_rate=0.1,
        minibatch_gradient=minibatch_gradient,
        data=data,
        description=(
            f"Each point is a line; its height is the mean squared error over {len(x)} data "
            "points. Mini-batches make SGD's path noisy."
        ),
    )


# --------------------------------------------------------------------------------------------
# The catalogue


def _build() -> dict[str, Surface]:
    quartic_minima, quartic_humps = _quartic_landmarks()
    tang_minima, tang_saddles = _styblinski_tang_landmarks()
    surfaces = [
        _surface(
            _quartic,
            _quartic_gradient,
            name="quartic",
            title="Quartic (1-D): a local and a global minimum",
            formula="L(x) = (x−9)·x·(x+1)·(x+6)/200 + 4",
            domain=((-10, 10),),
            start=(-8,),
            minima=quartic_minima,
            saddles=quartic_humps,
            learning_rate=0.1,
            description=(
                "Gradient descent from the left settles in the local minimum near −4.3; "
                "momentum or Adam can carry it over the hump to the global one near 6.3."
            ),
        ),
        _surface(
            _saddle,
            _saddle_gradient,
            name="saddle",
            title="Saddle point",
            formula="L(x, y) = x² − y²",
            domain=((-2, 2), (-2, 2)),
            start=(-1.8, 1e-3),
            minima=(),
            saddles=((0, 0),),
            learning_rate=0.1,
            n_global=0,
            description=(
                "The gradient vanishes at the origin, but it is no minimum: starting just off "
                "the x-axis, optimizers slow down near the saddle and then escape along y."
            ),
        ),
        _surface(
            _monkey_saddle,
            _monkey_saddle_gradient,
            name="monkey_saddle",
            title="Monkey saddle",
            formula="L(x, y) = x³ − 3·x·y²",
            domain=((-2, 2), (-2, 2)),
            start=(1.8, 0.01),
            minima=(),
            saddles=((0, 0),),
            learning_rate=0.02,
            n_global=0,
            description=(
                "A flatter saddle with three valleys: the gradient near the origin is tiny in "
                "every direction, so plain gradient descent lingers there."
            ),
        ),
        _surface(
            _bowl,
            _bowl_gradient,
            name="bowl",
            title="Elongated bowl",
            formula="L(x, y) = (x² + 10·y²)/2",
            domain=((-3, 3), (-2, 2)),
            start=(-2.5, 1.2),
            minima=((0, 0),),
            learning_rate=0.17,
            description=(
                "Ten times steeper along y than along x: gradient descent zig-zags across the "
                "valley; momentum and adaptive methods go straight down it."
            ),
        ),
        _surface(
            _rosenbrock,
            _rosenbrock_gradient,
            name="rosenbrock",
            title="Rosenbrock's banana valley",
            formula="L(x, y) = (1 − x)² + 100·(y − x²)²",
            domain=((-2, 2), (-1, 3)),
            start=(-1.5, 2),
            minima=((1, 1),),
            learning_rate=1e-3,
            log_scale=True,
            description=(
                "Finding the curved valley is easy; following its nearly flat floor to (1, 1) "
                "is slow for gradient descent."
            ),
        ),
        _surface(
            _beale,
            _beale_gradient,
            name="beale",
            title="Beale function",
            formula="L(x, y) = (1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)²",
            domain=((-4.5, 4.5), (-4.5, 4.5)),
            start=(1, 1.5),
            minima=((3, 0.5),),
            saddles=((0, 1), (0.10053793732415843, -2.644513585023124)),
            learning_rate=1e-3,
            log_scale=True,
            description="Steep walls and flat shelves around a narrow valley ending at (3, 0.5).",
        ),
        _surface(
            _booth,
            _booth_gradient,
            name="booth",
            title="Booth function",
            formula="L(x, y) = (x + 2·y − 7)² + (2·x + y − 5)²",
            domain=((-10, 10), (-10, 10)),
            start=(-8, 8),
            minima=((1, 3),),
            learning_rate=0.05,
            description="A tilted quadratic bowl: curvature 9 times larger along one diagonal.",
        ),
        _surface(
            _himmelblau,
            _himmelblau_gradient,
            name="himmelblau",
            title="Himmelblau function: four equal minima",
            formula="L(x, y) = (x² + y − 11)² + (x + y² − 7)²",
            domain=((-5, 5), (-5, 5)),
            start=(0, 0),
            minima=(
                (3, 2),
                (-2.805118086952745, 3.131312518250573),
                (-3.779310253377747, -3.2831859912861696),
                (3.5844283403304917, -1.8481265269644036),
            ),
            saddles=(
                (3.385154183607021, 0.0738518798377493),
                (0.08667750455539634, 2.884254701174776),
                (-3.0730257507643897, -0.08135304428796751),
                (-0.12796134673068008, -1.9537149802445766),
            ),
            learning_rate=0.01,
            n_global=4,
            description="Four minima of equal depth: which one you reach depends on the start.",
        ),
        _surface(
            _rastrigin,
            _rastrigin_gradient,
            name="rastrigin",
            title="Rastrigin function: an egg-crate of local minima",
            formula="L(x, y) = 20 + x² − 10·cos(2πx) + y² − 10·cos(2πy)",
            domain=((-5.12, 5.12), (-5.12, 5.12)),
            start=(-4.5, 4.2),
            minima=_rastrigin_minima(),
            learning_rate=1e-3,
            description=(
                "A bowl covered in ripples: a local minimum next to every integer point. "
                "Gradient methods get stuck in the nearest one."
            ),
        ),
        _surface(
            _ackley,
            _ackley_gradient,
            name="ackley",
            title="Ackley function",
            formula=(
                "L(x, y) = −20·exp(−0.2·√((x² + y²)/2)) − exp((cos 2πx + cos 2πy)/2) + e + 20"
            ),
            domain=((-5, 5), (-5, 5)),
            start=(-1.5, 3.5),
            minima=_ackley_minima(),
            learning_rate=0.01,
            description=(
                "A nearly flat, rippled plain with a sharp funnel at the origin; the funnel's "
                "tip is a kink where the gradient jumps."
            ),
        ),
        _surface(
            _six_hump_camel,
            _six_hump_camel_gradient,
            name="six_hump_camel",
            title="Six-hump camel function",
            formula="L(x, y) = (4 − 2.1·x² + x⁴/3)·x² + x·y + (4·y² − 4)·y²",
            domain=((-2, 2), (-1, 1)),
            start=(-1.9, -0.6),
            minima=_mirrored(
                (0.08984201310031806, -0.7126564030207396),
                (1.7036067149699814, -0.7960835686726252),
                (1.6071047529201976, 0.5686514548841313),
            ),
            saddles=(
                (0, 0),
                *_mirrored(
                    (1.1092053368047863, -0.7682680925095399),
                    (1.6380679841897785, 0.22867406904439405),
                    (1.2960702671671094, 0.6050843880386585),
                ),
            ),
            learning_rate=0.01,
            n_global=2,
            description="Two global minima, four local ones and saddles in between.",
        ),
        _surface(
            _styblinski_tang,
            _styblinski_tang_gradient,
            name="styblinski_tang",
            title="Styblinski–Tang function",
            formula="L(x, y) = (x⁴ − 16·x² + 5·x + y⁴ − 16·y² + 5·y)/2",
            domain=((-5, 5), (-5, 5)),
            start=(4.5, 4.5),
            minima=tang_minima,
            saddles=tang_saddles,
            learning_rate=0.01,
            description=(
                "Four minima of different depth; the deepest is at (−2.90, −2.90), the start "
                "is above the shallowest."
            ),
        ),
        _surface(
            _goldstein_price,
            _goldstein_price_gradient,
            name="goldstein_price",
            title="Goldstein–Price function",
            formula=(
                "L(x, y) = [1 + (x+y+1)²·(19 − 14x + 3x² − 14y + 6xy + 3y²)]"
                " · [30 + (2x−3y)²·(18 − 32x + 12x² + 48y − 36xy + 27y²)]"
            ),
            domain=((-2, 2), (-2, 2)),
            start=(-1.5, -1.5),
            minima=((0, -1), (-0.6, -0.4), (1.8, 0.2), (1.2, 0.8)),
            saddles=((-0.4, -0.6), (1.2, -0.2), (1.4, 0.6), (0.6, 0.4)),
            learning_rate=1e-5,
            log_scale=True,
            description=(
                "Values span six orders of magnitude (see the log colour scale); the global "
                "minimum L(0, −1) = 3 hides among local ones."
            ),
        ),
        _surface(
            _two_wells,
            _two_wells_gradient,
            name="two_wells",
            title="Two wells of different depth",
            formula=(
                "L(x, y) = 0.05·(x² + y²) − 2·exp(−((x−2)² + (y−1)²))"
                " − 1.2·exp(−((x+2)² + (y+1.5)²)/0.8)"
            ),
            domain=((-4, 4), (-4, 4)),
            start=(-3.5, 1.0),
            minima=(
                (1.9510769258718004, 0.9755384629353208),
                (-1.9349661235103088, -1.4512245929340897),
            ),
            saddles=((-0.4829911571315653, -0.3670377052325392),),
            learning_rate=0.1,
            description=(
                "A wide bowl with a deep well and a shallow one: where you end up depends on "
                "the start and on how much momentum carries you over the ridge."
            ),
        ),
        _surface(
            _plateau,
            _plateau_gradient,
            name="plateau",
            title="Plateau: a well in a flat plain",
            formula="L(x, y) = 1 − exp(−(x² + y²)/2)",
            domain=((-5, 5), (-5, 5)),
            start=(-4, 2.5),
            minima=((0, 0),),
            learning_rate=0.5,
            description=(
                "Far from the well the gradient is almost zero: gradient descent barely moves, "
                "while Adam rescales the tiny gradient and walks straight in."
            ),
        ),
        _regression(_load_regression_data()),
    ]
    return {surface.name: surface for surface in surfaces}


SURFACES: dict[str, Surface] = _build()
"""Built-in surfaces by name, in display order."""


def get(name: str) -> Surface:
    """The built-in surface called name; a ValueError lists the valid names otherwise."""
    try:
        return SURFACES[name]
    except (KeyError, TypeError):
        names = ", ".join(SURFACES)
        hint = " (use custom(text) for a typed formula)" if name == "custom" else ""
        raise ValueError(f"unknown surface {name!r}{hint}; choose one of: {names}") from None


# --------------------------------------------------------------------------------------------
# Custom surfaces typed by the user


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
    return _surface(
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
    (point,), (ok,) = _newton([(xs[i], ys[j])], gradient_xy, tolerance=1e-8 * (1 + scale))
    inside = np.all((bounds[:, 0] <= point) & (point <= bounds[:, 1]))
    with np.errstate(all="ignore"):
        lower = float(value_xy(*point)) <= lowest + 1e-9 * (1 + abs(lowest))
    if ok and inside and lower:
        return learning_rate, log_scale, (tuple(point),)
    return learning_rate, log_scale, ()
