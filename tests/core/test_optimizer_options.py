"""Keras's common optimizer arguments and the newer optimizers, without Keras: the rules for
bad combinations in words, one variable per row, the faint second point, and scenes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from explorer.core.optim import OPTIMIZERS, PALETTE, RacerSetup, RaceSetup, create
from explorer.core.scene import SceneError

OPTION_CASES = [{}, {"clipnorm": 0.3}, {"global_clipnorm": 0.2}, {"clipvalue": 0.1},
                {"weight_decay": 0.1}, {"use_ema": True, "ema_momentum": 0.5}]


@pytest.mark.parametrize(
    ("name", "settings", "message"),
    [
        ("adam", {"clipnorm": 1, "global_clipnorm": 1},
         "only one of clipnorm, clipvalue and global_clipnorm can be set .Keras's rule.; "
         "got clipnorm=1 and global_clipnorm=1"),
        ("sgd", {"clipvalue": 0.5, "clipnorm": 2}, "only one of clipnorm, clipvalue"),
        ("adam", {"clipnorm": -1}, "clipnorm must be a finite number ≥ 0"),
        ("adam", {"weight_decay": -0.1}, "weight_decay must be a finite number ≥ 0"),
        ("adam", {"use_ema": True, "ema_momentum": 1.5}, r"ema_momentum must be in the range"),
        ("adam", {"ema_overwrite_frequency": 2.5}, "must be a whole number"),
        ("adam", {"ema_overwrite_frequency": 0}, "ema_overwrite_frequency must be a whole"),
        ("adam", {"use_ema": "often"}, "use_ema must be true or false"),
        ("adam", {"clip_norm": 1}, "Adam has no hyper-parameter 'clip_norm'; it has "
                                   "learning_rate, .*, clipnorm"),
        ("adamw", {"weight_decay": "none"}, "AdamW needs a weight_decay"),
        ("lion", {"beta_1": 0}, r"beta_1 must be in the range \(0, 1\]"),
        ("ftrl", {"learning_rate_power": 0.5}, "learning_rate_power needs to be negative or zero"),
        ("ftrl", {"l1_regularization_strength": -1}, "must be a finite number ≥ 0"),
        ("schedule_free_adamw", {"beta_1": 0}, "dividing by β₁"),
        ("schedule_free_adamw", {"warmup_steps": 1.5}, "whole number"),
    ],
)
def test_bad_combinations_get_keras_rule_in_words(name, settings, message):
    with pytest.raises(ValueError, match=message):
        create(name, **settings)


def test_options_reach_keras_config_and_the_legend():
    opt = create("adam", learning_rate=0.1, clipnorm="1", use_ema="true")
    assert opt.keras_config() == ("Adam", {"learning_rate": 0.1, "beta_1": 0.9,
                                           "beta_2": 0.999, "epsilon": 1e-7, "amsgrad": False,
                                           "clipnorm": 1.0, "use_ema": True})
    assert opt.label() == "Adam η=0.1 clipnorm=1 use_ema=True"
    assert opt.describe() == "adam(learning_rate=0.1, clipnorm=1, use_ema=True)"
    assert create("adamw").label() == "AdamW η=0.001"  # Keras's own default is no change
    assert create("adamw", weight_decay=0.1).label() == "AdamW η=0.001 λ=0.1"


@pytest.mark.parametrize("name", list(OPTIMIZERS))
@pytest.mark.parametrize("options", OPTION_CASES, ids=lambda o: "-".join(o) or "plain")
def test_each_row_is_its_own_variable(name, options):
    """A race steps many starts at once; every norm Keras takes over a variable is per row."""
    opt = create(name, **options)
    rng = np.random.default_rng(3)
    starts = rng.normal(size=(3, 2))
    together, state = starts, opt.init(starts)
    alone = [(row[None], opt.init(row[None])) for row in starts]
    for _ in range(20):
        grads = 2 * together + rng.normal(size=together.shape) * 0.1
        together, state = opt.update(together, grads, state)
        alone = [opt.update(p, g[None], s) for (p, s), g in zip(alone, grads, strict=True)]
    np.testing.assert_allclose(together, np.concatenate([p for p, _ in alone]), rtol=1e-12)


@pytest.mark.parametrize("name", ["lion", "lamb", "ftrl", "adafactor", "schedule_free_adamw",
                                  "muon", "adamw"])
def test_update_is_pure(name):
    opt = create(name, use_ema=True, clipnorm=0.5)
    params, grads = np.array([[1.0, -2.0]]), np.array([[0.5, 3.0]])
    state = opt.init(params)
    snapshot = {k: np.copy(v) for k, v in state.items()}
    opt.update(params, grads, state)
    assert np.array_equal(params, [[1.0, -2.0]]) and np.array_equal(grads, [[0.5, 3.0]])
    for key, value in snapshot.items():
        assert np.array_equal(state[key], value)


def test_clipping_follows_keras():
    g = np.array([[3.0, 4.0], [0.0, 0.0], [0.3, 0.4]])
    clipped = create("gd", clipnorm=1.0).options.clip(g)
    np.testing.assert_allclose(clipped, [[0.6, 0.8], [0, 0], [0.3, 0.4]])
    np.testing.assert_allclose(create("gd", global_clipnorm=1.0).options.clip(g), clipped)
    np.testing.assert_allclose(create("gd", clipvalue=0.35).options.clip(g),
                               [[0.35, 0.35], [0, 0], [0.3, 0.35]])
    assert create("gd", clipnorm=0).options.clip(g) is not None  # 0: Keras does not clip
    np.testing.assert_array_equal(create("gd", clipnorm=0).options.clip(g), g)


def test_the_faint_ball_is_the_ema_or_the_schedule_free_average():
    start = np.array([[2.0, -1.0]])
    plain = create("adam")
    assert plain.shadow(start, plain.init(start)) is None
    ema = create("gd", learning_rate=0.1, use_ema=True, ema_momentum=0.5)
    state = ema.init(start)
    np.testing.assert_array_equal(ema.shadow(start, state), start)
    p1, state = ema.update(start, start, state)  # first step: the average is the weights
    np.testing.assert_allclose(ema.shadow(p1, state), p1)
    p2, state = ema.update(p1, p1, state)
    np.testing.assert_allclose(ema.shadow(p2, state), 0.5 * p1 + 0.5 * p2)
    free = create("schedule_free_adamw", learning_rate=0.1)
    state = free.init(start)
    np.testing.assert_array_equal(free.shadow(start, state), start)
    y, state = free.update(start, np.array([[1.0, 1.0]]), state)
    x = free.shadow(y, state)
    np.testing.assert_allclose(y, 0.1 * state["momentum"] + 0.9 * x)


def test_ema_overwrite_puts_the_average_into_the_weights():
    opt = create("gd", learning_rate=0.5, use_ema=True, ema_momentum=0.5,
                 ema_overwrite_frequency=2)
    params, state = np.array([[4.0]]), opt.init(np.array([[4.0]]))
    params, state = opt.update(params, params, state)  # 2, average 2
    params, state = opt.update(params, params, state)  # 1, average 1.5: overwritten
    assert params[0, 0] == 1.5 and state["average"][0, 0] == 1.5


def test_muon_decays_a_vector_with_adam_weight_decay():
    muon = create("muon", learning_rate=0.1, adam_weight_decay=0.5)
    params, _ = muon.update(np.array([[2.0]]), np.array([[0.0]]), muon.init(np.array([[2.0]])))
    assert params[0, 0] == pytest.approx(2.0 - 2.0 * 0.5 * 0.1)
    assert "AdamW path" in muon.spec.rule and "unfactored" in OPTIMIZERS["adafactor"].rule


def test_every_new_optimizer_races_on_a_surface():
    setup = RaceSetup.for_surface("himmelblau", start_grid=2)
    setup.racers = [RacerSetup(name, {}, PALETTE[i % len(PALETTE)])
                    for i, name in enumerate(OPTIMIZERS)]
    race = setup.build_race()
    race.step(50)
    assert all(np.isfinite(p).all() for p in race.positions)


# --- scenes ------------------------------------------------------------------------------------

def _setup_with_options() -> RaceSetup:
    setup = RaceSetup.for_surface("rosenbrock")
    setup.racers[0].options = {"clipnorm": 0.5, "weight_decay": 0.01}
    setup.racers[1].schedule = {"name": "cosine_decay",
                                "params": {"decay_steps": 50, "warmup_target": 0.002,
                                           "warmup_steps": 10}}
    setup.racers[2].schedule = {"name": "piecewise_constant_decay",
                                "params": {"boundaries": [20, 40]}}
    setup.racers.append(RacerSetup("schedule_free_adamw", {"learning_rate": 0.02}, PALETTE[4],
                                   options={"use_ema": True}))
    return setup


def test_scene_round_trip_keeps_options_and_schedules():
    setup = _setup_with_options()
    restored = RaceSetup.from_dict(json.loads(json.dumps(setup.to_dict())))
    assert restored == setup
    a, b = setup.build_race(replay=60), restored.build_race(replay=60)
    for p, q in zip(a.positions, b.positions, strict=True):
        np.testing.assert_array_equal(p, q)
    assert b.racers[1].optimizer.schedule.name == "cosine_decay"
    assert b.racers[0].optimizer.options.clipnorm == 0.5


def test_copy_shares_no_dict():
    setup = _setup_with_options()
    copy = setup.copy()
    copy.racers[0].options["clipnorm"] = 2.0
    copy.racers[1].schedule["params"]["decay_steps"] = 5
    assert setup.racers[0].options["clipnorm"] == 0.5
    assert setup.racers[1].schedule["params"]["decay_steps"] == 50


def test_old_scenes_without_options_still_load():
    data = RaceSetup.for_surface("bowl").to_dict()
    for racer in data["racers"]:
        del racer["options"], racer["schedule"]
    restored = RaceSetup.from_dict(data)
    assert all(r.options == {} and r.schedule is None for r in restored.racers)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"options": {"clipnorm": 1, "global_clipnorm": 1}},
         "racer 1: only one of clipnorm, clipvalue and global_clipnorm"),
        ({"options": [1]}, "racer 1: 'options' must be an object"),
        ({"schedule": "cosine"}, "racer 1: 'schedule' must be an object"),
        ({"schedule": {"params": {}}}, "racer 1, schedule: missing 'name'"),
        ({"schedule": {"name": "cosine_decay", "params": {"decay": 1}}},
         "racer 1: CosineDecay has no parameter 'decay'"),
        ({"schedule": {"name": "exponential_decay", "params": {"decay_rate": -1}}},
         "racer 1: decay_rate must be ≥ 0"),
    ],
)
def test_bad_options_in_a_scene_are_scene_errors(change, message):
    data = RaceSetup.for_surface("bowl").to_dict()
    data["racers"][0].update(change)
    with pytest.raises(SceneError, match=message):
        RaceSetup.from_dict(data)
