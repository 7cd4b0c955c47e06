"""The Landscape tab's pieces: the slice as a heatmap with contours, the 1-D line, the 3-D mesh,
and the settings form.

Every item is created once; a partial grid (NaN where not yet computed) and a finished
:class:`~explorer.core.nn.landscape.Landscape` are both drawn with ``setImage``/``setData``.
``loss[j, i] = L(a[i], b[j])`` goes into a row-major ImageItem whose pixels are centred on the
grid nodes, so the markers (current weights, minimum, path) sit exactly on the cells they name.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.nn.directions import KIND_TITLES
from explorer.core.nn.landscape import LANDSCAPE_TITLE, LANDSCAPE_TITLE_TEST, LandscapeSettings
from explorer.core.optim import PALETTE
from explorer.ui.i18n import translate
from explorer.ui.labs.optimizer.views import HEATMAP, contour_paths, heat_values
from explorer.ui.labs.training.common import NOTE_STYLE, TITLE_SIZE, compact, fixed_plot, pen
from explorer.ui.widgets.axes import plain_numbers
from explorer.ui.widgets.panels import group, side_panel, spin_box

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


def axis_labels(land) -> tuple[str, str]:
    """The slice's axis titles: which direction each coordinate moves along."""
    if land.kind == "pca" and land.explained_variance is not None:
        v1, v2 = land.explained_variance
        return (translate("LandscapePlots", "a   (PC 1: {percent} % of the path's variance)")
                .format(percent=f"{100 * v1:.1f}"),
                translate("LandscapePlots", "b   (PC 2: {percent} %)").format(
                    percent=f"{100 * v2:.1f}"))
    return (translate("LandscapePlots", "a   (random direction δ₁)"),
            translate("LandscapePlots", "b   (random direction δ₂)"))


def landscape_title(land) -> str:
    """The slice's title in the current language (core's ``land.title`` in English)."""
    template = LANDSCAPE_TITLE_TEST if land.split == "test" else LANDSCAPE_TITLE
    directions = KIND_TITLES.get(land.kind)
    if directions is None:
        return land.title
    return translate("Landscape", template).format(
        model=land.model_label, data=translate("Datasets", land.data_name),
        directions=translate("Landscape", directions))


def summary(land) -> str:
    """One rich-text line of numbers under the plot."""
    loss = f"{land.centre_loss:.4g}"
    where = "α = 1" if land.b is None else translate("LandscapePlots", "centre")
    if land.centre_accuracy is None:
        current = translate("LandscapePlots", "<b>Current weights</b> ({where}): loss {loss}")\
            .format(where=where, loss=loss)
    else:
        current = translate("LandscapePlots", "<b>Current weights</b> ({where}): loss {loss}, "
                            "accuracy {accuracy} %").format(
            where=where, loss=loss, accuracy=f"{100 * land.centre_accuracy:.1f}")
    point = ", ".join(f"{c:+.3g}" for c in land.minimum)
    parts = [current, translate("LandscapePlots", "<b>lowest point</b> {loss} at ({point})")
             .format(loss=f"{land.minimum_loss:.4g}", point=point)]
    residual = land.path_residual
    if land.b is not None and residual is not None and len(residual):
        off = float(np.max(residual))
        percent = f"{100 * off:.0f}"
        parts.append(translate("LandscapePlots", "the training path lies up to {percent} % of "
                               "its length off this plane: the picture shows its shadow")
                     .format(percent=percent) if off >= 0.005 else
                     translate("LandscapePlots", "the training path lies up to {percent} % of "
                               "its length off this plane, so it is drawn where it is")
                     .format(percent=percent))
    return " · ".join(parts)


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


# --- the form ---------------------------------------------------------------------------------

FORM_WIDTH = 250
KIND_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "Random directions"), "random"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "PCA of the path"), "pca"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "Line θ₀ → θ₁"), "interpolation"))
SPLIT_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "training"), "train"),
               (QT_TRANSLATE_NOOP("LandscapeForm", "test"), "test"))
BIAS_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "zero (Li et al.)"), "zero"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "normalised"), "normalize"))
UNIT_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "epochs"), "epoch"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "batches"), "batch"))
SEED_MAX = 2**31 - 1
SPAN_MAX, ALPHA_MAX, SAMPLES_MAX = 1000.0, 100.0, 10_000_000


def _combo(items: tuple[tuple[str, str], ...]) -> QComboBox:
    """A choice among ``items`` (text, value); :meth:`LandscapeForm.retranslate` names them."""
    box = compact(QComboBox(), 6)
    for text, value in items:
        box.addItem(text, value)
    return box


