"""Loss surfaces: analytic gradients, landmarks, shapes, grids, regression data, custom formulas."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import numpy as np
import pytest

from explorer.core.formula import FormulaError
from explorer.core.surfaces import SURFACES, Surface, custom, get

ROOT = Path(__file__).resolve().parents[2]
NAMES = list(SURFACES)
ALL = [*SURFACES.values(), custom("sin(x)*y^2 + 0.1*exp(x/2)*abs(y - 3)", domain=((-3, 3), (0, 2)))]
IDS = [s.name for s in ALL]
WITH_MINIMA = [s for s in SURFACES.values() if s.minima]
WITH_SADDLES = [s for s in SURFACES.values() if s.saddles]


def span(surface: Surface) -> np.ndarray:
    return np.array([hi - lo for lo, hi in surface.domain])


def random_points(surface: Surface, n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    lo, hi = np.array(surface.domain).T
    return rng.uniform(lo, hi, size=(n, surface.dim))


def central_difference(surface: Surface, points: np.ndarray) -> np.ndarray:
    """Five-point stencil per axis with h = 1e-4 of the domain: error O(h^4), tiny vs tolerance."""
    grads = []
    for k in range(surface.dim):
        h = 1e-4 * span(surface)[k]
        e = np.zeros(surface.dim)
        e[k] = h

        def f(t: float, direction: np.ndarray = e / h) -> np.ndarray:
            return surface.value(points + t * direction)

        grads.append((-f(2 * h) + 8 * f(h) - 8 * f(-h) + f(-2 * h)) / (12 * h))
    return np.stack(grads, axis=-1)


def gradient_scale(surface: Surface) -> float:
    """Typical gradient size over the domain, so tolerances suit the surface's units."""
    return float(
        np.median(np.linalg.norm(surface.gradient(random_points(surface, 400, 9)), axis=-1))
    )


def test_display_order() -> None:
    assert NAMES == [
        "quartic",
        "saddle",
        "monkey_saddle",
        "bowl",
        "rosenbrock",
        "beale",
        "booth",
        "himmelblau",
        "rastrigin",
        "ackley",
        "six_hump_camel",
        "styblinski_tang",
        "goldstein_price",
        "two_wells",
        "plateau",
        "regression",
    ]


@pytest.mark.parametrize("surface", ALL, ids=IDS)
def test_gradient_matches_central_differences(surface: Surface) -> None:
    points = random_points(surface, 50)
    analytic = surface.gradient(points)
    numeric = central_difference(surface, points)
    scale = gradient_scale(surface)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-7, atol=1e-8 * (1 + scale))


@pytest.mark.parametrize("surface", ALL, ids=IDS)
def test_metadata_is_consistent(surface: Surface) -> None:
    assert surface.dim in (1, 2)
    assert len(surface.domain) == surface.dim
    assert all(lo < hi for lo, hi in surface.domain)
    assert len(surface.start) == surface.dim
    lo, hi = np.array(surface.domain).T
    assert np.all((lo <= surface.start) & (surface.start <= hi)), "start outside the domain"
    for point in (*surface.minima, *surface.saddles):
        assert len(point) == surface.dim
        assert np.all((lo <= point) & (point <= hi)), f"landmark {point} outside the domain"
    assert 0 <= surface.n_global <= len(surface.minima)
    assert surface.learning_rate > 0
    assert surface.title and surface.formula
    assert isinstance(surface.log_scale, bool)
    assert np.all(np.isfinite(surface.value(surface.start)))


@pytest.mark.parametrize("surface", WITH_MINIMA, ids=[s.name for s in WITH_MINIMA])
def test_minima_are_stationary_and_lower_than_neighbours(surface: Surface) -> None:
    minima = np.array(surface.minima)
    tolerance = 1e-9 * (1 + gradient_scale(surface))
    np.testing.assert_allclose(surface.gradient(minima), 0.0, atol=tolerance)
    # a ring of neighbours at 1e-3 of the domain is never lower
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    ring = (
        np.stack([np.cos(angles), np.sin(angles)], -1)
        if surface.dim == 2
        else np.array([[-1.0], [1.0]])
    )
    neighbours = minima[:, None, :] + 1e-3 * span(surface) * ring[None]
    assert np.all(surface.value(neighbours) >= surface.value(minima)[:, None])


