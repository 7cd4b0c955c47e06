"""Every optimizer × option × schedule follows Keras step by step (issue 16).

The harness drives Keras itself: a ``keras.optimizers.<Name>`` on a float64 variable of the
surface's shape, fed by ``apply_gradients`` with the gradients our numpy surface gives at the
variable's value, against our ``Optimizer.update`` on the same surface, 300 steps each.

Keras on TensorFlow casts Python-float hyper-parameters through float32 (``tf.cast(0.999,
float64)`` is ``float64(float32(0.999))``), so every value here is exact in float32: Keras and we
then compute with the same numbers, and the comparison holds to float64 round-off, not to
float32's. Schedules are given a float64 initial learning rate, so they compute in float64 too.
"""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.optim import OPTIMIZERS, create, create_schedule
from explorer.core.surfaces import get

STEPS = 300
TOLERANCE = 1e-5

# Non-default hyper-parameters, all exact in float32; the surface each one races on.
BASES: dict[str, tuple[str, dict]] = {
    "gd": ("bowl", {"learning_rate": 0.0625}),
    "sgd": ("booth", {"learning_rate": 0.03125}),
    "momentum": ("bowl", {"learning_rate": 0.03125, "momentum": 0.75}),
    "nesterov": ("himmelblau", {"learning_rate": 0.00390625, "momentum": 0.875}),
    "adagrad": ("bowl", {"learning_rate": 0.5, "initial_accumulator_value": 0.25,
                         "epsilon": 2**-20}),
    "rmsprop": ("bowl", {"learning_rate": 0.0078125, "rho": 0.75, "momentum": 0.5,
                         "epsilon": 2**-8, "centered": True}),
    "adam": ("quartic", {"learning_rate": 0.25, "beta_1": 0.75, "beta_2": 0.96875,
                         "epsilon": 2**-20, "amsgrad": True}),
    "adamw": ("bowl", {"learning_rate": 0.0625, "beta_1": 0.875, "beta_2": 0.9921875,
                       "epsilon": 2**-23, "weight_decay": 0.0625}),
    "adadelta": ("bowl", {"learning_rate": 1.0, "rho": 0.875, "epsilon": 2**-16}),
    "adamax": ("six_hump_camel", {"learning_rate": 0.0625, "beta_1": 0.75,
                                  "beta_2": 0.9921875, "epsilon": 2**-20}),
    "nadam": ("booth", {"learning_rate": 0.125, "beta_1": 0.875, "beta_2": 0.984375,
                        "epsilon": 2**-20}),
    "lion": ("bowl", {"learning_rate": 0.015625, "beta_1": 0.875, "beta_2": 0.96875}),
    "lamb": ("himmelblau", {"learning_rate": 0.03125, "beta_1": 0.875, "beta_2": 0.984375,
                            "epsilon": 2**-20}),
    "ftrl": ("bowl", {"learning_rate": 0.25, "learning_rate_power": -0.25,
                      "initial_accumulator_value": 0.5, "l1_regularization_strength": 0.0078125,
                      "l2_regularization_strength": 0.015625,
                      "l2_shrinkage_regularization_strength": 0.0078125, "beta": 0.5}),
    "adafactor": ("bowl", {"learning_rate": 0.0625, "beta_2_decay": -0.625,
                              "epsilon_1": 2**-60, "epsilon_2": 2**-8, "clip_threshold": 0.75,
                              "relative_step": False}),
    "schedule_free_adamw": ("himmelblau", {"learning_rate": 0.0625, "beta_1": 0.875,
                                           "beta_2": 0.9921875, "epsilon": 2**-24,
                                           "warmup_steps": 10}),
    "muon": ("six_hump_camel", {"learning_rate": 0.0625, "adam_beta_1": 0.875,
                                "adam_beta_2": 0.9921875, "adam_weight_decay": 0.03125,
                                "epsilon": 2**-20, "adam_lr_ratio": 0.5}),
}

OPTION_SETS = [
    {"weight_decay": 0.015625},
    {"clipnorm": 0.5},
    {"clipvalue": 0.25},
    {"global_clipnorm": 0.75},
    {"use_ema": True, "ema_momentum": 0.875},
    {"use_ema": True, "ema_momentum": 0.75, "ema_overwrite_frequency": 25},
    {"weight_decay": 0.03125, "clipnorm": 1.0},
    {},
]

SCHEDULE_SETS = [
    None,
    ("exponential_decay", {"decay_steps": 50, "decay_rate": 0.5}),
    ("inverse_time_decay", {"decay_steps": 20, "decay_rate": 0.5}),
    ("piecewise_constant_decay", {"boundaries": [50, 150]}),
    ("polynomial_decay", {"decay_steps": 200, "end_learning_rate": 0.0078125, "power": 2.0}),
    ("cosine_decay", {"decay_steps": 250, "alpha": 0.125}),
    # Restarts at 100 and 300: a restart step is floor(log(·)/log(t_mul)) and, exactly there,
    # rounding decides the side (traced and eager TensorFlow differ), so only log(2)/log(2) here.
    ("cosine_decay_restarts", {"first_decay_steps": 100, "t_mul": 2.0, "m_mul": 0.75,
                               "alpha": 0.0625}),
    ("exponential_decay", {"decay_steps": 40, "decay_rate": 0.25, "staircase": True}),
    ("cosine_decay", {"decay_steps": 200, "warmup_target": 0.0625, "warmup_steps": 40}),
    ("polynomial_decay", {"decay_steps": 80, "cycle": True, "power": 0.5}),
    ("inverse_time_decay", {"decay_steps": 30, "decay_rate": 0.25, "staircase": True}),
    ("cosine_decay_restarts", {"first_decay_steps": 50, "t_mul": 1.0}),
    ("piecewise_constant_decay", {"boundaries": [30, 100, 200],
                                  "values": [0.0625, 0.03125, 0.015625, 0.0078125]}),
]


