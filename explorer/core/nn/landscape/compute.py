"""Computing a loss-landscape slice: ``L(a, b) = loss(origin + a·d1 + b·d2)`` on the training
(or test) split, with the directions of ``explorer.core.nn.directions`` and the batched
evaluation of ``explorer.core.nn.plane``. :func:`iter_landscape` computes a grid chunk by chunk
as a generator job: chunks are sized from a memory budget and from the measured time per point
(≈ 50 ms each), so a cancel (closing the generator between chunks) lands within 200 ms; the
one-off TensorFlow trace runs on a helper thread so even that does not hold a cancel up.
Nothing here touches the Keras model.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.nn.directions import (
    Directions,
    interpolation_direction,
    pca_directions,
    random_directions,
)
from explorer.core.nn.landscape.result import Landscape, LandscapePartial
from explorer.core.nn.landscape.settings import DEFAULT_ALPHA, LandscapeSettings
from explorer.core.nn.plane import MEMORY_BUDGET, Objective, Plane
from explorer.core.nn.trajectory import flatten
from explorer.core.progress import Job, Progress

CHUNK_SECONDS = 0.05  # target time per chunk: a cancel lands between chunks, well within 200 ms
FIRST_CHUNK = 4
DEFAULT_SPAN = 1.0
DEFAULT_SETTINGS = LandscapeSettings()  # frozen: one shared default

# A slice's title, marked for translation (the Training Lab rebuilds it from the Landscape's
# fields in the current language).
LANDSCAPE_TITLE = tr_noop("Landscape", "Loss landscape: {model} on {data} ({directions})")
READING = tr_noop("Landscape", "Loss landscape: reading the weights")
POINTS = tr_noop("Landscape", "Loss landscape: {total} points")
POINTS_DONE = tr_noop("Landscape", "Loss landscape: {done} of {total} points")
PROGRESS_MESSAGES = (READING, POINTS, POINTS_DONE)  # what the computation reports, marked
LANDSCAPE_TITLE_TEST = tr_noop("Landscape", "Loss landscape: {model} on {data} ({directions}, "
                               "test split)")


def make_directions(settings: LandscapeSettings, weights: Sequence[np.ndarray],
                    trajectory: np.ndarray | None = None) -> Directions:
    """The settings' directions around ``weights`` (the current ones, get_weights() order);
    PCA and interpolation need the recorded trajectory (n, n_params)."""
    if settings.kind == "random":
        return random_directions(weights, settings.seed, settings.bias)
    if trajectory is None or len(trajectory) == 0:
        raise ValueError(f"{settings.kind} directions need the recorded training path: train "
                         "the model (weights are recorded while it trains) and try again")
    shapes = tuple(np.shape(w) for w in weights)
    if settings.kind == "pca":
        return pca_directions(trajectory, weights, seed=settings.seed)
    return interpolation_direction(trajectory[0], flatten(weights), shapes=shapes)


def iter_session_landscape(session: Any, settings: LandscapeSettings = DEFAULT_SETTINGS,
                           **options: Any) -> Job[Landscape]:
    """:func:`iter_landscape` for a TrainingSession's current weights and recorded path (run it
    when training is not running, e.g. paused or finished). ``options`` go to iter_landscape."""
    yield Progress(0.0, READING)
    objective = Objective.from_session(session, settings.split,
                                       max_samples=settings.max_samples, seed=settings.seed)
    weights = session.model.get_weights()
    points, positions = session.trajectory.snapshot()
    directions = make_directions(settings, weights, points)
    span = settings.alpha if settings.kind == "interpolation" else settings.span
    return (yield from iter_landscape(objective, directions, span=span,
                                      resolution=settings.resolution, trajectory=points,
                                      positions=positions, **options))


def _domain(directions: Directions, span: Any, path: np.ndarray | None
            ) -> tuple[tuple[float, float], ...]:
    if directions.dim == 1:
        lo, hi = DEFAULT_ALPHA if span is None else span
        return ((float(lo), float(hi)),)
    if isinstance(span, (tuple, list)):
        return tuple((float(lo), float(hi)) for lo, hi in span)
    if span is None and directions.kind == "pca" and path is not None and len(path):
        lo, hi = np.minimum(path.min(axis=0), 0.0), np.maximum(path.max(axis=0), 0.0)
        margin = 0.25 * max(float(np.max(hi - lo)), 1e-6)
        return tuple((float(lo[i] - margin), float(hi[i] + margin)) for i in range(2))
    s = DEFAULT_SPAN if span is None else float(span)
    return ((-s, s), (-s, s))


def iter_landscape(objective: Objective, directions: Directions, *, span: Any = None,
                   resolution: int = 41, trajectory: np.ndarray | None = None,
                   positions: np.ndarray | None = None, memory_budget: int = MEMORY_BUDGET,
                   chunk_seconds: float = CHUNK_SECONDS) -> Job[Landscape]:
    """Compute a slice chunk by chunk, yielding ``Progress(fraction, message,
    partial=LandscapePartial)`` after each; returns the :class:`Landscape`.

    ``span``: half-width of the square (default 1; PCA default fits the projected path), or
    explicit ``((a0, a1), (b0, b1))``; for a line the α range (default −0.5 to 1.5).
    ``trajectory`` (n, n_params) with ``positions`` (epochs) is projected onto the slice.
    """
    began = time.perf_counter()
    if isinstance(resolution, bool) or not isinstance(resolution, int) or resolution < 2:
        raise ValueError(f"landscape: resolution must be an integer ≥ 2, not {resolution!r}")
    plane = Plane(objective, directions)
    path = residual = None
    if trajectory is not None and len(trajectory):
        path, residual = directions.project(trajectory)
    domain = _domain(directions, span, path)
    for lo, hi in domain:
        if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
            raise ValueError(f"landscape: a span must go from low to high, not {domain}")
    axes = [np.linspace(lo, hi, int(resolution)) for lo, hi in domain]
    a, b = axes[0], axes[1] if len(axes) == 2 else None
    grid_a, grid_b = np.meshgrid(a, b) if b is not None else (a, None)
    evaluator = plane.evaluator("float32")
    coeffs = evaluator.coefficients(grid_a.ravel(), None if grid_b is None else grid_b.ravel())
    shape, total = grid_a.shape, len(coeffs)
    loss = np.full(total, np.nan, dtype=np.float32)
    accuracy = np.full(total, np.nan, dtype=np.float32) if objective.accuracy else None
    limit = evaluator.max_chunk(memory_budget)
    size, done = min(FIRST_CHUNK, limit), 0
    yield Progress(0.0, POINTS.format(total=f"{total:,}"))
    yield from in_background(evaluator.prepare, "Loss landscape: preparing TensorFlow")
    while done < total:
        t0 = time.perf_counter()
        values, hits = evaluator.evaluate(coeffs[done:done + size])
        elapsed = time.perf_counter() - t0
        loss[done:done + len(values)] = values
        if accuracy is not None and hits is not None:
            accuracy[done:done + len(values)] = hits
        done += len(values)
        size = int(min(limit, max(1, chunk_seconds * len(values) / max(elapsed, 1e-6))))
        partial = LandscapePartial(a, b, loss.reshape(shape).copy(), None if accuracy is None
                                   else accuracy.reshape(shape).copy(), done, total)
        yield Progress(done / total, POINTS_DONE.format(done=f"{done:,}", total=f"{total:,}"),
                       partial=partial)
    grid = loss.reshape(shape)
    centre = (1.0,) if directions.kind == "interpolation" else (0.0,) * directions.dim
    minimum, minimum_loss, refined = _grid_minimum(axes, grid)
    extra = np.array([centre, refined, *(() if path is None else path)], dtype=np.float64)
    extra_loss, extra_acc = plane.evaluate(*extra.T)  # centre, refined minimum, path points
    if np.isfinite(extra_loss[1]) and not extra_loss[1] >= minimum_loss:
        minimum, minimum_loss = refined, float(extra_loss[1])
    template = LANDSCAPE_TITLE_TEST if objective.split == "test" else LANDSCAPE_TITLE
    title = template.format(model=objective.label, data=objective.data_name,
                            directions=directions.title)
    return Landscape(
        kind=directions.kind, a=a, b=b, loss=grid,
        accuracy=None if accuracy is None else accuracy.reshape(shape), domain=domain,
        resolution=int(resolution), split=objective.split, seed=directions.seed,
        bias=directions.bias, centre=centre, centre_loss=float(extra_loss[0]),
        centre_accuracy=None if extra_acc is None else float(extra_acc[0]), minimum=minimum,
        minimum_loss=minimum_loss, path=path, path_loss=None if path is None else extra_loss[2:],
        path_positions=None if path is None or positions is None else np.asarray(positions),
        path_residual=residual, explained_variance=directions.explained_variance, title=title,
        model_label=objective.label, data_name=objective.data_name,
        seconds=time.perf_counter() - began, plane=plane)


def in_background(action: Callable[[], Any], message: str,
                  fraction: float = 0.0) -> Generator[Progress, None, Any]:
    """Run ``action`` on a helper thread, yielding every 50 ms meanwhile, and return its
    result: a one-off TensorFlow trace cannot be interrupted, but closing the generator still
    returns at once (the trace finishes in the background and is kept for next time)."""
    outcome: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # handed to the generator's thread
            failure.append(error)

    thread = threading.Thread(target=run, name="landscape-prepare", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
        if thread.is_alive():
            yield Progress(fraction, message)
    if failure:
        raise failure[0]
    return outcome[0]


def compute_landscape(objective: Objective, directions: Directions, **options: Any) -> Landscape:
    """:func:`iter_landscape` run to the end (CLI, tests, bench)."""
    from explorer.core.progress import run_to_end

    return run_to_end(iter_landscape(objective, directions, **options))


def _grid_minimum(axes: list[np.ndarray], grid: np.ndarray
                  ) -> tuple[tuple[float, ...], float, tuple[float, ...]]:
    """(lowest grid point, its value, that point moved to the vertex of a parabola through its
    neighbours along each axis). Axis d of the slice is array axis ``ndim − 1 − d``."""
    finite = np.where(np.isfinite(grid), grid, np.inf)
    if not np.isfinite(finite).any():
        middle = tuple(float(ax[len(ax) // 2]) for ax in axes)
        return middle, math.nan, middle
    index = np.unravel_index(np.argmin(finite), grid.shape)
    lowest, refined = [], []
    for d, ax in enumerate(axes):
        axis = grid.ndim - 1 - d
        i = int(index[axis])
        lowest.append(float(ax[i]))
        shift = 0.0
        if 0 < i < len(ax) - 1:
            left, mid, right = (finite[tuple(i + k if n == axis else index[n]
                                             for n in range(grid.ndim))] for k in (-1, 0, 1))
            curve = left - 2 * mid + right
            if np.isfinite(curve) and curve > 0:
                shift = float(np.clip(0.5 * (left - right) / curve, -0.5, 0.5)) * (ax[1] - ax[0])
        refined.append(lowest[-1] + shift)
    return tuple(lowest), float(finite[index]), tuple(refined)


def with_trajectory(landscape: Landscape, trajectory: np.ndarray,
                    positions: np.ndarray | None = None) -> Landscape:
    """The same slice with another recorded path projected onto it (no recomputation)."""
    if landscape.plane is None:
        raise ValueError("this landscape has no directions to project onto (loaded from a file)")
    path, residual = landscape.plane.directions.project(trajectory)
    return replace(landscape, path=path, path_residual=residual,
                   path_loss=landscape.plane.evaluate(*path.T)[0],
                   path_positions=None if positions is None else np.asarray(positions))
