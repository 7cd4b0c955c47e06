"""The Perceptron Lab's settings as plain data: what scenes store and a run is rebuilt from.

Qt-free on purpose: a scene is validated completely here, before any widget changes (rule 6),
and the learning run is recomputed from (gate, η, epoch limit, seed), so the saved step replays
exactly the same weights (rule 8).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.perceptron import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_MLP_SEED,
    GATES,
    Perceptron,
    Run,
    train,
)
from explorer.core.scene import ONE_OF, problem_at, require

WHERE = "perceptron"
MODES = ("learn", "hand")
PAGES = ("perceptron", "hidden")
MAX_EPOCHS = 1000
MAX_SEED = 2**31 - 1
LEARNING_RATE_RANGE = (0.001, 2.0)
HAND_RANGE = (-2.0, 2.0)  # the hand sliders and the weight-space view in hand mode
SPEED_RANGE = (1, 500)  # samples per second, as the playback bar allows
DEFAULT_HAND = (0.5, -0.3, -0.1)  # fires for x1 = 1 only: AND is one row away


@dataclass
class PerceptronSettings:
    """Everything the lab shows is a function of these fields."""

    gate: str = "and"
    mode: str = "learn"
    learning_rate: float = DEFAULT_LEARNING_RATE
    seed: int = 0
    epochs: int = 100  # the epoch limit
    step: int = 0  # sample visits replayed from the run's start
    speed: int = 4  # samples per second when playing
    hand: tuple[float, float, float] = field(default=DEFAULT_HAND)
    hidden: bool = False  # the 2-2-1 network was added (XOR, XNOR)
    mlp_seed: int = DEFAULT_MLP_SEED
    page: str = "perceptron"

    def build_run(self) -> Run:
        """The whole learning run, computed at once (4000 updates take ~0.1 s)."""
        return train(self.gate, self.learning_rate, self.epochs, self.seed)

    def hand_perceptron(self) -> Perceptron:
        """The hand-set weights as a perceptron."""
        w1, w2, b = self.hand
        return Perceptron(np.array([w1, w2]), b)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready copy (tuples become lists)."""
        data = asdict(self)
        data["hand"] = [float(v) for v in self.hand]
        return data

    @classmethod
    def from_dict(cls, data: Any) -> tuple[PerceptronSettings, Run]:
        """Validate everything, then return the settings and their run; SceneError otherwise."""
        if not isinstance(data, dict):
            raise problem_at(WHERE, tr_noop("Scenes", "the state must be an object, not {value}"),
                             value=repr(data))
        gate = _choice(data, "gate", tuple(GATES))
        mode = _choice(data, "mode", MODES)
        learning_rate = _number(data, "learning_rate", *LEARNING_RATE_RANGE)
        seed = _integer(data, "seed", 0, MAX_SEED)
        epochs = _integer(data, "epochs", 1, MAX_EPOCHS)
        step = _integer(data, "step", 0, 4 * MAX_EPOCHS)
        speed = _integer(data, "speed", *SPEED_RANGE)
        hand_list = require(data, "hand", list, WHERE)
        if len(hand_list) != 3:
            raise problem_at(WHERE, tr_noop("Scenes", "'hand' must be [w1, w2, b], not {value}"),
                             value=repr(hand_list))
        hand = tuple(_number({"hand": v}, "hand", *HAND_RANGE) for v in hand_list)
        hidden = require(data, "hidden", bool, WHERE)
        mlp_seed = _integer(data, "mlp_seed", 0, MAX_SEED)
        page = _choice(data, "page", PAGES)
        if hidden and GATES[gate].linearly_separable:
            raise problem_at(WHERE, tr_noop("Scenes", "the hidden layer is offered only for gates "
                                                      "no line separates (xor, xnor), not {gate}"),
                             gate=repr(gate))
        if page == "hidden" and not hidden:
            raise problem_at(WHERE, tr_noop("Scenes", "page 'hidden' needs 'hidden': true"))
        settings = cls(gate, mode, learning_rate, seed, epochs, step, speed,
                       (hand[0], hand[1], hand[2]), hidden, mlp_seed, page)
        run = settings.build_run()
        if step > len(run.history):
            raise problem_at(WHERE, tr_noop("Scenes", "'step' is {step}, but this run has only "
                                                      "{visits} sample visits"),
                             step=step, visits=len(run.history))
        return settings, run


def _choice(data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = require(data, key, str, WHERE)
    if value not in allowed:
        raise problem_at(WHERE, ONE_OF, key=key, choices=", ".join(allowed), value=repr(value))
    return value


def _number(data: dict[str, Any], key: str, low: float, high: float) -> float:
    value = float(require(data, key, (int, float), WHERE))
    if not (math.isfinite(value) and low <= value <= high):
        raise problem_at(WHERE, tr_noop("Scenes", "'{key}' must be a number from {low} to {high}, "
                                                  "not {value}"),
                         key=key, low=f"{low:g}", high=f"{high:g}", value=repr(value))
    return value


def _integer(data: dict[str, Any], key: str, low: int, high: int) -> int:
    value = require(data, key, int, WHERE)
    if not low <= value <= high:
        raise problem_at(WHERE, tr_noop("Scenes", "'{key}' must be an integer from {low} to "
                                                  "{high}, not {value}"),
                         key=key, low=low, high=high, value=repr(value))
    return value
