"""What a Training Lab model is, as plain data: layers, loss, optimizer, fit settings.

No TensorFlow here: the form, the scene file, the presets and the summary table (the
``model.summary()`` arithmetic ``(inputs + 1) × units``) all work before Keras is imported, so
the lab can show a model's size while the user is still typing. ``explorer.core.nn.model`` turns
a :class:`ModelSpec` into a ``keras.Sequential``; everything it needs to decide (how many output
units, which activation, how labels are encoded) is decided here, once, by :meth:`resolve`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from explorer.core.i18n import tr_noop
from explorer.core.optim import OPTIMIZERS
from explorer.core.scene import SceneError

__all__ = [
    "ACTIVATIONS", "BATCH_SIZE_RANGE", "EPOCHS_RANGE", "LOSSES", "METRICS", "TASKS",
    "Architecture", "LayerSpec", "ModelSpec", "ResolvedLayer", "Summary", "SummaryRow", "summarize",
]

Task = Literal["binary", "multiclass", "regression"]
Encoding = Literal["value", "index", "one_hot"]

TASKS = ("binary", "multiclass", "regression")
# The Keras activations the form offers (keras.activations names; a test checks each exists).
ACTIVATIONS = ("relu", "sigmoid", "tanh", "softmax", "linear", "elu", "selu", "gelu", "silu",
               "swish", "softplus", "softsign", "leaky_relu", "relu6", "hard_sigmoid",
               "exponential")
LOSSES = ("mse", "mae", "binary_crossentropy", "categorical_crossentropy",
          "sparse_categorical_crossentropy")
CROSS_ENTROPIES = LOSSES[2:]
METRICS = ("accuracy", "mae", "mse")
MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 4096
BATCH_SIZE_RANGE = (1, 1_000_000)
EPOCHS_RANGE = (1, 1_000_000)


# Why a model form cannot fit its data (what a student can run into), marked for translation:
# the lab translates the message by its template.
NEEDS_LABELS = tr_noop("Model", "loss {loss} needs class labels; use mse or mae for regression")
SOFTMAX_ONE_UNIT = tr_noop("Model", "softmax over one output unit is constant (always 1); use "
                           "sigmoid (or a categorical cross-entropy loss, which gives one unit "
                           "per class)")
ACCURACY_NEEDS_LABELS = tr_noop("Model", "metric 'accuracy' needs class labels; use mae or mse "
                                "for regression")
MESSAGES = (NEEDS_LABELS, SOFTMAX_ONE_UNIT, ACCURACY_NEEDS_LABELS)


def _error(where: str, message: str) -> SceneError:
    return SceneError(f"{where}: {message}")


def _check_layer(units: Any, activation: Any, dropout: Any, where: str) -> None:
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
        raise _error(where, f"'units' must be an integer 1–{MAX_UNITS}, not {units!r}")
    if activation not in ACTIVATIONS:
        raise _error(where, f"unknown activation {activation!r}; choose one of "
                            f"{', '.join(ACTIVATIONS)}")
    if not _is_number(dropout) or not 0 <= dropout < 1:
        raise _error(where, f"'dropout' must be a rate 0 ≤ r < 1, not {dropout!r}")


def _typed(data: dict[str, Any], key: str, kinds: type | tuple[type, ...], where: str) -> Any:
    value = data[key]
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
        names = {int: "an integer", float: "a number", str: "text", list: "a list",
                 type(None): "null"}
        wanted = " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))
        raise _error(where, f"'{key}' must be {wanted}, not {value!r}")
    return value


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _check_int(where: str, name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _error(where, f"'{name}' must be an integer {low}–{high:,}, not {value!r}")


@dataclass(frozen=True)
class LayerSpec:
    """One hidden ``Dense`` layer, optionally followed by ``Dropout(rate)`` (0 = none)."""

    units: int
    activation: str = "relu"
    dropout: float = 0.0

    def __post_init__(self) -> None:
        self.check("hidden layer")

    def check(self, where: str) -> None:
        _check_layer(self.units, self.activation, self.dropout, where)

    def to_dict(self) -> dict[str, Any]:
        return {"units": self.units, "activation": self.activation, "dropout": self.dropout}


@dataclass(frozen=True)
class ResolvedLayer:
    """A Keras layer as the model will have it: name, kind, shape and parameter count."""

    name: str
    kind: Literal["Dense", "Dropout"]
    inputs: int
    units: int
    activation: str = ""
    rate: float = 0.0

    @property
    def params(self) -> int:
        return (self.inputs + 1) * self.units if self.kind == "Dense" else 0

    @property
    def arithmetic(self) -> str:
        if self.kind == "Dense":
            return f"({self.inputs} + 1) × {self.units} = {self.params:,}"
        return f"rate {self.rate:g}: no parameters"


@dataclass(frozen=True)
class Architecture:
    """A spec resolved against a data set's shape: every choice ``None`` left open is made."""

    n_inputs: int
    task: Task
    n_classes: int
    layers: tuple[ResolvedLayer, ...]
    loss: str
    metrics: tuple[str, ...]
    encoding: Encoding  # how targets are fed to Keras: values (n, 1), indices (n,), one-hot

    @property
    def dense_layers(self) -> tuple[ResolvedLayer, ...]:
        return tuple(layer for layer in self.layers if layer.kind == "Dense")

    @property
    def output(self) -> ResolvedLayer:
        return self.dense_layers[-1]

    @property
    def output_units(self) -> int:
        return self.output.units

    @property
    def n_params(self) -> int:
        return sum(layer.params for layer in self.layers)


