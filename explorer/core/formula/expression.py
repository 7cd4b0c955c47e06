"""Safe parser for user-typed loss surfaces f(x, y).

Students type formulas such as ``x^2 + 10*y^2`` or ``sin(x)*cos(y)``. The text never reaches
``eval``: a hand-written tokenizer and a precedence-climbing parser turn it into a small tree of
whitelisted operations, which numpy then evaluates. The gradient comes from symbolic
differentiation of that tree, so optimizers see exact slopes, not finite differences.

This module is the public face: ``parse``, ``Formula`` (numpy evaluation and display) and
``FormulaError``. The pieces behind it live in ``formula_tree`` (vocabulary and tree nodes),
``formula_syntax`` (tokenizer, parser, grammar, errors) and ``formula_calculus`` (symbolic
differentiation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from numpy.typing import ArrayLike

from explorer.core.formula.calculus import differentiate
from explorer.core.formula.syntax import (
    BINARY_OPERATORS,
    MAX_DEPTH,
    MAX_LENGTH,
    UNARY_PRECEDENCE,
    FormulaError,
    Parser,
    tokenize,
)
from explorer.core.formula.tree import (
    ALL_FUNCTIONS,
    BINARY_UFUNCS,
    CONSTANTS,
    FUNCTIONS,
    VARIABLES,
    BinOp,
    Call,
    Neg,
    Node,
    Num,
    Var,
    child_nodes,
)
from explorer.core.i18n import tr_noop

__all__ = [
    "CONSTANTS",
    "FUNCTIONS",
    "MAX_DEPTH",
    "MAX_LENGTH",
    "VARIABLES",
    "BinOp",
    "Call",
    "Formula",
    "FormulaError",
    "Neg",
    "Node",
    "Num",
    "Var",
    "parse",
]

# --------------------------------------------------------------------------------------------
# Evaluation


def _compute(node: Node, args: list[np.ndarray], env: dict[str, np.ndarray]) -> np.ndarray:
    if isinstance(node, Num):
        return np.float64(node.value)
    if isinstance(node, Var):
        return env[node.name]
    if isinstance(node, Neg):
        return np.negative(args[0])
    if isinstance(node, Call):
        return ALL_FUNCTIONS[node.func](args[0])
    if node.op == "^" and isinstance(node.right, Num):
        if node.right.value == 2.0:
            return np.square(args[0])
        if node.right.value == 0.5:
            return np.sqrt(args[0])
    return BINARY_UFUNCS[node.op](args[0], args[1])


def _evaluate(roots: tuple[Node, ...], env: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Evaluate several trees that may share subtrees; each shared node is computed once."""
    cache: dict[int, np.ndarray] = {}
    with np.errstate(all="ignore"):
        for root in roots:
            stack = [root]
            while stack:
                node = stack[-1]
                if id(node) in cache:
                    stack.pop()
                    continue
                children = child_nodes(node)
                pending = [child for child in children if id(child) not in cache]
                if pending:
                    stack.extend(pending)
                    continue
                stack.pop()
                cache[id(node)] = _compute(node, [cache[id(c)] for c in children], env)
    return [cache[id(root)] for root in roots]


# --------------------------------------------------------------------------------------------
# Public API


