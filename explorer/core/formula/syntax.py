"""Text to tree: the tokenizer and precedence-climbing parser, and the errors they report.

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
from dataclasses import dataclass

from explorer.core.formula.tree import (
    CONSTANTS,
    FUNCTIONS,
    VARIABLES,
    BinOp,
    Call,
    Neg,
    Node,
    Num,
    Var,
)
from explorer.core.i18n import tr_noop

__all__ = ["MAX_DEPTH", "MAX_LENGTH", "FormulaError"]

MAX_LENGTH = 500
"""Longest accepted formula, in characters."""

MAX_DEPTH = 100
"""Deepest accepted nesting of brackets, function calls, signs and powers."""


class FormulaError(ValueError):
    """A formula the parser refuses, with the 0-based character position of the problem."""

    AT_POSITION = tr_noop("Formula", "{message} at position {position}")

    def __init__(self, message: str, position: int,
                 values: dict[str, object] | None = None) -> None:
        """``message`` is a template marked ``tr_noop("Formula", ...)``, filled with ``values``
        (the UI translates the template, then formats: see :meth:`parts`)."""
        self.template = message
        self.values = dict(values or {})
        self.message = message.format(**self.values)
        self.position = position
        super().__init__(self.AT_POSITION.format(message=self.message, position=position))

    def __reduce__(self) -> tuple[type[FormulaError], tuple[str, int, dict[str, object]]]:
        # picklable across processes
        return (FormulaError, (self.template, self.position, self.values))


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


def tokenize(text: str) -> list[_Token]:
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
BINARY_OPERATORS = {"+": (1, False), "-": (1, False), "*": (2, False), "/": (2, False),
                    "^": (4, True)}
UNARY_PRECEDENCE = 3  # between * and ^: -x^2 = -(x^2) but -x*y = (-x)*y


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind == "bad":
            raise FormulaError(tr_noop("Formula", "unexpected character {character}"), token.pos,
                               {"character": repr(token.text)})
        return token

    def advance(self) -> _Token:
        token = self.peek()
        self.index += 1
        return token

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaError(
                tr_noop("Formula", "formula is nested more than {depth} levels deep"), pos,
                {"depth": MAX_DEPTH})

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise FormulaError(tr_noop("Formula", "empty formula"), 0)
        node = self.expression(0)
        token = self.peek()
        if token.kind == ")":
            raise FormulaError(tr_noop("Formula", "unmatched ')'"), token.pos)
        if token.kind != "end":
            raise FormulaError(tr_noop("Formula", "expected an operator"), token.pos)
        return node

    def expression(self, min_precedence: int) -> Node:
        left = self.unary()
        while True:
            token = self.peek()
            if token.kind != "op":
                return left
            precedence, right_assoc = BINARY_OPERATORS[token.text]
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
            operand = self.expression(UNARY_PRECEDENCE)
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
                    raise FormulaError(tr_noop("Formula", "expected '(' after '{name}'"),
                                       opening.pos, {"name": name})
                self.advance()
                return Call(name, self.bracketed(opening.pos, name))
            if name in CONSTANTS:
                self.advance()
                return Num(CONSTANTS[name])
            if name in VARIABLES:
                self.advance()
                return Var(name)
            raise FormulaError(tr_noop("Formula", "unknown name '{name}'"), token.pos,
                               {"name": name})
        if token.kind == "end":
            raise FormulaError(tr_noop("Formula", "unexpected end of formula"), token.pos)
        raise FormulaError(tr_noop("Formula", "expected a value, found '{token}'"), token.pos,
                           {"token": token.text})

    def bracketed(self, opening: int, func: str | None) -> Node:
        """Parse ``expr )`` after an opening bracket (of a function call when func is given)."""
        self.enter(opening)
        token = self.peek()
        if func is not None and token.kind == ")":
            raise FormulaError(tr_noop("Formula", "missing argument for '{func}'"), token.pos,
                               {"func": func})
        node = self.expression(0)
        self.depth -= 1
        token = self.peek()
        if token.kind == ")":
            self.advance()
            return node
        if token.kind == "end":
            raise FormulaError(tr_noop("Formula", "missing ')'"), token.pos)
        if token.kind == "," and func is not None:
            raise FormulaError(tr_noop("Formula", "'{func}' takes one argument"), token.pos,
                               {"func": func})
        raise FormulaError(tr_noop("Formula", "expected an operator or ')'"), token.pos)
