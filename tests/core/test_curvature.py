"""Curvature: Hessians against the gradient, point types at the landmarks, GD's margin and how
many steps GD needs to leave a saddle."""

import math

import numpy as np
import pytest

from explorer.core.optim import curvature_at, escape_radius, saddle_escape
from explorer.core.surfaces import SURFACES, custom, get, grid_surface

FORMULAS = ["(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "sin(x)*cos(y) + 0.1*(x^2+y^2)",
            "x*exp(-y^2) + tanh(x*y)", "x^3 - 3*x*y^2", "log(x) + y^2"]


def central_differences(surface, points, relative=3e-5):
    """∂g_i/∂p_k by central differences of the surface's own gradient (an independent step)."""
    h = relative * np.maximum(1.0, np.abs(points))
    columns = []
    for k in range(surface.dim):
        step = np.zeros_like(points)
        step[:, k] = h[:, k]
        columns.append((surface.gradient(points + step) - surface.gradient(points - step))
                       / (2 * h[:, k:k + 1]))
    return np.stack(columns, axis=-1)


def random_points(surface, n=25, seed=7, margin=0.0):
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.uniform(lo + margin, hi - margin, n)
                            for lo, hi in surface.domain])


@pytest.mark.parametrize("surface", [*SURFACES.values(), *map(custom, FORMULAS)],
                         ids=[*SURFACES, *FORMULAS])
def test_hessian_equals_central_differences_of_the_gradient(surface):
    points = random_points(surface, margin=0.05) if surface.name != "custom" else \
        np.random.default_rng(3).uniform(0.2, 2.8, size=(25, 2))
    hessian = surface.hessian(points)
    assert hessian.shape == (25, surface.dim, surface.dim)
    np.testing.assert_allclose(hessian, np.swapaxes(hessian, -1, -2), rtol=1e-6, atol=1e-9)
    expected = central_differences(surface, points)
    scale = np.abs(expected).max(axis=(-2, -1), keepdims=True)
    error = np.abs(hessian - expected) - 1e-5 * np.abs(expected)
    assert np.all(error <= 1e-6 * scale), np.max(error / scale)  # scale: each point's own


def test_custom_formulas_have_exact_second_derivatives():
    curvature = curvature_at(custom(FORMULAS[0]), (1.0, 2.0))
    assert curvature.step is None
    assert not any("central differences" in str(line) for line in curvature.lines())


def test_a_grid_slice_steps_one_cell_and_says_so():
    xs, ys = np.linspace(-2, 2, 41), np.linspace(-1, 1, 21)
    z = xs[None, :] ** 2 + 5 * ys[:, None] ** 2 + 0.5 * xs[None, :] * ys[:, None]
    surface = grid_surface("slice", xs, ys, z)
    curvature = curvature_at(surface, (0.33, -0.21), learning_rate=0.1)
    assert curvature.step == pytest.approx((0.1, 0.1))
    # a bilinear interpolant has no curvature inside a cell; one cell apart it is the quadratic's
    np.testing.assert_allclose(curvature.hessian, [[2, 0.5], [0.5, 10]], atol=1e-9)
    assert "Hessian from central differences of ∇L, step 0.1" in map(str, curvature.lines())


def landmark_cases():
    for name, surface in SURFACES.items():
        for point in surface.minima:
            yield name, point, "minimum"
        for point in surface.saddles:
            # the monkey saddle's Hessian vanishes; the quartic's 1-D "saddle" is its hump
            yield name, point, {"monkey_saddle": "flat", "quartic": "maximum"}.get(name, "saddle")
        for point in surface.maxima:
            yield name, point, "maximum"


@pytest.mark.parametrize("name,point,kind", list(landmark_cases()))
def test_point_types_at_the_catalogues_landmarks(name, point, kind):
    assert curvature_at(get(name), point).kind == kind


def test_himmelblau_reads_as_a_student_expects():
    surface = get("himmelblau")
    for minimum in surface.minima:
        curvature = curvature_at(surface, minimum)
        assert curvature.kind == "minimum" and (curvature.eigenvalues > 0).all()
        assert str(curvature.lines()[0]) == "type: minimum"
    saddle = curvature_at(surface, surface.saddles[0])
    assert saddle.eigenvalues[0] < 0 < saddle.eigenvalues[1]
    assert str(saddle.lines()[0]) == "type: saddle"
    direction = saddle.escape_direction
    assert direction is not None
    assert direction @ saddle.hessian @ direction == pytest.approx(saddle.eigenvalues[0])


def test_eigenvectors_are_sorted_unit_and_diagonalise_the_hessian():
    curvature = curvature_at(get("rosenbrock"), (-1.0, 1.5))
    values, vectors = curvature.eigenvalues, curvature.eigenvectors
    assert values[0] <= values[1]
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(2), atol=1e-12)
    np.testing.assert_allclose(vectors.T @ curvature.hessian @ vectors, np.diag(values),
                               atol=1e-8 * abs(values).max())
    assert curvature.condition_number == pytest.approx(abs(values).max() / abs(values).min())


