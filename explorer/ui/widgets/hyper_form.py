"""A form for one optimizer's Keras hyper-parameters, with its update rule shown below.

Each number field says, in red under it, when a typed value is outside the range core allows
(``HyperParam.minimum``/``maximum``) and keeps its last valid value: nothing is reverted silently.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.optim import OptimizerSpec
from explorer.core.params import HyperParam
from explorer.ui.i18n import translate
from explorer.ui.widgets.fields import CheckedDoubleSpinBox, RangeNote, noted

OPTIMIZERS_CONTEXT = "Optimizers"  # where core marks the optimizers' texts


class ScientificSpinBox(CheckedDoubleSpinBox):
    """A spin box that shows 1e-07 as 1e-07 and steps log-scaled parameters multiplicatively;
    an out-of-range entry is refused aloud (``refused``) and the last value stays."""

    def __init__(self, param: HyperParam, parent: QWidget | None = None) -> None:
        super().__init__(param.name.replace("_", " "), param.minimum, param.maximum, parent)
        self._log = param.log
        self.setDecimals(12)
        self.setRange(param.minimum, param.maximum)
        self.setSingleStep(0.01 if param.maximum <= 1 else 0.1)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        return float(text)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        if self._log and self.value() > 0:
            self.setValue(self.value() * math.pow(10, 0.1 * steps))
        else:
            super().stepBy(steps)


class HyperParamForm(QWidget):
    """Edits one racer's hyper-parameters; emits ``changed`` with the full dict."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout()
        self.rule = QLabel()
        self.rule.setFont(QFont("DejaVu Sans Mono", 9))
        self.rule.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        self._editors: dict[str, ScientificSpinBox | QCheckBox] = {}
        self._notes: dict[str, RangeNote] = {}
        self._spec: OptimizerSpec | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language: the rule's tooltip, and the optimizer's summary, rule
        and fields' help (marked in core, context "Optimizers")."""
        self.rule.setToolTip(self.tr("The update rule, exactly as keras.optimizers applies it"))
        if self._spec is None:
            return
        self.summary.setText(translate(OPTIMIZERS_CONTEXT, self._spec.summary))
        self.rule.setText(translate(OPTIMIZERS_CONTEXT, self._spec.rule))
        for param in self._spec.params:
            editor = self._editors.get(param.name)
            help_text = translate(OPTIMIZERS_CONTEXT, param.help)
            if isinstance(editor, QCheckBox):
                editor.setToolTip(help_text)
            elif editor is not None:
                editor.range_tip(help_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_optimizer(self, spec: OptimizerSpec, values: dict[str, Any]) -> None:
        """Show ``spec``'s fields with ``values``. The same optimizer again only updates the
        values: the form is rebuilt from inside an editor's own signal (Enter in a field), and
        deleting that editor there would crash."""
        if spec is self._spec:
            self._set_values(values)
            return
        self._spec = spec
        while self._form.rowCount():
            row = self._form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()  # after the signal that brought us here
        self._editors.clear()
        self._notes.clear()
        for param in spec.params:
            editor: ScientificSpinBox | QCheckBox
            if param.is_bool:
                editor = QCheckBox()
                editor.setChecked(bool(values.get(param.name, param.default)))
                editor.toggled.connect(self._emit)
                field: QWidget = editor
            else:
                editor = ScientificSpinBox(param)
                editor.setValue(float(values.get(param.name, param.default)))
                editor.valueChanged.connect(self._emit)
                field, self._notes[param.name] = noted(editor)
            editor.setObjectName(param.name)
            self._form.addRow(param.name, field)
            self._editors[param.name] = editor
        self.retranslate()

    def _set_values(self, values: dict[str, Any]) -> None:
        for name, editor in self._editors.items():
            if name not in values:
                continue
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(values[name]))
            else:
                editor.setValue(float(values[name]))
            editor.blockSignals(False)

    def values(self) -> dict[str, Any]:
        return {name: (e.isChecked() if isinstance(e, QCheckBox) else e.value())
                for name, e in self._editors.items()}

    def editor(self, name: str) -> ScientificSpinBox | QCheckBox:
        return self._editors[name]

    def note(self, name: str) -> RangeNote:
        """The red note under a number field (hidden while it has nothing to say)."""
        return self._notes[name]

    def _emit(self) -> None:
        self.changed.emit(self.values())
