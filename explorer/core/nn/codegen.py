"""The Training Lab's run as a Keras program: the data (see ``explorer.core.codegen.data``),
``keras.Sequential`` from the spec, ``compile``, ``fit``, ``evaluate``, ``predict`` and the
pictures. It lives in ``core/nn`` because only this package may read a ``ModelSpec``; it
imports no TensorFlow (the program it writes does).

The batches reach ``fit`` the way the lab feeds them (``TrainingSession._fit_arguments``):
a ``tf.data`` pipeline shuffled with the seed (reshuffled every epoch) and repeated, with
``steps_per_epoch``; the last ``validation_split`` of the rows are validation data. A plain
``fit(x, y, shuffle=True)`` draws another order, so the program builds the same pipeline, and
the losses are the lab's.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from explorer.core.codegen import (
    Script,
    ToyRecipe,
    data_cells,
    keras_optimizer_source,
    literal,
    plot_code,
    text,
)
from explorer.core.data import Dataset
from explorer.core.nn.compare.lineup import RacerSpec
from explorer.core.nn.model import metric_class
from explorer.core.nn.spec import Architecture, ModelSpec

__all__ = ["training_script"]


def _layers_source(architecture: Architecture) -> str:
    rows = [f"keras.Input(shape=({architecture.n_inputs},))"]
    for layer in architecture.layers:
        if layer.kind == "Dense":
            rows.append(f"keras.layers.Dense({layer.units}, activation={layer.activation!r}, "
                        f"name={layer.name!r})")
        else:
            rows.append(f"keras.layers.Dropout({literal(layer.rate)}, seed=SEED, "
                        f"name={layer.name!r})")
    return "\n".join(f"    {row}," for row in rows)


def _targets_source(architecture: Architecture) -> str:
    """Targets as the loss needs them (as ``explorer.core.nn.model.encode_targets``)."""
    if architecture.encoding == "value":
        return "def encode(y):\n    return y.astype(np.float32).reshape(-1, 1)  # values (n, 1)"
    if architecture.encoding == "index":
        return "def encode(y):\n    return y.astype(np.int32)  # class indices (n,)"
    return (f"def encode(y):\n    return np.eye({architecture.output_units}, dtype=np.float32)"
            "[y.astype(np.int64)]  # one-hot rows (n, classes)")


def _metrics(architecture: Architecture) -> str:
    return ", ".join(f"keras.metrics.{metric_class(name, architecture.encoding)}"
                     f"(name={name!r})" for name in architecture.metrics)


def _data_and_model(script: Script, spec: ModelSpec, architecture: Architecture, raw: Dataset,
                    toy: ToyRecipe | None, standardize: bool, data_file: str) -> None:
    """The cells every Training Lab program starts with: imports, the data as the lab had it,
    the constants, and ``build()``, the model with the seed's initial weights."""
    language = script.language
    script.markdown(text("imports", language))
    script.code('''
        from __future__ import annotations

        import json
        import math
        import os
        import sys
        from pathlib import Path

        import numpy as np

        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        import keras  # noqa: E402
        import tensorflow as tf  # noqa: E402

        keras.config.set_floatx("float32")  # the lab trains in float32, Keras's default
    ''')
    data_cells(script, raw, toy, standardize, data_file, language)
    script.markdown(text("training_model", language, seed=spec.seed))
    script.code("\n".join([
        f"SEED = {spec.seed}",
        f"EPOCHS = {spec.epochs}",
        f"BATCH_SIZE = {spec.batch_size}",
        f"VALIDATION_SPLIT = {literal(float(spec.validation_split))}",
        f"CLASSIFICATION = {raw.task != 'regression'}",
        "",
        "",
        _targets_source(architecture),
        "",
        "",
        "def build():",
        '    """The model, its initial weights from the seed (the same at every build)."""',
        "    keras.utils.set_random_seed(SEED)  # weights, dropout and shuffling follow it",
        "    return keras.Sequential([",
        textwrap.indent(_layers_source(architecture), "    "),
        '    ], name="training_lab")',
        "",
        "",
        "model = build()",
        "model.summary()",
    ]))


