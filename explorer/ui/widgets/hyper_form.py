"""A form for one optimizer's Keras hyper-parameters, with its update rule shown below."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.optim import OptimizerSpec
from explorer.core.params import HyperParam


class ScientificSpinBox(QDoubleSpinBox):
    """A spin box that shows 1e-07 as 1e-07 and steps log-scaled parameters multiplicatively."""

    def __init__(self, param: HyperParam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = param.log
        self.setDecimals(12)
        self.setRange(param.minimum, param.maximum)
        self.setSingleStep(0.01 if param.maximum <= 1 else 0.1)
        self.setKeyboardTracking(False)

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
        self.rule.setToolTip("The update rule, exactly as keras.optimizers applies it")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        self._editors: dict[str, QDoubleSpinBox | QCheckBox] = {}

    def set_optimizer(self, spec: OptimizerSpec, values: dict[str, Any]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors.clear()
        for param in spec.params:
            editor: QDoubleSpinBox | QCheckBox
            if param.is_bool:
                editor = QCheckBox()
                editor.setChecked(bool(values.get(param.name, param.default)))
                editor.toggled.connect(self._emit)
            else:
                editor = ScientificSpinBox(param)
                editor.setValue(float(values.get(param.name, param.default)))
                editor.valueChanged.connect(self._emit)
            editor.setToolTip(param.help)
            editor.setObjectName(param.name)
            self._form.addRow(param.name, editor)
            self._editors[param.name] = editor
        self.summary.setText(spec.summary)
        self.rule.setText(spec.rule)

    def values(self) -> dict[str, Any]:
        return {name: (e.isChecked() if isinstance(e, QCheckBox) else e.value())
                for name, e in self._editors.items()}

    def editor(self, name: str) -> QDoubleSpinBox | QCheckBox:
        return self._editors[name]

    def _emit(self) -> None:
        self.changed.emit(self.values())
