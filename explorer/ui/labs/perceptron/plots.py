"""The Perceptron Lab's plots: a gate's points with a decision line, weight space, errors.

Every item is created once and then fed with ``setData``/``setPolygon``. Geometry (the clipped
line, the half-planes, the solving region of weight space) comes from `explorer.core.perceptron`
and is computed for the *visible* rectangle, recomputed when that changes (aspect lock on a
non-square widget shows more than the nominal view), so the shading always fills the plot.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike, NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from explorer.core.i18n import tr_noop
from explorer.core.optim import PALETTE
from explorer.core.perceptron import (
    Gate,
    View,
    decision_line,
    half_plane_polygons,
    weight_region,
    which_side_when_flat,
)
from explorer.ui.widgets.axes import cache_axes, plain_numbers

# Okabe–Ito colours, and a shape per class, so classes differ for every colour vision.
CLASS_COLOURS = (PALETTE[0], PALETTE[1])  # orange = 0, blue = 1
CLASS_SYMBOLS = ("o", "s")  # circle = 0, square = 1

MAX_PATH_DOTS = 200  # dots on the weight path (the line keeps every point)
OUTLINED_EPOCHS = 60  # beyond, the error bars' black outlines would merge into a black block


def legend_html() -> str:
    """The classes' legend, beside the plots (inside them it would hide a point)."""
    zero = QCoreApplication.translate("PerceptronLegend", "d = 0 (circle)")
    one = QCoreApplication.translate("PerceptronLegend", "d = 1 (square)")
    wrong = QCoreApplication.translate("PerceptronLegend", "wrong output")
    return (f"<span style='color:{CLASS_COLOURS[0]}; font-size:14pt'>●</span> {zero} &nbsp; "
            f"<span style='color:{CLASS_COLOURS[1]}; font-size:13pt'>■</span> {one} &nbsp; "
            f"<b>✕</b> {wrong}")


HIGHLIGHT = PALETTE[3]  # reddish purple: the sample just visited
ARROW = PALETTE[4]  # vermillion: the update Δw
REGION = PALETTE[2]  # bluish green: weights that solve the gate
FILL_ALPHA = 55
POINT_SIZE = 18
TITLE_SIZE = "10pt"


def polygon(points: ArrayLike) -> QPolygonF:
    """(k, 2) vertices → QPolygonF (empty for an empty array)."""
    return QPolygonF([QPointF(float(x), float(y)) for x, y in np.asarray(points).reshape(-1, 2)])


def fill_item(colour: str, alpha: int = FILL_ALPHA, outline: bool = False) -> QGraphicsPolygonItem:
    """A polygon to shade a region; created once, then ``setPolygon``."""
    item = QGraphicsPolygonItem()
    fill = QColor(colour)
    fill.setAlpha(alpha)
    item.setBrush(QBrush(fill))
    if outline:
        pen = QPen(QColor(colour))
        pen.setCosmetic(True)
        pen.setWidth(1)
        item.setPen(pen)
    else:
        item.setPen(QPen(Qt.PenStyle.NoPen))
    item.setZValue(-10)
    return item


def arrow_segments(start: ArrayLike, end: ArrayLike, head: float) -> tuple[NDArray, NDArray]:
    """Shaft and two head strokes as ``connect="pairs"`` data, in data coordinates."""
    p0, p1 = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    vec = p1 - p0
    length = float(np.hypot(*vec))
    if length == 0.0:
        return np.empty(0), np.empty(0)
    head = min(head, 0.6 * length)
    back = -vec / length * head
    left = np.array([[np.cos(0.45), -np.sin(0.45)], [np.sin(0.45), np.cos(0.45)]]) @ back
    right = np.array([[np.cos(-0.45), -np.sin(-0.45)], [np.sin(-0.45), np.cos(-0.45)]]) @ back
    pts = np.array([p0, p1, p1, p1 + left, p1, p1 + right])
    return pts[:, 0], pts[:, 1]


def visible_view(plot: pg.PlotWidget) -> View:
    """The rectangle the plot shows right now, as ((xmin, xmax), (ymin, ymax))."""
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    return (float(x0), float(x1)), (float(y0), float(y1))


def class_spots(points: ArrayLike, targets: ArrayLike) -> list[dict]:
    """Scatter spots coloured and shaped by class."""
    return [{"pos": (float(x), float(y)), "symbol": CLASS_SYMBOLS[int(d)],
             "brush": pg.mkBrush(CLASS_COLOURS[int(d)])}
            for (x, y), d in zip(np.asarray(points), np.asarray(targets), strict=True)]


