"""2-D (heatmap + contours) and 1-D (curve + balls) views of a race.

Plot items are created once per surface or racer line-up and then only fed with ``setData``; the
render timer calls :meth:`update_race` with the race, which never holds a NaN (diverged racers are
frozen at their last finite point). Long trails are drawn decimated (see ``decimate``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from explorer.core.optim import Race
from explorer.core.surfaces import Surface
from explorer.ui.labs.optimizer.decimate import DRAWN_POINTS, trail_indices
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
    """All contour lines at evenly spaced levels as one NaN-separated polyline."""
    lo, hi = np.nanpercentile(z, [1, 97])
    xs_out, ys_out = [], []
    for level in np.linspace(lo, hi, CONTOUR_LEVELS)[1:-1]:
        for line in pg.functions.isocurve(z.T, level, connected=True, extendToEdge=True):
            pts = np.asarray(line, dtype=float)
            if len(pts) < 2:
                continue
            xs_out.append(np.interp(pts[:, 0], np.arange(len(xs)), xs))
            ys_out.append(np.interp(pts[:, 1], np.arange(len(ys)), ys))
            xs_out.append([np.nan])
            ys_out.append([np.nan])
    if not xs_out:
        return np.array([]), np.array([])
    return np.concatenate(xs_out), np.concatenate(ys_out)


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

    def _on_start_chosen(self, x: float, y: float) -> None:
        raise NotImplementedError


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
        self.landmarks = pg.ScatterPlotItem(size=16, pen=pg.mkPen("k", width=1.5))
        self.landmarks.setZValue(5)
        self.addItem(self.landmarks)
        self.trails: list[pg.PlotCurveItem] = []
        self.heads = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=2))
        self.heads.setZValue(10)
        self.addItem(self.heads)
        self.gradient_arrows = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=1), connect="pairs")
        self.velocity_arrows = pg.PlotDataItem(pen=pg.mkPen("#56B4E9", width=1), connect="pairs")
        for item in (self.gradient_arrows, self.velocity_arrows):
            item.setZValue(9)
            self.addItem(item)
        self.show_gradient = False
        self.show_velocity = False
        self.setLabel("bottom", "x  (parameter 1)")
        self.setLabel("left", "y  (parameter 2)")

    def set_surface(self, surface: Surface, log_scale: bool) -> None:
        """Evaluate the grid once; everything per frame is cheap after this."""
        self.surface = surface
        names = surface.axis_names or ("x  (parameter 1)", "y  (parameter 2)")
        self.setLabel("bottom", names[0])
        self.setLabel("left", names[1])
        _xs, _ys, z = surface.grid(GRID_RESOLUTION)
        shown = heat_values(z, log_scale)
        finite = shown[np.isfinite(shown)]
        lo, hi = (np.percentile(finite, [0, 99.5]) if finite.size else (0.0, 1.0))
        (x0, x1), (y0, y1) = surface.domain
        self.image.setImage(np.nan_to_num(shown, nan=hi, posinf=hi, neginf=lo),
                            levels=(lo, hi if hi > lo else lo + 1))
        self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        self.colour_bar.setLevels((lo, hi if hi > lo else lo + 1))
        self.colour_bar.axis.setLabel("log₁₀(L − L_min)" if log_scale else "loss L")
        _, _, coarse = surface.grid(CONTOUR_RESOLUTION)
        cx, cy = np.linspace(x0, x1, CONTOUR_RESOLUTION), np.linspace(y0, y1, CONTOUR_RESOLUTION)
        self.contours.setData(*contour_paths(cx, cy, heat_values(coarse, log_scale)))
        spots = [{"pos": m, "symbol": "star", "brush": "w"} for m in surface.minima]
        spots += [{"pos": s, "symbol": "x", "brush": "w"} for s in surface.saddles]
        self.landmarks.setData(spots)
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.view_box.setLimits(xMin=x0 - (x1 - x0), xMax=x1 + (x1 - x0),
                                yMin=y0 - (y1 - y0), yMax=y1 + (y1 - y0))

    def set_racers(self, colors: list[str]) -> None:
        for item in self.trails:
            self.removeItem(item)
        self.trails = []
        for color in colors:
            trail = pg.PlotCurveItem(pen=pg.mkPen(color, width=1), connect="finite")
            trail.setZValue(8)
            self.addItem(trail)
            self.trails.append(trail)
        self._brushes = [pg.mkBrush(c) for c in colors]

    def update_race(self, race: Race) -> None:
        heads, brushes = [], []
        for k, track in enumerate(race.tracks):
            starts = track.points.shape[0]
            shown = trail_indices(track.length, max(MIN_TRAIL_POINTS, DRAWN_POINTS // starts))
            points = track.points[:, shown]  # (N, ≤ limit, 2): long trails are decimated
            if starts == 1:
                self.trails[k].setData(points[0, :, 0], points[0, :, 1])
            else:  # many starts: NaN-separated trails in one item
                padded = np.concatenate([points, np.full((points.shape[0], 1, 2), np.nan)], axis=1)
                flat = padded.reshape(-1, 2)
                self.trails[k].setData(flat[:, 0], flat[:, 1])
            heads.append(race.positions[k])
            brushes += [self._brushes[k]] * len(race.positions[k])
        if heads:
            pos = np.concatenate(heads)
            self.heads.setData(pos=pos, brush=brushes)
        else:
            self.heads.clear()
        self._update_arrows(race)

    def _update_arrows(self, race: Race) -> None:
        """Arrows only when shown: the downhill ones cost a gradient evaluation, which on a
        network's loss slice is a TensorFlow call."""
        assert self.surface is not None
        scale = 0.08 * max(hi - lo for lo, hi in self.surface.domain)
        for item, shown, vectors in (
            (self.gradient_arrows, self.show_gradient, self._downhill),
            (self.velocity_arrows, self.show_velocity, lambda r: np.concatenate(r.last_step)),
        ):
            if not shown or not race.racers:
                item.setData([], [])
                continue
            starts = np.concatenate(race.positions)
            vec = vectors(race)
            norm = np.linalg.norm(vec, axis=1, keepdims=True)
            direction = np.divide(vec, norm, out=np.zeros_like(vec), where=norm > 0)
            ends = starts + direction * scale
            segments = np.stack([starts, ends], axis=1).reshape(-1, 2)
            item.setData(segments[:, 0], segments[:, 1])

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
        self.trails: list[pg.ScatterPlotItem] = []
        self.tangents: list[pg.PlotDataItem] = []
        self.balls = pg.ScatterPlotItem(size=15, pen=pg.mkPen("k", width=1.5))
        self.balls.setZValue(10)
        self.addItem(self.balls)
        self.setLabel("bottom", "x  (parameter)")
        self.setLabel("left", "loss L(x)")
        self.showGrid(x=True, y=True, alpha=0.2)

    def set_surface(self, surface: Surface, log_scale: bool = False) -> None:
        self.surface = surface
        self.setLabel("bottom", surface.axis_names[0] if surface.axis_names else "x  (parameter)")
        xs, _, values = surface.grid(1000)
        self.curve.setData(xs, values)
        marks = [(m[0], float(surface.value(np.array(m)))) for m in surface.minima]
        self.landmarks.setData(pos=marks)
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

    def _on_start_chosen(self, x: float, y: float) -> None:
        self.start_chosen.emit((x,))
