"""explorer.core.nn without training: specs, presets, the summary arithmetic, history CSV, the
numpy forward pass, and the import boundary (no TensorFlow until a function needs it)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import numpy as np
import pytest

from explorer.bootstrap import ROOT
from explorer.core.nn.forward import (
    ACTIVATION_FUNCTIONS,
    CHUNK_ROWS,
    data_extent,
    forward,
    grid_points,
)
from explorer.core.nn.history import epoch_line, history_csv, write_history_csv
from explorer.core.nn.presets import PRESETS, get_preset
from explorer.core.nn.spec import ACTIVATIONS, LayerSpec, ModelSpec, summarize
from explorer.core.scene import SceneError

# --- import boundary ---------------------------------------------------------------------------


def _fresh_interpreter(code: str) -> list[str]:
    """The words ``code`` prints, run by a new interpreter from the repository's root."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return out.stdout.split()


def test_importing_nn_does_not_import_tensorflow():
    modules = ["explorer.core.nn", "explorer.core.nn.spec", "explorer.core.nn.presets",
               "explorer.core.nn.forward", "explorer.core.nn.history",
               "explorer.core.nn.snapshot", "explorer.core.nn.model",
               "explorer.core.nn.training", "explorer.core.nn.live", "explorer.train_cli"]
    probe = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
             + "from explorer.core.nn.presets import PRESETS\n"
             + "assert PRESETS['boston'].parameter_count == 153\n"
             + "print(','.join(m for m in ('tensorflow', 'keras') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True, env={"PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the guard is Linux-only")
def test_guarded_import_preloads_tensorflow_without_exporting_its_symbols():
    """The guard dlopens TensorFlow's core libraries itself (GIL released) with local, deep
    binding: they are mapped before the package runs, and none of their symbols (TF_Version
    stands for all, LLVM's included) is visible to the rest of the process, before or after."""
    probe = (
        "import ctypes, importlib.util, sys\n"
        "from pathlib import Path\n"
        "from explorer.core.nn import import_guard\n"
        "assert import_guard.install()\n"
        "package = Path(importlib.util.find_spec('tensorflow').origin).parent\n"
        "import_guard._preload_core_libraries(package, import_guard._deep_flags())\n"
        "mapped = 'libtensorflow_cc' in Path('/proc/self/maps').read_text()\n"
        "def exported():\n"
        "    return hasattr(ctypes.CDLL(None), 'TF_Version')\n"
        "before = exported()\n"
        "import tensorflow as tf\n"
        "print(mapped, 'tensorflow' in sys.modules, before, exported(), "
        "float(tf.reduce_sum(tf.ones(3))))\n")
    assert _fresh_interpreter(probe)[-5:] == ["True", "True", "False", "False", "3.0"]


def test_importing_keras_freezes_what_the_import_left_alive():
    """A full garbage collection must not rescan TensorFlow's ~300,000 objects (~180 ms with
    the interpreter locked): after import_keras, they sit in the permanent generation."""
    probe = ("import gc\n"
             "from explorer.core.nn import import_guard, model\n"
             "import_guard.install()\n"
             "before = gc.get_freeze_count()\n"
             "model.import_keras()\n"
             "after = gc.get_freeze_count()\n"
             "model.import_keras()\n"
             "print(before, after, gc.get_freeze_count() == after, len(gc.get_objects()))\n")
    before, after, once, tracked = _fresh_interpreter(probe)[-4:]
    assert int(before) == 0 and int(after) > 100_000 and once == "True"
    assert int(tracked) < int(after) // 10  # what a full collection still scans


# --- presets and the summary table ----------------------------------------------------------


@pytest.mark.parametrize(("name", "rows", "total"), [
    ("xor_relu", [96, 33], 129),
    ("xor_softmax", [15, 12], 27),
    ("or_linear", [3], 3),
    ("nand_linear", [3], 3),
    ("xor_linear", [3], 3),
    ("boston", [112, 36, 5], 153),
    ("digits", [64 * 64 + 64, 64 * 32 + 32, 32 * 10 + 10], 6_570),
    ("mnist", [784 * 64 + 64, 64 * 32 + 32, 32 * 10 + 10], 52_650),
])
def test_preset_parameter_counts(name, rows, total):
    preset = get_preset(name)
    summary = preset.summary()
    assert [row.params for row in summary.rows] == rows
    assert summary.total_params == preset.parameter_count == total


