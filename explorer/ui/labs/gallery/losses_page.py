"""Losses page: a loss and its gradient as functions of the prediction, and a batch evaluator."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.functions import EPSILON, LOSSES, PROBLEMS, TARGETS, sweep
from explorer.core.functions.batch import MAX_WIDTH
from explorer.core.functions.curves import Sweep
from explorer.core.i18n import tr_noop
from explorer.core.scene import require
from explorer.ui.i18n import formula, translate
from explorer.ui.labs.gallery.batch_panel import DEFAULT_PRESET, PRESETS, BatchPanel
from explorer.ui.labs.gallery.common import (
    FloatSlider,
    GalleryPage,
    choice,
    color,
    flag,
    float_box,
    int_box,
    integer,
    number,
    pen,
    plot_widget,
    show_legend,
    wrapped_label,
)
from explorer.ui.widgets.panels import group, side_panel

VALUE_LIMIT, WIDTH_MIN, WIDTH_MAX = 100.0, 0.5, 50.0
EDGE = 0.03  # share of a probability axis left out when scaling the gradient plot
WHERE = "losses page"
CONTEXT = "Losses"  # where core marked the losses' titles, notes, problems and axis texts
VIEWS = ("curves", "batch")
DEFAULTS: dict[str, Any] = {"target": "value", "value": 0.0, "label": 1, "classes": 3,
                            "true_class": 0, "from_logits": False, "delta": 1.0,
                            "half_width": 3.0}


class LossesPage(GalleryPage):
    key = "losses"
    title = tr_noop("Gallery", "Losses")

    def __init__(self, state: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: dict[str, Any] = dict(DEFAULTS)
        self._build()
        self.apply(state or self.default_state())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (the state is kept)."""
        for i, title in enumerate(TARGETS.values()):
            self.target_box.setItemText(i, translate(CONTEXT, title))
        self.target_box.setToolTip(self.tr("What the model should output for this sample"))
        self.value_box.setToolTip(self.tr("The target value y"))
        self.label_box.setToolTip(self.tr("The true class of this sample"))
        self.classes_box.setToolTip(self.tr("Number of classes k"))
        self.true_class_box.setToolTip(self.tr("The true class c (its one-hot 1)"))
        self.logits_box.setText(self.tr("from logits (x axis: raw score)"))
        self.logits_box.setToolTip(self.tr("from_logits=True: the model outputs raw scores and "
                                           "the loss applies sigmoid/softmax itself"))
        self.width_box.setToolTip(self.tr("How far the x axis reaches either way"))
        self.delta_slider.setToolTip(translate(CONTEXT, LOSSES["huber"].params[0].help))
        for box, text in ((self.target_box, self.tr("target")),
                          (self.value_box, self.tr("target y")),
                          (self.label_box, self.tr("true class")),
                          (self.classes_box, self.tr("classes k")),
                          (self.true_class_box, self.tr("true class c")),
                          (self.width_box, self.tr("x range ±"))):
            self.form.labelForField(box).setText(text)
        self.target_group.setTitle(self.tr("Target"))
        self.shown_group.setTitle(self.tr("The losses shown"))
        self.inner_tabs.setTabText(0, self.tr("Loss and gradient vs prediction"))
        self.inner_tabs.setTabText(1, self.tr("Every loss on a small batch"))
        self.inner_tabs.setTabToolTip(1, self.tr("Type y_true and y_pred for a few samples and "
                                                 "see which losses apply and their values"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build(self) -> None:
        self.target_box = QComboBox()
        for name, title in TARGETS.items():
            self.target_box.addItem(title, name)
        self.value_box = float_box(-VALUE_LIMIT, VALUE_LIMIT, "", step=0.5)
        self.label_box = QComboBox()
        self.label_box.addItems(["0", "1"])
        self.classes_box = int_box(2, MAX_WIDTH, "")
        self.true_class_box = int_box(0, MAX_WIDTH - 1, "")
        self.logits_box = QCheckBox()  # texts: retranslate()
        self.width_box = float_box(WIDTH_MIN, WIDTH_MAX, "", step=0.5)
        self.delta_slider = FloatSlider.for_param(LOSSES["huber"].params[0], "Huber δ")
        self.form = QFormLayout()
        self.form.addRow("target", self.target_box)
        self.form.addRow("target y", self.value_box)
        self.form.addRow("true class", self.label_box)
        self.form.addRow("classes k", self.classes_box)
        self.form.addRow("true class c", self.true_class_box)
        self.form.addRow(self.logits_box)
        self.form.addRow("x range ±", self.width_box)
        self.form.addRow(self.delta_slider)
        self.target_box.activated.connect(lambda _: self.set(target=self.target_box.currentData()))
        self.value_box.valueChanged.connect(lambda v: self.set(value=v))
        self.label_box.activated.connect(lambda i: self.set(label=i))
        self.classes_box.valueChanged.connect(self._on_classes)
        self.true_class_box.valueChanged.connect(lambda v: self.set(true_class=v))
        self.logits_box.toggled.connect(lambda v: self.set(from_logits=v))
        self.width_box.valueChanged.connect(lambda v: self.set(half_width=v))
        self.delta_slider.valueChanged.connect(lambda v: self.set(delta=v))
        self.info = wrapped_label(rich=True)
        self.target_group = group("", self.form)
        self.shown_group = group("", self.info)
        panel = side_panel(self.target_group, self.shown_group)

        self.loss_plot = plot_widget("", "", "L")  # titles: _set_axes()
        self.gradient_plot = plot_widget("", "", "∂L/∂ŷ")
        self.legend = self.loss_plot.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.gradients: dict[str, pg.PlotDataItem] = {}
        for name in LOSSES:
            self.curves[name] = self.loss_plot.plot(connect="finite")
            self.gradients[name] = self.gradient_plot.plot(connect="finite")
        self.markers = [pg.InfiniteLine(angle=90, pen=pen("#555555", 1, dashed=True))
                        for _ in range(2)]
        self.loss_plot.addItem(self.markers[0], ignoreBounds=True)
        self.gradient_plot.addItem(self.markers[1], ignoreBounds=True)
        self.gradient_plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pen("#888888", 1)))
        self.gradient_plot.setXLink(self.loss_plot)
        curves = QWidget()
        curves_layout = QHBoxLayout(curves)
        curves_layout.addWidget(panel)
        curves_layout.addWidget(self.loss_plot, 1)
        curves_layout.addWidget(self.gradient_plot, 1)
        self.batch = BatchPanel()
        self.inner_tabs = QTabWidget()
        self.inner_tabs.addTab(curves, "")
        self.inner_tabs.addTab(self.batch, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner_tabs)

    # --- actions ------------------------------------------------------------------------------

    def set(self, **changes: Any) -> None:
        self.settings.update(changes)
        self.settings["true_class"] = min(self.settings["true_class"],
                                          self.settings["classes"] - 1)
        if "delta" in changes:
            self.batch.set_delta(self.settings["delta"])
        self._sync_controls()
        self.refresh()

    def current_sweep(self) -> Sweep:
        s = self.settings
        label = s["label"] if s["target"] == "class" else s["true_class"]
        return sweep(s["target"], value=s["value"], label=label, classes=s["classes"],
                     from_logits=s["from_logits"], half_width=s["half_width"])

    def params_for(self, name: str) -> dict[str, Any]:
        """The settings a loss is drawn with: δ from the slider, from_logits from the box."""
        defaults = LOSSES[name].defaults()
        if "delta" in defaults:
            return {"delta": self.settings["delta"]}
        if "from_logits" in defaults:
            return {"from_logits": self.settings["from_logits"]}
        return {}

    def refresh(self) -> None:
        s = self.current_sweep()
        losses: dict[str, np.ndarray] = {}
        gradients: dict[str, np.ndarray] = {}
        for name in LOSSES:
            visible = name in s.losses
            self.curves[name].setVisible(visible)
            self.gradients[name].setVisible(visible)
            if visible:
                loss, params = LOSSES[name], self.params_for(name)
                losses[name] = loss.value(s.y_true, s.y_pred, **params)
                gradients[name] = loss.gradient(s.y_true, s.y_pred, **params)[:, s.column]
        on_loss, on_gradient = lies_on(losses), lies_on(gradients)
        entries = []
        for index, name in enumerate(s.losses):
            col = color(index)
            for items, values, hidden_by in ((self.curves, losses, on_loss),
                                             (self.gradients, gradients, on_gradient)):
                # a curve lying on another is dashed and drawn over it, so both show
                items[name].setData(s.x, values[name], pen=pen(col, 2, dashed=name in hidden_by))
                items[name].setZValue(1 if name in hidden_by else 0)
            label = self.tr("{name} (dashed: on {other} here)").format(
                name=name, other=on_loss[name]) if name in on_loss else name
            entries.append((self.curves[name], label))
        show_legend(self.legend, entries)
        self.loss_plot.setToolTip(coincidence_note(on_loss))
        self.gradient_plot.setToolTip(coincidence_note(on_gradient))
        self._set_axes(s, np.concatenate(list(gradients.values())))
        self.info.setText(self._info_html(s.losses))

    def _set_axes(self, s: Sweep, gradients: np.ndarray) -> None:
        kind, logits = self.settings["target"], self.settings["from_logits"]
        probability = kind != "value" and not logits
        target = self.settings["value"] if kind == "value" else None if logits else \
            1.0 if kind == "onehot" else float(self.settings["label"])
        for marker in self.markers:
            marker.setVisible(target is not None)
            marker.setPos(target if target is not None else 0.0)
        for plot in (self.loss_plot, self.gradient_plot):
            plot.setLabel("bottom", translate(CONTEXT, s.axis_text).format(label=s.column))
        self.loss_plot.setXRange(s.x[0], s.x[-1], padding=0.02)
        self.loss_plot.enableAutoRange(axis="y")
        # The gradient of cross-entropy reaches −1/ε near p = 0: scale to the inner part.
        span = s.x[-1] - s.x[0]
        inner = (s.x >= s.x[0] + EDGE * span) & (s.x <= s.x[-1] - EDGE * span)
        values = gradients.reshape(-1, len(s.x))[:, inner] if probability else gradients
        low, high = min(np.nanmin(values), 0.0), max(np.nanmax(values), 0.0)
        pad = 0.08 * (high - low) if high > low else 1.0
        self.gradient_plot.setYRange(low - pad, high + pad, padding=0)
        loss_title = self.tr("loss L")
        gradient_title = self.tr("gradient ∂L/∂ŷ_c (true class)") if kind == "onehot" else \
            self.tr("gradient ∂L/∂ŷ")
        if probability:  # titles stay short: a wide title would widen the plot
            clipped = self.tr("(p clipped to [ε, 1−ε]: L ≤ {bound})").format(
                bound=f"{-np.log(EPSILON):.1f}")
            loss_title += f"  {clipped}"
            gradient_title += "  " + self.tr("(cut off: −1/p near 0)")
        self.loss_plot.setTitle(loss_title, size="10pt")
        self.gradient_plot.setTitle(gradient_title, size="10pt")

    def _info_html(self, names: tuple[str, ...]) -> str:
        blocks = []
        for index, name in enumerate(names):
            loss, params = LOSSES[name], self.params_for(name)
            keras = f"keras.losses.{loss.keras_function}" if loss.keras_function else \
                self.tr("not a Keras loss function")
            fits = self.tr("fits: {problem}; output activation: {activation}").format(
                problem=html.escape(translate(CONTEXT, PROBLEMS[loss.problem])),
                activation=html.escape(translate(CONTEXT, loss.activation_for(**params))))
            title, note = translate(CONTEXT, loss.title), translate(CONTEXT, loss.note)
            blocks.append(
                f"<p><b style='color:{color(index)}'>■ {html.escape(title)}</b> "
                f"<small>({html.escape(keras)})</small><br>{html.escape(formula(loss.formula))}<br>"
                f"{html.escape(formula(loss.gradient_formula))}<br>{fits}<br>"
                f"<i>{html.escape(note)}</i></p>")
        if self.settings["target"] == "onehot":
            same = self.tr("sparse_categorical_crossentropy with the integer label c gives "
                           "exactly the same curve.")
            blocks.append(f"<p>{same}</p>")
        if self.settings["target"] == "class" and not self.settings["from_logits"]:
            contrast = self.tr("MSE on a probability is shown for contrast: its gradient stays "
                               "small even for a confident mistake, cross-entropy's does not.")
            blocks.append(f"<p>{contrast}</p>")
        return "".join(blocks)

    def _on_classes(self, k: int) -> None:
        self.set(classes=k)

    # --- state --------------------------------------------------------------------------------

    def _sync_controls(self) -> None:
        s = self.settings
        boxes = (self.target_box, self.value_box, self.label_box, self.classes_box,
                 self.true_class_box, self.logits_box, self.width_box)
        for box in boxes:
            box.blockSignals(True)
        self.target_box.setCurrentIndex(self.target_box.findData(s["target"]))
        self.value_box.setValue(s["value"])
        self.label_box.setCurrentIndex(s["label"])
        self.classes_box.setValue(s["classes"])
        self.true_class_box.setMaximum(s["classes"] - 1)
        self.true_class_box.setValue(s["true_class"])
        self.logits_box.setChecked(s["from_logits"])
        self.width_box.setValue(s["half_width"])
        for box in boxes:
            box.blockSignals(False)
        self.delta_slider.set_value(s["delta"])
        kind = s["target"]
        rows = {self.value_box: kind == "value", self.label_box: kind == "class",
                self.classes_box: kind == "onehot", self.true_class_box: kind == "onehot",
                self.logits_box: kind != "value", self.delta_slider: kind == "value",
                self.width_box: kind == "value" or s["from_logits"]}
        for widget, shown in rows.items():
            self.form.setRowVisible(widget, shown)

    @classmethod
    def default_state(cls) -> dict[str, Any]:
        return {**DEFAULTS, "view": VIEWS[0],
                "batch": [list(row) for row in PRESETS[DEFAULT_PRESET]]}

    def state(self) -> dict[str, Any]:
        return {**self.settings, "view": VIEWS[self.inner_tabs.currentIndex()],
                "batch": self.batch.state()}

    @classmethod
    def validate(cls, data: Any) -> dict[str, Any]:
        delta = LOSSES["huber"].params[0]
        classes = integer(data, "classes", 2, MAX_WIDTH, WHERE)
        return {"target": choice(data, "target", tuple(TARGETS), WHERE),
                "value": number(data, "value", -VALUE_LIMIT, VALUE_LIMIT, WHERE),
                "label": integer(data, "label", 0, 1, WHERE),
                "classes": classes,
                "true_class": integer(data, "true_class", 0, classes - 1, WHERE),
                "from_logits": flag(data, "from_logits", WHERE),
                "delta": number(data, "delta", delta.minimum, delta.maximum, WHERE),
                "half_width": number(data, "half_width", WIDTH_MIN, WIDTH_MAX, WHERE),
                "view": choice(data, "view", VIEWS, WHERE),
                "batch": [list(row) for row in BatchPanel.validate(
                    require(data, "batch", list, WHERE), WHERE)]}

    def apply(self, state: dict[str, Any]) -> None:
        self.settings = {k: v for k, v in state.items() if k not in ("batch", "view")}
        self.inner_tabs.setCurrentIndex(VIEWS.index(state["view"]))
        self.batch.set_delta(self.settings["delta"])
        self.batch.set_rows([(t, p) for t, p in state["batch"]])
        self._sync_controls()
        self.refresh()


