"""Issue 21: a scene keeps a comparison's run, not only its line-up. Opened again (in the lab or
headless), the finished race is on screen with the same table and curves, and the animated
export replays it epoch by epoch, never retraining.

Each comparison is short (4 epochs) and runs to its end; every wait is on a signal or on the
state the run ends in (DESIGN rule 9).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QSize

from explorer.bootstrap import ROOT
from explorer.core.nn.compare.record import WRONG_COMPARE_RUN, WRONG_RACER_COUNT
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.scene import Scene, SceneError, read_scene, write_scene

pytestmark = pytest.mark.keras

SPEC = ModelSpec(hidden=(LayerSpec(4, "tanh"),), learning_rate=0.05, batch_size=8, epochs=4,
                 seed=0)
DATA = {"dataset": "quadrants", "n_samples": 60}
TWO = [{"optimizer": "sgd", "hyper": {"learning_rate": 0.1}},
       {"optimizer": "adam", "hyper": {"learning_rate": 0.01}}]


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


def _race(qtbot, lab) -> dict:
    """Train two optimizers to the end; the lab's state (as a scene file holds it)."""
    lab.apply_state({"data": DATA, "model": SPEC.to_dict(),
                     "compare": {"enabled": True, "racers": TWO}})
    mode = lab.compare
    with qtbot.waitSignal(mode.run_finished, timeout=120_000) as ended:
        mode.train()
    assert ended.args == ["finished"]
    assert mode.drawn is mode.latest and mode.latest.state == "finished"  # drawn at the end
    return json.loads(json.dumps(lab.state()))


def _table(view) -> list[list[str]]:
    return [[view.table.item(row, column).text() for column in range(view.COLUMNS)]
            for row in range(view.table.rowCount())]


def _curves(view) -> list[list[float]]:
    return [list(item.getData()[1]) for plot in (view.loss, view.metric)
            for item in (*plot.train, *plot.val) if item.getData()[1] is not None]


def test_a_scene_brings_the_finished_comparison_back(qtbot, main_window, lab, tmp_path):
    state = _race(qtbot, lab)
    mode, view = lab.compare, lab.compare.view
    table, curves = _table(view), _curves(view)
    recorded = list(mode.replay.recorded)
    epochs = [snapshot.epoch for snapshot in recorded]
    assert epochs == sorted(set(epochs)) and epochs[-1] == 4
    assert state["compare_run"]["epochs"] == epochs and len(table) == 2
    assert all(row[1] == "finished" and row[6] != "–" for row in table)  # test loss shown

    path = tmp_path / "race.json"
    main_window.save_scene(path)
    lab.apply_state({"data": DATA, "model": SPEC.to_dict(),  # forget the race
                     "compare": {"enabled": True, "racers": TWO}})
    assert view.table.rowCount() == 0 and lab.state()["compare_run"] is None
    main_window.open_scene(path)
    assert lab.compare.on and mode.comparison is None  # replayed, not trained
    assert "comparison after 4 epochs" in view.transport.message.text()
    assert _table(view) == table
    assert all(np.allclose(a, b, rtol=1e-12) for a, b in zip(_curves(view), curves,
                                                                 strict=True))
    assert all(m.image.image is not None for m in view.maps[:2])
    again = list(mode.replay.recorded)
    assert [s.epoch for s in again] == epochs
    for a, b in zip(again[-1].racers, recorded[-1].racers, strict=True):
        np.testing.assert_allclose(a.grid, b.grid, atol=1e-5)  # the maps, from the weights
    assert json.loads(json.dumps(lab.state()))["compare_run"]["epochs"] == epochs

    info = lab.figure_info()  # the figure names the line-up and the comparison's epoch
    assert "SGD η=0.1" in info.subtitle and "Adam η=0.01" in info.subtitle
    assert info.counter == "epoch 4"
    assert lab.frame_count() == len(epochs)
    frames = lab.animation_frames(320, 240)
    assert frames is not None and len(list(frames)) == len(epochs)
    assert _table(view) == table  # the last snapshot put back

    # as after a solo run restored from a scene: Train races again from the seed's weights,
    # and the new race replaces the restored one in the replay
    with qtbot.waitSignal(mode.run_finished, timeout=120_000):
        mode.train()
    assert mode.comparison is not None and mode.comparison.epoch == 4
    raced = mode.replay.recorded  # which epochs between are kept depends on the snapshot rate
    assert not any(s is r for s in raced for r in again)
    assert [s.epoch for s in raced][::len(raced) - 1] == [0, 4]
    assert mode.replay.recorded[-1] is mode.latest


def test_a_corrupt_comparison_run_changes_nothing(qtbot, lab):
    state = _race(qtbot, lab)
    before = lab.state()
    table = _table(lab.compare.view)

    def corrupt(change) -> dict:
        bad = json.loads(json.dumps(state))
        change(bad["compare_run"])
        return bad

    cases = [
        (lambda run: run["racers"].pop(), WRONG_RACER_COUNT),
        (lambda run: run["racers"][0]["weights"][-1][0].pop(), WRONG_COMPARE_RUN),
        (lambda run: run["racers"][1]["weights"][0][1][0].__setitem__(0, float("nan")),
         WRONG_COMPARE_RUN),
        (lambda run: run["racers"][1].pop("history"), WRONG_COMPARE_RUN),
    ]
    for change, template in cases:
        with pytest.raises(SceneError) as caught:
            lab.apply_state(corrupt(change))
        problem = caught.value.values["problem"]
        assert problem.context == "Scenes" and problem.template == template
        assert str(caught.value).startswith("training lab, comparison run")
    assert lab.state() == before and _table(lab.compare.view) == table
    old = {k: v for k, v in state.items() if k != "compare_run"}  # a scene from before
    lab.apply_state(old)
    assert lab.compare.on and lab.state()["compare_run"] is None


def test_export_replays_a_scene_comparison_headless(qtbot, main_window, lab, tmp_path):
    from PIL import Image

    state = _race(qtbot, lab)
    epochs = state["compare_run"]["epochs"]
    path = tmp_path / "race.json"
    write_scene(path, Scene("training", {"training": state}))
    assert read_scene(path).labs["training"]["compare_run"]["epochs"] == epochs
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    outputs = {}
    for suffix in ("gif", "png"):
        out = tmp_path / f"race.{suffix}"
        result = subprocess.run([sys.executable, "main.py", "export", "--scene", str(path),
                                 "--out", str(out), "--size", "320x240"], capture_output=True,
                                text=True, timeout=300, cwd=ROOT, env=env)
        assert result.returncode == 0, result.stderr
        outputs[suffix] = out
    with Image.open(outputs["gif"]) as gif:
        assert gif.n_frames == len(epochs) and gif.size == (320, 240)
    main_window.exporter.export_picture(tmp_path / "here.png", QSize(320, 240))
    with Image.open(outputs["png"]) as png, Image.open(tmp_path / "here.png") as here:
        assert png.size == (320, 240)
        # the finished comparison, as the lab that ran it draws it
        assert np.abs(np.asarray(png.convert("RGB"), dtype=float)
                      - np.asarray(here.convert("RGB"), dtype=float)).mean() < 8
