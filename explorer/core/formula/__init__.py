"""Safe parser for user-typed surfaces f(x, y): no ``eval``, a whitelist of names, symbolic
gradients. ``parse(text)`` gives a :class:`Formula`; errors are :class:`FormulaError` with the
position of the mistake. The tree's vocabulary is in ``tree``, the grammar in ``syntax``, the
derivatives in ``calculus``."""

from explorer.core.formula.expression import (
    CONSTANTS,
    FUNCTIONS,
    MAX_DEPTH,
    MAX_LENGTH,
    VARIABLES,
    BinOp,
    Call,
    Formula,
    FormulaError,
    Neg,
    Node,
    Num,
    Var,
    parse,
)

__all__ = [
    "CONSTANTS", "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "VARIABLES", "BinOp", "Call", "Formula",
    "FormulaError", "Neg", "Node", "Num", "Var", "parse",
]
