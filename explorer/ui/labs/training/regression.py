"""The Regression tab: predicted versus target on the test split, and the residuals.

A perfect model puts every point on the identity line ŷ = y (left) and every residual on zero
(right). The snapshot carries the predictions (numpy forward pass on the training thread); this
view only draws them, with a line of test MAE, RMSE and R².
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.data import Dataset
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.core.optim import PALETTE
from explorer.ui.labs.training.common import (
    NOTE_STYLE,
    TITLE_SIZE,
    dataset_title,
    fixed_plot,
    pen,
)
from explorer.ui.widgets.native_paint import NativePaintLayout

POINT = PALETTE[1]


def regression_scores(predicted: np.ndarray, target: np.ndarray) -> dict[str, float]:
    """MAE, RMSE and R² of predictions (R² = 1 − SS_res / SS_tot)."""
    residual = predicted.astype(np.float64) - target.astype(np.float64)
    ss_tot = float(((target - target.mean()) ** 2).sum())
    return {"mae": float(np.abs(residual).mean()),
            "rmse": float(np.sqrt((residual ** 2).mean())),
            "r2": 1.0 - float((residual ** 2).sum()) / ss_tot if ss_tot > 0 else float("nan")}


class RegressionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.graphics = NativePaintLayout()
        self.scatter_plot = fixed_plot(self.graphics.addPlot(row=0, col=0))
        self.scatter_plot.showGrid(x=True, y=True, alpha=0.2)
        self.identity = self.scatter_plot.plot(pen=pen("#000000", 160, Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(POINT), pen=pg.mkPen(None))
        self.scatter_plot.addItem(self.points)
        self.residual_plot = fixed_plot(self.graphics.addPlot(row=0, col=1))
        self.residual_plot.setLabel("left", "ŷ − y")
        self.residual_plot.showGrid(x=True, y=True, alpha=0.2)
        self.zero = self.residual_plot.plot(pen=pen("#000000", 160, Qt.PenStyle.DashLine))
        self.residuals = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(PALETTE[4]),
                                            pen=pg.mkPen(None))
        self.residual_plot.addItem(self.residuals)
        self.note = note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(note)
        self.data: Dataset | None = None
        self._range: tuple[float, float] | None = None
        self._scores: tuple[int, int, dict[str, float]] | None = None  # samples, epoch, scores
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, labels and the info line in the current language."""
        self.graphics.setToolTip(self.tr("Each dot is a test sample: its target (x) and the "
                                         "model's prediction (y); right, the error ŷ − y"))
        self.scatter_plot.setTitle(self.tr("predicted vs target (test split)"), size=TITLE_SIZE)
        self.scatter_plot.setLabel("bottom", self.tr("target y"))
        self.scatter_plot.setLabel("left", self.tr("predicted ŷ"))
        self.residual_plot.setTitle(self.tr("residuals ŷ − y"), size=TITLE_SIZE)
        self.residual_plot.setLabel("bottom", self.tr("target y"))
        self.note.setText(self.tr("On the dashed line the prediction equals the target. Points "
                                  "above it are over-estimates, below it under-estimates."))
        self._show_info()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_info(self) -> None:
        data = self.data
        if self._scores is not None:
            samples, epoch, scores = self._scores
            numbers = (f"MAE {scores['mae']:.3g} · RMSE {scores['rmse']:.3g} · "
                       f"R² {scores['r2']:.3f}")
            self.info.setText(self.tr("<b>Test split</b> ({n} samples), epoch {epoch}: "
                                      "{scores}").format(n=f"{samples:,}", epoch=epoch,
                                                         scores=numbers))
        elif data is not None and data.task == "regression":
            self.info.setText(self.tr("<b>{name}</b>: {n} test samples. Train to see the "
                                      "predictions.").format(
                name=dataset_title(data.name, data.title), n=f"{data.n_test:,}"))
        else:
            self.info.setText(self.tr("Train to see the predictions on the test split."))

    def set_data(self, data: Dataset | None) -> None:
        self.data = data
        self.clear_model()
        if data is None or data.task != "regression":
            return
        y = np.concatenate([data.y_train, data.y_test]).astype(np.float64)
        lo, hi = float(y.min()), float(y.max())
        pad = 0.05 * (hi - lo or 1.0)
        self._range = (lo - pad, hi + pad)
        self.identity.setData(list(self._range), list(self._range))
        self.zero.setData(list(self._range), [0.0, 0.0])
        self.scatter_plot.setXRange(*self._range, padding=0)
        self.residual_plot.setXRange(*self._range, padding=0)
        self._show_info()

    def clear_model(self) -> None:
        self._scores = None
        self._show_info()
        self.points.setData([])
        self.residuals.setData([])

    def show_snapshot(self, s: TrainingSnapshot) -> None:
        if s.predicted is None or s.target is None or self._range is None:
            return
        predicted, target = s.predicted, s.target
        finite = np.isfinite(predicted)
        self.points.setData(x=target[finite], y=predicted[finite])
        residual = predicted - target
        self.residuals.setData(x=target[finite], y=residual[finite])
        lo, hi = self._range
        if finite.any():
            lo = min(lo, float(predicted[finite].min()))
            hi = max(hi, float(predicted[finite].max()))
            r = float(np.abs(residual[finite]).max()) * 1.1 or 1.0
            self.residual_plot.setYRange(-r, r, padding=0)
        self.scatter_plot.setYRange(lo, hi, padding=0.02)
        scores = regression_scores(predicted[finite], target[finite]) if finite.any() else None
        if scores is not None:
            self._scores = (len(target), s.epoch, scores)
            self._show_info()