def training_script(spec: ModelSpec, raw: Dataset, *, toy: ToyRecipe | None = None,
                    standardize: bool = False, scene: str = "(unsaved)",
                    data_file: str = "data.csv", language: str = "en") -> Script:
    """The lab's training run as a program. ``raw`` is the data before standardisation
    (``standardize`` says whether the lab standardised it); ``toy`` says how to re-create a toy
    set, else ``raw`` is written to ``data_file`` beside the program (see ``Script.files``)."""
    architecture = spec.resolve(raw.n_features, raw.task, raw.n_classes)
    optimizer = spec.build_optimizer()
    script = Script(text("training_title", language, data=raw.name), scene, language)
    _data_and_model(script, spec, architecture, raw, toy, standardize, data_file)
    script.markdown(text("training_compile", language, optimizer=optimizer.spec.keras_class,
                         eta=f"{spec.effective_learning_rate:g}", loss=architecture.loss))
    metrics = _metrics(architecture)
    script.code(f'''
        optimizer = {keras_optimizer_source(optimizer, exact=False)}
        model.compile(optimizer=optimizer, loss={architecture.loss!r}, metrics=[{metrics}])
    ''')
    script.markdown(text("training_fit", language, epochs=spec.epochs, batch=spec.batch_size,
                         seed=spec.seed, split=f"{spec.validation_split:.0%}"))
    script.code(_FIT)
    script.markdown(text("training_evaluate", language))
    script.code('''
        evaluation = model.evaluate(x_test, encode(y_test), verbose=0, return_dict=True)
        print("test:", {name: round(float(value), 4) for name, value in evaluation.items()})
        predictions = model.predict(x_test[:5], verbose=0)
        print("predict(x_test[:5]):", np.round(predictions, 3).tolist())
    ''')
    script.markdown(text("training_plot", language))
    script.code(_PLOT)
    script.markdown(text("json", language))
    script.code('''
        if "--json" in sys.argv:
            print(json.dumps({"lab": "training",
                              "history": {k: [float(v) for v in vs]
                                          for k, vs in history.history.items()},
                              "evaluation": {k: float(v) for k, v in evaluation.items()},
                              "predictions": predictions.tolist()}))
    ''')
    return script


_FIT_FUNCTIONS = '''
def batches(x, y, shuffle_seed):
    """Endless batches, reshuffled every pass when a seed is given (the lab's pipeline)."""
    data = tf.data.Dataset.from_tensor_slices((x, y))
    if shuffle_seed is not None:
        data = data.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    return data.batch(BATCH_SIZE).repeat()


def fit(model):
    """``model.fit`` on the lab's pipeline (fresh, so every model sees the same batches)."""
    n_fit = (math.floor(len(x_train) * (1.0 - VALIDATION_SPLIT)) if VALIDATION_SPLIT
             else len(x_train))
    y_encoded = encode(y_train)
    arguments = {"x": batches(x_train[:n_fit], y_encoded[:n_fit], SEED),
                 "steps_per_epoch": max(1, math.ceil(n_fit / BATCH_SIZE))}
    if n_fit < len(x_train):  # the last rows validate, as Keras's validation_split takes them
        arguments["validation_data"] = batches(x_train[n_fit:], y_encoded[n_fit:], None)
        arguments["validation_steps"] = math.ceil((len(x_train) - n_fit) / BATCH_SIZE)
    return model.fit(**arguments, epochs=EPOCHS, shuffle=False,
                     verbose=0 if "--json" in sys.argv else 2)
'''

_FIT = _FIT_FUNCTIONS + '''

history = fit(model)
'''

_COMPARE_PLOT = plot_code("the curves", '''
for label, history in histories.items():
    line, = plt.plot(range(1, len(history["loss"]) + 1), history["loss"], label=label)
    if "val_loss" in history:
        plt.plot(range(1, len(history["val_loss"]) + 1), history["val_loss"], "--",
                 color=line.get_color())
plt.xlabel("epoch")
plt.ylabel("loss")
plt.legend()
plt.show()
''')

