"""What a formula is made of: its vocabulary and the tree the parser builds.

The parser, the symbolic differentiator and the numpy evaluator all walk the same small tree
of whitelisted operations. It lives here, apart from all three, so each of them can import it
without importing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = [
    "CONSTANTS",
    "FUNCTIONS",
    "VARIABLES",
    "BinOp",
    "Call",
    "Neg",
    "Node",
    "Num",
    "Var",
]

VARIABLES = ("x", "y")
CONSTANTS: dict[str, float] = {"pi": float(np.pi), "e": float(np.e)}
FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sin": np.sin,
    "cos": np.cos,
    "tan": np.tan,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "tanh": np.tanh,
    "sinh": np.sinh,
    "cosh": np.cosh,
}
# Functions that only appear in derivatives, never in user text.
_INTERNAL_FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {"sign": np.sign}
ALL_FUNCTIONS = {**FUNCTIONS, **_INTERNAL_FUNCTIONS}
# What each binary operator computes (numpy semantics: inf/nan, never an exception).
BINARY_UFUNCS: dict[str, Callable[..., np.ndarray]] = {
    "+": np.add,
    "-": np.subtract,
    "*": np.multiply,
    "/": np.divide,
    "^": np.power,
}


# --------------------------------------------------------------------------------------------
# Tree


@dataclass(frozen=True, eq=False, slots=True)
class Num:
    """A numeric constant (literal, ``pi`` or ``e``)."""

    value: float


@dataclass(frozen=True, eq=False, slots=True)
class Var:
    """The variable ``x`` or ``y``."""

    name: str


@dataclass(frozen=True, eq=False, slots=True)
class Neg:
    """Unary minus."""

    arg: Node


@dataclass(frozen=True, eq=False, slots=True)
class BinOp:
    """``left op right`` with op one of ``+ - * / ^``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, eq=False, slots=True)
class Call:
    """A one-argument function such as ``sin``."""

    func: str
    arg: Node


Node = Num | Var | Neg | BinOp | Call


def child_nodes(node: Node) -> tuple[Node, ...]:
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, (Neg, Call)):
        return (node.arg,)
    return ()
