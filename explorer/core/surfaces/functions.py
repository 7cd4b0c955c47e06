"""Value, hand-derived gradient and landmarks of each analytic built-in surface.

The textbook functions themselves, written with numpy so they broadcast over grids; the
catalogue in :mod:`explorer.core.surfaces.catalogue` pairs them with titles, domains and defaults.
"""

from __future__ import annotations

import itertools

import numpy as np

from explorer.core.surfaces.surface import Point, newton_refine

# --------------------------------------------------------------------------------------------
# 1-D


def quartic(x):
    return (x - 9) * x * (x + 1) * (x + 6) / 200 + 4


def quartic_gradient(x):
    return ((2 * x**3 - 3 * x**2 - 57 * x - 27) / 100,)


def quartic_landmarks() -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Roots of L'(x): the global minimum (~6.34), the local one (~−4.34), the hump (~−0.49)."""
    local, hump, best = sorted(np.roots([2.0, -3.0, -57.0, -27.0]).real)
    return ((best,), (local,)), ((hump,),)


# --------------------------------------------------------------------------------------------
# Saddles and bowls


def saddle(x, y):
    return x**2 - y**2


def saddle_gradient(x, y):
    return 2 * x, -2 * y


def monkey_saddle(x, y):
    return x**3 - 3 * x * y**2


def monkey_saddle_gradient(x, y):
    return 3 * x**2 - 3 * y**2, -6 * x * y


def bowl(x, y):
    return 0.5 * (x**2 + 10 * y**2)


def bowl_gradient(x, y):
    return x, 10 * y


# Gaussians are written as products exp(a)·exp(b): on a grid's broadcast axes the exponentials
# are then computed per row and per column instead of per pixel.


def plateau(x, y):
    return 1 - np.exp(-(x**2) / 2) * np.exp(-(y**2) / 2)


def plateau_gradient(x, y):
    well = np.exp(-(x**2) / 2) * np.exp(-(y**2) / 2)
    return x * well, y * well


def _two_wells_dips(x, y):
    deep = np.exp(-((x - 2) ** 2)) * np.exp(-((y - 1) ** 2))
    shallow = np.exp(-((x + 2) ** 2) / 0.8) * np.exp(-((y + 1.5) ** 2) / 0.8)
    return deep, shallow


def two_wells(x, y):
    deep, shallow = _two_wells_dips(x, y)
    return 0.05 * (x**2 + y**2) - 2 * deep - 1.2 * shallow


def two_wells_gradient(x, y):
    deep, shallow = _two_wells_dips(x, y)
    return (
        0.1 * x + 4 * (x - 2) * deep + 3 * (x + 2) * shallow,
        0.1 * y + 4 * (y - 1) * deep + 3 * (y + 1.5) * shallow,
    )


# --------------------------------------------------------------------------------------------
# Classic optimisation test functions


def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def rosenbrock_gradient(x, y):
    valley = y - x**2
    return -2 * (1 - x) - 400 * x * valley, 200 * valley


def _beale_terms(x, y):
    return 1.5 - x + x * y, 2.25 - x + x * y**2, 2.625 - x + x * y**3


def beale(x, y):
    t1, t2, t3 = _beale_terms(x, y)
    return t1**2 + t2**2 + t3**2


def beale_gradient(x, y):
    t1, t2, t3 = _beale_terms(x, y)
    return (
        2 * (t1 * (y - 1) + t2 * (y**2 - 1) + t3 * (y**3 - 1)),
        2 * x * (t1 + 2 * y * t2 + 3 * y**2 * t3),
    )


def booth(x, y):
    return (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2


def booth_gradient(x, y):
    a, b = x + 2 * y - 7, 2 * x + y - 5
    return 2 * a + 4 * b, 4 * a + 2 * b


def himmelblau(x, y):
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


def himmelblau_gradient(x, y):
    a, b = x**2 + y - 11, x + y**2 - 7
    return 4 * x * a + 2 * b, 2 * a + 4 * y * b


def rastrigin(x, y):
    two_pi = 2 * np.pi
    return 20 + (x**2 - 10 * np.cos(two_pi * x)) + (y**2 - 10 * np.cos(two_pi * y))


def rastrigin_gradient(x, y):
    two_pi = 2 * np.pi
    return 2 * x + 20 * np.pi * np.sin(two_pi * x), 2 * y + 20 * np.pi * np.sin(two_pi * y)


def rastrigin_minima() -> list[Point]:
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


def ackley(x, y):
    _, cone, ripple = _ackley_parts(x, y)
    return -20 * cone - ripple + np.e + 20


def ackley_gradient(x, y):
    radius, cone, ripple = _ackley_parts(x, y)
    # d/dx of -20 exp(-0.2 r) is 2 x exp(-0.2 r) / r: a cone tip at the origin, where the
    # gradient is defined as 0 (the minimum) instead of 0/0.
    safe = np.where(radius > 0, radius, 1.0)
    cone_slope = np.where(radius > 0, 2 * cone / safe, 0.0)
    return (
        cone_slope * x + np.pi * np.sin(2 * np.pi * x) * ripple,
        cone_slope * y + np.pi * np.sin(2 * np.pi * y) * ripple,
    )


def ackley_minima() -> list[Point]:
    """The global minimum at the origin, then a local minimum next to every other integer point."""
    seeds = [(i, j) for i in range(-5, 6) for j in range(-5, 6) if (i, j) != (0, 0)]
    seeds.sort(key=lambda ij: (ij[0] ** 2 + ij[1] ** 2, ij))
    polished, ok = newton_refine(seeds, ackley_gradient)
    return [(0.0, 0.0), *map(tuple, polished[ok])]


def six_hump_camel(x, y):
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


def six_hump_camel_gradient(x, y):
    return 8 * x - 8.4 * x**3 + 2 * x**5 + y, x - 8 * y + 16 * y**3


def mirrored(*points: Point) -> list[Point]:
    """Each point followed by its mirror image through the origin (point-symmetric surfaces)."""
    return [q for x, y in points for q in ((x, y), (-x, -y))]


def styblinski_tang(x, y):
    return 0.5 * ((x**4 - 16 * x**2 + 5 * x) + (y**4 - 16 * y**2 + 5 * y))


def styblinski_tang_gradient(x, y):
    return 2 * x**3 - 16 * x + 2.5, 2 * y**3 - 16 * y + 2.5


def styblinski_tang_landmarks() -> tuple[list[Point], list[Point]]:
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


def goldstein_price(x, y):
    s, d, p, q = _goldstein_price_parts(x, y)
    return (1 + s**2 * p) * (30 + d**2 * q)


def goldstein_price_gradient(x, y):
    s, d, p, q = _goldstein_price_parts(x, y)
    a, b = 1 + s**2 * p, 30 + d**2 * q
    # ∂p/∂x = ∂p/∂y, so ∂a/∂x = ∂a/∂y.
    da = 2 * s * p + s**2 * (-14 + 6 * x + 6 * y)
    db_dx = 4 * d * q + d**2 * (-32 + 24 * x - 36 * y)
    db_dy = -6 * d * q + d**2 * (48 - 36 * x + 54 * y)
    return da * b + a * db_dx, da * b + a * db_dy
