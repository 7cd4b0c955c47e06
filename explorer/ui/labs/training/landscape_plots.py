"""The Landscape tab's plots: the slice as a heatmap with contours, the 1-D line, the 3-D mesh.

Every item is created once; a partial grid (NaN where not yet computed) and a finished
:class:`~explorer.core.nn.landscape.Landscape` are both drawn with ``setImage``/``setData``.
``loss[j, i] = L(a[i], b[j])`` goes into a row-major ImageItem whose pixels are centred on the
grid nodes, so the markers (current weights, minimum, path) sit exactly on the cells they name.
The words (titles, summary) are ``landscape_texts.py``; the settings form ``landscape_form.py``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt

from explorer.core.optim import PALETTE
from explorer.ui.labs.optimizer.views import HEATMAP, contour_paths, heat_values
from explorer.ui.labs.training.common import TITLE_SIZE, fixed_plot, pen
from explorer.ui.widgets.axes import plain_numbers

PATH_COLOUR = PALETTE[0]  # orange: the training path and where it began
LOSS_COLOUR = PALETTE[1]  # blue: loss along the line
ACCURACY_COLOUR = PALETTE[2]  # bluish green: accuracy along the line
MARK_COLOUR = "#555555"


def colour_levels(values: np.ndarray) -> tuple[float, float]:
    """Explicit colour levels: the finite range, the top 0.5 % clipped; never empty."""
    finite = values[np.isfinite(values)]
    if not finite.size:
        return 0.0, 1.0
    lo, hi = (float(v) for v in np.percentile(finite, [0, 99.5]))
    return lo, hi if hi > lo else lo + 1.0


def shown_values(loss: np.ndarray, log_scale: bool) -> np.ndarray:
    """What the colour shows (``heat_values``), float32 C-contiguous, NaN kept (= not yet)."""
    if log_scale and np.isfinite(loss).any():
        with np.errstate(all="ignore"):
            return heat_values(loss, True)
    return heat_values(loss, False)


class SliceMap(pg.PlotWidget):
    """Heatmap + contour lines of L(a, b), the current weights, the slice minimum, the path."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w")
        plot = self.getPlotItem()
        fixed_plot(plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=HEATMAP, interactive=False, width=12)
        self.colour_bar.setImageItem(self.image, insert_in=plot)
        plain_numbers(self.colour_bar)
        self.contours = pg.PlotDataItem(pen=pen("w", 110), connect="finite")
        self.addItem(self.contours)
        # the legend takes the (hidden) top axis's row, between the title and the map, where
        # it cannot hide the path
        self.legend = pg.LegendItem(colCount=4, labelTextSize="8pt", labelTextColor="k",
                                    horSpacing=10)
        plot.layout.removeItem(plot.getAxis("top"))
        plot.layout.addItem(self.legend, 1, 1, Qt.AlignmentFlag.AlignHCenter)
        self.path = pg.PlotDataItem(pen=pen(PATH_COLOUR), symbol="o", symbolSize=4,
                                    symbolBrush=PATH_COLOUR, symbolPen=None, name="")
        self.start = pg.ScatterPlotItem(symbol="s", size=10, brush=PATH_COLOUR,
                                        pen=pen("k"), name="")
        self.centre = pg.ScatterPlotItem(symbol="o", size=12, brush="w", pen=pen("k", width=1.5),
                                         name="")
        self.minimum = pg.ScatterPlotItem(symbol="star", size=17, brush=PALETTE[7],
                                          pen=pen("k", width=1.5), name="")
        for z, item in enumerate((self.path, self.start, self.centre, self.minimum), start=5):
            item.setZValue(z)
            self.addItem(item)
        self.setLabel("bottom", "a")
        self.setLabel("left", "b")
        self.setRange(xRange=(-1, 1), yRange=(-1, 1), padding=0)
        self.legend.setVisible(False)
        self.show_path = True
        self._cells = (0.0, 0.0, 1.0, 1.0)  # (left, bottom, width, row height) of the image
        self.values: np.ndarray | None = None  # what the image shows (numbers, for tests)
        self._scale: tuple[bool, str] | None = None  # the colour bar's (log_scale, split)
        self._path_listed: tuple = ()
        self._titled = False  # set_axes gave the plot a landscape's title
        self.retranslate()

    def retranslate(self) -> None:
        """Legend entries and the colour bar's label in the current language (the view sets
        the title and the axes again)."""
        for item, name in ((self.path, self.tr("training path")), (self.start, self.tr("start")),
                           (self.centre, self.tr("current weights θ*")),
                           (self.minimum, self.tr("lowest point"))):
            item.opts["name"] = name
        if self.legend.isVisible():
            self._list_in_legend(self._path_listed)
        if self._scale is not None:
            self._label_colour_bar(*self._scale)
        if not self._titled:
            self.getPlotItem().setTitle(
                self.tr("No landscape yet: train a model, then press Compute"), size=TITLE_SIZE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_colour_bar(self, log_scale: bool, split: str) -> None:
        self._scale = (log_scale, split)
        self.colour_bar.axis.setLabel("log₁₀(L − L_min)" if log_scale else
                                      self.tr("loss L (training split)") if split == "train"
                                      else self.tr("loss L (test split)"))

    def set_axes(self, a: np.ndarray, b: np.ndarray, x_label: str, y_label: str,
                 title: str) -> None:
        """Pixels centred on the grid nodes; the view shows exactly the grid."""
        da = (a[-1] - a[0]) / max(len(a) - 1, 1)
        db = (b[-1] - b[0]) / max(len(b) - 1, 1)
        self._cells = (float(a[0] - da / 2), float(b[0] - db / 2), float(a[-1] - a[0] + da),
                       float(db))
        x0, y0, width, _ = self._cells
        height = b[-1] - b[0] + db
        self.setRange(xRange=(x0, x0 + width), yRange=(y0, y0 + height), padding=0)
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        self.getPlotItem().setTitle(title, size=TITLE_SIZE)
        self._titled = True

    def show_grid(self, loss: np.ndarray, log_scale: bool, split: str,
                  rows: int | None = None) -> None:
        """The grid as colours; while computing only its first ``rows`` rows (rows fill from
        the bottom up), the rest left blank. Cells without a finite value get the top colour."""
        if rows is not None and rows < loss.shape[0]:
            loss = loss[:rows]
        if loss.shape[0] == 0:
            self.image.clear()
            self.values = None
            return
        shown = shown_values(loss, log_scale)
        lo, hi = colour_levels(shown)
        if not np.isfinite(shown).all():
            shown = np.nan_to_num(shown, nan=hi, posinf=hi, neginf=lo)
        self.values = shown
        self.image.setImage(shown, levels=(lo, hi), autoLevels=False)
        x0, y0, width, row_height = self._cells
        self.image.setRect(QRectF(x0, y0, width, row_height * shown.shape[0]))
        self.colour_bar.setLevels((lo, hi))
        self._label_colour_bar(log_scale, split)

    def show_landscape(self, landscape, log_scale: bool) -> None:
        """A finished slice: grid, contours, markers and the projected path."""
        self.show_grid(landscape.loss, log_scale, landscape.split)
        assert self.values is not None
        self.contours.setData(*contour_paths(landscape.a, landscape.b, self.values))
        self.centre.setData(pos=[landscape.centre])
        self.minimum.setData(pos=[landscape.minimum])
        self.draw_path(landscape)

    def draw_path(self, landscape) -> None:
        """The projected path and its start, or nothing when the path is switched off."""
        path = landscape.path
        drawn = self.show_path and path is not None and len(path) > 0
        if drawn:
            self.path.setData(path[:, 0], path[:, 1])
            self.start.setData(pos=[tuple(path[0])])
        else:
            self.path.setData([], [])
            self.start.setData(pos=[])
        self._list_in_legend((self.path, self.start) if drawn else ())

    def _list_in_legend(self, path_items: tuple) -> None:
        """The legend names only what is drawn: the path and its start only when shown."""
        self._path_listed = path_items
        self.legend.clear()
        for item in (*path_items, self.centre, self.minimum):
            self.legend.addItem(item, item.opts["name"])
        self.legend.setVisible(True)

    def clear_landscape(self) -> None:
        """Nothing computed: no markers, no contours (the image is emptied by the caller)."""
        self.contours.setData([], [])
        self.legend.setVisible(False)
        for item in (self.centre, self.minimum, self.start):
            item.setData(pos=[])
        self.path.setData([], [])


class LinePlot(pg.GraphicsLayoutWidget):
    """Loss (and accuracy) along the initial → final line, with α = 0 and α = 1 marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.loss_plot = self.addPlot(row=0, col=0)
        self.accuracy_plot = self.addPlot(row=1, col=0)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 2)
        for plot in (self.loss_plot, self.accuracy_plot):
            fixed_plot(plot)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getAxis("left").setWidth(52)  # the two plots' α axes line up
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setLabel("bottom", "α   (θ = θ₀ + α·(θ₁ − θ₀))")
        self.loss_curve = self.loss_plot.plot(pen=pen(LOSS_COLOUR, width=2), connect="finite")
        self.accuracy_curve = self.accuracy_plot.plot(pen=pen(ACCURACY_COLOUR, width=2),
                                                      connect="finite")
        self.marks: list[pg.InfiniteLine] = []
        for plot in (self.loss_plot, self.accuracy_plot):
            for alpha, text in ((0.0, "θ₀"), (1.0, "θ₁")):
                line = pg.InfiniteLine(alpha, angle=90, pen=pen(MARK_COLOUR, 160,
                                                                 style=Qt.PenStyle.DashLine),
                                       label=text if plot is self.loss_plot else None,
                                       labelOpts={"position": 0.92, "color": MARK_COLOUR,
                                                  "fill": (255, 255, 255, 200)})
                plot.addItem(line)
                self.marks.append(line)
        self.endpoints = pg.ScatterPlotItem(size=11, pen=pen("k", width=1.5))
        self.endpoints.setZValue(5)
        self.loss_plot.addItem(self.endpoints)
        self.retranslate()

    def retranslate(self) -> None:
        self.loss_plot.setLabel("left", self.tr("loss L"))
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        for line in self.marks:
            label = getattr(line, "label", None)  # only the loss plot's lines are labelled
            if label is not None:
                label.setFormat(self.tr("θ₀ initial") if line.value() == 0.0
                                     else self.tr("θ₁ final"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_line(self, alpha: np.ndarray, loss: np.ndarray, accuracy: np.ndarray | None,
                  title: str) -> None:
        self.loss_curve.setData(alpha, loss)
        self.accuracy_plot.setVisible(accuracy is not None)
        if accuracy is not None:
            self.accuracy_curve.setData(alpha, accuracy)
            self.accuracy_plot.setYRange(0, 1, padding=0.05)
        self.loss_plot.setTitle(title, size=TITLE_SIZE)
        finite = loss[np.isfinite(loss)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        self.loss_plot.setYRange(lo, hi if hi > lo else lo + 1, padding=0.06)
        self.loss_plot.setXRange(float(alpha[0]), float(alpha[-1]), padding=0.02)

    def show_endpoints(self, landscape) -> None:
        """α = 0 (the initial weights, first recorded point) and α = 1 (the current ones)."""
        a, loss = landscape.a, landscape.loss
        if landscape.path is not None and len(landscape.path):
            initial = float(landscape.path_loss[0])
        else:
            initial = float(np.interp(0.0, a, loss))
        self.endpoints.setData(pos=[(0.0, initial), (1.0, landscape.centre_loss)],
                               symbol=["s", "o"], brush=[PATH_COLOUR, "w"])

    def clear_endpoints(self) -> None:
        self.endpoints.setData(pos=[])


class Mesh3D:
    """The optimizer lab's 3-D surface view showing a slice, plus the path and the markers.

    ``pyqtgraph.opengl`` is imported (and an OpenGL widget made) only when the 3-D tab is first
    shown. The mesh is the computed grid as a ``grid_surface`` (no network evaluation).
    """

    def __init__(self) -> None:
        import pyqtgraph.opengl as gl

        from explorer.ui.labs.optimizer.view3d import SurfaceView3D

        self.widget = SurfaceView3D()
        self.path = gl.GLLinePlotItem(color=pg.mkColor(PATH_COLOUR).getRgbF(), width=2,
                                      antialias=True)
        self.path.setGLOptions("translucent")
        # Scatter items are added only once they have data (an empty one crashes Mesa).
        self.marks = gl.GLScatterPlotItem(pos=np.zeros((1, 3), np.float32), size=13,
                                          color=(0.0, 0.0, 0.0, 0.0), pxMode=True)
        self.marks.setGLOptions("translucent")
        self._added = False
        self._has_path = False  # the slice's path lies (partly) inside it

    def show_landscape(self, landscape, log_scale: bool, show_path: bool = True) -> None:
        from explorer.core.surfaces import grid_surface

        if landscape.b is None:
            return
        loss = np.asarray(landscape.loss, dtype=float)
        finite = loss[np.isfinite(loss)]
        top = float(finite.max()) if finite.size else 1.0
        z = np.nan_to_num(loss, nan=top, posinf=top, neginf=float(finite.min(initial=0.0)))
        surface = grid_surface(landscape.title, landscape.a, landscape.b, z)
        view = self.widget
        view.set_surface(surface, log_scale)
        (a0, a1), (b0, b1) = landscape.domain
        points = [(landscape.centre, landscape.centre_loss, (1.0, 1.0, 1.0, 1.0)),
                  (landscape.minimum, landscape.minimum_loss,
                   pg.mkColor(PALETTE[7]).getRgbF())]
        xyz = [(view.to_x(p[0]), view.to_y(p[1]), view.height_of_loss(np.array(v)))
               for p, v, _ in points]
        self.marks.setData(pos=np.array(xyz, dtype=np.float32),
                           color=np.array([c for *_, c in points], dtype=np.float32))
        path, self._has_path = landscape.path, False
        if path is not None and len(path) > 1:
            inside = ((path[:, 0] >= a0) & (path[:, 0] <= a1)
                      & (path[:, 1] >= b0) & (path[:, 1] <= b1))
            shown = path[inside]
            heights = view.height_of_loss(np.asarray(landscape.path_loss)[inside])
            line = np.column_stack([view.to_x(shown[:, 0]), view.to_y(shown[:, 1]), heights])
            if len(line) > 1:
                self.path.setData(pos=np.ascontiguousarray(line, dtype=np.float32))
                self._has_path = True
        self.set_path_shown(show_path)
        if not self._added:
            view.addItem(self.path)
            view.addItem(self.marks)
            self._added = True

    def set_path_shown(self, shown: bool) -> None:
        """Show or hide the path without rebuilding the mesh."""
        self.path.setVisible(shown and self._has_path)
