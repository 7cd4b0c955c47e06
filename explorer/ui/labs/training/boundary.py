"""The Boundary tab for 2-D data: the model's output over the plane, the points, the neurons.

Left, a heatmap of the output over the data's box: P(class 1) shaded from class 0's colour
through white to class 1's (binary, with the p = 0.5 contour), the class colours blended by
probability (multi-class), or the predicted value in cividis (regression). Training points are
filled, test points hollow; every class has its own colour and shape. Right, small maps of
what each neuron of the first hidden layer computes over the same box. Drawn in the data's own
units (standardisation undone), and, for drawn data, clickable: left adds, right removes.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data import Dataset
from explorer.core.data.toy_sets import HALF_WIDTH
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.export import image_to_array
from explorer.ui.i18n import translate
from explorer.ui.labs.training.common import (
    CLASS_COLOURS,
    NOTE_STYLE,
    SEQUENTIAL,
    TITLE_SIZE,
    cache_item,
    class_colour,
    class_symbol,
    fixed_plot,
    pen,
    scores_html,
    set_image,
)
from explorer.ui.labs.training.data_settings import raw_features
from explorer.ui.labs.training.frames import MAX_MAPS, Frame, to_raw, value_levels
from explorer.ui.widgets.axes import cache_axes
from explorer.ui.widgets.crossfade import Crossfade
from explorer.ui.widgets.native_paint import NativePaintLayout


class PointsItem(pg.ScatterPlotItem):
    """A scatter whose bounding rectangle is computed once per data and view transform: the
    scene asks for it at every frame of the heatmap underneath, and pyqtgraph's own
    computation of it (pixel sizes, padding) is Python work the GUI cannot spare then."""

    _bounds: QRectF | None = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return self._bounds

    def viewTransformChanged(self) -> None:
        self._bounds = None
        super().viewTransformChanged()

    def setData(self, *args, **kwargs) -> None:
        self._bounds = None
        super().setData(*args, **kwargs)

DRAW_VIEW = ((-HALF_WIDTH - 1, HALF_WIDTH + 1), (-HALF_WIDTH - 1, HALF_WIDTH + 1))
POINT_SIZE = 9
Extent = tuple[tuple[float, float], tuple[float, float]]


class DrawViewBox(pg.ViewBox):
    """A fixed view box; while drawing, left click adds a point and right click removes one."""

    clicked = Signal(float, float, bool)  # x, y, add (False: remove)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.drawing = False
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, event) -> None:
        button = event.button()
        if self.drawing and button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            point = self.mapToView(event.pos())
            self.clicked.emit(point.x(), point.y(), button == Qt.MouseButton.LeftButton)
            event.accept()
        else:
            event.ignore()

    def mouseDragEvent(self, event, axis=None) -> None:
        event.ignore()

    def wheelEvent(self, event, axis=None) -> None:
        event.ignore()


def spots(x: np.ndarray, labels: np.ndarray, task: str, filled: bool,
          levels: tuple[float, float] = (0.0, 1.0)) -> list[dict]:
    """Scatter spots: class colour and shape (classification) or cividis by value
    (regression); training points filled with a dark outline, test points hollow."""
    out = []
    lo, hi = levels
    for (px, py), value in zip(x, labels, strict=True):
        if task == "regression":
            colour = SEQUENTIAL.map((float(value) - lo) / (hi - lo or 1.0), mode="qcolor")
            symbol = "o"
        else:
            colour = pg.mkColor(class_colour(int(value)))
            symbol = class_symbol(int(value))
        if filled:
            spot = {"brush": pg.mkBrush(colour), "pen": pg.mkPen("#222222", width=1)}
        else:
            spot = {"brush": pg.mkBrush(255, 255, 255, 230), "pen": pg.mkPen(colour, width=2)}
        out.append({"pos": (float(px), float(py)), "symbol": symbol, **spot})
    return out


def legend_html(data: Dataset | None) -> str:
    if data is None:
        return ""
    if data.task == "regression":
        classes = translate("BoundaryView", "colour: the target value (cividis)")
    else:
        marks = ("●", "■", "▲", "◆", "★")
        classes = " &nbsp; ".join(
            f"<span style='color:{class_colour(k)}'><b>{marks[k % 5]}</b></span> "
            f"{translate('Datasets', name)}"
            for k, name in enumerate(data.class_names))
    contour = " &nbsp; <b>━</b> p = 0.5" if data.task == "binary" else ""
    points = translate("BoundaryView", "filled: training, hollow: test")
    return f"{classes} &nbsp; · &nbsp; {points}{contour}"


class BoundaryView(QWidget):
    """Heatmap + points + 0.5 contour on the left, first-hidden-layer maps on the right."""

    point_clicked = Signal(float, float, bool)
    visible_range_changed = Signal()  # the plot shows another box (resize, other data)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(NOTE_STYLE)
        self.scores = QLabel()  # the splits' loss and accuracy, as Regression and Digits give
        self.scores.setTextFormat(Qt.TextFormat.RichText)
        self.scores.setWordWrap(True)
        self.scores.setMinimumHeight(2 * self.scores.fontMetrics().lineSpacing())  # no jumps
        self.viewbox = DrawViewBox()
        # One graphics view for the plot and the neuron maps: one repaint per frame, not two.
        self.plot_widget = NativePaintLayout()
        self.plot = fixed_plot(self.plot_widget.addPlot(row=0, col=0, viewBox=self.viewbox))
        # No grid: its lines span the plot, so every heatmap frame would repaint the axes too.
        # The heatmap and the contour change every frame: plain Qt items, painted in C++ with no
        # Python per frame (the frame brings their QImage and QPainterPath from the worker).
        self.heatmap = Crossfade(z=-20)  # nearest-neighbour scaling: the grid's own cells
        self.image = self.heatmap.item
        for item in self.heatmap.items():
            self.plot.addItem(item, ignoreBounds=True)
        self.contour = QGraphicsPathItem()
        self.contour.setPen(pen("#000000", width=2))
        self.contour.setZValue(5)
        self.plot.addItem(self.contour, ignoreBounds=True)
        self.points = PointsItem(size=POINT_SIZE, pxMode=True)  # test points, then training
        self.points.setZValue(10)
        self.plot.addItem(self.points)
        cache_item(self.points)  # the points change with the data, not with every frame
        cache_axes(self.plot)
        self.frame = QGraphicsRectItem()  # invisible; auto-range fits the view to it
        self.frame.setPen(QPen(Qt.PenStyle.NoPen))
        self.plot.addItem(self.frame)
        self.plot.setAspectLocked(True)
        self.viewbox.clicked.connect(self.point_clicked)
        self.viewbox.sigRangeChanged.connect(self._on_range)
        self._range: Extent | None = None

        self.maps_title = QLabel()
        self.maps_title.setWordWrap(True)
        self.maps_title.setStyleSheet(NOTE_STYLE)
        self.maps_plot = self.plot_widget.addViewBox(row=0, col=1, enableMenu=False)
        self.maps_plot.setMouseEnabled(x=False, y=False)
        self.maps_plot.setAspectLocked(True)
        self.maps_plot.invertY(True)  # the mosaic's first row at the top
        self.maps_image = pg.ImageItem(axisOrder="row-major")
        self.maps_plot.addItem(self.maps_image)
        grid = self.plot_widget.ci.layout
        grid.setColumnStretchFactor(0, 3)
        grid.setColumnStretchFactor(1, 2)
        self.map_count = 0
        top = QHBoxLayout()
        top.addWidget(self.legend, 3)
        top.addWidget(self.maps_title, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.scores)
        layout.addWidget(self.caption)

        self.data: Dataset | None = None
        self.extent: Extent | None = None
        self.value_levels = (0.0, 1.0)
        self.image_updates = 0  # heatmap refreshes (the bench counts them)
        self._contour_level = 0.5
        self._what = ""
        self._caption: Callable[[], str] = str
        self._maps_title: Callable[[], str] = str
        self._drawing = False
        self.hidden_units = 0  # neurons of the first hidden layer of the model in the form
        self.clear_model()
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltip, legend, titles and captions in the current language."""
        self.plot_widget.setToolTip(self.tr(
            "Left: the network's output at every point of the plane, with the training "
            "(filled) and test (hollow) points. Right: the first hidden layer's neurons, one "
            "small map each."))
        self.legend.setText(legend_html(self.data))
        self._draw_title()
        self.caption.setText(self._caption())
        self.maps_title.setText(self._maps_title())
        if self.last_scores is not None:
            self.scores.setText(scores_html(self.last_scores))
        else:
            self._no_scores()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _draw_title(self) -> None:
        self.plot.setTitle(self.tr("click: add a point · right-click: remove the nearest")
                           if self._drawing else None, size=TITLE_SIZE)

    def _no_scores(self) -> None:
        self.scores.setText(self.tr("Loss and accuracy of the training, validation and test "
                                    "splits appear here after the first epoch."))

    def _say(self, label: QLabel, make: Callable[[], str]) -> None:
        if label is self.caption:
            self._caption = make
        else:
            self._maps_title = make
        label.setText(make())

    # --- data ---------------------------------------------------------------------------------

    def set_data(self, data: Dataset | None, drawn: np.ndarray | None = None) -> None:
        """Show a 2-D data set's points (or, while drawing, the raw drawn points)."""
        self.data = data
        self.clear_model()
        self.legend.setText(legend_html(data))
        if data is not None and data.is_2d:
            xtr, xte = raw_features(data, data.x_train), raw_features(data, data.x_test)
            if data.task == "regression":
                self.value_levels = value_levels(data)
            levels = self.value_levels
            same = data.n_train == data.n_test and np.array_equal(data.x_train, data.x_test)
            test = [] if same else spots(xte, data.y_test, data.task, False, levels)
            self.points.setData(test + spots(xtr, data.y_train, data.task, True, levels))
            self.plot.setLabel("bottom", data.feature_names[0])
            self.plot.setLabel("left", data.feature_names[1])
            box = _raw_extent(data)
        else:
            self.points.setData([])
            box = DRAW_VIEW
        if drawn is not None:  # drawing: every drawn point, fixed canvas
            if data is None:
                self.points.setData(spots(drawn[:, :2], drawn[:, 2], "binary", True))
            box = DRAW_VIEW
            self.plot.setLabel("bottom", "x1")
            self.plot.setLabel("left", "x2")
        (x0, x1), (y0, y1) = box
        self.frame.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.viewbox.enableAutoRange()
        self.viewbox.drawing = drawn is not None
        self._drawing = drawn is not None
        self._draw_title()

    def set_hidden_units(self, units: int) -> None:
        """The model in the form: its first hidden layer's size (0: none), for the maps' title
        before training."""
        self.hidden_units = units
        if not self.map_count:
            self._untrained_maps_title()

    def _untrained_maps_title(self) -> None:
        n = self.hidden_units
        self._say(self.maps_title, lambda: (
            self.tr("First hidden layer: {n} neurons. Train to see what each computes over the "
                    "plane.") if n != 1 else
            self.tr("First hidden layer: {n} neuron. Train to see what each computes over the "
                    "plane.")).format(n=n) if n else self._no_hidden())

    def _no_hidden(self) -> str:
        return self.tr("No hidden layer: the output is a single neuron of the inputs.")

    def clear_model(self) -> None:
        """No model yet (or a new one): points only, and nothing said of a previous run."""
        self.heatmap.clear()
        self.contour.setPath(QPainterPath())
        self.maps_image.clear()
        self.map_count = 0
        self._untrained_maps_title()
        self.extent = None
        self._what = ""
        self._say(self.caption, lambda: self.tr("Train to see the model's output over the "
                                                "plane."))
        self.last_scores: TrainingSnapshot | None = None
        self._no_scores()

    # --- the visible box ------------------------------------------------------------------------

    def _on_range(self) -> None:
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        box = ((float(x0), float(x1)), (float(y0), float(y1)))
        if box != self._range:
            self._range = box
            self.visible_range_changed.emit()

    def model_extent(self) -> Extent | None:
        """The box on screen in the model's inputs (standardised if the data is), for the
        decision grid to cover it all; None without 2-D data."""
        data = self.data
        if data is None or not data.is_2d:
            return None
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        lo, hi = data.transform([[x0, y0], [x1, y1]])
        return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))

    # --- snapshots ----------------------------------------------------------------------------

    def show_frame(self, frame: Frame, maps: bool = True, fade_s: float = 0.0) -> None:
        """Hand a frame's pictures (made on the worker) to the plot items; ``maps`` also the
        neuron maps (the lab does that at its slower rate while training: they are small,
        the heatmap is the show); the heatmap comes in half over the last one for
        ``fade_s``/2 seconds (while training: see :meth:`fade_step`)."""
        if self.data is None or frame.picture is None or frame.rect is None:
            return
        x, y, w, h = frame.rect
        picture = frame.picture
        self.heatmap.show(QPixmap.fromImage(picture),
                          QTransform.fromScale(w / picture.width(), h / picture.height()),
                          QPointF(x, y), fade_s)
        self.contour.setPath(frame.contour if frame.contour is not None else QPainterPath())
        self.extent = ((x, x + w), (y, y + h))
        self.image_updates += 1
        if frame.what != self._what:
            self._what = frame.what
            template = frame.what_template
            values = {k: translate("Datasets", v) for k, v in frame.what_values}
            self._say(self.caption, lambda: self.tr("{what}.").format(
                what=translate("Frames", template).format(**values) if template else
                frame.what))
        if maps:
            self._show_maps(frame)
            self.show_scores(frame.snapshot)

    def fade_step(self) -> float:
        """The heatmap's fade goes on: seconds until its next step (0: nothing fading)."""
        return max(self.heatmap.wait_s(), 1e-3) if self.heatmap.step() else 0.0

    def show_scores(self, s: TrainingSnapshot) -> None:
        text = scores_html(s)
        if text:
            self.last_scores = s
        if text and self.scores.text() != text:
            self.scores.setText(text)

    def _show_maps(self, frame: Frame) -> None:
        """All first-hidden-layer maps as ONE image (a mosaic, each map on its own scale):
        one item to update and paint per frame, however many neurons there are."""
        mosaic = frame.mosaic
        if mosaic is None:
            self.maps_image.clear()
            self.map_count = 0
            self._say(self.maps_title, self._no_hidden)
            return
        pixels, columns = mosaic
        set_image(self.maps_image, pixels, (0.0, 1.0))
        if frame.n_maps != self.map_count:
            self.map_count = n = frame.n_maps
            self._say(self.maps_title, lambda: (self.tr(
                "First hidden layer: what each of its {n} neurons computes over the plane (the "
                "first {shown} of {n}), in reading order h1, h2, … ({columns} per row). "
                "Cividis, each map on its own scale: dark low, yellow high.") if n > MAX_MAPS
                else self.tr(
                "First hidden layer: what each of its {n} neurons computes over the plane, in "
                "reading order h1, h2, … ({columns} per row). Cividis, each map on its own "
                "scale: dark low, yellow high.")).format(n=n, shown=MAX_MAPS, columns=columns))
            self.maps_plot.autoRange(padding=0.01)  # then fixed: no auto-range per frame
            self.maps_plot.disableAutoRange()

    def heat(self) -> np.ndarray | None:
        """The heatmap as painted, RGB uint8 rows from the bottom of the plot (for tests)."""
        pixmap = self.image.pixmap()
        return None if pixmap.isNull() else image_to_array(pixmap.toImage())


def _raw_extent(data: Dataset) -> Extent:
    from explorer.core.nn.forward import data_extent

    return to_raw(data, data_extent(data.x_train, data.x_test))


__all__ = ["CLASS_COLOURS", "BoundaryView"]