def _dense(architecture) -> list[tuple[int, str]]:
    return [(d.units, d.activation) for d in architecture.dense_layers]


def test_preset_shapes_follow_the_course():
    xor = PRESETS["xor_relu"].architecture()
    assert _dense(xor) == [(32, "relu"), (1, "sigmoid")]
    assert (PRESETS["xor_relu"].spec.optimizer, xor.loss, PRESETS["xor_relu"].spec.epochs) == \
        ("rmsprop", "mse", 500)
    soft = PRESETS["xor_softmax"].architecture()
    assert _dense(soft) == [(5, "sigmoid"), (2, "softmax")]
    assert (soft.loss, soft.encoding, PRESETS["xor_softmax"].spec.epochs) == \
        ("categorical_crossentropy", "one_hot", 1000)
    for gate in ("or", "nand", "xor"):
        preset = PRESETS[f"{gate}_linear"]
        arch = preset.architecture()
        assert _dense(arch) == [(1, "linear")]
        assert (preset.spec.optimizer, arch.loss, preset.spec.epochs, preset.dataset) == \
            ("sgd", "mse", 500, gate)
    boston = PRESETS["boston"]
    assert boston.architecture().metrics == ("mae", "mse")
    assert (boston.spec.optimizer, boston.spec.learning_rate, boston.spec.epochs) == \
        ("adam", 1e-3, 20)
    digits = PRESETS["digits"]
    assert (digits.spec.batch_size, digits.architecture().loss) == (128, "categorical_crossentropy")


def test_summary_text_shows_the_arithmetic():
    text = PRESETS["boston"].summary().text()
    assert "(13 + 1) × 8 = 112" in text and "(8 + 1) × 4 = 36" in text
    assert "(4 + 1) × 1 = 5" in text and "Total params: 153" in text
    assert "(None, 8)" in text
    assert PRESETS["mnist"].summary().to_dict()["total_params"] == 52_650


def test_unknown_preset_lists_the_presets():
    with pytest.raises(ValueError, match="unknown preset 'nope'; choose one of xor_relu"):
        get_preset("nope")


# --- resolving a spec against the data ----------------------------------------------------------


def test_output_follows_task_and_loss():
    spec = ModelSpec(hidden=(LayerSpec(4),))
    binary = spec.resolve(2, "binary", 2)
    assert (binary.output_units, binary.output.activation, binary.loss, binary.encoding) == \
        (1, "sigmoid", "binary_crossentropy", "value")
    assert binary.metrics == ("accuracy",)
    for loss, encoding in (("categorical_crossentropy", "one_hot"),
                           ("sparse_categorical_crossentropy", "index")):
        two = spec.with_changes(loss=loss).resolve(2, "binary", 2)
        assert (two.output_units, two.output.activation, two.encoding) == (2, "softmax", encoding)
    multi = spec.resolve(64, "multiclass", 10)
    assert (multi.output_units, multi.output.activation, multi.loss) == \
        (10, "softmax", "categorical_crossentropy")
    regression = spec.resolve(13, "regression")
    assert (regression.output_units, regression.output.activation, regression.loss,
            regression.metrics) == (1, "linear", "mse", ("mae",))
    linear = spec.with_changes(output_activation="linear", loss="mse").resolve(2, "binary", 2)
    assert (linear.output_units, linear.output.activation) == (1, "linear")


def test_dropout_adds_a_layer_without_parameters():
    spec = ModelSpec(hidden=(LayerSpec(8, "tanh", dropout=0.25),))
    rows = summarize(spec.resolve(3, "binary", 2)).rows
    assert [(r.name, r.kind, r.params) for r in rows] == [
        ("hidden_1", "Dense", 32), ("dropout_1", "Dropout", 0), ("output", "Dense", 9)]
    assert rows[1].arithmetic == "rate 0.25: no parameters"


@pytest.mark.parametrize(("spec", "task", "message"), [
    (ModelSpec(loss="binary_crossentropy"), "regression", "needs class labels"),
    (ModelSpec(metrics=("accuracy",)), "regression", "metric 'accuracy' needs class labels"),
    (ModelSpec(output_activation="softmax"), "binary", "softmax over one output unit"),
])
def test_resolve_refuses_mismatched_losses(spec, task, message):
    with pytest.raises(ValueError, match=message):
        spec.resolve(3, task, 0 if task == "regression" else 2)


# --- validation and scene I/O --------------------------------------------------------------


