"""Build, compile, evaluate, save and load the Keras model a :class:`ModelSpec` describes.

This is where TensorFlow enters, and only when a function here runs: importing the module is
free, so the window and the form appear without TensorFlow (rule 1). Targets are encoded here
the way the resolved loss needs them (values, class indices or one-hot rows).
"""

from __future__ import annotations

import gc
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from explorer.core.i18n import MarkedError, tr_noop
from explorer.core.nn.spec import Architecture, ModelSpec
from explorer.core.optim import Optimizer

__all__ = ["ModelFileError", "build_model", "compile_model", "encode_targets", "evaluate",
           "import_keras", "keras_optimizer", "load_model", "make_dataset", "make_optimizer",
           "metric_class", "predict", "save_model"]


class ModelFileError(MarkedError):
    """A ``.keras`` file that cannot be written or read, with a message fit for the user (a
    ValueError; its template is marked in context "ModelFiles")."""

    context = "ModelFiles"


# TensorFlow's thread pools, unless the user sets them. The lab's models are tiny: with the
# default pools (one thread per core) every batch hands its small matmuls to other threads, and
# on two cores a plain ``fit`` of the circle model ran at 4,300–8,800 samples/s (bimodal, as idle
# cores wake up); with one thread each it ran at 8,700–12,700, digits and Boston were as fast or
# faster, and a core stays free for the GUI thread.
TF_THREADS = "1"
_FROZEN = False  # whether import_keras has frozen the objects alive after the import


def import_keras() -> Any:
    """Import Keras (TensorFlow backend) on first use, with TensorFlow's C++ chatter muted.

    The first import leaves ~300,000 long-lived objects; a full garbage collection scanning them
    took ~180 ms with the interpreter locked (GUI and training frozen alike, at a moment no one
    chooses). ``gc.freeze()`` moves everything alive then out of the collector's sight, so later
    full collections only scan what the app made since.
    """
    global _FROZEN
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # TensorFlow ≥ 2.19 prints its oneDNN notice whatever the log level; the lab's small models
    # gain nothing from oneDNN's kernels on a few cores. TF_ENABLE_ONEDNN_OPTS=1 brings them back.
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    os.environ.setdefault("TF_NUM_INTRAOP_THREADS", TF_THREADS)
    os.environ.setdefault("TF_NUM_INTEROP_THREADS", TF_THREADS)
    import keras as module

    if not _FROZEN:
        gc.freeze()
        _FROZEN = True
    return module


def make_optimizer(spec: ModelSpec) -> Any:
    """The Keras optimizer ``spec`` compiles with (see :func:`keras_optimizer`)."""
    return keras_optimizer(spec.build_optimizer())


def keras_optimizer(optimizer: Optimizer) -> Any:
    """The Keras optimizer with the same update rule the Optimizer Lab shows: its options as
    keyword arguments and, with a schedule, a ``keras.optimizers.schedules`` object as its
    learning rate."""
    class_name, kwargs = optimizer.keras_config()
    keras = import_keras()
    if optimizer.schedule is not None:
        schedule_class, schedule_kwargs = optimizer.schedule.keras_config(
            optimizer.learning_rate)
        kwargs["learning_rate"] = getattr(keras.optimizers.schedules,
                                          schedule_class)(**schedule_kwargs)
    return getattr(keras.optimizers, class_name)(**kwargs)


def metric_class(name: str, encoding: str) -> str:
    """The ``keras.metrics`` class the lab computes metric ``name`` with, for targets encoded
    as ``encoding`` (accuracy depends on it); also what generated code writes."""
    if name == "accuracy":
        return {"value": "BinaryAccuracy", "index": "SparseCategoricalAccuracy"}.get(
            encoding, "CategoricalAccuracy")
    return "MeanAbsoluteError" if name == "mae" else "MeanSquaredError"


def _metrics(architecture: Architecture) -> list[Any]:
    k = import_keras()
    return [getattr(k.metrics, metric_class(name, architecture.encoding))(name=name)
            for name in architecture.metrics]


def build_model(spec: ModelSpec, architecture: Architecture) -> Any:
    """A compiled ``keras.Sequential``, initialised from ``spec.seed`` (reproducible)."""
    k = import_keras()
    k.utils.set_random_seed(spec.seed)
    layers: list[Any] = [k.Input(shape=(architecture.n_inputs,))]
    for layer in architecture.layers:
        if layer.kind == "Dense":
            layers.append(k.layers.Dense(layer.units, activation=layer.activation,
                                         name=layer.name))
        else:
            layers.append(k.layers.Dropout(layer.rate, seed=spec.seed, name=layer.name))
    model = k.Sequential(layers, name="training_lab")
    compile_model(model, spec, architecture)
    return model