@pytest.mark.parametrize("surface", SURFACES.values(), ids=NAMES)
def test_global_minima_come_first_and_are_lowest(surface: Surface) -> None:
    if surface.n_global == 0:
        assert not surface.minima
        return
    values = surface.value(np.array(surface.minima))
    best = values[: surface.n_global]
    assert np.ptp(best) <= 1e-9 * (1 + abs(best[0])), "global minima differ in depth"
    assert np.all(values[surface.n_global :] > best[0] + 1e-9), "a local minimum is as deep"
    # nothing on a fine grid is lower than the global minimum
    xs, ys, _ = surface.grid(301)
    if surface.dim == 1:
        grid_values = surface.value(xs[:, None])
    else:
        grid_values = surface.value(np.stack(np.meshgrid(xs, ys), axis=-1))
    assert grid_values.min() >= best[0] - 1e-12 * (1 + abs(best[0]))


@pytest.mark.parametrize("surface", WITH_SADDLES, ids=[s.name for s in WITH_SADDLES])
def test_saddles_are_stationary_and_not_extrema(surface: Surface) -> None:
    saddles = np.array(surface.saddles)
    np.testing.assert_allclose(
        surface.gradient(saddles), 0.0, atol=1e-9 * (1 + gradient_scale(surface))
    )
    if surface.dim == 1:  # the 1-D "saddle" is the hump between the two minima
        assert np.all(hessian(surface, saddles)[:, 0, 0] < 0)
        return
    for saddle, h in zip(saddles, hessian(surface, saddles), strict=True):
        eigenvalues = np.linalg.eigvalsh((h + h.T) / 2)
        if np.abs(eigenvalues).max() > 1e-6:  # curvature up in one direction, down in another
            assert eigenvalues[0] < 0 < eigenvalues[-1], (saddle, eigenvalues)
        else:  # degenerate (monkey saddle): values on a small ring go both up and down
            angles = np.linspace(0, 2 * np.pi, 24, endpoint=False)
            ring = 1e-2 * np.stack([np.cos(angles), np.sin(angles)], -1)
            around = surface.value(saddle + ring) - surface.value(saddle)
            assert around.max() > 0 > around.min()


def hessian(surface: Surface, points: np.ndarray) -> np.ndarray:
    """(n, dim, dim) Hessian by central differences of the analytic gradient."""
    columns = []
    for k in range(surface.dim):
        e = np.zeros(surface.dim)
        e[k] = 1e-5
        columns.append((surface.gradient(points + e) - surface.gradient(points - e)) / 2e-5)
    return np.stack(columns, axis=-1)


def test_expected_landmarks() -> None:
    assert get("rosenbrock").minima == ((1.0, 1.0),)
    assert get("rosenbrock").start == (-1.5, 2.0)
    assert get("rosenbrock").domain == ((-2.0, 2.0), (-1.0, 3.0))
    assert get("goldstein_price").minima[0] == (0.0, -1.0)
    assert get("goldstein_price").value(np.array([0.0, -1.0])) == pytest.approx(3.0)
    assert get("beale").minima[0] == (3.0, 0.5)
    assert get("booth").minima == ((1.0, 3.0),)
    assert len(get("himmelblau").minima) == get("himmelblau").n_global == 4
    camel = get("six_hump_camel")
    assert camel.n_global == 2
    np.testing.assert_allclose(
        sorted(camel.minima[:2]), [(-0.0898, 0.7126), (0.0898, -0.7126)], atol=1e-4
    )
    tang = get("styblinski_tang")
    np.testing.assert_allclose(tang.minima[0], (-2.903534, -2.903534), atol=1e-6)
    assert tang.value(np.array(tang.minima[0])) == pytest.approx(-78.33233, abs=1e-5)
    assert get("rastrigin").minima[0] == (0.0, 0.0) and len(get("rastrigin").minima) == 121
    assert get("ackley").minima[0] == (0.0, 0.0) and len(get("ackley").minima) == 121
    assert get("saddle").saddles == ((0.0, 0.0),) and get("saddle").minima == ()
    assert get("monkey_saddle").saddles == ((0.0, 0.0),)
    wells = get("two_wells")
    assert len(wells.minima) == 2 and wells.minima[0][0] > 0 > wells.minima[1][0]
    for name in ("rosenbrock", "beale", "goldstein_price"):
        assert get(name).log_scale
    for name in ("bowl", "saddle", "quartic", "regression"):
        assert not get(name).log_scale


