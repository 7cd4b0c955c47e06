"""The errors a corrupt scene or model file gets are marked for translation (issue 14): each
SceneError and ModelFileError keeps a template that lupdate extracts (a literal ``tr_noop`` in
the source) and its values apart, and its English message is the one it always was."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from explorer.core.i18n import MarkedError, MarkedText
from explorer.core.nn.landscape import LandscapeSettings
from explorer.core.nn.model import ModelFileError, load_model, save_model
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.scene import SceneError, parse_scene, read_scene, require
from explorer.core.surfaces.grid import surface_from_dict

ENVELOPE = {"format": "optimizer-explorer-scene", "version": 1, "lab": "perceptron", "labs": {}}


def _scene(**changes: Any) -> str:
    return json.dumps({**ENVELOPE, **changes})


CORRUPT: dict[str, Callable[[], object]] = {
    "bad JSON": lambda: parse_scene("{not json"),
    "wrong format": lambda: parse_scene(_scene(format="something else")),
    "future version": lambda: parse_scene(_scene(version=99)),
    "version not a number": lambda: parse_scene(_scene(version="one")),
    "labs not objects": lambda: parse_scene(_scene(labs={"perceptron": 3})),
    "unknown lab": lambda: parse_scene(_scene(lab="chemistry"), ("perceptron", "gallery")),
    "lab not a name": lambda: parse_scene(_scene(lab=3)),
    "missing field": lambda: require({}, "gate", str, "perceptron"),
    "wrong type": lambda: require({"rate": "fast"}, "rate", (int, float), "perceptron"),
    "true for a number": lambda: require({"seed": True}, "seed", int, "perceptron"),
    "model not an object": lambda: ModelSpec.from_dict([]),
    "model unknown field": lambda: ModelSpec.from_dict({"colour": 1}),
    "model hidden not a list": lambda: ModelSpec.from_dict({"hidden": 3}),
    "model layer not an object": lambda: ModelSpec.from_dict({"hidden": [3]}),
    "model layer units": lambda: ModelSpec.from_dict({"hidden": [{"units": 0}]}),
    "model layer activation": lambda: ModelSpec.from_dict(
        {"hidden": [{"units": 4, "activation": "sigmoidal"}]}),
    "model learning rate": lambda: ModelSpec.from_dict({"learning_rate": "fast"}),
    "model metrics": lambda: ModelSpec.from_dict({"metrics": [1]}),
    "model batch size": lambda: ModelSpec.from_dict({"batch_size": 0}),
    "model loss": lambda: ModelSpec.from_dict({"loss": "hinge"}),
    "too many layers": lambda: ModelSpec(hidden=tuple(LayerSpec(2) for _ in range(11))),
    "model unfit for regression": lambda: ModelSpec(loss="binary_crossentropy").resolve(
        3, "regression"),
    "softmax over one unit": lambda: ModelSpec(output_activation="softmax",
                                               loss="binary_crossentropy").resolve(2, "binary", 2),
    "unknown task": lambda: ModelSpec().resolve(2, "ranking", 2),
    "landscape unknown field": lambda: LandscapeSettings.from_dict({"colour": 1}),
    "landscape kind": lambda: LandscapeSettings.from_dict({"kind": "spiral"}),
    "landscape alpha not a pair": lambda: LandscapeSettings.from_dict({"alpha": 3}),
    "stored surface not an object": lambda: surface_from_dict(3, "optimizer"),
    "stored surface unusable": lambda: surface_from_dict({"title": "x"}, "optimizer"),
}


@pytest.mark.parametrize("make", CORRUPT.values(), ids=CORRUPT.keys())
def test_every_scene_error_is_a_marked_template(make, unmarked_templates):
    with pytest.raises(SceneError) as caught:
        make()
    error = caught.value
    assert isinstance(error, ValueError) and error.context == "Scenes"
    assert unmarked_templates(error) == []


def test_unreadable_scene_files_are_marked_too(tmp_path, unmarked_templates):
    binary = tmp_path / "picture.json"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    for path in (binary, tmp_path / "gone.json"):
        with pytest.raises(SceneError) as caught:
            read_scene(path)
        assert unmarked_templates(caught.value) == []


def test_model_file_errors_are_marked(tmp_path, unmarked_templates):
    not_zip = tmp_path / "model.keras"
    not_zip.write_text("not an archive")
    attempts = (lambda: load_model(tmp_path / "model.h5"), lambda: load_model(tmp_path / "x.keras"),
                lambda: load_model(not_zip), lambda: save_model(None, tmp_path / "model.h5"),
                lambda: save_model(None, tmp_path / "no" / "model.keras"))
    for attempt in attempts:
        with pytest.raises(ModelFileError) as caught:
            attempt()
        assert caught.value.context == "ModelFiles" and unmarked_templates(caught.value) == []


def test_the_english_message_is_the_template_filled_with_its_values():
    with pytest.raises(SceneError) as caught:
        require({"rate": "fast"}, "rate", (int, float), "perceptron")
    error = caught.value
    assert str(error) == "perceptron: 'rate' must be an integer or a number, not 'fast'"
    assert error.where == "perceptron"
    problem = error.values["problem"]
    assert isinstance(problem, MarkedText) and problem.values["value"] == "'fast'"
    with pytest.raises(SceneError) as caught:
        ModelSpec.from_dict({"hidden": [{"units": 0}]})
    assert str(caught.value) == ("training lab model, hidden layer 1: 'units' must be an integer "
                                 "1–4096, not 0")


def test_an_unmarked_message_with_braces_passes_through():
    """A message made by an f-string (not marked yet) may hold braces: it is not a template."""
    assert str(SceneError("racer 1: {'lr': 2} is not valid")) == "racer 1: {'lr': 2} is not valid"
    assert isinstance(SceneError("x"), MarkedError)


def test_a_layer_the_form_cannot_build_is_named_in_marked_words(unmarked_templates):
    with pytest.raises(SceneError) as caught:
        LayerSpec(0)
    assert str(caught.value).startswith("hidden layer: 'units' must be an integer 1–4096")
    assert unmarked_templates(caught.value) == []
