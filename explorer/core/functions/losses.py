"""Loss functions and their gradients, computed exactly as ``keras.losses`` does.

    l = LOSSES["huber"]
    l.value(y_true, y_pred, delta=1.0)      # per-sample loss, like keras.losses.huber
    l.gradient(y_true, y_pred, delta=1.0)   # ∂(per-sample loss)/∂y_pred, same shape as y_pred

``value`` reduces over the last axis the way the Keras function does (a (batch, k) pair gives a
(batch,) result); ``model.fit`` then averages over the batch ("sum_over_batch_size"). The
crossentropies clip probabilities to [ε, 1 − ε] with ε = ``keras.backend.epsilon()`` = 1e-7
exactly where ``keras/src/backend/tensorflow/nn.py`` does (categorical: after dividing by the row
sum; sparse: before the log, which renormalises), so 0 and 1 give finite losses; the gradient is 0
where the clip is active, as autodiff through the clip gives. ``hinge`` converts 0/1 labels to
−1/1 when *every* label of the batch is 0 or 1, like Keras. ``rmse`` is not a Keras loss function
(``keras.metrics.RootMeanSquaredError`` is a batch metric): here it is √mse per sample.

A batch the user types is evaluated by ``batch``; the curves against the prediction are
``curves``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.functions.activations import softmax
from explorer.core.i18n import tr_noop
from explorer.core.params import HyperParam, WithParams

Array = np.ndarray
_Fn = Callable[..., Array]

EPSILON = 1e-7  # keras.backend.epsilon()

PROBLEMS = {
    "regression": tr_noop("Losses", "Regression (predict a number)"),
    "binary": tr_noop("Losses", "Binary classification (labels 0/1)"),
    "multiclass_onehot": tr_noop("Losses", "Multi-class, one-hot labels"),
    "multiclass_integer": tr_noop("Losses", "Multi-class, integer labels"),
}


@dataclass(frozen=True)
class Loss(WithParams):
    """One loss: the Keras name, formulas, the problem it fits and the output activation."""

    name: str
    title: str
    formula: str
    gradient_formula: str
    problem: str
    output_activation: str
    value_fn: _Fn = field(repr=False)
    gradient_fn: _Fn = field(repr=False)
    params: tuple[HyperParam, ...] = ()
    keras_function: str = ""
    note: str = ""
    sparse: bool = False

    def value(self, y_true: Any, y_pred: Any, **params: Any) -> Array:
        """The per-sample loss (reduced over the last axis), as ``keras.losses.<function>``."""
        return self.value_fn(*self._pair(y_true, y_pred), **self.settings(**params))

    def gradient(self, y_true: Any, y_pred: Any, **params: Any) -> Array:
        """∂ value / ∂ y_pred, element-wise, with the shape of ``y_pred``."""
        return self.gradient_fn(*self._pair(y_true, y_pred), **self.settings(**params))

    def activation_for(self, **params: Any) -> str:
        """The output-layer activation that goes with this loss and these settings."""
        if self.settings(**params).get("from_logits"):
            # the loss applies the sigmoid/softmax itself
            return tr_noop("Losses", "linear (logits)")
        return self.output_activation

    def _pair(self, y_true: Any, y_pred: Any) -> tuple[Array, Array]:
        y_pred = np.asarray(y_pred, dtype=np.float64)
        if y_pred.ndim == 0:
            raise ValueError("y_pred must have at least one axis (the one the loss averages)")
        return (_labels(y_true, y_pred) if self.sparse else _same_shape(y_true, y_pred)), y_pred


def _same_shape(y_true: Any, y_pred: Array) -> Array:
    """Keras's squeeze_or_expand_to_same_rank, then an exact shape match."""
    y_true = np.asarray(y_true, dtype=np.float64)
    if y_true.ndim == y_pred.ndim + 1 and y_true.shape[-1] == 1:
        y_true = y_true[..., 0]
    elif y_pred.ndim == y_true.ndim + 1 and y_pred.shape[-1] == 1:
        y_true = y_true[..., None]
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_pred has shape {y_pred.shape}")
    return y_true


