"""The Training Lab's "Compare optimizers" mode driven like a student would: three optimizers on
XOR, train, pause, resume, stop; overlaid curves, the results table, scenes.

The run is planned far longer than the test lasts, so it can never finish before the test
pauses or stops it; every wait is on a signal (DESIGN rule 9).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.scene import SceneError

pytestmark = pytest.mark.keras

SPEC = ModelSpec(hidden=(LayerSpec(8, "tanh"),), optimizer="adam", learning_rate=0.02,
                 batch_size=4, epochs=100_000, seed=0)
THREE = [{"optimizer": "sgd", "hyper": {"learning_rate": 0.1}},
         {"optimizer": "momentum"}, {"optimizer": "adam", "hyper": {"learning_rate": 0.01}}]


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


def _wait(qtbot, mode, predicate, timeout=60_000):
    """Wait (on the mode's signal) until its latest snapshot satisfies ``predicate``."""
    while not (mode.latest is not None and predicate(mode.latest)):
        with qtbot.waitSignal(mode.snapshot_received, timeout=timeout):
            pass
    return mode.latest


def test_three_optimizers_train_pause_resume_and_stop(qtbot, lab):
    lab.apply_state({"data": {"dataset": "xor"}, "model": SPEC.to_dict(),
                     "compare": {"enabled": True, "racers": THREE}})
    mode = lab.compare
    view = mode.view
    assert lab._widgets.right_stack.currentWidget() is view
    assert [r["optimizer"] for r in lab.state()["compare"]["racers"]] == ["sgd", "momentum",
                                                                          "adam"]
    assert view.transport.train_button.isEnabled() and not view.transport.stop_button.isEnabled()

    qtbot.mouseClick(view.transport.train_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, mode, lambda s: s.epoch >= 3)
    assert not mode.panel.rows[0].used.isEnabled()  # the line-up is the run's
    assert not lab.preset_box.isEnabled()

    mode.pause()
    paused = _wait(qtbot, mode, lambda s: s.state == "paused")
    qtbot.waitUntil(lambda: mode.drawn is paused, timeout=10_000)
    assert view.transport.train_button.text() == "Resume"
    assert len(view.loss.train) == len(view.metric.train) == 3
    for curve in (*view.loss.train, *view.metric.train):
        assert len(curve.getData()[0]) == paused.epoch
    assert [r.epoch for r in paused.racers] == [paused.epoch] * 3
    assert view.table.rowCount() == 3
    assert [view.table.item(i, 0).text() for i in range(3)] == [r.label for r in paused.racers]

    mode.train()  # resume: every racer goes on from its own weights
    _wait(qtbot, mode, lambda s: s.state == "running" and s.epoch > paused.epoch)

    with qtbot.waitSignal(mode.run_finished, timeout=60_000) as ended:
        mode.stop()
    assert ended.args == ["stopped"]
    final = mode.latest
    assert [r.status for r in final.racers] == ["stopped"] * 3
    qtbot.waitUntil(lambda: mode.drawn is final, timeout=10_000)
    assert view.table.rowCount() == 3
    assert all(view.table.item(i, 6).text() != "–" for i in range(3))  # test loss
    assert view.maps_row.isVisibleTo(view) and all(m.image.image is not None
                                                   for m in view.maps[:3])
    assert not mode.active and view.transport.train_button.isEnabled()

    epochs = [snapshot.epoch for snapshot in mode.replay.recorded]
    assert epochs == sorted(set(epochs)) and epochs[-1] == final.epoch  # one an epoch, the end
    frames = lab.animation_frames(320, 240)  # the comparison replayed, epoch by epoch
    assert frames is not None and lab.frame_count() == len(epochs) >= 2
    images = list(frames)
    assert len(images) == len(epochs) and images[0].size().width() == 320
    assert images[0] != images[-1]  # the curves grew
    assert mode.latest is final and view.table.rowCount() == 3  # put back as it was

    landscape = view.landscape  # one slice through the three paths, from their common start
    assert landscape.compute_button.isEnabled()
    qtbot.mouseClick(landscape.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: landscape.result is not None, timeout=60_000)
    lengths = [len(path) for path in landscape.result.paths]
    assert len(lengths) == 3 and lengths[0] >= 2 and len(set(lengths)) == 1  # start + epochs
    assert [len(item.getData()[0]) for item in landscape.paths] == lengths
    assert "Origin (0, 0)" in landscape.note.text() and "Adam η=0.01" in landscape.note.text()

    assert landscape.race_button.isEnabled()  # "Race on this slice", as the solo landscape
    with qtbot.waitSignal(lab.race_requested, timeout=60_000) as handed:
        qtbot.mouseClick(landscape.race_button, Qt.MouseButton.LeftButton)
    surface = handed.args[0]
    assert surface.dim == 2 and surface.value([[0.0, 0.0]]).shape == (1,)


def test_a_bad_comparison_in_a_scene_changes_nothing(lab):
    lab.apply_state({"data": {"dataset": "xor"}, "model": SPEC.to_dict(),
                     "compare": {"enabled": True, "racers": THREE}})
    before = lab.state()
    bad = {**before, "compare": {"enabled": True, "racers": THREE[:1]}}
    with pytest.raises(SceneError, match="'racers' must list 2–4 optimizers"):
        lab.apply_state(bad)
    typo = {**before, "compare": {"racers": [{"optimizer": "adamm"}, {"optimizer": "sgd"}]}}
    with pytest.raises(SceneError, match="adamm"):
        lab.apply_state(typo)
    assert lab.state() == before
    for row in lab.compare.panel.rows[1:]:
        row.used.setChecked(False)
    lab.compare.train()  # one optimizer: nothing to compare, said in the transport
    assert lab.compare.view.transport.is_error and not lab.compare.active
    assert "compare 2–4 optimizers, not 1" in lab.compare.view.transport.message.text()
    lab.apply_state({**before, "compare": {**before["compare"], "enabled": False}})
    assert lab._widgets.right_stack.currentIndex() == 0


def test_while_running_the_curves_and_the_table_follow_one_a_frame(lab):
    """Live, the slower parts are drawn one per frame (each a repaint of its own, so none
    holds the window long); the maps come first. Driven tick by tick, no clock involved."""
    import time

    import numpy as np

    from explorer.core.nn.compare.results import CompareSnapshot, RacerSnapshot

    lab.apply_state({"data": {"dataset": "xor"}, "model": SPEC.to_dict(),
                     "compare": {"enabled": True, "racers": THREE}})
    mode, view = lab.compare, lab.compare.view
    history = {"loss": np.array([0.9, 0.7, 0.5]), "accuracy": np.array([0.5, 0.5, 0.75])}
    racers = tuple(RacerSnapshot(i, r["optimizer"], f"racer {i}", "running", 3, history, (),
                                 None, 0.1) for i, r in enumerate(THREE))
    mode.latest = CompareSnapshot("running", 3, 1, 1, 100, racers)
    mode.last_slow = time.monotonic() - 60  # the slow parts are due

    def points(curve) -> int:
        xs = curve.getData()[0]
        return 0 if xs is None else len(xs)

    mode.tick()  # the maps; the rest queued
    assert mode.parts_due == ["loss", "metric", "table"]
    assert points(view.loss.train[0]) == 0 and view.table.rowCount() == 0
    mode.tick()
    assert points(view.loss.train[0]) == 3 and points(view.metric.train[0]) == 0
    mode.tick()
    assert points(view.metric.train[0]) == 3 and view.table.rowCount() == 0
    mode.tick()
    assert view.table.rowCount() == 3 and mode.parts_due == []

    # the end comes while parts are still queued: it is drawn whole at once, the queue dropped
    history = {"loss": np.array([0.9, 0.7, 0.5, 0.3]), "accuracy": np.array([0.5, 0.5, 0.75, 1])}
    ended = tuple(RacerSnapshot(i, r["optimizer"], f"racer {i}", "finished", 4, history, (),
                                None, 0.1) for i, r in enumerate(THREE))
    mode.latest = CompareSnapshot("running", 4, 1, 1, 100, ended)
    mode.last_slow = time.monotonic() - 60
    mode.tick()
    assert mode.parts_due == ["loss", "metric", "table"]
    mode.latest = CompareSnapshot("finished", 4, 0, 1, 4, ended)
    mode.tick()
    assert mode.drawn is mode.latest and mode.parts_due == []
    assert points(view.loss.train[0]) == 4 and points(view.metric.train[0]) == 4
