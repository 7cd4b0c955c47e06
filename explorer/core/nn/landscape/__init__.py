"""The loss landscape of a Training Lab model: L(θ) on a plane (or a line) through weight space.

``compute`` computes a slice as a generator job (cancel within 200 ms), ``result`` holds it
(and its ``.npz`` file), ``settings`` is the form scenes store, ``surface`` makes a slice a
surface of the Optimizer Lab. Importing this package imports no TensorFlow.

For the UI worker (``explorer.ui.worker``)::

    settings = LandscapeSettings(kind="random", span=1.0, resolution=41, split="train", seed=0)
    worker.start(lambda: iter_session_landscape(session, settings),
                 partial=view.show_partial,      # LandscapePartial: loss grid, NaN = not yet
                 succeeded=view.show_landscape)  # Landscape
    landscape.save_npz(path)                     # the grid, atomically
    surface = landscape_surface(landscape)       # a Surface for the Optimizer Lab

The surface's ``grid()`` resamples the computed grid (no network evaluation); ``value`` and
``gradient`` (what racers call) go through TensorFlow in float64, the gradient by autodiff.
"""

from explorer.core.nn.landscape.compute import (
    CHUNK_SECONDS,
    LANDSCAPE_TITLE,
    LANDSCAPE_TITLE_TEST,
    POINTS,
    POINTS_DONE,
    PROGRESS_MESSAGES,
    READING,
    compute_landscape,
    in_background,
    iter_landscape,
    iter_session_landscape,
    make_directions,
    with_trajectory,
)
from explorer.core.nn.landscape.result import Landscape, LandscapePartial
from explorer.core.nn.landscape.settings import WHERE, LandscapeSettings
from explorer.core.nn.landscape.surface import landscape_surface
from explorer.core.nn.plane import MEMORY_BUDGET, Objective, Plane, naive_grid

__all__ = ["CHUNK_SECONDS", "LANDSCAPE_TITLE", "LANDSCAPE_TITLE_TEST", "MEMORY_BUDGET", "POINTS",
           "POINTS_DONE", "PROGRESS_MESSAGES", "READING", "WHERE", "Landscape",
           "LandscapePartial", "LandscapeSettings", "Objective", "Plane", "compute_landscape",
           "in_background", "iter_landscape", "iter_session_landscape", "landscape_surface",
           "make_directions", "naive_grid", "with_trajectory"]