class _PickViewBox(pg.ViewBox):
    """A fixed view box where, when enabled, a left click or drag picks a point."""

    picked = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.pick_enabled = False

    def mouseClickEvent(self, event) -> None:
        if self.pick_enabled and event.button() == Qt.MouseButton.LeftButton:
            self._pick(event.pos())
            event.accept()
        else:
            event.ignore()

    def mouseDragEvent(self, event, axis=None) -> None:
        if self.pick_enabled and event.button() == Qt.MouseButton.LeftButton:
            self._pick(event.pos())
            event.accept()
        else:
            event.ignore()

    def wheelEvent(self, event, axis=None) -> None:
        event.ignore()  # the views are fixed: geometry is drawn for exactly what is visible

    def _pick(self, position: QPointF) -> None:
        point = self.mapToView(position)
        self.picked.emit(point.x(), point.y())


class FixedPlot(pg.PlotWidget):
    """A plot with a fixed, aspect-locked view and no pan/zoom/menu."""

    def __init__(self, view: View, x_label: str, y_label: str, title: str, parent=None) -> None:
        self.view_box = _PickViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.hideButtons()
        self.setAspectLocked(True)
        self.setTitle(title, size=TITLE_SIZE)
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        self.showGrid(x=True, y=True, alpha=0.15)
        plain_numbers(self.getPlotItem())
        cache_axes(self.getPlotItem())  # with their grid lines: a fifth of a frame at top speed
        for angle in (0, 90):
            axis_line = pg.InfiniteLine(pos=0, angle=angle, pen=pg.mkPen("#999999", width=1))
            axis_line.setZValue(-5)
            self.addItem(axis_line, ignoreBounds=True)
        self.set_view(view)
        self.view_box.sigRangeChanged.connect(self._on_range_changed)

    def set_view(self, view: View) -> None:
        (x0, x1), (y0, y1) = view
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _on_range_changed(self) -> None:
        self.redraw_geometry()

    def retranslate(self) -> None:
        """Texts the plot draws itself, in the current language (the owner sets the title)."""
        self.redraw_geometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def redraw_geometry(self) -> None:
        """Recompute what depends on the visible rectangle."""


