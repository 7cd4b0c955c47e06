"""Learning-rate schedules with the formulas, parameter names and defaults of
``keras.optimizers.schedules``, vectorised over steps so a view can draw η(t).

Keras evaluates a schedule at ``optimizer.iterations`` before the step increments it: step ``t``
(0-based) uses ``lr_at(η, t)``. The racer's learning rate is the schedule's
``initial_learning_rate``; PiecewiseConstantDecay, which has none in Keras, takes its ``values``
(by default η, η/10, η/100 … one per interval).

    schedule = create_schedule("cosine_decay", decay_steps=200, alpha=0.1)
    schedule.lr_at(0.1, np.arange(300))
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.params import HyperParam, WithParams, parse_number, parse_value

__all__ = ["SCHEDULES", "Schedule", "ScheduleSpec", "create_schedule"]

Rate = Callable[[float, np.ndarray, Mapping[str, Any]], np.ndarray]


@dataclass(frozen=True)
class ScheduleSpec(WithParams):
    """One Keras schedule: its snake-case name, Keras class, parameters and formula."""

    name: str
    keras_class: str
    params: tuple[HyperParam, ...]
    formula: str
    summary: str
    rate: Rate = field(repr=False)
    sequences: tuple[str, ...] = ()  # parameters that are lists (PiecewiseConstantDecay)


@dataclass(frozen=True)
class Schedule:
    """A schedule spec bound to checked parameter values."""

    spec: ScheduleSpec
    params: Mapping[str, Any]

    @property
    def name(self) -> str:
        return self.spec.name

    def lr_at(self, initial_learning_rate: float, steps: Any) -> np.ndarray:
        """The learning rate Keras uses at each of ``steps`` (its ``iterations`` values)."""
        steps = np.asarray(steps, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            return np.asarray(self.spec.rate(float(initial_learning_rate), steps, self.params),
                              dtype=float)

    def keras_config(self, initial_learning_rate: float) -> tuple[str, dict[str, Any]]:
        """The Keras class name and keyword arguments that build the same schedule."""
        kwargs = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        if self.spec.name == "piecewise_constant_decay":
            kwargs["values"] = list(piecewise_values(initial_learning_rate, self.params))
        else:
            kwargs = {"initial_learning_rate": initial_learning_rate, **kwargs}
        return self.spec.keras_class, kwargs

    def describe(self) -> str:
        """Short label such as ``cosine_decay(decay_steps=200)`` (non-default values only)."""
        defaults = self.spec.defaults()
        changed = ", ".join(f"{k}={_text(v)}" for k, v in self.params.items()
                            if v != defaults[k])
        return f"{self.spec.name}({changed})"

    def to_dict(self) -> dict[str, Any]:
        """What a scene stores: the name and every parameter (lists as lists)."""
        return {"name": self.spec.name,
                "params": {k: list(v) if isinstance(v, tuple) else v
                           for k, v in self.params.items()}}


def _text(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(f"{v:g}" for v in value) + "]"
    return str(value) if isinstance(value, bool) or value is None else f"{value:g}"


# --- the formulas (keras/src/optimizers/schedules/learning_rate_schedule.py, __call__) ----------

def _exponential(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    p = step / h["decay_steps"]
    return lr * h["decay_rate"] ** (np.floor(p) if h["staircase"] else p)


def _inverse_time(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    p = step / h["decay_steps"]
    return lr / (1.0 + h["decay_rate"] * (np.floor(p) if h["staircase"] else p))


def piecewise_values(lr: float, h: Mapping[str, Any]) -> tuple[float, ...]:
    """PiecewiseConstantDecay's ``values``: as given, or η, η/10, η/100 … by default."""
    values = h["values"]
    return tuple(values) if values is not None else tuple(
        lr * 10.0 ** -i for i in range(len(h["boundaries"]) + 1))


