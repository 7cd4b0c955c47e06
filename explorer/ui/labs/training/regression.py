"""The Regression tab: predicted versus target on the test split, and the residuals.

A perfect model puts every point on the identity line ŷ = y (left) and every residual on zero
(right). The snapshot carries the predictions (numpy forward pass on the training thread); this
view only draws them, with a line of test MAE, RMSE and R².
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.data import Dataset
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.core.optim import PALETTE
from explorer.ui.labs.training.common import NOTE_STYLE, TITLE_SIZE, fixed_plot, pen
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
        self.info = QLabel("Train to see the predictions on the test split.")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.graphics = NativePaintLayout()
        self.graphics.setToolTip("Each dot is a test sample: its target (x) and the model's "
                                 "prediction (y); right, the error ŷ − y")
        self.scatter_plot = fixed_plot(self.graphics.addPlot(row=0, col=0))
        self.scatter_plot.setTitle("predicted vs target (test split)", size=TITLE_SIZE)
        self.scatter_plot.setLabel("bottom", "target y")
        self.scatter_plot.setLabel("left", "predicted ŷ")
        self.scatter_plot.showGrid(x=True, y=True, alpha=0.2)
        self.identity = self.scatter_plot.plot(pen=pen("#000000", 160, Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(POINT), pen=pg.mkPen(None))
        self.scatter_plot.addItem(self.points)
        self.residual_plot = fixed_plot(self.graphics.addPlot(row=0, col=1))
        self.residual_plot.setTitle("residuals ŷ − y", size=TITLE_SIZE)
        self.residual_plot.setLabel("bottom", "target y")
        self.residual_plot.setLabel("left", "ŷ − y")
        self.residual_plot.showGrid(x=True, y=True, alpha=0.2)
        self.zero = self.residual_plot.plot(pen=pen("#000000", 160, Qt.PenStyle.DashLine))
        self.residuals = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(PALETTE[4]),
                                            pen=pg.mkPen(None))
        self.residual_plot.addItem(self.residuals)
        note = QLabel("On the dashed line the prediction equals the target. Points above it "
                      "are over-estimates, below it under-estimates.")
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
        name = data.title
        self.info.setText(f"<b>{name}</b>: {data.n_test:,} test samples. Train to see the "
                          "predictions.")

    def clear_model(self) -> None:
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
            self.info.setText(
                f"<b>Test split</b> ({len(target):,} samples), epoch {s.epoch}: "
                f"MAE {scores['mae']:.3g} · RMSE {scores['rmse']:.3g} · "
                f"R² {scores['r2']:.3f}")
