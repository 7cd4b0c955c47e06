"""Named hyper-parameters as Keras spells them, shared by the optimizers and the Gallery's
activations and losses: each catalogue entry lists its parameters, and settings are checked by
name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["LEARNING_RATE_RANGE", "HyperParam", "WithParams"]

LEARNING_RATE_RANGE = (1e-5, 10.0)
"""The learning rates every lab offers (the Optimizer Lab's racers and the Training Lab's form):
one range, so a rate that works in one lab can be typed into the other."""


@dataclass(frozen=True)
class HyperParam:
    """One hyper-parameter as Keras names it, with the range the UI offers."""

    name: str
    default: float | bool
    minimum: float = 0.0
    maximum: float = 1.0
    log: bool = False
    help: str = ""

    @property
    def is_bool(self) -> bool:
        return isinstance(self.default, bool)


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