def test_spec_round_trips_through_a_dict():
    for preset in PRESETS.values():
        data = preset.spec.to_dict()
        assert ModelSpec.from_dict(data) == preset.spec
    spec = ModelSpec(hidden=(LayerSpec(3, "gelu", 0.5), LayerSpec(2, "swish")),
                     output_activation="tanh", loss="mae", optimizer="nesterov",
                     learning_rate=0.3, metrics=("mae", "mse"), batch_size=7, epochs=9,
                     validation_split=0.25, seed=42)
    assert ModelSpec.from_dict(spec.to_dict()) == spec
    assert ModelSpec.from_dict({}) == ModelSpec()


@pytest.mark.parametrize(("data", "message"), [
    ([], "training lab model: must be an object"),
    ({"hidden": [{"units": 0}]}, "hidden layer 1: 'units' must be an integer 1–4096, not 0"),
    ({"hidden": [{"units": 2}, {"units": 3, "activation": "relux"}]},
     "hidden layer 2: unknown activation 'relux'"),
    ({"hidden": [{"units": 2, "dropout": 1.0}]}, "'dropout' must be a rate"),
    ({"hidden": [{"units": 2, "colour": 1}]}, "hidden layer 1: unknown field 'colour'"),
    ({"hidden": "8,4"}, "'hidden' must be a list"),
    ({"loss": "hinge"}, "unknown loss 'hinge'"),
    ({"optimizer": "lbfgs"}, "unknown optimizer 'lbfgs'"),
    ({"learning_rate": -1}, "'learning_rate' must be a number > 0"),
    ({"learning_rate": "fast"}, "'learning_rate' must be an integer or a number or null"),
    ({"epochs": True}, "'epochs' must be an integer, not True"),
    ({"batch_size": 0}, "'batch_size' must be an integer 1–1,000,000, not 0"),
    ({"validation_split": 1}, "'validation_split' must be 0 ≤ v < 1"),
    ({"metrics": ["f1"]}, "unknown metric 'f1'"),
    ({"output_activation": "step"}, "unknown output_activation 'step'"),
    ({"seed": -1}, "'seed' must be an integer 0–4,294,967,295"),
    ({"surprise": 1}, "unknown field 'surprise'"),
])
def test_from_dict_names_the_bad_field(data, message):
    with pytest.raises(SceneError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ModelSpec.from_dict(data)


def test_constructor_validates_too():
    with pytest.raises(ValueError, match="unknown activation 'sigmoidal'"):
        LayerSpec(3, "sigmoidal")
    with pytest.raises(ValueError, match="at most 10 hidden layers"):
        ModelSpec(hidden=tuple(LayerSpec(2) for _ in range(11)))


def test_effective_learning_rate_defaults_to_keras():
    assert ModelSpec(optimizer="adam").effective_learning_rate == 0.001
    assert ModelSpec(optimizer="sgd").effective_learning_rate == 0.01
    assert ModelSpec(optimizer="rmsprop", learning_rate=0.5).effective_learning_rate == 0.5


# --- history ---------------------------------------------------------------------------------


def test_history_csv_orders_columns_like_keras():
    history = {"val_accuracy": [0.5, 0.75], "accuracy": [0.25, 1.0], "val_loss": [0.7, 0.6],
               "loss": [0.69, 0.123456789]}
    rows = list(csv.reader(io.StringIO(history_csv(history))))
    assert rows == [["epoch", "loss", "accuracy", "val_loss", "val_accuracy"],
                    ["1", "0.69", "0.25", "0.7", "0.5"],
                    ["2", "0.12345679", "1", "0.6", "0.75"]]
    assert history_csv({}) == "epoch\n"


def test_write_history_csv(tmp_path):
    path = write_history_csv({"loss": [1.0, 0.5], "mae": [2.0, 1.5]}, tmp_path / "h.csv")
    assert path.read_text(encoding="utf-8") == "epoch,loss,mae\n1,1,2\n2,0.5,1.5\n"
    assert [p.name for p in tmp_path.iterdir()] == ["h.csv"]  # no temporary file left


def test_epoch_line():
    assert epoch_line(3, 20, {"mae": 2.0, "loss": 0.25}) == \
        "Epoch  3/20 - loss: 0.2500 - mae: 2.0000"
    assert epoch_line(500, 500, {"loss": 2.1234e-06, "accuracy": 1.0}) == \
        "Epoch 500/500 - loss: 2.1234e-06 - accuracy: 1.0000"  # as Keras: not "0.0000"


# --- numpy forward pass -------------------------------------------------------------------------


def test_every_offered_activation_has_a_numpy_twin():
    assert set(ACTIVATIONS) == set(ACTIVATION_FUNCTIONS)


def test_grid_points_are_row_major_with_y_rows():
    points = grid_points(((0.0, 1.0), (10.0, 20.0)), 3)
    assert points.shape == (9, 2) and points.dtype == np.float32
    assert points[1].tolist() == [0.5, 10.0] and points[3].tolist() == [0.0, 15.0]


def test_data_extent_adds_a_margin():
    (x0, x1), (y0, y1) = data_extent(np.array([[0, 0], [1, 2]]), margin=0.25)
    assert (x0, x1, y0, y1) == (-0.25, 1.25, -0.5, 2.5)


def test_forward_stops_after_the_requested_layer():
    weights = ((np.eye(2, dtype=np.float32) * 2, np.zeros(2, np.float32)),
               (np.ones((2, 1), np.float32), np.ones(1, np.float32)))
    x = np.array([[1.0, -1.0]], dtype=np.float32)
    assert forward(weights, ("relu", "linear"), x, layers=1).tolist() == [[2.0, 0.0]]
    assert forward(weights, ("relu", "linear"), x).tolist() == [[3.0]]


def test_forward_in_chunks_equals_row_by_row():
    rng = np.random.default_rng(0)
    weights = ((rng.normal(size=(2, 8)).astype(np.float32), rng.normal(size=8).astype(np.float32)),
               (rng.normal(size=(8, 3)).astype(np.float32), rng.normal(size=3).astype(np.float32)))
    x = rng.normal(size=(2 * CHUNK_ROWS + 7, 2)).astype(np.float32)  # three chunks, one short
    out = forward(weights, ("tanh", "softmax"), x)
    assert out.shape == (len(x), 3) and out.dtype == np.float32
    rows = np.concatenate([forward(weights, ("tanh", "softmax"), row[None]) for row in x[::97]])
    np.testing.assert_allclose(out[::97], rows, rtol=1e-6)
    np.testing.assert_allclose(forward(weights, ("tanh", "softmax"), x, layers=1),
                               np.tanh(x @ weights[0][0] + weights[0][1]), rtol=1e-6, atol=1e-7)


# --- against Keras (the summary arithmetic and the numpy activations) ----------------------


@pytest.mark.keras
@pytest.mark.parametrize("name", list(PRESETS))
def test_summary_equals_keras_count_params(name):
    from explorer.core.nn.model import build_model

    preset = PRESETS[name]
    architecture = preset.architecture()
    model = build_model(preset.spec, architecture)
    rows = preset.summary().rows
    assert [layer.name for layer in model.layers] == [row.name for row in rows]
    assert [layer.count_params() for layer in model.layers] == [row.params for row in rows]
    assert [tuple(layer.output.shape) for layer in model.layers] == \
        [row.output_shape for row in rows]
    assert model.count_params() == preset.parameter_count


@pytest.mark.keras
def test_dropout_summary_equals_keras():
    from explorer.core.nn.model import build_model

    spec = ModelSpec(hidden=(LayerSpec(6, "relu", 0.3), LayerSpec(4, "tanh")))
    architecture = spec.resolve(5, "multiclass", 3)
    model = build_model(spec, architecture)
    assert [(layer.name, layer.count_params()) for layer in model.layers] == \
        [(r.name, r.params) for r in summarize(architecture).rows]


@pytest.mark.keras
def test_numpy_forward_matches_keras_for_every_activation():
    import keras

    from explorer.core.nn.model import build_model, predict
    from explorer.core.nn.snapshot import pair_weights

    x = np.random.default_rng(1).normal(scale=2.0, size=(64, 3)).astype(np.float32)
    for name in ACTIVATIONS:
        assert keras.activations.get(name) is not None
        spec = ModelSpec(hidden=(LayerSpec(5, name),), output_activation=name, loss="mse")
        architecture = spec.resolve(3, "multiclass", 3)  # three output units
        model = build_model(spec, architecture)
        ours = forward(pair_weights(model.get_weights()),
                       [d.activation for d in architecture.dense_layers], x)
        np.testing.assert_allclose(ours, predict(model, x), rtol=2e-5, atol=2e-6,
                                   err_msg=name)
