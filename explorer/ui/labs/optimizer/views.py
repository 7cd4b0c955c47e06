"""2-D (heatmap + contours) and 1-D (curve + balls) views of a race.

Plot items are created once per surface or racer line-up and then only fed with ``setData``; the
render timer calls :meth:`update_race` with the race, whose positions are never NaN (stopped
racers are frozen at their last finite point). Long trails are drawn decimated to the screen's
pixels (see ``decimate``), again when a zoom or resize changes what a pixel is. Where L has no
real value (log of a negative number) the map shows a grey hatch (see ``marks``), not the colour
of the highest loss, and no contour line runs through it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem

from explorer.core.i18n import tr_noop
from explorer.core.optim import Race
from explorer.core.surfaces import Surface
from explorer.ui.labs.optimizer.arrows import (
    DOWNHILL_COLOUR,
    DOWNHILL_TYPICAL,
    STEP_COLOUR,
    ArrowLayer,
    arrow_lengths,
    arrow_segments,
    screen_vectors,
)
from explorer.ui.labs.optimizer.decimate import DRAWN_POINTS, ScreenTrail, trail_indices
from explorer.ui.labs.optimizer.marks import (
    MARKS,
    UNDEFINED_LABEL,
    MarkLegend,
    landmark_spots,
    undefined_overlay,
)
from explorer.ui.labs.optimizer.shadows import ShadowBalls
from explorer.ui.widgets.axes import cache_axes, plain_numbers

GRID_RESOLUTION = 512
CONTOUR_RESOLUTION = 160
CONTOUR_LEVELS = 14
MIN_TRAIL_POINTS = 256  # per start, when a grid of starts shares DRAWN_POINTS
TRAIL_DOTS = 512  # the 1-D view's trail is dots: fewer of them say as much
HEATMAP = pg.colormap.get("cividis")  # perceptually uniform and colour-vision-deficiency safe


def heat_values(z: np.ndarray, log_scale: bool) -> np.ndarray:
    """What the colour shows: the loss, or log10 of its height above the lowest point."""
    if log_scale:
        z = np.log10(z - np.nanmin(z) + 1e-3)
    return np.ascontiguousarray(z, dtype=np.float32)


def contour_paths(xs: np.ndarray, ys: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All contour lines at evenly spaced levels as one NaN-separated polyline.

    Cells where L is undefined (NaN) get a stand-in value so the tracer does not fan out
    through them, and every vertex on an edge touching such a cell is dropped: no line runs
    into the undefined region."""
    undefined = np.isnan(z)
    if undefined.all():
        return np.array([]), np.array([])
    lo, hi = np.nanpercentile(z, [1, 97])
    filled = np.where(undefined, hi, z)
    xs_out, ys_out = [], []
    for level in np.linspace(lo, hi, CONTOUR_LEVELS)[1:-1]:
        for line in pg.functions.isocurve(filled.T, level, connected=True, extendToEdge=True):
            pts = np.asarray(line, dtype=float)
            if len(pts) < 2:
                continue
            if undefined.any():
                pts = np.where(_touches(undefined, pts)[:, None], np.nan, pts)
            xs_out.append(np.interp(pts[:, 0], np.arange(len(xs)), xs))
            ys_out.append(np.interp(pts[:, 1], np.arange(len(ys)), ys))
            xs_out.append([np.nan])
            ys_out.append([np.nan])
    if not xs_out:
        return np.array([]), np.array([])
    return np.concatenate(xs_out), np.concatenate(ys_out)


