"""Forms of Keras-named parameters: one optimizer's hyper-parameters with its update rule shown
below (``HyperParamForm``), and the rows every such form is made of (``ParamField``,
``ParamRows``), which the optimizer options and schedule forms reuse.

Each number field says, in red under it, when a typed value is outside the range core allows
(``HyperParam.minimum``/``maximum``) and keeps its last valid value: nothing is reverted silently.
Whole numbers (``HyperParam.integer``) get an integer box; optional ones (Keras's ``None``) a
"default" tick beside the value; values as small as Adafactor's ``epsilon_1 = 1e-30`` are kept
exactly (a plain spin box rounds them to 0, and the step divides by zero).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.core.optim import OptimizerSpec
from explorer.core.params import HyperParam
from explorer.ui.i18n import translate
from explorer.ui.widgets.fields import CheckedDoubleSpinBox, CheckedSpinBox, RangeNote, noted

OPTIMIZERS_CONTEXT = "Optimizers"  # where core marks the optimizers' texts
MAX_DECIMALS = 323  # what QDoubleSpinBox allows: it rounds every value to its decimals
Editor = CheckedDoubleSpinBox | CheckedSpinBox | QCheckBox | QLineEdit


class ScientificSpinBox(CheckedDoubleSpinBox):
    """A spin box that shows 1e-07 as 1e-07, keeps values down to the smallest double, and steps
    log-scaled parameters multiplicatively; an out-of-range entry is refused aloud
    (``refused``) and the last value stays."""

    def __init__(self, param: HyperParam, parent: QWidget | None = None) -> None:
        super().__init__(param.name, param.minimum, param.maximum, parent)
        self._log = param.log
        self.setDecimals(MAX_DECIMALS)
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


def refuse(note: RangeNote, rule: str) -> None:
    """Say in ``note`` which of Keras's rules a form's values break (core's words); whoever owns
    the optimizer keeps its previous settings."""
    note.say(QCoreApplication.translate("HyperParamForm", "{rule}. The previous settings stay")
             .format(rule=rule))


def sequence_text(value: Sequence[float] | None) -> str:
    """A list parameter as typed: ``100, 200`` (empty for Keras's default)."""
    return "" if value is None else ", ".join(f"{v:g}" for v in value)


class ParamField(QWidget):
    """One parameter's editor: a check box (booleans), an integer box (``integer``), a number
    box that keeps tiny values, or a text field (lists, typed ``100, 200``); an optional
    parameter gets a "default" tick that stands for Keras's ``None`` (not set). ``changed``
    fires on every edit that was taken."""

    changed = Signal()

    def __init__(self, param: HyperParam, sequence: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.note: RangeNote | None = None
        self.default_box: QCheckBox | None = None
        self.editor: Editor
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        cell: QWidget
        if param.is_bool:
            self.editor = cell = QCheckBox()
            self.editor.toggled.connect(self.changed)
        elif sequence:
            self.editor = cell = QLineEdit()
            self.editor.editingFinished.connect(self.changed)
        else:
            if param.integer:
                self.editor = CheckedSpinBox(param.name, int(param.minimum), int(param.maximum))
            else:
                self.editor = ScientificSpinBox(param)
            self.editor.valueChanged.connect(self.changed)
            cell, self.note = noted(self.editor)
        row.addWidget(cell, 1)
        if param.optional and not sequence:
            self.default_box = QCheckBox()
            self.default_box.toggled.connect(self._on_default)
            row.addWidget(self.default_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.editor.setObjectName(param.name)
        self.retranslate()

    def retranslate(self) -> None:
        if self.default_box is not None:
            self.default_box.setText(self.tr("default"))
            self.default_box.setToolTip(self.tr("Not set: Keras's default (None)"))
        if isinstance(self.editor, QLineEdit):
            self.editor.setPlaceholderText(self.tr("default, or e.g. 100, 200"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_help(self, text: str, field_name: str | None = None) -> None:
        """The tooltip (and, for number boxes, the name their range messages use)."""
        if isinstance(self.editor, (CheckedDoubleSpinBox, CheckedSpinBox)):
            self.editor.field_name = field_name or self.param.name
            self.editor.range_tip(text)
        else:
            self.editor.setToolTip(text)

    def value(self) -> Any:
        """The value as Keras takes it: None when "default" is ticked or a list is empty."""
        if self.default_box is not None and self.default_box.isChecked():
            return None
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        if isinstance(self.editor, QLineEdit):
            return self.editor.text().strip() or None
        return self.editor.value()

    def set_value(self, value: Any, fallback: float | None = None) -> None:
        """Show ``value`` without emitting; None ticks "default" and shows ``fallback`` (what
        the box offers when the tick is taken off)."""
        widgets = [w for w in (self.editor, self.default_box) if w is not None]
        blocked = [w.blockSignals(True) for w in widgets]
        if self.default_box is not None:
            self.default_box.setChecked(value is None)
            self.editor.setEnabled(value is not None)
        if isinstance(self.editor, QCheckBox):
            self.editor.setChecked(bool(value))
        elif isinstance(self.editor, QLineEdit):
            self.editor.setText(value if isinstance(value, str) else sequence_text(value))
        elif value is not None or fallback is not None:
            number = value if value is not None else fallback
            self.editor.setValue(int(number) if isinstance(self.editor, CheckedSpinBox)
                                 else float(number))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)

    def _on_default(self, checked: bool) -> None:
        self.editor.setEnabled(not checked)
        self.changed.emit()


class ParamRows(QObject):
    """The rows of a form of parameters, rebuilt only when the parameters themselves change:
    a form is refilled from inside an editor's own signal (Enter in a field), and deleting that
    editor there would crash. ``changed`` fires when any field takes an edit."""

    changed = Signal()

    def __init__(self, form: QFormLayout, context: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.context = context  # where core marks the parameters' help texts
        self.fields: dict[str, ParamField] = {}
        self._params: tuple[HyperParam, ...] | None = None

    def show(self, params: Sequence[HyperParam], values: Mapping[str, Any],
             fallbacks: Mapping[str, float] | None = None,
             sequences: Sequence[str] = ()) -> None:
        """Fields for ``params`` showing ``values`` (missing ones: the parameter's default)."""
        params = tuple(params)
        if params != self._params:
            self.clear()
            self._params = params
            for param in params:
                field = ParamField(param, sequence=param.name in sequences)
                field.changed.connect(self.changed)
                self.form.addRow(param.name, field)
                self.fields[param.name] = field
            self.retranslate()
        for param in params:
            self.fields[param.name].set_value(values.get(param.name, param.default),
                                              (fallbacks or {}).get(param.name))

    def clear(self) -> None:
        """No rows (their widgets are deleted after the signal that brought us here)."""
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.fields.clear()
        self._params = None

    def retranslate(self, names: Mapping[str, str] | None = None) -> None:
        """Each field's help (marked in core, in ``context``); ``names`` words some fields'
        names for their range messages (the learning rate)."""
        for name, field in self.fields.items():
            field.set_help(translate(self.context, field.param.help), (names or {}).get(name))

    def values(self) -> dict[str, Any]:
        return {name: field.value() for name, field in self.fields.items()}


class HyperParamForm(QWidget):
    """Edits one racer's hyper-parameters; emits ``changed`` with the full dict."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.rows = ParamRows(form, OPTIMIZERS_CONTEXT, self)
        self.rows.changed.connect(self._emit)
        self.rule = QLabel()
        self.rule.setFont(QFont("DejaVu Sans Mono", 9))
        self.rule.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rule_note = RangeNote()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.rule_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
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
        # The learning rate is named in words; the others by their Keras name (beta_1)
        self.rows.retranslate({"learning_rate": self.tr("learning rate")})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_optimizer(self, spec: OptimizerSpec, values: dict[str, Any]) -> None:
        """Show ``spec``'s fields with ``values`` (the same optimizer again only updates them)."""
        changed = spec is not self._spec
        self._spec = spec
        self.rows.show(spec.params, values)
        self.rule_note.clear_note()
        if changed:
            self.retranslate()

    def refuse(self, rule: str) -> None:
        """Say which of Keras's rules the values break (the racer keeps its settings)."""
        refuse(self.rule_note, rule)

    def values(self) -> dict[str, Any]:
        return self.rows.values()

    def editor(self, name: str) -> Editor:
        return self.rows.fields[name].editor

    def note(self, name: str) -> RangeNote:
        """The red note under a number field (hidden while it has nothing to say)."""
        note = self.rows.fields[name].note
        assert note is not None, f"{name} has no number box"
        return note

    def _emit(self) -> None:
        self.changed.emit(self.values())
