"""A racer's Keras settings in the Training Lab's compare mode: the "⚙" dialog edits its
hyper-parameters, options and schedule; a combination Keras refuses is said and changes
nothing; OK hands the racer back to its row, Cancel does not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from explorer.core.nn.compare import CompareSetup
from explorer.ui.labs.training.compare_panel import ComparePanel


def _open(qtbot, panel: ComparePanel, index: int):
    qtbot.mouseClick(panel.rows[index].settings, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _press(dialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(button).click()


def test_the_dialog_sets_a_racers_options_and_schedule(qtbot):
    panel = ComparePanel()
    qtbot.addWidget(panel)
    row = panel.rows[1]
    assert row.racer.optimizer == "momentum" and row.summary.text() == row.racer.label
    dialog = _open(qtbot, panel, 1)
    assert dialog.windowTitle() == "Momentum settings"

    dialog.hyper_form.editor("momentum").setValue(0.5)
    options = dialog.settings.options_form.rows.fields
    options["weight_decay"].default_box.setChecked(False)
    options["weight_decay"].editor.setValue(0.01)
    schedule = dialog.settings.schedule_form
    schedule.choice.setCurrentIndex(schedule.choice.findData("cosine_decay"))
    schedule.choice.activated.emit(schedule.choice.currentIndex())
    schedule.rows.fields["decay_steps"].editor.setValue(50)

    options["clipnorm"].default_box.setChecked(False)
    options["clipvalue"].default_box.setChecked(False)  # Keras takes only one clip
    note = dialog.settings.options_form.note
    assert "only one of clipnorm, clipvalue" in note.text() and not note.isHidden()
    assert "clipvalue" not in dialog.racer.options and dialog.racer.options["clipnorm"] == 1.0

    with qtbot.waitSignal(panel.changed):
        _press(dialog, QDialogButtonBox.StandardButton.Ok)
    optimizer = row.racer.build()
    assert optimizer.hyper["momentum"] == 0.5
    assert optimizer.options.weight_decay == 0.01 and optimizer.options.clipnorm == 1.0
    assert optimizer.schedule is not None and optimizer.schedule.name == "cosine_decay"
    assert optimizer.schedule.params["decay_steps"] == 50
    assert row.summary.text() == row.racer.label == optimizer.label()
    setup = panel.setup()
    assert CompareSetup.from_dict(setup.to_dict()) == setup  # what a scene keeps

    dialog = _open(qtbot, panel, 1)  # Cancel keeps the racer as it was
    dialog.hyper_form.editor("momentum").setValue(0.7)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert row.racer.build().hyper["momentum"] == 0.5


def test_a_row_keeps_its_settings_through_a_scene_and_a_new_learning_rate(qtbot):
    panel = ComparePanel()
    qtbot.addWidget(panel)
    setup = CompareSetup.from_dict({"racers": [
        {"optimizer": "sgd"},
        {"optimizer": "adamw", "hyper": {"learning_rate": 0.01}, "options": {"clipnorm": 0.5},
         "schedule": {"name": "exponential_decay", "params": {"decay_steps": 10}}}]})
    panel.set_setup(setup)
    assert panel.racers() == setup.racers
    row = panel.rows[1]
    row.learning_rate.setValue(0.02)
    assert row.racer.options == {"clipnorm": 0.5} and row.racer.learning_rate == 0.02
    assert row.summary.text() == "AdamW η=0.02 clipnorm=0.5 exponential_decay"
