"""Every optimizer by name, and ``create``: an optimizer built from Keras-named settings, each
checked with Keras's rules so a bad one is a clear ValueError, never a traceback later."""

from __future__ import annotations

from typing import Any

from explorer.core.optim.optimizers.classic import CLASSIC_SPECS
from explorer.core.optim.optimizers.modern import MODERN_SPECS
from explorer.core.optim.optimizers.options import OPTION_NAMES, make_options
from explorer.core.optim.optimizers.spec import Optimizer, OptimizerSpec
from explorer.core.optim.schedules import Schedule
from explorer.core.params import HyperParam, parse_bool, parse_number

OPTIMIZERS: dict[str, OptimizerSpec] = {spec.name: spec for spec in (*CLASSIC_SPECS,
                                                                      *MODERN_SPECS)}


def create(name: str, schedule: Schedule | None = None, **settings: Any) -> Optimizer:
    """Build optimizer ``name`` from Keras-named hyper-parameters and common options
    (``weight_decay``, ``clipnorm``, …; unspecified ones default), with an optional
    learning-rate schedule whose initial learning rate is ``learning_rate``."""
    key = name.lower()
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    spec = OPTIMIZERS[key]
    values = spec.defaults()
    for param_name in settings:
        if param_name not in values and param_name not in OPTION_NAMES:
            valid = ", ".join([*values, *OPTION_NAMES])
            raise ValueError(f"{spec.title} has no hyper-parameter {param_name!r}; it has {valid}")
    for param_name in values.keys() & settings.keys():
        values[param_name] = _checked(spec, param_name, settings[param_name])
    options = make_options({k: v for k, v in settings.items() if k in OPTION_NAMES},
                           spec.option_defaults)
    if spec.check is not None:
        spec.check(values, options)
    return Optimizer(spec, values, options, schedule)


def _checked(spec: OptimizerSpec, name: str, value: Any) -> float | int | bool:
    param: HyperParam = next(p for p in spec.params if p.name == name)
    if param.is_bool:
        return parse_bool(name, value)
    number = parse_number(name, value)
    if number < 0 and param.minimum >= 0:
        raise ValueError(f"{name} must be a finite number ≥ 0, not {value!r}")
    if param.integer:
        if number != int(number):
            raise ValueError(f"{name} must be a whole number, not {value!r}")
        return int(number)
    if name == "learning_rate" and number == 0:
        raise ValueError("learning_rate must be greater than 0")
    return number
