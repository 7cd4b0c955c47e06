"""The Optimizer Lab's controls never lose the user's work and never ignore them silently: racers
survive a change of surface, a racer added mid-race joins it, refused numbers are named, the
legend keeps its shape, everything fits at 1000×700, the wheel scrolls the panel, and the live
view is the live race again right after a GIF export."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
)

from explorer.core.optim import RacerSetup, RaceSetup, suggested_learning_rate
from explorer.core.scene import SceneError
from explorer.ui.export import image_to_array
from explorer.ui.widgets.legend import CELL_PADDING


@pytest.fixture
def lab(open_lab):
    return open_lab("optimizer")


@pytest.fixture
def small_lab(main_window, lab, qtbot):
    main_window.resize(1000, 700)
    qtbot.waitUntil(lambda: main_window.width() == 1000 and main_window.height() == 700,
                    timeout=10_000)
    return lab


def _choose_surface(lab, name):
    index = lab.surface_box.findData(name)
    lab.surface_box.setCurrentIndex(index)
    lab.surface_box.activated.emit(index)


def _type(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _wheel(widget, dy):
    pos = QPointF(5, 5)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, dy), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


# --- 8: a new surface keeps the racers; a racer added mid-race joins it ---------------------


def test_a_new_surface_keeps_the_racers_and_offers_the_suggested_learning_rates(lab):
    lab.legend.selectRow(0)
    lab.hyper_form.editor("learning_rate").setValue(0.05)
    lab.add_racer("nadam")
    _choose_surface(lab, "rosenbrock")
    assert [r.optimizer.name for r in lab.race.racers] == [
        "gd", "momentum", "rmsprop", "adam", "nadam"]
    assert lab.race.racers[0].optimizer.learning_rate == pytest.approx(0.05)
    assert lab.race.racers[3].optimizer.learning_rate == pytest.approx(1.3)  # the quartic's
    assert lab.race.starts.tolist() == [[-1.5, 2.0]]
    assert lab.suggest_button.isEnabled()
    assert lab.racers_note.text() == ("Your racers and their settings are kept. "
                                      "Rosenbrock's banana valley suggests other learning rates.")
    assert "GD η=0.001" in lab.suggest_button.toolTip()
    lab.suggest_button.click()
    rates = [r.optimizer.learning_rate for r in lab.race.racers]
    assert rates == pytest.approx([0.001, 0.001, 0.04, 0.08, 0.08])
    assert rates == pytest.approx([suggested_learning_rate(lab.surface, r.optimizer.name)
                                   for r in lab.race.racers])
    assert lab.race.racers[1].optimizer.hyper["momentum"] == 0.9
    assert not lab.suggest_button.isEnabled()


def test_a_racer_added_mid_race_sets_off_from_the_start_while_the_others_keep_going(lab):
    _choose_surface(lab, "himmelblau")
    for _ in range(10):
        lab.step_once()
    before = [p.copy() for p in lab.race.positions]
    lab.add_racer("nadam")
    race = lab.race
    assert race.step_count == 10 and lab.playback.counter.text() == "steps: 10"
    for k in range(4):
        np.testing.assert_array_equal(race.positions[k], before[k])
    np.testing.assert_array_equal(race.positions[4], race.starts)
    assert lab.racers_note.text().endswith("sets off from the start at step 10; the others "
                                           "keep going.")
    assert "joined the race at step 10" in lab.legend.item(4, 0).toolTip()
    for _ in range(5):
        lab.step_once()
    track = race.tracks[4]
    assert track.length == 16 == race.tracks[0].length
    np.testing.assert_array_equal(track.points[0, :11], np.repeat(race.starts, 11, axis=0))
    assert not np.allclose(track.points[0, 11], race.starts[0])
    xs, ys = lab.view2d.trails[4].getData()  # decimated to the screen: the 11 steps spent
    drawn = np.column_stack([xs, ys])           # at the start are one point there
    np.testing.assert_array_equal(drawn[0], race.starts[0])
    np.testing.assert_array_equal(drawn[-1], track.points[0, -1])
    assert len(drawn) < 16 and all((track.points[0] == p).all(axis=1).any() for p in drawn)
    # a scene made now replays the race exactly as it ran
    state = lab.state()
    assert [r["joined_at"] for r in state["racers"]] == [0, 0, 0, 0, 10]
    positions = [p.copy() for p in race.positions]
    lab.reset()
    lab.apply_state(state)
    assert lab.race.step_count == 15
    for k in range(5):
        np.testing.assert_array_equal(lab.race.positions[k], positions[k])


def test_a_racer_added_at_the_last_step_restarts_the_race_and_says_so(lab):
    lab.playback.max_steps.setValue(5)
    for _ in range(5):
        lab.step_once()
    lab.add_racer("sgd")
    assert lab.race.step_count == 0 and len(lab.race.racers) == 5
    assert lab.racers_note.text() == ("SGD η=0.1 added. The race had reached its last step "
                                      "(max 5), so it restarts from step 0.")


def test_a_reset_makes_a_late_racer_an_ordinary_one():
    setup = RaceSetup.for_surface("booth", max_steps=50)
    race = setup.build_race()
    race.step(7)
    race.join(RacerSetup("adam", {"learning_rate": 0.2}).build())
    assert race.joined_at == [0, 0, 0, 0, 7]
    race.step(3)
    assert race.status.shape == (5, 1) and race.losses().shape == (5, 1)
    race.reset()
    assert race.joined_at == [0] * 5 and race.tracks[4].length == 1


def test_a_late_racer_runs_as_it_would_from_step_0():
    """Joining at step k only delays a racer: its steps are those of a race of its own."""
    alone = RaceSetup.for_surface("beale", max_steps=50)
    alone.racers = [RacerSetup("rmsprop", {"learning_rate": 0.05})]
    solo = alone.build_race()
    solo.step(12)
    race = RaceSetup.for_surface("beale", max_steps=50).build_race()
    race.step(20)
    race.join(alone.racers[0].build())
    race.step(12)
    np.testing.assert_array_equal(race.tracks[4].points[:, 20:], solo.tracks[0].points)


def test_a_scene_with_racers_joining_out_of_order_is_refused():
    setup = RaceSetup.for_surface("booth", max_steps=50, steps_taken=10)
    data = setup.to_dict()
    data["racers"][1]["joined_at"] = 5  # racer 2 joins after racer 3, which starts at 0
    with pytest.raises(SceneError, match="racer 3: joined_at must be between 5"):
        RaceSetup.from_dict(data)
    data["racers"][1]["joined_at"] = 0
    data["racers"][3]["joined_at"] = 11
    with pytest.raises(SceneError, match=r"racer 4: joined_at .* steps_taken \(10\)"):
        RaceSetup.from_dict(data)
    del data["racers"][3]["joined_at"]  # files from before late racers: all start at 0
    assert [r.joined_at for r in RaceSetup.from_dict(data).racers] == [0, 0, 0, 0]


# --- 9: numbers out of range are refused aloud, the last valid one stays -----------------------


def test_a_learning_rate_out_of_range_is_named_and_the_last_one_stays(qtbot, lab):
    lab.legend.selectRow(0)
    box, note = lab.hyper_form.editor("learning_rate"), lab.hyper_form.note("learning_rate")
    _type(qtbot, box, "1000000")
    assert box.value() == pytest.approx(0.1) and box.text() == "0.1"
    assert lab.race.racers[0].optimizer.learning_rate == pytest.approx(0.1)
    assert note.isVisibleTo(lab)
    assert note.text() == "⚠ learning rate must be between 1e-05 and 10: 1000000 was not taken."
    assert "learning rate must be between 1e-05 and 10." in box.toolTip()
    _type(qtbot, lab.hyper_form.editor("learning_rate"), "0.5")  # taken: the note goes
    assert lab.race.racers[0].optimizer.learning_rate == pytest.approx(0.5)
    assert not lab.hyper_form.note("learning_rate").isVisibleTo(lab)


def test_a_batch_size_of_0_is_named_and_the_last_one_stays(qtbot, lab):
    _type(qtbot, lab.batch_size, "0")
    assert lab.batch_size.value() == 4 and lab.race.batch_size == 4
    note = lab.notes["batch size"]
    assert note.isVisibleTo(lab)
    assert note.text() == "⚠ batch size must be between 1 and 10,000: 0 was not taken."
    _type(qtbot, lab.batch_size, "16")
    assert lab.race.batch_size == 16 and not note.isVisibleTo(lab)


# --- 14: the legend keeps its shape ------------------------------------------------------------


def test_the_legend_keeps_row_heights_and_elides_long_statuses_with_a_tooltip(small_lab):
    lab = small_lab
    legend = lab.legend
    heights = [legend.rowHeight(r) for r in range(legend.rowCount())]
    assert heights == [legend.row_height()] * 4
    long = "converged @60 — local minimum (−4.34)"
    legend.set_readouts([13.52, -4.34, 1e6, 2.5], ["diverged @2", long, "running", "running"])
    assert [legend.rowHeight(r) for r in range(4)] == heights
    assert legend.item(1, 2).toolTip() == long
    metrics = legend.fontMetrics()
    names = [legend.item(r, 0).text() for r in range(4)]
    assert names[1] == "Momentum η=0.1"
    for name in names:  # a name may wrap, within the row
        assert metrics.boundingRect(QRect(0, 0, legend.columnWidth(0) - 14 - CELL_PADDING, 1000),
                                    Qt.TextFlag.TextWordWrap, name).height() <= legend.row_height()
    assert legend.columnWidth(1) >= metrics.horizontalAdvance("1e+06")
    assert legend.columnWidth(2) >= metrics.horizontalAdvance("diverged @2")
    assert sum(legend.columnWidth(c) for c in range(3)) <= legend.viewport().width()
    lab.window().resize(1280, 800)  # at the default size the status is read whole, wrapped
    QApplication.processEvents()
    wrapped = metrics.boundingRect(QRect(0, 0, legend.columnWidth(2) - CELL_PADDING, 1000),
                                   Qt.TextFlag.TextWordWrap, long)
    assert wrapped.height() <= legend.row_height()


# --- 15: everything fits at 1000×700; the wheel scrolls the panel ---------------------------


def test_every_surface_name_fits_its_box_at_1000x700(small_lab):
    box = small_lab.surface_box
    metrics = box.fontMetrics()
    for index in range(box.count()):
        box.setCurrentIndex(index)
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
        assert metrics.horizontalAdvance(box.shown_text()) <= field.width(), box.currentText()
    box.setCurrentIndex(box.findData("quartic"))
    assert box.shown_text() == "Quartic (1-D)"
    small_lab.set_surface("quartic")
    assert small_lab.formula_label.text().startswith("a local and a global minimum<br>")


def test_the_show_options_are_on_screen_at_1000x700(small_lab):
    for box in (small_lab.log_colour, small_lab.show_gradient, small_lab.show_velocity,
                small_lab.log_y):
        assert box.isVisible() and not box.visibleRegion().isEmpty(), box.text()
        assert box.visibleRegion().boundingRect().size() == box.size()


def test_the_wheel_scrolls_the_panel_and_only_a_focused_box_takes_it(qtbot, small_lab):
    lab = small_lab
    box = lab.noise
    panel = box.parentWidget()
    while not isinstance(panel, QScrollArea):
        panel = panel.parentWidget()
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not box.hasFocus()
    _wheel(box, -120)
    assert box.value() == pytest.approx(0.5) and lab.race.noise_sigma == pytest.approx(0.5)
    assert bar.value() > 0
    _wheel(lab.surface_box, -120)
    assert lab.surface.name == "quartic"
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=10_000)
    scrolled = bar.value()
    _wheel(box, 120)
    assert box.value() == pytest.approx(0.6) and lab.race.noise_sigma == pytest.approx(0.6)
    assert bar.value() == scrolled


# --- 17: after a GIF export the live view is the live race --------------------------------


def _drawn_matches_race(lab):
    race, view = lab.race, lab.view1d
    balls = view.balls.getData()
    np.testing.assert_allclose(balls[0], [p[0, 0] for p in race.positions])
    np.testing.assert_allclose(balls[1], race.losses()[:, 0])
    for k, track in enumerate(race.tracks):
        xs, _ = view.trails[k].getData()
        assert xs[-1] == track.points[0, -1, 0]
        tangent_x, _ = view.tangents[k].getData()
        assert tangent_x.mean() == pytest.approx(race.positions[k][0, 0])


def _ghost_pixels(window, view):
    """Pixels where the window on screen differs from a fresh drawing of the view."""
    origin = view.mapTo(window, QPoint(0, 0))
    shown = window.screen().grabWindow(window.winId(), origin.x(), origin.y(), view.width(),
                                       view.height())
    fresh = image_to_array(view.grab().toImage()).astype(int)
    return int((np.abs(image_to_array(shown.toImage()) - fresh).sum(axis=2) > 30).sum())


def test_after_a_gif_export_the_live_view_shows_the_live_race(qtbot, main_window, lab,
                                                              tmp_path):
    for _ in range(40):
        lab.step_once()
    view = lab.export_target()
    export = main_window.exporter.export_animation(tmp_path / "race.gif", QSize(320, 240),
                                                   show_dialog=False)
    qtbot.waitUntil(lambda: not export.running, timeout=30000)
    assert lab.race.step_count == 40
    _drawn_matches_race(lab)
    # The export drew the plots into images, leaving their record of where each item was drawn
    # in image coordinates: stale marks stay until a whole repaint. Offscreen, the screen is the
    # window's backing store; under X a grab also shows whatever overlaps the window.
    if QApplication.platformName() == "offscreen":
        qtbot.waitUntil(lambda: _ghost_pixels(main_window, view) == 0, timeout=10_000)


def test_a_cancelled_export_puts_the_race_back_where_it_was(lab):
    for _ in range(40):
        lab.step_once()
    positions = [p.copy() for p in lab.race.positions]
    frames = lab.animation_frames(320, 240)
    next(frames)
    next(frames)
    assert lab.race.step_count == 1
    frames.close()  # what AnimationExport.cancel does
    assert lab.race.step_count == 40 and lab.playback.counter.text() == "steps: 40"
    for k, p in enumerate(positions):
        np.testing.assert_array_equal(lab.race.positions[k], p)
    _drawn_matches_race(lab)
