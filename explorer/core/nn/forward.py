"""A numpy forward pass through copied Dense weights: what the live views draw, without TF.

The training thread copies the weights for every snapshot anyway (the weights view needs them),
so evaluating the decision-boundary grid, the hidden-neuron maps and predicted-vs-target from
those copies costs a few hundred microseconds and never calls into Keras in the middle of
``fit``. The activations follow ``keras.activations`` (Keras 3, TensorFlow backend) in float32;
a test checks this pass against ``model.predict`` for every activation the form offers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

Array = np.ndarray
DenseWeights = tuple[Array, Array]  # (kernel (inputs, units), bias (units,))

CHUNK_ROWS = 1024  # rows per chunk: a layer's temporaries stay within a few tens of KB
SELU_ALPHA = np.float32(1.6732632423543772848170429916717)
SELU_SCALE = np.float32(1.0507009873554804934193349852946)


def _sigmoid(x: Array) -> Array:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # overflow-free form of 1 / (1 + e⁻ˣ)


def _erf(x: Array) -> Array:
    """erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below float32 resolution here)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                                                       + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _softmax(x: Array) -> Array:
    shifted = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return shifted / np.sum(shifted, axis=-1, keepdims=True)


def _elu(x: Array) -> Array:
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))


ACTIVATION_FUNCTIONS: dict[str, Callable[[Array], Array]] = {
    "relu": lambda x: np.maximum(x, 0),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "softmax": _softmax,
    "linear": lambda x: x,
    "elu": _elu,
    "selu": lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0))),
    "gelu": lambda x: 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476))),
    "silu": lambda x: x * _sigmoid(x),
    "swish": lambda x: x * _sigmoid(x),
    "softplus": lambda x: np.logaddexp(np.float32(0), x),
    "softsign": lambda x: x / (1.0 + np.abs(x)),
    "leaky_relu": lambda x: np.where(x > 0, x, np.float32(0.2) * x),
    "relu6": lambda x: np.clip(x, 0, 6),
    "hard_sigmoid": lambda x: np.clip(x + 3.0, 0, 6) / 6.0,
    "exponential": np.exp,
}


def forward(weights: Sequence[DenseWeights], activations: Sequence[str], x: Array,
            layers: int | None = None) -> Array:
    """Outputs of the first ``layers`` Dense layers (all by default) for inputs ``x``, float32.

    Dropout layers are the identity at inference, so only Dense weights matter. Large inputs
    go through in chunks of ``CHUNK_ROWS``, so a layer's temporaries stay at tens of KB (the
    decision grid's 6,400 points in one piece made ~200 KB per layer on the training thread,
    ~16 times a second; a test set of 10,000 MNIST images, 2.5 MB).
    """
    x = np.asarray(x, dtype=np.float32)
    count = len(weights) if layers is None else layers
    stack = list(zip(weights, activations, strict=True))[:count]
    with np.errstate(over="ignore", invalid="ignore"):
        if len(x) <= CHUNK_ROWS:
            return _layers(stack, x)
        (last_kernel, _), _ = stack[-1]
        out = np.empty((len(x), last_kernel.shape[1]), dtype=np.float32)
        for start in range(0, len(x), CHUNK_ROWS):
            out[start:start + CHUNK_ROWS] = _layers(stack, x[start:start + CHUNK_ROWS])
    return out


def _layers(stack: Sequence[tuple[DenseWeights, str]], x: Array) -> Array:
    out = x
    for (kernel, bias), name in stack:
        z = out @ kernel
        z += bias  # in place: one temporary fewer per layer
        out = ACTIVATION_FUNCTIONS[name](z).astype(np.float32, copy=False)
    return out


def grid_points(extent: tuple[tuple[float, float], tuple[float, float]], size: int) -> Array:
    """``size × size`` points covering ``extent`` row by row: point ``i * size + j`` is
    ``(xs[j], ys[i])``, so a result reshaped to ``(size, size)`` is a row-major image whose
    rows go up in y (pyqtgraph ``axisOrder="row-major"``)."""
    (x0, x1), (y0, y1) = extent
    xs = np.linspace(x0, x1, size, dtype=np.float32)
    ys = np.linspace(y0, y1, size, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys, indexing="xy")
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def data_extent(*arrays: Array, margin: float = 0.25) -> tuple[tuple[float, float],
                                                                  tuple[float, float]]:
    """Bounding box of 2-D points with ``margin`` × span added on every side (span ≥ 1e-3)."""
    points = np.concatenate([np.asarray(a, dtype=np.float64).reshape(-1, 2) for a in arrays])
    lo, hi = points.min(axis=0), points.max(axis=0)
    span = np.maximum(hi - lo, 1e-3)
    lo, hi = lo - margin * span, hi + margin * span
    return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))
