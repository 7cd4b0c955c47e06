"""Frames for the Boundary tab, made on the worker thread: the heatmap's pixels and the 0.5
contour as Qt value types, checked against the numbers they come from."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QPainterPath

from explorer.core.data import datasets
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.nn.training import TrainingSession
from explorer.ui.export import image_to_array
from explorer.ui.labs.training.common import BINARY_LUT
from explorer.ui.labs.training.frames import (
    FramePainter,
    iso_segments,
    packed,
    picture_of,
    segments_path,
)


def test_packed_pixels_become_the_pictures_colours_row_for_row():
    rgb = np.random.default_rng(0).integers(0, 256, size=(7, 5, 3), dtype=np.uint8)
    picture = picture_of(packed(rgb))
    assert (picture.width(), picture.height()) == (5, 7)
    np.testing.assert_array_equal(image_to_array(picture), rgb)
    assert picture.pixelColor(0, 0).red() == rgb[0, 0, 0]  # row 0 is the first row


def test_a_picture_owns_its_pixels():
    pixels = packed(np.full((4, 4, 3), 127, dtype=np.uint8))
    picture = picture_of(pixels)
    pixels[:] = 0  # the worker's arrays may be reused or freed: the picture must not change
    assert picture.pixelColor(2, 2).green() == 127


def test_segments_path_draws_the_contour_segments():
    z = np.add.outer(np.linspace(-1, 1, 9), np.zeros(9))  # rows go up in y; level 0 at y = 0
    x, y = iso_segments(z, 0.0, ((0.0, 8.0), (-4.0, 4.0)))
    path = segments_path(x, y)
    assert path.elementCount() == len(x) == 16  # 8 cells crossed, 2 points each
    bounds = path.boundingRect()
    assert bounds.width() == 8.0 and abs(bounds.center().y()) < 1e-9
    moves = [path.elementAt(i).isMoveTo() for i in range(path.elementCount())]
    assert moves == [True, False] * 8  # pairs: each segment starts anew


def test_segments_path_of_nothing_is_empty():
    assert segments_path(np.empty(0), np.empty(0)) == QPainterPath()


@pytest.mark.keras
def test_a_frame_shows_the_models_probabilities_and_its_neurons():
    data = datasets.load("circle", n_samples=60, seed=0)
    spec = ModelSpec(hidden=(LayerSpec(5, "tanh"),), epochs=1, seed=0)
    snapshot = TrainingSession(spec, data).snapshot()
    frame = FramePainter(data)(snapshot)
    shown = image_to_array(frame.picture)
    assert shown.shape == (*snapshot.grid.shape, 3)
    index = np.clip(snapshot.grid * 255.0, 0, 255).astype(int)
    np.testing.assert_array_equal(shown, BINARY_LUT[index][..., :3])  # P(class 1) shaded
    assert frame.contour is not None and frame.n_maps == 5
    mosaic, columns = frame.mosaic
    assert columns == 3 and mosaic.shape == (2 * 32 + 2, 3 * 32 + 4, 3)
    assert frame.mosaic is frame.mosaic  # made once, when first asked for
