"""The arguments every Keras optimizer takes (``weight_decay``, ``clipnorm``, ``clipvalue``,
``global_clipnorm``, ``use_ema``, ``ema_momentum``, ``ema_overwrite_frequency``), checked with
Keras's rules and applied as ``keras.optimizers.Optimizer.apply`` applies them.

A race's parameter array holds one variable per row (one start): Keras clips by norm per
variable, and a racer's model has exactly one variable, so ``global_clipnorm`` is also taken per
row — the norm Keras would compute for that model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.optimizers.common import row_norm
from explorer.core.params import HyperParam, parse_value

OPTION_PARAMS: tuple[HyperParam, ...] = (
    HyperParam("weight_decay", None, 0.0, 1.0, help=tr_noop(
        "Optimizers", "Decoupled weight decay λ: before each step θ ← θ − η·λ·θ.")),
    HyperParam("clipnorm", None, 0.0, 100.0, help=tr_noop(
        "Optimizers", "Rescale each variable's gradient so its norm is at most this.")),
    HyperParam("clipvalue", None, 0.0, 100.0, help=tr_noop(
        "Optimizers", "Clip every gradient component to [−value, value].")),
    HyperParam("global_clipnorm", None, 0.0, 100.0, help=tr_noop(
        "Optimizers",
        "Rescale all gradients together so their joint norm is at most this "
        "(one racer is one variable, so here it acts like clipnorm).")),
    HyperParam("use_ema", False, help=tr_noop(
        "Optimizers",
        "Keep an exponential moving average of the weights (drawn as a faint ball).")),
    HyperParam("ema_momentum", 0.99, 0.0, 1.0, help=tr_noop(
        "Optimizers", "How much of the old average the EMA keeps each step.")),
    HyperParam("ema_overwrite_frequency", None, 1.0, 10_000.0, integer=True, help=tr_noop(
        "Optimizers", "Every this many steps, replace the weights by their moving average.")),
)
OPTION_NAMES = tuple(p.name for p in OPTION_PARAMS)
_CLIPS = ("clipnorm", "clipvalue", "global_clipnorm")


@dataclass(frozen=True)
class Options:
    """Keras's common optimizer arguments; ``None`` means not set, as in Keras. Construction
    checks Keras's rules and raises ValueError saying which one was broken."""

    weight_decay: float | None = None
    clipnorm: float | None = None
    clipvalue: float | None = None
    global_clipnorm: float | None = None
    use_ema: bool = False
    ema_momentum: float = 0.99
    ema_overwrite_frequency: int | None = None

    def __post_init__(self) -> None:
        for name in ("weight_decay", *_CLIPS):
            value = getattr(self, name)
            if value is not None and not (np.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number ≥ 0, not {value}")
        given = [f"{name}={getattr(self, name):g}" for name in _CLIPS
                 if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError("only one of clipnorm, clipvalue and global_clipnorm can be set "
                             f"(Keras's rule); got {' and '.join(given)}")
        if not 0 <= self.ema_momentum <= 1:
            raise ValueError(f"ema_momentum must be in the range [0, 1], not {self.ema_momentum}")
        frequency = self.ema_overwrite_frequency
        if frequency is not None and frequency < 1:
            raise ValueError(f"ema_overwrite_frequency must be a whole number ≥ 1 or unset, "
                             f"not {frequency}")

    def changed(self) -> dict[str, Any]:
        """The arguments that differ from Keras's base defaults, as keyword arguments."""
        default = Options()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}

    def clip(self, grads: np.ndarray) -> np.ndarray:
        """``_clip_gradients``: Keras skips a clip that is 0, as it does one that is unset."""
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.clipnorm:  # tf.clip_by_norm over the variable
                l2sum = np.sum(np.square(grads), axis=-1, keepdims=True)
                l2norm = np.where(l2sum > 0, np.sqrt(np.where(l2sum > 0, l2sum, 1.0)), l2sum)
                return grads * self.clipnorm / np.maximum(l2norm, self.clipnorm)
            if self.global_clipnorm:  # clip_by_global_norm over the racer's one variable
                norm = row_norm(grads)
                c = self.global_clipnorm
                return grads * (c * np.minimum(1.0 / norm, 1.0 / c) + (norm - norm))
        if self.clipvalue:
            return np.clip(grads, -self.clipvalue, self.clipvalue)
        return grads

    def average(self, params: np.ndarray, average: np.ndarray,
                iterations: int) -> tuple[np.ndarray, np.ndarray]:
        """``_update_model_variables_moving_average`` after step ``iterations`` (0-based), then
        the overwrite every ``ema_overwrite_frequency`` steps: (params, new average)."""
        momentum = self.ema_momentum if iterations != 0 else 0.0
        average = momentum * average + (1 - momentum) * params
        frequency = self.ema_overwrite_frequency
        if frequency and (iterations + 1) % frequency == 0:
            return average.copy(), average
        return params, average


def make_options(values: Mapping[str, Any], defaults: Mapping[str, Any] | None = None) -> Options:
    """Options from user values (numbers, booleans, or text as typed on a command line;
    ``none`` unsets), over ``defaults``; a bad value is a ValueError naming it."""
    settings: dict[str, Any] = dict(defaults or {})
    for name, value in values.items():
        if name not in OPTION_NAMES:
            raise ValueError(f"no optimizer option {name!r}; options: {', '.join(OPTION_NAMES)}")
        settings[name] = parse_value(next(p for p in OPTION_PARAMS if p.name == name), value)
    return Options(**settings)