def compile_model(model: Any, spec: ModelSpec, architecture: Architecture,
                  optimizer: Any = None) -> None:
    """(Re)compile with a fresh optimizer (``optimizer``, or the spec's): weights stay,
    optimizer state starts over."""
    model.compile(optimizer=optimizer or make_optimizer(spec), loss=architecture.loss,
                  metrics=_metrics(architecture))


def make_dataset(x: np.ndarray, y: np.ndarray, batch_size: int, *,
                 shuffle_seed: int | None) -> Any:
    """An endless ``tf.data`` pipeline of batches, reshuffled every pass when a seed is given.

    ``fit(dataset, steps_per_epoch=…)`` keeps one iterator for all epochs, whereas ``fit`` on
    arrays builds a new one every epoch (~50 ms): 500 epochs of XOR take 3 s instead of 30 s.
    Batches are cut on the training thread, without tf.data's autotuned prefetch thread: for
    in-memory data this small, handing every batch across threads costs more than cutting it.
    """
    import_keras()
    import tensorflow as tf

    data = tf.data.Dataset.from_tensor_slices((x, y))
    if shuffle_seed is not None:
        data = data.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    options = tf.data.Options()
    options.autotune.enabled = False
    options.experimental_optimization.inject_prefetch = False
    return data.batch(batch_size).repeat().with_options(options)


def encode_targets(architecture: Architecture, y: np.ndarray) -> np.ndarray:
    """Targets as the loss needs them: (n, 1) values, (n,) class indices or (n, k) one-hot."""
    y = np.asarray(y)
    if architecture.encoding == "value":
        return y.astype(np.float32).reshape(-1, 1)
    labels = y.astype(np.int64).reshape(-1)
    if not np.array_equal(labels, y.reshape(-1)) or labels.min(initial=0) < 0 \
            or labels.max(initial=0) >= architecture.output_units:
        raise ValueError(f"class labels must be integers 0–{architecture.output_units - 1}")
    if architecture.encoding == "index":
        return labels.astype(np.int32)
    return np.eye(architecture.output_units, dtype=np.float32)[labels]


def evaluate(model: Any, architecture: Architecture, x: np.ndarray,
             y: np.ndarray) -> dict[str, float]:
    """``model.evaluate`` as a dict: loss and every metric (e.g. ``{"loss": …, "accuracy": …}``)."""
    result = model.evaluate(np.asarray(x, dtype=np.float32), encode_targets(architecture, y),
                            verbose=0, return_dict=True)
    names = sorted(result, key=lambda name: name != "loss")  # loss first, then the metrics
    return {name: float(result[name]) for name in names}


def predict(model: Any, x: np.ndarray, batch_size: int = 1024) -> np.ndarray:
    """``model.predict`` (outputs, e.g. class probabilities) as a float32 array."""
    out = model.predict(np.asarray(x, dtype=np.float32), batch_size=batch_size, verbose=0)
    return np.asarray(out, dtype=np.float32)


def save_model(model: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``path`` (``.keras``) atomically: a failed save never leaves half a file."""
    target = Path(path)
    if target.suffix != ".keras":
        raise ModelFileError(tr_noop("ModelFiles", "{file}: a model file must end in .keras"),
                             file=target.name)
    if not target.parent.is_dir():
        raise ModelFileError(tr_noop("ModelFiles", "{folder}: no such folder"),
                             folder=target.parent)
    handle, temp = tempfile.mkstemp(suffix=".keras", dir=target.parent, prefix=".saving-")
    os.close(handle)
    try:
        model.save(temp)
        os.replace(temp, target)
    except OSError as error:
        raise ModelFileError(tr_noop("ModelFiles", "{path}: cannot write the model ({reason})"),
                             path=target, reason=error.strerror or error) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return target


def load_model(path: str | os.PathLike[str], *, compile: bool = True) -> Any:
    """Read a ``.keras`` file; anything that is not a readable Keras model is a ModelFileError.

    ``compile=False`` skips the optimizer (enough to take the weights or to predict).
    """
    source = Path(path)
    if source.suffix != ".keras":
        raise ModelFileError(tr_noop("ModelFiles", "{file}: not a .keras model file"),
                             file=source.name)
    if not source.is_file():
        raise ModelFileError(tr_noop("ModelFiles", "{path}: no such file"), path=source)
    if not zipfile.is_zipfile(source):
        raise ModelFileError(tr_noop("ModelFiles", "{file}: not a Keras model (the file is not "
                                                   "a .keras archive; it may be damaged or "
                                                   "truncated)"), file=source.name)
    try:
        return import_keras().saving.load_model(source, compile=compile)
    except Exception as error:  # Keras raises many types for a bad archive; report them all
        raise ModelFileError(tr_noop("ModelFiles", "{file}: cannot read the model ({reason})"),
                             file=source.name,
                             reason=f"{type(error).__name__}: {_first_line(error)}") from None


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else "no details"
