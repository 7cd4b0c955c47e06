"""Trails decimated to the screen (issue 18): what is drawn stays within one pixel of the path.

``decimate`` is numpy only; it sits beside the views that use it, so its test sits with theirs.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.ui.labs.optimizer.decimate import DRAWN_POINTS, ScreenTrail


def _segment_distance(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance of each of ``points`` (n, 2) to each segment a[j]–b[j]: (n, segments)."""
    ab = b - a
    length2 = np.maximum((ab**2).sum(axis=1), 1e-300)
    t = ((points[:, None, :] - a[None]) * ab[None]).sum(axis=2) / length2
    nearest = a[None] + np.clip(t, 0, 1)[..., None] * ab[None]
    return np.linalg.norm(points[:, None, :] - nearest, axis=2)


def _to_polyline(samples: np.ndarray, line: np.ndarray) -> float:
    """The largest distance from ``samples`` to the polyline ``line``."""
    if len(line) == 1:
        return float(np.linalg.norm(samples - line[0], axis=1).max())
    return float(_segment_distance(samples, line[:-1], line[1:]).min(axis=1).max())


def _samples(line: np.ndarray, per_segment: int = 5) -> np.ndarray:
    """Points along every segment of ``line`` (its vertices included)."""
    if len(line) == 1:
        return line
    t = np.linspace(0, 1, per_segment)[:, None, None]
    return (line[:-1][None] * (1 - t) + line[1:][None] * t).reshape(-1, 2)


walks = st.integers(2, 400).flatmap(lambda n: arrays(
    np.float64, (n, 2), elements=st.floats(-3, 3, allow_nan=False, width=32)))


@settings(max_examples=60, deadline=None)
@given(steps=walks, pixel=st.tuples(st.floats(0.05, 2.0), st.floats(0.05, 2.0)))
def test_decimated_trail_keeps_its_ends_and_stays_within_a_pixel_of_the_path(steps, pixel):
    path = np.cumsum(steps, axis=0)  # a walk: steps from a fraction of a pixel to many
    kept = ScreenTrail().indices(path[None], pixel)[0]
    assert kept[0] == 0 and kept[-1] == len(path) - 1
    assert np.all(np.diff(kept) > 0)
    scale = np.asarray(pixel)  # measure in screen pixels
    full, drawn = path / scale, path[kept] / scale
    assert _to_polyline(_samples(drawn), full) <= 1.0 + 1e-9
    assert _to_polyline(_samples(full), drawn) <= 1.0 + 1e-9


@settings(max_examples=30, deadline=None)
@given(steps=walks, cuts=st.lists(st.integers(1, 400), max_size=6),
       pixel=st.tuples(st.floats(0.05, 2.0), st.floats(0.05, 2.0)))
def test_decimating_tail_by_tail_equals_decimating_at_once(steps, cuts, pixel):
    path = np.cumsum(steps, axis=0)[None]
    growing = ScreenTrail()
    for cut in sorted(min(c, path.shape[1]) for c in cuts):
        growing.indices(path[:, :cut], pixel)
    for kept, whole in zip(growing.indices(path, pixel), ScreenTrail().indices(path, pixel),
                           strict=True):
        np.testing.assert_array_equal(kept, whole)


def test_a_long_trail_draws_a_bounded_number_of_points():
    rng = np.random.default_rng(0)
    path = np.cumsum(rng.normal(scale=3.0, size=(1, 100_000, 2)), axis=1)  # every step > 1 px
    trail = ScreenTrail()
    for end in range(10_000, 100_001, 10_000):
        kept = trail.indices(path[:, :end], (1.0, 1.0))[0]
        assert kept[0] == 0 and kept[-1] == end - 1
        assert len(kept) <= DRAWN_POINTS
    crawl = np.cumsum(np.full((1, 100_000, 2), 2e-6), axis=1)  # 100,000 steps over 20 pixels
    assert len(ScreenTrail().indices(crawl, (0.01, 0.01))[0]) <= 2 * 20 / 0.5 + 2


def test_a_new_pixel_size_or_a_reset_starts_again():
    path = np.cumsum(np.full((2, 1000, 2), 0.01), axis=1)
    trail = ScreenTrail()
    coarse = trail.indices(path, (1.0, 1.0))
    fine = trail.indices(path, (0.01, 0.01))  # zoomed in: more points
    assert all(len(f) > len(c) for f, c in zip(fine, coarse, strict=True))
    shorter = trail.indices(path[:, :10], (0.01, 0.01))  # a reset: the history shrank
    np.testing.assert_array_equal(shorter[0], ScreenTrail().indices(path[:, :10], (0.01, 0.01))[0])


def test_an_export_draws_every_point_the_race_keeps(qapp):
    from types import SimpleNamespace

    from explorer.ui.labs.optimizer.views import Trail

    track = SimpleNamespace(points=np.cumsum(np.full((1, 5000, 2), 1e-3), axis=1))
    trail = Trail("#0072b2")
    trail.show(track, ScreenTrail().indices(track.points, (0.05, 0.05)))
    on_screen = len(trail.getData()[0])
    assert on_screen < 500
    trail.setExportMode(True, {})
    xs, ys = trail.getData()
    np.testing.assert_array_equal(np.column_stack([xs, ys]), track.points[0])
    trail.setExportMode(False)
    assert len(trail.getData()[0]) == on_screen
