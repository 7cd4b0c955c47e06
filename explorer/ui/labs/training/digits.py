"""The Digits (or Confusion) tab: the confusion matrix on the test split and, for image data,
a gallery of misclassified samples drawn from their pixels (``Dataset.image_shape``).

The matrix and the list of misclassified samples come with the snapshot (computed at every
epoch end on the training thread); the gallery's predicted labels are one numpy forward pass
over the few samples shown. Items are made once per data set and then fed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.data import Dataset
from explorer.core.nn.forward import forward
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.labs.training.common import (
    NOTE_STYLE,
    SEQUENTIAL_LUT,
    TITLE_SIZE,
    fixed_plot,
    set_image,
)
from explorer.ui.labs.training.data_settings import raw_features
from explorer.ui.widgets.native_paint import NativePaintLayout

GALLERY = 24
GALLERY_COLUMNS = 6
MAX_CELL_TEXT = 15  # classes up to which every cell shows its count
GREY_LUT = np.repeat(np.arange(255, -1, -1, dtype=np.ubyte)[:, None], 3, axis=1)  # ink dark


class DigitsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.matrix_widget = NativePaintLayout()
        self.matrix_plot = fixed_plot(self.matrix_widget.addPlot())
        self.matrix_plot.invertY(True)
        self.matrix_plot.setAspectLocked(True)
        self.matrix = pg.ImageItem(axisOrder="row-major")
        self.matrix.setLookupTable(SEQUENTIAL_LUT)
        self.matrix_plot.addItem(self.matrix)
        self.cell_text: list[pg.TextItem] = []
        self.gallery_title = QLabel()
        self.gallery_title.setStyleSheet(NOTE_STYLE)
        self.gallery_title.setWordWrap(True)
        self.gallery = NativePaintLayout()
        self.gallery_images: list[pg.ImageItem] = []
        self.gallery_labels: list[pg.TextItem] = []
        self.gallery_boxes: list[pg.ViewBox] = []
        right = QVBoxLayout()
        right.addWidget(self.gallery_title)
        right.addWidget(self.gallery, 1)
        row = QHBoxLayout()
        row.addWidget(self.matrix_widget, 1)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.info)
        layout.addLayout(row, 1)
        self.data: Dataset | None = None
        self.activations: tuple[str, ...] = ()
        self._shown: tuple[int | None, int] | None = None
        self._pixel_levels = (0.0, 1.0)
        self._rect = (-0.5, -0.5, 2.0, 2.0)
        self._info: Callable[[], str] = lambda: self.tr(
            "Train to see the confusion matrix of the test split.")
        self._gallery_title: Callable[[], str] = str
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, labels and captions in the current language."""
        self.matrix_widget.setToolTip(self.tr("How many test samples of each true class (row) "
                                              "were predicted as each class (column); updated "
                                              "every epoch"))
        self.matrix_plot.setTitle(self.tr("confusion matrix (test split)"), size=TITLE_SIZE)
        self.matrix_plot.setLabel("bottom", self.tr("predicted class"))
        self.matrix_plot.setLabel("left", self.tr("true class"))
        self.gallery.setToolTip(self.tr("Test images the model gets wrong: true label → "
                                        "prediction"))
        self.info.setText(self._info())
        self.gallery_title.setText(self._gallery_title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_data(self, data: Dataset | None) -> None:
        """Make the matrix cells and gallery frames for this data set."""
        self.data = data
        self._shown = None
        self.matrix.clear()
        for item in self.cell_text:
            self.matrix_plot.removeItem(item)
        self.cell_text = []
        self.gallery.clear()
        self.gallery_images, self.gallery_labels, self.gallery_boxes = [], [], []
        if data is None or data.task == "regression":
            return
        k = max(data.n_classes, 2)
        names = list(data.class_names) or [str(i) for i in range(k)]
        ticks = [[(i, names[i]) for i in range(k)]] if k <= 20 else None
        for axis in ("bottom", "left"):
            self.matrix_plot.getAxis(axis).setTicks(ticks)
        self._rect = (-0.5, -0.5, float(k), float(k))
        self.matrix_plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        if k <= MAX_CELL_TEXT:
            for i in range(k):
                for j in range(k):
                    text = pg.TextItem("", anchor=(0.5, 0.5))
                    text.setPos(j, i)
                    self.matrix_plot.addItem(text)
                    self.cell_text.append(text)
        self.gallery.setVisible(data.image_shape is not None)
        if data.image_shape is not None:
            raw = raw_features(data, data.x_test)
            self._pixel_levels = (float(raw.min()), float(raw.max()) or 1.0)
            for i in range(GALLERY):
                box = self.gallery.addViewBox(row=i // GALLERY_COLUMNS, col=i % GALLERY_COLUMNS,
                                              enableMenu=False)
                box.setMouseEnabled(x=False, y=False)
                box.setAspectLocked(True)
                box.invertY(True)
                image = pg.ImageItem(axisOrder="row-major")
                image.setLookupTable(GREY_LUT)
                box.addItem(image)
                label = pg.TextItem("", color="#B00020", anchor=(0, 0))
                label.setParentItem(box)
                self.gallery_images.append(image)
                self.gallery_labels.append(label)
                self.gallery_boxes.append(box)
        images = data.image_shape is not None
        self._gallery_title = lambda: self.tr(
            "Misclassified test samples appear here: true → predicted.") if images else ""
        self.gallery_title.setText(self._gallery_title())

    def set_activations(self, activations: tuple[str, ...]) -> None:
        self.activations = activations

    def clear_model(self) -> None:
        self._shown = None
        self.matrix.clear()
        for text in self.cell_text:
            text.setText("")
        for image, label in zip(self.gallery_images, self.gallery_labels, strict=True):
            image.clear()
            label.setText("")

    def show_snapshot(self, s: TrainingSnapshot) -> None:
        data = self.data
        if data is None or s.confusion is None:
            return
        key = (s.confusion_epoch, id(s.misclassified))
        if key == self._shown:
            return  # the matrix changes only at epoch ends
        self._shown = key
        matrix = s.confusion.astype(np.float32)
        set_image(self.matrix, matrix, (0.0, max(float(matrix.max()), 1.0)), self._rect)
        top = max(float(matrix.max()), 1.0)
        k = matrix.shape[0]
        for n, text in enumerate(self.cell_text):
            i, j = divmod(n, k)
            value = int(matrix[i, j]) if i < k and j < k else 0
            text.setText(str(value) if value else "")
            text.setColor("#000000" if value > 0.6 * top else "#FFFFFF")
        total = int(matrix.sum())
        right = int(np.trace(matrix))
        wrong = s.misclassified if s.misclassified is not None else np.empty(0, dtype=np.int64)
        n_wrong, epoch = len(wrong), s.confusion_epoch
        self._info = lambda: self.tr(
            "<b>Test accuracy {accuracy}</b> ({right} of {total} right, {wrong} wrong) after "
            "epoch {epoch}. Rows: true class, columns: predicted; the diagonal is right.").format(
            accuracy=f"{right / max(total, 1):.1%}", right=f"{right:,}", total=f"{total:,}",
            wrong=f"{n_wrong:,}", epoch=epoch)
        self.info.setText(self._info())
        self._show_gallery(s, wrong)

    def _show_gallery(self, s: TrainingSnapshot, wrong: np.ndarray) -> None:
        data = self.data
        if data is None or data.image_shape is None or not self.gallery_images:
            return
        shown = wrong[:GALLERY]
        predicted: np.ndarray = np.empty(0, dtype=np.int64)
        if len(shown) and self.activations and s.weights:
            out = forward(s.weights, self.activations, data.x_test[shown])
            predicted = (out[:, 0] > 0.5).astype(np.int64) if out.shape[1] == 1 \
                else np.argmax(out, axis=1)
        pixels = raw_features(data, data.x_test[shown]) if len(shown) else np.empty((0, 0))
        names = data.class_names
        for i, (image, label) in enumerate(zip(self.gallery_images, self.gallery_labels,
                                               strict=True)):
            if i < len(shown):
                picture = pixels[i].reshape(data.image_shape)
                set_image(image, picture, self._pixel_levels)
                true = names[int(data.y_test[shown[i]])]
                guess = names[int(predicted[i])] if i < len(predicted) else "?"
                label.setText(f"{true}→{guess}")
            else:
                image.clear()
                label.setText("")
        n_shown, n_wrong = len(shown), len(wrong)
        self._gallery_title = lambda: self.tr(
            "Misclassified test samples (true → predicted): the first {shown} of {wrong}.")\
            .format(shown=n_shown, wrong=f"{n_wrong:,}") if n_wrong else \
            self.tr("No misclassified test samples.")
        self.gallery_title.setText(self._gallery_title())
