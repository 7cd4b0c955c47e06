"""What a Training Lab model is, as plain data: layers, loss, optimizer, fit settings.

No TensorFlow here: the form, the scene file, the presets and the summary table (the
``model.summary()`` arithmetic ``(inputs + 1) × units``) all work before Keras is imported, so
the lab can show a model's size while the user is still typing. ``explorer.core.nn.model`` turns
a :class:`ModelSpec` into a ``keras.Sequential``; everything it needs to decide (how many output
units, which activation, how labels are encoded) is decided here, once, by :meth:`resolve`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.optim import OPTIMIZERS, Optimizer, create, create_schedule
from explorer.core.scene import (
    AT,
    INTEGER_IN,
    MUST_BE_OBJECT,
    UNKNOWN_FIELD,
    SceneError,
    Where,
    problem_at,
    require,
)

__all__ = [
    "ACTIVATIONS", "BATCH_SIZE_RANGE", "EPOCHS_RANGE", "LOSSES", "METRICS", "OPTIMIZER_REFUSED",
    "TASKS", "Architecture", "LayerSpec", "ModelSpec", "ResolvedLayer", "Summary", "SummaryRow",
    "check_optimizer_settings", "summarize",
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


# Why a model form cannot fit its data (what a student can run into), marked for translation.
NEEDS_LABELS = tr_noop("Model", "loss {loss} needs class labels; use mse or mae for regression")
SOFTMAX_ONE_UNIT = tr_noop("Model", "softmax over one output unit is constant (always 1); use "
                           "sigmoid (or a categorical cross-entropy loss, which gives one unit "
                           "per class)")
ACCURACY_NEEDS_LABELS = tr_noop("Model", "metric 'accuracy' needs class labels; use mae or mse "
                                "for regression")
# An optimizer, its options and schedule breaking one of Keras's rules (core's message after it).
OPTIMIZER_REFUSED = tr_noop("Scenes", "optimizer: {error}")


def _unfit(where: Where, template: str, **values: Any) -> SceneError:
    """A model that does not fit its data (a problem marked in context "Model")."""
    return SceneError(AT, where=where, problem=MarkedText("Model", template, **values))


def _layer_where(where: Where, number: int) -> MarkedText:
    return MarkedText("Scenes", tr_noop("Scenes", "{where}, hidden layer {number}"), where=where,
                      number=number)


def _check_layer(units: Any, activation: Any, dropout: Any, where: Where) -> None:
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
        raise problem_at(where, tr_noop("Scenes", "'units' must be an integer 1–{most}, not "
                                                  "{value}"), most=MAX_UNITS, value=repr(units))
    if activation not in ACTIVATIONS:
        raise problem_at(where, tr_noop("Scenes", "unknown activation {name}; choose one of "
                                                  "{choices}"),
                         name=repr(activation), choices=", ".join(ACTIVATIONS))
    if not _is_number(dropout) or not 0 <= dropout < 1:
        raise problem_at(where, tr_noop("Scenes", "'dropout' must be a rate 0 ≤ r < 1, not "
                                                  "{value}"), value=repr(dropout))


def check_optimizer_settings(options: Any, schedule: Any, where: Where) -> None:
    """Options and a schedule shaped as a scene stores them: an object, and null or
    ``{"name": ..., "params": {...}}`` (their values are checked by building the optimizer)."""
    if not isinstance(options, dict):
        raise problem_at(where, tr_noop("Scenes", "'options' must be an object"))
    if schedule is not None and not (isinstance(schedule, Mapping)
                                     and isinstance(schedule.get("name"), str)
                                     and isinstance(schedule.get("params", {}), Mapping)):
        raise problem_at(where, tr_noop("Scenes", "'schedule' must be null or an object "
                                                  "with a name and params"))


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _check_int(where: Where, name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise problem_at(where, INTEGER_IN, key=name, low=low, high=f"{high:,}",
                         value=repr(value))


@dataclass(frozen=True)
class LayerSpec:
    """One hidden ``Dense`` layer, optionally followed by ``Dropout(rate)`` (0 = none)."""

    units: int
    activation: str = "relu"
    dropout: float = 0.0

    def __post_init__(self) -> None:
        self.check(MarkedText("Scenes", tr_noop("Scenes", "hidden layer")))

    def check(self, where: Where) -> None:
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
    unless the loss is a categorical cross-entropy (then two, one per class). ``options`` are
    Keras's common optimizer arguments (``weight_decay``, ``clipnorm``, …) and ``schedule`` a
    learning-rate schedule ``{"name": ..., "params": {...}}`` whose initial rate is the
    learning rate (None: constant), as the Optimizer Lab's racers store them.
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
    options: Mapping[str, Any] = field(default_factory=dict)
    schedule: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(self.hidden))
        if isinstance(self.options, Mapping):  # a copy: the spec is frozen, its dicts too
            object.__setattr__(self, "options", dict(self.options))
        if self.metrics is not None:
            object.__setattr__(self, "metrics", tuple(self.metrics))
        self.check()

    # --- validation ---------------------------------------------------------------------------

    def check(self, where: Where = "model") -> None:
        """Raise :class:`SceneError` (a ValueError) naming the first field that is wrong."""
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise problem_at(where, tr_noop("Scenes", "at most {most} hidden layers, not {count}"),
                             most=MAX_HIDDEN_LAYERS, count=len(self.hidden))
        for i, layer in enumerate(self.hidden):
            if not isinstance(layer, LayerSpec):
                raise problem_at(where, tr_noop("Scenes", "hidden layer {number} must be a "
                                                          "LayerSpec"), number=i + 1)
            layer.check(_layer_where(where, i + 1))
        if self.output_activation is not None and self.output_activation not in ACTIVATIONS:
            raise problem_at(where, tr_noop("Scenes", "unknown output_activation {name}; choose "
                                                      "one of {choices}"),
                             name=repr(self.output_activation), choices=", ".join(ACTIVATIONS))
        if self.loss is not None and self.loss not in LOSSES:
            raise problem_at(where, tr_noop("Scenes", "unknown loss {name}; choose one of "
                                                      "{choices}"),
                             name=repr(self.loss), choices=", ".join(LOSSES))
        if self.optimizer not in OPTIMIZERS:
            raise problem_at(where, tr_noop("Scenes", "unknown optimizer {name}; choose one of "
                                                      "{choices}"),
                             name=repr(self.optimizer), choices=", ".join(OPTIMIZERS))
        lr = self.learning_rate
        if lr is not None and (not _is_number(lr) or not 0 < lr <= 1e6):
            raise problem_at(where, tr_noop("Scenes", "'learning_rate' must be a number > 0 (at "
                                                      "most 1e6), not {value}"), value=repr(lr))
        if self.metrics is not None:
            for metric in self.metrics:
                if metric not in METRICS:
                    raise problem_at(where, tr_noop("Scenes", "unknown metric {name}; choose "
                                                              "from {choices}"),
                                     name=repr(metric), choices=", ".join(METRICS))
        _check_int(where, "batch_size", self.batch_size, *BATCH_SIZE_RANGE)
        _check_int(where, "epochs", self.epochs, *EPOCHS_RANGE)
        _check_int(where, "seed", self.seed, 0, 2**32 - 1)
        split = self.validation_split
        if not _is_number(split) or not 0 <= split < 1:
            raise problem_at(where, tr_noop("Scenes", "'validation_split' must be 0 ≤ v < 1, not "
                                                      "{value}"), value=repr(split))
        self._check_optimizer(where)

    def _check_optimizer(self, where: Where) -> None:
        """Options and schedule with Keras's rules (core says which one is broken)."""
        check_optimizer_settings(self.options, self.schedule, where)
        try:
            self.build_optimizer()
        except ValueError as error:
            raise problem_at(where, OPTIMIZER_REFUSED, error=str(error)) from None

    def build_optimizer(self) -> Optimizer:
        """The optimizer the model compiles with: its learning rate, options and schedule
        (a ValueError names a broken Keras rule)."""
        schedule = None if self.schedule is None else create_schedule(
            self.schedule["name"], **self.schedule.get("params", {}))
        return create(self.optimizer, schedule=schedule,
                      learning_rate=self.effective_learning_rate, **self.options)

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
            raise problem_at(where, tr_noop("Scenes", "unknown task {name}; choose one of "
                                                      "{choices}"),
                             name=repr(task), choices=", ".join(TASKS))
        if not isinstance(n_features, int) or n_features < 1:
            raise problem_at(where, tr_noop("Scenes", "the data needs at least one feature, not "
                                                      "{value}"), value=repr(n_features))
        if task != "regression" and n_classes < 2:
            raise problem_at(where, tr_noop("Scenes", "a {task} task needs at least 2 classes, "
                                                      "not {count}"), task=task, count=n_classes)
        loss = self.loss or {"binary": "binary_crossentropy", "multiclass":
                             "categorical_crossentropy", "regression": "mse"}[task]
        if task == "regression" and loss in CROSS_ENTROPIES:
            raise _unfit(where, NEEDS_LABELS, loss=loss)
        categorical = loss in ("categorical_crossentropy", "sparse_categorical_crossentropy")
        if task == "regression" or (task == "binary" and not categorical):
            units, encoding = 1, "value"
        else:
            units = n_classes
            encoding = "index" if loss == "sparse_categorical_crossentropy" else "one_hot"
        activation = self.output_activation or (
            "linear" if task == "regression" else "sigmoid" if units == 1 else "softmax")
        if activation == "softmax" and units == 1:
            raise _unfit(where, SOFTMAX_ONE_UNIT)
        metrics = self.metrics if self.metrics is not None else (
            ("mae",) if task == "regression" else ("accuracy",))
        if task == "regression" and "accuracy" in metrics:
            raise _unfit(where, ACCURACY_NEEDS_LABELS)
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
            "options": dict(self.options),
            "schedule": None if self.schedule is None else {
                "name": self.schedule["name"], "params": dict(self.schedule.get("params", {}))},
        }

    @classmethod
    def from_dict(cls, data: Any, where: Where = "training lab model") -> ModelSpec:
        """Validate everything first; raise SceneError naming the field. Missing keys default."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        known = set(cls().to_dict())
        unknown = sorted(set(data) - known)
        if unknown:
            raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
        values: dict[str, Any] = {}
        if "hidden" in data:
            if not isinstance(data["hidden"], list):
                raise problem_at(where, tr_noop("Scenes", "'hidden' must be a list of layers"))
            values["hidden"] = tuple(_layer_from_dict(item, _layer_where(where, i + 1))
                                     for i, item in enumerate(data["hidden"]))
        for name in ("output_activation", "loss"):
            if name in data:
                values[name] = require(data, name, (str, type(None)), where)
        if "optimizer" in data:
            values["optimizer"] = require(data, "optimizer", str, where)
        if "learning_rate" in data:
            values["learning_rate"] = require(data, "learning_rate", (int, float, type(None)),
                                              where)
        if "metrics" in data:
            metrics = require(data, "metrics", (list, type(None)), where)
            if metrics is not None and not all(isinstance(m, str) for m in metrics):
                raise problem_at(where, tr_noop("Scenes", "'metrics' must be a list of names"))
            values["metrics"] = tuple(metrics) if metrics is not None else None
        for name in ("batch_size", "epochs", "seed"):
            if name in data:
                values[name] = require(data, name, int, where)
        if "validation_split" in data:
            values["validation_split"] = float(require(data, "validation_split", (int, float),
                                                       where))
        if "options" in data:  # absent in scenes written before options existed
            values["options"] = require(data, "options", dict, where)
        if "schedule" in data:
            values["schedule"] = require(data, "schedule", (dict, type(None)), where)
        try:
            return cls(**values)
        except SceneError as error:  # re-label "model: ..." with the caller's location
            if error.where == "model":
                raise SceneError(AT, where=where, problem=error.values["problem"]) from None
            raise SceneError(AT, where=where, problem=error) from None


def _layer_from_dict(data: Any, where: Where) -> LayerSpec:
    if not isinstance(data, dict):
        raise problem_at(where, tr_noop("Scenes", "must be an object with 'units', 'activation' "
                                                  "and 'dropout'"))
    unknown = sorted(set(data) - {"units", "activation", "dropout"})
    if unknown:
        raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
    units = require(data, "units", int, where)
    activation = require(data, "activation", str, where) if "activation" in data else "relu"
    dropout = require(data, "dropout", (int, float), where) if "dropout" in data else 0.0
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
