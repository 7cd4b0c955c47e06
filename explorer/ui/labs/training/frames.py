"""What the Boundary tab shows, computed from a snapshot on the worker thread.

The training thread reports a snapshot ~30 times a second; turning its output grid into what is
painted (an RGB heatmap, the 0.5 contour, the neuron-map mosaic, all in the data's own units)
is a millisecond of numpy that would otherwise run on the GUI thread, where every millisecond
competes with Keras for the interpreter. So the job's report function wraps each snapshot in a
:class:`Frame` made by :class:`FramePainter`, and the GUI only hands them to its plot items.

The heatmap and the contour arrive as a ``QImage`` and a ``QPainterPath``, Qt value types made
for use outside the GUI thread: the GUI shows them with plain Qt items, which Qt paints in C++
without calling back into Python (a pyqtgraph ``ImageItem`` converted the float image to pixels
and painted it in Python on every frame). No widget and no ``QPixmap`` is touched here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage, QPainterPath

from explorer.core.data import Dataset
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.labs.training.common import BINARY_LUT, SEQUENTIAL_LUT, class_colour
from explorer.ui.labs.training.data_settings import raw_features
from explorer.ui.widgets.colours import tint

Extent = tuple[tuple[float, float], tuple[float, float]]
LUT_FLOAT = SEQUENTIAL_LUT.astype(np.float32) / 255.0
MAX_MAPS = 32


def packed(rgb: np.ndarray) -> NDArray[np.uint32]:
    """uint8 (or 0–255) RGB → 0xFFRRGGBB, the pixel layout of ``QImage.Format_RGB32``."""
    channels = np.asarray(rgb).astype(np.uint32)
    return 0xFF000000 | channels[..., 0] << 16 | channels[..., 1] << 8 | channels[..., 2]


BINARY_PIXELS = packed(BINARY_LUT)
SEQUENTIAL_PIXELS = packed(SEQUENTIAL_LUT)


@dataclass(frozen=True, eq=False)
class Frame:
    """A snapshot plus its Boundary-tab pictures (None when the data is not 2-D)."""

    snapshot: TrainingSnapshot
    picture: QImage | None = None  # the heatmap, row 0 first (the bottom of the plot)
    rect: tuple[float, float, float, float] | None = None  # x, y, width, height (data units)
    contour: QPainterPath | None = None  # the p = 0.5 line (binary classification)
    what: str = ""  # what the colours mean
    # ``what`` as a template marked for translation (context "Frames") and its values
    what_template: str = ""
    what_values: tuple[tuple[str, str], ...] = ()

    @property
    def n_maps(self) -> int:
        """Neurons in the first hidden layer (0: no hidden layer)."""
        maps = self.snapshot.hidden_maps
        return 0 if maps is None else len(maps)

    @cached_property
    def mosaic(self) -> tuple[np.ndarray, int] | None:
        """The first hidden layer's maps as one float RGB image, and maps per row. Made when
        first asked for: the lab shows the maps at its slower rate, not at every frame."""
        maps = self.snapshot.hidden_maps
        return None if maps is None else hidden_mosaic(maps[:MAX_MAPS])


def lut_pixels(values: np.ndarray, lut: NDArray[np.uint32], low: float, high: float
               ) -> NDArray[np.uint32]:
    """Values → RGB32 pixels through a 256-entry colour table."""
    scaled = (values - low) * np.float32(255.0 / ((high - low) or 1.0))
    return lut[np.fmin(np.fmax(scaled, 0), 255).astype(np.intp)]  # fmax: NaN → 0 (low)


def picture_of(pixels: NDArray[np.uint32]) -> QImage:
    """RGB32 pixels (row 0 first) as an image that owns its copy of them."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint32)
    height, width = pixels.shape
    return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGB32).copy()


def segments_path(x: np.ndarray, y: np.ndarray) -> QPainterPath:
    """Line segments (points 0–1, 2–3, …) as one path."""
    return pg.arrayToQPath(x, y, connect="pairs") if len(x) else QPainterPath()


def tinted_rgb(k: int, amount: float = 0.6) -> NDArray[np.float32]:
    """A class's tinted colour as float RGB in 0–1."""
    return np.asarray(tint(class_colour(k), amount), dtype=np.float32) / 255.0


