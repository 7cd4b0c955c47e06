"""What the update rules share: the hyper-parameters several optimizers take (with Keras's
names, defaults and help) and zero-filled slots."""

from __future__ import annotations

from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.params import LEARNING_RATE_RANGE, HyperParam

State = dict[str, Any]
"""An optimizer's state: its slot arrays (shaped like the parameters) and ``iterations``."""

LR_HELP = tr_noop("Optimizers", "Learning rate η: how far each step moves against the gradient.")
EPSILON_HELP = tr_noop(
    "Optimizers", "Small constant ε that keeps the division finite (Keras default 1e-7).")


def learning_rate_param(default: float) -> HyperParam:
    """``learning_rate`` with the optimizer's Keras default and the range every lab offers."""
    return HyperParam("learning_rate", default, *LEARNING_RATE_RANGE, log=True, help=LR_HELP)


EPSILON = HyperParam("epsilon", 1e-7, 1e-12, 1.0, log=True, help=EPSILON_HELP)
BETA_1 = HyperParam("beta_1", 0.9, 0.0, 0.9999, help=tr_noop(
    "Optimizers", "Decay β₁ of the first-moment (mean) estimate."))
BETA_2 = HyperParam("beta_2", 0.999, 0.0, 0.99999, help=tr_noop(
    "Optimizers", "Decay β₂ of the second-moment (squared) estimate."))
MOMENTUM = HyperParam("momentum", 0.9, 0.0, 0.9999, help=tr_noop(
    "Optimizers", "Momentum μ: how much velocity is kept."))


def zeros(params: np.ndarray, *names: str) -> State:
    """Zero slots shaped like ``params``, as Keras's ``add_optimizer_variables`` makes them."""
    return {name: np.zeros_like(params) for name in names}


def row_norm(values: np.ndarray) -> np.ndarray:
    """The L2 norm of each variable: a parameter array's last axis is one variable (one start
    of a race), so norms Keras takes over a whole variable are taken per row."""
    return np.sqrt(np.sum(np.square(values), axis=-1, keepdims=True))