def test_ackley_gradient_is_zero_not_nan_at_origin() -> None:
    ackley = get("ackley")
    np.testing.assert_array_equal(ackley.gradient(np.zeros(2)), [0.0, 0.0])
    assert ackley.value(np.zeros(2)) == pytest.approx(0.0, abs=1e-14)


def test_plateau_is_flat_far_from_the_well() -> None:
    plateau = get("plateau")
    assert np.linalg.norm(plateau.gradient(np.array(plateau.start))) < 1e-3
    assert np.linalg.norm(plateau.gradient(np.array([1.0, 0.0]))) > 0.5


# --------------------------------------------------------------------------------------------
# The 1-D quartic


def test_quartic_exact_formula() -> None:
    quartic = get("quartic")
    x = np.array([-10.0, -6.0, -1.0, 0.0, 1.0, 2.5, 9.0, 10.0])
    expected = (x - 9) * x * (x + 1) * (x + 6) / 200 + 4
    np.testing.assert_allclose(quartic.value(x[:, None]), expected, rtol=1e-15)
    assert quartic.value(np.array([1.0])) == pytest.approx(3.44)
    np.testing.assert_allclose(
        quartic.gradient(x[:, None])[:, 0], (2 * x**3 - 3 * x**2 - 57 * x - 27) / 100, rtol=1e-14
    )


def test_quartic_minima() -> None:
    quartic = get("quartic")
    assert quartic.dim == 1 and quartic.domain == ((-10.0, 10.0),) and quartic.start == (-8.0,)
    (best,), (local,) = quartic.minima
    assert best == pytest.approx(6.34, abs=0.01)
    assert local == pytest.approx(-4.34, abs=0.01)
    assert quartic.value(np.array([best])) < quartic.value(np.array([local]))
    assert quartic.saddles[0][0] == pytest.approx(-0.49, abs=0.01)


def test_quartic_gradient_descent_gets_stuck_in_the_local_minimum() -> None:
    quartic = get("quartic")
    p = np.array(quartic.start)
    for _ in range(500):
        p = p - quartic.learning_rate * quartic.gradient(p)
    assert p[0] == pytest.approx(quartic.minima[1][0], abs=1e-6)


# --------------------------------------------------------------------------------------------
# Shapes, grids, errors


@pytest.mark.parametrize("surface", ALL, ids=IDS)
@pytest.mark.parametrize("batch", [(), (7,), (3, 4)])
def test_value_and_gradient_shapes(surface: Surface, batch: tuple[int, ...]) -> None:
    points = random_points(surface, int(np.prod(batch, dtype=int))).reshape(*batch, surface.dim)
    values = surface.value(points)
    grads = surface.gradient(points)
    assert values.shape == batch and values.dtype == np.float64
    assert grads.shape == (*batch, surface.dim) and grads.dtype == np.float64
    # vectorised results agree with point-by-point ones
    flat = points.reshape(-1, surface.dim)
    np.testing.assert_allclose(values.reshape(-1), [surface.value(p) for p in flat], rtol=1e-14)


def test_points_must_carry_dim_coordinates() -> None:
    with pytest.raises(ValueError, match=r"\(\.\.\., 2\)"):
        get("bowl").value(np.zeros((5, 3)))
    with pytest.raises(ValueError, match=r"\(\.\.\., 1\)"):
        get("quartic").gradient(np.zeros((5, 2)))
    with pytest.raises(ValueError):
        get("bowl").value(1.0)


@pytest.mark.parametrize("surface", ALL, ids=IDS)
def test_grid(surface: Surface) -> None:
    xs, ys, z = surface.grid(64)
    assert z.dtype == np.float32 and z.flags.c_contiguous
    np.testing.assert_allclose(xs[[0, -1]], surface.domain[0])
    if surface.dim == 1:
        assert ys is None and z.shape == (64,)
        np.testing.assert_allclose(z, surface.value(xs[:, None]), rtol=1e-6)
        return
    assert z.shape == (64, 64)
    np.testing.assert_allclose(ys[[0, -1]], surface.domain[1])
    for j, i in [(0, 0), (5, 40), (63, 1), (30, 63)]:
        assert z[j, i] == pytest.approx(surface.value(np.array([xs[i], ys[j]])), rel=1e-6, abs=1e-6)


