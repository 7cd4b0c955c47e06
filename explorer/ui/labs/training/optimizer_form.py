"""The Training Lab's optimizer options and learning-rate schedule: the Optimizer Lab's forms,
holding the last settings Keras's rules allow (a broken rule is said under its form and the
previous settings stay), for their owner (the model form, a racer's dialog) to put in its spec."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QVBoxLayout, QWidget

from explorer.core.optim import OPTIMIZERS, Optimizer
from explorer.core.params import LEARNING_RATE_RANGE
from explorer.core.scene import SceneError
from explorer.ui.i18n import marked_text
from explorer.ui.labs.training.common import compact
from explorer.ui.widgets.fields import CheckedDoubleSpinBox
from explorer.ui.widgets.options_form import OptionsForm, RuledGroup
from explorer.ui.widgets.schedule_form import ScheduleForm, natural_steps


def optimizer_choice() -> QComboBox:
    """Every optimizer by its title (its Keras-style name as the item's data)."""
    box = compact(QComboBox())
    for name, spec in OPTIMIZERS.items():
        box.addItem(spec.title, name)
    return box


def learning_rate_field() -> CheckedDoubleSpinBox:
    """The learning rate in the Optimizer Lab's range (one constant in core); a value typed
    outside it is refused aloud (range_note) and the field keeps its last value."""
    field = CheckedDoubleSpinBox("learning rate", *LEARNING_RATE_RANGE)
    field.setDecimals(6)
    field.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
    return field

class OptimizerSettings(QWidget):
    """Options and schedule of one optimizer. ``build(**changes)`` is the optimizer the owner
    would use with ``options`` or ``schedule`` changed (none: as they are; it raises SceneError
    for a combination Keras refuses); ``changed`` fires when new settings were taken."""

    changed = Signal()

    def __init__(self, build: Callable[..., Optimizer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.options: dict[str, Any] = {}
        self.schedule: dict[str, Any] | None = None
        self.schedule_form = ScheduleForm(expanded=False)
        self.options_form = OptionsForm()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.schedule_form)
        layout.addWidget(self.options_form)
        self.options_form.changed.connect(self._on_options)
        self.schedule_form.changed.connect(self._on_schedule)

    def set_settings(self, options: Mapping[str, Any],
                     schedule: Mapping[str, Any] | None) -> None:
        """Take these options and schedule (copies; without emitting)."""
        self.options = dict(options)
        self.schedule = None if schedule is None else {
            "name": schedule["name"], "params": dict(schedule.get("params", {}))}

    def keep_valid_options(self) -> None:
        """After a change of optimizer: options Keras refuses for it go back to its defaults."""
        try:
            self._build()
        except SceneError:
            self.options = {}

    def show_settings(self) -> None:
        """The forms show what the optimizer uses (η(t) over steps enough to see the whole
        schedule: the number of batches depends on the data)."""
        optimizer = self._build()
        self.options_form.set_options(optimizer.spec, self.options)
        schedule = optimizer.schedule
        self.schedule_form.show_schedule(schedule, optimizer.learning_rate,
                                         natural_steps(schedule) if schedule else 0)

    def _on_options(self, options: dict[str, Any]) -> None:
        self._change(self.options_form, options=options)

    def _on_schedule(self, schedule: dict[str, Any] | None) -> None:
        self._change(self.schedule_form, schedule=schedule)

    def _change(self, form: RuledGroup, **changes: Any) -> None:
        try:
            optimizer = self._build(**changes)
        except SceneError as error:  # "optimizer: <Keras's rule>", without "model: " before it
            form.refuse(marked_text(error.values["problem"]))
            return
        self.options = dict(changes.get("options", self.options))
        self.schedule = None if optimizer.schedule is None else optimizer.schedule.to_dict()
        self.show_settings()
        self.changed.emit()
