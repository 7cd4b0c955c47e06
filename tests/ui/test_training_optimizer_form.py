"""The Training Lab's optimizer form (issue 16): the same optimizers, options and schedules as
the Optimizer Lab, carried by ``ModelSpec`` into scenes, refused with Keras's rule when they
break one, and compiled into real Keras objects."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.optim import OPTIMIZERS, create_schedule
from explorer.core.scene import SceneError

SCHEDULED = ModelSpec(hidden=(LayerSpec(4, "tanh"),), optimizer="adamw", learning_rate=0.01,
                      epochs=5, options={"clipnorm": 1.0, "weight_decay": 0.02},
                      schedule={"name": "cosine_decay", "params": {"decay_steps": 40,
                                                                   "alpha": 0.1}})


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


@pytest.fixture
def panel(lab):
    return lab.model_panel


def _choose_schedule(settings, name):
    choice = settings.schedule_form.choice
    choice.setCurrentIndex(choice.findData(name))
    choice.activated.emit(choice.currentIndex())


def test_the_form_offers_every_optimizer_the_optimizer_lab_races(panel):
    assert [panel.optimizer.itemData(i) for i in range(panel.optimizer.count())] == \
        list(OPTIMIZERS)


def test_options_and_schedule_from_the_form_reach_the_spec(qtbot, panel):
    settings = panel.optimizer_settings
    with qtbot.waitSignal(panel.changed) as changed:
        _choose_schedule(settings, "exponential_decay")
    assert changed.args == ["structure"]
    assert panel.spec().schedule == {"name": "exponential_decay", "params": {
        "decay_steps": 100, "decay_rate": 0.5, "staircase": False}}
    schedule = create_schedule("exponential_decay")
    xs, ys = settings.schedule_form.curve.getData()
    lr = panel.spec().effective_learning_rate
    np.testing.assert_array_equal(ys, schedule.lr_at(lr, xs))
    settings.options_form.rows.fields["clipvalue"].default_box.setChecked(False)
    assert panel.spec().options == {"clipvalue": 1.0}
    assert panel.spec().build_optimizer().options.clipvalue == 1.0


def test_a_rate_under_a_schedule_is_a_new_optimizer_not_an_assignment(qtbot, panel):
    _choose_schedule(panel.optimizer_settings, "inverse_time_decay")
    with qtbot.waitSignal(panel.changed) as changed:
        panel.learning_rate.setValue(0.05)
    assert changed.args == ["structure"]
    panel.set_running(True)
    assert not panel.learning_rate.isEnabled()
    panel.set_running(False)
    _choose_schedule(panel.optimizer_settings, None)
    with qtbot.waitSignal(panel.changed) as changed:
        panel.learning_rate.setValue(0.02)
    assert changed.args == ["learning_rate"]


def test_a_bad_combination_is_named_and_the_previous_settings_stay(panel):
    settings = panel.optimizer_settings
    settings.options_form.set_expanded(True)
    settings.options_form.rows.fields["clipnorm"].default_box.setChecked(False)
    settings.options_form.rows.fields["global_clipnorm"].default_box.setChecked(False)
    note = settings.options_form.note
    assert note.isVisibleTo(panel)  # (the Model page need not be on screen)
    assert note.text() == (
        "⚠ optimizer: only one of clipnorm, clipvalue and global_clipnorm can be set (Keras's "
        "rule); got clipnorm=1 and global_clipnorm=1. The previous settings stay.")
    assert panel.spec().options == {"clipnorm": 1.0}
    settings.schedule_form.set_expanded(True)
    _choose_schedule(settings, "piecewise_constant_decay")
    values = settings.schedule_form.rows.fields["values"].editor
    values.setText("0.1")
    values.editingFinished.emit()
    assert "the length of boundaries should be 1 less than the length of values" in \
        settings.schedule_form.note.text()
    assert panel.spec().schedule["params"] == {"boundaries": [100, 200], "values": None}


def test_scenes_keep_options_and_schedule_and_old_ones_still_load(lab, panel):
    lab.apply_state({"data": {"dataset": "circle"}, "model": SCHEDULED.to_dict()})
    saved = lab.state()
    assert saved["model"]["options"] == {"clipnorm": 1.0, "weight_decay": 0.02}
    assert saved["model"]["schedule"] == {"name": "cosine_decay", "params": {
        "decay_steps": 40, "alpha": 0.1}}
    assert panel.spec() == SCHEDULED
    assert panel.optimizer_settings.schedule_form.choice.currentData() == "cosine_decay"
    old = SCHEDULED.to_dict()
    del old["options"], old["schedule"]  # a scene from before options and schedules
    lab.apply_state({"data": {"dataset": "circle"}, "model": old})
    assert panel.spec().options == {} and panel.spec().schedule is None
    for bad in ({"options": {"clipnorm": -1}}, {"options": []},
                {"schedule": {"name": "cosine_decay", "params": {"nope": 1}}},
                {"schedule": "cosine_decay"}):
        with pytest.raises(SceneError):
            lab.apply_state({"data": {"dataset": "circle"}, "model": {**old, **bad}})
    lab.apply_state(saved)
    assert lab.state() == saved


@pytest.mark.keras
def test_the_model_compiles_with_the_keras_objects_the_spec_names():
    from explorer.core.nn.model import build_model, import_keras

    keras = import_keras()
    architecture = SCHEDULED.resolve(2, "binary", 2)
    model = build_model(SCHEDULED, architecture)
    optimizer = model.optimizer
    assert type(optimizer) is keras.optimizers.AdamW
    config = optimizer.get_config()
    assert config["clipnorm"] == 1.0 and config["global_clipnorm"] is None
    assert config["weight_decay"] == pytest.approx(0.02)
    schedule = keras.optimizers.schedules.deserialize(config["learning_rate"])
    assert type(schedule) is keras.optimizers.schedules.CosineDecay
    assert schedule.get_config() == {**schedule.get_config(), "initial_learning_rate": 0.01,
                                     "decay_steps": 40, "alpha": 0.1, "warmup_target": None,
                                     "warmup_steps": 0}
    steps = np.arange(0, 60, 7)
    ours = create_schedule("cosine_decay", decay_steps=40, alpha=0.1).lr_at(0.01, steps)
    np.testing.assert_allclose([float(schedule(s)) for s in steps], ours, rtol=1e-6)


@pytest.mark.keras
def test_the_lab_trains_one_epoch_with_a_schedule_and_options(qtbot, lab):
    lab.apply_state({"data": {"dataset": "gaussians", "n_samples": 40, "test_fraction": 0.2},
                     "model": SCHEDULED.with_changes(batch_size=8).to_dict()})
    lab.step_epoch()  # 32 training samples: 4 batches of 8

    def one_epoch() -> bool:
        latest = lab.latest
        return latest is not None and latest.state == "paused" and latest.epoch == 1

    while not one_epoch():
        with qtbot.waitSignal(lab.snapshot_received, timeout=60_000):
            pass
    optimizer = lab.session.model.optimizer
    assert int(optimizer.iterations) == 4
    expected = create_schedule("cosine_decay", decay_steps=40, alpha=0.1).lr_at(0.01, 4)
    assert float(optimizer.learning_rate) == pytest.approx(float(expected), rel=1e-6)
    assert optimizer.get_config()["clipnorm"] == 1.0
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.stop()
