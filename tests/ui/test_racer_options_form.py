"""The Optimizer Lab's racer options and schedule forms (issue 16): a schedule set in the form is
the schedule the race runs, η(t) is core's curve, a combination Keras refuses is named and the
racer keeps what it had, the faint ball is the optimizer's second point, tiny hyper-parameters
survive the form, and scenes keep all of it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from explorer.core.optim import Race, Racer, RaceSetup, create, create_schedule
from explorer.ui.labs.optimizer.shadows import shadow_points


@pytest.fixture
def lab(open_lab):
    return open_lab("optimizer")


def _choose_schedule(lab, name):
    choice = lab.schedule_form.choice
    choice.setCurrentIndex(choice.findData(name))
    choice.activated.emit(choice.currentIndex())


def _type(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _untick_default(form, name):
    form.rows.fields[name].default_box.setChecked(False)


def test_a_schedule_set_in_the_form_is_the_schedule_the_race_runs(lab):
    lab.legend.selectRow(0)  # GD η=0.1 on the quartic
    _choose_schedule(lab, "cosine_decay")
    lab.schedule_form.rows.fields["decay_steps"].editor.setValue(50)
    racer = lab.setup.racers[0]
    assert racer.schedule == {"name": "cosine_decay", "params": {
        "decay_steps": 50, "alpha": 0.0, "warmup_target": None, "warmup_steps": 0}}
    lab.race.step(40)
    schedule = create_schedule("cosine_decay", decay_steps=50)
    core = Race(lab.surface, [Racer("gd", create("gd", schedule=schedule, learning_rate=0.1))],
                lab.setup.starts(lab.surface))
    core.step(40)
    np.testing.assert_array_equal(lab.race.tracks[0].points, core.tracks[0].points)
    lab.redraw(force_legend=True)
    now = float(schedule.lr_at(0.1, 40))
    assert lab.legend.item(0, 0).text() == f"GD η=0.1→{now:.2g} cosine_decay"
    assert lab.legend.item(1, 0).text() == lab.race.racers[1].name  # no schedule: no arrow
    xs, ys = lab.schedule_form.curve.getData()
    np.testing.assert_array_equal(xs, np.arange(lab.setup.max_steps + 1))
    np.testing.assert_array_equal(ys, schedule.lr_at(0.1, np.arange(lab.setup.max_steps + 1)))
    assert [list(a) for a in lab.schedule_form.marker.getData()] == [[40.0], [now]]


def test_a_constant_rate_hides_the_curve_and_stores_no_schedule(lab):
    lab.legend.selectRow(1)
    _choose_schedule(lab, "exponential_decay")
    assert lab.schedule_form.plot.isVisibleTo(lab)
    _choose_schedule(lab, None)
    assert lab.setup.racers[1].schedule is None
    assert lab.race.racers[1].optimizer.schedule is None
    assert not lab.schedule_form.plot.isVisibleTo(lab)


def test_boundaries_and_values_that_do_not_match_are_named_and_the_racer_stays(lab):
    lab.legend.selectRow(2)
    _choose_schedule(lab, "piecewise_constant_decay")
    before = lab.setup.racers[2].copy()
    values = lab.schedule_form.rows.fields["values"].editor
    values.setText("0.1, 0.01")
    values.editingFinished.emit()
    note = lab.schedule_form.note
    assert note.isVisibleTo(lab)
    assert note.text() == (
        "⚠ the length of boundaries should be 1 less than the length of values (Keras's rule); "
        "got 2 boundaries and 2 values. The previous settings stay.")
    assert lab.setup.racers[2] == before
    assert lab.race.racers[2].optimizer.schedule.params["values"] is None
    values.setText("0.1, 0.01, 0.001")
    values.editingFinished.emit()
    assert not note.isVisibleTo(lab)
    assert lab.setup.racers[2].schedule["params"] == {"boundaries": [100, 200],
                                                      "values": [0.1, 0.01, 0.001]}


def test_clipnorm_with_global_clipnorm_is_named_and_the_racer_stays(lab):
    lab.legend.selectRow(3)
    form = lab.options_form
    form.set_expanded(True)
    _untick_default(form, "clipnorm")
    assert lab.setup.racers[3].options == {"clipnorm": 1.0}
    assert lab.race.racers[3].optimizer.options.clipnorm == 1.0
    _untick_default(form, "global_clipnorm")
    assert form.note.isVisibleTo(lab)
    assert "only one of clipnorm, clipvalue and global_clipnorm can be set (Keras's rule)" \
        in form.note.text()
    assert lab.setup.racers[3].options == {"clipnorm": 1.0}
    assert lab.race.racers[3].optimizer.options.global_clipnorm is None


def test_a_negative_decay_is_refused_and_the_last_value_stays(qtbot, lab):
    lab.legend.selectRow(0)
    form = lab.options_form
    form.set_expanded(True)
    _untick_default(form, "weight_decay")
    field = form.rows.fields["weight_decay"]
    _type(qtbot, field.editor, "-0.5")
    assert field.note.text() == "⚠ weight_decay must be between 0 and 1: -0.5 was not taken."
    assert lab.setup.racers[0].options == {"weight_decay": 0.004}
    _choose_schedule(lab, "exponential_decay")
    rate = lab.schedule_form.rows.fields["decay_rate"]
    _type(qtbot, rate.editor, "-0.5")
    qtbot.waitUntil(lambda: rate.note.isVisibleTo(lab))  # new rows are shown by the event loop
    assert lab.setup.racers[0].schedule["params"]["decay_rate"] == 0.5


def test_adamw_shows_its_own_weight_decay_and_unsetting_it_is_keras_s_choice(lab):
    lab.add_racer("adamw")
    form = lab.options_form
    field = form.rows.fields["weight_decay"]
    assert field.value() == pytest.approx(0.004) and not field.default_box.isChecked()
    field.editor.setValue(0.01)
    assert lab.setup.racers[-1].options == {"weight_decay": 0.01}
    assert lab.race.racers[-1].optimizer.weight_decay == pytest.approx(0.01)


def test_the_faint_ball_is_the_moving_average_on_the_1d_view(lab):
    lab.legend.selectRow(0)
    form = lab.options_form
    form.set_expanded(True)
    assert not form.rows.fields["ema_momentum"].isEnabled()
    form.rows.fields["use_ema"].editor.setChecked(True)
    assert form.rows.fields["ema_momentum"].isEnabled()
    form.rows.fields["ema_momentum"].editor.setValue(0.9)
    assert lab.setup.racers[0].options == {"use_ema": True, "ema_momentum": 0.9}
    lab.race.step(25)
    lab.redraw()
    optimizer = lab.race.racers[0].optimizer
    shadow = optimizer.shadow(lab.race.positions[0], lab.race.states[0])
    assert not np.allclose(shadow, lab.race.positions[0])  # the average lags behind
    x, y = lab.view1d.shadows.item.getData()
    np.testing.assert_allclose(x, shadow[:, 0])
    np.testing.assert_allclose(y, lab.surface.value(shadow))
    brush = lab.view1d.shadows.item.data["brush"][0]
    assert brush.color().alphaF() == pytest.approx(0.35, abs=0.01)
    assert brush.color().name() == lab.race.racers[0].color.lower()


def test_schedule_free_adamw_draws_its_averaged_point_on_the_2d_view(lab):
    lab.set_surface("rosenbrock")
    lab.add_racer("schedule_free_adamw")
    lab.race.step(30)
    lab.redraw()
    k = len(lab.race.racers) - 1
    shadow = lab.race.racers[k].optimizer.shadow(lab.race.positions[k], lab.race.states[k])
    x, y = lab.view2d.shadows.item.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), shadow)
    _points, owners = shadow_points(lab.race)
    assert owners == [k]


def test_tiny_and_whole_number_hyper_parameters_survive_the_form(qtbot, lab):
    lab.add_racer("adafactor")
    box = lab.hyper_form.editor("epsilon_1")
    assert box.value() == 1e-30 and box.text() == "1e-30"
    assert lab.hyper_form.values()["epsilon_1"] == 1e-30
    _type(qtbot, box, "3e-35")
    assert lab.race.racers[-1].optimizer.hyper["epsilon_1"] == 3e-35
    lab.add_racer("schedule_free_adamw")
    warmup = lab.hyper_form.editor("warmup_steps")
    assert isinstance(warmup, QSpinBox)
    warmup.setValue(12)
    assert lab.race.racers[-1].optimizer.hyper["warmup_steps"] == 12


def test_an_optional_schedule_parameter_has_a_default_tick(lab):
    lab.legend.selectRow(0)
    _choose_schedule(lab, "cosine_decay")
    target = lab.schedule_form.rows.fields["warmup_target"]
    assert target.default_box.isChecked() and not target.editor.isEnabled()
    target.default_box.setChecked(False)  # offers to rise to the racer's own rate
    assert lab.setup.racers[0].schedule["params"]["warmup_target"] == pytest.approx(0.1)
    target.default_box.setChecked(True)
    assert lab.setup.racers[0].schedule["params"]["warmup_target"] is None


def test_scenes_keep_options_and_schedule(lab):
    lab.legend.selectRow(1)
    _choose_schedule(lab, "inverse_time_decay")
    lab.options_form.rows.fields["use_ema"].editor.setChecked(True)
    lab.race.step(9)
    saved = lab.state()
    assert saved["racers"][1]["options"] == {"use_ema": True}
    assert saved["racers"][1]["schedule"]["name"] == "inverse_time_decay"
    lab.apply_state(RaceSetup.for_surface("quartic").to_dict())
    assert lab.setup.racers[1].schedule is None
    lab.apply_state(saved)
    assert lab.state() == saved
    optimizer = lab.race.racers[1].optimizer
    assert optimizer.options.use_ema and optimizer.schedule.name == "inverse_time_decay"
    lab.legend.selectRow(1)
    assert lab.schedule_form.choice.currentData() == "inverse_time_decay"
    assert lab.options_form.rows.fields["use_ema"].value() is True
