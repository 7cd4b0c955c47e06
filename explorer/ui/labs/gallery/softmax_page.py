"""Softmax page: logits as bars, the probabilities softmax(z/T) as bars, and the Jacobian."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core.functions import SOFTMAX_FORMULA, SOFTMAX_JACOBIAN_FORMULA, softmax
from explorer.core.functions import softmax_jacobian as jacobian
from explorer.core.i18n import tr_noop
from explorer.core.scene import problem_at, require
from explorer.ui.labs.gallery.common import (
    FloatSlider,
    GalleryPage,
    color,
    number,
    pen,
    plot_widget,
    wrapped_label,
)
from explorer.ui.widgets.panels import group, side_panel

MIN_CLASSES, MAX_CLASSES = 2, 8
LOGIT_LIMIT = 20.0
T_MIN, T_MAX = 0.05, 20.0
DEFAULT_LOGITS = (2.0, 1.0, 0.1)
BAR_WIDTH = 0.6
WHERE = "softmax page"


class SoftmaxPage(GalleryPage):
    key = "softmax"
    title = tr_noop("Gallery", "Softmax")

    def __init__(self, state: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logits = list(DEFAULT_LOGITS)
        self.temperature = 1.0
        self._build()
        self.apply(state or self.default_state())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (the state is kept)."""
        self.count.setToolTip(self.tr("Number of classes k (logits)"))
        self.classes_label.setText(self.tr("classes k"))
        for i, box in enumerate(self.logit_boxes):
            box.setToolTip(self.tr("Logit z{index}: the raw score of class {number} (before "
                                   "softmax)").format(index=_sub(i), number=i))
        self.temperature_slider.setToolTip(self.tr(
            "Temperature T divides the logits: T → 0 picks the largest (one-hot), T → ∞ makes "
            "every class equally likely"))
        jacobian_word = self.tr("Jacobian")
        columns = self.tr("Every column sums to 0: raising one logit takes probability from "
                          "the others.")
        self.formula.setText(f"{SOFTMAX_FORMULA}\n\n{jacobian_word}: "
                             f"{SOFTMAX_JACOBIAN_FORMULA}\n{columns}")
        self.jacobian_table.setToolTip(self.tr("Row i, column j: ∂pᵢ/∂zⱼ at the current logits"))
        self.logits_group.setTitle(self.tr("Logits z"))
        self.temperature_group.setTitle(self.tr("Temperature"))
        self.formula_group.setTitle(self.tr("Formula"))
        self.jacobian_group.setTitle(self.tr("Jacobian ∂pᵢ/∂zⱼ"))
        self.logit_plot.setTitle(self.tr("logits z (raw scores)"), size="10pt")
        self.prob_plot.setTitle(self.tr("probabilities p = softmax(z / T)"), size="10pt")
        for plot in (self.logit_plot, self.prob_plot):
            plot.setLabel("bottom", self.tr("class"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build(self) -> None:
        self.count = QSpinBox()
        self.count.setRange(MIN_CLASSES, MAX_CLASSES)
        self.count.valueChanged.connect(self._on_count_changed)
        grid = QGridLayout()
        self.classes_label = QLabel()
        grid.addWidget(self.classes_label, 0, 0)
        grid.addWidget(self.count, 0, 1)
        self.logit_boxes: list[QDoubleSpinBox] = []
        self.logit_labels: list[QLabel] = []
        for i in range(MAX_CLASSES):
            box = QDoubleSpinBox()
            box.setRange(-LOGIT_LIMIT, LOGIT_LIMIT)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda v, i=i: self.set_logit(i, v))
            label = QLabel(f"z{_sub(i)}")
            label.setStyleSheet(f"color: {color(i)}; font-weight: bold;")
            grid.addWidget(label, 1 + i // 2, 2 * (i % 2))
            grid.addWidget(box, 1 + i // 2, 2 * (i % 2) + 1)
            self.logit_boxes.append(box)
            self.logit_labels.append(label)
        self.temperature_slider = FloatSlider(
            "T", T_MIN, T_MAX, 1.0, log=True)
        self.temperature_slider.valueChanged.connect(self.set_temperature)
        self.summary = wrapped_label(rich=True)
        self.formula = wrapped_label()
        self.jacobian_table = QTableWidget(0, 0)
        self.jacobian_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jacobian_table.setMinimumHeight(200)
        for header in (self.jacobian_table.horizontalHeader(),
                       self.jacobian_table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(20)
        self.logits_group = group("", grid)
        self.temperature_group = group("", self.temperature_slider)
        self.formula_group = group("", self.formula, self.summary)
        panel = side_panel(self.logits_group, self.temperature_group, self.formula_group)

        self.logit_plot = plot_widget("", "", "z")
        self.prob_plot = plot_widget("", "", "p")
        self.prob_plot.setYRange(-0.03, 1.1, padding=0)
        self.prob_plot.getPlotItem().vb.setMouseEnabled(y=False)
        self.logit_bars = pg.BarGraphItem(x=[0], height=[0], width=BAR_WIDTH)
        self.prob_bars = pg.BarGraphItem(x=[0], height=[0], width=BAR_WIDTH)
        self.logit_plot.addItem(self.logit_bars)
        self.prob_plot.addItem(self.prob_bars)
        self.logit_plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pen("#555555", 1)))
        self.logit_texts = [self._text(self.logit_plot) for _ in range(MAX_CLASSES)]
        self.prob_texts = [self._text(self.prob_plot) for _ in range(MAX_CLASSES)]
        plots = QHBoxLayout()
        plots.addWidget(self.logit_plot)
        plots.addWidget(self.prob_plot)
        right = QVBoxLayout()
        right.addLayout(plots, 3)
        self.jacobian_group = group("", self.jacobian_table)
        right.addWidget(self.jacobian_group, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(right, 1)

    @staticmethod
    def _text(plot: pg.PlotWidget) -> pg.TextItem:
        item = pg.TextItem(color="#000000", anchor=(0.5, 1.0))
        plot.addItem(item)
        return item

    # --- actions ------------------------------------------------------------------------------

    def set_logit(self, index: int, value: float) -> None:
        if index < len(self.logits):
            self.logits[index] = float(value)
            self.refresh()

    def set_temperature(self, value: float) -> None:
        self.temperature = min(max(float(value), T_MIN), T_MAX)
        self.refresh()

    def set_logits(self, logits: list[float]) -> None:
        if not MIN_CLASSES <= len(logits) <= MAX_CLASSES:
            raise ValueError(f"need {MIN_CLASSES}–{MAX_CLASSES} logits")
        self.logits = [float(v) for v in logits]
        self._sync_controls()
        self.refresh()

    def probabilities(self) -> np.ndarray:
        return softmax(np.array(self.logits), self.temperature)

    def refresh(self) -> None:
        z = np.array(self.logits)
        p = self.probabilities()
        x = np.arange(len(z), dtype=float)
        brushes = [pg.mkBrush(color(i)) for i in range(len(z))]
        self.logit_bars.setOpts(x=x, height=z, width=BAR_WIDTH, brushes=brushes)
        self.prob_bars.setOpts(x=x, height=p, width=BAR_WIDTH, brushes=brushes)
        for texts, values in ((self.logit_texts, z), (self.prob_texts, p)):
            for i, text in enumerate(texts):
                text.setVisible(i < len(z))
                if i < len(z):
                    text.setText(f"{values[i]:.3g}")
                    text.setAnchor((0.5, 1.0) if values[i] >= 0 else (0.5, 0.0))
                    text.setPos(i, values[i])
        ticks = [[(i, self.tr("class {number}").format(number=i)) for i in range(len(z))]]
        for plot in (self.logit_plot, self.prob_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.6, len(z) - 0.4, padding=0)
        top, bottom = max(z.max(), 0.0), min(z.min(), 0.0)
        pad = 0.15 * max(top - bottom, 1.0)
        self.logit_plot.setYRange(bottom - pad, top + pad, padding=0)
        self._show_jacobian(jacobian(z, self.temperature))
        with np.errstate(divide="ignore"):
            entropy = float(-np.sum(np.where(p > 0, p * np.log2(p), 0.0)))
        same = html.escape(self.tr("Adding the same number to every logit changes nothing."))
        self.summary.setText(self.tr(
            "T = {temperature}: the largest probability is <b>{largest}</b> (class {number}); "
            "Σp = {total}; entropy {entropy} of at most {most} bits. {same}").format(
            temperature=f"{self.temperature:.3g}", largest=f"{p.max():.3f}",
            number=int(p.argmax()), total=f"{p.sum():.6f}", entropy=f"{entropy:.3f}",
            most=f"{np.log2(len(p)):.3f}", same=same))

    def _show_jacobian(self, matrix: np.ndarray) -> None:
        k = matrix.shape[0]
        table = self.jacobian_table
        table.setRowCount(k)
        table.setColumnCount(k)
        table.setHorizontalHeaderLabels([f"z{_sub(j)}" for j in range(k)])
        table.setVerticalHeaderLabels([f"p{_sub(i)}" for i in range(k)])
        for i in range(k):
            for j in range(k):
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(i, j, item)
                item.setText(f"{matrix[i, j]:+.3f}")
                item.setBackground(_tint(matrix[i, j] / max(np.abs(matrix).max(), 1e-12)))

    # --- slots and state ----------------------------------------------------------------------

    def _on_count_changed(self, k: int) -> None:
        self.logits = (self.logits + [0.0] * MAX_CLASSES)[:k]
        self._sync_controls()
        self.refresh()

    def _sync_controls(self) -> None:
        widgets = [self.count, *self.logit_boxes]
        for widget in widgets:
            widget.blockSignals(True)
        self.count.setValue(len(self.logits))
        for i, box in enumerate(self.logit_boxes):
            shown = i < len(self.logits)
            box.setVisible(shown)
            self.logit_labels[i].setVisible(shown)
            box.setValue(self.logits[i] if shown else 0.0)
        for widget in widgets:
            widget.blockSignals(False)
        self.temperature_slider.set_value(self.temperature)

    @classmethod
    def default_state(cls) -> dict[str, Any]:
        return {"logits": list(DEFAULT_LOGITS), "temperature": 1.0}

    def state(self) -> dict[str, Any]:
        return {"logits": list(self.logits), "temperature": self.temperature}

    @classmethod
    def validate(cls, data: Any) -> dict[str, Any]:
        logits = require(data, "logits", list, WHERE)
        if not MIN_CLASSES <= len(logits) <= MAX_CLASSES:
            raise problem_at(WHERE, tr_noop("Scenes", "'logits' needs {low}–{high} numbers"),
                             low=MIN_CLASSES, high=MAX_CLASSES)
        values = [number({"logit": v}, "logit", -LOGIT_LIMIT, LOGIT_LIMIT,
                         f"{WHERE}, logit {i}") for i, v in enumerate(logits)]
        return {"logits": values,
                "temperature": number(data, "temperature", T_MIN, T_MAX, WHERE)}

    def apply(self, state: dict[str, Any]) -> None:
        self.logits = list(state["logits"])
        self.temperature = state["temperature"]
        self._sync_controls()
        self.refresh()


def _tint(share: float) -> QColor:
    """Blue for positive, orange for negative entries (a colour-blind-safe diverging pair)."""
    base = QColor("#0072B2") if share >= 0 else QColor("#E69F00")
    base.setAlpha(int(150 * min(abs(share), 1.0)))
    return base


def _sub(i: int) -> str:
    return str(i).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