def _piecewise(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    bounds, values = h["boundaries"], piecewise_values(lr, h)
    result = (step <= bounds[0]) * values[0] + (step > bounds[-1]) * values[-1]
    for low, high, value in zip(bounds[:-1], bounds[1:], values[1:-1], strict=True):
        result = result + ((step > low) & (step <= high)) * value
    return result


def _polynomial(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    decay_steps = np.full_like(step, h["decay_steps"])
    if h["cycle"]:
        decay_steps = decay_steps * np.where(step == 0, 1.0, np.ceil(step / h["decay_steps"]))
    else:
        step = np.minimum(step, decay_steps)
    end = h["end_learning_rate"]
    return (lr - end) * (1 - step / decay_steps) ** h["power"] + end


def _cosine_factor(step: np.ndarray, decay_steps: float, alpha: float) -> np.ndarray:
    return (1 - alpha) * (0.5 * (1.0 + np.cos(math.pi * (step / decay_steps)))) + alpha


def _cosine(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    decay_steps, alpha, target = h["decay_steps"], h["alpha"], h["warmup_target"]
    if target is None:
        return lr * _cosine_factor(np.minimum(step, decay_steps), decay_steps, alpha)
    warmup = h["warmup_steps"]
    step = np.minimum(step, decay_steps + warmup)
    return np.where(step < warmup,
                    (target - lr) * (step / warmup) + lr,
                    target * _cosine_factor(step - warmup, decay_steps, alpha))


def _restarts(lr: float, step: np.ndarray, h: Mapping[str, Any]) -> np.ndarray:
    t_mul = h["t_mul"]
    fraction = step / h["first_decay_steps"]
    if t_mul == 1.0:
        restart = np.floor(fraction)
        fraction = fraction - restart
    else:
        restart = np.floor(np.log(1.0 - fraction * (1.0 - t_mul)) / np.log(t_mul))
        fraction = (fraction - (1.0 - t_mul**restart) / (1.0 - t_mul)) / t_mul**restart
    cosine = 0.5 * h["m_mul"] ** restart * (1.0 + np.cos(math.pi * fraction))
    return lr * ((1 - h["alpha"]) * cosine + h["alpha"])


# --- the catalogue -----------------------------------------------------------------------------

def _steps(name: str, default: int, text: str) -> HyperParam:
    """A count of steps; one whose Keras default is 0 (no warm-up) may be 0."""
    return HyperParam(name, default, min(1.0, default), 100_000.0, log=True, integer=True,
                      help=text)


_DECAY_STEPS = _steps("decay_steps", 100, tr_noop(
    "Schedules", "Steps over which the rate decays (Keras requires it; 100 here)."))
_DECAY_RATE = HyperParam("decay_rate", 0.5, 0.0, 1.0, help=tr_noop(
    "Schedules", "How much the rate shrinks every decay_steps (Keras requires it; 0.5 here)."))
_STAIRCASE = HyperParam("staircase", False, help=tr_noop(
    "Schedules", "Decay in whole steps of decay_steps instead of smoothly."))
_ALPHA = HyperParam("alpha", 0.0, 0.0, 1.0, help=tr_noop(
    "Schedules", "The lowest rate, as a fraction of the starting rate."))

_SPECS = (
    ScheduleSpec(
        "exponential_decay", "ExponentialDecay", (_DECAY_STEPS, _DECAY_RATE, _STAIRCASE),
        "η(t) = η₀ · rate^(t / decay_steps)",
        tr_noop("Schedules", "Multiplies the rate by decay_rate every decay_steps steps."),
        _exponential),
    ScheduleSpec(
        "inverse_time_decay", "InverseTimeDecay", (_DECAY_STEPS, _DECAY_RATE, _STAIRCASE),
        "η(t) = η₀ / (1 + rate · t / decay_steps)",
        tr_noop("Schedules", "Shrinks the rate like 1/t: fast at first, then slowly."),
        _inverse_time),
    ScheduleSpec(
        "piecewise_constant_decay", "PiecewiseConstantDecay",
        (HyperParam("boundaries", None, 0.0, 100_000.0, integer=True, help=tr_noop(
            "Schedules", "Steps at which the rate changes (Keras requires them; 100, 200 here).")),
         HyperParam("values", None, 0.0, 10.0, help=tr_noop(
             "Schedules", "The rate in each interval, one more than boundaries "
                          "(default η, η/10, η/100 …)."))),
        "η(t) = values[i] for boundaries[i−1] < t ≤ boundaries[i]",
        tr_noop("Schedules", "Holds the rate constant and drops it at the given steps."),
        _piecewise, sequences=("boundaries", "values")),
    ScheduleSpec(
        "polynomial_decay", "PolynomialDecay",
        (_DECAY_STEPS,
         HyperParam("end_learning_rate", 0.0001, 0.0, 10.0, help=tr_noop(
             "Schedules", "The rate reached after decay_steps.")),
         HyperParam("power", 1.0, 0.0, 10.0, help=tr_noop(
             "Schedules", "Shape of the decay: 1 is a straight line.")),
         HyperParam("cycle", False, help=tr_noop(
             "Schedules", "Start again (over a longer span) after decay_steps."))),
        "η(t) = (η₀ − η_end) · (1 − t / decay_steps)^power + η_end",
        tr_noop("Schedules", "Goes from η₀ to end_learning_rate along a polynomial."),
        _polynomial),
    ScheduleSpec(
        "cosine_decay", "CosineDecay",
        (_DECAY_STEPS, _ALPHA,
         HyperParam("warmup_target", None, 0.0, 10.0, log=True, help=tr_noop(
             "Schedules", "If set: rise linearly from η₀ to this rate first, then decay it.")),
         _steps("warmup_steps", 0, tr_noop("Schedules", "Length of the linear warm-up."))),
        "η(t) = η₀ · ((1 − α) · ½(1 + cos(π · t / decay_steps)) + α)",
        tr_noop("Schedules", "Follows half a cosine down to α·η₀, after an optional warm-up."),
        _cosine),
    ScheduleSpec(
        "cosine_decay_restarts", "CosineDecayRestarts",
        (_steps("first_decay_steps", 100, tr_noop(
            "Schedules", "Length of the first cosine period (Keras requires it; 100 here).")),
         HyperParam("t_mul", 2.0, 0.1, 10.0, help=tr_noop(
             "Schedules", "Each period is t_mul times as long as the one before.")),
         HyperParam("m_mul", 1.0, 0.0, 1.0, help=tr_noop(
             "Schedules", "Each restart starts from m_mul times the previous peak.")),
         _ALPHA),
        "η(t) = η₀ · ((1 − α) · m_mulⁱ · ½(1 + cos(π · t_cur / Tᵢ)) + α)",
        tr_noop("Schedules", "Cosine decay that restarts, each period longer (warm restarts)."),
        _restarts),
)

SCHEDULES: dict[str, ScheduleSpec] = {spec.name: spec for spec in _SPECS}
_DEFAULT_BOUNDARIES = (100, 200)


def create_schedule(name: str, **params: Any) -> Schedule:
    """Build schedule ``name`` (snake case) from Keras-named parameters, numbers or text;
    a bad name or value is a ValueError that says which rule it broke."""
    if name not in SCHEDULES:
        raise ValueError(f"unknown schedule {name!r}; choose one of {', '.join(SCHEDULES)}")
    spec = SCHEDULES[name]
    values = spec.defaults()
    if "boundaries" in values:
        values["boundaries"] = _DEFAULT_BOUNDARIES
    for key, value in params.items():
        if key not in values:
            raise ValueError(f"{spec.keras_class} has no parameter {key!r}; it has "
                             f"{', '.join(values)}")
        param = next(p for p in spec.params if p.name == key)
        values[key] = (_sequence(key, value) if key in spec.sequences
                       else parse_value(param, value, "a whole number of steps"))
    _check(values)
    return Schedule(spec, values)


def _sequence(name: str, value: Any) -> tuple[float, ...] | None:
    if value is None or (isinstance(value, str) and value.strip().lower() == "none"):
        if name == "boundaries":
            raise ValueError("boundaries cannot be unset")
        return None
    items = value.replace(";", ",").split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not items:
        raise ValueError(f"{name} must be a list of numbers, e.g. 100,200")
    numbers = tuple(parse_number(name, item) for item in items)
    if name == "boundaries":  # step numbers: Keras compares them with the integer iterations
        if any(b != int(b) or b < 0 for b in numbers) or list(numbers) != sorted(set(numbers)):
            raise ValueError("boundaries must be increasing whole step numbers ≥ 0")
        return tuple(int(b) for b in numbers)
    return numbers


def _check(h: Mapping[str, Any]) -> None:
    """Keras's rules (decay steps > 0, boundaries one fewer than values) and the ones that keep
    the rate a finite positive number (no negative decay)."""
    for name in ("decay_steps", "first_decay_steps"):
        if name in h and h[name] <= 0:
            raise ValueError(f"{name} must be > 0 (Keras's rule), not {h[name]:g}")
    for name in ("decay_rate", "alpha", "end_learning_rate", "power", "m_mul", "warmup_steps",
                 "warmup_target"):
        if h.get(name) is not None and h[name] < 0:
            raise ValueError(f"{name} must be ≥ 0 (a negative decay makes no learning rate), "
                             f"not {h[name]:g}")
    if "t_mul" in h and h["t_mul"] <= 0:
        raise ValueError(f"t_mul must be > 0, not {h['t_mul']:g}")
    if "boundaries" in h:
        bounds, values = h["boundaries"], h["values"]
        if values is not None:
            if len(bounds) != len(values) - 1:
                raise ValueError(
                    "the length of boundaries should be 1 less than the length of values "
                    f"(Keras's rule); got {len(bounds)} boundaries and {len(values)} values")
            if any(v <= 0 for v in values):
                raise ValueError("values must be learning rates > 0")
