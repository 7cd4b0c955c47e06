"""Symbolic differentiation of a formula tree, with just enough simplification.

Optimizers see exact slopes, not finite differences: d/dx and d/dy are built once as trees of
their own, which numpy then evaluates like the formula itself. Folding constants (``0*u``,
``1*u``, ``2*3``) keeps the constant parts of those trees cheap to evaluate.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explorer.core.formula.tree import BINARY_UFUNCS, BinOp, Call, Neg, Node, Num, Var, child_nodes

_ZERO = Num(0.0)
_ONE = Num(1.0)


def _is(node: Node, value: float) -> bool:
    return isinstance(node, Num) and node.value == value


def _fold(op: str, a: float, b: float) -> Num:
    """Combine two constants with numpy semantics (inf/nan, never ZeroDivision/Overflow)."""
    with np.errstate(all="ignore"):
        return Num(float(BINARY_UFUNCS[op](np.float64(a), np.float64(b))))


def _add(a: Node, b: Node) -> Node:
    if _is(a, 0.0):
        return b
    if _is(b, 0.0):
        return a
    if isinstance(a, Num) and isinstance(b, Num):
        return _fold("+", a.value, b.value)
    return BinOp("+", a, b)


def _neg(a: Node) -> Node:
    if isinstance(a, Num):
        return _ZERO if a.value == 0.0 else Num(-a.value)
    if isinstance(a, Neg):
        return a.arg
    return Neg(a)


def _sub(a: Node, b: Node) -> Node:
    if _is(b, 0.0):
        return a
    if _is(a, 0.0):
        return _neg(b)
    if isinstance(a, Num) and isinstance(b, Num):
        return _fold("-", a.value, b.value)
    return BinOp("-", a, b)


def _mul(a: Node, b: Node) -> Node:
    if _is(a, 0.0) or _is(b, 0.0):
        return _ZERO
    if _is(a, 1.0):
        return b
    if _is(b, 1.0):
        return a
    if isinstance(a, Num) and isinstance(b, Num):
        return _fold("*", a.value, b.value)
    return BinOp("*", a, b)


def _div(a: Node, b: Node) -> Node:
    if _is(a, 0.0):
        return _ZERO
    if _is(b, 1.0):
        return a
    return BinOp("/", a, b)


def _pow(a: Node, b: Node) -> Node:
    if _is(b, 1.0):
        return a
    return BinOp("^", a, b)


def _function_derivative(node: Call) -> Node:
    """f'(u) for node = f(u), reusing node itself where f' is expressed through f."""
    u = node.arg
    match node.func:
        case "sin":
            return Call("cos", u)
        case "cos":
            return Neg(Call("sin", u))
        case "tan":
            return BinOp("/", _ONE, BinOp("^", Call("cos", u), Num(2.0)))
        case "exp":
            return node
        case "log":
            return BinOp("/", _ONE, u)
        case "sqrt":
            return BinOp("/", Num(0.5), node)
        case "abs":
            return Call("sign", u)
        case "tanh":
            return BinOp("-", _ONE, BinOp("^", node, Num(2.0)))
        case "sinh":
            return Call("cosh", u)
        case "cosh":
            return Call("sinh", u)
        case _:  # "sign": piecewise constant
            return _ZERO


def _derivative_of(node: Node, var: str, d: Callable[[Node], Node]) -> Node:
    """d(node)/d(var), given d() for the children (already computed)."""
    if isinstance(node, Num):
        return _ZERO
    if isinstance(node, Var):
        return _ONE if node.name == var else _ZERO
    if isinstance(node, Neg):
        return _neg(d(node.arg))
    if isinstance(node, Call):
        du = d(node.arg)
        return _ZERO if _is(du, 0.0) else _mul(_function_derivative(node), du)
    a, b = node.left, node.right
    da, db = d(a), d(b)
    match node.op:
        case "+":
            return _add(da, db)
        case "-":
            return _sub(da, db)
        case "*":
            return _add(_mul(da, b), _mul(a, db))
        case "/":
            return _sub(_div(da, b), _div(_mul(a, db), _mul(b, b)))
    # power
    if _is(db, 0.0):  # constant exponent: b * a^(b-1) * a'
        if _is(da, 0.0):
            return _ZERO
        exponent = Num(b.value - 1.0) if isinstance(b, Num) else _sub(b, _ONE)
        return _mul(_mul(b, _pow(a, exponent)), da)
    # general case: a^b * (b' ln a + b a'/a)
    log_term = _mul(db, Call("log", a))
    if _is(da, 0.0):
        return _mul(node, log_term)
    return _mul(node, _add(log_term, _div(_mul(b, da), a)))


def differentiate(root: Node, var: str) -> Node:
    """Symbolic d(root)/d(var); iterative post-order so deep trees cannot overflow the stack."""
    done: dict[int, Node] = {}
    stack = [root]
    while stack:
        node = stack[-1]
        if id(node) in done:
            stack.pop()
            continue
        pending = [child for child in child_nodes(node) if id(child) not in done]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        done[id(node)] = _derivative_of(node, var, lambda child: done[id(child)])
    return done[id(root)]
