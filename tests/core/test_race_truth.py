"""The race tells the truth (issue 20): which minimum a racer settled in, an escape from a
saddle is no divergence, undefined is not "diverged", a typed formula's every basin is found,
and the Hessian is right."""

import numpy as np
import pytest

from explorer.core.optim import Race, Racer, RaceSetup, Status, create, number_text
from explorer.core.surfaces import SURFACES, custom, get

HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
SIN_COS = "sin(x)*cos(y) + 0.1*(x^2+y^2)"


def _race(surface, *racers, starts=None):
    built = [Racer(name, create(name, **hyper)) for name, hyper in racers]
    starts = np.array([surface.start]) if starts is None else np.asarray(starts, dtype=float)
    return Race(surface, built, starts)


# --- 1. which minimum --------------------------------------------------------------------------

def test_quartic_status_says_the_local_minimum_gd_and_rmsprop_settle_in():
    setup = RaceSetup.for_surface("quartic")
    race = setup.build_race()
    race.step(200)
    assert race.status_text(0) == "converged @164 — local minimum (−4.34)"  # GD
    assert race.status_text(2) == "converged @60 — local minimum (−4.34)"  # RMSProp
    assert race.status_text(3) == "running"  # Adam, still circling the global minimum


def test_a_racer_converged_in_the_global_minimum_is_told_so():
    race = _race(get("quartic"), ("gd", {"learning_rate": 0.1}), starts=[[8.0]])
    race.step(400)
    assert race.status[0, 0] == Status.CONVERGED
    assert race.status_text(0).endswith("— global minimum")


def test_distance_to_the_global_minimum_keeps_the_stuck_racer_away_from_zero():
    surface = get("quartic")
    race = RaceSetup.for_surface("quartic").build_race()
    race.step(200)
    final = [float(surface.nearest_minimum_distance(race.positions[k], global_only=True)[0])
             for k in range(4)]
    gap = surface.minima[0][0] - surface.minima[1][0]  # 6.33 − (−4.34)
    assert final[0] == pytest.approx(gap, abs=1e-3)  # GD: stuck in the local minimum
    assert final[2] == pytest.approx(gap, abs=1e-3)  # RMSProp: the same
    assert final[3] < 0.01  # Adam: in the global one


def test_landmark_at_names_each_kind_and_nothing_between():
    quartic, camel = get("quartic"), get("six_hump_camel")
    assert quartic.landmark_at([-4.3446]).kind == "local minimum"
    assert quartic.landmark_at([6.3346]).kind == "global minimum"
    assert quartic.landmark_at([-0.49]).kind == "hump"
    assert quartic.landmark_at([2.0]) is None
    assert camel.landmark_at([0.0, 0.0]).kind == "saddle point"


# --- 2. a saddle escaped is not a divergence ---------------------------------------------------

def test_only_the_saddles_are_unbounded_below():
    flagged = {name for name, surface in SURFACES.items() if surface.unbounded_below}
    assert flagged == {"saddle", "monkey_saddle"}
    assert custom("x^2 - y^2").unbounded_below
    assert custom("x").unbounded_below
    assert not custom("x^2 + y^2").unbounded_below
    assert not custom("1 - exp(-(x^2+y^2)/2)").unbounded_below  # an asymptote is a bound
    assert not custom("exp(x)").unbounded_below


def test_leaving_the_saddle_downhill_is_an_escape_with_its_step():
    race = RaceSetup.for_surface("saddle").build_race()
    race.step(150)
    assert race.status[0, 0] == Status.ESCAPED  # GD
    assert race.status_text(0) == "escaped the saddle; loss unbounded below @80"
    assert race.status_text(1) == "escaped the saddle; loss unbounded below @37"  # Momentum
    assert race.finished is False  # RMSProp and Adam still run down the slope


def test_blowing_up_uphill_on_the_saddle_is_still_divergence():
    # η = 1.1 along x: each step multiplies x by 1 − 2.2 = −1.2, so the loss x² grows
    race = _race(get("saddle"), ("gd", {"learning_rate": 1.1}), starts=[[-1.8, 0.0]])
    race.step(100)
    assert race.status[0, 0] == Status.DIVERGED
    assert race.status_text(0).startswith("diverged @")


def test_divergence_on_a_bounded_surface_is_not_called_an_escape():
    race = _race(get("rosenbrock"), ("gd", {"learning_rate": 0.1}))
    race.step(20)
    assert race.status[0, 0] == Status.DIVERGED


# --- 5. undefined is not divergence ------------------------------------------------------------

def test_a_racer_started_where_the_loss_is_undefined_says_so_and_stays():
    surface = custom("log(x) + y^2")
    race = _race(surface, ("gd", {"learning_rate": 0.1}), ("adam", {"learning_rate": 0.1}),
                 starts=[[-1.0, 1.0]])
    assert race.status_text(0) == "undefined at the start"
    race.step(5)
    assert (race.status[:, 0] == Status.UNDEFINED).all()
    assert race.stopped_at[:, 0].tolist() == [0, 0]
    assert race.status_text(1) == "undefined at the start"
    np.testing.assert_array_equal(race.positions[0], [[-1.0, 1.0]])


def test_a_step_into_the_undefined_half_plane_is_undefined_not_diverged():
    surface = custom("log(x) + y^2")
    race = _race(surface, ("gd", {"learning_rate": 1.0}), starts=[[0.5, 0.0]])
    race.step(3)  # 0.5 − 1·(1/0.5) = −1.5: no real logarithm there
    assert race.status[0, 0] == Status.UNDEFINED
    assert race.status_text(0) == "undefined (no real value) @1"
    np.testing.assert_array_equal(race.positions[0], [[0.5, 0.0]])