_PLOT = plot_code("the curves", '''
figure, (curves, picture) = plt.subplots(1, 2, figsize=(11, 4.5))
for name, values in history.history.items():
    curves.plot(range(1, len(values) + 1), values, label=name)
curves.set_xlabel("epoch")
curves.legend()
outputs = model.predict(x_test, verbose=0)
if CLASSIFICATION and x_train.shape[1] == 2:
    raw = np.concatenate([x_train, x_test]) * std + mean  # back in the data's units
    (x0, y0), (x1, y1) = raw.min(axis=0) - 0.5, raw.max(axis=0) + 0.5
    gx, gy = np.meshgrid(np.linspace(x0, x1, 120), np.linspace(y0, y1, 120))
    grid = ((np.column_stack([gx.ravel(), gy.ravel()]) - mean) / std).astype(np.float32)
    out = model.predict(grid, verbose=0)
    classes = out.argmax(axis=1) if out.shape[1] > 1 else (out[:, 0] >= 0.5)
    picture.contourf(gx, gy, classes.reshape(gx.shape), alpha=0.3, cmap="coolwarm")
    test_raw = x_test * std + mean
    picture.scatter(test_raw[:, 0], test_raw[:, 1], c=y_test, cmap="coolwarm",
                    edgecolors="k", s=20)
    picture.set_title("decision boundary (test data)")
else:
    picture.scatter(y_test, outputs[:, 0] if outputs.shape[1] == 1 else outputs.argmax(1),
                    s=10)
    picture.set_xlabel("target")
    picture.set_ylabel("prediction")
plt.show()
''')


def comparison_script(spec: ModelSpec, racers: Sequence[RacerSpec], raw: Dataset, *,
                      toy: ToyRecipe | None = None, standardize: bool = False,
                      scene: str = "(unsaved)", data_file: str = "data.csv",
                      language: str = "en") -> Script:
    """The Training Lab's comparison as a program: the same model from the same initial
    weights and the same batches, once per racer's optimizer (each racer's history equals a
    solo run with the same seed, so a loop of solo runs reproduces it)."""
    architecture = spec.resolve(raw.n_features, raw.task, raw.n_classes)
    script = Script(text("compare_title", language, data=raw.name), scene, language)
    _data_and_model(script, spec, architecture, raw, toy, standardize, data_file)
    makers = "\n".join(f"    {racer.label!r}: lambda: "
                       f"{keras_optimizer_source(racer.build(), exact=False)},"
                       for racer in racers)
    script.markdown(text("compare_fit", language, seed=spec.seed, epochs=spec.epochs,
                         batch=spec.batch_size))
    script.code(f"OPTIMIZERS = {{\n{makers}\n}}\n" + _FIT_FUNCTIONS + f'''

histories, evaluations = {{}}, {{}}
for label, make_optimizer in OPTIMIZERS.items():
    model = build()
    model.compile(optimizer=make_optimizer(), loss={architecture.loss!r},
                  metrics=[{_metrics(architecture)}])
    history = fit(model)
    histories[label] = history.history
    evaluations[label] = model.evaluate(x_test, encode(y_test), verbose=0, return_dict=True)
    print(label, "test:", {{k: round(float(v), 4) for k, v in evaluations[label].items()}})
''')
    script.markdown(text("compare_plot", language))
    script.code(_COMPARE_PLOT)
    script.markdown(text("json", language))
    script.code('''
        if "--json" in sys.argv:
            print(json.dumps({"lab": "training-compare",
                              "histories": {label: {k: [float(v) for v in vs]
                                                    for k, vs in history.items()}
                                            for label, history in histories.items()},
                              "evaluations": {label: {k: float(v) for k, v in e.items()}
                                              for label, e in evaluations.items()}}))
    ''')
    return script
