"""The loss on one plane through every racer's path: the first two principal components of all
the racers' weight trajectories together, centred on their common start.

Each racer's path is recorded at its start and after every epoch (``Comparison.trajectories``).
The plane's origin is the racers' shared initial weights, so every path starts at (0, 0) and
the picture compares where the optimizers went from the same point. How far each path lies off
the plane is reported per racer (relative to the farthest point's distance from the start), so
the view can say whether it shows the paths or their shadows. Run it between runs (idle or
paused): it reads the recorded paths, never the models.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.nn.compare.engine import Comparison
from explorer.core.nn.directions import pca_directions
from explorer.core.nn.landscape import READING, Landscape, iter_landscape
from explorer.core.nn.plane import Objective, Split
from explorer.core.progress import Job, Progress

__all__ = ["CompareLandscape", "iter_compare_landscape"]

MAX_SAMPLES = 2000  # a seeded subset of a large training split keeps a slice to seconds


@dataclass(frozen=True, eq=False)
class CompareLandscape:
    """A slice and each racer's path on it (slice coordinates, and each point's distance off
    the plane relative to the farthest point's distance from the common start)."""

    landscape: Landscape
    paths: tuple[np.ndarray, ...]
    residuals: tuple[np.ndarray, ...]
    labels: tuple[str, ...]

    def off_plane(self) -> tuple[float, ...]:
        """Each racer's largest distance off the plane (0 = on it, 1 = as far as it went)."""
        return tuple(float(r.max()) if len(r) else 0.0 for r in self.residuals)


def iter_compare_landscape(comparison: Comparison, *, resolution: int = 41, split: Split = "train",
                           ) -> Job[CompareLandscape]:
    """Compute the slice chunk by chunk (``iter_landscape``'s progress), then split its
    projected path into the racers' paths. ``comparison`` must have trained at least one
    epoch."""
    yield Progress(0.0, READING)
    trajectories = comparison.trajectories()
    recorded = [trajectory.snapshot() for trajectory in trajectories]
    if not all(len(points) > 1 for points, _ in recorded):
        raise ValueError("train the comparison for at least one epoch first: each racer's "
                         "path needs a point after its start")
    shapes = tuple(np.shape(w) for w in trajectories[0].weights(0))
    points = np.concatenate([p for p, _ in recorded])
    positions = np.concatenate([t for _, t in recorded])
    directions = pca_directions(points, points[0], shapes=shapes, seed=comparison.spec.seed)
    objective = Objective.from_session(comparison, split, max_samples=MAX_SAMPLES,
                                       seed=comparison.spec.seed)
    landscape = yield from iter_landscape(objective, directions, resolution=resolution,
                                          trajectory=points, positions=positions)
    cuts = np.cumsum([len(p) for p, _ in recorded])[:-1]
    assert landscape.path is not None and landscape.path_residual is not None
    return CompareLandscape(landscape, tuple(np.split(landscape.path, cuts)),
                            tuple(np.split(landscape.path_residual, cuts)),
                            tuple(r.label for r in comparison.racer_specs))
