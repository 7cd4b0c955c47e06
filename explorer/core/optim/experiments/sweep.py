"""Hyper-parameter maps: for which learning rates (and momenta, β's, …) does an optimizer
converge from one start, and how fast?

A grid of learning rates (log-spaced) × optionally a second hyper-parameter of the same
optimizer (linear) runs from the same start, every cell at once: the hyper-parameters go to the
update rule as (N, 1) columns, one value per cell (:func:`engine.with_row_hyper`). A rule that
branches on a value (``if momentum == 0``) cannot take a column; its cells run one row (or one
cell) at a time instead, with the same result. The stability limits of :mod:`stability` come
with the map.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.experiments.basins import BAND_STARTS, STEPS_RANGE
from explorer.core.optim.experiments.engine import (
    Runs,
    iter_runs,
    relay,
    vectorises,
    with_row_hyper,
)
from explorer.core.optim.experiments.stability import StabilityLimits, stability_limits
from explorer.core.optim.optimizers import OPTIMIZERS, Optimizer
from explorer.core.progress import Job, Progress
from explorer.core.surfaces import Surface

AXIS_CELLS_RANGE = (1, 1024)
DEFAULT_LEARNING_RATES = (1e-4, 10.0, 64)
PROGRESS = tr_noop("Experiments", "Hyper-parameter map: {done} of {total} cells")


@dataclass(frozen=True)
class SweepAxis:
    """The values of one hyper-parameter along an axis of the map."""

    name: str
    values: np.ndarray
    log: bool


def sweep_axis(name: str, low: float, high: float, count: int, *, log: bool) -> SweepAxis:
    """``count`` values from ``low`` to ``high``, log-spaced or linear; a clear ValueError for a
    range that is empty, reversed, not finite, or (log) not positive."""
    lo, hi = AXIS_CELLS_RANGE
    if isinstance(count, bool) or int(count) != count or not lo <= count <= hi:
        raise ValueError(f"{name}: the number of values must be a whole number from {lo} to {hi}"
                         f", not {count!r}")
    if not (np.isfinite(low) and np.isfinite(high)) or low > high or (low == high) != (count == 1):
        raise ValueError(f"{name}: the range {low:g}:{high:g} must go from low to high "
                         "(equal ends only with one value)")
    if log and low <= 0:
        raise ValueError(f"{name}: a log-spaced range must be positive, not {low:g}:{high:g}")
    values = np.geomspace(low, high, int(count)) if log else np.linspace(low, high, int(count))
    return SweepAxis(name, values, log)


def check_sweep_param(optimizer: str, axis: SweepAxis) -> None:
    """A second axis must be a numeric hyper-parameter of the optimizer, other than the
    learning rate, with values in the range that parameter accepts."""
    spec = OPTIMIZERS[optimizer]
    numeric = {p.name: p for p in spec.params if not p.is_bool and p.name != "learning_rate"}
    if axis.name not in numeric:
        names = ", ".join(numeric) or "none"
        raise ValueError(f"{spec.title} has no numeric hyper-parameter {axis.name!r} to sweep "
                         f"besides the learning rate (it has: {names})")
    param = numeric[axis.name]
    if axis.values.min() < param.minimum or axis.values.max() > param.maximum:
        raise ValueError(f"{axis.name} must stay within {param.minimum:g} to {param.maximum:g}")


@dataclass(frozen=True)
class Sweep:
    """Each cell's run: arrays shaped (rows, columns), a row per value of ``param`` (one row
    when there is none), a column per learning rate; ``points`` add the coordinates. Rows
    fill band by band: ``rows_done``. ``limits`` are the theory's (None if not computable)."""

    surface: str
    optimizer: str
    hyper: dict[str, object]
    start: tuple[float, ...]
    learning_rates: SweepAxis
    param: SweepAxis | None
    points: np.ndarray
    losses: np.ndarray
    status: np.ndarray
    steps: np.ndarray
    max_steps: int
    rows_done: int
    limits: StabilityLimits | None

    @property
    def complete(self) -> bool:
        return self.rows_done == self.losses.shape[0]

    def cell_hyper(self, row: int, column: int) -> dict[str, float]:
        """The hyper-parameters of a cell (a click applies them to the racer)."""
        hyper = {"learning_rate": float(self.learning_rates.values[column])}
        if self.param is not None:
            hyper[self.param.name] = float(self.param.values[row])
        return hyper

    def limit_lines(self) -> np.ndarray | None:
        """The theory's learning-rate limit per row (None without theory for this optimizer)."""
        if self.limits is None:
            return None
        if self.param is not None and self.param.name == "momentum":
            momentum = self.param.values
        else:
            momentum = np.full(self.losses.shape[0], float(self.hyper.get("momentum", 0.0)))
        limit = self.limits.learning_rate_limit(self.optimizer, momentum)
        return None if limit is None else np.broadcast_to(limit, momentum.shape).copy()


