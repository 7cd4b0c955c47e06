"""The ten classic optimizers and AdamW, each rule a transcription of
``keras.optimizers.<Name>.update_step`` (Keras 3): pure functions of (params, grads, state,
settings) that return new params and new slots, never mutating their inputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.optimizers.common import (
    BETA_1,
    BETA_2,
    EPSILON,
    MOMENTUM,
    State,
    learning_rate_param,
    zeros,
)
from explorer.core.optim.optimizers.options import Options
from explorer.core.optim.optimizers.spec import OptimizerSpec
from explorer.core.params import HyperParam

# --- update rules (keras/src/optimizers/*.py, update_step) --------------------------------------


def _sgd_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    lr, mu = h["learning_rate"], h.get("momentum", 0.0)
    if np.all(mu == 0):
        return p - g * lr, {}
    m = s["m"] * mu - g * lr
    if h.get("nesterov", False):
        return p + (m * mu - g * lr), {"m": m}
    return p + m, {"m": m}


def _sgd_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return zeros(p, "m") if np.any(h.get("momentum", 0.0) != 0) else {}


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
    if np.any(mu > 0):
        new["momentum"] = mu * s["momentum"] + increment
        return p - new["momentum"], new
    return p - increment, new


def _rmsprop_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    state = zeros(p, "velocity")
    if np.any(h["momentum"] > 0):
        state["momentum"] = np.zeros_like(p)
    if h["centered"]:
        state["average_grad"] = np.zeros_like(p)
    return state


def adam_step(p: np.ndarray, g: np.ndarray, s: State,
              h: Mapping[str, Any]) -> tuple[np.ndarray, State]:
    """Adam's step (also AdamW's, and Muon's for a vector, which Keras updates with Adam)."""
    b1, b2, t = h["beta_1"], h["beta_2"], s["iterations"] + 1
    alpha = h["learning_rate"] * np.sqrt(1 - b2**t) / (1 - b1**t)
    m = s["m"] + (g - s["m"]) * (1 - b1)
    v = s["v"] + (np.square(g) - s["v"]) * (1 - b2)
    new: State = {"m": m, "v": v}
    if h["amsgrad"]:
        new["v_hat"] = np.maximum(s["v_hat"], v)
        v = new["v_hat"]
    return p - (m * alpha) / (np.sqrt(v) + h["epsilon"]), new


def adam_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    """Adam's slots: m, v (and v_hat with amsgrad), zero."""
    return zeros(p, "m", "v", "v_hat") if h["amsgrad"] else zeros(p, "m", "v")


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
    return {**zeros(p, "m", "v"), "u_product": 1.0}


def _needs_weight_decay(hyper: Mapping[str, Any], options: Options) -> None:
    if options.weight_decay is None:
        raise ValueError("AdamW needs a weight_decay (Keras's rule: it must be a float)")


# --- the catalogue -------------------------------------------------------------------------------

_ADAM_RULE = ("m ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
             "α ← η·√(1−β₂ᵗ) / (1−β₁ᵗ)\nθ ← θ − α·m / (√v + ε)")
_ADAM_PARAMS = (learning_rate_param(0.001), BETA_1, BETA_2, EPSILON,
                HyperParam("amsgrad", False, help=tr_noop(
                    "Optimizers", "AMSGrad: never let the second moment shrink.")))

_GD_RULE = "θ ← θ − η·∇L(θ)"
_MOMENTUM_RULE = "v ← μ·v − η·g\nθ ← θ + v"

