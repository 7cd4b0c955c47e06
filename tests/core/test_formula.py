"""The whitelist formula parser: values, precedence, exact gradients, refusals with positions."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from explorer.core.formula import MAX_DEPTH, MAX_LENGTH, FormulaError, parse

RNG = np.random.default_rng(1234)
X = RNG.uniform(-2, 2, 40)
Y = RNG.uniform(-2, 2, 40)


# --------------------------------------------------------------------------------------------
# Values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2^3^2", 512.0),
        ("2**3**2", 512.0),
        ("(2^3)^2", 64.0),
        ("-2^2", -4.0),
        ("(-2)^2", 4.0),
        ("2*-3", -6.0),
        ("2^-1", 0.5),
        ("-2^-2", -0.25),
        ("1e-3", 0.001),
        ("2.5E+2", 250.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("pi", np.pi),
        ("π", np.pi),
        ("e", np.e),
        ("e^2", np.e**2),
        ("10 - 4 - 3", 3.0),
        ("64 / 4 / 2", 8.0),
        ("2 + 3 * 4", 14.0),
        ("(2 + 3) * 4", 20.0),
        ("--3", 3.0),
        ("+3", 3.0),
        ("- 3 * 2", -6.0),
        ("2 − 3·4 × 0.5", -4.0),
        ("sqrt(16) + abs(-2) + exp(0) + log(e)", 8.0),
        ("  \t1\n+\r1 ", 2.0),
    ],
)
def test_constant_formulas(text: str, expected: float) -> None:
    f = parse(text)
    assert f.value(0.0, 0.0) == pytest.approx(expected, rel=1e-15)
    assert f.variables == frozenset()


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("x^2 + 3*y", lambda x, y: x**2 + 3 * y),
        ("-x^2", lambda x, y: -(x**2)),
        ("-x*y", lambda x, y: -x * y),
        ("x - y - 1", lambda x, y: x - y - 1),
        ("x / y / 2", lambda x, y: x / y / 2),
        ("x^3^2", lambda x, y: x**9),
        ("sin(x)*cos(y) + tan(x/3)", lambda x, y: np.sin(x) * np.cos(y) + np.tan(x / 3)),
        ("exp(-(x^2 + y^2)/2)", lambda x, y: np.exp(-(x**2 + y**2) / 2)),
        ("log(1 + x^2) + sqrt(4 + y)", lambda x, y: np.log(1 + x**2) + np.sqrt(4 + y)),
        (
            "abs(x) + tanh(y) - sinh(x) + cosh(y)",
            lambda x, y: abs(x) + np.tanh(y) - np.sinh(x) + np.cosh(y),
        ),
        ("sin(x)^2 + cos(x)^2", lambda x, y: np.ones_like(x)),
        ("(1-x)^2 + 100*(y-x^2)^2", lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2),
        ("x**3 - 3*x*y**2", lambda x, y: x**3 - 3 * x * y**2),
        ("2*pi*x + e*y", lambda x, y: 2 * np.pi * x + np.e * y),
    ],
)
def test_values_match_numpy(text: str, reference) -> None:
    np.testing.assert_allclose(parse(text).value(X, Y), reference(X, Y), rtol=1e-14, atol=1e-14)


def test_variables_are_the_names_used() -> None:
    assert parse("x^2 + sin(y)").variables == {"x", "y"}
    assert parse("exp(x) + pi").variables == {"x"}
    assert parse("y").variables == {"y"}


def test_values_broadcast_like_numpy() -> None:
    f = parse("x + 10*y")
    z = f.value(np.arange(3.0)[:, None], np.arange(4.0)[None, :])
    assert z.shape == (3, 4)
    assert z[2, 3] == 32.0
    assert parse("7").value(np.zeros((2, 5)), 0.0).shape == (2, 5)
    assert np.all(parse("7").value(np.zeros((2, 5)), 0.0) == 7.0)
    assert parse("x").value(1.5, 2.0).shape == ()


def test_value_does_not_alias_its_input() -> None:
    x = np.array([1.0, 2.0])
    out = parse("x").value(x, 0.0)
    out[0] = 99.0
    assert x[0] == 1.0


def test_non_finite_results_are_silent() -> None:
    f = parse("log(x) + 1/y + exp(1000*x) + sqrt(-1)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = f.value(np.array([-1.0, 0.0, 2.0]), np.array([0.0, 1.0, 1.0]))
        gradient = f.gradient(np.array([-1.0, 0.0, 2.0]), np.array([0.0, 1.0, 1.0]))
    assert not np.any(np.isfinite(values))
    assert gradient[0].shape == (3,)


def test_huge_literal_is_infinite_not_an_error() -> None:
    assert parse("1e999").value(0, 0) == np.inf
    assert np.isnan(parse("1e999 - 1e999").value(0, 0))


# --------------------------------------------------------------------------------------------
# Gradients


def central_difference(f, x: np.ndarray, y: np.ndarray, h: float = 1e-3):
    """Five-point stencil: truncation error O(h^4), so far below the 1e-6 tolerance."""

    def d(g):
        return (-g(2 * h) + 8 * g(h) - 8 * g(-h) + g(-2 * h)) / (12 * h)

    return d(lambda t: f.value(x + t, y)), d(lambda t: f.value(x, y + t))


SMOOTH = [
    "x^2*y + sin(x*y)",
    "exp(-(x^2 + y^2)/2)",
    "x^y",
    "2^x * y^1.5",
    "x^(y^2 + 1)",
    "sqrt(1 + x^2 + y^2)",
    "tanh(x)*cosh(y) - sinh(x*y)",
    "log(1 + x^2) / (2 + cos(y))",
    "tan(x/3) + abs(y) - abs(-x)",
    "x^3 - 3*x*y^2",
    "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
    "1/(x*y) - x/y + e^(x/4)",
    "-x^-2 + (x*y)^0.5 + pi*y^0",
]


@pytest.mark.parametrize("text", SMOOTH)
def test_gradient_matches_central_differences(text: str) -> None:
    f = parse(text)
    x = RNG.uniform(0.3, 2.0, 50)  # positive: every formula above is smooth there
    y = RNG.uniform(0.3, 2.0, 50)
    dfdx, dfdy = f.gradient(x, y)
    fdx, fdy = central_difference(f, x, y)
    np.testing.assert_allclose(dfdx, fdx, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(dfdy, fdy, rtol=1e-6, atol=1e-6)


def test_gradient_is_exact_for_polynomials() -> None:
    dfdx, dfdy = parse("3*x^2*y - y^3 + 5").gradient(np.array([1.0, 2.0]), np.array([2.0, -1.0]))
    np.testing.assert_array_equal(dfdx, [12.0, -12.0])
    np.testing.assert_array_equal(dfdy, [-9.0, 9.0])


def test_gradient_of_constants_and_other_variable_is_zero() -> None:
    dfdx, dfdy = parse("7 + pi").gradient(np.ones((2, 3)), 0.0)
    assert dfdx.shape == dfdy.shape == (2, 3)
    assert not dfdx.any() and not dfdy.any()
    dfdx, dfdy = parse("sin(x)").gradient(X, Y)
    np.testing.assert_allclose(dfdx, np.cos(X))
    assert not dfdy.any()


def test_gradient_of_abs_is_sign() -> None:
    dfdx, _ = parse("abs(x)").gradient(np.array([-2.0, 0.0, 3.0]), 0.0)
    np.testing.assert_array_equal(dfdx, [-1.0, 0.0, 1.0])


def test_long_products_do_not_overflow_the_stack() -> None:
    """A 200-factor product differentiates to a deep tree; evaluation is iterative."""
    text = "*".join(["x"] * 200)
    f = parse(text)
    dfdx, _ = f.gradient(1.001, 0.0)
    assert f.value(1.001, 0.0) == pytest.approx(1.001**200, rel=1e-12)
    assert dfdx == pytest.approx(200 * 1.001**199, rel=1e-12)


# --------------------------------------------------------------------------------------------
# Refusals


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("x + * y", 4, "expected a value"),
        ("sin(x", 5, "missing ')'"),
        ("(x + y", 6, "missing ')'"),
        ("(x y)", 3, "expected an operator or ')'"),
        ("x)", 1, "unmatched ')'"),
        ("foo(x)", 0, "unknown name 'foo'"),
        ("x + foo", 4, "unknown name 'foo'"),
        ("x y", 2, "expected an operator"),
        ("2x", 1, "expected an operator"),
        ("2 pi", 2, "expected an operator"),
        ("x(2)", 1, "expected an operator"),
        ("import os", 0, "unknown name 'import'"),
        ("__import__('os')", 0, "unknown name '__import__'"),
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("x +", 3, "unexpected end"),
        ("x ^", 3, "unexpected end"),
        ("-", 1, "unexpected end"),
        ("sin()", 4, "missing argument for 'sin'"),
        ("sin", 3, "expected '(' after 'sin'"),
        ("sin x", 4, "expected '(' after 'sin'"),
        ("sin(x, y)", 5, "takes one argument"),
        ("x, y", 1, "expected an operator"),
        ("x $ y", 2, "unexpected character '$'"),
        ("x = 1", 2, "unexpected character '='"),
        ("x . y", 2, "unexpected character '.'"),
        ("1.2.3", 3, "expected an operator"),
        ("X", 0, "unknown name 'X'"),
        ("()", 1, "expected a value"),
        ("x ** * 2", 5, "expected a value"),
        ("x y $", 2, "expected an operator"),
    ],
)
def test_bad_input_gives_position(text: str, position: int, fragment: str) -> None:
    with pytest.raises(FormulaError) as caught:
        parse(text)
    assert caught.value.position == position
    assert fragment in caught.value.message
    assert str(caught.value) == f"{caught.value.message} at position {position}"


def test_error_message_format() -> None:
    with pytest.raises(FormulaError, match=r"^unknown name 'foo' at position 9$"):
        parse("sin(x) + foo")


def test_formula_error_is_a_value_error() -> None:
    assert issubclass(FormulaError, ValueError)
    with pytest.raises(ValueError):
        parse("x +")


def test_too_long() -> None:
    parse("+".join(["x"] * 250))  # 499 characters: fine, and a deep left-leaning tree
    with pytest.raises(FormulaError, match="longer than 500") as caught:
        parse("x" + " " * MAX_LENGTH)
    assert caught.value.position == MAX_LENGTH


def test_nesting_limit() -> None:
    depth = MAX_DEPTH
    parse("(" * depth + "x" + ")" * depth)
    for text in (
        "(" * (depth + 1) + "x" + ")" * (depth + 1),
        "-" * (depth + 1) + "x",
        "sin(" * 51 + "(" * (depth - 50) + "x" + ")" * (depth + 1),
        "^".join(["2"] * (depth + 2)),
    ):
        with pytest.raises(FormulaError, match="nested"):
            parse(text)


def test_non_text_is_refused() -> None:
    with pytest.raises(FormulaError):
        parse(None)  # type: ignore[arg-type]
    with pytest.raises(FormulaError):
        parse(b"x")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Display


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("-x^2 + 3*y", "−x^2 + 3·y"),
        ("(x+1)*(y-2)", "(x + 1)·(y − 2)"),
        ("x - (y - 1)", "x − (y − 1)"),
        ("(2^3)^2", "(2^3)^2"),
        ("2^3^2", "2^3^2"),
        ("2^-x", "2^(−x)"),
        ("2*pi*sin(x/2)", "2·π·sin(x/2)"),
        ("1e-3*x", "0.001·x"),
    ],
)
def test_to_display(text: str, shown: str) -> None:
    assert parse(text).to_display() == shown


# --------------------------------------------------------------------------------------------
# Fuzzing: anything typed either parses or raises FormulaError, never anything else

TOKENS = [
    "x", "y", "pi", "e", "π", "0", "1", "2", "3.5", ".5", "1e-3", "1e3", "1e999",
    "+", "-", "*", "/", "^", "**", "(", ")", "(", ")", " ", ",", "−", "·",
    "sin(", "cos(", "tan(", "exp(", "log(", "sqrt(", "abs(", "tanh(", "sinh(", "cosh(",
    "foo", "$", "=", ".", "E", "__",
]  # fmt: skip
FORMULA_ALPHABET = "xy0123456789.eE+-*/^() ,pisncotaxplgqrbh_$="
POINTS_X = np.array([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
POINTS_Y = np.array([1.0, 0.0, -2.0, 0.0, 2.0, -1.0, 0.5])


def check_anything(text: str) -> None:
    try:
        f = parse(text)
    except FormulaError as error:
        assert 0 <= error.position <= len(text)
        assert error.message
        return
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = f.value(POINTS_X, POINTS_Y)
        dfdx, dfdy = f.gradient(POINTS_X, POINTS_Y)
    assert values.shape == dfdx.shape == dfdy.shape == POINTS_X.shape
    assert values.dtype == np.float64
    # The display text parses back to the same numbers.
    shown = f.to_display()
    try:
        again = parse(shown)
    except FormulaError as error:
        # The display adds spaces and brackets, so only the length and nesting limits may bite.
        if len(shown) > MAX_LENGTH or "nested" in error.message:
            reject()
        raise
    np.testing.assert_array_equal(again.value(POINTS_X, POINTS_Y), values)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fuzz_arbitrary_text(text: str) -> None:
    check_anything(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=FORMULA_ALPHABET, max_size=60))
def test_fuzz_formula_alphabet(text: str) -> None:
    check_anything(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_fuzz_formula_tokens(text: str) -> None:
    check_anything(text)


LEAVES = st.sampled_from(["x", "y", "pi", "e", "π", "0", "1", "2.5", ".5", "1e-3", "1e3"])
FUNCTION_NAMES = ["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sinh", "cosh"]


def _grow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    operators = st.sampled_from(["+", "-", "*", "/", "^", "**", " − ", "·"])
    return st.one_of(
        st.tuples(children, operators, children).map("".join),
        st.tuples(st.sampled_from(["-", "+"]), children).map("".join),
        st.tuples(st.sampled_from(FUNCTION_NAMES), children).map(lambda t: f"{t[0]}({t[1]})"),
        children.map(lambda c: f"({c})"),
    )


WELL_FORMED = st.recursive(LEAVES, _grow, max_leaves=25)


@settings(max_examples=500, deadline=None)
@given(WELL_FORMED)
def test_fuzz_well_formed_formulas_parse(text: str) -> None:
    """Grammatical text always parses (within the limits) and evaluates without raising."""
    try:
        parse(text)
    except FormulaError as error:
        assert len(text) > MAX_LENGTH or "nested" in error.message
    check_anything(text)
