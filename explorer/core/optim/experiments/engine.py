"""Many independent runs of one optimizer stepped together, keeping only where each run is.

A basin map races 65,536 starts for hundreds of steps; keeping every step (as the race does, for
its trails) would take gigabytes. Here each run keeps its current point, optimizer state and
last loss; when it ends (converged, diverged, escaped, undefined: the race's own verdict, see
:func:`~explorer.core.optim.race.judge_step`) its final point, loss, status and step are written
out. Ended rows ride along until a quarter of the rows are dead, then the arrays are compacted,
so a run that ends early stops costing time without a copy at every step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from explorer.core.optim.optimizers import Optimizer, State
from explorer.core.optim.race import Status, divergence_bounds, judge_step
from explorer.core.progress import Progress
from explorer.core.surfaces import Surface

TOLERANCE = 1e-7  # the race's default: a run converged when it moves less than this on a flat spot
# Work between two yields, in point-steps; a step also costs ~OVERHEAD_POINTS points of numpy
# call overhead. ~300,000 point-steps take 20–40 ms, so a cancel lands well within 200 ms.
WORK_PER_YIELD = 300_000
OVERHEAD_POINTS = 500

T = TypeVar("T")


@dataclass(frozen=True)
class Runs:
    """Where each run ended: its last finite point and loss, its :class:`Status`, and the step
    it converged or stopped at (the step count for runs still running; 0 for undefined starts).
    """

    points: np.ndarray
    losses: np.ndarray
    status: np.ndarray
    steps: np.ndarray


def with_row_hyper(optimizer: Optimizer, row_hyper: Mapping[str, np.ndarray | float]
                   ) -> Optimizer:
    """The optimizer with some hyper-parameters replaced: a value for all runs, or one per run
    as an (N, 1) column that broadcasts against the (N, dim) parameters (a sweep's cells)."""
    if not row_hyper:
        return optimizer
    return dataclasses.replace(optimizer, hyper={**optimizer.hyper, **row_hyper})


def vectorises(optimizer: Optimizer, name: str) -> bool:
    """Whether the update rule takes ``name`` as a column of per-run values: true unless it
    branches on the value (``if momentum == 0``), which only a scalar can answer. Checked by
    running two steps both ways on two rows, so it holds for whatever the rule does."""
    params = np.array([[1.0, -2.0], [0.5, 3.0]])
    grads = np.array([[0.3, -0.1], [-2.0, 0.7]])
    value = optimizer.hyper.get(name)
    value = 1.0 if value is None else float(value)  # an unset option still gets a value
    column = np.array([[value], [value * 0.5 + 0.25]])
    try:
        together = _two_steps(with_row_hyper(optimizer, {name: column}), params, grads)
    except (ValueError, TypeError):
        return False
    for row in range(2):
        single = with_row_hyper(optimizer, {name: float(column[row, 0])})
        if not np.allclose(together[row], _two_steps(single, params[row:row + 1],
                                                     grads[row:row + 1])[0], rtol=1e-12):
            return False
    return True


def _two_steps(optimizer: Optimizer, params: np.ndarray, grads: np.ndarray) -> np.ndarray:
    state = optimizer.init(params)
    for _ in range(2):
        params, state = optimizer.update(params, grads, state)
    return np.broadcast_to(params, grads.shape)


def iter_runs(surface: Surface, optimizer: Optimizer, starts: np.ndarray, steps: int, *,
              row_hyper: Mapping[str, np.ndarray] | None = None,
              tolerance: float = TOLERANCE) -> Generator[int, None, Runs]:
    """Step every start (N, dim) up to ``steps`` times; yields the steps done every
    ~``WORK_PER_YIELD`` point-steps (a chance to cancel) and returns the :class:`Runs`.

    ``row_hyper`` gives hyper-parameters per start, as (N,) or (N, 1) values (see
    :func:`with_row_hyper`). Gradients are exact: a stochastic optimizer runs as its rule on
    the true gradient."""
    starts = np.asarray(starts, dtype=np.float64)
    n = len(starts)
    columns = {k: np.asarray(v, dtype=np.float64).reshape(n, 1)
               for k, v in (row_hyper or {}).items()}
    start_loss = surface.value(starts)
    defined = np.isfinite(start_loss)
    out = Runs(points=starts.copy(), losses=start_loss.copy(),
               status=np.where(defined, Status.RUNNING, Status.UNDEFINED).astype(np.int8),
               steps=np.where(defined, steps, 0).astype(np.int64))
    live = np.flatnonzero(defined)
    batch = _Batch(live, starts[live], start_loss[live], {k: v[live] for k, v in columns.items()})
    state = with_row_hyper(optimizer, batch.hyper).init(batch.points)
    bounds = divergence_bounds(surface)
    per_yield = max(1, WORK_PER_YIELD // (n + OVERHEAD_POINTS))
    for step in range(1, steps + 1):
        if not (batch.status == Status.RUNNING).any():
            break
        p = batch.points
        with np.errstate(all="ignore"):
            grads = surface.gradient(p)
            new, state = with_row_hyper(optimizer, batch.hyper).update(p, grads, state)
            loss = surface.value(new)
        verdict = judge_step(batch.status, p, new, grads, loss, batch.last_loss,
                             batch.start_loss, bounds, tolerance, surface.unbounded_below)
        if verdict.ended.any():
            ended = verdict.ended
            failed = verdict.keep[ended][:, None]  # a failed step keeps the last finite point
            rows = batch.rows[ended]
            out.points[rows] = np.where(failed, p[ended], new[ended])
            out.losses[rows] = np.where(failed[:, 0], batch.last_loss[ended], loss[ended])
            out.status[rows] = verdict.status[ended]
            out.steps[rows] = step
        batch.points, batch.last_loss, batch.status = new, loss, verdict.status
        if 4 * np.count_nonzero(batch.status != Status.RUNNING) > len(batch.rows):
            state = batch.compact(state)
        if step % per_yield == 0:
            yield step
    running = batch.status == Status.RUNNING
    out.points[batch.rows[running]] = batch.points[running]
    out.losses[batch.rows[running]] = batch.last_loss[running]
    return out


def relay(job: Generator[int, None, T], report: Callable[[int], Progress]
          ) -> Generator[Progress, None, T]:
    """Pass a run's yields (steps done) on as Progress; returns what the run returns."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        yield report(step)


@dataclass
class _Batch:
    """The runs still carried: their rows in the output, current points, losses, statuses."""

    rows: np.ndarray
    points: np.ndarray
    start_loss: np.ndarray
    hyper: dict[str, np.ndarray]

    def __post_init__(self) -> None:
        self.last_loss = self.start_loss
        self.status = np.full(len(self.rows), Status.RUNNING, dtype=np.int8)

    def compact(self, state: State) -> State:
        """Drop the rows that ended; returns the optimizer state with the same rows dropped."""
        keep = self.status == Status.RUNNING
        self.rows, self.points = self.rows[keep], self.points[keep]
        self.start_loss, self.last_loss = self.start_loss[keep], self.last_loss[keep]
        self.status = self.status[keep]
        self.hyper = {k: v[keep] for k, v in self.hyper.items()}
        return {k: v[keep] if isinstance(v, np.ndarray) and v.ndim == 2 else v
                for k, v in state.items()}
