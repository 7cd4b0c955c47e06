"""Learning-rate schedules: Keras's names, defaults and values at every step, and clear
messages for a bad one."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.optim import SCHEDULES, create, create_schedule

# Parameters exact in float32: Keras on TensorFlow casts Python floats through float32, so with
# these (and a float64 initial rate) Keras computes in float64 with our numbers.
CASES = [
    ("exponential_decay", {"decay_steps": 30, "decay_rate": 0.75}),
    ("exponential_decay", {"decay_steps": 25, "decay_rate": 0.25, "staircase": True}),
    ("inverse_time_decay", {"decay_steps": 10, "decay_rate": 0.875}),
    ("inverse_time_decay", {"decay_steps": 40, "decay_rate": 2.0, "staircase": True}),
    ("piecewise_constant_decay", {"boundaries": [10, 50, 51], "values": [0.3, 0.2, 0.1, 0.05]}),
    ("piecewise_constant_decay", {"boundaries": [100, 200]}),
    ("polynomial_decay", {"decay_steps": 120, "end_learning_rate": 0.0078125, "power": 3.0}),
    ("polynomial_decay", {"decay_steps": 45, "power": 0.5, "cycle": True,
                          "end_learning_rate": 2**-13}),
    ("cosine_decay", {"decay_steps": 150, "alpha": 0.1875}),
    ("cosine_decay", {"decay_steps": 100, "warmup_target": 0.5, "warmup_steps": 30}),
    ("cosine_decay_restarts", {"first_decay_steps": 20, "t_mul": 2.0, "m_mul": 0.5,
                               "alpha": 0.125}),
    ("cosine_decay_restarts", {"first_decay_steps": 10, "t_mul": 3.0}),
    ("cosine_decay_restarts", {"first_decay_steps": 35, "t_mul": 1.0, "m_mul": 0.875}),
]
STEPS = np.arange(0, 400)


def _keras_values(schedule, initial_learning_rate: float, dtype: type) -> np.ndarray:
    keras = pytest.importorskip("keras")
    class_name, config = schedule.keras_config(initial_learning_rate)
    config = {k: (dtype(v) if k == "initial_learning_rate" else
                  [dtype(x) for x in v] if k == "values" else v)
              for k, v in config.items()}
    keras_schedule = getattr(keras.optimizers.schedules, class_name)(**config)
    return np.array([float(keras_schedule(int(step))) for step in STEPS])


@pytest.mark.keras
@pytest.mark.parametrize(("name", "params"), CASES, ids=[c[0] for c in CASES])
def test_lr_at_matches_the_keras_schedule_at_every_step(name, params):
    schedule = create_schedule(name, **params)
    theirs = _keras_values(schedule, 0.25, np.float64)
    np.testing.assert_allclose(schedule.lr_at(0.25, STEPS), theirs, rtol=1e-12, atol=1e-15)


@pytest.mark.keras
def test_lr_at_matches_keras_in_float32_too():
    """As a user writes it (Python floats), Keras computes the schedule in float32."""
    schedule = create_schedule("cosine_decay_restarts", first_decay_steps=30, t_mul=1.5,
                               m_mul=0.7, alpha=0.1)
    theirs = _keras_values(schedule, 0.3, float)
    np.testing.assert_allclose(schedule.lr_at(0.3, STEPS), theirs, rtol=1e-5)


def test_keras_class_names_and_defaults():
    assert {name: spec.keras_class for name, spec in SCHEDULES.items()} == {
        "exponential_decay": "ExponentialDecay", "inverse_time_decay": "InverseTimeDecay",
        "piecewise_constant_decay": "PiecewiseConstantDecay",
        "polynomial_decay": "PolynomialDecay", "cosine_decay": "CosineDecay",
        "cosine_decay_restarts": "CosineDecayRestarts"}
    assert create_schedule("polynomial_decay").params == {
        "decay_steps": 100, "end_learning_rate": 0.0001, "power": 1.0, "cycle": False}
    assert create_schedule("cosine_decay").params == {
        "decay_steps": 100, "alpha": 0.0, "warmup_target": None, "warmup_steps": 0}
    assert create_schedule("cosine_decay_restarts").params == {
        "first_decay_steps": 100, "t_mul": 2.0, "m_mul": 1.0, "alpha": 0.0}
    for spec in SCHEDULES.values():
        assert spec.formula.startswith("η(t)") and spec.summary
        assert all(p.help for p in spec.params)


def test_piecewise_values_default_to_tenfold_drops_of_the_racers_rate():
    schedule = create_schedule("piecewise_constant_decay", boundaries="10,20")
    np.testing.assert_allclose(schedule.lr_at(0.5, [0, 10, 11, 20, 21, 99]),
                               [0.5, 0.5, 0.05, 0.05, 0.005, 0.005])
    assert schedule.keras_config(0.5) == (
        "PiecewiseConstantDecay", {"boundaries": [10, 20], "values": [0.5, 0.05, 0.005]})


def test_the_optimizer_uses_the_schedule_at_its_iterations():
    """Keras evaluates the schedule at ``iterations`` before the step increments it."""
    schedule = create_schedule("exponential_decay", decay_steps=1, decay_rate=0.5)
    opt = create("gd", learning_rate=0.8, schedule=schedule)
    params, state = np.array([[1.0]]), opt.init(np.array([[1.0]]))
    assert opt.current_learning_rate(state) == 0.8
    for expected in (0.8, 0.4, 0.2):
        before = params
        params, state = opt.update(params, np.array([[1.0]]), state)
        assert float(before[0, 0] - params[0, 0]) == pytest.approx(expected)
    assert opt.current_learning_rate(state) == pytest.approx(0.1)
    np.testing.assert_allclose(opt.learning_rate_at(np.arange(3)), [0.8, 0.4, 0.2])
    assert "exponential_decay" in opt.label()
    assert opt.describe() == ("gd(learning_rate=0.8, "
                              "schedule=exponential_decay(decay_steps=1))")


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("cosine_decay", {"decay": 3}, "CosineDecay has no parameter 'decay'"),
        ("exponential_decay", {"decay_rate": -0.5}, "decay_rate must be ≥ 0"),
        ("exponential_decay", {"decay_steps": 0}, r"decay_steps must be > 0 \(Keras's rule\)"),
        ("cosine_decay_restarts", {"first_decay_steps": -1}, "first_decay_steps must be > 0"),
        ("polynomial_decay", {"decay_steps": 2.5}, "whole number of steps"),
        ("piecewise_constant_decay", {"boundaries": [10, 20], "values": [1.0, 0.1]},
         "boundaries should be 1 less than the length of values"),
        ("piecewise_constant_decay", {"boundaries": [20, 10]}, "increasing"),
        ("piecewise_constant_decay", {"boundaries": "ten"}, "boundaries must be a number"),
        ("cosine_decay", {"alpha": "much"}, "alpha must be a number"),
        ("step_decay", {}, "unknown schedule 'step_decay'; choose one of exponential_decay"),
    ],
)
def test_bad_schedules_get_keras_rule_in_words(name, params, message):
    with pytest.raises(ValueError, match=message):
        create_schedule(name, **params)
