"""The Weights tab: every Dense layer's kernel and bias as heatmaps, values on hover.

Column ``i`` shows layer ``i``: its kernel (one row per input, one column per unit) above its
bias (one value per unit). Colour is cividis on a scale symmetric around zero, per layer, so the
middle of the scale is 0; hovering a cell prints its exact value. Items are made when the
model's shape changes and then fed with ``setImage``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.labs.training.common import (
    NOTE_STYLE,
    SEQUENTIAL_LUT,
    TITLE_SIZE,
    fixed_plot,
    levels_of,
    set_image,
)
from explorer.ui.widgets.axes import nice_ceiling
from explorer.ui.widgets.native_paint import NativePaintLayout


def index_ticks(axis: pg.AxisItem, count: int) -> None:
    """Ticks on whole indices only (every 1, 2, 5, 10, 20, … so that at most ~10 show): a
    one-unit layer reads "0", not pyqtgraph's −0.4 … 0.4."""
    step = int(nice_ceiling(count / 10, steps=(1, 2, 5, 10)))
    axis.setTicks([[(i, str(i)) for i in range(0, count, step)]])


class WeightsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.hover = QLabel()
        self.hover.setTextFormat(Qt.TextFormat.RichText)
        self.hover.setMinimumHeight(22)
        self.graphics = NativePaintLayout()
        self.note = note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hover)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(note)
        self.names: list[str] = []
        self.kernels: list[pg.ImageItem] = []
        self.biases: list[pg.ImageItem] = []
        self.kernel_plots: list[pg.PlotItem] = []
        self.bias_plots: list[pg.PlotItem] = []
        self.weights: tuple = ()
        self._shapes: tuple = ()
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse)
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltip, note, axis labels and the hover line in the current language."""
        self.graphics.setToolTip(self.tr("Every weight and bias of the network; hover a cell "
                                         "for its value"))
        self.note.setText(self.tr("Each column is a Dense layer: the kernel W (rows: inputs, "
                                  "columns: units) above the bias b. Cividis on a scale "
                                  "symmetric around 0 for each layer (dark: negative, grey: 0, "
                                  "yellow: positive)."))
        for kplot in self.kernel_plots:
            kplot.setLabel("left", self.tr("input"))
            kplot.setLabel("bottom", self.tr("unit"))
        self.hover.setText(self.tr("Hover a cell to read its value.") if self.weights else
                           self.tr("Train to see the weights. Hover a cell to read its value."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_layers(self, names: list[str]) -> None:
        """The Dense layers' names, input to output (items are made at the first snapshot)."""
        self.names = list(names)
        self.clear_model()

    def clear_model(self) -> None:
        self.weights = ()
        for image in (*self.kernels, *self.biases):
            image.clear()
        self.hover.setText(self.tr("Train to see the weights. Hover a cell to read its value."))

    def _make(self, shapes: tuple) -> None:
        self.graphics.clear()
        self.kernels, self.biases, self.kernel_plots, self.bias_plots = [], [], [], []
        for i, (kernel_shape, _bias_shape) in enumerate(shapes):
            name = self.names[i] if i < len(self.names) else f"dense_{i + 1}"
            inputs, units = kernel_shape
            kplot = fixed_plot(self.graphics.addPlot(row=0, col=i))
            kplot.setTitle(f"{name}: W {inputs}×{units}", size=TITLE_SIZE)
            kplot.invertY(True)
            kplot.setLabel("left", self.tr("input"))
            kplot.setLabel("bottom", self.tr("unit"))
            index_ticks(kplot.getAxis("left"), inputs)
            index_ticks(kplot.getAxis("bottom"), units)
            kernel = pg.ImageItem(axisOrder="row-major")
            kernel.setLookupTable(SEQUENTIAL_LUT)
            kplot.addItem(kernel)
            bplot = fixed_plot(self.graphics.addPlot(row=1, col=i))
            bplot.setTitle("b", size=TITLE_SIZE)
            bplot.hideAxis("left")
            bplot.setMaximumHeight(70)
            index_ticks(bplot.getAxis("bottom"), units)
            bias = pg.ImageItem(axisOrder="row-major")
            bias.setLookupTable(SEQUENTIAL_LUT)
            bplot.addItem(bias)
            self.kernels.append(kernel)
            self.biases.append(bias)
            self.kernel_plots.append(kplot)
            self.bias_plots.append(bplot)
        self._shapes = shapes

    def show_snapshot(self, s: TrainingSnapshot) -> None:
        shapes = tuple((k.shape, b.shape) for k, b in s.weights)
        if shapes != self._shapes:
            self._make(shapes)
        if not self.weights:
            self.hover.setText(self.tr("Hover a cell to read its value."))
        self.weights = s.weights
        for (kernel, bias), kimage, bimage in zip(s.weights, self.kernels, self.biases,
                                                   strict=True):
            levels = levels_of(np.concatenate([kernel.ravel(), bias.ravel()]), symmetric=True)
            inputs, units = kernel.shape  # cells centred on their indices
            set_image(kimage, kernel, levels, (-0.5, -0.5, float(units), float(inputs)))
            set_image(bimage, bias.reshape(1, -1), levels, (-0.5, -0.5, float(units), 1.0))

    def value_at(self, layer: int, part: str, row: int, column: int) -> float:
        kernel, bias = self.weights[layer]
        return float(kernel[row, column] if part == "kernel" else bias[column])

    def _on_mouse(self, position: QPointF) -> None:
        if not self.weights:
            return
        for i, (kplot, bplot) in enumerate(zip(self.kernel_plots, self.bias_plots,
                                               strict=True)):
            for part, plot in (("kernel", kplot), ("bias", bplot)):
                if not plot.sceneBoundingRect().contains(position):
                    continue
                point = plot.vb.mapSceneToView(position)
                row, column = int(np.floor(point.y() + 0.5)), int(np.floor(point.x() + 0.5))
                kernel = self.weights[i][0]
                rows = kernel.shape[0] if part == "kernel" else 1
                if 0 <= column < kernel.shape[1] and 0 <= row < rows:
                    name = self.names[i] if i < len(self.names) else f"dense_{i + 1}"
                    value = self.value_at(i, part, row, column)
                    where = (self.tr("W[{row}, {column}] (input {row} → unit {column})")
                             if part == "kernel" else self.tr("b[{column}] (unit {column})"))
                    where = where.format(row=row, column=column)
                    self.hover.setText(f"<b>{name}</b> {where} = <b>{value:.5g}</b>")
                return