def test_grid_rejects_tiny_resolution() -> None:
    with pytest.raises(ValueError):
        get("bowl").grid(1)


def test_overflow_is_silent() -> None:
    far = np.array([[1e200, -1e200], [np.inf, 0.0], [np.nan, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for surface in SURFACES.values():
            p = far[:, : surface.dim]
            surface.value(p)
            surface.gradient(p)


def test_nearest_minimum_distance() -> None:
    himmelblau = get("himmelblau")
    points = np.array([[3.0, 2.0], [3.0, 2.5], [-2.805118086952745, 3.131312518250573]])
    np.testing.assert_allclose(
        himmelblau.nearest_minimum_distance(points), [0.0, 0.5, 0.0], atol=1e-12
    )
    assert himmelblau.nearest_minimum_distance(np.zeros((2, 3, 2))).shape == (2, 3)
    assert np.all(np.isinf(get("saddle").nearest_minimum_distance(np.zeros((4, 2)))))
    quartic = get("quartic")
    local = quartic.minima[1][0]
    assert quartic.nearest_minimum_distance(np.array([local + 0.5])) == pytest.approx(0.5)
    assert quartic.nearest_minimum_distance(
        np.array([local + 0.5]), global_only=True
    ) == pytest.approx(quartic.minima[0][0] - local - 0.5)


def test_unknown_name_lists_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown surface 'banana'.*rosenbrock.*regression"):
        get("banana")
    with pytest.raises(ValueError, match="custom"):
        get("custom")
    assert get("rosenbrock") is SURFACES["rosenbrock"]


def test_surfaces_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        get("bowl").learning_rate = 1.0  # type: ignore[misc]


def test_suggested_learning_rate_converges_on_bowl_like_surfaces() -> None:
    for name in ("bowl", "booth", "regression", "himmelblau"):
        surface = get(name)
        p = np.array(surface.start)
        for _ in range(2000):
            p = p - surface.learning_rate * surface.gradient(p)
        assert surface.nearest_minimum_distance(p) < 1e-6, name


# --------------------------------------------------------------------------------------------
# Regression


def load_data() -> tuple[np.ndarray, np.ndarray]:
    data = np.loadtxt(ROOT / "resources" / "regression.csv", delimiter=",", skiprows=1)
    return data[:, 0], data[:, 1]


def test_regression_file() -> None:
    header = (ROOT / "resources" / "regression.csv").read_text().splitlines()[0]
    assert header == "x,y"
    x, _ = load_data()
    assert 30 <= len(x) <= 60
    assert x.min() >= -3 and x.max() <= 3


def test_regression_minimum_is_least_squares() -> None:
    x, y = load_data()
    w, b = np.polyfit(x, y, 1)
    regression = get("regression")
    np.testing.assert_allclose(regression.minima[0], (w, b), rtol=1e-12)
    assert regression.value(np.array([w, b])) == pytest.approx(np.mean((w * x + b - y) ** 2))
    np.testing.assert_allclose(regression.data, np.column_stack([x, y]))


def test_regression_value_is_mse() -> None:
    x, y = load_data()
    regression = get("regression")
    params = random_points(regression, 20, seed=3)
    expected = [np.mean((w * x + b - y) ** 2) for w, b in params]
    np.testing.assert_allclose(regression.value(params), expected, rtol=1e-12)


def test_minibatch_gradient_full_batch_equals_gradient() -> None:
    regression = get("regression")
    n = len(regression.data)
    points = random_points(regression, 12, seed=5).reshape(3, 4, 2)
    rng = np.random.default_rng(0)
    for batch in (n, n + 10):
        np.testing.assert_allclose(
            regression.minibatch_gradient(points, rng, batch),
            regression.gradient(points),
            rtol=1e-12,
            atol=1e-12,
        )
    assert regression.minibatch_gradient(np.array([1.0, 0.0]), rng, n).shape == (2,)


def test_minibatch_gradient_is_a_random_unbiased_sample() -> None:
    x, y = load_data()
    regression = get("regression")
    point = np.array([0.5, 2.0])
    many = np.broadcast_to(point, (20000, 2))
    draws = regression.minibatch_gradient(many, np.random.default_rng(1), 4)
    assert draws.shape == (20000, 2)
    assert len(np.unique(draws[:, 0])) > 1000, "each point should draw its own batch"
    np.testing.assert_allclose(draws.mean(axis=0), regression.gradient(point), atol=0.05)
    # without replacement: a batch of n - 1 is the full data less exactly one sample
    n = len(x)
    residual = point[0] * x + point[1] - y
    per_sample = np.stack([2 * residual * x, 2 * residual], axis=-1)
    leave_one_out = (per_sample.sum(axis=0) - per_sample) / (n - 1)
    for seed in range(5):
        one = regression.minibatch_gradient(point, np.random.default_rng(seed), n - 1)
        assert np.isclose(leave_one_out, one, rtol=1e-12, atol=1e-12).all(axis=1).sum() >= 1
    # same seed, same batches
    again = regression.minibatch_gradient(many, np.random.default_rng(1), 4)
    np.testing.assert_array_equal(draws, again)
    with pytest.raises(ValueError):
        regression.minibatch_gradient(point, np.random.default_rng(0), 0)


def test_analytic_surfaces_have_no_minibatch_gradient() -> None:
    assert all(s.minibatch_gradient is None for s in SURFACES.values() if s.name != "regression")


# --------------------------------------------------------------------------------------------
# Custom


def test_custom_surface() -> None:
    surface = custom("(x - 1)^2 + 2*(y + 0.5)^2")
    assert surface.name == "custom" and surface.dim == 2
    assert "(x - 1)^2" in surface.title and "(x - 1)^2" in surface.formula
    assert surface.domain == ((-3.0, 3.0), (-3.0, 3.0))
    assert surface.start == pytest.approx((-2.4, 2.4))
    np.testing.assert_allclose(surface.minima, [(1.0, -0.5)], atol=1e-9)
    p = np.array([[0.0, 0.0], [2.0, 1.0]])
    np.testing.assert_allclose(surface.value(p), [1.5, 5.5])
    np.testing.assert_allclose(surface.gradient(p), [[-2.0, 2.0], [2.0, 6.0]])
    # gradient descent at the suggested rate converges
    q = np.array(surface.start)
    for _ in range(500):
        q = q - surface.learning_rate * surface.gradient(q)
    assert surface.nearest_minimum_distance(q) < 1e-6


def test_custom_domain_and_start() -> None:
    surface = custom("x*y", domain=((0, 4), (-1, 1)), start=(1, 0.5))
    assert surface.start == (1.0, 0.5)
    assert surface.minima == ()  # the lowest grid point is on the boundary
    xs, ys, z = surface.grid(32)
    assert xs[0] == 0 and ys[-1] == 1 and z.shape == (32, 32)
    assert custom("x", domain=((0, 10), (0, 2))).start == pytest.approx((1.0, 1.8))


def test_custom_log_scale_and_rate_follow_the_surface() -> None:
    banana = custom("(1-x)^2 + 100*(y-x^2)^2", domain=((-2, 2), (-1, 3)))
    assert banana.log_scale
    np.testing.assert_allclose(banana.minima, [(1.0, 1.0)], atol=1e-9)
    assert banana.learning_rate < 1e-3
    assert not custom("x^2 + y^2").log_scale


def test_custom_errors() -> None:
    with pytest.raises(FormulaError) as caught:
        custom("x + foo")
    assert caught.value.position == 4
    for domain in (((1, 0), (0, 1)), ((0, 1),), ((0, np.inf), (0, 1))):
        with pytest.raises(ValueError, match="domain"):
            custom("x", domain=domain)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="start"):
        custom("x", start=(0.0, np.nan))


def test_custom_surface_tolerates_undefined_regions() -> None:
    surface = custom("log(x) + sqrt(y)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _, _, z = surface.grid(16)
    assert np.isnan(z).any() and np.isfinite(z).any()
    assert surface.learning_rate > 0
