"""Safe parser for user-typed loss surfaces f(x, y).

Students type formulas such as ``x^2 + 10*y^2`` or ``sin(x)*cos(y)``. The text never reaches
``eval``: a hand-written tokenizer and a precedence-climbing parser turn it into a small tree of
whitelisted operations, which numpy then evaluates. The gradient comes from symbolic
differentiation of that tree, so optimizers see exact slopes, not finite differences.

Grammar (loosest binding first)::

    expr   := expr ('+' | '-') expr            left-associative
            | expr ('*' | '/') expr            left-associative
            | ('-' | '+') expr                 unary sign: looser than power, so -x^2 = -(x^2)
            | expr ('^' | '**') expr           right-associative: 2^3^2 = 2^9
            | number | x | y | pi | e | func '(' expr ')' | '(' expr ')'

Implicit multiplication (``2x``, ``x y``) is refused with a clear message, because guessing
what a student meant teaches the wrong thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike

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

MAX_LENGTH = 500
"""Longest accepted formula, in characters."""

MAX_DEPTH = 100
"""Deepest accepted nesting of brackets, function calls, signs and powers."""

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
_ALL_FUNCTIONS = {**FUNCTIONS, **_INTERNAL_FUNCTIONS}


class FormulaError(ValueError):
    """A formula the parser refuses, with the 0-based character position of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position}")
        self.message = message
        self.position = position

    def __reduce__(self) -> tuple[type[FormulaError], tuple[str, int]]:
        return (FormulaError, (self.message, self.position))  # picklable across processes


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


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, (Neg, Call)):
        return (node.arg,)
    return ()


# --------------------------------------------------------------------------------------------
# Tokenizer


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num", "name", "op", "(", ")", ",", "end", "bad"
    text: str
    pos: int


_NUMBER = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WHITESPACE = " \t\r\n"
# Typographic symbols students paste from slides (and to_display writes), mapped to ASCII; "π"
# is read as the name pi.
_OPERATORS = {"+": "+", "-": "-", "−": "-", "*": "*", "·": "*", "×": "*", "/": "/", "^": "^"}


