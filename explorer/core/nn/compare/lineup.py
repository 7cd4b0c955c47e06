"""A comparison's line-up as plain data: racers (an optimizer with its Keras hyper-parameters,
options and schedule), the goal of the results table, and the set-up a Training Lab scene
stores. No TensorFlow."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from explorer.core.i18n import MarkedError, MarkedText, tr_noop
from explorer.core.nn import model as nn_model
from explorer.core.nn.spec import OPTIMIZER_REFUSED, ModelSpec, check_optimizer_settings
from explorer.core.optim import OPTIMIZERS, Optimizer, create, create_schedule
from explorer.core.scene import MUST_BE_OBJECT, UNKNOWN_FIELD, Where, problem_at

__all__ = ["DEFAULT_LINE_UP", "GOAL_KEYS", "MAX_RACERS", "MIN_RACERS", "CompareSetup", "Goal",
           "LineUpError", "RacerSpec", "default_racers", "parse_line_up", "racers_from_list"]

DEFAULT_LINE_UP = ("sgd", "momentum", "rmsprop", "adam")  # the course's four
MIN_RACERS, MAX_RACERS = 2, 4
LINE_UP_SIZE = tr_noop("Compare", "compare {low}–{high} optimizers, not {count}")


class LineUpError(MarkedError):
    """A line-up the comparison cannot race (the message is marked in context "Compare")."""

    context = "Compare"



@dataclass(frozen=True)
class RacerSpec:
    """One racer: an optimizer name, Keras-named hyper-parameters (unset ones take Keras's
    defaults), Keras's common ``options`` (``weight_decay``, ``clipnorm``, …) and a learning-rate
    ``schedule`` ``{"name": ..., "params": {...}}`` (None: constant), as ``ModelSpec`` stores
    them; checked by ``explorer.core.optim.create`` so a typo is a clear ValueError."""

    optimizer: str
    hyper: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    schedule: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "optimizer", self.optimizer.strip().lower())
        object.__setattr__(self, "options", dict(self.options))
        if self.schedule is not None:
            object.__setattr__(self, "schedule", {"name": self.schedule["name"],
                                                  "params": dict(self.schedule.get("params", {}))})
        checked = self.build().hyper  # numbers as Keras takes them
        object.__setattr__(self, "hyper", {k: checked.get(k, v) for k, v in self.hyper.items()})

    def build(self) -> Optimizer:
        """The optimizer (with Keras's rule and defaults, the options and the schedule) this
        racer trains with."""
        schedule = None if self.schedule is None else create_schedule(
            self.schedule["name"], **self.schedule["params"])
        return create(self.optimizer, schedule=schedule, **self.hyper, **self.options)

    def with_changes(self, **changes: Any) -> RacerSpec:
        """A copy with ``changes``; one Keras refuses is a SceneError ("optimizer: …")."""
        try:
            return replace(self, **changes)
        except ValueError as error:
            raise problem_at("racer", OPTIMIZER_REFUSED, error=str(error)) from None

    @property
    def learning_rate(self) -> float:
        return float(self.build().learning_rate)

    @property
    def label(self) -> str:
        """Legend text, e.g. ``Adam η=0.001`` (Keras names and numbers: never translated)."""
        return self.build().label()

    def solo_spec(self, spec: ModelSpec) -> ModelSpec:
        """``spec`` with this racer's optimizer, learning rate, options and schedule: a solo
        run's spec (other hyper-parameters are applied when compiling)."""
        return spec.with_changes(optimizer=self.optimizer, learning_rate=self.learning_rate,
                                 options=dict(self.options), schedule=self.schedule)

    def keras_optimizer(self) -> Any:
        """The Keras optimizer (its schedule a ``keras.optimizers.schedules`` object)."""
        return nn_model.keras_optimizer(self.build())

    def to_dict(self) -> dict[str, Any]:
        return {"optimizer": self.optimizer, "hyper": dict(self.hyper),
                "options": dict(self.options),
                "schedule": None if self.schedule is None else {
                    "name": self.schedule["name"], "params": dict(self.schedule["params"])}}

    @classmethod
    def from_dict(cls, data: Any, where: Where) -> RacerSpec:
        """Validate a scene's racer; raise SceneError naming the field. Scenes written before
        racers had options and a schedule have neither."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        unknown = sorted(set(data) - {"optimizer", "hyper", "options", "schedule"})
        if unknown:
            raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
        name, hyper = data.get("optimizer"), data.get("hyper", {})
        if not isinstance(name, str) or not isinstance(hyper, dict):
            raise problem_at(where, tr_noop("Scenes", "a racer needs an 'optimizer' name and "
                                                      "'hyper' parameters"))
        options, schedule = data.get("options", {}), data.get("schedule")
        check_optimizer_settings(options, schedule, where)
        try:
            return cls(name, hyper, options, schedule)
        except ValueError as error:
            raise problem_at(where, tr_noop("Scenes", "a racer Keras cannot build: {reason}"),
                             reason=str(error)) from None


def default_racers() -> tuple[RacerSpec, ...]:
    """SGD, Momentum, RMSprop and Adam with Keras's default hyper-parameters."""
    return tuple(RacerSpec(name) for name in DEFAULT_LINE_UP)


def parse_line_up(text: str) -> tuple[RacerSpec, ...]:
    """``"sgd,momentum,adam:0.01"``: names with an optional learning rate after a colon."""
    racers = []
    for item in (part.strip() for part in text.split(",")):
        name, _, lr = item.partition(":")
        if name.strip().lower() not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {name.strip()!r}; choose from "
                             f"{', '.join(OPTIMIZERS)}")
        racers.append(RacerSpec(name, {"learning_rate": lr.strip()} if lr.strip() else {}))
    return racers_from_list(racers)