def _touches(undefined: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """Whether each contour vertex (column, row in grid indices) lies on an edge between grid
    nodes of which one is undefined."""
    rows, cols = undefined.shape
    i0 = np.clip(np.floor(pts[:, 0]).astype(int), 0, cols - 1)
    j0 = np.clip(np.floor(pts[:, 1]).astype(int), 0, rows - 1)
    i1, j1 = np.minimum(i0 + 1, cols - 1), np.minimum(j0 + 1, rows - 1)
    return undefined[j0, i0] | undefined[j0, i1] | undefined[j1, i0] | undefined[j1, i1]


def joined(points: np.ndarray, kept: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """x and y of the ``kept`` points of each start of ``points`` (starts, length, 2); several
    starts: NaN-separated, to be drawn as one item."""
    if len(kept) == 1:
        chosen = points[0, kept[0]]
    else:
        gap = np.full((1, 2), np.nan)
        chosen = np.concatenate([part for start, indices in enumerate(kept)
                                 for part in (points[start, indices], gap)])
    return chosen[:, 0], chosen[:, 1]


class Trail(pg.PlotCurveItem):
    """A racer's trail: on screen the points worth drawing at its pixel size, in an export
    (painted at another scale, to be looked at closely) every point the race keeps. Not
    antialiased: thousands of 1-px segments cost ~3 ms a frame smoothed."""

    def __init__(self, color: str) -> None:
        super().__init__(pen=pg.mkPen(color, width=1), connect="finite", antialias=False)
        self._track: Any = None
        self._shown: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))

    def show(self, track: Any, kept: list[np.ndarray]) -> None:
        """Draw the ``kept`` points (per start) of ``track`` (a race's history of one racer)."""
        self._track = track
        self._shown = joined(track.points, kept)
        if not self._exportOpts:  # an export under way (and resizing the view) keeps it whole
            self.setData(*self._shown)

    def setExportMode(self, export: bool, opts: dict | None = None) -> None:
        if self._track is not None:
            points = self._track.points
            self.setData(*(joined(points, [np.arange(points.shape[1])] * points.shape[0])
                           if export else self._shown))
        super().setExportMode(export, opts)


class _StartViewBox(pg.ViewBox):
    """A view box where a left click or drag places the start; the wheel still zooms."""

    start_chosen = Signal(float, float)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._choose(event.pos())
            event.accept()
        else:
            super().mouseClickEvent(event)

    def mouseDragEvent(self, event, axis=None) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._choose(event.pos())
            event.accept()
        else:
            super().mouseDragEvent(event, axis)

    def _choose(self, position: QPointF) -> None:
        point = self.mapToView(position)
        self.start_chosen.emit(point.x(), point.y())


