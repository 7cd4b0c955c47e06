"""The newer Keras 3 optimizers — Lion, Lamb, Ftrl, Adafactor, ScheduleFreeAdamW and Muon —
transcribed from ``keras.optimizers.<Name>.update_step`` for what a race moves: one vector
variable of 1 or 2 numbers per row. Where Keras treats such a variable specially, so do these
rules (and their rule text says so): Adafactor keeps an unfactored second moment for a variable
of rank < 2, and Muon updates every variable that is not a matrix with its AdamW path."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.optimizers.classic import adam_init, adam_step
from explorer.core.optim.optimizers.common import (
    BETA_1,
    BETA_2,
    EPSILON,
    State,
    learning_rate_param,
    row_norm,
    zeros,
)
from explorer.core.optim.optimizers.options import Options
from explorer.core.optim.optimizers.spec import OptimizerSpec
from explorer.core.params import HyperParam


def _lion_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, b2, m = h["beta_1"], h["beta_2"], s["momentum"]
    new_p = p - h["learning_rate"] * np.sign(m * b1 + g * (1.0 - b1))
    return new_p, {"momentum": m * b2 + g * (1.0 - b2)}


def _lion_check(hyper: Mapping[str, Any], options: Options) -> None:
    if not 0 < hyper["beta_1"] <= 1:
        raise ValueError("beta_1 must be in the range (0, 1] (Keras's rule: otherwise Lion "
                         f"degenerates to SignSGD), not {hyper['beta_1']:g}")


def _lamb_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, b2, t = h["beta_1"], h["beta_2"], s["iterations"] + 1
    m = s["momentum"] + (g - s["momentum"]) * (1 - b1)
    v = s["velocity"] + (np.square(g) - s["velocity"]) * (1 - b2)
    update = (m / (1.0 - b1**t)) / (np.sqrt(v / (1.0 - b2**t)) + h["epsilon"])
    w_norm, g_norm = row_norm(p), row_norm(update)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(w_norm > 0, np.where(g_norm > 0, w_norm / g_norm, 1.0), 1.0)
    return p - ratio * h["learning_rate"] * update, {"momentum": m, "velocity": v}


def _ftrl_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    lr, power, accum = h["learning_rate"], h["learning_rate_power"], s["accumulator"]
    l1 = h["l1_regularization_strength"]
    l2 = h["l2_regularization_strength"] + h["beta"] / (2.0 * lr)
    grad_to_use = g + 2 * h["l2_shrinkage_regularization_strength"] * p
    new_accum = accum + np.square(g)
    linear = s["linear"] + (grad_to_use - ((new_accum**-power - accum**-power) / lr) * p)
    quadratic = new_accum**-power / lr + 2 * l2
    new_p = (np.clip(linear, -l1, l1) - linear) / quadratic
    return new_p, {"accumulator": new_accum, "linear": linear}


def _ftrl_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return {"accumulator": np.full_like(p, h["initial_accumulator_value"]),
            "linear": np.zeros_like(p)}


def _ftrl_check(hyper: Mapping[str, Any], options: Options) -> None:
    if hyper["learning_rate_power"] > 0:
        raise ValueError("learning_rate_power needs to be negative or zero (Keras's rule), "
                         f"not {hyper['learning_rate_power']:g}")


def _rms(x: np.ndarray) -> np.ndarray:
    return np.sqrt(np.mean(np.square(x), axis=-1, keepdims=True))


def _adafactor_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    t = s["iterations"] + 1
    rho = np.minimum(h["learning_rate"], 1 / np.sqrt(t))  # relative_step caps η the same way
    alpha = np.maximum(h["epsilon_2"], _rms(p)) * rho
    beta_2_t = 1 - float(t) ** h["beta_2_decay"]
    v = beta_2_t * s["velocity"] + (1 - beta_2_t) * (np.square(g) + h["epsilon_1"])
    u = g / np.sqrt(v)
    u_hat = u / np.maximum(1.0, _rms(u) / h["clip_threshold"])
    return p - alpha * u_hat, {"velocity": v}


def _schedule_free_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    b1, b2, t = h["beta_1"], h["beta_2"], s["iterations"] + 1
    lr = h["learning_rate"]
    if h["warmup_steps"] > 0:
        lr = lr * min(t / h["warmup_steps"], 1.0)
    v = s["velocity"] + (np.square(g) - s["velocity"]) * (1 - b2)
    z = s["momentum"] - (lr * g) / (np.sqrt(v / (1 - b2**t)) + h["epsilon"])
    weight = 1.0 / t
    # Keras keeps ``momentum.value`` as "momentum_old", but on TensorFlow that is the variable
    # itself, read after the update: x_old is recovered from the new z. Done as Keras does it.
    x_old = (p - (1 - b1) * z) / b1
    x = (1 - weight) * x_old + weight * z
    return (1 - b1) * z + b1 * x, {"momentum": z, "velocity": v, "x": x}


def _schedule_free_init(p: np.ndarray, h: Mapping[str, Any]) -> State:
    return {"momentum": p.copy(), "velocity": np.zeros_like(p), "x": p.copy()}


def _schedule_free_check(hyper: Mapping[str, Any], options: Options) -> None:
    if not 0 < hyper["beta_1"] <= 1:
        raise ValueError("beta_1 must be in the range (0, 1]: ScheduleFreeAdamW recovers x "
                         f"by dividing by β₁, not {hyper['beta_1']:g}")


def _muon_step(p: np.ndarray, g: np.ndarray, s: State, h: Mapping[str, Any]):
    return adam_step(p, g, s, {"learning_rate": h["learning_rate"] * h["adam_lr_ratio"],
                               "beta_1": h["adam_beta_1"], "beta_2": h["adam_beta_2"],
                               "epsilon": h["epsilon"], "amsgrad": False})


def _param(name: str, default: float, low: float, high: float, text: str, *,
           log: bool = False, integer: bool = False) -> HyperParam:
    return HyperParam(name, default, low, high, log=log, help=text, integer=integer)


MODERN_SPECS = (
    OptimizerSpec(
        "lion", "Lion", "Lion",
        (learning_rate_param(0.001), BETA_1,
         _param("beta_2", 0.99, 0.0, 0.99999, tr_noop(
             "Optimizers", "Decay β₂ of the momentum that is kept."))),
        "θ ← θ − η·sign(β₁·m + (1−β₁)·g)\nm ← β₂·m + (1−β₂)·g",
        _lion_step, lambda p, h: zeros(p, "momentum"), check=_lion_check,
        summary=tr_noop(
            "Optimizers", "Steps of the same size η in every coordinate: only the sign counts."),
    ),
    OptimizerSpec(
        "lamb", "Lamb", "Lamb", (learning_rate_param(0.001), BETA_1, BETA_2, EPSILON),
        "m ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
        "u ← (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε)\nθ ← θ − η·(‖θ‖ / ‖u‖)·u",
        _lamb_step, lambda p, h: zeros(p, "momentum", "velocity"),
        summary=tr_noop(
            "Optimizers", "Adam's direction, scaled so each step is η times the weights' norm."),
    ),
    OptimizerSpec(
        "ftrl", "Ftrl", "Ftrl",
        (learning_rate_param(0.001),
         _param("learning_rate_power", -0.5, -2.0, 0.0, tr_noop(
             "Optimizers", "How fast the per-coordinate rate falls (≤ 0; −0.5 is AdaGrad-like).")),
         _param("initial_accumulator_value", 0.1, 0.0, 10.0, tr_noop(
             "Optimizers", "Starting value a₀ of the accumulated squared gradients.")),
         _param("l1_regularization_strength", 0.0, 0.0, 10.0, tr_noop(
             "Optimizers", "L1 penalty: weights inside ±l1 of the linear term snap to 0.")),
         _param("l2_regularization_strength", 0.0, 0.0, 10.0, tr_noop(
             "Optimizers", "L2 penalty on the weights.")),
         _param("l2_shrinkage_regularization_strength", 0.0, 0.0, 10.0, tr_noop(
             "Optimizers", "L2 shrinkage added to the gradient.")),
         _param("beta", 0.0, 0.0, 10.0, tr_noop(
             "Optimizers", "β of the per-coordinate rate (adds β/(2η) to the L2 penalty)."))),
        "n′ ← n + g²\nσ ← (n′^(−p) − n^(−p)) / η\nz ← z + g + 2·λ₂ₛ·θ − σ·θ\n"
        "θ ← (clip(z, −λ₁, λ₁) − z) / (n′^(−p)/η + 2·(λ₂ + β/(2η)))",
        _ftrl_step, _ftrl_init, check=_ftrl_check,
        summary=tr_noop(
            "Optimizers",
            "Follow the regularised leader: solves for the weights from summed gradients."),
    ),
    OptimizerSpec(
        "adafactor", "Adafactor", "Adafactor",
        (learning_rate_param(0.001),
         _param("beta_2_decay", -0.8, -1.0, 0.0, tr_noop(
             "Optimizers", "β₂ at step t is 1 − t^beta_2_decay.")),
         _param("epsilon_1", 1e-30, 1e-40, 1e-3, tr_noop(
             "Optimizers", "ε₁ added to g² before averaging."), log=True),
         _param("epsilon_2", 1e-3, 1e-8, 1.0, tr_noop(
             "Optimizers", "ε₂: the smallest weight scale a step is relative to."), log=True),
         _param("clip_threshold", 1.0, 0.01, 100.0, tr_noop(
             "Optimizers", "Largest RMS of the normalised update u."), log=True),
         HyperParam("relative_step", True, help=tr_noop(
             "Optimizers", "Cap η at 1/√t (Keras 3 caps ρ the same way either way)."))),
        tr_noop("Optimizers",
                "a vector (rank < 2): Keras keeps an unfactored second moment v\n"
                "ρ ← min(η, 1/√t)    α ← max(ε₂, RMS(θ))·ρ    β₂ₜ ← 1 − t^decay\n"
                "v ← β₂ₜ·v + (1−β₂ₜ)·(g² + ε₁)\nu ← g/√v    û ← u / max(1, RMS(u)/d)\n"
                "θ ← θ − α·û"),
        _adafactor_step, lambda p, h: zeros(p, "velocity"),
        summary=tr_noop(
            "Optimizers", "Steps relative to the weights' size, with a decaying RMSProp average."),
    ),
    OptimizerSpec(
        "schedule_free_adamw", "ScheduleFreeAdamW", "ScheduleFreeAdamW",
        (learning_rate_param(0.0025), BETA_1, BETA_2,
         _param("epsilon", 1e-8, 1e-12, 1.0, tr_noop(
             "Optimizers", "Small constant ε that keeps the division finite (default 1e-8)."),
                log=True),
         _param("warmup_steps", 0, 0.0, 10_000.0, tr_noop(
             "Optimizers", "Steps over which η rises linearly from 0."), integer=True)),
        tr_noop("Optimizers",
                "the ball is y, where Keras takes the gradient; the faint ball is x\n"
                "v ← β₂·v + (1−β₂)·g²\nz ← z − η·g / (√(v/(1−β₂ᵗ)) + ε)\n"
                "x ← (1 − 1/t)·(y − (1−β₁)·z)/β₁ + (1/t)·z   (Keras on TensorFlow: the new z)\n"
                "θ = y ← (1−β₁)·z + β₁·x"),
        _schedule_free_step, _schedule_free_init, shadow_key="x", check=_schedule_free_check,
        summary=tr_noop(
            "Optimizers",
            "Averages its iterates instead of needing a schedule; the average is drawn faint."),
    ),
    OptimizerSpec(
        "muon", "Muon", "Muon",
        (learning_rate_param(0.001),
         _param("adam_beta_1", 0.9, 0.0, 0.9999, tr_noop(
             "Optimizers", "β₁ of the AdamW path (vectors).")),
         _param("adam_beta_2", 0.999, 0.0, 0.99999, tr_noop(
             "Optimizers", "β₂ of the AdamW path (vectors).")),
         _param("adam_weight_decay", 0.004, 0.0, 1.0, tr_noop(
             "Optimizers", "Weight decay λ of the AdamW path: Keras uses it, not weight_decay, "
                           "for vectors.")),
         EPSILON,
         _param("adam_lr_ratio", 1.0, 0.0, 10.0, tr_noop(
             "Optimizers", "The AdamW path's learning rate is η times this."))),
        tr_noop("Optimizers",
                "a vector is not a matrix: Keras updates it with Muon's AdamW path\n"
                "θ ← θ − η·λ·θ    (λ = adam_weight_decay)\n"
                "m ← β₁·m + (1−β₁)·g\nv ← β₂·v + (1−β₂)·g²\n"
                "θ ← θ − η·r·√(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε)    (r = adam_lr_ratio)"),
        _muon_step, lambda p, h: adam_init(p, {"amsgrad": False}),
        option_defaults={"weight_decay": 0.004}, decay_param="adam_weight_decay",
        summary=tr_noop(
            "Optimizers",
            "Orthogonalised momentum for weight matrices; a vector takes its AdamW path."),
    ),
)