def racers_from_list(racers: Sequence[RacerSpec]) -> tuple[RacerSpec, ...]:
    """The line-up, checked for its size (2–4 racers)."""
    if not MIN_RACERS <= len(racers) <= MAX_RACERS:
        raise LineUpError(LINE_UP_SIZE, low=MIN_RACERS, high=MAX_RACERS, count=len(racers))
    return tuple(racers)


@dataclass(frozen=True)
class Goal:
    """A target for the "first reached at epoch" column: ``key`` (``loss``, ``val_accuracy``,
    …) at most ``value`` for losses and errors, at least ``value`` for accuracies."""

    key: str = "loss"
    value: float = 0.1

    @property
    def higher_is_better(self) -> bool:
        return self.key.removeprefix("val_") == "accuracy"

    def first_epoch(self, history: Mapping[str, Sequence[float]]) -> int | None:
        """The first epoch (from 1) whose value meets the goal, or None."""
        for i, value in enumerate(history.get(self.key, ())):
            if (value >= self.value) if self.higher_is_better else (value <= self.value):
                return i + 1
        return None


GOAL_KEYS = ("loss", "accuracy", "val_loss", "val_accuracy", "mae", "val_mae")


@dataclass(frozen=True)
class CompareSetup:
    """What the Training Lab's compare mode stores in a scene: on or off, the line-up, the
    goal of the results table."""

    enabled: bool = False
    racers: tuple[RacerSpec, ...] = field(default_factory=default_racers)
    goal: Goal = Goal()

    def to_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "racers": [r.to_dict() for r in self.racers],
                "goal": {"key": self.goal.key, "value": self.goal.value}}

    @classmethod
    def from_dict(cls, data: Any, where: Where = "training lab compare") -> CompareSetup:
        """Validate everything; raise SceneError naming the field. Missing keys default."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        unknown = sorted(set(data) - {"enabled", "racers", "goal"})
        if unknown:
            raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
        enabled = data.get("enabled", False)
        racers = data.get("racers", [r.to_dict() for r in default_racers()])
        goal = data.get("goal", {})
        if not isinstance(enabled, bool):
            raise problem_at(where, tr_noop("Scenes", "'enabled' must be true or false"))
        if not isinstance(racers, list) or not MIN_RACERS <= len(racers) <= MAX_RACERS:
            raise problem_at(where, tr_noop("Scenes", "'racers' must list {low}–{high} "
                                                      "optimizers"), low=MIN_RACERS,
                             high=MAX_RACERS)
        value = goal.get("value", Goal().value) if isinstance(goal, dict) else None
        if not isinstance(goal, dict) or set(goal) - {"key", "value"} \
                or goal.get("key", "loss") not in GOAL_KEYS \
                or isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise problem_at(where, tr_noop("Scenes", "'goal' must be an object with a key "
                                                      "({choices}) and a number value"),
                             choices=", ".join(GOAL_KEYS))
        return cls(enabled, tuple(RacerSpec.from_dict(r, MarkedText(
                   "Scenes", tr_noop("Scenes", "{where}, racer {number}"), where=where,
                   number=i + 1)) for i, r in enumerate(racers)),
                   Goal(goal.get("key", "loss"), float(value)))