@dataclass(frozen=True, eq=False)
class Formula:
    """A parsed formula f(x, y): numpy value and exact symbolic gradient."""

    text: str
    tree: Node = field(repr=False)
    variables: frozenset[str]
    dfdx: Node = field(repr=False)
    dfdy: Node = field(repr=False)

    def _run(self, roots: tuple[Node, ...], x: ArrayLike, y: ArrayLike) -> list[np.ndarray]:
        xa = np.asarray(x, dtype=np.float64)
        ya = np.asarray(y, dtype=np.float64)
        shape = np.broadcast_shapes(xa.shape, ya.shape)
        results = []
        for result in _evaluate(roots, {"x": xa, "y": ya}):
            if result is xa or result is ya or np.shape(result) != shape:
                result = np.array(np.broadcast_to(result, shape), dtype=np.float64)
            results.append(np.asarray(result, dtype=np.float64))
        return results

    def value(self, x: ArrayLike, y: ArrayLike) -> np.ndarray:
        """f at broadcast (x, y); non-finite results come back as nan/inf, silently."""
        return self._run((self.tree,), x, y)[0]

    def gradient(self, x: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        """(df/dx, df/dy) at broadcast (x, y), from the symbolic derivative trees."""
        dfdx, dfdy = self._run((self.dfdx, self.dfdy), x, y)
        return dfdx, dfdy

    @cached_property
    def _second_derivatives(self) -> tuple[Node, Node, Node]:
        """d²f/dx², d²f/dxdy, d²f/dy²: differentiated once, on first use (most formulas are
        only ever raced, which needs the gradient alone)."""
        return (differentiate(self.dfdx, "x"), differentiate(self.dfdx, "y"),
                differentiate(self.dfdy, "y"))

    def hessian(self, x: ArrayLike, y: ArrayLike) -> tuple[tuple[np.ndarray, np.ndarray],
                                                          tuple[np.ndarray, np.ndarray]]:
        """((f_xx, f_xy), (f_xy, f_yy)) at broadcast (x, y), from symbolic second derivatives:
        exact curvature, to classify critical points and bound stable learning rates."""
        fxx, fxy, fyy = self._run(self._second_derivatives, x, y)
        return (fxx, fxy), (fxy, fyy)

    def to_display(self) -> str:
        """Normalised text with typographic operators, e.g. ``-x^2 + 3*y`` → ``−x^2 + 3·y``.

        The text parses back to the same formula.
        """
        return _display(self.tree, 0)


def parse(text: str) -> Formula:
    """Parse text into a Formula; raises FormulaError (and nothing else) for any bad input."""
    if not isinstance(text, str):
        raise FormulaError(tr_noop("Formula", "the formula must be text"), 0)
    if len(text) > MAX_LENGTH:
        raise FormulaError(tr_noop("Formula", "formula is longer than {length} characters"),
                           MAX_LENGTH, {"length": MAX_LENGTH})
    tree = Parser(text).parse()
    variables = frozenset(
        token.text for token in tokenize(text) if token.kind == "name" and token.text in VARIABLES
    )
    return Formula(
        text=text,
        tree=tree,
        variables=variables,
        dfdx=differentiate(tree, "x"),
        dfdy=differentiate(tree, "y"),
    )


def _format_number(value: float) -> str:
    """Shortest text that parses back to exactly this (non-negative) value."""
    if value == np.pi:
        return "π"
    if value == np.e:
        return "e"
    if not np.isfinite(value):
        return "1e999"
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def _display(node: Node, parent_precedence: int) -> str:
    """Unparse with as few brackets as the grammar allows."""
    if isinstance(node, Num):
        text, precedence = _format_number(node.value), 5
        if text.startswith("-"):
            text, precedence = "−" + text[1:], UNARY_PRECEDENCE
    elif isinstance(node, Var):
        text, precedence = node.name, 5
    elif isinstance(node, Call):
        text, precedence = f"{node.func}({_display(node.arg, 0)})", 5
    elif isinstance(node, Neg):
        text, precedence = "−" + _display(node.arg, UNARY_PRECEDENCE), UNARY_PRECEDENCE
    else:
        precedence, right_assoc = BINARY_OPERATORS[node.op]
        left = _display(node.left, precedence + 1 if right_assoc else precedence)
        right = _display(node.right, precedence if right_assoc else precedence + 1)
        symbol = {"+": " + ", "-": " − ", "*": "·", "/": "/", "^": "^"}[node.op]
        text = f"{left}{symbol}{right}"
    return f"({text})" if precedence < parent_precedence else text