def select(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def _int_box(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setKeyboardTracking(False)
    return box


class LandscapeForm(QWidget):
    """The settings column: the slice (a :class:`LandscapeSettings`), how often the training
    path is recorded, and what the plots show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = _combo(KIND_ITEMS)
        self.span = spin_box(0.0, SPAN_MAX, 2, 0.25)
        self.alpha_low = spin_box(-ALPHA_MAX, ALPHA_MAX, 2, 0.25)
        self.alpha_high = spin_box(-ALPHA_MAX, ALPHA_MAX, 2, 0.25)
        for box in (self.alpha_low, self.alpha_high):
            box.setMaximumWidth(68)
        self.alpha_row = alpha_row = QHBoxLayout()
        self.to_label = QLabel()
        alpha_row.addWidget(self.alpha_low)
        alpha_row.addWidget(self.to_label)
        alpha_row.addWidget(self.alpha_high)
        self.resolution = _int_box(3, 401)
        self.points_note = QLabel()
        self.points_note.setStyleSheet(NOTE_STYLE)
        self.resolution_row = resolution_row = QHBoxLayout()
        resolution_row.addWidget(self.resolution)
        resolution_row.addWidget(self.points_note, 1)
        self.split = _combo(SPLIT_ITEMS)
        self.samples = _int_box(0, SAMPLES_MAX)
        self.seed = _int_box(0, SEED_MAX)
        self.bias = _combo(BIAS_ITEMS)
        self.form = QFormLayout()
        for field in (self.kind, self.span, alpha_row, resolution_row, self.split, self.samples,
                      self.seed, self.bias):
            self.form.addRow(QLabel(), field)
        self.slice_group = slice_group = group("", self.form)

        self.path_note = QLabel()
        self.path_note.setWordWrap(True)
        self.path_note.setStyleSheet(NOTE_STYLE)
        self.record_every = _int_box(1, 100_000)
        self.record_unit = _combo(UNIT_ITEMS)
        record_row = QHBoxLayout()
        self.every_label = QLabel()
        record_row.addWidget(self.every_label)
        record_row.addWidget(self.record_every)
        record_row.addWidget(self.record_unit, 1)
        self.path_group = path_group = group("", self.path_note, record_row)

        self.log_colour = QCheckBox()
        self.show_path = QCheckBox()
        self.show_path.setChecked(True)
        # What the plots show sits beside them (LandscapeView puts it in the tab bar's corner):
        # in the column it was cut off below the fold at 1280 × 800.
        self.show_row = QWidget()
        show_layout = QHBoxLayout(self.show_row)
        show_layout.setContentsMargins(0, 0, 8, 0)
        show_layout.addWidget(self.log_colour)
        show_layout.addWidget(self.show_path)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_panel(slice_group, path_group, width=FORM_WIDTH))
        self.kind.currentIndexChanged.connect(self.update_rows)
        self.resolution.valueChanged.connect(self.update_rows)
        self.retranslate()
        self.set_settings(LandscapeSettings())

    def retranslate(self) -> None:
        """Every text of the form in the current language (the values stay)."""
        for box, items in ((self.kind, KIND_ITEMS), (self.split, SPLIT_ITEMS),
                           (self.bias, BIAS_ITEMS), (self.record_unit, UNIT_ITEMS)):
            for i, (text, _) in enumerate(items):
                box.setItemText(i, translate("LandscapeForm", text))
        self.kind.setToolTip(self.tr(
            "Which slice through weight space:\n"
            "• Random: two random directions, each unit's part scaled to that unit's weights "
            "(Li et al. 2018)\n"
            "• PCA: the two directions along which the recorded training path varies most (the "
            "path lies in this plane)\n"
            "• Line: from the initial weights (α = 0) to the final ones (α = 1), extended on "
            "both sides (Goodfellow et al. 2015)"))
        self.span.setSpecialValueText(self.tr("auto"))
        self.span.setToolTip(self.tr(
            "Half-width of the square around the current weights, in units of the directions "
            "(1 = each unit's weights moved by their own size).\n"
            "auto: 1 for random directions, fitted to the path for PCA"))
        for box in (self.alpha_low, self.alpha_high):
            box.setToolTip(self.tr("The α range of the line θ₀ + α·(θ₁ − θ₀): 0 = initial, "
                                   "1 = final"))
        self.to_label.setText(self.tr("to"))
        self.resolution.setToolTip(self.tr("Grid points along each axis (41 → 41 × 41 = 1,681 "
                                           "evaluations of the loss)"))
        self.split.setToolTip(self.tr("The data the loss is measured on"))
        self.samples.setSpecialValueText(self.tr("all"))
        self.samples.setToolTip(self.tr(
            "Use at most this many samples of the split (a seeded random subset) to keep big "
            "data sets quick; all = every sample"))
        self.seed.setToolTip(self.tr("Seed of the random directions (and of the sample "
                                     "subset): the same seed gives the same slice"))
        self.bias.setToolTip(self.tr("Random directions for the biases: zero (the slice moves "
                                     "only the weights, as Li et al.) or each bias's own size"))
        for field, text in ((self.kind, self.tr("Directions")), (self.span, self.tr("Span ±")),
                            (self.alpha_row, self.tr("α from")),
                            (self.resolution_row, self.tr("Resolution")),
                            (self.split, self.tr("Split")), (self.samples, self.tr("Samples")),
                            (self.seed, self.tr("Seed")), (self.bias, self.tr("Biases"))):
            self.form.labelForField(field).setText(text)
        self.slice_group.setTitle(self.tr("Slice"))
        self.record_every.setToolTip(self.tr(
            "Record the weights every k epochs or batches while training (the path PCA and the "
            "line are built from); applies from the next run"))
        self.record_unit.setToolTip(self.tr("Record per epoch or per batch (batches give a "
                                            "finer path)"))
        self.every_label.setText(self.tr("every"))
        self.path_group.setTitle(self.tr("Training path"))
        self.log_colour.setText(self.tr("Log colour (L − L_min)"))
        self.log_colour.setToolTip(self.tr(
            "Colour by log₁₀ of the height above the lowest point: shows the shape of the basin "
            "when the edges are much higher"))
        self.show_path.setText(self.tr("Training path"))
        self.show_path.setToolTip(self.tr(
            "Draw the recorded weights projected onto the slice (exactly in the plane for PCA; "
            "only a shadow for random directions)"))
        self.update_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def settings(self) -> LandscapeSettings:
        """The form as settings; ValueError ("landscape: …") if it is not a valid slice."""
        span = self.span.value()
        return LandscapeSettings(
            kind=self.kind.currentData(), span=None if span <= 0 else span,
            resolution=self.resolution.value(), split=self.split.currentData(),
            seed=self.seed.value(), bias=self.bias.currentData(),
            alpha=(self.alpha_low.value(), self.alpha_high.value()),
            max_samples=self.samples.value() or None)

    @staticmethod
    def out_of_range(settings: LandscapeSettings) -> MarkedText | None:
        """Why valid settings cannot be shown in this form (its boxes' limits), or None."""
        limits = ((settings.seed <= SEED_MAX, tr_noop("Scenes", "seed must be at most {most}"),
                   SEED_MAX),
                  (settings.span is None or settings.span <= SPAN_MAX,
                   tr_noop("Scenes", "span must be at most {most}"), f"{SPAN_MAX:g}"),
                  (all(abs(v) <= ALPHA_MAX for v in settings.alpha),
                   tr_noop("Scenes", "alpha must lie within ±{most}"), f"{ALPHA_MAX:g}"),
                  (settings.max_samples is None or settings.max_samples <= SAMPLES_MAX,
                   tr_noop("Scenes", "max_samples must be at most {most}"), f"{SAMPLES_MAX:,}"))
        return next((MarkedText("Scenes", template, most=most)
                     for ok, template, most in limits if not ok), None)

    def set_settings(self, settings: LandscapeSettings) -> None:
        boxes = (self.kind, self.span, self.alpha_low, self.alpha_high, self.resolution,
                 self.split, self.samples, self.seed, self.bias)
        for box in boxes:
            box.blockSignals(True)
        select(self.kind, settings.kind)
        self.span.setValue(0.0 if settings.span is None else settings.span)
        self.alpha_low.setValue(settings.alpha[0])
        self.alpha_high.setValue(settings.alpha[1])
        self.resolution.setValue(settings.resolution)
        select(self.split, settings.split)
        self.samples.setValue(settings.max_samples or 0)
        self.seed.setValue(settings.seed)
        select(self.bias, settings.bias)
        for box in boxes:
            box.blockSignals(False)
        self.update_rows()

    def update_rows(self) -> None:
        """Only the rows the chosen kind uses, and the number of points."""
        kind = self.kind.currentData()
        line = kind == "interpolation"
        self.form.setRowVisible(self.span, not line)
        self.form.setRowVisible(self.alpha_row, line)
        self.form.setRowVisible(self.bias, kind == "random")
        n = self.resolution.value()
        self.points_note.setText(self.tr("{n} points").format(n=f"{n:,}" if line else
                                                              f"{n * n:,}"))

    def set_record(self, every: int, unit: str) -> None:
        """Show a session's recording interval (without reporting a change)."""
        for box in (self.record_every, self.record_unit):
            box.blockSignals(True)
        self.record_every.setValue(every)
        select(self.record_unit, unit)
        for box in (self.record_every, self.record_unit):
            box.blockSignals(False)