def iso_segments(z: np.ndarray, level: float, extent: Extent
                 ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Marching squares, vectorised: the level set of a row-major image ``z`` (rows go up in y)
    over ``extent`` as line segments for ``connect="pairs"`` (x, y arrays of even length).

    Only the cells the line crosses are interpolated (a few hundred of 6,400 at 80 × 80), a
    fraction of a millisecond. Saddle cells are split by the cell centre's value.
    """
    z = np.asarray(z, dtype=np.float64)
    ny, nx = z.shape
    if ny < 2 or nx < 2:
        return np.empty(0), np.empty(0)
    above = z > level
    corners = (above[:-1, :-1].astype(np.uint8) | above[:-1, 1:] << 1 | above[1:, 1:] << 2
               | above[1:, :-1] << 3)  # a (bottom-left), b, c (top-right), d
    rows, cols = np.nonzero((corners != 0) & (corners != 15))
    if len(rows) == 0:
        return np.empty(0), np.empty(0)
    (x0, x1), (y0, y1) = extent
    dx, dy = (x1 - x0) / (nx - 1), (y1 - y0) / (ny - 1)
    a, b = z[rows, cols], z[rows, cols + 1]
    c, d = z[rows + 1, cols + 1], z[rows + 1, cols]
    xl, yb = x0 + cols * dx, y0 + rows * dy

    def t(p: np.ndarray, q: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.clip(np.where(q != p, (level - p) / (q - p), 0.5), 0.0, 1.0)

    # Crossing points on the edges: bottom (a→b), right (b→c), top (d→c), left (a→d).
    ex = np.stack([xl + t(a, b) * dx, xl + dx, xl + t(d, c) * dx, xl], axis=1)
    ey = np.stack([yb, yb + t(b, c) * dy, yb + dy, yb + t(a, d) * dy], axis=1)
    bits = corners[rows, cols]
    aa, bb, cc, dd = (bits & 1) > 0, (bits & 2) > 0, (bits & 4) > 0, (bits & 8) > 0
    crossed = np.stack([aa != bb, bb != cc, dd != cc, aa != dd], axis=1)
    count = crossed.sum(axis=1)
    xs_out, ys_out = [], []
    two = count == 2
    if two.any():
        index = np.nonzero(crossed[two])  # two edges per cell, in edge order
        xs_out.append(ex[two][index])
        ys_out.append(ey[two][index])
    four = count == 4
    if four.any():
        centre = (a + b + c + d)[four] / 4 > level
        joined = centre == aa[four]  # a and c meet through the middle: cut off b and d
        pairs = np.where(joined[:, None], np.array([0, 1, 2, 3]), np.array([0, 3, 1, 2]))
        index = np.arange(len(pairs))[:, None]
        xs_out.append(ex[four][index, pairs].ravel())
        ys_out.append(ey[four][index, pairs].ravel())
    if not xs_out:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs_out), np.concatenate(ys_out)


def hidden_mosaic(maps: np.ndarray, gap: int = 2) -> tuple[np.ndarray, int]:
    """(n, m, m) activation maps as one RGB mosaic (float 0–1, white gaps), each map scaled to
    its own range and coloured with cividis; rows of the maps go up in y like the plot."""
    n, m = maps.shape[0], maps.shape[1]
    columns = max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / columns)
    flat = maps.reshape(n, -1)
    lo, hi = flat.min(axis=1)[:, None], flat.max(axis=1)[:, None]
    span = np.where(hi - lo > 1e-12, hi - lo, np.inf)
    index = np.clip((flat - lo) / span * 255, 0, 255)
    index = np.where(np.isfinite(index), index, 127).astype(np.intp).reshape(n, m, m)[:, ::-1]
    cells = np.ones((rows * columns, m + gap, m + gap, 3), dtype=np.float32)
    cells[:n, :m, :m] = LUT_FLOAT[index]
    mosaic = cells.reshape(rows, columns, m + gap, m + gap, 3).transpose(0, 2, 1, 3, 4)
    mosaic = mosaic.reshape(rows * (m + gap), columns * (m + gap), 3)[:-gap, :-gap]
    return np.ascontiguousarray(mosaic), columns


def to_raw(data: Dataset, extent: Extent) -> Extent:
    """A box in the model's inputs as a box in the data's own units."""
    (x0, x1), (y0, y1) = extent
    lo = raw_features(data, np.array([[x0, y0]]))[0]
    hi = raw_features(data, np.array([[x1, y1]]))[0]
    return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))


def value_levels(data: Dataset) -> tuple[float, float]:
    """Colour scale of a 2-D regression: the targets' range."""
    y = np.concatenate([data.y_train, data.y_test]).astype(np.float64)
    lo, hi = float(y.min()), float(y.max())
    return (lo - 0.5, hi + 0.5) if hi - lo < 1e-9 else (lo, hi)


class FramePainter:
    """Makes :class:`Frame` s for one data set (called on the worker thread)."""

    def __init__(self, data: Dataset) -> None:
        self.data = data
        self.levels = value_levels(data) if data.task == "regression" else (0.0, 1.0)
        self.colours: np.ndarray | None = None

    def __call__(self, snapshot: TrainingSnapshot) -> Frame:
        data, grid = self.data, snapshot.grid
        if grid is None or snapshot.grid_extent is None or not data.is_2d:
            return Frame(snapshot)
        extent = to_raw(data, snapshot.grid_extent)
        (x0, x1), (y0, y1) = extent
        contour = None
        if grid.ndim == 3:  # class probabilities → blended class colours
            if self.colours is None or len(self.colours) != grid.shape[2]:
                self.colours = np.stack([tinted_rgb(k) for k in range(grid.shape[2])])
            pixels = packed(np.clip(grid, 0, 1) @ self.colours * 255.0)
            template = QT_TRANSLATE_NOOP("Frames", "colour: the class probabilities blended "
                                         "(pale = unsure)")
            values: dict[str, str] = {}
        elif data.task == "regression":
            pixels = lut_pixels(grid, SEQUENTIAL_PIXELS, *self.levels)
            template = QT_TRANSLATE_NOOP("Frames", "colour: the predicted value (cividis, same "
                                         "scale as the points)")
            values = {}
        else:
            pixels = lut_pixels(grid, BINARY_PIXELS, 0.0, 1.0)
            contour = segments_path(*iso_segments(grid, 0.5, extent))
            names = data.class_names
            template = QT_TRANSLATE_NOOP("Frames", "colour: P(class {one}), from {zero} (orange) "
                                         "through 0.5 (white) to {one} (blue)")
            values = {"zero": str(names[0]), "one": str(names[1])}
        return Frame(snapshot, picture_of(pixels), (x0, y0, x1 - x0, y1 - y0), contour,
                     template.format(**values), template, tuple(values.items()))
