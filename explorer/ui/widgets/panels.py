"""Building blocks of every lab's left-hand control column (one look across the labs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PANEL_WIDTH = 330


def group(title: str, *items: QWidget | QLayout) -> QGroupBox:
    """A titled box stacking widgets and layouts vertically."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return box


def lab_columns(owner: QWidget, left: QWidget, *right: QWidget) -> None:
    """Lay ``owner`` out as every lab is: the control column on the left, ``right`` stacked in
    the other column, the last of them taking the spare height."""
    column = QVBoxLayout()
    for widget in right[:-1]:
        column.addWidget(widget)
    column.addWidget(right[-1], 1)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(left)
    layout.addLayout(column, 1)


def side_panel(*groups: QWidget, width: int = PANEL_WIDTH) -> QScrollArea:
    """The fixed-width, vertically scrolling column of control groups."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 4, 0)
    for widget in groups:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFixedWidth(width)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def spin_box(low: float, high: float, decimals: int, step: float = 0.1) -> QDoubleSpinBox:
    """A number box that only reports finished edits (no recompute per keystroke)."""
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    return box


class ExportButtons(QWidget):
    """"Export Picture… Animation… Code…" for a tab bar's corner; its own texts follow the
    language (the animation's tooltip is the lab's: it sets it again in its own retranslate).
    The window connects the three to its dialogs."""

    def __init__(self, gif_tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.png = QPushButton()
        self.gif = QPushButton()
        self.gif.setToolTip(gif_tooltip)
        self.code = QPushButton()
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.png)
        layout.addWidget(self.gif)
        layout.addWidget(self.code)
        self.retranslate()

    def retranslate(self) -> None:
        self.png.setText(self.tr("Picture…"))
        self.png.setToolTip(self.tr("Export the current view as a figure with its title and "
                                    "legend: PNG, SVG or PDF (Ctrl+E)"))
        self.gif.setText(self.tr("Animation…"))
        self.code.setText(self.tr("Code…"))
        self.code.setToolTip(self.tr("The TensorFlow/Keras program behind this picture, with "
                                     "the lab's numbers: copy it or save it as .py or .ipynb "
                                     "(Ctrl+Shift+C)"))
        self.label.setText(self.tr("Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def export_buttons(gif_tooltip: str) -> tuple[QWidget, QPushButton, QPushButton]:
    """"Export Picture… Animation…" for a tab bar's corner; the window connects them to its
    dialogs."""
    box = ExportButtons(gif_tooltip)
    return box, box.png, box.gif


def short_title(title: str) -> str:
    """"Quartic (1-D): a local and a global minimum" → "Quartic (1-D)"."""
    return title.split(": ", 1)[0]


class ShortTitleComboBox(QComboBox):
    """A chooser for long titles ("Name: what it shows") in a narrow panel: closed, it shows
    the name before the colon, which fits; its list shows the whole titles, as wide as they need.
    Whoever uses it shows the rest of the chosen title nearby."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = short_title(option.currentText)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self) -> str:
        """What the closed box displays."""
        return short_title(self.currentText())

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0)
                                 + view.verticalScrollBar().sizeHint().width() + 8))
        super().showPopup()


class CollapsibleGroup(QWidget):
    """A titled section of the control column that folds away: a long form (a racer's options)
    takes no room until asked for, so the column stays readable on a laptop screen."""

    def __init__(self, content: QWidget, expanded: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("QToolButton { font-weight: bold; }")
        self.button.toggled.connect(self.set_expanded)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(content)
        self.button.setChecked(expanded)
        self.set_expanded(expanded)

    def set_title(self, title: str) -> None:
        self.button.setText(title)

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold the content (the arrow says which)."""
        self.button.setChecked(expanded)
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)

    def expanded(self) -> bool:
        return self.button.isChecked()