CLASSIC_SPECS = (
    OptimizerSpec(
        "gd", "GD", "SGD", (learning_rate_param(0.01),), _GD_RULE, _sgd_step, _sgd_init,
        summary=tr_noop(
            "Optimizers", "Gradient descent: every step uses the exact (full-batch) gradient."),
    ),
    OptimizerSpec(
        "sgd", "SGD", "SGD", (learning_rate_param(0.01),), tr_noop(
            "Optimizers", "θ ← θ − η·∇L(θ)\ng: a noisy / minibatch gradient"),
        _sgd_step, _sgd_init, stochastic=True,
        summary=tr_noop(
            "Optimizers", "Stochastic GD: the same rule on a noisy gradient (a random minibatch)."),
    ),
    OptimizerSpec(
        "momentum", "Momentum", "SGD", (learning_rate_param(0.01), MOMENTUM), _MOMENTUM_RULE,
        _sgd_step, _sgd_init, keras_fixed={"nesterov": False},
        summary=tr_noop(
            "Optimizers", "Keeps a velocity, so it rolls through flat parts and damps zig-zags."),
    ),
    OptimizerSpec(
        "nesterov", "Nesterov", "SGD", (learning_rate_param(0.01), MOMENTUM),
        "v ← μ·v − η·g\nθ ← θ + μ·v − η·g", _sgd_step, _sgd_init,
        keras_fixed={"nesterov": True},
        summary=tr_noop(
            "Optimizers", "Momentum that looks ahead along its velocity before correcting."),
    ),
    OptimizerSpec(
        "adagrad", "AdaGrad", "Adagrad",
        (learning_rate_param(0.001),
         HyperParam("initial_accumulator_value", 0.1, 0.0, 10.0,
                    help=tr_noop(
                        "Optimizers", "Starting value a₀ of the accumulated squared gradients.")),
         EPSILON),
        "a ← a + g²\nθ ← θ − η·g / √(a + ε)", _adagrad_step, _adagrad_init,
        summary=tr_noop(
            "Optimizers",
            "Divides by the root of all past squared gradients: steps shrink over time."),
    ),
    OptimizerSpec(
        "rmsprop", "RMSProp", "RMSprop",
        (learning_rate_param(0.001), HyperParam("rho", 0.9, 0.0, 0.9999, help=tr_noop(
            "Optimizers", "Decay ρ of the squared average.")),
         HyperParam("momentum", 0.0, 0.0, 0.9999, help=tr_noop(
             "Optimizers", "Optional momentum on the step.")),
         EPSILON,
         HyperParam("centered", False, help=tr_noop(
             "Optimizers", "Divide by the variance instead of the raw mean."))),
        "s ← ρ·s + (1−ρ)·g²\nθ ← θ − η·g / √(s + ε)", _rmsprop_step, _rmsprop_init,
        summary=tr_noop(
            "Optimizers", "A moving average of squared gradients, so old gradients are forgotten."),
    ),
    OptimizerSpec(
        "adam", "Adam", "Adam", _ADAM_PARAMS, _ADAM_RULE, adam_step, adam_init,
        summary=tr_noop(
            "Optimizers", "Momentum plus RMSProp, with bias correction for the first steps."),
    ),
    OptimizerSpec(
        "adamw", "AdamW", "AdamW", _ADAM_PARAMS,
        tr_noop("Optimizers",
                "θ ← θ − η·λ·θ   (decoupled weight decay, λ = weight_decay)\n"
                "m ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
                "α ← η·√(1−β₂ᵗ) / (1−β₁ᵗ)\nθ ← θ − α·m / (√v + ε)"),
        adam_step, adam_init,
        option_defaults={"weight_decay": 0.004}, check=_needs_weight_decay,
        summary=tr_noop(
            "Optimizers",
            "Adam that shrinks the weights a little every step, apart from the gradient."),
    ),
    OptimizerSpec(
        "adadelta", "Adadelta", "Adadelta",
        (learning_rate_param(0.001), HyperParam("rho", 0.95, 0.0, 0.9999, help=tr_noop(
            "Optimizers", "Decay ρ of both averages.")),
         EPSILON),
        "E[g²] ← ρ·E[g²] + (1−ρ)·g²\nΔ ← −√(E[Δ²] + ε) / √(E[g²] + ε) · g\n"
        "E[Δ²] ← ρ·E[Δ²] + (1−ρ)·Δ²\nθ ← θ + η·Δ",
        _adadelta_step, lambda p, h: zeros(p, "accumulated_grad", "accumulated_delta"),
        summary=tr_noop(
            "Optimizers", "Scales steps by the ratio of past update size to past gradient size."),
    ),
    OptimizerSpec(
        "adamax", "Adamax", "Adamax", (learning_rate_param(0.001), BETA_1, BETA_2, EPSILON),
        "m ← β₁·m + (1−β₁)·g\nu ← max(β₂·u, |g|)\nθ ← θ − η·m / ((1−β₁ᵗ)·(u + ε))",
        _adamax_step, lambda p, h: zeros(p, "m", "u"),
        summary=tr_noop(
            "Optimizers", "Adam with the infinity norm: divides by the largest recent |g|."),
    ),
    OptimizerSpec(
        "nadam", "Nadam", "Nadam", (learning_rate_param(0.001), BETA_1, BETA_2, EPSILON),
        "μₜ ← β₁·(1 − ½·0.96ᵗ)\nm ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
        "m̂ ← μₜ₊₁·m / (1 − Πμ₁..ₜ₊₁) + (1−μₜ)·g / (1 − Πμ₁..ₜ)\n"
        "θ ← θ − η·m̂ / (√(v / (1−β₂ᵗ)) + ε)",
        _nadam_step, _nadam_init,
        summary=tr_noop("Optimizers", "Adam with Nesterov momentum: the step looks ahead along m."),
    ),
)