def _tokenize(text: str) -> list[_Token]:
    """Split text into tokens; unknown characters become "bad" tokens reported when reached."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _WHITESPACE:
            i += 1
            continue
        match = _NUMBER.match(text, i)
        if match:
            tokens.append(_Token("num", match.group(), i))
            i = match.end()
            continue
        match = _NAME.match(text, i)
        if match:
            tokens.append(_Token("name", match.group(), i))
            i = match.end()
            continue
        if ch == "π":
            tokens.append(_Token("name", "pi", i))
            i += 1
            continue
        if text.startswith("**", i):
            tokens.append(_Token("op", "^", i))
            i += 2
            continue
        if ch in _OPERATORS:
            tokens.append(_Token("op", _OPERATORS[ch], i))
        elif ch in "(),":
            tokens.append(_Token(ch, ch, i))
        else:
            tokens.append(_Token("bad", ch, i))
        i += 1
    tokens.append(_Token("end", "", n))
    return tokens


# --------------------------------------------------------------------------------------------
# Parser

# operator -> (precedence, right-associative)
_BINARY = {"+": (1, False), "-": (1, False), "*": (2, False), "/": (2, False), "^": (4, True)}
_UNARY_PRECEDENCE = 3  # between * and ^: -x^2 = -(x^2) but -x*y = (-x)*y


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind == "bad":
            raise FormulaError(f"unexpected character {token.text!r}", token.pos)
        return token

    def advance(self) -> _Token:
        token = self.peek()
        self.index += 1
        return token

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaError(f"formula is nested more than {MAX_DEPTH} levels deep", pos)

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise FormulaError("empty formula", 0)
        node = self.expression(0)
        token = self.peek()
        if token.kind == ")":
            raise FormulaError("unmatched ')'", token.pos)
        if token.kind != "end":
            raise FormulaError("expected an operator", token.pos)
        return node

    def expression(self, min_precedence: int) -> Node:
        left = self.unary()
        while True:
            token = self.peek()
            if token.kind != "op":
                return left
            precedence, right_assoc = _BINARY[token.text]
            if precedence < min_precedence:
                return left
            self.advance()
            if right_assoc:
                self.enter(token.pos)
                right = self.expression(precedence)
                self.depth -= 1
            else:
                right = self.expression(precedence + 1)
            left = BinOp(token.text, left, right)

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == "op" and token.text in "+-":
            self.advance()
            self.enter(token.pos)
            operand = self.expression(_UNARY_PRECEDENCE)
            self.depth -= 1
            return Neg(operand) if token.text == "-" else operand
        return self.atom()

    def atom(self) -> Node:
        token = self.peek()
        if token.kind == "num":
            self.advance()
            return Num(float(token.text))
        if token.kind == "(":
            self.advance()
            return self.bracketed(token.pos, None)
        if token.kind == "name":
            name = token.text
            if name in FUNCTIONS:
                self.advance()
                opening = self.peek()
                if opening.kind != "(":
                    raise FormulaError(f"expected '(' after '{name}'", opening.pos)
                self.advance()
                return Call(name, self.bracketed(opening.pos, name))
            if name in CONSTANTS:
                self.advance()
                return Num(CONSTANTS[name])
            if name in VARIABLES:
                self.advance()
                return Var(name)
            raise FormulaError(f"unknown name '{name}'", token.pos)
        if token.kind == "end":
            raise FormulaError("unexpected end of formula", token.pos)
        raise FormulaError(f"expected a value, found '{token.text}'", token.pos)

    def bracketed(self, opening: int, func: str | None) -> Node:
        """Parse ``expr )`` after an opening bracket (of a function call when func is given)."""
        self.enter(opening)
        token = self.peek()
        if func is not None and token.kind == ")":
            raise FormulaError(f"missing argument for '{func}'", token.pos)
        node = self.expression(0)
        self.depth -= 1
        token = self.peek()
        if token.kind == ")":
            self.advance()
            return node
        if token.kind == "end":
            raise FormulaError("missing ')'", token.pos)
        if token.kind == "," and func is not None:
            raise FormulaError(f"'{func}' takes one argument", token.pos)
        raise FormulaError("expected an operator or ')'", token.pos)


# --------------------------------------------------------------------------------------------
# Symbolic differentiation, with just enough simplification to keep constant parts cheap

_ZERO = Num(0.0)
_ONE = Num(1.0)


def _is(node: Node, value: float) -> bool:
    return isinstance(node, Num) and node.value == value


def _fold(op: str, a: float, b: float) -> Num:
    """Combine two constants with numpy semantics (inf/nan, never ZeroDivision/Overflow)."""
    with np.errstate(all="ignore"):
        return Num(float(_BINARY_UFUNCS[op](np.float64(a), np.float64(b))))


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


def _differentiate(root: Node, var: str) -> Node:
    """Symbolic d(root)/d(var); iterative post-order so deep trees cannot overflow the stack."""
    done: dict[int, Node] = {}
    stack = [root]
    while stack:
        node = stack[-1]
        if id(node) in done:
            stack.pop()
            continue
        pending = [child for child in _children(node) if id(child) not in done]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        done[id(node)] = _derivative_of(node, var, lambda child: done[id(child)])
    return done[id(root)]


# --------------------------------------------------------------------------------------------
# Evaluation

_BINARY_UFUNCS: dict[str, Callable[..., np.ndarray]] = {
    "+": np.add,
    "-": np.subtract,
    "*": np.multiply,
    "/": np.divide,
    "^": np.power,
}


def _compute(node: Node, args: list[np.ndarray], env: dict[str, np.ndarray]) -> np.ndarray:
    if isinstance(node, Num):
        return np.float64(node.value)
    if isinstance(node, Var):
        return env[node.name]
    if isinstance(node, Neg):
        return np.negative(args[0])
    if isinstance(node, Call):
        return _ALL_FUNCTIONS[node.func](args[0])
    if node.op == "^" and isinstance(node.right, Num):
        if node.right.value == 2.0:
            return np.square(args[0])
        if node.right.value == 0.5:
            return np.sqrt(args[0])
    return _BINARY_UFUNCS[node.op](args[0], args[1])


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
                children = _children(node)
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

    def to_display(self) -> str:
        """Normalised text with typographic operators, e.g. ``-x^2 + 3*y`` → ``−x^2 + 3·y``.

        The text parses back to the same formula.
        """
        return _display(self.tree, 0)


def parse(text: str) -> Formula:
    """Parse text into a Formula; raises FormulaError (and nothing else) for any bad input."""
    if not isinstance(text, str):
        raise FormulaError("the formula must be text", 0)
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"formula is longer than {MAX_LENGTH} characters", MAX_LENGTH)
    tree = _Parser(text).parse()
    variables = frozenset(
        token.text for token in _tokenize(text) if token.kind == "name" and token.text in VARIABLES
    )
    return Formula(
        text=text,
        tree=tree,
        variables=variables,
        dfdx=_differentiate(tree, "x"),
        dfdy=_differentiate(tree, "y"),
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
            text, precedence = "−" + text[1:], _UNARY_PRECEDENCE
    elif isinstance(node, Var):
        text, precedence = node.name, 5
    elif isinstance(node, Call):
        text, precedence = f"{node.func}({_display(node.arg, 0)})", 5
    elif isinstance(node, Neg):
        text, precedence = "−" + _display(node.arg, _UNARY_PRECEDENCE), _UNARY_PRECEDENCE
    else:
        precedence, right_assoc = _BINARY[node.op]
        left = _display(node.left, precedence + 1 if right_assoc else precedence)
        right = _display(node.right, precedence if right_assoc else precedence + 1)
        symbol = {"+": " + ", "-": " − ", "*": "·", "/": "/", "^": "^"}[node.op]
        text = f"{left}{symbol}{right}"
    return f"({text})" if precedence < parent_precedence else text