class ClassPlot(FixedPlot):
    """A gate's points (shape and colour by class), the decision line and its two half-planes.

    Used for the input space (x₁, x₂) and for the hidden-layer space (h₁, h₂): in both, one
    line w·p + b = 0 splits the plane into the part that outputs 1 and the part that outputs 0.
    """

    def __init__(self, view: View, x_label: str, y_label: str, title: str,
                 label_points: bool = False, parent=None) -> None:
        self.weights: NDArray | None = None
        self.bias = 0.0
        self.previous: tuple[NDArray, float] | None = None
        super().__init__(view, x_label, y_label, title, parent)
        self.fills = (fill_item(CLASS_COLOURS[0]), fill_item(CLASS_COLOURS[1]))
        for item in self.fills:
            self.addItem(item, ignoreBounds=True)
        self.side_labels = tuple(pg.TextItem(f"y = {k}", color=CLASS_COLOURS[k], anchor=(0.5, 0.5))
                                 for k in (0, 1))
        for label in self.side_labels:
            label.setZValue(2)
            self.addItem(label, ignoreBounds=True)
        self.previous_line = pg.PlotDataItem(
            pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DashLine))
        self.line = pg.PlotDataItem(pen=pg.mkPen("k", width=2))
        self.highlight = pg.ScatterPlotItem(size=POINT_SIZE + 16, brush=None,
                                            pen=pg.mkPen(HIGHLIGHT, width=3), symbol="o")
        self.points = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("k", width=1))
        self.wrong = pg.ScatterPlotItem(size=POINT_SIZE - 6, symbol="x", brush="w",
                                        pen=pg.mkPen("k", width=1))
        for z, item in enumerate((self.previous_line, self.line, self.highlight, self.points,
                                  self.wrong)):
            item.setZValue(z + 3)
            self.addItem(item, ignoreBounds=True)
        self.point_labels: list[pg.TextItem] = []
        self.label_points = label_points
        self._positions = np.empty((0, 2))

    def set_points(self, points: ArrayLike, targets: ArrayLike,
                   outputs: ArrayLike | None = None, names: Sequence[str] = ()) -> None:
        """Place the samples; outputs (if given) mark the misclassified ones with a cross."""
        pts, d = np.asarray(points, dtype=float), np.asarray(targets, dtype=int)
        self.points.setData(class_spots(pts, d))
        self._positions = pts
        if outputs is None:
            self.wrong.clear()
        else:
            bad = pts[np.asarray(outputs) != d]
            self.wrong.setData(pos=bad) if len(bad) else self.wrong.clear()
        if self.label_points:
            while len(self.point_labels) < len(pts):
                label = pg.TextItem(color="#333333", anchor=(-0.15, 1.1))
                label.setZValue(9)
                self.addItem(label, ignoreBounds=True)
                self.point_labels.append(label)
            (x0, x1), (y0, y1) = visible_view(self)
            near = 0.04 * max(x1 - x0, y1 - y0)
            texts = list(names)
            for i in range(len(pts)):  # points that coincide share one label
                for j in range(i):
                    if texts[j] and np.hypot(*(pts[i] - pts[j])) < near:
                        texts[j], texts[i] = f"{texts[j]}, {texts[i]}", ""
                        break
            for label, pt, text in zip(self.point_labels, pts, texts, strict=False):
                label.setText(text)
                label.setPos(float(pt[0]), float(pt[1]))

    def set_highlight(self, index: int | None) -> None:
        """Ring the sample the rule just visited (None: no ring)."""
        if index is None:
            self.highlight.clear()
        else:
            self.highlight.setData(pos=self._positions[index:index + 1])

    def set_line(self, weights: ArrayLike, bias: float,
                 previous: tuple[ArrayLike, float] | None = None) -> None:
        """Show w·p + b = 0 (and, dashed, the line before the last update)."""
        self.weights = np.asarray(weights, dtype=float).reshape(2)
        self.bias = float(bias)
        self.previous = None if previous is None else (
            np.asarray(previous[0], dtype=float).reshape(2), float(previous[1]))
        self.redraw_geometry()

    def redraw_geometry(self) -> None:
        if self.weights is None:
            return
        view = visible_view(self)
        line = decision_line(self.weights, self.bias, view)
        self.line.setData(*(line.points.T if line is not None else ([], [])))
        old = decision_line(*self.previous, view) if self.previous is not None else None
        self.previous_line.setData(*(old.points.T if old is not None else ([], [])))
        ones, zeros = half_plane_polygons(self.weights, self.bias, view)
        for k, poly in ((0, zeros), (1, ones)):
            self.fills[k].setPolygon(polygon(poly))
            spot = _free_spot(view, self.weights, self.bias, k, self._positions) \
                if len(poly) else None
            self.side_labels[k].setVisible(spot is not None)
            if spot is not None:
                self.side_labels[k].setPos(*spot)
        if not self.weights.any():
            side = which_side_when_flat(self.bias)
            self.side_labels[side].setText(self.tr("w = 0: y = {side} everywhere")
                                           .format(side=side))
        else:
            for k in (0, 1):
                self.side_labels[k].setText(f"y = {k}")

    def line_points(self) -> NDArray:
        """The drawn decision line's (x, y) data, shape (n, 2) (n = 0 when there is none)."""
        xs, ys = self.line.getData()
        if xs is None:
            return np.empty((0, 2))
        return np.column_stack([xs, ys])


def _free_spot(view: View, weights: NDArray, bias: float, side: int,
               points: NDArray) -> tuple[float, float] | None:
    """Where to write a half-plane's "y = k": inside it, as far as possible from the points
    and the line (a coarse search over the view, ~100 candidates: microseconds)."""
    (x0, x1), (y0, y1) = view
    gx, gy = np.meshgrid(np.linspace(x0, x1, 13)[1:-1], np.linspace(y0, y1, 13)[1:-1])
    cand = np.column_stack([gx.ravel(), gy.ravel()])
    inside = (cand @ weights + bias >= 0) == bool(side) if weights.any() else \
        np.ones(len(cand), bool)
    cand = cand[inside]
    if not len(cand):
        return None
    scale = np.array([x1 - x0, y1 - y0])
    norm = float(np.hypot(*weights))
    to_line = np.abs(cand @ weights + bias) / norm / scale.max() if norm else np.inf
    to_points = (np.min(np.hypot(*((cand[:, None, :] - points[None]) / scale).transpose(2, 0, 1)),
                        axis=1) if len(points) else np.inf)
    best = cand[int(np.argmax(np.minimum(to_line, to_points)))]
    return float(best[0]), float(best[1])


