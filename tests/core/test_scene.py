"""Scene files: round trip, and refusal of corrupt, foreign and newer files."""

import json

import pytest

from explorer.core.optim import RacerSetup, RaceSetup
from explorer.core.scene import Scene, SceneError, parse_scene, read_scene, write_scene


def _scene_text(**changes) -> str:
    document = {"format": "optimizer-explorer-scene", "version": 1, "lab": "optimizer",
                "labs": {"optimizer": RaceSetup.for_surface("rosenbrock").to_dict()}}
    document.update(changes)
    return json.dumps(document)


def test_round_trip_restores_the_setup_exactly(tmp_path):
    setup = RaceSetup.for_surface("himmelblau", seed=7, noise_sigma=0.25, max_steps=321)
    setup.racers.append(RacerSetup("nadam", {"learning_rate": 0.02, "beta_2": 0.99}, "#000000"))
    setup.start = (1.5, -2.25)
    path = tmp_path / "scene.json"
    write_scene(path, Scene("optimizer", {"optimizer": setup.to_dict()}))
    scene = read_scene(path, ("optimizer",))
    restored = RaceSetup.from_dict(scene.labs["optimizer"])
    assert restored == setup


def test_restored_race_replays_to_the_same_positions():
    setup = RaceSetup.for_surface("beale", noise_sigma=0.3)
    setup.racers.append(RacerSetup("sgd", {"learning_rate": 0.001}, "#000000"))
    race = setup.build_race()
    race.step(40)
    again = RaceSetup.from_dict(json.loads(json.dumps(setup.to_dict()))).build_race()
    again.step(40)
    for a, b in zip(race.positions, again.positions, strict=True):
        assert (a == b).all()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not an Optimizer Explorer scene"),
        (json.dumps({"format": "something-else", "version": 1}), "not an Optimizer Explorer"),
        (_scene_text(version=2), "newer version"),
        (_scene_text(version="1"), "positive integer"),
        (_scene_text(lab="nope"), "unknown lab 'nope'"),
        (_scene_text(labs=[]), "'labs'"),
    ],
)
def test_bad_envelopes_are_refused_with_a_message(text, message):
    with pytest.raises(SceneError, match=message):
        parse_scene(text, ("optimizer",))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"surface": "moon"}, "unknown surface 'moon'"),
        ({"max_steps": "many"}, "'max_steps' must be an integer"),
        ({"speed": 9999}, "speed must be 1–500"),
        ({"surface": "custom", "formula": "x +* y"}, "custom formula"),
        ({"start": [1.0]}, "'start' must be a list of 2"),
        ({"racers": [{"optimizer": "adam", "hyper": {"beta_3": 1}, "color": "#000000"}]},
         "racer 1: Adam has no hyper-parameter 'beta_3'"),
        ({"racers": [{"optimizer": "lbfgs", "hyper": {}, "color": "#000000"}]},
         "unknown optimizer"),
        ({"racers": [{"optimizer": "adam", "hyper": {}, "color": "red"}]}, "#RRGGBB"),
        ({"log_colour": 1}, "true or false"),
    ],
)
def test_bad_lab_state_is_refused_with_a_message(change, message):
    data = RaceSetup.for_surface("rosenbrock").to_dict()
    data.update(change)
    with pytest.raises(SceneError, match=message):
        RaceSetup.from_dict(data)


def test_unreadable_files_are_scene_errors(tmp_path):
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SceneError, match="not a text"):
        read_scene(binary)
    with pytest.raises(SceneError, match="cannot read"):
        read_scene(tmp_path / "missing.json")


def test_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "scene.json"
    path.write_text("previous")

    class Broken(Scene):
        def to_json(self):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_scene(path, Broken("optimizer"))
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["scene.json"]