def _combos() -> list[tuple[str, dict, tuple | None]]:
    """Each optimizer three times: with its own values and no option or schedule, then twice
    with an option and a schedule, rotating so every option and schedule meets many optimizers."""
    combos = []
    for i, name in enumerate(OPTIMIZERS):
        combos.append((name, {}, None))
        for turn in (1, 2):
            options = OPTION_SETS[(i + 3 * turn) % len(OPTION_SETS)]
            schedule = SCHEDULE_SETS[(2 * i + turn) % len(SCHEDULE_SETS)]
            combos.append((name, options, schedule))
    return combos


COMBOS = _combos()


def _id(combo: tuple) -> str:
    name, options, schedule = combo
    parts = [name, *options, schedule[0] if schedule else "constant"]
    return "-".join(parts)


def _build(name: str, options: dict, schedule: tuple | None):
    surface_name, hyper = BASES[name]
    built = create_schedule(schedule[0], **schedule[1]) if schedule else None
    return get(surface_name), create(name, schedule=built, **hyper, **options)


def _keras_optimizer(keras, optimizer):
    class_name, kwargs = optimizer.keras_config()
    if optimizer.schedule is not None:
        schedule_class, config = optimizer.schedule.keras_config(optimizer.learning_rate)
        config = {k: (np.float64(v) if k == "initial_learning_rate" else
                      [np.float64(x) for x in v] if k == "values" else
                      [int(x) for x in v] if k == "boundaries" else v)
                  for k, v in config.items()}
        kwargs["learning_rate"] = getattr(keras.optimizers.schedules, schedule_class)(**config)
    return getattr(keras.optimizers, class_name)(**kwargs)


def _keras_run(optimizer, surface) -> tuple[np.ndarray, object]:
    keras = pytest.importorskip("keras")
    tf = pytest.importorskip("tensorflow")
    keras_optimizer = _keras_optimizer(keras, optimizer)
    variable = keras.Variable(np.array(surface.start, dtype=np.float64), dtype="float64")
    keras_optimizer.build([variable])

    @tf.function  # one traced step: the same Keras code, without eager dispatch per op
    def apply(grads):
        keras_optimizer.apply_gradients([(grads, variable)])

    point = np.array(surface.start, dtype=np.float64)
    path = []
    for _ in range(STEPS):
        apply(tf.constant(surface.gradient(point[None])[0]))
        point = variable.numpy()
        path.append(point)
    return np.array(path), keras_optimizer


def _our_run(optimizer, surface) -> tuple[np.ndarray, np.ndarray, dict]:
    params = np.array([surface.start], dtype=float)
    state = optimizer.init(params)
    path = []
    for _ in range(STEPS):
        params, state = optimizer.update(params, surface.gradient(params), state)
        path.append(params[0])
    return np.array(path), params, state


def _relative_error(ours: np.ndarray, theirs: np.ndarray) -> float:
    return float(np.max(np.abs(ours - theirs) / np.maximum(np.abs(theirs), 1.0)))


def test_the_harness_covers_every_optimizer_option_and_schedule():
    assert len(COMBOS) >= 40 and set(BASES) == set(OPTIMIZERS)
    assert {c[0] for c in COMBOS} == set(OPTIMIZERS)
    used_options = {k for c in COMBOS for k in c[1]}
    assert used_options == {"weight_decay", "clipnorm", "clipvalue", "global_clipnorm",
                            "use_ema", "ema_momentum", "ema_overwrite_frequency"}
    used = {c[2][0] for c in COMBOS if c[2]}
    assert used == {"exponential_decay", "inverse_time_decay", "piecewise_constant_decay",
                    "polynomial_decay", "cosine_decay", "cosine_decay_restarts"}


@pytest.mark.keras
@pytest.mark.parametrize("combo", COMBOS, ids=[_id(c) for c in COMBOS])
def test_trajectory_matches_keras_step_by_step(combo):
    name, options, schedule = combo
    surface, optimizer = _build(name, options, schedule)
    ours, params, state = _our_run(optimizer, surface)
    theirs, keras_optimizer = _keras_run(optimizer, surface)
    assert np.abs(ours - np.asarray(surface.start)).max() > 1e-3, "the racer must move"
    assert np.isfinite(theirs).all()
    assert _relative_error(ours, theirs) < TOLERANCE
    shadow = optimizer.shadow(params, state)
    if optimizer.options.use_ema:  # the faint ball is Keras's moving average
        average = np.asarray(keras_optimizer._model_variables_moving_average[0].numpy())
        assert _relative_error(shadow[0], average) < TOLERANCE
    elif name == "schedule_free_adamw":  # x, recovered from y and z as Keras does
        z = np.asarray(keras_optimizer._momentums[0].numpy())
        beta_1 = optimizer.hyper["beta_1"]
        assert _relative_error(shadow[0], (theirs[-1] - (1 - beta_1) * z) / beta_1) < TOLERANCE
    else:
        assert shadow is None
