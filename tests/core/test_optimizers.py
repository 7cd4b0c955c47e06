"""The numpy optimizers follow Keras's update rules exactly."""

import numpy as np
import pytest

from explorer.core.optim import OPTIMIZERS, create

HYPER_SETS = {
    "gd": [{}, {"learning_rate": 0.1}],
    "sgd": [{"learning_rate": 0.05}],
    "momentum": [{}, {"learning_rate": 0.05, "momentum": 0.5}],
    "nesterov": [{}, {"learning_rate": 0.02, "momentum": 0.95}],
    "adagrad": [{}, {"learning_rate": 0.1, "initial_accumulator_value": 0.0, "epsilon": 1e-3}],
    "rmsprop": [
        {},
        {"learning_rate": 0.01, "rho": 0.8, "momentum": 0.5},
        {"learning_rate": 0.01, "centered": True, "epsilon": 1e-4},
    ],
    "adam": [{}, {"learning_rate": 0.1, "beta_1": 0.8, "beta_2": 0.99}, {"amsgrad": True}],
    "adadelta": [{"learning_rate": 1.0}, {"learning_rate": 1.0, "rho": 0.9, "epsilon": 1e-3}],
    "adamax": [{}, {"learning_rate": 0.05, "beta_1": 0.7}],
    "nadam": [{}, {"learning_rate": 0.01, "beta_2": 0.99}],
    # the newer ones at Keras's defaults; tests/core/test_keras_optimizers.py varies everything
    "adamw": [{}], "lion": [{}], "lamb": [{}], "ftrl": [{}], "adafactor": [{}],
    "schedule_free_adamw": [{}], "muon": [{}],
}

CASES = [(name, hyper) for name, sets in HYPER_SETS.items() for hyper in sets]
STEPS = 300


def _gradient_sequence(seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    scales = np.array([1e-3, 0.1, 1.0, 10.0, 3.0])
    grads = rng.normal(size=(STEPS, 5)) * scales
    grads[::17, 2] = 0.0  # zero gradients now and then
    return grads.astype(np.float32)


def _keras_trajectory(name: str, hyper: dict, start: np.ndarray, grads: np.ndarray) -> np.ndarray:
    keras = pytest.importorskip("keras")
    class_name, kwargs = create(name, **hyper).keras_config()
    optimizer = getattr(keras.optimizers, class_name)(**kwargs)
    variable = keras.Variable(start.astype(np.float32))
    path = []
    for g in grads:
        optimizer.apply_gradients([(keras.ops.convert_to_tensor(g), variable)])
        path.append(np.array(variable.numpy(), dtype=float))
    return np.array(path)


def _our_trajectory(name: str, hyper: dict, start: np.ndarray, grads: np.ndarray) -> np.ndarray:
    opt = create(name, **hyper)
    params, state = start.astype(float), opt.init(start)
    path = []
    for g in grads:
        params, state = opt.update(params, g.astype(float), state)
        path.append(params)
    return np.array(path)


def test_every_optimizer_has_a_case():
    assert set(HYPER_SETS) == set(OPTIMIZERS)


@pytest.mark.keras
@pytest.mark.parametrize(("name", "hyper"), CASES,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_trajectory_matches_keras(name, hyper):
    start = np.array([0.5, -1.0, 2.0, 0.0, -3.0])
    grads = _gradient_sequence()
    ours = _our_trajectory(name, hyper, start, grads)
    theirs = _keras_trajectory(name, hyper, start, grads)
    moved = np.abs(ours - start).max()
    assert moved > 1e-3, "the trajectory must actually move for the comparison to mean anything"
    scale = np.maximum(np.abs(theirs), 1.0)
    np.testing.assert_array_less(np.abs(ours - theirs) / scale, 1e-5)


def test_update_is_pure():
    opt = create("adam", learning_rate=0.1)
    params = np.array([1.0, 2.0])
    grads = np.array([0.5, -0.5])
    state = opt.init(params)
    snapshot = {k: np.copy(v) for k, v in state.items()}
    new_params, new_state = opt.update(params, grads, state)
    assert np.array_equal(params, [1.0, 2.0]) and np.array_equal(grads, [0.5, -0.5])
    for key, value in snapshot.items():
        assert np.array_equal(state[key], value)
    assert new_state["iterations"] == 1 and not np.array_equal(new_params, params)


def test_first_adam_step_is_learning_rate_times_sign():
    # with bias correction the very first Adam step has length η for any gradient scale
    opt = create("adam", learning_rate=0.1)
    params, _ = opt.update(np.zeros(3), np.array([1e-2, -5.0, 40.0]), opt.init(np.zeros(3)))
    np.testing.assert_allclose(params, [-0.1, 0.1, -0.1], rtol=1e-3)


def test_keras_defaults():
    assert create("gd").hyper == {"learning_rate": 0.01}
    assert create("momentum").hyper["momentum"] == 0.9
    assert create("nesterov").keras_config() == (
        "SGD", {"learning_rate": 0.01, "momentum": 0.9, "nesterov": True})
    assert create("adagrad").hyper["initial_accumulator_value"] == 0.1
    assert create("rmsprop").hyper == {
        "learning_rate": 0.001, "rho": 0.9, "momentum": 0.0, "epsilon": 1e-7, "centered": False}
    assert create("adadelta").hyper["rho"] == 0.95
    assert create("adam", amsgrad="true").hyper["amsgrad"] is True
    assert create("adamw").options.weight_decay == 0.004
    assert create("lion").hyper == {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.99}
    assert create("ftrl").hyper["learning_rate_power"] == -0.5
    assert create("adafactor").hyper["epsilon_2"] == 1e-3
    assert create("schedule_free_adamw").hyper["learning_rate"] == 0.0025
    assert create("muon").keras_config() == ("Muon", {
        "learning_rate": 0.001, "adam_beta_1": 0.9, "adam_beta_2": 0.999,
        "adam_weight_decay": 0.004, "epsilon": 1e-7, "adam_lr_ratio": 1.0,
        "weight_decay": 0.004})


def test_params_of_any_shape():
    opt = create("rmsprop", momentum=0.5, centered=True)
    params = np.ones((2, 3, 4))
    new, _state = opt.update(params, np.full((2, 3, 4), 0.1), opt.init(params))
    assert new.shape == (2, 3, 4) and np.all(new < 1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"beta_3": 1.0}, "has no hyper-parameter 'beta_3'"),
        ({"learning_rate": "fast"}, "learning_rate must be a number"),
        ({"learning_rate": 0}, "greater than 0"),
        ({"epsilon": float("nan")}, "finite"),
    ],
)
def test_bad_hyper_parameters_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        create("adam", **kwargs)


def test_unknown_optimizer_lists_the_valid_ones():
    with pytest.raises(ValueError, match="gd, sgd, momentum"):
        create("lbfgs")


def test_every_optimizer_shows_its_rule():
    for spec in OPTIMIZERS.values():
        assert "θ" in spec.rule and spec.summary
