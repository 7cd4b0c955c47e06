"""The Optimizer Lab driven like a user would: choose, add, play, step, reset, click."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from explorer.core.optim import Status
from explorer.core.scene import SceneError
from explorer.ui.export import image_to_array, render_widget


@pytest.fixture
def lab(open_lab):
    return open_lab("optimizer")


def _choose_surface(qtbot, lab, name):
    index = lab.surface_box.findData(name)
    lab.surface_box.setCurrentIndex(index)
    lab.surface_box.activated.emit(index)


def test_starts_on_the_quartic_with_four_racers(lab):
    assert lab.surface.name == "quartic"
    assert lab.flat_stack.currentWidget() is lab.view1d
    assert [r.optimizer.name for r in lab.race.racers] == ["gd", "momentum", "rmsprop", "adam"]
    assert lab.legend.rowCount() == 4


def test_choose_surface_rebuilds_views(qtbot, lab):
    _choose_surface(qtbot, lab, "rosenbrock")
    assert lab.surface.name == "rosenbrock"
    assert lab.flat_stack.currentWidget() is lab.view2d
    image = lab.view2d.image.image
    assert image.shape == (512, 512) and image.dtype == np.float32
    assert image.flags["C_CONTIGUOUS"]
    assert lab.race.starts.tolist() == [[-1.5, 2.0]]


def test_space_plays_and_the_race_advances(qtbot, lab):
    lab.playback.set_speed(200)
    qtbot.keyClick(lab, Qt.Key.Key_Space)
    assert lab.playing
    qtbot.waitUntil(lambda: lab.race.step_count >= 20, timeout=10_000)
    qtbot.keyClick(lab, Qt.Key.Key_Space)
    assert not lab.playing
    paused_at = lab.race.step_count
    for _ in range(3):  # frames go on being drawn, and none of them steps
        with qtbot.waitSignal(lab.timer.timeout, timeout=10_000):
            pass
    assert lab.race.step_count == paused_at
    xs, _ = lab.view1d.trails[3].getData()
    assert len(xs) == paused_at + 1


def test_step_and_reset_keys(qtbot, lab):
    qtbot.keyClick(lab, Qt.Key.Key_Right)
    qtbot.keyClick(lab, Qt.Key.Key_Right)
    assert lab.race.step_count == 2
    assert lab.playback.counter.text() == "steps: 2"
    qtbot.keyClick(lab, Qt.Key.Key_R)
    assert lab.race.step_count == 0
    np.testing.assert_array_equal(lab.race.positions[0], [[-8.0]])


def test_a_race_view_behind_another_tab_catches_up_when_shown(qtbot, lab):
    """Only the views on screen are drawn while racing; a hidden one is drawn on its return."""
    lab.set_surface("himmelblau")
    basins = lab.experiments.views["basins"]

    def balls() -> np.ndarray:
        return np.column_stack(lab.view2d.heads.getData())

    lab.view_tabs.setCurrentWidget(basins)
    before = balls()
    for _ in range(5):
        lab.step_once()
    assert lab.race.step_count == 5
    np.testing.assert_array_equal(balls(), before)  # hidden: not redrawn
    lab.view_tabs.setCurrentIndex(0)
    np.testing.assert_allclose(balls(), np.vstack([p[0] for p in lab.race.positions]))
    basins.shutdown()


def test_play_stops_at_max_steps(qtbot, lab):
    lab.playback.max_steps.setValue(15)
    lab.playback.set_speed(500)
    lab.play()
    qtbot.waitUntil(lambda: not lab.playing, timeout=10_000)
    assert lab.race.step_count == 15


def test_add_racer_and_edit_its_hyper_parameters(qtbot, lab):
    _choose_surface(qtbot, lab, "himmelblau")
    lab.add_racer("nadam")
    assert lab.legend.rowCount() == 5 and lab.legend.currentRow() == 4
    assert lab.race.racers[4].optimizer.name == "nadam"
    assert "m̂" in lab.hyper_form.rule.text()
    lab.hyper_form.editor("learning_rate").setValue(0.25)
    assert lab.race.racers[4].optimizer.learning_rate == pytest.approx(0.25)
    assert lab.legend.item(4, 0).text().startswith("Nadam η=0.25")
    lab.remove_selected_racer()
    assert [r.optimizer.name for r in lab.race.racers] == ["gd", "momentum", "rmsprop", "adam"]


def test_click_on_the_surface_sets_the_start(qtbot, lab):
    _choose_surface(qtbot, lab, "booth")
    view = lab.view2d
    scene_point = view.view_box.mapViewToScene(QPointF(2.0, -3.0))
    widget_point = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    start = lab.race.starts[0]
    assert start == pytest.approx([2.0, -3.0], abs=0.1)
    assert lab.start_x.value() == pytest.approx(start[0], abs=1e-3)
    for positions in lab.race.positions:
        np.testing.assert_allclose(positions[0], start)


def test_formula_typo_shows_position_and_keeps_the_surface(qtbot, lab):
    _choose_surface(qtbot, lab, "beale")
    assert not lab.set_formula("sin(x) + * y")
    assert "position 9" in lab.formula_error.text()
    assert lab.surface.name == "beale"
    assert lab.set_formula("sin(x)*cos(y) + 0.1*(x^2+y^2)")
    assert lab.surface.name == "custom" and lab.formula_error.text() == ""
    lab.step_once()
    assert lab.race.step_count == 1


def test_diverging_racer_is_reported_in_the_legend(qtbot, lab):
    _choose_surface(qtbot, lab, "rosenbrock")
    lab.legend.selectRow(0)
    lab.hyper_form.editor("learning_rate").setValue(0.1)
    for _ in range(12):
        lab.step_once()
    assert lab.race.status[0, 0] == Status.DIVERGED
    assert lab.legend.item(0, 2).text().startswith("diverged @")
    xs, ys = lab.view2d.trails[0].getData()
    assert np.isfinite(xs).all() and np.isfinite(ys).all()


def test_grid_of_starts_and_arrows(qtbot, lab):
    _choose_surface(qtbot, lab, "six_hump_camel")
    lab.start_grid.setValue(4)
    lab.show_gradient.setChecked(True)
    lab.show_velocity.setChecked(True)
    lab.step_once()
    assert lab.race.positions[0].shape == (16, 2)
    gx, _ = lab.view2d.gradient_arrows.getData()
    vx, _ = lab.view2d.velocity_arrows.getData()
    # an arrow is a shaft and a head (6 points); arrows too short to see are left out
    assert len(gx) % 6 == 0 and len(vx) % 6 == 0
    assert 0 < len(gx) <= 6 * 16 * 4 and 0 < len(vx) <= 6 * 16 * 4


def test_scene_round_trip_and_refusal(qtbot, main_window, lab, tmp_path):
    _choose_surface(qtbot, lab, "two_wells")
    lab.add_racer("adamax")
    for _ in range(7):
        lab.step_once()
    path = tmp_path / "race.json"
    main_window.save_scene(path)
    saved = lab.state()
    _choose_surface(qtbot, lab, "quartic")
    main_window.open_scene(path)
    assert lab.state() == saved and lab.race.step_count == 7
    before = lab.state()
    bad = json.loads(path.read_text())
    bad["labs"]["optimizer"]["racers"][0]["optimizer"] = "lbfgs"
    path.write_text(json.dumps(bad))
    with pytest.raises(SceneError, match="unknown optimizer"):
        main_window.open_scene(path)
    assert lab.state() == before


def test_settings_persist_between_windows(qtbot, main_window, lab, settings):
    from explorer.ui.main_window import MainWindow

    _choose_surface(qtbot, lab, "ackley")
    lab.step_once()
    main_window.resize(1200, 760)
    qtbot.waitUntil(lambda: main_window.width() == 1200)
    main_window.save_settings()
    second = MainWindow(settings=settings, remember=True)
    qtbot.addWidget(second)
    restored = second.labs["optimizer"]
    assert restored.surface.name == "ackley" and restored.race.step_count == 1
    assert settings.value("window/geometry") == main_window.saveGeometry()
    screen = second.screen().availableGeometry()
    assert second.width() == min(1200, screen.width()) or second.width() >= screen.width() - 4
    second.shutdown()


def test_exception_in_a_slot_is_shown_and_the_app_keeps_running(qtbot, main_window, lab):
    from explorer.ui.app import ErrorReporter

    reporter = ErrorReporter(main_window)
    reporter.install()
    try:
        def broken() -> None:
            raise RuntimeError("boom in a slot")

        lab.playback.step_requested.connect(broken)
        lab.playback.step_button.click()
        assert reporter.last_error == "RuntimeError: boom in a slot"
        assert reporter.dialog is not None and reporter.dialog.isVisible()
        reporter.dialog.close()
        lab.playback.step_requested.disconnect(broken)
        lab.step_once()
        assert lab.race.step_count >= 1
    finally:
        reporter.uninstall()


@pytest.mark.parametrize("size", [(640, 480), (1600, 900)])
def test_png_export_has_the_requested_size_and_is_not_blank(qtbot, main_window, lab, tmp_path,
                                                           size):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    _choose_surface(qtbot, lab, "rosenbrock")
    path = tmp_path / "view.png"
    main_window.exporter.export_picture(path, QSize(*size))
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    pixels = image_to_array(image)
    assert pixels.std() > 20  # a heatmap, not a flat colour
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 100


def test_gif_export_animates_the_race(qtbot, main_window, lab, tmp_path):
    from PIL import Image
    from PySide6.QtCore import QSize

    _choose_surface(qtbot, lab, "himmelblau")
    lab.playback.max_steps.setValue(30)
    path = tmp_path / "race.gif"
    export = main_window.exporter.export_animation(path, QSize(320, 240), show_dialog=False)
    qtbot.waitUntil(lambda: not export.running, timeout=30000)
    with Image.open(path) as gif:
        assert gif.size == (320, 240)
        assert gif.n_frames == 31
        gif.seek(0)
        first = np.asarray(gif.convert("RGB"), dtype=int)
        gif.seek(gif.n_frames - 1)
        last = np.asarray(gif.convert("RGB"), dtype=int)
    assert first.std() > 20
    assert np.abs(first - last).sum() > 0  # the racers moved
    assert lab.race.step_count == 30


def test_3d_view(qtbot, lab, gl_available):
    _choose_surface(qtbot, lab, "himmelblau")
    lab.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: lab.view3d is not None and lab.view3d.isVisible(), timeout=10_000)
    lab.step_once()
    assert lab.view3d.mesh is not None
    pos = lab.view3d.balls.pos
    assert pos.shape == (4, 3) and np.isfinite(pos).all()
    image = render_widget(lab.export_target(), 400, 300)
    assert (image.width(), image.height()) == (400, 300)
    assert image_to_array(image).std() > 10


def test_3d_view_draws_after_tensorflow_was_imported(qtbot, lab, gl_available):
    """TensorFlow's bundled LLVM used to crash Mesa's llvmpipe in the same process."""
    pytest.importorskip("tensorflow")
    _choose_surface(qtbot, lab, "rosenbrock")
    lab.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: lab.view3d is not None and lab.view3d.isVisible(), timeout=10_000)
    for _ in range(3):
        lab.step_once()
        lab.view3d.repaint()
    image = render_widget(lab.export_target(), 300, 200)
    assert image_to_array(image).std() > 10


def test_race_on_a_surface_handed_over_by_another_lab(qtbot, main_window, lab, tmp_path):
    from explorer.core.surfaces import grid_surface

    xs, ys = np.linspace(-1, 1, 11), np.linspace(-1, 1, 11)
    z = xs[None, :] ** 2 + 3 * ys[:, None] ** 2 + 0.5
    main_window.race_on_surface(grid_surface("a network's slice", xs, ys, z, start=(0.8, 0.8)))
    assert main_window.current_lab is lab and lab.surface.name == "landscape"
    assert lab.surface_box.currentData() == "landscape"
    assert lab.view2d.image.image.shape == (512, 512)
    start_loss = lab.race.losses()[0, 0]
    lab.step_once()
    assert lab.race.losses()[0, 0] < start_loss  # GD went downhill on the slice
    path = tmp_path / "landscape.json"
    main_window.save_scene(path)
    _choose_surface(qtbot, lab, "booth")
    main_window.open_scene(path)
    assert lab.surface.name == "landscape" and lab.race.step_count == 1


def test_a_slow_surface_races_slower_instead_of_freezing_the_window(lab, fake_clock):
    """Stepping may use half the time since the last frame: on a surface whose gradient takes
    20 ms (a network's loss slice goes through TensorFlow) a quarter-second frame takes one
    step to measure, then 6 (125 ms), not the 125 steps that 500 steps/s would ask for.
    The lab's clock is a fake one that only the gradient advances, 20 ms a call."""
    import dataclasses

    from explorer.core.surfaces import grid_surface
    from explorer.ui.labs.optimizer import lab as lab_module

    xs, ys = np.linspace(-1, 1, 11), np.linspace(-1, 1, 11)
    base = grid_surface("a slow slice", xs, ys, xs[None, :] ** 2 + 3 * ys[:, None] ** 2,
                        start=(0.8, 0.8))
    clock = fake_clock(lab_module)

    def slow_gradient(*coords):
        clock.advance(0.02)
        return base.gradient_xy(*coords)

    lab.race_on(dataclasses.replace(base, gradient_xy=slow_gradient))
    lab.setup.speed = 500
    lab.playing = True
    taken = []
    for _ in range(3):
        before = lab.race.step_count
        lab._last_tick = clock.monotonic() - 0.25
        began = clock.perf_counter()
        lab._tick()
        taken.append(lab.race.step_count - before)
    assert taken[0] == 1 and all(1 <= n <= 6 for n in taken[1:])  # 20 ms a step
    assert clock.perf_counter() - began < 0.5  # the last frame: ≤ 6 steps of 20 ms
    lab.playing = False