def test_a_typed_formula_starts_where_it_is_defined():
    surface = custom("log(x) + y^2")
    assert surface.start == (2.4, 2.4)  # the top-left default, x < 0, has no value
    assert np.isfinite(surface.value(np.array(surface.start)))
    assert custom(SIN_COS).start == (-2.4, 2.4)  # unchanged where the default is defined


# --- 6. every critical point of a typed formula -------------------------------------------------

def test_sin_cos_formula_gets_all_its_minima_saddles_and_its_maximum():
    surface = custom(SIN_COS)
    assert len(surface.minima) == 3 and surface.n_global == 1
    assert len(surface.saddles) == 4 and len(surface.maxima) == 1
    np.testing.assert_allclose(surface.minima[0], (-1.3064, 0.0), atol=1e-3)
    values = surface.value(np.array(surface.minima))
    assert values[0] < values[1] and values[0] < values[2]
    _, _, z = surface.grid(400)
    assert values[0] <= z.min() + 1e-6  # nothing on a fine grid lies lower
    for kind, points in (("minimum", surface.minima), ("saddle", surface.saddles),
                         ("maximum", surface.maxima)):
        points = np.array(points)
        assert np.linalg.norm(surface.gradient(points), axis=1).max() < 1e-8
        eigenvalues = np.linalg.eigvalsh(surface.hessian(points))
        if kind == "minimum":
            assert (eigenvalues > 0).all()
        elif kind == "maximum":
            assert (eigenvalues < 0).all()
        else:
            assert (eigenvalues[:, 0] < 0).all() and (eigenvalues[:, 1] > 0).all()


def test_typed_himmelblau_finds_the_catalogues_landmarks():
    typed = custom(HIMMELBLAU, domain=((-5, 5), (-5, 5)))
    known = get("himmelblau")
    assert typed.n_global == 4

    def same(found, expected):
        found, expected = np.array(found), np.array(expected)
        assert len(found) == len(expected)
        gaps = np.linalg.norm(found[:, None] - expected[None], axis=-1)
        assert gaps.min(axis=1).max() < 1e-6

    same(typed.minima, known.minima)
    same(typed.saddles, known.saddles)
    same(typed.maxima, [(-0.270844590667, -0.923038556480)])


def test_degenerate_critical_points_are_classified_by_their_neighbourhood():
    monkey = custom("x^3 - 3*x*y^2")
    assert len(monkey.saddles) == 1 and not monkey.minima and not monkey.maxima
    np.testing.assert_allclose(monkey.saddles[0], (0, 0), atol=1e-6)
    quartic_bowl = custom("x^4 + y^4")
    assert len(quartic_bowl.minima) == 1 and quartic_bowl.n_global == 1


def test_a_minimum_above_the_domains_edge_is_not_called_global():
    # a local dip at the origin, but the tilt makes the left edge lower still
    surface = custom("2*x - 3*exp(-(x^2+y^2))")
    assert len(surface.minima) == 1
    assert surface.n_global == 0


# --- Hessian ------------------------------------------------------------------------------------

def _finite_difference_hessian(surface, points, h=1e-5):
    columns = []
    for k in range(2):
        step = np.zeros(2)
        step[k] = h
        columns.append((surface.gradient(points + step) - surface.gradient(points - step))
                       / (2 * h))
    return np.stack(columns, axis=-1)


@pytest.mark.parametrize("text", [SIN_COS, HIMMELBLAU, "log(x) + y^2", "x*exp(-y^2) + tanh(x*y)",
                                  "sqrt(x^2 + y^2 + 1) * cos(x - y)"])
def test_symbolic_hessian_matches_finite_differences_of_the_gradient(text):
    surface = custom(text)
    points = np.random.default_rng(3).uniform(0.2, 2.8, size=(40, 2))
    exact = surface.hessian(points)
    np.testing.assert_allclose(exact, np.swapaxes(exact, -1, -2), rtol=0, atol=1e-12)
    np.testing.assert_allclose(exact, _finite_difference_hessian(surface, points),
                               rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", [n for n, s in SURFACES.items() if s.dim == 2])
def test_catalogue_hessian_matches_finite_differences(name):
    surface = get(name)
    (x0, x1), (y0, y1) = surface.domain
    rng = np.random.default_rng(5)
    points = np.column_stack([rng.uniform(x0, x1, 20), rng.uniform(y0, y1, 20)])
    scale = np.abs(_finite_difference_hessian(surface, points, h=1e-4)).max()
    np.testing.assert_allclose(surface.hessian(points),
                               _finite_difference_hessian(surface, points, h=1e-4),
                               rtol=1e-4, atol=1e-6 * scale)


def test_known_hessians():
    np.testing.assert_allclose(get("bowl").hessian([[0.3, -0.2]]), [[[1, 0], [0, 10]]],
                               atol=1e-6)
    np.testing.assert_allclose(get("saddle").hessian(np.zeros((3, 2))),
                               np.broadcast_to([[2, 0], [0, -2]], (3, 2, 2)), atol=1e-6)
    assert get("quartic").hessian([[0.0]]).shape == (1, 1, 1)


# --- numbers as a student reads them -------------------------------------------------------------

def test_number_text():
    assert number_text(-4.3446) == "−4.34"
    assert number_text(-3240685.4, digits=2) == "−3.2·10⁶"
    assert number_text(-308.7, digits=2) == "−310"
    assert number_text(0.0123456) == "0.0123"
    assert number_text(float("-inf")) == "−∞"
