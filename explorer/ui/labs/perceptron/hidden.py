"""The hidden-layer page: a 2-2-1 network learning XOR, and why it can.

Left, the input square with the network's P(y = 1) as a heatmap, its curved p = 0.5 boundary,
and the two hidden units' own lines (where h₁ = 0.5 and h₂ = 0.5). Right, the same four points
mapped into hidden-layer space (h₁, h₂), where the output unit's single line w₂·h + b₂ = 0 now
separates the classes. Training runs in a worker (see `trainer`); this page only draws.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.perceptron import (
    DEFAULT_VIEW,
    Gate,
    TwoLayerNet,
    View,
    decision_line,
)
from explorer.ui.labs.perceptron.plots import (
    CLASS_COLOURS,
    HIGHLIGHT,
    REGION,
    TITLE_SIZE,
    ClassPlot,
    FixedPlot,
    class_spots,
    legend_html,
    visible_view,
)
from explorer.ui.labs.perceptron.trainer import MlpProgress
from explorer.ui.labs.perceptron.truth_table import TruthTable
from explorer.ui.widgets.axes import cache_axes
from explorer.ui.widgets.colours import tint

HIDDEN_VIEW: View = ((-0.1, 1.1), (-0.1, 1.1))  # sigmoid outputs live in (0, 1)
HEAT_RESOLUTION = 160
UNIT_COLOURS = (REGION, HIGHLIGHT)  # the hidden units' lines: bluish green, reddish purple


def lines_html() -> str:
    """The legend of the lines: the network's boundary and each hidden unit's own line."""
    boundary = QCoreApplication.translate("HiddenLayerPage", "p = 0.5, the network's boundary")
    unit = QCoreApplication.translate("HiddenLayerPage", "{h} = 0.5 (hidden unit {number})")
    return f"<b>━</b> {boundary} &nbsp; " + " &nbsp; ".join(
        f"<span style='color:{c}'><b>┅</b></span> " + unit.format(h=f"h{'₁₂'[k]}", number=k + 1)
        for k, c in enumerate(UNIT_COLOURS))

POINT_NAMES = ("(0,0)", "(0,1)", "(1,0)", "(1,1)")


PROBABILITY_MAP = pg.ColorMap([0.0, 0.5, 1.0], [tint(CLASS_COLOURS[0], 0.55), (255, 255, 255),
                                                 tint(CLASS_COLOURS[1], 0.55)])


class HeatmapPlot(FixedPlot):
    """Input space coloured by the network's P(y = 1), with its p = 0.5 boundary."""

    def __init__(self, parent=None) -> None:
        self.net: TwoLayerNet | None = None
        super().__init__(DEFAULT_VIEW, "x₁", "x₂", "", parent)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(PROBABILITY_MAP.getLookupTable(nPts=256))
        self.image.setZValue(-20)
        self.addItem(self.image, ignoreBounds=True)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("k", width=2), connect="finite")
        self.unit_lines = [pg.PlotDataItem(pen=pg.mkPen(c, width=2, style=Qt.PenStyle.DashLine))
                           for c in UNIT_COLOURS]
        self.points = pg.ScatterPlotItem(size=18, pen=pg.mkPen("k", width=1))
        self.wrong = pg.ScatterPlotItem(size=12, symbol="x", brush="w", pen=pg.mkPen("k"))
        for z, item in enumerate([*self.unit_lines, self.boundary, self.points, self.wrong]):
            item.setZValue(z + 3)
            self.addItem(item, ignoreBounds=True)

    def show_net(self, net: TwoLayerNet, gate: Gate) -> None:
        """Draw this network's probabilities and lines for the gate's points."""
        self.net = net
        self.points.setData(class_spots(gate.inputs, gate.targets))
        bad = gate.inputs[net.predict(gate.inputs) != gate.targets]
        self.wrong.setData(pos=bad) if len(bad) else self.wrong.clear()
        self.redraw_geometry()

    def redraw_geometry(self) -> None:
        if self.net is None:
            return
        view = visible_view(self)
        (x0, x1), (y0, y1) = view
        xs = np.linspace(x0, x1, HEAT_RESOLUTION)
        ys = np.linspace(y0, y1, HEAT_RESOLUTION)
        gx, gy = np.meshgrid(xs, ys)  # rows follow y, as the row-major image expects
        p = self.net.predict_proba(np.column_stack([gx.ravel(), gy.ravel()]))
        grid = np.ascontiguousarray(p.reshape(gx.shape), dtype=np.float32)
        self.image.setImage(grid, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.boundary.setData(*_isoline(xs, ys, grid, 0.5))
        for j, item in enumerate(self.unit_lines):
            line = decision_line(self.net.w1[:, j], float(self.net.b1[j]), view)
            item.setData(*(line.points.T if line is not None else ([], [])))

    def heat(self) -> NDArray[np.float32]:
        """The image's data (for tests: a curved boundary is not a constant)."""
        return self.image.image


def _isoline(xs: NDArray, ys: NDArray, z: NDArray, level: float) -> tuple[NDArray, NDArray]:
    """The level curve of z (rows = y) as one NaN-separated polyline in data coordinates."""
    out_x, out_y = [], []
    for line in pg.functions.isocurve(z.T, level, connected=True, extendToEdge=True):
        pts = np.asarray(line, dtype=float)
        if len(pts) < 2:
            continue
        out_x += [np.interp(pts[:, 0], np.arange(len(xs)), xs), [np.nan]]
        out_y += [np.interp(pts[:, 1], np.arange(len(ys)), ys), [np.nan]]
    if not out_x:
        return np.empty(0), np.empty(0)
    return np.concatenate(out_x), np.concatenate(out_y)


class LossPlot(pg.PlotWidget):
    """Loss and accuracy of the 2-2-1 net against the epoch."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)
        cache_axes(self.getPlotItem())
        self.legend = self.addLegend(labelTextSize="9pt")
        self.legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5), offset=(-6, 0))
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.loss = self.plot(pen=pg.mkPen(CLASS_COLOURS[1], width=2), name="loss")
        self.accuracy = self.plot(pen=pg.mkPen(CLASS_COLOURS[0], width=2,
                                               style=Qt.PenStyle.DashLine), name="accuracy")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("training the 2-2-1 net"), size=TITLE_SIZE)
        self.setLabel("bottom", self.tr("epoch"))
        for item, name in ((self.loss, self.tr("loss (cross-entropy)")),
                           (self.accuracy, self.tr("accuracy"))):
            item.opts["name"] = name
            self.legend.getLabel(item).setText(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_curves(self, progress: MlpProgress) -> None:
        self.loss.setData(progress.epochs, progress.losses)
        self.accuracy.setData(progress.epochs, progress.accuracies)
        self.setXRange(0, progress.total_epochs, padding=0.02)
        self.setYRange(0, max(1.05, float(progress.losses.max())), padding=0)


class HiddenLayerPage(QWidget):
    """Everything about the 2-2-1 network on one page (the PNG/GIF export target)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.heatmap = HeatmapPlot()
        self.hidden_space = ClassPlot(HIDDEN_VIEW, "h₁", "h₂", "", label_points=True)
        self.table = TruthTable(("x₁", "x₂", "h₁", "h₂", "d", "y  (p)"))
        self.losses = LossPlot()
        grid = QGridLayout()
        grid.addWidget(self.heatmap, 0, 0)
        grid.addWidget(self.hidden_space, 0, 1)
        table_box = QVBoxLayout()
        table_box.addWidget(self.table)
        table_box.addStretch(1)
        grid.addLayout(table_box, 1, 0)
        grid.addWidget(self.losses, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.info)
        self.legend = QLabel()
        self.legend.setWordWrap(True)  # two lines rather than a window wider than 1000 pixels
        layout.addWidget(self.legend)
        layout.addLayout(grid, 1)
        self.progress: MlpProgress | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The texts set once; the status line follows the training and is rewritten by the
        lab."""
        self.heatmap.setTitle(self.tr("input space: P(y = 1) of the 2-2-1 net"), size=TITLE_SIZE)
        self.hidden_space.setTitle(self.tr("hidden-layer space: one line now separates them"),
                                   size=TITLE_SIZE)
        self.legend.setText(f"{legend_html()} &nbsp;&nbsp; {lines_html()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_waiting(self, gate: Gate) -> None:
        self.info.setText(self.tr("<b>Adding a hidden layer</b> — training a 2-2-1 network on "
                                  "{gate} …").format(gate=gate.title))

    def show_progress(self, progress: MlpProgress, gate: Gate, seed: int,
                      running: bool) -> None:
        """Draw one snapshot: heatmap, hidden space, table, curves and the status line."""
        self.progress = progress
        snap, net = progress.snapshot, progress.snapshot.net
        self.heatmap.show_net(net, gate)
        hidden = net.hidden(gate.inputs)
        outputs = net.predict(gate.inputs)
        self.hidden_space.set_points(hidden, gate.targets, outputs, POINT_NAMES)
        self.hidden_space.set_line(net.w2[:, 0], float(net.b2[0]))
        proba = net.predict_proba(gate.inputs)
        cells = [(f"{x[0]:g}", f"{x[1]:g}", f"{h[0]:.2f}", f"{h[1]:.2f}", str(d),
                  f"{y}  ({p:.2f})")
                 for x, h, d, y, p in zip(gate.inputs, hidden, gate.targets, outputs, proba,
                                          strict=True)]
        self.table.set_rows(cells, list(outputs != gate.targets))
        self.losses.set_curves(progress)
        right = int((outputs == gate.targets).sum())
        if progress.solved:
            verdict = self.tr("<span style='color:#006B4F'><b>✔ Solved: {right}/4 rows right "
                              "(100 %) from epoch {epoch}.</b></span> In hidden space one line "
                              "separates {gate}.").format(right=right,
                                                          epoch=progress.solved_from,
                                                          gate=gate.title)
        elif running:
            verdict = self.tr("{right}/4 rows right so far …").format(right=right)
        else:
            verdict = self.tr("<span style='color:#B00020'><b>✗ Stuck at {right}/4 rows right."
                              "</b></span> A local minimum: try another seed.").format(right=right)
        status = (self.tr("training: epoch {epoch} of {epochs}") if running
                  else self.tr("trained: epoch {epoch} of {epochs}"))
        self.info.setText(
            self.tr("<b>2-2-1 network</b> (sigmoid hidden layer h = σ(W₁ᵀx + b₁), output "
                    "p = σ(w₂·h + b₂), backpropagation, η = {eta}, seed {seed})<br>{status} · "
                    "loss {loss} · accuracy {accuracy} % — {verdict}").format(
                eta=f"{progress.learning_rate:g}", seed=seed,
                status=status.format(epoch=snap.epoch, epochs=progress.total_epochs),
                loss=f"{snap.loss:.4f}", accuracy=f"{snap.accuracy * 100:.0f}", verdict=verdict))
