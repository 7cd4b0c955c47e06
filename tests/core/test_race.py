"""The race engine: vectorised stepping, the quartic story, divergence, SGD randomness."""

import numpy as np
import pytest

from explorer.core.optim import Race, Racer, Status, create
from explorer.core.surfaces import get


def _race(surface: str, *racers: tuple[str, dict], starts=None, **options) -> Race:
    s = get(surface)
    built = [Racer(name, create(name, **hyper)) for name, hyper in racers]
    starts = np.array([s.start]) if starts is None else np.asarray(starts, dtype=float)
    return Race(s, built, starts, **options)


def test_gd_from_minus_eight_gets_stuck_in_the_local_minimum():
    race = _race("quartic", ("gd", {"learning_rate": 0.1}))
    race.step(300)
    assert race.positions[0][0, 0] == pytest.approx(-4.3446, abs=1e-3)


def test_adam_with_learning_rate_1_3_escapes_to_the_global_minimum():
    race = _race("quartic", ("adam", {"learning_rate": 1.3}))
    race.step(100)
    assert race.positions[0][0, 0] > 6


def test_race_equals_stepping_the_optimizer_by_hand():
    surface = get("rosenbrock")
    race = _race("rosenbrock", ("adam", {"learning_rate": 0.05}),
                 ("momentum", {"learning_rate": 1e-3}))
    race.step(50)
    for k, (name, lr) in enumerate((("adam", 0.05), ("momentum", 1e-3))):
        opt = create(name, learning_rate=lr)
        p = np.array(surface.start, dtype=float)
        state = opt.init(p)
        for _ in range(50):
            p, state = opt.update(p, surface.gradient(p), state)
        np.testing.assert_allclose(race.positions[k][0], p, rtol=1e-12)
        assert race.tracks[k].points.shape == (1, 51, 2)
        np.testing.assert_allclose(race.tracks[k].losses[0, -1], surface.value(p))


def test_many_starts_step_together_and_match_single_runs():
    starts = np.array([[-1.5, 2.0], [0.5, -0.5], [1.8, 2.5]])
    many = _race("rosenbrock", ("rmsprop", {"learning_rate": 0.01}), starts=starts)
    many.step(40)
    for i, start in enumerate(starts):
        one = _race("rosenbrock", ("rmsprop", {"learning_rate": 0.01}), starts=[start])
        one.step(40)
        np.testing.assert_allclose(many.positions[0][i], one.positions[0][0], rtol=1e-12)


def test_divergence_is_marked_and_no_nan_reaches_the_track():
    race = _race("rosenbrock", ("gd", {"learning_rate": 0.1}), ("adam", {"learning_rate": 0.01}))
    race.step(100)
    assert race.status[0, 0] == Status.DIVERGED
    assert 1 <= race.stopped_at[0, 0] < 10
    assert race.status[1, 0] == Status.RUNNING
    assert np.isfinite(race.tracks[0].points).all() and np.isfinite(race.tracks[0].losses).all()
    assert race.status_text(0).startswith("diverged @")
    frozen = race.positions[0].copy()
    race.step(5)
    np.testing.assert_array_equal(race.positions[0], frozen)


def test_leaving_a_thousand_times_the_domain_downhill_on_a_saddle_is_an_escape():
    # on the saddle x² − y² the y-direction explodes geometrically but stays finite for a while;
    # the loss runs to −∞ (the surface is unbounded below): an escape, not a divergence
    race = _race("saddle", ("gd", {"learning_rate": 0.4}), starts=[[0.0, 0.1]])
    race.step(60)
    assert race.status[0, 0] == Status.ESCAPED
    assert np.abs(race.positions[0]).max() <= 1000 * 2 + 1e-9


def test_gd_converges_on_the_bowl_and_stops():
    race = _race("bowl", ("gd", {"learning_rate": 0.05}))
    race.step(2000)
    assert race.status[0, 0] == Status.CONVERGED
    assert np.linalg.norm(race.positions[0][0]) < 1e-3


def test_sgd_noise_is_seeded_and_only_for_sgd():
    def run(seed):
        race = _race("bowl", ("sgd", {"learning_rate": 0.05}), ("gd", {"learning_rate": 0.05}),
                     noise_sigma=1.0, seed=seed)
        race.step(30)
        return race.positions[0][0].copy(), race.positions[1][0].copy()

    (sgd_a, gd_a), (sgd_b, _), (sgd_c, gd_c) = run(1), run(1), run(2)
    np.testing.assert_array_equal(sgd_a, sgd_b)
    assert not np.allclose(sgd_a, sgd_c)
    np.testing.assert_array_equal(gd_a, gd_c)


def test_sgd_on_regression_uses_minibatches():
    surface = get("regression")
    race = _race("regression", ("sgd", {"learning_rate": 0.05}), ("gd", {"learning_rate": 0.05}),
                 batch_size=2, seed=3)
    race.step(200)
    minimum = np.array(surface.minima[0])
    gd_error = np.linalg.norm(race.positions[1][0] - minimum)
    sgd_error = np.linalg.norm(race.positions[0][0] - minimum)
    assert gd_error < 0.05
    assert 0 < sgd_error < 1.5  # near, but jittering around the minimum
    assert not np.allclose(race.positions[0][0], race.positions[1][0])


def test_reset_restarts_identically():
    race = _race("beale", ("sgd", {"learning_rate": 0.001}), noise_sigma=0.5)
    race.step(20)
    first = race.positions[0].copy()
    race.reset()
    assert race.step_count == 0 and race.tracks[0].length == 1
    race.step(20)
    np.testing.assert_array_equal(race.positions[0], first)


def test_wrong_start_dimension_is_refused():
    with pytest.raises(ValueError, match="2 coordinate"):
        _race("beale", ("gd", {}), starts=[[1.0, 2.0, 3.0]])


def test_each_step_asks_the_surface_once_for_every_racers_gradient_and_loss():
    """Racers are stepped together (a network's loss slice answers through TensorFlow, where
    one call for all racers costs what one racer's did), with the same result as one by one."""
    import dataclasses

    base = get("rosenbrock")
    calls = {"value": 0, "gradient": 0}

    def counted(name, function):
        def wrapper(*coords):
            calls[name] += 1
            return function(*coords)
        return wrapper

    surface = dataclasses.replace(base, value_xy=counted("value", base.value_xy),
                                  gradient_xy=counted("gradient", base.gradient_xy))
    specs = [("adam", {"learning_rate": 0.05}), ("momentum", {"learning_rate": 1e-3}),
             ("sgd", {"learning_rate": 1e-3})]
    racers = [Racer(name, create(name, **hyper)) for name, hyper in specs]
    starts = np.array([[-1.5, 2.0], [1.0, -0.5]])
    together = Race(surface, racers, starts, noise_sigma=0.5, seed=3)
    calls.update(value=0, gradient=0)
    together.step(10)
    assert calls == {"value": 10, "gradient": 10}
    for k, racer in enumerate(racers):
        alone = Race(base, [racer], starts, noise_sigma=0.5, seed=3)
        alone._rngs = [np.random.default_rng([3, k])]  # racer k's own noise stream
        alone.step(10)
        np.testing.assert_array_equal(alone.tracks[0].points, together.tracks[k].points)