@pytest.mark.parametrize("rate,margin,text", [
    (0.1, 0.5, "GD: stable, 0.5 of the limit (η·λmax = 1 < 2)"),
    (0.2, 1.0, "GD: on the limit (η·λmax = 2), it oscillates for ever"),
    (0.26, 1.3, "GD: unstable, 1.3× the limit (η·λmax = 2.6 > 2)"),
])
def test_gd_margin_on_a_quadratic_bowl(rate, margin, text):
    curvature = curvature_at(custom("x^2 + 5*y^2"), (0.7, -0.4), learning_rate=rate)
    np.testing.assert_allclose(curvature.eigenvalues, [2, 10])
    assert curvature.lambda_max == pytest.approx(10)
    assert curvature.condition_number == pytest.approx(5)
    assert curvature.limit == pytest.approx(0.2)
    assert curvature.margin == pytest.approx(margin)
    assert str(curvature.lines()[-1]) == text
    assert "λ₁ = 2,  λ₂ = 10" in map(str, curvature.lines())


def test_momentum_raises_the_limit_to_two_times_one_plus_mu():
    curvature = curvature_at(custom("x^2 + 5*y^2"), (0.0, 0.0), learning_rate=0.25, momentum=0.5)
    assert curvature.limit == pytest.approx(0.3)
    assert str(curvature.lines()[-1]) == \
        "GD: stable, 0.83 of the limit (η·λmax = 2.5 < 2(1 + μ) = 3)"


def test_no_limit_where_nothing_curves_up():
    curvature = curvature_at(custom("-(x^2 + y^2)"), (0.1, 0.2), learning_rate=0.1)
    assert curvature.kind == "maximum" and curvature.limit is None and curvature.margin is None
    assert "no learning-rate limit" in str(curvature.lines()[-1])


def test_flat_points_state_the_tolerance():
    curvature = curvature_at(custom("x + y"), (0.5, 0.5))
    assert curvature.kind == "flat" and curvature.condition_number == math.inf
    assert any(str(line).startswith("|λ| ≤ ") for line in curvature.lines())


def test_where_l_has_no_real_value_the_curvature_is_undefined():
    curvature = curvature_at(custom("log(x) + y^2"), (-1.0, 0.0), learning_rate=0.1)
    assert curvature.kind == "undefined" and curvature.margin is None
    assert [str(line) for line in curvature.lines()] == ["type: undefined"]


def test_one_dimensional_quartic_gives_its_second_derivative_and_margin():
    surface = get("quartic")
    x = 6.0
    curvature = curvature_at(surface, (x,), learning_rate=0.1)
    second = (12 * x**2 - 12 * x - 114) / 200
    assert curvature.eigenvalues[0] == pytest.approx(second, rel=1e-6)
    assert curvature.kind == "minimum"
    texts = [str(line) for line in curvature.lines()]
    assert f"f″(x) = {second:g}" in texts
    assert curvature.margin == pytest.approx(0.1 * second / 2, rel=1e-6)
    assert any(line.startswith("GD: stable, ") for line in texts)


# --- leaving a saddle ---------------------------------------------------------------------------

@pytest.mark.parametrize("rate", [0.05, 0.1, 0.3])
def test_epsilon_along_the_escape_direction_leaves_in_log_r_over_epsilon_steps(rate):
    surface = get("saddle")  # x² − y²: y grows by (1 + 2η) per step
    epsilon = 1e-3
    steps = saddle_escape(surface, (0, 0), rate, epsilon=epsilon)
    expected = math.log(escape_radius(surface) / epsilon) / math.log(1 + 2 * rate)
    assert steps is not None and abs(steps - expected) <= 1


def test_exact_gd_on_the_stable_direction_never_leaves_but_sgd_noise_does():
    surface = get("saddle")
    assert saddle_escape(surface, (0, 0), 0.1, along="stable") is None
    noisy = saddle_escape(surface, (0, 0), 0.1, along="stable", noise_sigma=0.01, seed=3)
    assert noisy is not None and noisy < 200
    assert noisy == saddle_escape(surface, (0, 0), 0.1, along="stable", noise_sigma=0.01, seed=3)


def test_a_smaller_epsilon_takes_longer_to_leave():
    surface = get("himmelblau")
    saddle = surface.saddles[0]
    near, far = (saddle_escape(surface, saddle, 0.01, epsilon=e) for e in (1e-6, 1e-2))
    assert near is not None and far is not None and near > far


def test_along_must_name_a_direction():
    with pytest.raises(ValueError, match="along"):
        saddle_escape(get("saddle"), (0, 0), 0.1, along="sideways")