class _RaceView(pg.PlotWidget):
    """What the 1-D and 2-D views share: a click-to-start view box and per-racer items."""

    start_chosen = Signal(tuple)

    def __init__(self, parent=None) -> None:
        self.view_box = _StartViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.view_box.start_chosen.connect(self._on_start_chosen)
        self.surface: Surface | None = None
        self.setMenuEnabled(False)
        plain_numbers(self.getPlotItem())
        cache_axes(self.getPlotItem())
        self.shadows = ShadowBalls(self)  # EMA / averaged points: faint balls

    def _on_start_chosen(self, x: float, y: float) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the view's texts in the current language (pyqtgraph items get no LanguageChange:
        the view resets them)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SurfaceView2D(_RaceView):
    """Heatmap with contour lines, trails, current points, minima, and optional arrows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAspectLocked(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=HEATMAP, interactive=False, width=12)
        self.colour_bar.setImageItem(self.image, insert_in=self.getPlotItem())
        plain_numbers(self.colour_bar)
        self.contours = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 110), width=1),
                                        connect="finite")
        self.addItem(self.contours)
        self.undefined = pg.ImageItem(axisOrder="row-major")
        self.undefined.setZValue(1)
        self.addItem(self.undefined)
        self.contours.setZValue(2)
        # The static layers are kept as pixmaps in screen pixels, painted again only when the
        # range or size changes (exports paint them afresh: figure's export mode)
        for item in (self.image, self.undefined, self.contours.curve):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.landmarks = pg.ScatterPlotItem(size=16, pen=pg.mkPen("k", width=1.5))
        self.landmarks.setZValue(5)
        self.addItem(self.landmarks)
        self.trails: list[Trail] = []
        self.heads = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=2))
        self.heads.setZValue(10)
        self.addItem(self.heads)
        plot = self.getPlotItem()
        self.gradient_arrows = ArrowLayer(plot, DOWNHILL_COLOUR,
                                          tr_noop("MarkLegend", "−∇L  downhill (∝ |∇L|)"))
        self.velocity_arrows = ArrowLayer(plot, STEP_COLOUR,
                                          tr_noop("MarkLegend", "Δθ  last step (to scale)"))
        self.legend = MarkLegend(plot)
        for layer in (self.gradient_arrows, self.velocity_arrows):
            self.legend.add_sample(layer.name, layer.colour)
        self._show = {"gradient": False, "velocity": False}
        self._marks: list[str] = []
        self._typical_slope: float | None = None  # median |∇L| on the domain, when first needed
        self._race: Race | None = None
        self.view_box.sigRangeChanged.connect(self._on_range_changed)
        self.view_box.sigResized.connect(self._on_range_changed)
        self._log_scale = False
        self.retranslate()

    def retranslate(self) -> None:
        """Axis titles and the legend in the current language."""
        names = (self.surface.axis_names if self.surface is not None else ()) or (
            self.tr("x  (parameter 1)"), self.tr("y  (parameter 2)"))
        self.setLabel("bottom", names[0])
        self.setLabel("left", names[1])
        self.colour_bar.axis.setLabel("log₁₀(L − L_min)" if self._log_scale
                                      else self.tr("loss L"))
        self.legend.retranslate()

    @property
    def show_gradient(self) -> bool:
        return self._show["gradient"]

    @show_gradient.setter
    def show_gradient(self, shown: bool) -> None:
        self._show["gradient"] = bool(shown)
        self._update_legend()

    @property
    def show_velocity(self) -> bool:
        return self._show["velocity"]

    @show_velocity.setter
    def show_velocity(self, shown: bool) -> None:
        self._show["velocity"] = bool(shown)
        self._update_legend()

    def _update_legend(self) -> None:
        labels = list(self._marks)
        labels += [layer.name for layer, shown in ((self.gradient_arrows, self.show_gradient),
                                                   (self.velocity_arrows, self.show_velocity))
                   if shown]
        self.legend.show_labels(labels)

    def set_surface(self, surface: Surface, log_scale: bool) -> None:
        """Evaluate the grid once; everything per frame is cheap after this."""
        self.surface = surface
        self._log_scale = log_scale
        self.retranslate()
        _xs, _ys, z = surface.grid(GRID_RESOLUTION)
        shown = heat_values(z, log_scale)
        finite = shown[np.isfinite(shown)]
        lo, hi = (np.percentile(finite, [0, 99.5]) if finite.size else (0.0, 1.0))
        (x0, x1), (y0, y1) = surface.domain
        rect = pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
        # NaN (no real value) is painted by the hatch on top, never as the highest loss
        self.image.setImage(np.nan_to_num(shown, nan=lo, posinf=hi, neginf=lo),
                            levels=(lo, hi if hi > lo else lo + 1))
        self.image.setRect(rect)
        undefined = np.isnan(z)
        self.undefined.setImage(undefined_overlay(z))
        self.undefined.setRect(rect)
        self.undefined.setVisible(bool(undefined.any()))
        self.colour_bar.setLevels((lo, hi if hi > lo else lo + 1))
        _, _, coarse = surface.grid(CONTOUR_RESOLUTION)
        cx, cy = np.linspace(x0, x1, CONTOUR_RESOLUTION), np.linspace(y0, y1, CONTOUR_RESOLUTION)
        self.contours.setData(*contour_paths(cx, cy, heat_values(coarse, log_scale)))
        spots = landmark_spots(surface)
        self.landmarks.setData(spots)
        kinds = {spot["data"] for spot in spots}
        self._marks = [kind for kind in MARKS if kind in kinds]
        if undefined.any():
            self._marks.append(UNDEFINED_LABEL)
        self._typical_slope = None
        self._update_legend()
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.view_box.setLimits(xMin=x0 - (x1 - x0), xMax=x1 + (x1 - x0),
                                yMin=y0 - (y1 - y0), yMax=y1 + (y1 - y0))

    def set_racers(self, colors: list[str]) -> None:
        for item in self.trails:
            self.removeItem(item)
        self.trails = []
        for color in colors:
            trail = Trail(color)
            trail.setZValue(8)
            self.addItem(trail)
            self.trails.append(trail)
        self._brushes = [pg.mkBrush(c) for c in colors]
        self._screen = [ScreenTrail() for _ in colors]
        self._race = None  # its tracks are not these trails'

    def update_race(self, race: Race) -> None:
        heads, brushes = [], []
        self._update_trails(race)
        for k in range(len(race.tracks)):
            heads.append(race.positions[k])
            brushes += [self._brushes[k]] * len(race.positions[k])
        if heads:
            pos = np.concatenate(heads)
            self.heads.setData(pos=pos, brush=brushes)
        else:
            self.heads.clear()
        self._race = race
        self.shadows.update_race(race)
        self._update_arrows(race)

    def _update_trails(self, race: Race) -> None:
        """Each racer's trail, decimated to the screen (or by a stride while the view has no
        size yet); many starts: NaN-separated trails in one item."""
        pixel = self.view_box.viewPixelSize()
        on_screen = min(pixel) > 0 and self.view_box.width() > 0
        for k, track in enumerate(race.tracks):
            starts = track.points.shape[0]
            limit = max(MIN_TRAIL_POINTS, DRAWN_POINTS // starts)
            self.trails[k].show(track, self._screen[k].indices(track.points, pixel, limit)
                                if on_screen else [trail_indices(track.length, limit)] * starts)

    def _on_range_changed(self, *_args) -> None:
        """Zooming or resizing changes what a pixel is: the trails are decimated again, and
        the arrows (whose pixels mean something else now) rebuilt."""
        if self._race is None:
            return
        self._update_trails(self._race)
        if self.show_gradient or self.show_velocity:
            self._update_arrows(self._race)

    def _update_arrows(self, race: Race) -> None:
        """Arrows only when shown: the downhill ones cost a gradient evaluation, which on a
        network's loss slice is a TensorFlow call.

        A step arrow is the step itself, to scale; a downhill arrow is ``DOWNHILL_TYPICAL`` of
        the view long where |∇L| equals the surface's median slope, proportionally longer or
        shorter elsewhere. Both are capped, and hidden when too short to show a direction."""
        pixel = self.view_box.viewPixelSize()
        width, height = self.view_box.width(), self.view_box.height()
        usable = bool(race.racers) and min(pixel) > 0 and min(width, height) > 0
        view = min(width, height)
        for layer, shown, compute in (
            (self.gradient_arrows, self.show_gradient, self._downhill),
            (self.velocity_arrows, self.show_velocity, lambda r: np.concatenate(r.last_step)),
        ):
            if not shown or not usable:
                layer.clear()
                continue
            vectors = compute(race)
            directions, lengths = screen_vectors(vectors, pixel)
            if layer is self.gradient_arrows:  # a slope is no length: scale it to the view
                magnitude = np.linalg.norm(vectors, axis=1)
                lengths = DOWNHILL_TYPICAL * view * magnitude / self._slope_scale()
            tails = np.concatenate(race.positions)
            layer.set_segments(arrow_segments(tails, directions, arrow_lengths(lengths, view),
                                              pixel))

    def _slope_scale(self) -> float:
        """The median |∇L| over a 24×24 grid of the domain (computed once per surface)."""
        if self._typical_slope is None:
            assert self.surface is not None
            axes = [np.linspace(lo, hi, 24) for lo, hi in self.surface.domain]
            grid = np.stack([a.ravel() for a in np.meshgrid(*axes)], axis=-1)
            with np.errstate(all="ignore"):
                slopes = np.linalg.norm(self.surface.gradient(grid), axis=1)
            slopes = slopes[np.isfinite(slopes) & (slopes > 0)]
            self._typical_slope = float(np.median(slopes)) if slopes.size else 1.0
        return self._typical_slope

    @staticmethod
    def _downhill(race: Race) -> np.ndarray:
        """−∇L at every racer's position (one surface call), the direction plain GD moves."""
        with np.errstate(all="ignore"):
            return -np.nan_to_num(race.surface.gradient(np.concatenate(race.positions)))

    def _on_start_chosen(self, x: float, y: float) -> None:
        self.start_chosen.emit((x, y))


