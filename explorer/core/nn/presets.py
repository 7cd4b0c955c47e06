"""The course's Keras examples as presets: a data set, a model spec and what should happen.

Plain data (no TensorFlow): each preset knows the shape of its data (features, task, classes),
so its summary table and parameter counts are available before any data is loaded. The data
comes from ``explorer.core.data.datasets.load(dataset, **options)`` (for gates, train = test = the
4 rows, as in the course).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from explorer.core.data import Dataset, datasets, mnist_available
from explorer.core.i18n import tr_noop
from explorer.core.nn.spec import Architecture, LayerSpec, ModelSpec, Summary, summarize

__all__ = ["PRESETS", "Preset", "get_preset"]


@dataclass(frozen=True)
class Preset:
    """A course example: which data (``dataset`` + ``options`` for ``load``), which model."""

    name: str
    title: str
    description: str
    dataset: str  # a name for explorer.core.data.datasets.load
    n_features: int
    task: str
    n_classes: int
    spec: ModelSpec
    options: Mapping[str, Any] = field(default_factory=dict)
    expectation: str = ""

    def architecture(self, spec: ModelSpec | None = None) -> Architecture:
        return (spec or self.spec).resolve(self.n_features, self.task, self.n_classes)

    def summary(self, spec: ModelSpec | None = None) -> Summary:
        """The model.summary() table, without loading data or TensorFlow."""
        return summarize(self.architecture(spec))

    @property
    def parameter_count(self) -> int:
        return self.architecture().n_params

    @property
    def available(self) -> bool:
        """False only for MNIST when Keras has not cached it (nothing is ever downloaded)."""
        return self.dataset != "mnist" or mnist_available()

    def load_data(self) -> Dataset:
        """The preset's data set; raises ValueError (DataError) with a clear message."""
        data = datasets.load(self.dataset, **dict(self.options))
        if data.n_features != self.n_features or data.task != self.task or (
                self.task != "regression" and data.n_classes != self.n_classes):
            raise ValueError(f"preset {self.name}: expected {self.task} data with "
                             f"{self.n_features} features, got {data.task} with "
                             f"{data.n_features} features and {data.n_classes} classes")
        return data


# Titles, descriptions and expectations are marked for translation (the Training Lab shows
# them with translate("Presets", ...)); each is a literal, so lupdate can read it.
_GATE_TEXTS = {
    "or": (tr_noop("Presets", "OR with one linear unit"),
           tr_noop("Presets", "Course 001: Dense(1, activation='linear') on OR, SGD, mse, 500 "
                   "epochs.")),
    "nand": (tr_noop("Presets", "NAND with one linear unit"),
             tr_noop("Presets", "Course 001: Dense(1, activation='linear') on NAND, SGD, mse, "
                     "500 epochs.")),
    "xor": (tr_noop("Presets", "XOR with one linear unit"),
            tr_noop("Presets", "Course 001: Dense(1, activation='linear') on XOR, SGD, mse, 500 "
                    "epochs.")),
}
REACHES_100 = tr_noop("Presets", "reaches 100 % accuracy")


def _gate_linear(gate: str) -> Preset:
    verdict = (tr_noop("Presets", "stays at chance: no line separates XOR") if gate == "xor"
               else REACHES_100)
    title, description = _GATE_TEXTS[gate]
    return Preset(
        f"{gate}_linear", title, description,
        gate, 2, "binary", 2,
        ModelSpec(hidden=(), output_activation="linear", loss="mse", optimizer="sgd",
                  learning_rate=0.1, metrics=("accuracy",), batch_size=4, epochs=500, seed=0),
        expectation=verdict)


PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset(
        "xor_relu", tr_noop("Presets", "XOR: 2→32 relu→1 sigmoid"),
        tr_noop("Presets", "Course 001: the multi-layer perceptron that solves XOR (RMSprop, "
                "mse, 500 epochs)."),
        "xor", 2, "binary", 2,
        ModelSpec(hidden=(LayerSpec(32, "relu"),), output_activation="sigmoid", loss="mse",
                  optimizer="rmsprop", learning_rate=0.01, metrics=("accuracy",),
                  batch_size=4, epochs=500, seed=0),
        expectation=REACHES_100),
    Preset(
        "xor_softmax", tr_noop("Presets", "XOR: 2→5 sigmoid→2 softmax"),
        tr_noop("Presets", "XOR with two softmax outputs (one per class) and categorical "
                "cross-entropy (Adam, 1,000 epochs)."),
        "xor", 2, "binary", 2,
        ModelSpec(hidden=(LayerSpec(5, "sigmoid"),), output_activation="softmax",
                  loss="categorical_crossentropy", optimizer="adam", learning_rate=0.05,
                  metrics=("accuracy",), batch_size=4, epochs=1000, seed=0),
        expectation=REACHES_100),
    _gate_linear("or"),
    _gate_linear("nand"),
    _gate_linear("xor"),
    Preset(
        "boston", tr_noop("Presets", "Boston housing: 13→8 relu→4 relu→1"),
        tr_noop("Presets", "Course 000: house prices (regression), Adam 1e-3, mse, metrics mae "
                "and mse, 20 epochs."),
        "boston", 13, "regression", 0,
        ModelSpec(hidden=(LayerSpec(8, "relu"), LayerSpec(4, "relu")), loss="mse",
                  optimizer="adam", learning_rate=1e-3, metrics=("mae", "mse"),
                  batch_size=32, epochs=20, seed=0),
        options={"standardized": False},
        expectation=tr_noop("Presets", "the loss falls every epoch; test mae about 6–9 (the "
                            "course got 8)")),
    Preset(
        "digits", tr_noop("Presets", "Digits: 64→64 relu→32 relu→10 softmax"),
        tr_noop("Presets", "8×8 handwritten digits, the small cousin of the course's MNIST "
                "model (Adam, categorical cross-entropy, batch 128)."),
        "digits", 64, "multiclass", 10,
        ModelSpec(hidden=(LayerSpec(64, "relu"), LayerSpec(32, "relu")),
                  output_activation="softmax", loss="categorical_crossentropy",
                  optimizer="adam", learning_rate=1e-3, metrics=("accuracy",), batch_size=128,
                  epochs=30, validation_split=0.2, seed=0),
        options={"standardized": True, "test_fraction": 0.2},
        expectation=tr_noop("Presets", "above 90 % test accuracy")),
    Preset(
        "mnist", tr_noop("Presets", "MNIST: 784→64 relu→32 relu→10 softmax"),
        tr_noop("Presets", "Course 001: MNIST from the Keras cache (offered only when it is "
                "there), Adam, categorical cross-entropy, batch 128."),
        "mnist", 784, "multiclass", 10,
        ModelSpec(hidden=(LayerSpec(64, "relu"), LayerSpec(32, "relu")),
                  output_activation="softmax", loss="categorical_crossentropy",
                  optimizer="adam", learning_rate=1e-3, metrics=("accuracy",), batch_size=128,
                  epochs=30, validation_split=0.2, seed=0),
        expectation=tr_noop("Presets", "about 97 % test accuracy")),
)}


def get_preset(name: str) -> Preset:
    """Look a preset up by name, with an error listing the valid ones."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") \
            from None