@dataclass(frozen=True)
class ModelSpec:
    """A ``Sequential`` of Dense layers and how to compile and fit it.

    ``None`` means "follows the task": the output activation (sigmoid for binary with one unit,
    softmax for several units, linear for regression), the loss (binary/categorical
    cross-entropy, mse), the learning rate (Keras's default for the optimizer) and the metrics
    (accuracy, or mae for regression). Output units follow the loss: one for binary tasks
    unless the loss is a categorical cross-entropy (then two, one per class).
    """

    hidden: tuple[LayerSpec, ...] = (LayerSpec(8),)
    output_activation: str | None = None
    loss: str | None = None
    optimizer: str = "adam"
    learning_rate: float | None = None
    metrics: tuple[str, ...] | None = None
    batch_size: int = 32
    epochs: int = 100
    validation_split: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(self.hidden))
        if self.metrics is not None:
            object.__setattr__(self, "metrics", tuple(self.metrics))
        self.check()

    # --- validation ---------------------------------------------------------------------------

    def check(self, where: str = "model") -> None:
        """Raise :class:`SceneError` (a ValueError) naming the first field that is wrong."""
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise _error(where, f"at most {MAX_HIDDEN_LAYERS} hidden layers, not "
                                f"{len(self.hidden)}")
        for i, layer in enumerate(self.hidden):
            if not isinstance(layer, LayerSpec):
                raise _error(where, f"hidden layer {i + 1} must be a LayerSpec")
            layer.check(f"{where}, hidden layer {i + 1}")
        if self.output_activation is not None and self.output_activation not in ACTIVATIONS:
            raise _error(where, f"unknown output_activation {self.output_activation!r}; choose "
                                f"one of {', '.join(ACTIVATIONS)}")
        if self.loss is not None and self.loss not in LOSSES:
            raise _error(where, f"unknown loss {self.loss!r}; choose one of {', '.join(LOSSES)}")
        if self.optimizer not in OPTIMIZERS:
            raise _error(where, f"unknown optimizer {self.optimizer!r}; choose one of "
                                f"{', '.join(OPTIMIZERS)}")
        lr = self.learning_rate
        if lr is not None and (not _is_number(lr) or not 0 < lr <= 1e6):
            raise _error(where, f"'learning_rate' must be a number > 0 (at most 1e6), not {lr!r}")
        if self.metrics is not None:
            for metric in self.metrics:
                if metric not in METRICS:
                    raise _error(where, f"unknown metric {metric!r}; choose from "
                                        f"{', '.join(METRICS)}")
        _check_int(where, "batch_size", self.batch_size, *BATCH_SIZE_RANGE)
        _check_int(where, "epochs", self.epochs, *EPOCHS_RANGE)
        _check_int(where, "seed", self.seed, 0, 2**32 - 1)
        split = self.validation_split
        if not _is_number(split) or not 0 <= split < 1:
            raise _error(where, f"'validation_split' must be 0 ≤ v < 1, not {split!r}")

    @property
    def effective_learning_rate(self) -> float:
        """The learning rate in use: the spec's, or Keras's default for the optimizer."""
        if self.learning_rate is not None:
            return float(self.learning_rate)
        return float(OPTIMIZERS[self.optimizer].defaults()["learning_rate"])

    def with_changes(self, **changes: Any) -> ModelSpec:
        return replace(self, **changes)

    # --- resolution against a data set --------------------------------------------------------

    def resolve(self, n_features: int, task: str, n_classes: int = 0) -> Architecture:
        """Decide output units, activation, loss, metrics and label encoding for this data."""
        where = "model"
        if task not in TASKS:
            raise _error(where, f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
        if not isinstance(n_features, int) or n_features < 1:
            raise _error(where, f"the data needs at least one feature, not {n_features!r}")
        if task != "regression" and n_classes < 2:
            raise _error(where, f"a {task} task needs at least 2 classes, not {n_classes}")
        loss = self.loss or {"binary": "binary_crossentropy", "multiclass":
                             "categorical_crossentropy", "regression": "mse"}[task]
        if task == "regression" and loss in CROSS_ENTROPIES:
            raise _error(where, NEEDS_LABELS.format(loss=loss))
        categorical = loss in ("categorical_crossentropy", "sparse_categorical_crossentropy")
        if task == "regression" or (task == "binary" and not categorical):
            units, encoding = 1, "value"
        else:
            units = n_classes
            encoding = "index" if loss == "sparse_categorical_crossentropy" else "one_hot"
        activation = self.output_activation or (
            "linear" if task == "regression" else "sigmoid" if units == 1 else "softmax")
        if activation == "softmax" and units == 1:
            raise _error(where, SOFTMAX_ONE_UNIT)
        metrics = self.metrics if self.metrics is not None else (
            ("mae",) if task == "regression" else ("accuracy",))
        if task == "regression" and "accuracy" in metrics:
            raise _error(where, ACCURACY_NEEDS_LABELS)
        layers: list[ResolvedLayer] = []
        inputs = n_features
        for i, layer in enumerate(self.hidden, start=1):
            layers.append(ResolvedLayer(f"hidden_{i}", "Dense", inputs, layer.units,
                                        layer.activation))
            if layer.dropout > 0:
                layers.append(ResolvedLayer(f"dropout_{i}", "Dropout", layer.units, layer.units,
                                            rate=layer.dropout))
            inputs = layer.units
        layers.append(ResolvedLayer("output", "Dense", inputs, units, activation))
        return Architecture(n_features, task, n_classes, tuple(layers), loss,  # type: ignore[arg-type]
                            tuple(metrics), encoding)  # type: ignore[arg-type]

    # --- scene I/O ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "hidden": [layer.to_dict() for layer in self.hidden],
            "output_activation": self.output_activation,
            "loss": self.loss,
            "optimizer": self.optimizer,
            "learning_rate": self.learning_rate,
            "metrics": list(self.metrics) if self.metrics is not None else None,
            "batch_size": self.batch_size,
            "epochs": self.epochs,
            "validation_split": self.validation_split,
            "seed": self.seed,
        }

    @classmethod
    def from_dict(cls, data: Any, where: str = "training lab model") -> ModelSpec:
        """Validate everything first; raise SceneError naming the field. Missing keys default."""
        if not isinstance(data, dict):
            raise _error(where, "must be an object")
        known = set(cls().to_dict())
        unknown = sorted(set(data) - known)
        if unknown:
            raise _error(where, f"unknown field {unknown[0]!r}")
        values: dict[str, Any] = {}
        if "hidden" in data:
            if not isinstance(data["hidden"], list):
                raise _error(where, "'hidden' must be a list of layers")
            values["hidden"] = tuple(_layer_from_dict(item, f"{where}, hidden layer {i + 1}")
                                     for i, item in enumerate(data["hidden"]))
        for name in ("output_activation", "loss"):
            if name in data:
                values[name] = _typed(data, name, (str, type(None)), where)
        if "optimizer" in data:
            values["optimizer"] = _typed(data, "optimizer", str, where)
        if "learning_rate" in data:
            values["learning_rate"] = _typed(data, "learning_rate", (int, float, type(None)),
                                             where)
        if "metrics" in data:
            metrics = _typed(data, "metrics", (list, type(None)), where)
            if metrics is not None and not all(isinstance(m, str) for m in metrics):
                raise _error(where, "'metrics' must be a list of names")
            values["metrics"] = tuple(metrics) if metrics is not None else None
        for name in ("batch_size", "epochs", "seed"):
            if name in data:
                values[name] = _typed(data, name, int, where)
        if "validation_split" in data:
            values["validation_split"] = float(_typed(data, "validation_split", (int, float),
                                                      where))
        try:
            return cls(**values)
        except SceneError as error:  # re-label "model: ..." with the caller's location
            raise _error(where, str(error).removeprefix("model: ")) from None


