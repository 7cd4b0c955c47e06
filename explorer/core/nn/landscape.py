"""The loss landscape of a Training Lab model: L(θ) on a plane (or a line) through weight space.

A slice is ``L(a, b) = loss(origin + a·d1 + b·d2)`` on the training (or test) split, with the
directions of ``explorer.core.nn.directions`` (random filter-normalised, PCA of the recorded
path, or the initial → final line) and the batched evaluation of ``explorer.core.nn.plane``.
:func:`iter_landscape` computes a grid chunk by chunk as a generator job: chunks are sized from a
memory budget and from the measured time per point (≈ 50 ms each), so a cancel (closing the
generator between chunks) lands within 200 ms; the one-off TensorFlow trace runs on a helper
thread so even that does not hold a cancel up. Nothing here touches the Keras model.

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

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.nn.directions import (
    AXIS_NAMES,
    BIAS_MODES,
    KINDS,
    BiasMode,
    Directions,
    Kind,
    interpolation_direction,
    pca_directions,
    random_directions,
)
from explorer.core.nn.plane import (
    MEMORY_BUDGET,
    SPLITS,
    Objective,
    Plane,
    SliceFunction,
    Split,
    naive_grid,
)
from explorer.core.nn.trajectory import flatten
from explorer.core.progress import Job, Progress
from explorer.core.scene import AT, UNKNOWN_FIELD, SceneError, problem_at

__all__ = ["CHUNK_SECONDS", "MEMORY_BUDGET", "Landscape", "LandscapePartial", "LandscapeSettings",
           "Objective", "Plane", "compute_landscape", "in_background", "iter_landscape",
           "iter_session_landscape", "landscape_surface", "make_directions", "naive_grid",
           "with_trajectory"]

CHUNK_SECONDS = 0.05  # target time per chunk: a cancel lands between chunks, well within 200 ms
FIRST_CHUNK = 4
DEFAULT_SPAN = 1.0
DEFAULT_ALPHA = (-0.5, 1.5)
MAX_RESOLUTION = 401
WHERE = "landscape"  # the scene path of the settings, in their errors


@dataclass(frozen=True, eq=False)
class LandscapePartial:
    """A grid while it is computed: NaN where no value yet (rows fill in order)."""

    a: np.ndarray
    b: np.ndarray | None
    loss: np.ndarray
    accuracy: np.ndarray | None
    done: int
    total: int


# A slice's title, marked for translation (the Training Lab rebuilds it from the Landscape's
# fields in the current language).
LANDSCAPE_TITLE = tr_noop("Landscape", "Loss landscape: {model} on {data} ({directions})")
READING = tr_noop("Landscape", "Loss landscape: reading the weights")
POINTS = tr_noop("Landscape", "Loss landscape: {total} points")
POINTS_DONE = tr_noop("Landscape", "Loss landscape: {done} of {total} points")
PROGRESS_MESSAGES = (READING, POINTS, POINTS_DONE)  # what the computation reports, marked
LANDSCAPE_TITLE_TEST = tr_noop("Landscape", "Loss landscape: {model} on {data} ({directions}, "
                               "test split)")

_SCALARS = ("kind", "domain", "resolution", "split", "seed", "bias", "centre", "centre_loss",
            "centre_accuracy", "minimum", "minimum_loss", "explained_variance", "title",
            "model_label", "data_name", "seconds")
_ARRAYS = ("a", "b", "loss", "accuracy", "path", "path_loss", "path_positions", "path_residual")
NPZ_VERSION = 1


@dataclass(frozen=True, eq=False)
class Landscape:
    """A computed slice. ``loss[j, i] = L(a[i], b[j])`` (rows go up in b, like
    ``Surface.grid``), float32; a line has ``b = None`` and ``loss[i] = L(a[i])``.

    ``centre`` is where the current weights are ((0, 0) on a plane, α = 1 on the line),
    ``minimum`` the lowest point of the slice (the grid's, refined when a local quadratic
    finds a lower value). ``path`` is the recorded trajectory in slice coordinates (T, dim),
    ``path_loss`` L at those (projected) coordinates, for drawing the path on the surface,
    ``path_residual`` each point's distance from the slice relative to the farthest point's
    distance from the origin (≈ 0 for PCA directions, ≈ 1 for random ones). ``plane``
    evaluates the slice anywhere (None after :meth:`load_npz`).
    """

    kind: Kind
    a: np.ndarray
    b: np.ndarray | None
    loss: np.ndarray
    accuracy: np.ndarray | None
    domain: tuple[tuple[float, float], ...]
    resolution: int
    split: str
    seed: int | None
    bias: str | None
    centre: tuple[float, ...]
    centre_loss: float
    centre_accuracy: float | None
    minimum: tuple[float, ...]
    minimum_loss: float
    path: np.ndarray | None
    path_loss: np.ndarray | None
    path_positions: np.ndarray | None
    path_residual: np.ndarray | None
    explained_variance: tuple[float, float] | None
    title: str
    model_label: str
    data_name: str
    seconds: float
    plane: Plane | None = field(default=None, repr=False)

    @property
    def dim(self) -> int:
        return 1 if self.b is None else 2

    @property
    def start(self) -> tuple[float, ...]:
        """Where the recorded training began, in slice coordinates (else the centre)."""
        if self.path is not None and len(self.path):
            return tuple(float(c) for c in self.path[0])
        return self.centre

    def save_npz(self, path: str | os.PathLike[str]) -> Path:
        """Write the grid and everything needed to redraw it as ``.npz``, atomically."""
        target = Path(path)
        if not target.parent.is_dir():
            raise OSError(f"{target.parent}: no such folder")
        arrays = {name: getattr(self, name) for name in _ARRAYS if getattr(self, name) is not None}
        meta = {name: getattr(self, name) for name in _SCALARS}
        meta["version"] = NPZ_VERSION
        handle, temp = tempfile.mkstemp(suffix=".npz", dir=target.parent, prefix=".saving-")
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez_compressed(stream, meta=np.array(json.dumps(meta)), **arrays)
            os.replace(temp, target)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        return target

    @classmethod
    def load_npz(cls, path: str | os.PathLike[str]) -> Landscape:
        """Read what :meth:`save_npz` wrote (without ``plane``); ValueError if it is not one."""
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                arrays = {name: data.get(name) for name in _ARRAYS}
        except (OSError, KeyError, ValueError) as error:
            raise ValueError(f"{Path(path).name}: not a loss-landscape file ({error})") from None
        if meta.pop("version", None) != NPZ_VERSION:
            raise ValueError(f"{Path(path).name}: unknown loss-landscape file version")
        meta["domain"] = tuple(tuple(r) for r in meta["domain"])
        for name in ("centre", "minimum", "explained_variance"):
            if meta[name] is not None:
                meta[name] = tuple(meta[name])
        return cls(**meta, **arrays)


@dataclass(frozen=True)
class LandscapeSettings:
    """The landscape form: direction kind, span (half-width; None = 1 for random directions, fit
    the path for PCA), resolution per axis, split, seed and bias handling (random), the line's
    α range (interpolation), and at most ``max_samples`` samples of the split (None = all; a
    seeded subset keeps MNIST-sized slices quick). Invalid settings raise a SceneError (a
    ValueError) naming the field."""

    kind: Kind = "random"
    span: float | None = None
    resolution: int = 41
    split: Split = "train"
    seed: int = 0
    bias: BiasMode = "zero"
    alpha: tuple[float, float] = DEFAULT_ALPHA
    max_samples: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "alpha", tuple(float(v) for v in self.alpha))
        checks = [
            (self.kind in KINDS, tr_noop("Scenes", "kind must be one of {choices}, not {value}"),
             {"choices": ", ".join(KINDS), "value": repr(self.kind)}),
            (self.span is None or (isinstance(self.span, (int, float)) and math.isfinite(
                self.span) and self.span > 0), tr_noop("Scenes", "span must be a number > 0, not "
                                                                 "{value}"),
             {"value": repr(self.span)}),
            (isinstance(self.resolution, int) and 3 <= self.resolution <= MAX_RESOLUTION,
             tr_noop("Scenes", "resolution must be an integer 3–{most}, not {value}"),
             {"most": MAX_RESOLUTION, "value": repr(self.resolution)}),
            (self.split in SPLITS, tr_noop("Scenes", "split must be 'train' or 'test', not "
                                                     "{value}"), {"value": repr(self.split)}),
            (isinstance(self.seed, int) and 0 <= self.seed < 2**32,
             tr_noop("Scenes", "seed must be an integer 0–4294967295, not {value}"),
             {"value": repr(self.seed)}),
            (self.bias in BIAS_MODES, tr_noop("Scenes", "bias must be 'zero' or 'normalize', not "
                                                        "{value}"), {"value": repr(self.bias)}),
            (len(self.alpha) == 2 and all(map(math.isfinite, self.alpha))
             and self.alpha[0] < self.alpha[1],
             tr_noop("Scenes", "alpha must be (low, high), not {value}"), {"value": self.alpha}),
            (self.max_samples is None or (isinstance(self.max_samples, int)
                                          and self.max_samples >= 1),
             tr_noop("Scenes", "max_samples must be a positive integer or None, not {value}"),
             {"value": repr(self.max_samples)}),
        ]
        for ok, template, values in checks:
            if not ok:
                raise problem_at(WHERE, template, **values)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LandscapeSettings:
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise problem_at(WHERE, UNKNOWN_FIELD, name=repr(unknown[0]))
        try:
            return cls(**data)
        except TypeError as error:  # e.g. alpha not a pair (Python's words, not translated)
            raise SceneError(AT, where=WHERE, problem=error) from None


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


def iter_session_landscape(session: Any, settings: LandscapeSettings = LandscapeSettings(),
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


# --- the slice as a surface of the Optimizer Lab ------------------------------------------------


def _learning_rate(axes: list[np.ndarray], grid: np.ndarray) -> float:
    """1 / the largest second difference of the grid, rounded down to one significant digit."""
    curvatures = []
    with np.errstate(all="ignore"):
        for d, ax in enumerate(axes):
            z = np.moveaxis(grid.astype(np.float64), grid.ndim - 1 - d, 0)
            if len(ax) >= 3:
                curvatures.append(np.abs(z[2:] - 2 * z[1:-1] + z[:-2]).ravel()
                                  / (ax[1] - ax[0]) ** 2)
    values = np.concatenate(curvatures) if curvatures else np.empty(0)
    values = values[np.isfinite(values)]
    if not values.size or values.max() <= 0:
        return 0.1
    rate = min(1.0, max(1e-6, 1.0 / float(values.max())))
    magnitude = 10.0 ** math.floor(math.log10(rate))
    return float(math.floor(rate / magnitude * (1 + 1e-9)) * magnitude)


def landscape_surface(source: Landscape | Plane, *, start: Any = "auto",
                      domain: Sequence[tuple[float, float]] | None = None,
                      prepare: bool = False) -> Any:
    """The slice as an ``explorer.core.surfaces.catalogue.Surface`` the Optimizer Lab can race on.

    ``start``: "auto" (PCA/interpolation: where the recorded training began; random: 80 % of
    the way from the centre to the top-left corner), "origin" (the current weights),
    "trajectory", "corner" or a point. A :class:`Landscape` gives the domain, the minimum, the
    learning rate and colour scale from its grid, and ``grid()`` resamples that grid; a bare
    :class:`Plane` needs ``domain`` and evaluates everything.

    The first ``value``/``gradient`` call traces a TensorFlow function (≈ 0.5 s, once per model
    shape per process); ``prepare=True`` does it now (call it on a worker thread then).
    """
    from explorer.core.surfaces import Surface

    landscape = source if isinstance(source, Landscape) else None
    plane = source.plane if isinstance(source, Landscape) else source
    if plane is None:
        raise ValueError("this landscape was loaded from a file and has no model to evaluate; "
                         "compute it again to race on it")
    directions, objective = plane.directions, plane.objective
    dim = directions.dim
    if landscape is not None:
        bounds = tuple(domain or landscape.domain)
        axes = [landscape.a] if landscape.b is None else [landscape.a, landscape.b]
        precomputed = (landscape.a, landscape.b, landscape.loss)
        grid, minima = landscape.loss, (landscape.minimum,)
    elif domain is not None:
        bounds, precomputed, minima = tuple(domain), None, ()
        axes = [np.linspace(lo, hi, 21) for lo, hi in bounds]
        grid = plane.evaluate(*np.meshgrid(*axes))[0] if dim == 2 else plane.evaluate(axes[0])[0]
    else:
        raise ValueError("a Plane needs a domain to become a surface")
    bounds = tuple((float(lo), float(hi)) for lo, hi in bounds)
    centre = np.array([(lo + hi) / 2 for lo, hi in bounds])
    corner = np.array([bounds[0][0]] + ([bounds[1][1]] if dim == 2 else []))
    path_start = landscape.start if landscape is not None else tuple(np.zeros(dim))
    if start == "auto":
        start = "corner" if directions.kind == "random" else "trajectory"
    origin = (1.0,) if directions.kind == "interpolation" else (0.0,) * dim
    point = {"origin": origin, "trajectory": path_start,
             "corner": tuple(centre + 0.8 * (corner - centre))}.get(start, start)
    finite = grid[np.isfinite(grid)]
    log_scale = False
    if finite.size:
        lowest, typical = float(finite.min()), float(np.median(finite) - finite.min())
        log_scale = bool(typical > 0 and np.percentile(finite, 99) - lowest > 10 * typical)
    function = SliceFunction(plane)
    if prepare:
        function.evaluator.prepare(gradient=True)
    names = "a, b" if dim == 2 else "α"
    kind_text = {"random": "θ* + a·δ₁ + b·δ₂ (δ₁, δ₂ random, filter-normalised)",
                 "pca": "θ* + a·v₁ + b·v₂ (v₁, v₂ principal components of the path)",
                 "interpolation": "(1 − α)·θ₀ + α·θ₁"}[directions.kind]
    split = "training" if objective.split == "train" else "test"
    return Surface(
        name="landscape",
        title=(landscape.title if landscape is not None else
               f"Loss landscape: {objective.label} on {objective.data_name} ({directions.title})"),
        dim=dim, formula=f"L({names}) = {objective.loss}({kind_text}) on the {split} split",
        domain=bounds, start=tuple(float(c) for c in point),
        minima=tuple(tuple(float(c) for c in m) for m in minima), saddles=(),
        learning_rate=_learning_rate(axes, grid), log_scale=log_scale,
        value_xy=function.value, gradient_xy=function.gradient, n_global=len(minima),
        description=(f"The {objective.loss} of the {objective.label} network on "
                     f"{len(objective.x):,} {split} samples of {objective.data_name}, on a slice "
                     f"through its weights ({directions.title}); gradients by TensorFlow "
                     "autodiff."),
        precomputed=precomputed, axis_names=AXIS_NAMES[directions.kind])


def with_trajectory(landscape: Landscape, trajectory: np.ndarray,
                    positions: np.ndarray | None = None) -> Landscape:
    """The same slice with another recorded path projected onto it (no recomputation)."""
    if landscape.plane is None:
        raise ValueError("this landscape has no directions to project onto (loaded from a file)")
    path, residual = landscape.plane.directions.project(trajectory)
    return replace(landscape, path=path, path_residual=residual,
                   path_loss=landscape.plane.evaluate(*path.T)[0],
                   path_positions=None if positions is None else np.asarray(positions))
