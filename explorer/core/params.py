"""Named hyper-parameters as Keras spells them, shared by the optimizers and the Gallery's
activations and losses: each catalogue entry lists its parameters, and settings are checked by
name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["LEARNING_RATE_RANGE", "HyperParam", "WithParams", "parse_bool", "parse_number"]

LEARNING_RATE_RANGE = (1e-5, 10.0)
"""The learning rates every lab offers (the Optimizer Lab's racers and the Training Lab's form):
one range, so a rate that works in one lab can be typed into the other."""


@dataclass(frozen=True)
class HyperParam:
    """One hyper-parameter as Keras names it, with the range the UI offers. A default of
    ``None`` is Keras's "not set" (an optional argument such as ``clipnorm``); ``integer`` marks
    counts (steps, frequencies) that Keras expects as whole numbers."""

    name: str
    default: float | bool | None
    minimum: float = 0.0
    maximum: float = 1.0
    log: bool = False
    help: str = ""
    integer: bool = False

    @property
    def is_bool(self) -> bool:
        return isinstance(self.default, bool)

    @property
    def optional(self) -> bool:
        """True when Keras lets this argument be unset (``None``)."""
        return self.default is None


class WithParams:
    """For catalogue entries with ``name`` and ``params``: defaults, and keyword settings
    checked by name (an unknown keyword is a clear error, never silently ignored)."""

    name: str
    params: tuple[HyperParam, ...]

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def settings(self, **params: Any) -> dict[str, Any]:
        """Defaults overridden by ``params``."""
        unknown = set(params) - {p.name for p in self.params}
        if unknown:
            allowed = ", ".join(p.name for p in self.params) or "none"
            raise TypeError(f"{self.name} has no parameter {sorted(unknown)[0]!r} "
                            f"(parameters: {allowed})")
        return {**self.defaults(), **params}


def parse_bool(name: str, value: Any) -> bool:
    """A boolean from a bool or the text ``true``/``false``/``1``/``0``."""
    if isinstance(value, str):
        if value.strip().lower() not in ("true", "false", "1", "0"):
            raise ValueError(f"{name} must be true or false, not {value!r}")
        return value.strip().lower() in ("true", "1")
    if isinstance(value, (bool, int, np.bool_)) and value in (0, 1):
        return bool(value)
    raise ValueError(f"{name} must be true or false, not {value!r}")


def parse_number(name: str, value: Any) -> float:
    """A finite float from a number or its text; anything else is a ValueError naming it."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if not np.isfinite(number):
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    return number


def parse_value(param: HyperParam, value: Any, whole: str = "a whole number"
                ) -> float | int | bool | None:
    """``param``'s value from a number, a bool or their text; None, "" or "none" unset an
    optional one. ``whole`` names what an integer parameter counts ("a whole number of
    steps"). Anything else is a ValueError naming the parameter."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("none", "")):
        if not param.optional:
            raise ValueError(f"{param.name} cannot be unset")
        return None
    if param.is_bool:
        return parse_bool(param.name, value)
    number = parse_number(param.name, value)
    if param.integer:
        if number != int(number):
            raise ValueError(f"{param.name} must be {whole}, not {value!r}")
        return int(number)
    return number
