"""What an optimizer is (``OptimizerSpec``) and one bound to its settings (``Optimizer``), whose
``update`` takes a step in the order ``keras.optimizers.Optimizer.apply`` does:

1. the learning rate at ``iterations`` (the schedule's value, if there is one);
2. the gradient clipped (``clipnorm`` / ``global_clipnorm`` / ``clipvalue``);
3. the weights decayed: θ ← θ − θ·λ·η;
4. the optimizer's own ``update_step`` on the decayed weights;
5. the moving average of the weights (``use_ema``), and its overwrite every
   ``ema_overwrite_frequency`` steps;
6. ``iterations`` + 1.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.optim.optimizers.common import State
from explorer.core.optim.optimizers.options import Options
from explorer.core.optim.schedules import Schedule
from explorer.core.params import HyperParam, WithParams

StepFunction = Callable[
    [np.ndarray, np.ndarray, State, Mapping[str, Any]], tuple[np.ndarray, State]
]
InitFunction = Callable[[np.ndarray, Mapping[str, Any]], State]
Check = Callable[[Mapping[str, Any], Options], None]

_SYMBOLS = {"momentum": "μ", "rho": "ρ", "beta_1": "β₁", "beta_2": "β₂", "epsilon": "ε",
            "initial_accumulator_value": "a₀", "weight_decay": "λ"}


@dataclass(frozen=True)
class OptimizerSpec(WithParams):
    """What an optimizer is: its Keras class, its hyper-parameters, its rule as text.

    ``option_defaults`` holds Keras's own defaults for common arguments that differ from the
    base optimizer's (AdamW's ``weight_decay``); ``decay_param`` names the hyper-parameter Keras
    decays a vector with instead of ``weight_decay`` (Muon's ``adam_weight_decay``);
    ``shadow_key`` names a state slot holding a second point worth drawing (ScheduleFreeAdamW's
    averaged sequence x); ``check`` enforces Keras's rules for the values."""

    name: str
    title: str
    keras_class: str
    params: tuple[HyperParam, ...]
    rule: str
    step: StepFunction = field(repr=False)
    init_state: InitFunction = field(repr=False)
    stochastic: bool = False
    keras_fixed: Mapping[str, Any] = field(default_factory=dict)
    summary: str = ""
    option_defaults: Mapping[str, Any] = field(default_factory=dict)
    decay_param: str | None = None
    shadow_key: str | None = None
    check: Check | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Optimizer:
    """An optimizer spec bound to hyper-parameter values, Keras's common options and an
    optional learning-rate schedule (whose initial learning rate is ``learning_rate``)."""

    spec: OptimizerSpec
    hyper: Mapping[str, Any]
    options: Options = field(default_factory=Options)
    schedule: Schedule | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def learning_rate(self) -> float:
        """The learning rate as set (a schedule's ``initial_learning_rate``)."""
        return float(self.hyper["learning_rate"])

    def learning_rate_at(self, steps: Any) -> np.ndarray:
        """The learning rate Keras uses at each of ``steps`` (``iterations`` before the step)."""
        if self.schedule is None:  # the rate may be a column, one per row (a sweep's cells)
            return np.asarray(self.hyper["learning_rate"], dtype=float) * np.ones(np.shape(steps))
        return self.schedule.lr_at(self.learning_rate, steps)

    def current_learning_rate(self, state: State) -> float:
        """The learning rate of the next step: Keras's ``optimizer.learning_rate`` now."""
        return float(self.learning_rate_at(state["iterations"]))

    @property
    def weight_decay(self) -> float | None:
        """The decay Keras applies to these weights before each step (None: none)."""
        if self.spec.decay_param is not None:
            return float(self.hyper[self.spec.decay_param])
        return self.options.weight_decay

    def init(self, params: np.ndarray) -> State:
        """A fresh state (step counter and slot arrays) for parameters of this shape."""
        params = np.asarray(params, dtype=float)
        state = self.spec.init_state(params, self.settings)
        if self.options.use_ema:  # Keras starts from zeros, but its first average is θ₁ anyway
            state["average"] = params.copy()
        state["iterations"] = 0
        return state

    def update(
        self, params: np.ndarray, grads: np.ndarray, state: State
    ) -> tuple[np.ndarray, State]:
        """One step, in Keras's order (see the module). Pure: returns new params and a new
        state; the inputs are untouched. The last axis of ``params`` is one variable."""
        params = np.asarray(params, dtype=float)
        grads = self.options.clip(np.asarray(grads, dtype=float))
        iterations = state["iterations"]
        rate = self.learning_rate_at(iterations)
        rate = float(rate) if rate.ndim == 0 else rate
        decay = self.weight_decay
        if decay is not None:
            params = params - params * decay * rate
        new_params, new_state = self.spec.step(params, grads, state,
                                               {**self.settings, "learning_rate": rate})
        if self.options.use_ema:
            new_params, new_state["average"] = self.options.average(
                new_params, state["average"], iterations)
        new_state["iterations"] = iterations + 1
        return new_params, new_state

    def shadow(self, params: np.ndarray, state: State) -> np.ndarray | None:
        """A second point worth drawing beside the weights (a faint ball), or None: the moving
        average when ``use_ema`` is on (what ``finalize_variable_values`` would put in the
        model), else the optimizer's own averaged point (ScheduleFreeAdamW's x)."""
        if self.options.use_ema:
            return state["average"]
        if self.spec.shadow_key is not None:
            return state[self.spec.shadow_key]
        return None

    @property
    def settings(self) -> dict[str, Any]:
        """Hyper-parameters plus the fixed Keras arguments (e.g. ``nesterov=True``)."""
        return {**self.hyper, **self.spec.keras_fixed}

    def keras_config(self) -> tuple[str, dict[str, Any]]:
        """The Keras class name and keyword arguments that build the same optimizer (with a
        float learning rate; ``schedule.keras_config(learning_rate)`` builds its schedule)."""
        return self.spec.keras_class, {**self.settings, **self.options.changed()}

    def label(self) -> str:
        """Legend text such as ``Adam η=0.1`` (plus any other non-default setting)."""
        defaults = self.spec.defaults()
        extras = [f"{k}={v}" if isinstance(v, bool) else f"{_SYMBOLS.get(k, k)}={v:g}"
                  for k, v in self.hyper.items() if k != "learning_rate" and v != defaults[k]]
        extras += [_option_text(k, v, _SYMBOLS.get(k, k)) for k, v in self._non_default_options()]
        if self.schedule is not None:
            extras.append(self.schedule.name)
        return " ".join([self.spec.title, f"η={self.learning_rate:g}", *extras])

    def describe(self) -> str:
        """Short label such as ``adam(learning_rate=0.1)``."""
        changed = {k: v for k, v in self.hyper.items() if v != self.spec.defaults()[k]}
        if "learning_rate" not in changed:
            changed = {"learning_rate": self.hyper["learning_rate"], **changed}
        args = [_option_text(k, v, k) for k, v in [*changed.items(), *self._non_default_options()]]
        if self.schedule is not None:
            args.append(f"schedule={self.schedule.describe()}")
        return f"{self.spec.name}({', '.join(args)})"

    def _non_default_options(self) -> list[tuple[str, Any]]:
        spec_default = Options(**self.spec.option_defaults)
        return [(k, v) for k, v in self.options.changed().items()
                if v != getattr(spec_default, k)]


def _option_text(name: str, value: Any, shown: str) -> str:
    if isinstance(value, bool) or value is None:
        return f"{shown}={value}"
    return f"{shown}={value:g}"
