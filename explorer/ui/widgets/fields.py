"""Number boxes that say what they refuse, instead of swallowing it, and the red note that says it.

A plain spin box drops a keystroke that would leave its range (typing 1000000 into a box that
stops at 10 just does nothing) or silently puts the last value back when the edit ends. These let
the number be typed, keep the last valid value when the edit is finished, and emit ``refused``
with a sentence naming the allowed range, which a :class:`RangeNote` under the field shows in red.
The ranges come from core (``HyperParam``, ``LEARNING_RATE_RANGE``), never from the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #B00020;"


def range_text(name: str, low: float, high: float) -> str:
    """"learning rate must be between 1e-05 and 10" (integers with thousands separators)."""
    template = QCoreApplication.translate("Fields", "{name} must be between {low} and {high}")
    if float(low).is_integer() and float(high).is_integer():
        return template.format(name=name, low=f"{int(low):,}", high=f"{int(high):,}")
    return template.format(name=name, low=f"{low:g}", high=f"{high:g}")


def parse_number(text: str) -> float | None:
    """The number typed in a box (prefix and suffix already stripped), or None."""
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return None


class RefusesOutOfRange:
    """Mixed into a QSpinBox/QDoubleSpinBox subclass that declares ``refused = Signal(str)``."""

    refused: Signal
    field_name = "value"

    def validate(self, text: str, pos: int):  # type: ignore[no-untyped-def]
        result = super().validate(text, pos)  # type: ignore[misc]
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and parse_number(self._bare(text)) is not None:
            return QValidator.State.Intermediate, text, pos  # a number: let it be typed
        return result

    def fixup(self, text: str) -> str:
        """Called when an edit finishes out of range: say so (the box then keeps its value)."""
        value = parse_number(self._bare(text))
        low, high = self.minimum(), self.maximum()  # type: ignore[attr-defined]
        if value is not None and not low <= value <= high:
            self.refused.emit(QCoreApplication.translate("Fields", "{range}: {value} was not taken")
                              .format(range=range_text(self.field_name, low, high),
                                      value=self._bare(text)))
        return super().fixup(text)  # type: ignore[misc]

    def range_tip(self, tip: str) -> None:
        """Set the tooltip: what the field is, then its range."""
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        low, high = self.minimum(), self.maximum()  # type: ignore[attr-defined]
        box.setToolTip(f"{tip}\n{range_text(self.field_name, low, high)}.")

    def _bare(self, text: str) -> str:
        """The typed number without the box's prefix ("max ") and suffix."""
        prefix, suffix = self.prefix(), self.suffix()  # type: ignore[attr-defined]
        text = text.strip()
        if prefix.strip() and text.startswith(prefix.strip()):
            text = text[len(prefix.strip()):]
        if suffix.strip() and text.endswith(suffix.strip()):
            text = text[: -len(suffix.strip())]
        return text.strip()


class CheckedDoubleSpinBox(RefusesOutOfRange, QDoubleSpinBox):
    refused = Signal(str)

    def __init__(self, name: str, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = name
        self.setRange(low, high)
        self.setKeyboardTracking(False)


class CheckedSpinBox(RefusesOutOfRange, QSpinBox):
    refused = Signal(str)

    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = name
        self.setRange(low, high)
        self.setKeyboardTracking(False)


class RangeNote(QLabel):
    """The red line under a field: why the value typed was not taken. Hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(f"⚠ {text}." if text else "")
        self.setVisible(bool(text))

    def clear_note(self) -> None:
        self.say("")

    def watch(self, box: CheckedSpinBox | CheckedDoubleSpinBox) -> RangeNote:
        """Show what ``box`` refuses; a value it takes clears the note."""
        box.refused.connect(self.say)
        box.valueChanged.connect(self.clear_note)
        return self


def noted(box: CheckedSpinBox | CheckedDoubleSpinBox) -> tuple[QWidget, RangeNote]:
    """``box`` with its red note under it, as one form cell (a hidden note takes no room)."""
    note = RangeNote().watch(box)
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(box)
    column.addWidget(note)
    return cell, note
