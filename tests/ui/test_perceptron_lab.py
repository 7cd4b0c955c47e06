"""The Perceptron Lab driven like a student would: gates, steps, play, hand mode, XOR's hidden
layer, scenes and exports. Everything drawn is compared with what `explorer.core` computes."""

import json
import re
from itertools import pairwise

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize, Qt

from explorer.core.perceptron import GATES, PRESETS, decision_line, train
from explorer.core.scene import SceneError
from explorer.ui.export import image_to_array
from explorer.ui.labs.perceptron.page import perceptron_at
from explorer.ui.labs.perceptron.plots import MAX_PATH_DOTS, visible_view
from explorer.ui.worker import running_threads


@pytest.fixture
def held_training(monkeypatch):
    """(holding, release): the network training's first paced pause waits until the test sets
    ``release`` (``holding`` is set meanwhile); later pauses are real."""
    import threading
    import types

    from explorer.ui.labs.perceptron import trainer

    holding, release = threading.Event(), threading.Event()

    def sleep(seconds: float) -> None:
        if not holding.is_set():
            holding.set()
            release.wait(60)
        else:
            threading.Event().wait(seconds)  # the trainer's own pacing, unchanged

    monkeypatch.setattr(trainer, "time", types.SimpleNamespace(sleep=sleep))
    yield holding, release
    release.set()


@pytest.fixture
def lab(open_lab):
    return open_lab("perceptron")


def _choose_gate(lab, name: str) -> None:
    index = lab.panel.gate_box.findData(name)
    lab.panel.gate_box.setCurrentIndex(index)
    lab.panel.gate_box.activated.emit(index)