class WeightSpacePlot(FixedPlot):
    """(w₁, w₂) plane: the weights that solve the gate for the current b, the path the rule
    took, and the last update Δw as an arrow. In hand mode a click sets (w₁, w₂)."""

    picked = Signal(float, float)

    def __init__(self, view: View, parent=None) -> None:
        self.gate: Gate | None = None
        self.bias = 0.0
        super().__init__(view, "w₁", "w₂", "", parent)
        self.region = fill_item(REGION, alpha=70, outline=True)
        self.addItem(self.region, ignoreBounds=True)
        self.region_label = pg.TextItem(color="#006B4F", anchor=(0.5, 0.5))
        self.region_label.setZValue(2)
        self.addItem(self.region_label, ignoreBounds=True)
        self.path = pg.PlotDataItem(pen=pg.mkPen("#555555", width=1))
        # a dot per update, at most MAX_PATH_DOTS spread over the path: a scatter costs Python
        # per point at every frame, and thousands of dots on one path read as a line anyway
        self.path_dots = pg.ScatterPlotItem(size=4, symbol="o", brush="#555555", pen=None)
        self.start = pg.ScatterPlotItem(size=11, symbol="o", brush="w",
                                        pen=pg.mkPen("k", width=1.5))
        self.current = pg.ScatterPlotItem(size=12, symbol="o", brush="k", pen=pg.mkPen("w"))
        self.arrow = pg.PlotDataItem(pen=pg.mkPen(ARROW, width=2), connect="pairs")
        for z, item in enumerate((self.path, self.path_dots, self.start, self.arrow,
                                  self.current)):
            item.setZValue(z + 3)
            self.addItem(item, ignoreBounds=True)
        self.view_box.picked.connect(self.picked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Green: every (w₁, w₂) that solves the gate with the current "
                                "bias b."))
        self._set_title()
        self.redraw_geometry()

    def _set_title(self) -> None:
        if self.gate is None:
            self.setTitle(self.tr("weight space"), size=TITLE_SIZE)
            return
        b = f"{self.bias + 0.0:.3f}".replace("-", "−")
        self.setTitle(self.tr("weight space: (w₁, w₂) that solve {gate} for b = {b}")
                      .format(gate=self.gate.title, b=b), size=TITLE_SIZE)

    def set_pickable(self, enabled: bool) -> None:
        """Hand mode: clicking or dragging here sets w₁ and w₂."""
        self.view_box.pick_enabled = enabled
        self.setCursor(Qt.CursorShape.CrossCursor if enabled else Qt.CursorShape.ArrowCursor)

    def show_weights(self, gate: Gate, weights: ArrayLike, bias: float,
                     path: NDArray | None = None,
                     arrow: tuple[ArrayLike, ArrayLike] | None = None) -> None:
        """Current (w₁, w₂), the path so far (learning) and the last Δw (if it moved)."""
        self.gate, self.bias = gate, float(bias)
        w = np.asarray(weights, dtype=float).reshape(1, 2)
        self.current.setData(pos=w)
        if path is None or len(path) < 2:
            self.path.setData([], [])
            self.path_dots.clear()
        else:
            self.path.setData(path[:, 0], path[:, 1])
            dots = np.unique(np.linspace(0, len(path) - 1, min(len(path), MAX_PATH_DOTS))
                             .round().astype(int))
            self.path_dots.setData(pos=path[dots])
        self.start.setData(pos=path[:1]) if path is not None else self.start.clear()
        if arrow is None:
            self.arrow.setData([], [])
        else:
            (x0, x1), _ = visible_view(self)
            self.arrow.setData(*arrow_segments(arrow[0], arrow[1], 0.035 * (x1 - x0)))
        self._set_title()
        self.redraw_geometry()

    def region_polygon(self) -> NDArray:
        """The drawn solving region, (k, 2)."""
        poly = self.region.polygon()
        return np.array([(p.x(), p.y()) for p in poly]).reshape(-1, 2)

    def redraw_geometry(self) -> None:
        if self.gate is None:
            return
        view = visible_view(self)
        poly = weight_region(self.gate, self.bias, view)
        self.region.setPolygon(polygon(poly))
        (x0, x1), (y0, y1) = view
        if len(poly):
            self.region_label.setText(self.tr("solves {gate}").format(gate=self.gate.title))
            top = poly[int(np.argmax(poly[:, 1]))]
            small = np.ptp(poly[:, 1]) < 0.3 * (y1 - y0) and top[1] < y0 + 0.85 * (y1 - y0)
            self.region_label.setAnchor((0.5, 1.1) if small else (0.5, 0.5))
            self.region_label.setPos(*(top if small else poly.mean(axis=0)))
        elif not self.gate.linearly_separable:
            self.region_label.setText(self.tr("no (w₁, w₂, b) solves {gate}")
                                      .format(gate=self.gate.title))
            self.region_label.setPos((x0 + x1) / 2, y0 + 0.9 * (y1 - y0))
        else:
            self.region_label.setText(_why_no_region(self.gate, self.bias))
            self.region_label.setPos((x0 + x1) / 2, y0 + 0.9 * (y1 - y0))