# Why two losses draw the same curve, where the reason is known.
SAME_CURVE_REASONS = {("rmse", "mae"): tr_noop("LossesPage",
                                               "with one output, √((ŷ − y)²) = |ŷ − y|")}


def lies_on(curves: dict[str, np.ndarray]) -> dict[str, str]:
    """{name: the later curve it lies on over the whole range shown}: such a curve would be
    hidden under the other, so it is drawn dashed and on top, and its legend says so."""
    names = list(curves)
    found: dict[str, str] = {}
    for i, name in enumerate(names):
        for other in names[i + 1:]:
            if np.allclose(curves[name], curves[other], rtol=1e-9, atol=1e-12, equal_nan=True):
                found[name] = other
                break
    return found


def coincidence_note(on: dict[str, str]) -> str:
    """A tooltip naming each dashed curve, the curve it lies on, and why (where known)."""
    notes = []
    for name, other in on.items():
        reason = SAME_CURVE_REASONS.get((name, other))
        if reason:
            note = QCoreApplication.translate(
                "LossesPage", "{name} is dashed: it lies exactly on {other} over the whole range "
                "shown ({reason})").format(name=name, other=other,
                                           reason=QCoreApplication.translate("LossesPage", reason))
        else:
            note = QCoreApplication.translate(
                "LossesPage", "{name} is dashed: it lies exactly on {other} over the whole range "
                "shown").format(name=name, other=other)
        notes.append(note)
    return "\n".join(notes)
