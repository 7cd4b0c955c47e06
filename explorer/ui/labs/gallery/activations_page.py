"""Activations page: pick functions, see f and f′ over a range, read values under the mouse."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core.functions import ACTIVATIONS, get_activation
from explorer.core.i18n import tr_noop
from explorer.core.optim import PALETTE
from explorer.core.scene import AT, SceneError, problem_at, require
from explorer.ui.i18n import formula, translate
from explorer.ui.labs.gallery.common import (
    FloatSlider,
    GalleryPage,
    bool_param_box,
    color,
    error_label,
    flag,
    float_box,
    number,
    pen,
    plot_widget,
    show_legend,
    wrapped_label,
)
from explorer.ui.widgets.legend import swatch
from explorer.ui.widgets.panels import group, side_panel

MAX_SELECTED = len(PALETTE)
DEFAULT_SELECTED = ("sigmoid", "tanh", "relu")
X_LIMIT = 100.0
POINTS = 1201
WHERE = "activations page"
CONTEXT = "Activations"  # where core marked the functions' titles, notes and parameter help


class ActivationsPage(GalleryPage):
    key = "activations"
    title = tr_noop("Gallery", "Activations")

    def __init__(self, state: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected: list[str] = []
        self.x_range = (-5.0, 5.0)
        self.show_derivative = True
        self.params: dict[str, dict[str, Any]] = {}
        self.cursor_x = 1.0
        self._build()
        self.apply(state or self.default_state())
        self.retranslate()

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the page in the current language (the state is kept)."""
        self.function_list.setToolTip(self.tr("Tick up to {count} functions to compare")
                                      .format(count=MAX_SELECTED))
        for row in range(self.function_list.count()):
            item = self.function_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            f = ACTIVATIONS[name]
            title, note = translate(CONTEXT, f.title), translate(CONTEXT, f.note)
            item.setText(f"{title}   ({name})")
            item.setToolTip(f"{formula(f.formula)}\n{formula(f.derivative_formula)}\n{note}")
        self.x_min.setToolTip(self.tr("Left end of the x range"))
        self.x_max.setToolTip(self.tr("Right end of the x range"))
        self.derivative_box.setText(self.tr("Show derivatives f′ (dashed)"))
        self.derivative_box.setToolTip(self.tr("What backpropagation multiplies by at each layer"))
        self.from_label.setText(self.tr("x from"))
        self.to_label.setText(self.tr("to"))
        for (name, param_name), widget in self.param_widgets.items():
            param = next(p for p in ACTIVATIONS[name].params if p.name == param_name)
            help_text = translate(CONTEXT, param.help)
            if isinstance(widget, QCheckBox):
                widget.setText(self.tr("{name}: tanh approximation").format(name=name))
                widget.setToolTip(help_text)
            else:
                widget.setToolTip(help_text)
        self.param_group.setTitle(self.tr("Parameters"))
        self.functions_group.setTitle(self.tr("Functions"))
        self.range_group.setTitle(self.tr("Range"))
        self.formulas_group.setTitle(self.tr("Formulas"))
        self.plot.setTitle(self.tr("solid: f(x)  ·  dashed: f′(x)"), size="10pt")
        self.readout.setToolTip(self.tr("Move the mouse over the plot to read f(x) and f′(x)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.function_list = QListWidget()
        for name in ACTIVATIONS:
            item = QListWidgetItem()  # texts: retranslate()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.function_list.addItem(item)
        self.function_list.setMinimumHeight(250)
        self.function_list.itemChanged.connect(self._on_item_changed)
        self.message = error_label()

        self.x_min = float_box(-X_LIMIT, X_LIMIT, "", step=0.5)
        self.x_max = float_box(-X_LIMIT, X_LIMIT, "", step=0.5)
        self.derivative_box = QCheckBox()
        self.from_label, self.to_label = QLabel(), QLabel()
        range_row = QHBoxLayout()
        range_row.addWidget(self.from_label)
        range_row.addWidget(self.x_min)
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.x_max)
        self.x_min.valueChanged.connect(lambda _: self._on_range_edited())
        self.x_max.valueChanged.connect(lambda _: self._on_range_edited())
        self.derivative_box.toggled.connect(self._on_derivative_toggled)

        self.param_form = QFormLayout()
        self.param_widgets: dict[tuple[str, str], FloatSlider | QCheckBox] = {}
        for name, f in ACTIVATIONS.items():
            for param in f.params:
                label = f"{name}: {'tanh approximation' if param.is_bool else 'α'}"
                widget: FloatSlider | QCheckBox
                if param.is_bool:
                    widget = bool_param_box(param, label)
                    widget.toggled.connect(lambda v, n=name, p=param.name: self.set_param(n, p, v))
                else:
                    widget = FloatSlider.for_param(param, label)
                    widget.valueChanged.connect(
                        lambda v, n=name, p=param.name: self.set_param(n, p, v))
                self.param_form.addRow(widget)
                self.param_widgets[(name, param.name)] = widget
        self.param_group = group("", self.param_form)

        self.info = wrapped_label(rich=True)
        self.functions_group = group("", self.function_list, self.message)
        self.range_group = group("", range_row, self.derivative_box)
        self.formulas_group = group("", self.info)
        panel = side_panel(self.functions_group, self.range_group, self.param_group,
                           self.formulas_group)

        self.plot = plot_widget("", "x", "f(x),  f′(x)")
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextSize="9pt")
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pen("#888888", 1)))
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.slopes: dict[str, pg.PlotDataItem] = {}
        for name in ACTIVATIONS:
            self.curves[name] = pg.PlotDataItem(connect="finite")
            self.slopes[name] = pg.PlotDataItem(connect="finite")
            for item in (self.curves[name], self.slopes[name]):
                item.setVisible(False)
                self.plot.addItem(item)
        self.cursor = pg.InfiniteLine(angle=90, pen=pen("#555555", 1, dashed=True))
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.readout = wrapped_label(rich=True)
        self.readout.setMinimumHeight(44)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._on_mouse_moved)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addWidget(self.readout)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(right, 1)

    # --- actions ------------------------------------------------------------------------------

    def set_selected(self, names: list[str]) -> None:
        """Show exactly these functions (in this order: it decides the colours)."""
        names = [get_activation(n).name for n in names]
        if len(names) > MAX_SELECTED:
            raise ValueError(f"at most {MAX_SELECTED} functions at once")
        self.selected = list(dict.fromkeys(names))
        self._sync_controls()
        self.refresh()

    def set_range(self, low: float, high: float) -> None:
        if not -X_LIMIT <= low < high <= X_LIMIT:
            raise ValueError(f"the range needs −{X_LIMIT:g} ≤ from < to ≤ {X_LIMIT:g}")
        self.x_range = (float(low), float(high))
        self._sync_controls()
        self.refresh()

    def set_param(self, name: str, param: str, value: Any) -> None:
        self.params[name] = ACTIVATIONS[name].settings(**{**self.params[name], param: value})
        self.refresh()

    def x_values(self) -> np.ndarray:
        """The sample points: an even grid plus the kinks inside the range, drawn exactly."""
        low, high = self.x_range
        kinks = [k for name in self.selected for k in ACTIVATIONS[name].kinks if low < k < high]
        return np.unique(np.concatenate([np.linspace(low, high, POINTS), kinks]))

    def refresh(self) -> None:
        x = self.x_values()
        entries = []
        for name in ACTIVATIONS:
            shown = name in self.selected
            self.curves[name].setVisible(shown)
            self.slopes[name].setVisible(shown and self.show_derivative)
            if not shown:
                continue
            col = color(self.selected.index(name))
            f, params = ACTIVATIONS[name], self.params.get(name, {})
            self.curves[name].setData(x, _finite(f.value(x, **params)), pen=pen(col, 2))
            entries.append((self.curves[name], translate(CONTEXT, f.title)))
            if self.show_derivative:
                self.slopes[name].setData(x, _finite(f.derivative(x, **params)),
                                          pen=pen(col, 1.5, dashed=True))
        show_legend(self.legend, entries)
        self.plot.setXRange(*self.x_range, padding=0.02)
        self.plot.enableAutoRange(axis="y")
        self._update_param_visibility()
        self.info.setText(self._formulas_html())
        self.show_readout(min(max(self.cursor_x, self.x_range[0]), self.x_range[1]))

    def readout_values(self, x: float) -> dict[str, tuple[float, float]]:
        """f(x) and f′(x) of every selected function (NaN where f′ is undefined)."""
        return {name: (float(ACTIVATIONS[name].value(x, **self.params.get(name, {}))),
                       float(ACTIVATIONS[name].derivative(x, **self.params.get(name, {}))))
                for name in self.selected}

    def show_readout(self, x: float) -> None:
        self.cursor_x = x
        self.cursor.setPos(x)
        parts = [f"<b>x = {x:.4g}</b>"]
        for name, (value, slope) in self.readout_values(x).items():
            col = color(self.selected.index(name))
            slope_text = self.tr("undefined") if np.isnan(slope) else f"{slope:.4g}"
            parts.append(f"<span style='color:{col}'>■</span> {name}: f = {value:.4g}, "
                         f"f′ = {slope_text}")
        self.readout.setText("&nbsp;&nbsp; ".join(parts))

    # --- slots --------------------------------------------------------------------------------

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        self.message.clear()
        if checked and name not in self.selected:
            if len(self.selected) >= MAX_SELECTED:
                self.message.setText(self.tr("At most {count} functions at once (one colour "
                                             "each): untick one first.").format(count=MAX_SELECTED))
                self._sync_controls()
                return
            self.selected.append(name)
        elif not checked and name in self.selected:
            self.selected.remove(name)
        self._update_icons()
        self.refresh()

    def _on_range_edited(self) -> None:
        low, high = self.x_min.value(), self.x_max.value()
        if low >= high:
            self.message.setText(self.tr("The range must go from a smaller to a larger x "
                                         "({low} ≥ {high}); kept {start} … {end}.").format(
                low=f"{low:g}", high=f"{high:g}", start=f"{self.x_range[0]:g}",
                end=f"{self.x_range[1]:g}"))
            self._sync_controls()
            return
        self.message.clear()
        self.set_range(low, high)

    def _on_derivative_toggled(self, checked: bool) -> None:
        self.show_derivative = checked
        self.refresh()

    def _on_mouse_moved(self, event: tuple) -> None:
        position = event[0]
        if self.plot.sceneBoundingRect().contains(position):
            point = self.plot.getPlotItem().vb.mapSceneToView(position)
            self.show_readout(point.x())

    # --- showing the state --------------------------------------------------------------------

    def _sync_controls(self) -> None:
        widgets = [self.function_list, self.x_min, self.x_max, self.derivative_box,
                   *self.param_widgets.values()]
        for widget in widgets:
            widget.blockSignals(True)
        for row in range(self.function_list.count()):
            item = self.function_list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in self.selected
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.x_min.setValue(self.x_range[0])
        self.x_max.setValue(self.x_range[1])
        self.derivative_box.setChecked(self.show_derivative)
        for (name, param), widget in self.param_widgets.items():
            value = self.params[name][param]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.set_value(value)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_icons()

    def _update_icons(self) -> None:
        self.function_list.blockSignals(True)
        for row in range(self.function_list.count()):
            item = self.function_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setIcon(swatch(color(self.selected.index(name))) if name in self.selected
                         else QIcon())
        self.function_list.blockSignals(False)

    def _update_param_visibility(self) -> None:
        for (name, _), widget in self.param_widgets.items():
            widget.setVisible(name in self.selected)
        self.param_group.setVisible(any(n in self.params for n in self.selected))

    def _formulas_html(self) -> str:
        if not self.selected:
            return self.tr("Tick a function above.")
        blocks = []
        for index, name in enumerate(self.selected):
            f = ACTIVATIONS[name]
            keras = f"keras.activations.{name}" if f.keras else self.tr("not in Keras")
            title, note = translate(CONTEXT, f.title), translate(CONTEXT, f.note)
            output_range = html.escape(formula(f.output_range))
            output = self.tr("output range: {range}").format(range=output_range)
            blocks.append(
                f"<p><b style='color:{color(index)}'>■ {html.escape(title)}</b> "
                f"<small>({keras})</small><br>{html.escape(formula(f.formula))}<br>"
                f"{html.escape(formula(f.derivative_formula))}<br>{output}"
                f"<br><i>{html.escape(note)}</i></p>")
        return "".join(blocks)

    # --- scene state --------------------------------------------------------------------------

    @classmethod
    def default_state(cls) -> dict[str, Any]:
        return {"selected": list(DEFAULT_SELECTED), "x_min": -5.0, "x_max": 5.0,
                "show_derivative": True,
                "params": {name: f.defaults() for name, f in ACTIVATIONS.items() if f.params}}

    def state(self) -> dict[str, Any]:
        return {"selected": list(self.selected), "x_min": self.x_range[0],
                "x_max": self.x_range[1], "show_derivative": self.show_derivative,
                "params": {name: dict(values) for name, values in self.params.items()}}

    @classmethod
    def validate(cls, data: Any) -> dict[str, Any]:
        selected = require(data, "selected", list, WHERE)
        if len(selected) > MAX_SELECTED or not all(isinstance(n, str) for n in selected):
            raise problem_at(WHERE, tr_noop("Scenes", "'selected' must list at most {most} names"),
                             most=MAX_SELECTED)
        try:
            names = [get_activation(n).name for n in selected]
        except ValueError as error:
            raise SceneError(AT, where=WHERE, problem=error) from None
        low, high = (number(data, key, -X_LIMIT, X_LIMIT, WHERE) for key in ("x_min", "x_max"))
        if low >= high:
            raise problem_at(WHERE, tr_noop("Scenes", "'x_min' ({low}) must be below 'x_max' "
                                                      "({high})"), low=f"{low:g}", high=f"{high:g}")
        params = cls.default_state()["params"]
        saved = require(data, "params", dict, WHERE)
        for name, values in saved.items():
            if name not in params or not isinstance(values, dict):
                raise problem_at(WHERE, tr_noop("Scenes", "no parameters for {name}"),
                                 name=repr(name))
            where = f"{WHERE}, {name}"
            unknown = set(values) - set(params[name])
            if unknown:
                raise problem_at(where, tr_noop("Scenes", "unknown parameter {name}"),
                                 name=repr(sorted(unknown)[0]))
            for param in ACTIVATIONS[name].params:
                if param.name not in values:
                    continue
                params[name][param.name] = flag(values, param.name, where) if param.is_bool \
                    else number(values, param.name, param.minimum, param.maximum, where)
        return {"selected": list(dict.fromkeys(names)), "x_min": low, "x_max": high,
                "show_derivative": flag(data, "show_derivative", WHERE), "params": params}

    def apply(self, state: dict[str, Any]) -> None:
        self.selected = list(state["selected"])
        self.x_range = (state["x_min"], state["x_max"])
        self.show_derivative = state["show_derivative"]
        self.params = {name: dict(values) for name, values in state["params"].items()}
        self.message.clear()
        self._sync_controls()
        self.refresh()


def _finite(values: np.ndarray) -> np.ndarray:
    """±inf (e^x far right) becomes a gap rather than breaking the auto-range."""
    return np.where(np.isfinite(values), values, np.nan)
