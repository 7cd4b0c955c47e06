"""The 3-D view: the surface as a rotatable mesh with racers as balls and trails.

The scene is a ``QOpenGLWindow`` in a window container, not a ``QOpenGLWidget``: once a
``QOpenGLWidget`` has been in a window, Qt composes that whole window through OpenGL on every
repaint, which under Xvfb (Mesa's llvmpipe) halved every lab's frame rate for the rest of the
session (the Perceptron Lab at top speed: 40 → 21 frames/s after the 3-D tab had been opened).
It needs an OpenGL context, so the lab creates it only when its tab is first shown; heights are
rescaled so that the surface is as tall as 60 % of its width, whatever the loss's units. Where L
is undefined (NaN) the mesh lies flat at the bottom in neutral grey, not at the top in the
colour of the highest loss.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.core.optim import Race
from explorer.core.surfaces import Surface
from explorer.ui.labs.optimizer.decimate import trail_indices
from explorer.ui.labs.optimizer.marks import UNDEFINED_BASE
from explorer.ui.labs.optimizer.views import HEATMAP, heat_values

MESH_RESOLUTION = 80  # 12,600 triangles: Mesa's llvmpipe drew 120² at 29–43 fps, 80² at 52–56
TRAIL_POINTS = 1024


@cache
def opengl_available() -> bool:
    """Whether this display can make an OpenGL context (Xvfb with Mesa can; Qt's offscreen
    platform and some remote desktops cannot). Without one an OpenGL window crashes when it
    first paints, so the 3-D view is not built there."""
    app = QGuiApplication.instance()
    if app is None or app.platformName() in ("offscreen", "minimal"):
        return False
    context, surface = QOpenGLContext(), QOffscreenSurface()
    surface.create()
    made = context.create() and context.makeCurrent(surface)
    if made:
        context.doneCurrent()
    return made


def _inert(*_args: Any, **_kwargs: Any) -> None:
    """What the 3-D view does without OpenGL: nothing (its tab says why)."""


class SurfaceView3D(QWidget):
    """The 3-D view as a widget: it holds the OpenGL window (``gl_window``, which exports grab)
    and answers for it (its items, :meth:`SurfaceWindow3D.set_surface`, ``frameSwapped``, …).
    Where no OpenGL context can be made it shows why instead, and every call does nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.gl_window: SurfaceWindow3D | None = None
        self.note: QLabel | None = None
        if not opengl_available():
            self.note = QLabel()
            self.note.setWordWrap(True)
            self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.note)
            self.retranslate()
            return
        self.gl_window = SurfaceWindow3D()
        layout.addWidget(QWidget.createWindowContainer(self.gl_window, self))

    def retranslate(self) -> None:
        if self.note is not None:
            self.note.setText(self.tr("The 3-D view needs OpenGL, which this display does not "
                                      "offer (the other views work as usual)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def __getattr__(self, name: str) -> Any:
        window = self.__dict__.get("gl_window")
        if name == "gl_window" or "gl_window" not in self.__dict__:
            raise AttributeError(name)  # asked during construction
        return _inert if window is None else getattr(window, name)


class SurfaceWindow3D(GLViewMixin, QOpenGLWindow):
    """The surface mesh, the racers' trails and balls, rotatable with the mouse."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundColor("w")
        self.setCameraPosition(distance=2.3, elevation=32, azimuth=-60)
        self.mesh: gl.GLSurfacePlotItem | None = None
        self.trails: list[gl.GLLinePlotItem] = []
        # The scatter item is added only once it has data: drawing an empty one crashes Mesa.
        self.balls = gl.GLScatterPlotItem(pos=np.zeros((1, 3), np.float32),
                                          color=(0.0, 0.0, 0.0, 0.0), size=14, pxMode=True)
        self.balls.setGLOptions("translucent")
        self._balls_added = False
        self._height = (0.0, 1.0, False)

    def set_surface(self, surface: Surface, log_scale: bool) -> None:
        if surface.dim != 2:
            return
        xs, ys, z = surface.grid(MESH_RESOLUTION)
        shown = heat_values(z, log_scale).astype(float)
        finite = shown[np.isfinite(shown)]
        lo, hi = np.percentile(finite, [0, 99]) if finite.size else (0.0, 1.0)
        hi = hi if hi > lo else lo + 1
        self._height = (lo, hi, log_scale)
        self._z_min = float(np.nanmin(z)) if finite.size else 0.0
        undefined = np.isnan(shown)
        heights = self._to_height(np.clip(np.nan_to_num(shown, nan=lo), lo, hi))
        (x0, x1), (y0, y1) = surface.domain
        self._xy = (x0, x1, y0, y1)
        colors = HEATMAP.map((np.clip(np.nan_to_num(shown, nan=lo), lo, hi) - lo) / (hi - lo),
                             mode="float")
        colors[undefined] = np.array(UNDEFINED_BASE, dtype=float) / 255
        if self.mesh is not None:
            self.removeItem(self.mesh)
        self.mesh = gl.GLSurfacePlotItem(
            x=self.to_x(xs), y=self.to_y(ys), z=heights.T,
            # one colour per vertex in (x, y) order, flattened: MeshData indexes it by face
            colors=np.ascontiguousarray(
                colors.reshape(len(ys), len(xs), 4).transpose(1, 0, 2).reshape(-1, 4),
                dtype=np.float32),
            shader=None, smooth=False, drawEdges=False)
        self.mesh.setGLOptions("opaque")
        self.addItem(self.mesh)

    def to_x(self, x: np.ndarray) -> np.ndarray:
        """Scene x of surface x (the surface's domain fills a unit square around 0)."""
        x0, x1, _, _ = self._xy
        return (np.asarray(x) - x0) / (x1 - x0) - 0.5

    def to_y(self, y: np.ndarray) -> np.ndarray:
        """Scene y of surface y."""
        _, _, y0, y1 = self._xy
        return (np.asarray(y) - y0) / (y1 - y0) - 0.5

    def _to_height(self, shown: np.ndarray) -> np.ndarray:
        lo, hi, _ = self._height
        return 0.6 * (np.clip(shown, lo, hi) - lo) / (hi - lo)

    def height_of_loss(self, loss: np.ndarray) -> np.ndarray:
        """Scene height of a loss, on the mesh's (log) scale, a little above the surface."""
        _lo, hi, log_scale = self._height
        shown = np.log10(loss - self._z_min + 1e-3) if log_scale else loss
        return self._to_height(np.nan_to_num(shown, nan=hi)) + 0.01

    def set_racers(self, colors: list[str]) -> None:
        for trail in self.trails:
            self.removeItem(trail)
        self.trails = []
        for color in colors:
            # not smoothed: llvmpipe (Mesa under Xvfb) drew smoothed 2-px lines slower than the
            # whole mesh
            trail = gl.GLLinePlotItem(color=pg.mkColor(color).getRgbF(), width=2, antialias=False)
            self.addItem(trail)
            self.trails.append(trail)
        self._colors = [pg.mkColor(c).getRgbF() for c in colors]

    def update_race(self, race: Race) -> None:
        if race.surface.dim != 2 or self.mesh is None:
            return
        balls, colors = [], []
        for k, track in enumerate(race.tracks):
            shown = trail_indices(track.length, TRAIL_POINTS)  # a projection: a stride will do
            points, losses = track.points[0, shown], track.losses[0, shown]
            xyz = np.column_stack([self.to_x(points[:, 0]), self.to_y(points[:, 1]),
                                   self.height_of_loss(losses)])
            self.trails[k].setData(pos=np.ascontiguousarray(xyz, dtype=np.float32))
            balls.append(xyz[-1])
            colors.append(self._colors[k])
        if balls:
            self.balls.setData(pos=np.array(balls, dtype=np.float32),
                               color=np.array(colors, dtype=np.float32))
            if not self._balls_added:
                self.addItem(self.balls)
                self._balls_added = True
