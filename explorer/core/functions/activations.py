"""Activation functions with their derivatives, computed exactly as ``keras.activations`` does.

Each :class:`Activation` carries what the Gallery shows next to its curve (formula, derivative,
output range, parameters with slider ranges) and two pure numpy functions::

    f = ACTIVATIONS["elu"]
    f.value(x, alpha=1.0), f.derivative(x, alpha=1.0)

Definitions follow Keras 3 on the TensorFlow backend (``keras/src/backend/tensorflow/nn.py``):
``hard_sigmoid`` is ``relu6(x + 3) / 6``, ``leaky_relu`` defaults to ``negative_slope=0.2``,
``gelu`` defaults to the exact erf form (``approximate=False``), ``selu`` uses TensorFlow's
constants. At a kink the derivative takes the one-sided value TensorFlow's gradient uses
(``relu'(0) = 0``, ``leaky_relu'(0) = α``). ``step`` is not a Keras activation: it is the
perceptron's threshold from the course notes, and its derivative is 0 and undefined (NaN) at 0.

Softmax acts on a vector, not element-wise, so it lives beside the table: :func:`softmax` and
:func:`softmax_jacobian`. :func:`path_gradients` multiplies derivatives along a backpropagation
path, the vanishing-gradient experiment.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.params import HyperParam, WithParams

Array = np.ndarray
_Fn = Callable[..., Array]

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
_GELU_C = 0.7978845608028654  # sqrt(2 / pi), as tf.nn.gelu writes it
_GELU_K = 0.044715
_SQRT_HALF = 0.7071067811865476
_INV_SQRT_2PI = 0.3989422804014327
_ERFC = np.frompyfunc(math.erfc, 1, 1)  # numpy has no erf; math.erfc is exact to double

SYMBOLS = {"negative_slope": "α", "alpha": "α", "approximate": "tanh approximation"}


@dataclass(frozen=True)
class Activation(WithParams):
    """One element-wise activation: what it computes, how it is written, what it outputs."""

    name: str
    title: str
    formula: str
    derivative_formula: str
    output_range: str
    value_fn: _Fn = field(repr=False)
    derivative_fn: _Fn = field(repr=False)
    params: tuple[HyperParam, ...] = ()
    note: str = ""
    keras: bool = True
    kinks: tuple[float, ...] = ()

    def value(self, x: Any, **params: Any) -> Array:
        """f(x) element-wise, as ``keras.activations.<name>(x, **params)``."""
        return self.value_fn(_as_float(x), **self.settings(**params))

    def derivative(self, x: Any, **params: Any) -> Array:
        """f′(x) element-wise (what backpropagation multiplies by)."""
        return self.derivative_fn(_as_float(x), **self.settings(**params))


def _as_float(x: Any) -> Array:
    return np.asarray(x, dtype=np.float64)


def _sigmoid(x: Array) -> Array:
    e = np.exp(-np.abs(x))  # never overflows; exp(-1e4) underflows quietly to 0
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _erfc(x: Array) -> Array:
    return np.asarray(_ERFC(x), dtype=np.float64)


def _gelu(x: Array, approximate: bool) -> Array:
    if approximate:
        return 0.5 * x * (1.0 + np.tanh(_GELU_C * (x + _GELU_K * x**3)))
    return 0.5 * x * _erfc(-x * _SQRT_HALF)


def _gelu_derivative(x: Array, approximate: bool) -> Array:
    if approximate:
        t = np.tanh(_GELU_C * (x + _GELU_K * x**3))
        return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * _GELU_C * (1.0 + 3 * _GELU_K * x * x)
    cdf = 0.5 * _erfc(-x * _SQRT_HALF)
    return cdf + x * _INV_SQRT_2PI * np.exp(-0.5 * x * x)


def _exp(x: Array) -> Array:
    with np.errstate(over="ignore"):  # exp(1e4) is inf in Keras too
        return np.exp(x)


def _elu(x: Array, alpha: float) -> Array:
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def _elu_derivative(x: Array, alpha: float) -> Array:
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def _softplus(x: Array) -> Array:
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _ones(x: Array) -> Array:
    return np.ones_like(x)


def _indicator(condition: Array) -> Array:
    return condition.astype(np.float64)


_LEAKY = HyperParam("negative_slope", 0.2, 0.0, 1.0,
                    help=tr_noop("Activations", "α = negative_slope: the slope for x < 0 (Keras 3 "
                                                "default 0.2)."))
_ELU_ALPHA = HyperParam("alpha", 1.0, 0.0, 3.0,
                        help=tr_noop("Activations", "α: ELU tends to −α for very negative x "
                                                    "(Keras default 1.0)."))
_APPROX = HyperParam("approximate", False,
                     help=tr_noop("Activations", "Use the tanh approximation instead of the exact "
                                  "erf form (keras.activations.gelu defaults to exact)."))

_ACTIVATIONS = (
    Activation(
        "step", tr_noop("Activations", "Step (threshold)"),
        tr_noop("Formulas", "f(x) = 1 if x > 0, else 0"),
        tr_noop("Formulas", "f′(x) = 0 for x ≠ 0, undefined at 0"), "{0, 1}",
        lambda x: _indicator(x > 0),
        lambda x: np.where(x == 0, np.nan, 0.0),
        note=tr_noop("Activations", "The perceptron's threshold. Its derivative is 0 almost "
                                    "everywhere, so gradient descent cannot learn through it. "
                                    "Not a Keras activation."),
        keras=False, kinks=(0.0,)),
    Activation(
        "sigmoid", tr_noop("Activations", "Sigmoid"), "σ(x) = 1 / (1 + e⁻ˣ)",
        "σ′(x) = σ(x)·(1 − σ(x)) ≤ 0.25",
        "(0, 1)", _sigmoid, lambda x: _sigmoid(x) * (1.0 - _sigmoid(x)),
        note=tr_noop("Activations", "Output layer of binary classification. Saturates for |x| ≳ "
                                    "5: vanishing gradients.")),
    Activation(
        "hard_sigmoid", tr_noop("Activations", "Hard sigmoid"),
        "f(x) = relu6(x + 3) / 6 = clip(x/6 + ½, 0, 1)",
        tr_noop("Formulas", "f′(x) = 1/6 for −3 < x < 3, else 0"), "[0, 1]",
        lambda x: np.clip(x + 3.0, 0.0, 6.0) / 6.0,
        lambda x: _indicator((x > -3) & (x < 3)) / 6.0,
        note=tr_noop("Activations", "A cheap piecewise-linear sigmoid (Keras 3 definition)."),
        kinks=(-3.0, 3.0)),
    Activation(
        "tanh", "Tanh", "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)", "tanh′(x) = 1 − tanh²(x) ≤ 1",
        "(−1, 1)", np.tanh, lambda x: 1.0 - np.tanh(x) ** 2,
        note=tr_noop("Activations", "Zero-centred sigmoid; still saturates for large |x|.")),
    Activation(
        "relu", "ReLU", "f(x) = max(0, x)", tr_noop("Formulas", "f′(x) = 1 for x > 0, else 0"),
        "[0, ∞)",
        lambda x: np.maximum(x, 0.0), lambda x: _indicator(x > 0),
        note=tr_noop("Activations", "The default for hidden layers: gradient 1 where active, 0 "
                                    "where not ('dead')."),
        kinks=(0.0,)),
    Activation(
        "leaky_relu", "Leaky ReLU", tr_noop("Formulas", "f(x) = x for x > 0, else α·x"),
        tr_noop("Formulas", "f′(x) = 1 for x > 0, else α"),
        tr_noop("Formulas", "(−∞, ∞) for α > 0"),
        lambda x, negative_slope: np.where(x > 0, x, negative_slope * x),
        lambda x, negative_slope: np.where(x > 0, 1.0, negative_slope),
        params=(_LEAKY,), note=tr_noop("Activations", "Keeps a small gradient for x < 0, so units "
                                                      "cannot die."),
        kinks=(0.0,)),
    Activation(
        "relu6", "ReLU6", "f(x) = min(max(0, x), 6)",
        tr_noop("Formulas", "f′(x) = 1 for 0 < x < 6, else 0"),
        "[0, 6]", lambda x: np.clip(x, 0.0, 6.0), lambda x: _indicator((x > 0) & (x < 6)),
        note=tr_noop("Activations", "ReLU capped at 6 (mobile networks)."), kinks=(0.0, 6.0)),
    Activation(
        "elu", "ELU", tr_noop("Formulas", "f(x) = x for x > 0, else α·(eˣ − 1)"),
        tr_noop("Formulas", "f′(x) = 1 for x > 0, else α·eˣ"), "(−α, ∞)", _elu, _elu_derivative,
        params=(_ELU_ALPHA,), note=tr_noop("Activations", "Smooth for x < 0, mean activation "
                                                          "closer to 0."),
        kinks=(0.0,)),
    Activation(
        "selu", "SELU",
        tr_noop("Formulas", "f(x) = λ·x for x > 0, else λ·α·(eˣ − 1)   (λ ≈ 1.0507, "
                            "α ≈ 1.6733)"),
        tr_noop("Formulas", "f′(x) = λ for x ≥ 0, else λ·α·eˣ"), "(−λα ≈ −1.758, ∞)",
        lambda x: SELU_SCALE * _elu(x, SELU_ALPHA),
        lambda x: SELU_SCALE * np.where(x >= 0, 1.0, SELU_ALPHA * np.exp(np.minimum(x, 0.0))),
        note=tr_noop("Activations", "Self-normalising: with lecun_normal weights activations keep "
                                    "mean 0, variance 1."),
        kinks=(0.0,)),
    Activation(
        "gelu", "GELU", "f(x) = x·Φ(x) = ½x·(1 + erf(x/√2))",
        "f′(x) = Φ(x) + x·φ(x)", "[≈ −0.17, ∞)", _gelu, _gelu_derivative,
        params=(_APPROX,), note=tr_noop("Activations", "Smooth ReLU used in Transformers; Φ is "
                                                       "the normal CDF.")),
    Activation(
        "silu", "Swish / SiLU", "f(x) = x·σ(x)", "f′(x) = σ(x)·(1 + x·(1 − σ(x)))",
        "[≈ −0.278, ∞)", lambda x: x * _sigmoid(x),
        lambda x: _sigmoid(x) * (1.0 + x * (1.0 - _sigmoid(x))),
        note=tr_noop("Activations", "Keras also accepts the name 'swish'.")),
    Activation(
        "softplus", "Softplus", "f(x) = ln(1 + eˣ)", "f′(x) = σ(x)", "(0, ∞)",
        _softplus, _sigmoid, note=tr_noop("Activations", "A smooth ReLU; always positive.")),
    Activation(
        "softsign", "Softsign", "f(x) = x / (1 + |x|)", "f′(x) = 1 / (1 + |x|)²", "(−1, 1)",
        lambda x: x / (1.0 + np.abs(x)), lambda x: 1.0 / (1.0 + np.abs(x)) ** 2,
        note=tr_noop("Activations", "Like tanh but approaches ±1 polynomially, so it saturates "
                                    "more slowly.")),
    Activation(
        "exponential", tr_noop("Activations", "Exponential"), "f(x) = eˣ", "f′(x) = eˣ", "(0, ∞)",
        _exp, _exp,
        note=tr_noop("Activations", "Grows without bound: e¹⁰⁰⁰⁰ is ∞ in Keras too.")),
    Activation(
        "linear", tr_noop("Activations", "Linear (identity)"), "f(x) = x", "f′(x) = 1", "(−∞, ∞)",
        lambda x: x.copy(), _ones,
        note=tr_noop("Activations", "No activation: the output layer of regression. Stacked "
                                    "linear layers stay linear.")),
)

ACTIVATIONS: dict[str, Activation] = {a.name: a for a in _ACTIVATIONS}
ALIASES = {"swish": "silu"}


def get_activation(name: str) -> Activation:
    """Look up by Keras name (aliases such as ``swish`` accepted), with a clear error."""
    key = ALIASES.get(name, name)
    if key not in ACTIVATIONS:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}")
    return ACTIVATIONS[key]


# --- softmax ---------------------------------------------------------------------------------

SOFTMAX_FORMULA = "softmax(z)ᵢ = e^(zᵢ/T) / Σⱼ e^(zⱼ/T)"
SOFTMAX_JACOBIAN_FORMULA = "∂pᵢ/∂zⱼ = pᵢ·(δᵢⱼ − pⱼ) / T"


def softmax(z: Any, temperature: float = 1.0, axis: int = -1) -> Array:
    """Probabilities from logits ``z`` (``keras.activations.softmax(z / T)``), overflow-safe."""
    if not temperature > 0:
        raise ValueError(f"temperature must be positive, not {temperature}")
    scaled = _as_float(z) / temperature
    shifted = np.exp(scaled - np.max(scaled, axis=axis, keepdims=True))
    return shifted / np.sum(shifted, axis=axis, keepdims=True)


def softmax_jacobian(z: Any, temperature: float = 1.0) -> Array:
    """∂softmax(z/T)ᵢ/∂zⱼ over the last axis: shape (..., k, k). Rows sum to 0."""
    p = softmax(z, temperature)
    return (p[..., :, None] * (np.eye(p.shape[-1]) - p[..., None, :])) / temperature


# --- vanishing gradients ---------------------------------------------------------------------

DISTRIBUTIONS = {"normal": tr_noop("Activations", "Normal  N(μ, σ²)"),
                 "uniform": tr_noop("Activations", "Uniform  [μ − σ, μ + σ]")}
MAX_DEPTH = 200
MAX_PATHS = 5000


def path_gradients(activation: str | Activation, depth: int, paths: int = 200, *,
                   distribution: str = "normal", center: float = 0.0, spread: float = 1.0,
                   seed: int = 0, params: Mapping[str, Any] | None = None) -> Array:
    """|f′(z₁)·f′(z₂)·…·f′(zₗ)| for l = 1…depth along ``paths`` random backprop paths.

    Backpropagation through n layers multiplies the local derivatives; weights are set to 1 so
    only the activation's share shows. The pre-activations zₗ are drawn independently from the
    chosen distribution with ``seed``, so every activation sees the same inputs and a figure is
    reproducible. Returns shape (paths, depth); column l−1 is the product over l layers.
    """
    f = get_activation(activation) if isinstance(activation, str) else activation
    if not 1 <= depth <= MAX_DEPTH or not 1 <= paths <= MAX_PATHS:
        raise ValueError(f"depth must be 1–{MAX_DEPTH} and paths 1–{MAX_PATHS}")
    if not spread >= 0:
        raise ValueError(f"spread must be ≥ 0, not {spread}")
    rng = np.random.default_rng(seed)
    if distribution == "normal":
        z = rng.normal(center, spread, size=(paths, depth))
    elif distribution == "uniform":
        z = rng.uniform(center - spread, center + spread, size=(paths, depth))
    else:
        raise ValueError(f"unknown distribution {distribution!r}; choose one of "
                         f"{', '.join(DISTRIBUTIONS)}")
    local = np.abs(f.derivative(z, **dict(params or {})))
    with np.errstate(under="ignore", over="ignore"):
        return np.cumprod(np.nan_to_num(local, nan=0.0), axis=1)


def path_summary(products: Array) -> tuple[Array, Array]:
    """Per depth: the median gradient magnitude and the fraction of paths that are exactly 0."""
    return np.median(products, axis=0), np.mean(products == 0, axis=0)