def iter_sweep(surface: Surface, optimizer: Optimizer, learning_rates: SweepAxis, *,
               param: SweepAxis | None = None, start: tuple[float, ...] | None = None,
               steps: int = 1000) -> Job[Sweep]:
    """Run ``optimizer`` (its other hyper-parameters fixed) from ``start`` (default: the
    surface's) at every learning rate × ``param`` value; yields Progress after each chunk of
    steps and, after each band of rows, with ``partial`` the map so far; returns the map."""
    lo, hi = STEPS_RANGE
    if isinstance(steps, bool) or int(steps) != steps or not lo <= steps <= hi:
        raise ValueError(f"steps must be a whole number from {lo} to {hi:,}, not {steps!r}")
    if param is not None:
        check_sweep_param(optimizer.name, param)
    point = np.asarray(surface.start if start is None else start, dtype=float)
    if point.shape != (surface.dim,) or not np.isfinite(point).all():
        raise ValueError(f"start must be {surface.dim} finite number(s), not {start!r}")
    lrs = learning_rates.values
    params = np.array([np.nan]) if param is None else param.values
    rows, columns = len(params), len(lrs)
    limits = stability_limits(surface, point)
    points = np.empty((rows, columns, surface.dim))
    losses = np.full((rows, columns), np.nan)
    status = np.zeros((rows, columns), dtype=np.int8)
    taken = np.zeros((rows, columns), dtype=np.int64)
    together = param is None or vectorises(optimizer, param.name)
    band = max(1, BAND_STARTS // columns) if together else 1
    lr_together = vectorises(optimizer, "learning_rate")
    total = rows * columns
    result = None
    for first in range(0, rows, band):
        last = min(rows, first + band)
        hyper = {"learning_rate": np.tile(lrs, last - first)}
        band_optimizer = optimizer
        if param is not None and together:
            hyper[param.name] = np.repeat(params[first:last], columns)
        elif param is not None:  # a rule that branches on the value: one row at a time
            band_optimizer = with_row_hyper(optimizer, {param.name: float(params[first])})
        runs = yield from _run_cells(surface, band_optimizer, point, hyper, steps, lr_together,
                                     (first * columns, total))
        shape = (last - first, columns)
        points[first:last] = runs.points.reshape(*shape, surface.dim)
        losses[first:last] = runs.losses.reshape(shape)
        status[first:last] = runs.status.reshape(shape)
        taken[first:last] = runs.steps.reshape(shape)
        result = Sweep(surface.name, optimizer.name, dict(optimizer.hyper),
                       tuple(float(c) for c in point), learning_rates, param, points.copy(),
                       losses.copy(), status.copy(), taken.copy(), steps, last, limits)
        yield Progress(last / rows, PROGRESS.format(done=f"{last * columns:,}",
                                                    total=f"{total:,}"), partial=result)
    return result


def _run_cells(surface: Surface, optimizer: Optimizer, start: np.ndarray,
               hyper: dict[str, np.ndarray], steps: int, lr_together: bool,
               progress: tuple[int, int]) -> Job[Runs]:
    """Run a band's cells: all at once, or (a rule that cannot take learning-rate columns)
    one cell at a time; yields Progress, returns the band's runs in cell order."""
    done, total = progress
    count = len(hyper["learning_rate"])
    if lr_together:
        groups = [(optimizer, np.arange(count), hyper)]
    else:  # each cell alone, its values bound as plain numbers
        groups = [(with_row_hyper(optimizer, {k: float(v[i]) for k, v in hyper.items()}),
                   np.array([i]), {}) for i in range(count)]
    parts = []
    for group_optimizer, cells, columns in groups:
        job = iter_runs(surface, group_optimizer, np.repeat(start[None], len(cells), axis=0),
                        steps, row_hyper=columns)
        parts.append((yield from relay(job, lambda step, cells=cells: Progress(
            (done + cells[0] + len(cells) * step / steps) / total,
            PROGRESS.format(done=f"{done:,}", total=f"{total:,}")))))
    return Runs(*(np.concatenate([getattr(r, f) for r in parts]) for f in
                  ("points", "losses", "status", "steps")))