def _why_no_region(gate: Gate, bias: float) -> str:
    """Why no (w₁, w₂) in view solves a separable gate with this bias."""
    b = f"{bias + 0.0:.3f}".replace("-", "−")
    origin = [int(d) for x, d in zip(gate.inputs, gate.targets, strict=True) if not x.any()]
    if origin and (bias >= 0) != (origin[0] == 1):
        return QCoreApplication.translate(
            "WeightSpacePlot", "b = {b}: row (0, 0) gives y = {y} whatever w is").format(
                b=b, y=1 - origin[0])
    return QCoreApplication.translate(
        "WeightSpacePlot", "no (w₁, w₂) in view solves {gate} with b = {b}").format(
            gate=gate.title, b=b)


MISTAKES_TITLE = tr_noop("ErrorsPlot", "mistakes during each epoch (updates made)")
WRONG_AFTER_TITLE = tr_noop("ErrorsPlot", "rows wrong after the epoch")


class ErrorsPlot(pg.PlotWidget):
    """Two counts per epoch that differ on XOR, each named for what it counts: bars for the
    mistakes the rule made while the epoch ran (each one an update, judged with the weights of
    that moment), diamonds for the rows the weights at the epoch's end get wrong (what the
    verdict under the table counts). Converged: a bar of zero."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.7,
                                    brush=ARROW, pen=pg.mkPen("k", width=1))
        self.addItem(self.bars)
        self.wrong_after = pg.ScatterPlotItem(size=7, symbol="d", brush=REGION,
                                              pen=pg.mkPen("k", width=1))
        self.wrong_after.setZValue(2)
        self.addItem(self.wrong_after)
        self.zero_marks = pg.ScatterPlotItem(size=9, symbol="t1", brush=REGION,
                                             pen=pg.mkPen("k", width=1))
        self.addItem(self.zero_marks)
        self.showGrid(y=True, alpha=0.2)
        cache_axes(self.getPlotItem())
        self.retranslate()

    def retranslate(self) -> None:
        mistakes = QCoreApplication.translate("ErrorsPlot", MISTAKES_TITLE)
        wrong_after = QCoreApplication.translate("ErrorsPlot", WRONG_AFTER_TITLE)
        self.setTitle(f"<span style='color:{ARROW}'>■</span> {mistakes}<br>"
                      f"<span style='color:{REGION}'>◆</span> {wrong_after}", size=TITLE_SIZE)
        self.setLabel("bottom", self.tr("epoch"))
        self.setLabel("left", self.tr("rows"))
        self.setToolTip(self.tr("Bars: how often the rule found a row wrong while the epoch ran, "
                                "so moved the weights (an update).\nDiamonds: how many rows the "
                                "weights left at the end of the epoch get wrong.\nOn XOR every "
                                "row can be wrong when visited although only 2 are wrong "
                                "afterwards."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_errors(self, mistakes: Sequence[int], wrong_after: Sequence[int],
                   rows: int = 4) -> None:
        """Bars and diamonds for the finished epochs; a green triangle marks an epoch without
        a mistake (converged)."""
        counts = np.asarray(mistakes, dtype=float)
        epochs = np.arange(1, len(counts) + 1, dtype=float)
        outline = None if len(counts) > OUTLINED_EPOCHS else pg.mkPen("k", width=1)
        self.bars.setOpts(x=epochs, height=counts, pen=outline)
        self.wrong_after.setData(epochs, np.asarray(wrong_after, dtype=float), pen=outline)
        zero = epochs[counts == 0]
        self.zero_marks.setData(zero, np.full(len(zero), 0.15)) if len(zero) \
            else self.zero_marks.clear()
        self.setXRange(0.4, max(len(counts), 10) + 0.6, padding=0)
        self.setYRange(0, rows + 0.3, padding=0)