def _numbers(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", text.replace("−", "-"))]


def _drawn_delta(lab) -> tuple[list[float], float]:
    """(Δw, Δb) as printed in the page's Δw line."""
    match = re.search(r"= \(([^)]*)\)\s+Δb = η\(d − y\) = (\S+)$", lab.page.delta_label.text())
    assert match, lab.page.delta_label.text()
    return _numbers(match.group(1)), _numbers(match.group(2))[0]


def _assert_line_matches_core(plot, weights, bias) -> None:
    expected = decision_line(weights, bias, visible_view(plot))
    drawn = plot.line_points()
    if expected is None:
        assert len(drawn) == 0
    else:
        np.testing.assert_allclose(drawn, expected.points, atol=1e-9)


def _inside_convex(poly: np.ndarray, point) -> bool:
    edges = np.roll(poly, -1, axis=0) - poly
    rel = np.asarray(point) - poly
    cross = edges[:, 0] * rel[:, 1] - edges[:, 1] * rel[:, 0]
    return bool((cross >= -1e-9).all() or (cross <= 1e-9).all())


def test_the_lab_comes_right_after_the_optimizer_lab(main_window, lab):
    assert list(main_window.labs)[:2] == ["optimizer", "perceptron"]
    assert main_window.current_lab is lab and lab.title == "Perceptron Lab"
    assert lab.settings.gate == "and" and lab.settings.step == 0
    assert lab.page.input_plot.points.getData()[0].tolist() == [0, 0, 1, 1]


def test_step_a_sample_shows_table_line_and_update(qtbot, lab):
    _choose_gate(lab, "nand")
    assert lab.run.gate.name == "nand" and lab.run.seed == 0
    table = lab.page.table
    while True:
        qtbot.keyClick(lab, Qt.Key.Key_Right)
        step = lab.settings.step
        update = lab.run.history[step - 1]
        p = perceptron_at(lab.run, step)
        np.testing.assert_allclose(p.weights, update.weights_after)
        evaluation = p.evaluate("nand")
        for row in range(4):
            shown = table.item(row, 4).text()
            assert shown.startswith(str(evaluation.outputs[row]))
            assert ("✗" in shown) == (not evaluation.correct[row])
        assert table.wrong_rows() == np.flatnonzero(~evaluation.correct).tolist()
        assert table.verticalHeaderItem(update.index).text() == "▶"
        _assert_line_matches_core(lab.page.input_plot, p.weights, p.bias)
        delta_w, delta_b = _drawn_delta(lab)
        np.testing.assert_allclose(delta_w, update.delta_w, atol=5e-4)
        assert delta_b == pytest.approx(update.delta_b, abs=5e-4)
        xs, ys = lab.page.input_plot.highlight.getData()
        assert (xs[0], ys[0]) == tuple(update.x)
        if update.delta_w.any():  # the arrow goes from w before to w after
            break
    ax, ay = lab.page.weight_plot.arrow.getData()
    np.testing.assert_allclose([ax[0], ay[0]], update.weights_before)
    np.testing.assert_allclose([ax[1], ay[1]], update.weights_after)
    assert lab.page.shown_path().shape == (step + 1, 2)
    assert f"epoch {update.epoch}" in lab.playback.counter.text()


def test_step_an_epoch_and_the_errors_plot(qtbot, lab):
    lab.step_once()
    lab.step_epoch()
    assert lab.settings.step == 4
    qtbot.keyClick(lab, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert lab.settings.step == 8
    heights = lab.page.errors_plot.bars.opts["height"]
    assert list(heights) == lab.run.errors_per_epoch[:2]
    qtbot.keyClick(lab, Qt.Key.Key_R)
    assert lab.settings.step == 0 and len(lab.page.errors_plot.bars.opts["height"]) == 0


def test_play_until_and_converges(qtbot, lab):
    lab.playback.set_speed(500)
    qtbot.keyClick(lab, Qt.Key.Key_Space)
    assert lab.playing
    qtbot.waitUntil(lambda: not lab.playing, timeout=10_000)
    run = lab.run
    assert run.converged and lab.settings.step == len(run.history) == 4 * run.epochs_run
    assert "Converged" in lab.page.caption.text()
    assert lab.page.verdict.text().startswith("✔ Solved")
    assert lab.page.table.wrong_rows() == []
    heights = lab.page.errors_plot.bars.opts["height"]
    assert list(heights) == run.errors_per_epoch and heights[-1] == 0
    region = lab.page.weight_plot.region_polygon()
    assert len(region) >= 3 and _inside_convex(region, run.weights)


def test_new_seed_resets_with_other_weights(qtbot, lab):
    lab.step_epoch()
    first = lab.run.initial.weights.copy()
    qtbot.mouseClick(lab.panel.new_seed_button, Qt.MouseButton.LeftButton)
    assert lab.settings.seed == 1 and lab.settings.step == 0
    assert not np.allclose(lab.run.initial.weights, first)
    np.testing.assert_allclose(lab.run.initial.weights, train("and", seed=1).initial.weights)


def test_hand_mode_presets_sliders_and_weight_space_clicks(qtbot, lab):
    qtbot.mouseClick(lab.panel.hand_radio, Qt.MouseButton.LeftButton)
    assert lab.settings.mode == "hand" and not lab.playback.isEnabled()
    assert not lab.page.verdict.text().startswith("✔")
    qtbot.keyClick(lab, Qt.Key.Key_Space)
    assert not lab.playing  # nothing to play in hand mode
    qtbot.mouseClick(lab.panel.preset_buttons["and"], Qt.MouseButton.LeftButton)
    assert lab.settings.hand == PRESETS["and"]
    assert [s.value() for s in lab.panel.hand.spins] == list(PRESETS["and"])
    assert lab.page.verdict.text() == "✔ Solved: all 4 rows of AND are right"
    _assert_line_matches_core(lab.page.input_plot, PRESETS["and"][:2], PRESETS["and"][2])
    lab.panel.hand.sliders[2].setValue(-20)  # b = −0.2 turns AND's weights into OR's
    assert lab.settings.hand == (0.5, 0.5, -0.2)
    assert lab.panel.hand.spins[2].value() == pytest.approx(-0.2)
    qtbot.waitUntil(lambda: lab.page.verdict.text().startswith("✗"), timeout=10_000)
    assert lab.page.table.wrong_rows() == [1, 2]
    plot = lab.page.weight_plot
    target = plot.view_box.mapViewToScene(QPointF(1.5, 1.5))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(target))
    w1, w2, b = lab.settings.hand
    assert (w1, w2) == pytest.approx((1.5, 1.5), abs=0.03) and b == -0.2
    expected = decision_line((w1, w2), b, visible_view(lab.page.input_plot)).points

    def moved() -> bool:  # the new line drawn (the verdict, "✗ 2", was already that before)
        drawn = lab.page.input_plot.line_points()
        return drawn.shape == expected.shape and np.allclose(drawn, expected, atol=1e-9)

    qtbot.waitUntil(moved, timeout=10_000)
    assert lab.page.verdict.text().startswith("✗ 2") and lab.page.table.wrong_rows() == [1, 2]


def test_xor_fails_then_a_hidden_layer_solves_it(qtbot, lab, held_training):
    _choose_gate(lab, "xor")
    assert lab.panel.hidden_group.isVisible()
    assert not lab.panel.add_hidden_button.isEnabled()
    qtbot.keyClick(lab, Qt.Key.Key_E)  # train to the epoch limit
    assert lab.settings.step == len(lab.run.history) == 400
    plot = lab.page.weight_plot  # the path's line keeps every update, its dots are bounded
    xs, _ = plot.path.getData()
    dots, _ = plot.path_dots.getData()
    assert len(xs) > MAX_PATH_DOTS and len(dots) == MAX_PATH_DOTS
    assert (dots[0], dots[-1]) == (xs[0], xs[-1])
    assert "No straight line separates XOR" in lab.page.caption.text()
    assert "cycle" in lab.page.caption.text() and lab.run.cycles
    assert lab.panel.add_hidden_button.isEnabled()
    assert "no (w₁, w₂, b) solves XOR" in lab.page.weight_plot.region_label.toPlainText()
    lab.trainer.live_seconds = 0.5
    holding, release = held_training
    with qtbot.waitSignal(lab.hidden_trained, timeout=15000) as blocker:
        qtbot.mouseClick(lab.panel.add_hidden_button, Qt.MouseButton.LeftButton)
        assert holding.wait(60)  # the training waits for the test at its first pause
        assert not lab.is_ready() and lab.trainer.busy
        release.set()
    assert blocker.args == [True]
    assert lab.view_tabs.currentWidget() is lab.hidden_page and lab.settings.hidden
    page = lab.hidden_page
    assert "(100 %)" in page.info.text() and "Solved" in lab.panel.mlp_status.text()
    heat = page.heatmap.heat()
    assert heat.dtype == np.float32 and heat.flags["C_CONTIGUOUS"]
    assert heat.min() < 0.05 and heat.max() > 0.95 and heat.std() > 0.2
    assert page.table.wrong_rows() == []
    xs, ys = page.hidden_space.points.getData()
    line = page.hidden_space.line_points()
    assert line.shape == (2, 2)
    direction = line[1] - line[0]
    side = np.sign(direction[0] * (ys - line[0, 1]) - direction[1] * (xs - line[0, 0]))
    targets = GATES["xor"].targets
    assert len(set(side[targets == 1])) == 1 and len(set(side[targets == 0])) == 1
    assert side[targets == 1][0] == -side[targets == 0][0]
    net = page.progress.snapshot.net
    np.testing.assert_allclose(np.column_stack([xs, ys]), net.hidden(GATES["xor"].inputs))

    saved = lab.state()  # the hidden layer comes back with a scene, trained the same way
    assert saved["hidden"] and saved["page"] == "hidden"
    _choose_gate(lab, "and")
    assert not lab.settings.hidden and not lab.view_tabs.isTabEnabled(1)
    with qtbot.waitSignal(lab.hidden_trained, timeout=10000):
        lab.apply_state(saved)
    assert lab.state() == saved and lab.view_tabs.currentIndex() == 1
    np.testing.assert_allclose(lab.hidden_page.progress.snapshot.net.w1, net.w1)


def test_scene_round_trip_and_a_corrupt_scene_is_refused(qtbot, main_window, lab, tmp_path):
    _choose_gate(lab, "or")
    lab.panel.learning_rate.setValue(0.1)
    lab.panel.seed.setValue(3)
    lab.playback.max_steps.setValue(40)
    lab.playback.set_speed(50)
    for _ in range(7):
        lab.step_once()
    lab.set_hand(0.25, -0.5, 1.0)
    path = tmp_path / "perceptron.json"
    main_window.save_scene(path)
    saved = lab.state()
    assert saved["step"] == 7 and saved["speed"] == 50 and saved["epochs"] == 40
    _choose_gate(lab, "nor")
    lab.set_mode("hand")
    main_window.open_scene(path)
    assert lab.state() == saved and lab.settings.mode == "learn"
    expected = perceptron_at(train("or", 0.1, 40, 3), 7)
    _assert_line_matches_core(lab.page.input_plot, expected.weights, expected.bias)
    assert lab.panel.gate_box.currentData() == "or" and lab.panel.seed.value() == 3

    before = lab.state()
    document = json.loads(path.read_text())
    document["labs"]["perceptron"]["gate"] = "xand"
    path.write_text(json.dumps(document))
    with pytest.raises(SceneError, match="'gate' must be one of"):
        main_window.open_scene(path)
    assert lab.state() == before
    corrupt = [
        {**before, "step": 10_000},
        {**before, "hand": [0.1, 0.2]},
        {**before, "learning_rate": float("nan")},
        {**before, "hidden": True},  # OR needs no hidden layer
        {**before, "mode": "dream"},
        {key: value for key, value in before.items() if key != "seed"},
        "not an object",
    ]
    for data in corrupt:
        with pytest.raises(SceneError):
            lab.apply_state(data)
        assert lab.state() == before


def test_png_export_is_not_blank(main_window, lab, tmp_path):
    from PySide6.QtGui import QImage

    lab.step_epoch()
    path = tmp_path / "perceptron.png"
    main_window.exporter.export_picture(path, QSize(900, 600))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 600)
    pixels = image_to_array(image)
    assert pixels.std() > 20
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 50


