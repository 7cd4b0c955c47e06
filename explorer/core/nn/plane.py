"""Evaluating a network's loss on a slice through its weights, many points per TensorFlow call.

An :class:`Objective` is what L(θ) means (Dense layers, the Keras loss, the data); a
:class:`Plane` adds the :class:`~explorer.core.nn.directions.Directions`, so that
``L(a, b) = loss(origin + a·d1 + b·d2)``. The weights of a whole chunk of points are built at once
from their coefficients ``[1, a, b]`` (one matmul with the stacked basis per weight array), the
Dense layers run as batched matmuls over a leading point axis, with ``keras.activations`` and
``keras.losses`` applied by name, so values agree with ``model.evaluate``. The first layer is
linear in (a, b), so ``x @ kernel`` is taken once per basis vector. The compiled function takes
the slice's tensors as arguments: one trace per model shape serves every slice.

:func:`naive_grid` is the slow reference (``set_weights`` + ``evaluate`` per point) for the tests
and the bench. TensorFlow is imported when an evaluation starts, never on import.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from explorer.core.nn.directions import Directions
from explorer.core.nn.trajectory import unflatten

__all__ = ["MEMORY_BUDGET", "SPLITS", "Objective", "Plane", "SliceFunction", "Split",
           "naive_grid"]

Split = Literal["train", "test"]
SPLITS: tuple[Split, ...] = ("train", "test")
MEMORY_BUDGET = 256 * 2**20  # bytes of intermediate tensors per chunk


def _import_tf() -> Any:
    from explorer.core.nn.model import import_keras

    import_keras()
    import tensorflow as tf

    return tf


@dataclass(frozen=True, eq=False)
class Objective:
    """What L(θ) means: Dense layers (weight shapes, activations), the Keras loss and the data.

    ``y`` is encoded as the loss needs it (``explorer.core.nn.model.encode_targets``).
    """

    shapes: tuple[tuple[int, ...], ...]
    activations: tuple[str, ...]
    loss: str
    encoding: str
    accuracy: bool
    x: np.ndarray
    y: np.ndarray
    split: str = "train"
    label: str = ""
    data_name: str = ""

    @classmethod
    def from_session(cls, session: Any, split: Split = "train", *,
                     max_samples: int | None = None, seed: int = 0) -> Objective:
        """A TrainingSession's model and data: ``train`` = the samples ``fit`` trains on (without
        a validation part), ``test`` = the test split; at most ``max_samples`` of them (a seeded
        random subset, in order) to bound the time a large data set takes."""
        from explorer.core.nn.model import encode_targets

        if split not in SPLITS:
            raise ValueError(f"split must be 'train' or 'test', not {split!r}")
        arch, data = session.architecture, session.dataset
        x, y = ((data.x_train[:session.n_fit], data.y_train[:session.n_fit]) if split == "train"
                else (data.x_test, data.y_test))
        if len(x) == 0:
            raise ValueError(f"the {split} split is empty")
        if max_samples is not None and len(x) > max_samples:
            rows = np.sort(np.random.default_rng(seed).choice(len(x), max_samples, replace=False))
            x, y = x[rows], y[rows]
        dense = arch.dense_layers
        shapes = tuple(s for layer in dense for s in ((layer.inputs, layer.units), (layer.units,)))
        label = "→".join(str(n) for n in (arch.n_inputs, *(layer.units for layer in dense)))
        return cls(shapes, tuple(layer.activation for layer in dense), arch.loss, arch.encoding,
                   "accuracy" in arch.metrics, np.ascontiguousarray(x, dtype=np.float32),
                   encode_targets(arch, y), split, label, data.name)

    @property
    def n_params(self) -> int:
        return sum(math.prod(s) for s in self.shapes)

    def bytes_per_point(self, itemsize: int = 4) -> int:
        """Memory one grid point needs in a batched evaluation (weights + activations, with
        room for the temporaries of matmul, bias add, activation and loss)."""
        units = sum(s[-1] for s in self.shapes[0::2])
        return itemsize * (2 * self.n_params + 4 * len(self.x) * units)


_FUNCTIONS: dict[tuple[Any, ...], Any] = {}  # compiled per architecture, shared by all slices
_FUNCTIONS_LOCK = threading.Lock()


def _compiled(objective: Objective, dtype: np.dtype, k: int, gradient: bool) -> Any:
    """The tf.function computing (loss, accuracy) — or (loss, ∂loss/∂coefficients) — for a
    chunk of coefficient rows. The slice's tensors are arguments, not captured constants, so
    one trace (≈ 0.5 s) serves every slice of a model of this shape."""
    obj = objective
    key = (obj.shapes, obj.activations, obj.loss, obj.encoding, obj.accuracy, dtype.str, k,
           gradient)
    with _FUNCTIONS_LOCK:
        if key in _FUNCTIONS:
            return _FUNCTIONS[key]
        tf = _import_tf()
        from explorer.core.nn.model import import_keras

        keras = import_keras()
        dt = tf.as_dtype(dtype)
        activations = [keras.activations.get(name) for name in obj.activations]
        loss_fn = keras.losses.get(obj.loss)
        first = obj.shapes[0][1]

        def forward(coeffs: Any, xw: Any, stacks: Any, y: Any) -> tuple[Any, Any]:
            g, n = tf.shape(coeffs)[0], tf.shape(y)[0]
            h = tf.reshape(coeffs @ xw, (g, n, first))
            h = activations[0](h + tf.reshape(coeffs @ stacks[0], (g, 1, first)))
            for layer in range(1, len(activations)):
                n_in, units = obj.shapes[2 * layer]
                kernel = tf.reshape(coeffs @ stacks[2 * layer - 1], (g, n_in, units))
                bias = tf.reshape(coeffs @ stacks[2 * layer], (g, 1, units))
                h = activations[layer](tf.matmul(h, kernel) + bias)
            target = tf.broadcast_to(y, tf.concat([[g], tf.shape(y)], 0))
            loss = tf.reduce_mean(loss_fn(target, h), axis=1)
            if not obj.accuracy:
                return loss, loss
            if obj.encoding == "value":
                hit = tf.equal(target, tf.cast(h > 0.5, target.dtype))
            elif obj.encoding == "index":
                hit = tf.equal(tf.cast(target, tf.int64), tf.argmax(h, axis=-1))
            else:
                hit = tf.equal(tf.argmax(target, axis=-1), tf.argmax(h, axis=-1))
            return loss, tf.reduce_mean(tf.reshape(tf.cast(hit, dt), (g, -1)), axis=1)

        def value_and_gradient(coeffs: Any, xw: Any, stacks: Any, y: Any) -> tuple[Any, Any]:
            with tf.GradientTape() as tape:
                tape.watch(coeffs)
                loss = forward(coeffs, xw, stacks, y)[0]
                total = tf.reduce_sum(loss)  # points are independent: ∂total/∂c_g per row
            return loss, tape.gradient(total, coeffs)

        y_spec = tf.TensorSpec([None, *((obj.y.shape[1],) if obj.y.ndim == 2 else ())],
                               tf.int32 if obj.encoding == "index" else dt)
        signature = [tf.TensorSpec([None, k], dt), tf.TensorSpec([k, None], dt),
                     [tf.TensorSpec([k, math.prod(shape)], dt) for shape in obj.shapes[1:]],
                     y_spec]
        function = tf.function(value_and_gradient if gradient else forward,
                               input_signature=signature)
        _FUNCTIONS[key] = function
        return function


class _Evaluator:
    """L (and accuracy, or the gradient) at many (a, b) in one TensorFlow call per chunk."""

    def __init__(self, objective: Objective, directions: Directions, dtype: str) -> None:
        self.objective, self.directions, self.dtype = objective, directions, np.dtype(dtype)
        self._tensors: tuple[Any, ...] | None = None
        self._lock = threading.Lock()

    @property
    def k(self) -> int:
        return 1 + self.directions.dim

    def max_chunk(self, budget: int) -> int:
        return max(1, int(budget // self.objective.bytes_per_point(self.dtype.itemsize)))

    def coefficients(self, a: np.ndarray, b: np.ndarray | None) -> np.ndarray:
        columns = [np.ones_like(a), a] + ([] if self.directions.d2 is None else [b])
        return np.stack(columns, axis=-1).astype(self.dtype)

    def _arguments(self) -> tuple[Any, ...]:
        """(x @ kernel₀ per basis vector, the other weights stacked per basis vector, y)."""
        with self._lock:
            if self._tensors is None:
                tf = _import_tf()
                obj, dirs = self.objective, self.directions
                vectors = [dirs.origin, *dirs.basis]
                parts = [unflatten(v.astype(self.dtype), obj.shapes) for v in vectors]
                stacks = [tf.constant(np.stack([p[i].reshape(-1) for p in parts]))
                          for i in range(len(obj.shapes))]  # per weight array: (k, size)
                n_in, first = obj.shapes[0]
                kernels = tf.reshape(stacks[0], (self.k, n_in, first))
                x = tf.constant(np.asarray(obj.x, self.dtype))
                # The first layer is linear in the coefficients: x @ kernel once per vector.
                xw = tf.reshape(tf.einsum("ni,kio->kno", x, kernels), (self.k, -1))
                y = tf.constant(obj.y if obj.encoding == "index" else obj.y.astype(self.dtype))
                self._tensors = (xw, stacks[1:], y)
            return self._tensors

    def prepare(self, gradient: bool = False) -> None:
        """Import TensorFlow, build the tensors and trace the function (≈ 0.5 s the first time
        for a model of this shape, nothing afterwards)."""
        _compiled(self.objective, self.dtype, self.k, gradient).get_concrete_function()
        self._arguments()

    def evaluate(self, coeffs: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(loss, accuracy or None) at coefficient rows ``[1, a(, b)]``."""
        function = _compiled(self.objective, self.dtype, self.k, gradient=False)
        loss, accuracy = function(coeffs, *self._arguments())
        return loss.numpy(), accuracy.numpy() if self.objective.accuracy else None

    def value_and_gradient(self, coeffs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(loss (g,), ∂loss/∂(a, b) (g, dim)) by autodiff."""
        function = _compiled(self.objective, self.dtype, self.k, gradient=True)
        loss, grad = function(coeffs, *self._arguments())
        return loss.numpy(), grad.numpy()[:, 1:]


@dataclass(frozen=True, eq=False)
class Plane:
    """A slice before (or after) it is computed: the objective and the directions."""

    objective: Objective
    directions: Directions
    _evaluators: dict[str, _Evaluator] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.directions.origin.size != self.objective.n_params:
            raise ValueError(f"the directions have {self.directions.origin.size} numbers but "
                             f"the model has {self.objective.n_params} parameters")

    def evaluator(self, dtype: str = "float32") -> _Evaluator:
        if dtype not in self._evaluators:
            self._evaluators[dtype] = _Evaluator(self.objective, self.directions, dtype)
        return self._evaluators[dtype]

    def evaluate(self, a: Any, b: Any = None, *, dtype: str = "float32",
                 memory_budget: int = MEMORY_BUDGET) -> tuple[np.ndarray, np.ndarray | None]:
        """Loss (and accuracy) at points (a, b) (broadcast; b ignored for a line), chunked."""
        evaluator = self.evaluator(dtype)
        a_arr, b_arr = np.broadcast_arrays(np.asarray(a, float), np.asarray(0.0 if b is None
                                                                              else b, float))
        coeffs = evaluator.coefficients(a_arr.ravel(), b_arr.ravel())
        step = evaluator.max_chunk(memory_budget)
        parts = [evaluator.evaluate(coeffs[i:i + step]) for i in range(0, len(coeffs), step)]
        loss = np.concatenate([p[0] for p in parts]).reshape(a_arr.shape)
        acc = (np.concatenate([p[1] for p in parts]).reshape(a_arr.shape)  # type: ignore[misc]
               if self.objective.accuracy else None)
        return loss, acc


def naive_grid(model: Any, objective: Objective, directions: Directions, a: np.ndarray,
               b: np.ndarray | None = None, *, limit: int | None = None
               ) -> tuple[np.ndarray, np.ndarray | None]:
    """The slow reference: ``model.set_weights(θ(a, b))`` + ``model.evaluate`` per grid point
    (row-major like the Landscape; only the first ``limit`` points, the rest NaN). The model
    (a compiled Keras model with the objective's layers) gets its weights back afterwards."""
    grid_a, grid_b = np.meshgrid(a, b) if b is not None else (np.asarray(a), None)
    flat_a = grid_a.ravel()
    flat_b = np.zeros_like(flat_a) if grid_b is None else grid_b.ravel()
    count = len(flat_a) if limit is None else min(limit, len(flat_a))
    loss = np.full(len(flat_a), np.nan, dtype=np.float32)
    accuracy = loss.copy() if objective.accuracy else None
    saved = model.get_weights()
    try:
        for k in range(count):
            model.set_weights(unflatten(directions.point(flat_a[k], flat_b[k]), objective.shapes))
            result = model.evaluate(objective.x, objective.y, batch_size=len(objective.x),
                                    verbose=0, return_dict=True)
            loss[k] = result["loss"]
            if accuracy is not None:
                accuracy[k] = result["accuracy"]
    finally:
        model.set_weights(saved)
    return loss.reshape(grid_a.shape), None if accuracy is None else accuracy.reshape(
        grid_a.shape)


class SliceFunction:
    """value_xy / gradient_xy of a Surface, through TF in float64. Every call computes value and
    gradient together, and the last few results are kept: a race asks each racer's gradient
    where it just asked that racer's value, so a step costs one TensorFlow call per racer."""

    CACHED = 32

    def __init__(self, plane: Plane, budget: int = MEMORY_BUDGET) -> None:
        self.plane, self.budget = plane, budget
        self.evaluator = plane.evaluator("float64")
        self._cache: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def _both(self, coords: tuple[Any, ...]) -> tuple[np.ndarray, np.ndarray]:
        arrays = np.broadcast_arrays(*(np.asarray(c, dtype=np.float64) for c in coords))
        key = b"|".join([repr(arrays[0].shape).encode(), *(x.tobytes() for x in arrays)])
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        flat = [x.ravel() for x in arrays]
        coeffs = self.evaluator.coefficients(flat[0], flat[1] if len(flat) > 1 else None)
        step = self.evaluator.max_chunk(self.budget // 3)
        parts = [self.evaluator.value_and_gradient(coeffs[i:i + step])
                 for i in range(0, len(coeffs), step)]
        values = np.concatenate([p[0] for p in parts]).reshape(arrays[0].shape)
        grads = np.concatenate([p[1] for p in parts]).reshape(*arrays[0].shape, len(coords))
        with self._lock:
            self._cache[key] = (values, grads)
            while len(self._cache) > self.CACHED:
                del self._cache[next(iter(self._cache))]
        return values, grads

    def value(self, *coords: Any) -> np.ndarray:
        return self._both(coords)[0]

    def gradient(self, *coords: Any) -> tuple[np.ndarray, ...]:
        grads = self._both(coords)[1]
        return tuple(grads[..., d] for d in range(grads.shape[-1]))