def _labels(y_true: Any, y_pred: Array) -> Array:
    """Integer class labels for y_pred's rows: shape y_pred.shape[:-1] (or with a trailing 1)."""
    labels = np.asarray(y_true, dtype=np.float64)
    if labels.ndim == y_pred.ndim and labels.shape[-1] == 1:
        labels = labels[..., 0]
    if labels.shape != y_pred.shape[:-1]:
        raise ValueError(f"integer labels need shape {y_pred.shape[:-1]} for y_pred of shape "
                         f"{y_pred.shape}, not {labels.shape}")
    k = y_pred.shape[-1]
    if np.any(labels != np.round(labels)) or np.any((labels < 0) | (labels >= k)):
        raise ValueError(f"labels must be whole numbers 0…{k - 1} (one per row of y_pred)")
    return labels.astype(np.int64)


def _one_hot(labels: Array, k: int) -> Array:
    return (labels[..., None] == np.arange(k)).astype(np.float64)


def _clip(p: Array) -> tuple[Array, Array]:
    """Keras's clip of probabilities and where it is inactive (where the gradient flows)."""
    return np.clip(p, EPSILON, 1.0 - EPSILON), ((p > EPSILON) & (p < 1.0 - EPSILON))


def _log_softmax(z: Array) -> Array:
    shifted = z - np.max(z, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def _mean(values: Array) -> Array:
    return np.mean(values, axis=-1)


def _count(y_pred: Array) -> int:
    return y_pred.shape[-1]


# --- regression -----------------------------------------------------------------------------

def _rmse(t: Array, p: Array) -> Array:
    return np.sqrt(_mean(np.square(p - t)))


def _rmse_gradient(t: Array, p: Array) -> Array:
    root = _rmse(t, p)[..., None]
    with np.errstate(invalid="ignore", divide="ignore"):
        g = (p - t) / (_count(p) * root)
    return np.where(root > 0, g, 0.0)


def _huber(t: Array, p: Array, delta: float) -> Array:
    e = np.abs(p - t)
    return _mean(np.where(e <= delta, 0.5 * e * e, delta * e - 0.5 * delta * delta))


def _huber_gradient(t: Array, p: Array, delta: float) -> Array:
    e = p - t
    return np.where(np.abs(e) <= delta, e, delta * np.sign(e)) / _count(p)


def _log_cosh(t: Array, p: Array) -> Array:
    e = p - t  # Keras: x + softplus(−2x) − log 2, stable for |x| up to the float range
    return _mean(e + np.maximum(-2 * e, 0.0) + np.log1p(np.exp(-np.abs(2 * e))) - np.log(2.0))


# --- binary ---------------------------------------------------------------------------------

def _bce(t: Array, p: Array, from_logits: bool) -> Array:
    if from_logits:  # tf.nn.sigmoid_cross_entropy_with_logits
        return _mean(np.maximum(p, 0.0) - p * t + np.log1p(np.exp(-np.abs(p))))
    c, _ = _clip(p)
    return _mean(-(t * np.log(c) + (1.0 - t) * np.log(1.0 - c)))


def _bce_gradient(t: Array, p: Array, from_logits: bool) -> Array:
    if from_logits:
        e = np.exp(-np.abs(p))
        sigmoid = np.where(p >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return (sigmoid - t) / _count(p)
    c, inside = _clip(p)
    return np.where(inside, (-t / c + (1.0 - t) / (1.0 - c)), 0.0) / _count(p)


def _hinge_labels(t: Array) -> Array:
    """Keras converts 0/1 labels to −1/1 only when every label in the batch is 0 or 1."""
    return 2.0 * t - 1.0 if np.all((t == 0) | (t == 1)) else t


def _hinge(t: Array, p: Array) -> Array:
    return _mean(np.maximum(1.0 - _hinge_labels(t) * p, 0.0))


def _hinge_gradient(t: Array, p: Array) -> Array:
    s = _hinge_labels(t)
    return np.where(1.0 - s * p > 0, -s, 0.0) / _count(p)


def _squared_hinge(t: Array, p: Array) -> Array:
    return _mean(np.square(np.maximum(1.0 - _hinge_labels(t) * p, 0.0)))


def _squared_hinge_gradient(t: Array, p: Array) -> Array:
    s = _hinge_labels(t)
    return -2.0 * s * np.maximum(1.0 - s * p, 0.0) / _count(p)


# --- multi-class ------------------------------------------------------------------------------

def _cce(t: Array, p: Array, from_logits: bool) -> Array:
    if from_logits:  # tf.nn.softmax_cross_entropy_with_logits
        return -np.sum(t * _log_softmax(p), axis=-1)
    c, _ = _clip(p / np.sum(p, axis=-1, keepdims=True))
    return -np.sum(t * np.log(c), axis=-1)


def _cce_gradient(t: Array, p: Array, from_logits: bool) -> Array:
    if from_logits:
        return softmax(p) * np.sum(t, axis=-1, keepdims=True) - t
    total = np.sum(p, axis=-1, keepdims=True)
    q = p / total
    c, inside = _clip(q)
    g = np.where(inside, -t / c, 0.0)  # ∂L/∂q, then through q = p / Σp
    return (g - np.sum(g * q, axis=-1, keepdims=True)) / total


def _scce(labels: Array, p: Array, from_logits: bool) -> Array:
    # Keras: log of the clipped probabilities fed to sparse_softmax_cross_entropy_with_logits.
    logits = p if from_logits else np.log(_clip(p)[0])
    return -np.take_along_axis(_log_softmax(logits), labels[..., None], axis=-1)[..., 0]


def _scce_gradient(labels: Array, p: Array, from_logits: bool) -> Array:
    hot = _one_hot(labels, _count(p))
    if from_logits:
        return softmax(p) - hot
    c, inside = _clip(p)
    g = 1.0 / np.sum(c, axis=-1, keepdims=True) - hot / c
    return np.where(inside, g, 0.0)


def _delta() -> HyperParam:
    return HyperParam("delta", 1.0, 0.05, 5.0,
                      help=tr_noop("Losses", "δ: where Huber switches from quadratic to linear "
                                             "(Keras default 1.0)."))


def _from_logits() -> HyperParam:
    return HyperParam("from_logits", False,
                      help=tr_noop("Losses", "True: y_pred are raw scores (logits) and the loss "
                                   "applies the sigmoid/softmax itself, which is more accurate."))


_LOSSES = (
    Loss("mse", tr_noop("Losses", "Mean squared error"),
    "L = (1/k)·Σ (ŷ − y)²", "∂L/∂ŷ = 2·(ŷ − y) / k",
         "regression", "linear", lambda t, p: _mean(np.square(p - t)),
         lambda t, p: 2.0 * (p - t) / _count(p), keras_function="mean_squared_error",
         note=tr_noop("Losses", "Punishes large errors quadratically, so outliers dominate.")),
    Loss("rmse", tr_noop("Losses", "Root mean squared error"), "L = √((1/k)·Σ (ŷ − y)²)",
         "∂L/∂ŷ = (ŷ − y) / (k·L)", "regression", "linear", _rmse, _rmse_gradient,
         note=tr_noop("Losses", "Not a Keras loss function (RootMeanSquaredError is a metric): "
                                "here √mse per "
              "sample, in the units of y.")),
    Loss("mae", tr_noop("Losses", "Mean absolute error"),
    "L = (1/k)·Σ |ŷ − y|", "∂L/∂ŷ = sign(ŷ − y) / k",
         "regression", "linear", lambda t, p: _mean(np.abs(p - t)),
         lambda t, p: np.sign(p - t) / _count(p), keras_function="mean_absolute_error",
         note=tr_noop("Losses", "Robust to outliers; the gradient has the same size however close "
                                "you are.")),
    Loss("huber", tr_noop("Losses", "Huber"),
         tr_noop("Formulas", "L = (1/k)·Σ ½e² if |e| ≤ δ, else δ·|e| − ½δ²   (e = ŷ − y)"),
         tr_noop("Formulas", "∂L/∂ŷ = e/k if |e| ≤ δ, else δ·sign(e)/k"), "regression", "linear",
         _huber,
         _huber_gradient, params=(_delta(),), keras_function="huber",
         note=tr_noop("Losses", "MSE near the target, MAE far away: robust and smooth.")),
    Loss("log_cosh", tr_noop("Losses", "Log-cosh"),
         "L = (1/k)·Σ log(cosh(ŷ − y))", "∂L/∂ŷ = tanh(ŷ − y) / k",
         "regression", "linear", _log_cosh, lambda t, p: np.tanh(p - t) / _count(p),
         keras_function="log_cosh", note=tr_noop("Losses", "≈ ½e² for small errors, ≈ |e| − log 2 "
                                                           "for large.")),
    Loss("binary_crossentropy", tr_noop("Losses", "Binary cross-entropy"),
         tr_noop("Formulas", "L = −(1/k)·Σ [y·log p + (1 − y)·log(1 − p)],  "
                             "p = clip(ŷ, ε, 1 − ε), ε = 1e−7  (from logits: p = σ(ŷ))"),
         tr_noop("Formulas", "∂L/∂ŷ = (p − y) / (p·(1 − p)·k)   (from logits: (σ(ŷ) − y) / k)"),
         "binary",
         "sigmoid", _bce, _bce_gradient, params=(_from_logits(),),
         keras_function="binary_crossentropy",
         note=tr_noop("Losses", "−log p explodes as the probability of the true class goes to 0: "
                                "confident "
              "mistakes cost a lot.")),
    Loss("categorical_crossentropy", tr_noop("Losses", "Categorical cross-entropy"),
         tr_noop("Formulas", "L = −Σᵢ yᵢ·log pᵢ,  p = clip(ŷ/Σŷ, ε, 1 − ε)  "
                             "(from logits: p = softmax(ŷ))"),
         tr_noop("Formulas", "∂L/∂ŷᵢ = −yᵢ/ŷᵢ + Σy/Σŷ   (from logits: softmax(ŷ)ᵢ·Σy − yᵢ)"),
         "multiclass_onehot",
         "softmax", _cce, _cce_gradient, params=(_from_logits(),),
         keras_function="categorical_crossentropy",
         note=tr_noop("Losses", "Only the predicted probability of the true class matters: L = "
                                "−log p_true.")),
    Loss("sparse_categorical_crossentropy", tr_noop("Losses", "Sparse categorical cross-entropy"),
         tr_noop("Formulas", "L = −log p_c  for the integer label c,  "
                             "p = clip(ŷ, ε, 1 − ε) renormalised"),
         tr_noop("Formulas", "∂L/∂ŷᵢ = 1/Σp − [i = c]/p_c   (from logits: softmax(ŷ)ᵢ − [i = c])"),
         "multiclass_integer", "softmax", _scce, _scce_gradient, params=(_from_logits(),),
         keras_function="sparse_categorical_crossentropy", sparse=True,
         note=tr_noop("Losses", "The same number as categorical cross-entropy, with labels 0…k−1 "
                                "instead of "
              "one-hot vectors.")),
    Loss("hinge", tr_noop("Losses", "Hinge"),
         tr_noop("Formulas", "L = (1/k)·Σ max(0, 1 − y·ŷ),  y ∈ {−1, 1} (0/1 converted)"),
         tr_noop("Formulas", "∂L/∂ŷ = −y/k where y·ŷ < 1, else 0"), "binary",
         tr_noop("Losses", "linear or tanh (a score)"), _hinge,
         _hinge_gradient, keras_function="hinge",
         note=tr_noop("Losses", "The SVM's margin loss: zero once the score is on the right side "
                                "by 1.")),
    Loss("squared_hinge", tr_noop("Losses", "Squared hinge"), "L = (1/k)·Σ max(0, 1 − y·ŷ)²",
         "∂L/∂ŷ = −2y·max(0, 1 − y·ŷ) / k", "binary",
         tr_noop("Losses", "linear or tanh (a score)"), _squared_hinge, _squared_hinge_gradient,
         keras_function="squared_hinge", note=tr_noop("Losses", "A smooth hinge: mistakes cost "
                                                                "quadratically.")),
)

LOSSES: dict[str, Loss] = {loss.name: loss for loss in _LOSSES}
ALIASES = {"mean_squared_error": "mse", "mean_absolute_error": "mae", "logcosh": "log_cosh"}


def get_loss(name: str) -> Loss:
    """Look up by Keras name or alias (``mean_squared_error`` → ``mse``), with a clear error."""
    key = ALIASES.get(name, name)
    if key not in LOSSES:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(LOSSES)}")
    return LOSSES[key]
