"""Functional optimizers with Keras semantics.

Every update rule here is a line-by-line transcription of
``keras.optimizers.<Name>.update_step`` (Keras 3), so what a student sees racing on a surface is
exactly what ``model.compile(optimizer=...)`` would do. The optimizers are pure: ``update``
returns new arrays and never mutates its inputs, which lets the race engine keep history and
lets tests replay trajectories.

    opt = create("adam", learning_rate=0.1)
    state = opt.init(params)
    params, state = opt.update(params, grads, state)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.params import LEARNING_RATE_RANGE, HyperParam, WithParams

State = dict[str, Any]
StepFunction = Callable[
    [np.ndarray, np.ndarray, State, Mapping[str, Any]], tuple[np.ndarray, State]
]


_SYMBOLS = {"momentum": "μ", "rho": "ρ", "beta_1": "β₁", "beta_2": "β₂", "epsilon": "ε",
            "initial_accumulator_value": "a₀"}
_LR_HELP = tr_noop("Optimizers", "Learning rate η: how far each step moves against the gradient.")
_EPS_HELP = tr_noop("Optimizers",
                    "Small constant ε that keeps the division finite (Keras default 1e-7).")


def _lr(default: float) -> HyperParam:
    return HyperParam("learning_rate", default, *LEARNING_RATE_RANGE, log=True, help=_LR_HELP)


_EPSILON = HyperParam("epsilon", 1e-7, 1e-12, 1.0, log=True, help=_EPS_HELP)
_BETA_1 = HyperParam(
    "beta_1", 0.9, 0.0, 0.9999, help=tr_noop(
        "Optimizers", "Decay β₁ of the first-moment (mean) estimate.")
)
_BETA_2 = HyperParam(
    "beta_2", 0.999, 0.0, 0.99999, help=tr_noop(
        "Optimizers", "Decay β₂ of the second-moment (squared) estimate.")
)
_MOMENTUM = HyperParam("momentum", 0.9, 0.0, 0.9999, help=tr_noop(
    "Optimizers", "Momentum μ: how much velocity is kept."))


@dataclass(frozen=True)
class OptimizerSpec(WithParams):
    """What an optimizer is: its Keras class, its hyper-parameters, its rule as text."""

    name: str
    title: str
    keras_class: str
    params: tuple[HyperParam, ...]
    rule: str
    step: StepFunction = field(repr=False)
    init_state: Callable[[np.ndarray, Mapping[str, Any]], State] = field(repr=False)
    stochastic: bool = False
    keras_fixed: Mapping[str, Any] = field(default_factory=dict)
    summary: str = ""


@dataclass(frozen=True)
class Optimizer:
    """An optimizer spec bound to hyper-parameter values."""

    spec: OptimizerSpec
    hyper: Mapping[str, Any]

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def learning_rate(self) -> float:
        return float(self.hyper["learning_rate"])

    def init(self, params: np.ndarray) -> State:
        """A fresh state (step counter and slot arrays) for parameters of this shape."""
        state = self.spec.init_state(np.asarray(params, dtype=float), self.settings)
        state["iterations"] = 0
        return state

    def update(
        self, params: np.ndarray, grads: np.ndarray, state: State
    ) -> tuple[np.ndarray, State]:
        """One step. Pure: returns new params and a new state; the inputs are untouched."""
        params = np.asarray(params, dtype=float)
        grads = np.asarray(grads, dtype=float)
        new_params, new_state = self.spec.step(params, grads, state, self.settings)
        new_state["iterations"] = state["iterations"] + 1
        return new_params, new_state

    @property
    def settings(self) -> dict[str, Any]:
        """Hyper-parameters plus the fixed Keras arguments (e.g. ``nesterov=True``)."""
        return {**self.hyper, **self.spec.keras_fixed}

    def keras_config(self) -> tuple[str, dict[str, Any]]:
        """The Keras class name and keyword arguments that build the same optimizer."""
        return self.spec.keras_class, self.settings

    def label(self) -> str:
        """Legend text such as ``Adam η=0.1`` (plus any other non-default setting)."""
        defaults = self.spec.defaults()
        extras = [f"{k}={v}" if isinstance(v, bool) else f"{_SYMBOLS.get(k, k)}={v:g}"
                  for k, v in self.hyper.items() if k != "learning_rate" and v != defaults[k]]
        return " ".join([self.spec.title, f"η={self.learning_rate:g}", *extras])

    def describe(self) -> str:
        """Short label such as ``adam(learning_rate=0.1)``."""
        changed = {k: v for k, v in self.hyper.items() if v != self.spec.defaults()[k]}
        if "learning_rate" not in changed:
            changed = {"learning_rate": self.hyper["learning_rate"], **changed}
        args = ", ".join(f"{k}={v:g}" if not isinstance(v, bool) else f"{k}={v}"
                         for k, v in changed.items())
        return f"{self.spec.name}({args})"


def _zeros(params: np.ndarray, *names: str) -> State:
    return {name: np.zeros_like(params) for name in names}


# --- update rules (keras/src/optimizers/*.py, update_step) --------------------------------------


def _sgd_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    lr, mu = h["learning_rate"], h.get("momentum", 0.0)
    if mu == 0:
        return p - g * lr, {}
    m = s["m"] * mu - g * lr
    if h.get("nesterov", False):
        return p + (m * mu - g * lr), {"m": m}
    return p + m, {"m": m}


def _sgd_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return _zeros(p, "m") if h.get("momentum", 0.0) != 0 else {}


def _adagrad_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    acc = s["accumulator"] + np.square(g)
    return p - (h["learning_rate"] * g) / np.sqrt(acc + h["epsilon"]), {"accumulator": acc}


def _adagrad_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return {"accumulator": np.full_like(p, h["initial_accumulator_value"])}


def _rmsprop_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    rho, eps, mu = h["rho"], h["epsilon"], h["momentum"]
    new: State = {"velocity": rho * s["velocity"] + (1 - rho) * np.square(g)}
    if h["centered"]:
        new["average_grad"] = rho * s["average_grad"] + (1 - rho) * g
        denominator = new["velocity"] - np.square(new["average_grad"]) + eps
    else:
        denominator = new["velocity"] + eps
    increment = (h["learning_rate"] * g) / np.sqrt(denominator)
    if mu > 0:
        new["momentum"] = mu * s["momentum"] + increment
        return p - new["momentum"], new
    return p - increment, new


def _rmsprop_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    state = _zeros(p, "velocity")
    if h["momentum"] > 0:
        state["momentum"] = np.zeros_like(p)
    if h["centered"]:
        state["average_grad"] = np.zeros_like(p)
    return state


def _adam_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, b2, t = h["beta_1"], h["beta_2"], s["iterations"] + 1
    alpha = h["learning_rate"] * np.sqrt(1 - b2**t) / (1 - b1**t)
    m = s["m"] + (g - s["m"]) * (1 - b1)
    v = s["v"] + (np.square(g) - s["v"]) * (1 - b2)
    new: State = {"m": m, "v": v}
    if h["amsgrad"]:
        new["v_hat"] = np.maximum(s["v_hat"], v)
        v = new["v_hat"]
    return p - (m * alpha) / (np.sqrt(v) + h["epsilon"]), new


def _adam_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return _zeros(p, "m", "v", "v_hat") if h["amsgrad"] else _zeros(p, "m", "v")


def _adadelta_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    rho, eps = h["rho"], h["epsilon"]
    acc_grad = rho * s["accumulated_grad"] + (1 - rho) * np.square(g)
    delta = -(np.sqrt(s["accumulated_delta"] + eps) * g) / np.sqrt(acc_grad + eps)
    acc_delta = rho * s["accumulated_delta"] + (1 - rho) * np.square(delta)
    return p + h["learning_rate"] * delta, {"accumulated_grad": acc_grad,
                                           "accumulated_delta": acc_delta}


def _adamax_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, t = h["beta_1"], s["iterations"] + 1
    m = s["m"] + (g - s["m"]) * (1 - b1)
    u = np.maximum(h["beta_2"] * s["u"], np.abs(g))
    return p - (h["learning_rate"] * m) / ((1 - b1**t) * (u + h["epsilon"])), {"m": m, "u": u}


def _nadam_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, b2, t = h["beta_1"], h["beta_2"], s["iterations"] + 1
    u_t = b1 * (1.0 - 0.5 * 0.96**t)
    u_t_1 = b1 * (1.0 - 0.5 * 0.96 ** (t + 1))
    u_product = s["u_product"] * u_t  # Keras updates this before update_step
    m = s["m"] + (g - s["m"]) * (1 - b1)
    v = s["v"] + (np.square(g) - s["v"]) * (1 - b2)
    m_hat = (u_t_1 * m) / (1 - u_product * u_t_1) + ((1 - u_t) * g) / (1 - u_product)
    v_hat = v / (1 - b2**t)
    new = {"m": m, "v": v, "u_product": u_product}
    return p - (m_hat * h["learning_rate"]) / (np.sqrt(v_hat) + h["epsilon"]), new


def _nadam_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return {**_zeros(p, "m", "v"), "u_product": 1.0}


# --- the catalogue -------------------------------------------------------------------------------

_GD_RULE = "θ ← θ − η·∇L(θ)"
_MOMENTUM_RULE = "v ← μ·v − η·g\nθ ← θ + v"

_SPECS = (
    OptimizerSpec(
        "gd", "GD", "SGD", (_lr(0.01),), _GD_RULE, _sgd_step, _sgd_init,
        summary=tr_noop(
            "Optimizers", "Gradient descent: every step uses the exact (full-batch) gradient."),
    ),
    OptimizerSpec(
        "sgd", "SGD", "SGD", (_lr(0.01),), tr_noop(
            "Optimizers", "θ ← θ − η·∇L(θ)\ng: a noisy / minibatch gradient"),
        _sgd_step, _sgd_init, stochastic=True,
        summary=tr_noop(
            "Optimizers", "Stochastic GD: the same rule on a noisy gradient (a random minibatch)."),
    ),
    OptimizerSpec(
        "momentum", "Momentum", "SGD", (_lr(0.01), _MOMENTUM), _MOMENTUM_RULE,
        _sgd_step, _sgd_init, keras_fixed={"nesterov": False},
        summary=tr_noop(
            "Optimizers", "Keeps a velocity, so it rolls through flat parts and damps zig-zags."),
    ),
    OptimizerSpec(
        "nesterov", "Nesterov", "SGD", (_lr(0.01), _MOMENTUM),
        "v ← μ·v − η·g\nθ ← θ + μ·v − η·g", _sgd_step, _sgd_init,
        keras_fixed={"nesterov": True},
        summary=tr_noop(
            "Optimizers", "Momentum that looks ahead along its velocity before correcting."),
    ),
    OptimizerSpec(
        "adagrad", "AdaGrad", "Adagrad",
        (_lr(0.001),
         HyperParam("initial_accumulator_value", 0.1, 0.0, 10.0,
                    help=tr_noop(
                        "Optimizers", "Starting value a₀ of the accumulated squared gradients.")),
         _EPSILON),
        "a ← a + g²\nθ ← θ − η·g / √(a + ε)", _adagrad_step, _adagrad_init,
        summary=tr_noop(
            "Optimizers",
            "Divides by the root of all past squared gradients: steps shrink over time."),
    ),
    OptimizerSpec(
        "rmsprop", "RMSProp", "RMSprop",
        (_lr(0.001), HyperParam("rho", 0.9, 0.0, 0.9999, help=tr_noop(
            "Optimizers", "Decay ρ of the squared average.")),
         HyperParam("momentum", 0.0, 0.0, 0.9999, help=tr_noop(
             "Optimizers", "Optional momentum on the step.")),
         _EPSILON,
         HyperParam("centered", False, help=tr_noop(
             "Optimizers", "Divide by the variance instead of the raw mean."))),
        "s ← ρ·s + (1−ρ)·g²\nθ ← θ − η·g / √(s + ε)", _rmsprop_step, _rmsprop_init,
        summary=tr_noop(
            "Optimizers", "A moving average of squared gradients, so old gradients are forgotten."),
    ),
    OptimizerSpec(
        "adam", "Adam", "Adam",
        (_lr(0.001), _BETA_1, _BETA_2, _EPSILON,
         HyperParam("amsgrad", False, help=tr_noop(
             "Optimizers", "AMSGrad: never let the second moment shrink."))),
        "m ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
        "α ← η·√(1−β₂ᵗ) / (1−β₁ᵗ)\nθ ← θ − α·m / (√v + ε)",
        _adam_step, _adam_init,
        summary=tr_noop(
            "Optimizers", "Momentum plus RMSProp, with bias correction for the first steps."),
    ),
    OptimizerSpec(
        "adadelta", "Adadelta", "Adadelta",
        (_lr(0.001), HyperParam("rho", 0.95, 0.0, 0.9999, help=tr_noop(
            "Optimizers", "Decay ρ of both averages.")),
         _EPSILON),
        "E[g²] ← ρ·E[g²] + (1−ρ)·g²\nΔ ← −√(E[Δ²] + ε) / √(E[g²] + ε) · g\n"
        "E[Δ²] ← ρ·E[Δ²] + (1−ρ)·Δ²\nθ ← θ + η·Δ",
        _adadelta_step, lambda p, h: _zeros(p, "accumulated_grad", "accumulated_delta"),
        summary=tr_noop(
            "Optimizers", "Scales steps by the ratio of past update size to past gradient size."),
    ),
    OptimizerSpec(
        "adamax", "Adamax", "Adamax", (_lr(0.001), _BETA_1, _BETA_2, _EPSILON),
        "m ← β₁·m + (1−β₁)·g\nu ← max(β₂·u, |g|)\nθ ← θ − η·m / ((1−β₁ᵗ)·(u + ε))",
        _adamax_step, lambda p, h: _zeros(p, "m", "u"),
        summary=tr_noop(
            "Optimizers", "Adam with the infinity norm: divides by the largest recent |g|."),
    ),
    OptimizerSpec(
        "nadam", "Nadam", "Nadam", (_lr(0.001), _BETA_1, _BETA_2, _EPSILON),
        "μₜ ← β₁·(1 − ½·0.96ᵗ)\nm ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
        "m̂ ← μₜ₊₁·m / (1 − Πμ₁..ₜ₊₁) + (1−μₜ)·g / (1 − Πμ₁..ₜ)\n"
        "θ ← θ − η·m̂ / (√(v / (1−β₂ᵗ)) + ε)",
        _nadam_step, _nadam_init,
        summary=tr_noop("Optimizers", "Adam with Nesterov momentum: the step looks ahead along m."),
    ),
)

OPTIMIZERS: dict[str, OptimizerSpec] = {spec.name: spec for spec in _SPECS}


def create(name: str, **hyper: Any) -> Optimizer:
    """Build optimizer ``name`` with Keras-named hyper-parameters (unspecified ones default)."""
    key = name.lower()
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    spec = OPTIMIZERS[key]
    values = spec.defaults()
    for param_name, value in hyper.items():
        if param_name not in values:
            valid = ", ".join(values)
            raise ValueError(f"{spec.title} has no hyper-parameter {param_name!r}; it has {valid}")
        values[param_name] = _checked(spec, param_name, value)
    return Optimizer(spec, values)


def _checked(spec: OptimizerSpec, name: str, value: Any) -> float | bool:
    param = next(p for p in spec.params if p.name == name)
    if param.is_bool:
        if isinstance(value, str):
            if value.lower() not in ("true", "false", "1", "0"):
                raise ValueError(f"{name} must be true or false, not {value!r}")
            return value.lower() in ("true", "1")
        return bool(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if not np.isfinite(number) or number < 0:
        raise ValueError(f"{name} must be a finite number ≥ 0, not {value!r}")
    if name == "learning_rate" and number == 0:
        raise ValueError("learning_rate must be greater than 0")
    return number