def _read_gif(path):
    from PIL import Image

    with Image.open(path) as gif:
        frames = []
        for index in range(gif.n_frames):
            gif.seek(index)
            frames.append(np.asarray(gif.convert("RGB"), dtype=int))
        return gif.size, frames


def test_gif_replays_the_run_from_its_start(qtbot, main_window, lab, tmp_path):
    lab.set_mode("hand")  # the export switches to the learning run and back
    lab.set_mode("learn")
    for _ in range(12):
        lab.step_once()
    lab.set_mode("hand")
    assert lab.frame_count() == 13
    path = tmp_path / "run.gif"
    export = main_window.exporter.export_animation(path, QSize(320, 240), show_dialog=False)
    with qtbot.waitSignal(export.finished, timeout=20000):
        pass  # (waitUntil would poll with qWait, which starves worker threads of the GIL)
    size, frames = _read_gif(path)
    assert size == (320, 240) and len(frames) == 13
    assert frames[0].std() > 20
    assert np.abs(frames[0] - frames[-1]).sum() > 0
    assert sum(np.abs(a - b).sum() > 0 for a, b in pairwise(frames)) >= 10
    assert lab.settings.step == 12 and lab.settings.mode == "hand"


def test_gif_of_the_hidden_layer_training(qtbot, main_window, lab, tmp_path):
    _choose_gate(lab, "xnor")
    lab.run_to_end()
    lab.trainer.epochs = 24  # a short training: one frame per epoch
    lab.trainer.live_seconds = 0.0
    with qtbot.waitSignal(lab.hidden_trained, timeout=10000):
        lab.add_hidden_layer()
    assert lab.frame_count() == 25
    path = tmp_path / "network.gif"
    export = main_window.exporter.export_animation(path, QSize(300, 200), show_dialog=False)
    with qtbot.waitSignal(export.finished, timeout=20000):
        pass
    size, frames = _read_gif(path)
    assert size == (300, 200) and len(frames) == 25
    assert np.abs(frames[0] - frames[-1]).sum() > 0


def test_closing_while_the_network_trains_leaves_no_thread(qtbot, main_window, lab,
                                                         held_training):
    holding, release = held_training
    _choose_gate(lab, "xor")
    lab.run_to_end()
    lab.trainer.live_seconds = 60.0  # paced: a minute for the whole training
    lab.add_hidden_layer()
    assert holding.wait(60)  # held after its first snapshot: it cannot have ended
    qtbot.waitUntil(lambda: lab.hidden_page.progress is not None, timeout=60_000)
    assert lab.trainer.busy and not lab.is_ready()
    release.set()  # training on, paced, as the window closes
    main_window.close()
    assert running_threads() == []
