"""One racer's Keras settings in the Training Lab's compare mode: its hyper-parameters, options
and learning-rate schedule, in the forms the Optimizer Lab and the model form use. A
combination Keras refuses is said in red under its form and the previous settings stay."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from explorer.core.nn.compare import RacerSpec
from explorer.core.optim import Optimizer
from explorer.core.scene import SceneError
from explorer.ui.i18n import marked_text
from explorer.ui.labs.training.optimizer_form import OptimizerSettings
from explorer.ui.widgets.hyper_form import HyperParamForm


class RacerDialog(QDialog):
    """Edits a copy of one racer; ``racer`` is always the last one Keras takes (what OK
    hands back)."""

    def __init__(self, racer: RacerSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.racer = racer
        self.label = QLabel()
        self.hyper_form = HyperParamForm()
        self.settings = OptimizerSettings(self._optimizer_with)
        self.settings.set_settings(racer.options, racer.schedule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.hyper_form, self.settings, buttons):
            layout.addWidget(widget)
        self.hyper_form.changed.connect(self._on_hyper)
        self.settings.changed.connect(self._on_settings)
        self._show_racer()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{optimizer} settings").format(
            optimizer=self.racer.build().spec.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _racer_with(self, **changes: Any) -> RacerSpec:
        """The racer with the settings form's options and schedule and ``changes`` (SceneError
        if Keras refuses them)."""
        return self.racer.with_changes(**{"options": self.settings.options,
                                          "schedule": self.settings.schedule, **changes})

    def _optimizer_with(self, **changes: Any) -> Optimizer:
        return self._racer_with(**changes).build()

    def _show_racer(self) -> None:
        optimizer = self.racer.build()
        self.label.setText(self.racer.label)
        self.hyper_form.set_optimizer(optimizer.spec, dict(optimizer.hyper))
        self.settings.show_settings()

    def _on_hyper(self, hyper: dict[str, Any]) -> None:
        """Keep the learning rate and what differs from Keras's defaults (what a scene
        stores)."""
        defaults = self.racer.build().spec.defaults()
        changed = {k: v for k, v in hyper.items() if k == "learning_rate" or v != defaults[k]}
        try:
            self.racer = self.racer.with_changes(hyper=changed)
        except SceneError as error:
            self.hyper_form.refuse(marked_text(error.values["problem"]))
            return
        self._show_racer()

    def _on_settings(self) -> None:
        self.racer = self._racer_with()
        self.label.setText(self.racer.label)