class CurveView1D(_RaceView):
    """The loss curve with each racer as a ball, its tangent line and its trail of past points."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#444444", width=1))
        self.addItem(self.curve)
        self.landmarks = pg.ScatterPlotItem(size=14, symbol="star", brush="w",
                                            pen=pg.mkPen("k", width=1.5))
        self.addItem(self.landmarks)
        self.legend = MarkLegend(self.getPlotItem())
        self.trails: list[pg.ScatterPlotItem] = []
        self.tangents: list[pg.PlotDataItem] = []
        self.balls = pg.ScatterPlotItem(size=15, pen=pg.mkPen("k", width=1.5))
        self.balls.setZValue(10)
        self.addItem(self.balls)
        self.showGrid(x=True, y=True, alpha=0.2)
        self.retranslate()

    def retranslate(self) -> None:
        """Axis titles and the legend in the current language."""
        axis_names = self.surface.axis_names if self.surface is not None else ()
        self.setLabel("bottom", axis_names[0] if axis_names else self.tr("x  (parameter)"))
        self.setLabel("left", self.tr("loss L(x)"))
        self.legend.retranslate()

    def set_surface(self, surface: Surface, log_scale: bool = False) -> None:
        self.surface = surface
        self.retranslate()
        xs, _, values = surface.grid(1000)
        self.curve.setData(xs, values)
        spots = landmark_spots(surface, lambda m: (m[0], float(surface.value(np.array(m)))))
        self.landmarks.setData(spots)
        self.legend.show_labels([kind for kind in MARKS if any(s["data"] == kind for s in spots)])
        (x0, x1), = surface.domain
        lo, hi = float(np.min(values)), float(np.max(values))
        self.setRange(xRange=(x0, x1), yRange=(lo, hi), padding=0.05)

    def set_racers(self, colors: list[str]) -> None:
        for item in self.trails + self.tangents:
            self.removeItem(item)
        self.trails, self.tangents = [], []
        for color in colors:
            faded = pg.mkColor(color)
            faded.setAlpha(90)
            trail = pg.ScatterPlotItem(size=6, brush=faded, pen=None)
            tangent = pg.PlotDataItem(pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine))
            for item in (trail, tangent):
                item.setZValue(8)
                self.addItem(item)
            self.trails.append(trail)
            self.tangents.append(tangent)
        self._brushes = [pg.mkBrush(c) for c in colors]

    def update_race(self, race: Race) -> None:
        assert self.surface is not None
        (x0, x1), = self.surface.domain
        half = 0.06 * (x1 - x0)
        balls, brushes = [], []
        for k, track in enumerate(race.tracks):
            shown = trail_indices(track.length, TRAIL_DOTS)
            self.trails[k].setData(track.points[0, shown, 0], track.losses[0, shown])
            x = float(race.positions[k][0, 0])
            y = float(track.losses[0, -1])
            with np.errstate(all="ignore"):
                slope = float(np.nan_to_num(race.surface.gradient(np.array([x]))[0]))
            run = half / np.sqrt(1 + (slope * half / max(abs(x1 - x0), 1e-9)) ** 2)
            self.tangents[k].setData([x - run, x + run], [y - slope * run, y + slope * run])
            balls.append((x, y))
            brushes.append(self._brushes[k])
        self.balls.setData(pos=balls, brush=brushes) if balls else self.balls.clear()
        self.shadows.update_race(race)

    def _on_start_chosen(self, x: float, y: float) -> None:
        self.start_chosen.emit((x,))