def _layer_from_dict(data: Any, where: str) -> LayerSpec:
    if not isinstance(data, dict):
        raise _error(where, "must be an object with 'units', 'activation' and 'dropout'")
    unknown = sorted(set(data) - {"units", "activation", "dropout"})
    if unknown:
        raise _error(where, f"unknown field {unknown[0]!r}")
    units = _typed(data, "units", int, where)
    activation = _typed(data, "activation", str, where) if "activation" in data else "relu"
    dropout = _typed(data, "dropout", (int, float), where) if "dropout" in data else 0.0
    _check_layer(units, activation, dropout, where)  # first, so the message says which layer
    return LayerSpec(units, activation, float(dropout))


# --- the summary table -----------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    """One line of ``model.summary()``, plus the arithmetic the course writes beside it."""

    name: str
    kind: str
    output_shape: tuple[int | None, ...]
    params: int
    arithmetic: str

    @property
    def shape_text(self) -> str:
        return "(" + ", ".join("None" if d is None else str(d) for d in self.output_shape) + ")"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.kind, "output_shape": list(self.output_shape),
                "params": self.params, "arithmetic": self.arithmetic}


@dataclass(frozen=True)
class Summary:
    """The summary table of a resolved model, computed without TensorFlow."""

    input_shape: tuple[int | None, ...]
    rows: tuple[SummaryRow, ...] = field(default_factory=tuple)

    @property
    def total_params(self) -> int:
        return sum(row.params for row in self.rows)

    def to_dict(self) -> dict[str, Any]:
        return {"input_shape": list(self.input_shape), "layers": [r.to_dict() for r in self.rows],
                "total_params": self.total_params}

    def text(self) -> str:
        """A fixed-width table like Keras's ``model.summary()``."""
        header = ("Layer (type)", "Output Shape", "Param #", "(inputs + 1) × units")
        lines = [(f"{r.name} ({r.kind})", r.shape_text, f"{r.params:,}", r.arithmetic)
                 for r in self.rows]
        widths = [max(len(row[i]) for row in [header, *lines]) for i in range(4)]

        def fmt(cells: tuple[str, ...]) -> str:
            return "  ".join(c.ljust(w) if i != 2 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

        rule = "─" * (sum(widths) + 2 * (len(widths) - 1))
        input_text = "(" + ", ".join("None" if d is None else str(d)
                                     for d in self.input_shape) + ")"
        return "\n".join([f"Input shape: {input_text}", rule, fmt(header), rule,
                          *(fmt(line) for line in lines), rule,
                          f"Total params: {self.total_params:,}"])


def summarize(architecture: Architecture) -> Summary:
    """The ``model.summary()`` rows of an architecture: parameters are (inputs + 1) × units."""
    rows = tuple(SummaryRow(layer.name, layer.kind, (None, layer.units), layer.params,
                            layer.arithmetic) for layer in architecture.layers)
    return Summary((None, architecture.n_inputs), rows)
