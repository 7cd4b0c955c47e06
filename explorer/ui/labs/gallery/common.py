"""Pieces every Gallery page shares: the page interface, a float slider, pens, state checks."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from explorer.core.i18n import tr_noop
from explorer.core.optim import PALETTE
from explorer.core.params import HyperParam
from explorer.core.scene import ONE_OF, Where, problem_at, require
from explorer.ui.i18n import translate
from explorer.ui.widgets.axes import plain_numbers

ERROR_STYLE = "color: #B00020;"
SLIDER_STEPS = 400


class GalleryPage(QWidget):
    """One tab of the Gallery.

    Its state is a plain JSON-able dict. ``validate`` (a class method: no widget needed) checks
    scene data and returns it normalised in exactly the form :meth:`state` returns; ``apply``
    shows such a dict. So the lab can check every page before changing any, and can keep the
    state of a page that has not been built yet (pages are built when first shown).
    """

    key = "page"
    title = "Page"  # marked tr_noop("Gallery", ...) by each page

    @classmethod
    def tab_title(cls) -> str:
        """The page's tab title in the current language."""
        return translate("Gallery", cls.title)

    @classmethod
    def default_state(cls) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def validate(cls, data: Any) -> dict[str, Any]:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def apply(self, state: dict[str, Any]) -> None:
        raise NotImplementedError


class FloatSlider(QWidget):
    """A labelled slider for one real parameter (linear or log scale).

    It keeps the exact value it was given (so a scene round-trips exactly); moving the handle
    sets the value of that handle position.
    """

    valueChanged = Signal(float)

    def __init__(self, label: str, minimum: float, maximum: float, value: float,
                 log: bool = False, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if log and minimum <= 0:
            raise ValueError("a log slider needs a positive minimum")
        self.minimum, self.maximum, self.log = minimum, maximum, log
        self.label = QLabel(label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.readout = QLabel()
        self.readout.setMinimumWidth(48)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.readout)
        self.setToolTip(tooltip)
        self._value = value
        self.set_value(value)
        self.slider.valueChanged.connect(self._on_moved)

    @classmethod
    def for_param(cls, param: HyperParam, label: str, context: str = "") -> FloatSlider:
        """``context``: the translation context core marked ``param.help`` under."""
        return cls(label, float(param.minimum), float(param.maximum), float(param.default),
                   param.log, translate(context, param.help) if context else param.help)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float, emit: bool = False) -> None:
        """Show ``value`` (clamped to the range); emit only if asked, so restoring is quiet."""
        self._value = min(max(float(value), self.minimum), self.maximum)
        self.slider.blockSignals(True)
        self.slider.setValue(self._position(self._value))
        self.slider.blockSignals(False)
        self.readout.setText(f"{self._value:.3g}")
        if emit:
            self.valueChanged.emit(self._value)

    def _position(self, value: float) -> int:
        if self.log:
            share = math.log(value / self.minimum) / math.log(self.maximum / self.minimum)
        else:
            share = (value - self.minimum) / (self.maximum - self.minimum)
        return round(share * SLIDER_STEPS)

    def _on_moved(self, position: int) -> None:
        share = position / SLIDER_STEPS
        if self.log:
            value = self.minimum * (self.maximum / self.minimum) ** share
        else:
            value = self.minimum + share * (self.maximum - self.minimum)
        self.set_value(float(f"{value:.4g}"), emit=True)


def bool_param_box(param: HyperParam, label: str, context: str = "") -> QCheckBox:
    box = QCheckBox(label)
    box.setChecked(bool(param.default))
    box.setToolTip(translate(context, param.help) if context else param.help)
    return box


def color(index: int) -> str:
    """Okabe–Ito colour number ``index`` (cycling), safe for colour-vision deficiencies."""
    return PALETTE[index % len(PALETTE)]


def pen(col: str, width: float = 1, dashed: bool = False, alpha: int = 255) -> Any:
    qcolor = QColor(col)
    qcolor.setAlpha(alpha)
    return pg.mkPen(qcolor, width=width,
                    style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def plot_widget(title: str = "", bottom: str = "", left: str = "") -> pg.PlotWidget:
    """A white plot with grid, labels and no context menu (the Gallery's plot style)."""
    plot = pg.PlotWidget()
    plot.setMenuEnabled(False)
    plot.showGrid(x=True, y=True, alpha=0.25)
    style_plot(plot.getPlotItem(), title, bottom, left)
    return plot


def style_plot(item: pg.PlotItem, title: str = "", bottom: str = "", left: str = "") -> None:
    if title:
        item.setTitle(title, size="10pt")
    if bottom:
        item.setLabel("bottom", bottom)
    if left:
        item.setLabel("left", left)
    font = QFont()
    font.setPointSize(9)
    for axis in ("bottom", "left"):
        item.getAxis(axis).setTickFont(font)
    plain_numbers(item)


def show_legend(legend: pg.LegendItem, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
    """Rebuild a legend only when its entries change; samples repaint from the items' pens."""
    if [(sample.item, label.text) for sample, label in legend.items] != entries:
        legend.clear()
        for item, text in entries:
            legend.addItem(item, text)


def wrapped_label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def int_box(low: int, high: int, tooltip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setKeyboardTracking(False)
    box.setToolTip(tooltip)
    return box


def float_box(low: float, high: float, tooltip: str, step: float = 0.1) -> QDoubleSpinBox:
    """A spin box that reports a value when editing ends, not at every keystroke."""
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(2)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    box.setToolTip(tooltip)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


# --- validating a page's part of a scene ---------------------------------------------------------

def number(data: dict[str, Any], key: str, low: float, high: float, where: Where) -> float:
    value = float(require(data, key, (int, float), where))
    if not (math.isfinite(value) and low <= value <= high):
        raise problem_at(where, tr_noop("Scenes", "'{key}' must be between {low} and {high}, not "
                                                  "{value}"),
                         key=key, low=f"{low:g}", high=f"{high:g}", value=f"{value:g}")
    return value


def integer(data: dict[str, Any], key: str, low: int, high: int, where: Where) -> int:
    value = require(data, key, int, where)
    if not low <= value <= high:
        raise problem_at(where, tr_noop("Scenes", "'{key}' must be a whole number {low}–{high}, "
                                                  "not {value}"),
                         key=key, low=low, high=high, value=value)
    return value


def choice(data: dict[str, Any], key: str, options: Any, where: Where) -> str:
    value = require(data, key, str, where)
    if value not in options:
        raise problem_at(where, ONE_OF, key=key, choices=", ".join(options), value=repr(value))
    return value


def flag(data: dict[str, Any], key: str, where: Where) -> bool:
    return require(data, key, bool, where)
