"""K optimizers × N starts stepped together on one surface, vectorised.

Each racer is one optimizer (with its hyper-parameters and colour) that runs from every start at
once: its parameters are an (N, dim) array, so 10,000 starts cost one numpy call per step. A racer
whose position or loss stops being finite, or that leaves 1000× the surface's domain, stops at
that step, frozen at its last finite point, so no NaN position ever reaches a plot. Why it stopped
is told truthfully: running downhill for ever on a surface unbounded below is an escape, not a
divergence, and a point where L has no real value (log of a negative number) is undefined.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.optimizers import Optimizer, State
from explorer.core.surfaces import Surface

DIVERGENCE_FACTOR = 1000.0


class Status(IntEnum):
    RUNNING = 0
    CONVERGED = 1
    DIVERGED = 2  # the loss blew up (or the racer left 1000× the domain uphill)
    ESCAPED = 3  # ran downhill for ever on a surface unbounded below (left the saddle)
    UNDEFINED = 4  # L has no real value where the racer started or stepped (NaN)


_MINUS = str.maketrans("-", "−")
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def number_text(value: float, digits: int = 3) -> str:
    """A number as a student reads it: −4.34, 0.0123, −3.2·10⁶ (typographic minus)."""
    if not np.isfinite(value):
        return {True: "∞", False: "−∞"}[value > 0] if np.isinf(value) else "nan"
    if value == 0 or 1e-3 <= abs(value) < 1e5:
        text = np.format_float_positional(value, precision=digits, fractional=False, trim="-")
        return text.translate(_MINUS)
    mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}·10{str(int(exponent)).translate(_SUPERSCRIPTS)}".translate(_MINUS)


def point_text(point: tuple[float, ...] | np.ndarray) -> str:
    """(−4.34) or (1.27, −2.57)."""
    return "(" + ", ".join(number_text(float(c)) for c in point) + ")"


@dataclass(frozen=True)
class Racer:
    """One contestant: an optimizer, the name shown in the legend, and its colour."""

    name: str
    optimizer: Optimizer
    color: str = "#0072B2"


class _Track:
    """Growable (N, T, dim) history of one racer: doubling capacity, so append is amortised O(1)."""

    def __init__(self, first: np.ndarray, first_loss: np.ndarray, repeat: int = 1) -> None:
        """``repeat`` > 1: the racer stayed at ``first`` for that many steps (it joined late)."""
        n, dim = first.shape
        capacity = max(64, 1 << (repeat - 1).bit_length())
        self._points = np.empty((n, capacity, dim))
        self._losses = np.empty((n, capacity))
        self._points[:, :repeat] = first[:, None]
        self._losses[:, :repeat] = first_loss[:, None]
        self.length = repeat

    def append(self, points: np.ndarray, losses: np.ndarray) -> None:
        if self.length == self._points.shape[1]:
            self._points = np.concatenate([self._points, np.empty_like(self._points)], axis=1)
            self._losses = np.concatenate([self._losses, np.empty_like(self._losses)], axis=1)
        self._points[:, self.length] = points
        self._losses[:, self.length] = losses
        self.length += 1

    @property
    def points(self) -> np.ndarray:
        return self._points[:, : self.length]

    @property
    def losses(self) -> np.ndarray:
        return self._losses[:, : self.length]


class Race:
    """Steps every racer from the same starts; the state the views draw from.

    ``noise_sigma`` adds seeded Gaussian noise to the gradient of stochastic racers (``sgd``) on
    analytic surfaces; on surfaces with a ``minibatch_gradient`` (``regression``) they use a random
    minibatch of ``batch_size`` samples instead, which is the honest difference between GD and SGD.
    """

    def __init__(
        self,
        surface: Surface,
        racers: list[Racer],
        starts: np.ndarray,
        *,
        noise_sigma: float = 0.0,
        batch_size: int = 4,
        seed: int = 0,
        tolerance: float = 1e-7,
    ) -> None:
        self.surface = surface
        self.racers = list(racers)
        self.starts = np.atleast_2d(np.asarray(starts, dtype=float))
        if self.starts.shape[-1] != surface.dim:
            raise ValueError(f"start points need {surface.dim} coordinate(s) for {surface.title}")
        self.noise_sigma = float(noise_sigma)
        self.batch_size = int(batch_size)
        self.seed = int(seed)
        self.tolerance = float(tolerance)
        self._bounds = divergence_bounds(surface)
        self.reset()

    # --- set-up ---------------------------------------------------------------------------------

    def reset(self, starts: np.ndarray | None = None) -> None:
        """Back to step 0, optionally from new starts; noise streams restart from the seed."""
        if starts is not None:
            starts = np.atleast_2d(np.asarray(starts, dtype=float))
            if starts.shape[-1] != self.surface.dim:
                raise ValueError(f"start points need {self.surface.dim} coordinate(s)")
            self.starts = starts
        self.step_count = 0
        n = len(self.starts)
        start_loss = self.surface.value(self.starts)
        self._start_loss = start_loss
        self.positions = [self.starts.copy() for _ in self.racers]
        self.states: list[State] = [r.optimizer.init(self.starts) for r in self.racers]
        self.tracks = [_Track(self.starts, start_loss) for _ in self.racers]
        self.status = np.full((len(self.racers), n), Status.RUNNING, dtype=np.int8)
        self.stopped_at = np.full((len(self.racers), n), -1, dtype=np.int64)
        undefined = ~np.isfinite(start_loss)  # nothing to descend from: stopped at step 0
        self.status[:, undefined] = Status.UNDEFINED
        self.stopped_at[:, undefined] = 0
        self.last_step = [np.zeros_like(self.starts) for _ in self.racers]
        self._rngs = [np.random.default_rng([self.seed, k]) for k in range(len(self.racers))]
        self.joined_at = [0] * len(self.racers)  # after a reset every racer runs from step 0

    def join(self, racer: Racer) -> None:
        """Add a racer to the race as it runs: it sets off from the starts at the current step
        (until then it stood at the start) while the others keep their places."""
        k = len(self.racers)
        self.racers.append(racer)
        self.positions.append(self.starts.copy())
        self.states.append(racer.optimizer.init(self.starts))
        self.tracks.append(_Track(self.starts, self._start_loss, repeat=self.step_count + 1))
        undefined = ~np.isfinite(self._start_loss)  # as in reset: nothing to descend from
        status = np.where(undefined, Status.UNDEFINED, Status.RUNNING).astype(np.int8)
        self.status = np.vstack([self.status, status[None]])
        self.stopped_at = np.vstack([self.stopped_at, np.where(undefined, self.step_count,
                                                               -1)[None].astype(np.int64)])
        self.last_step.append(np.zeros_like(self.starts))
        self._rngs.append(np.random.default_rng([self.seed, k]))
        self.joined_at.append(self.step_count)

    def add_racer(self, racer: Racer) -> None:
        """Add a racer; the race restarts so every racer has the same number of steps."""
        self.racers.append(racer)
        self.reset()

    def remove_racer(self, index: int) -> None:
        del self.racers[index]
        self.reset()

    # --- stepping -------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return bool(np.all(self.status != Status.RUNNING))

    def step(self, count: int = 1) -> None:
        """Advance every running racer ``count`` steps.

        Each step asks the surface once for the gradients of all racers (stacked) and once for
        their new losses: a network's loss slice answers through TensorFlow, where one call for
        all racers costs what one racer's call did. Racers draw noise and minibatches from their
        own seeded streams, so the result is the same as stepping them one by one."""
        for _ in range(count):
            self.step_count += 1
            running = (self.status == Status.RUNNING).any(axis=1)
            active = np.flatnonzero(running).tolist()
            for k in np.flatnonzero(~running):
                self.tracks[k].append(self.positions[k], self.tracks[k].losses[:, -1])
            if not active:
                continue
            with np.errstate(all="ignore"):
                grads = self._gradients(active)
                updates = [self.racers[k].optimizer.update(self.positions[k], g, self.states[k])
                           for k, g in zip(active, grads, strict=True)]
                new = np.concatenate([new for new, _state in updates])
                loss = self.surface.value(new)
            self._settle(active, np.concatenate(grads), new, [s for _, s in updates], loss)

    def _gradients(self, active: list[int]) -> list[np.ndarray]:
        """Each active racer's gradient: the exact ones in one surface call, minibatch ones per
        racer; stochastic racers on analytic surfaces add their seeded noise."""
        surface = self.surface
        minibatch = {k for k in active if self.racers[k].optimizer.spec.stochastic
                     and surface.minibatch_gradient is not None}
        exact = [k for k in active if k not in minibatch]
        grads: dict[int, np.ndarray] = {}
        if exact:
            stacked = surface.gradient(np.concatenate([self.positions[k] for k in exact]))
            grads.update(zip(exact, np.split(stacked, len(exact)), strict=True))
        for k in active:
            if k in minibatch:
                grads[k] = surface.minibatch_gradient(self.positions[k], self._rngs[k],
                                                      self.batch_size)
            elif self.racers[k].optimizer.spec.stochastic and self.noise_sigma > 0:
                grads[k] = grads[k] + self._rngs[k].normal(0.0, self.noise_sigma,
                                                           size=grads[k].shape)
        return [grads[k] for k in active]

    def _settle(self, active: list[int], grads: np.ndarray, new: np.ndarray,
                states: list[State], loss: np.ndarray) -> None:
        """Accept the ``active`` racers' steps (their rows stacked, racer after racer) where
        they stay finite and in bounds (see :func:`judge_step`), all judged in one call: per
        racer, a frame at 500 steps/s would spend more on numpy's call overhead than on the
        arithmetic. Frozen rows keep their last finite point."""
        n = len(self.starts)
        rows = [slice(i * n, (i + 1) * n) for i in range(len(active))]
        old = np.concatenate([self.positions[k] for k in active])
        last = np.concatenate([self.tracks[k].losses[:, -1] for k in active])
        verdict = judge_step(self.status[active].ravel(), old, new, grads, loss, last,
                             np.tile(self._start_loss, len(active)), self._bounds,
                             self.tolerance, self.surface.unbounded_below)
        keep = verdict.keep
        new = np.where(keep[:, None], old, new)
        loss = np.where(keep, last, loss)
        self.status[active] = verdict.status.reshape(len(active), n)
        ended = verdict.ended.reshape(len(active), n)
        self.stopped_at[active] = np.where(ended, self.step_count, self.stopped_at[active])
        for k, row, state in zip(active, rows, states, strict=True):
            self.last_step[k] = new[row] - old[row]
            self.positions[k] = new[row]
            self.states[k] = _freeze_rows(state, self.states[k], keep[row])
            self.tracks[k].append(new[row], loss[row])

    # --- read-outs ------------------------------------------------------------------------------

    def losses(self) -> np.ndarray:
        """Current loss of every racer at every start: (K, N)."""
        return np.array([t.losses[:, -1] for t in self.tracks]).reshape(len(self.racers), -1)

    def status_text(self, k: int, start: int = 0) -> str:
        """What racer k (from one start) is doing, for the legend: "converged @60 — local
        minimum (−4.34)", "escaped the saddle; loss unbounded below @80", "undefined at the
        start", … Numbers and landmarks come from the surface, so the text can be trusted."""
        template, values = self.status_parts(k, start)
        return template.format(**values)

    def status_parts(self, k: int, start: int = 0) -> tuple[str, dict[str, object]]:
        """:meth:`status_text` as a template marked for translation (context "Race") and its
        values: ``step``, and for a landmark ``kind`` (marked in context "Surfaces") and
        ``point``. The UI translates the template and the kind, then formats."""
        status = Status(self.status[k, start])
        step = int(self.stopped_at[k, start])
        if status is Status.RUNNING:
            return tr_noop("Race", "running"), {}
        if status is Status.CONVERGED:
            landmark = self.surface.landmark_at(self.positions[k][start])
            if landmark is None:
                return tr_noop("Race", "converged @{step}"), {"step": step}
            if landmark.kind == "global minimum":
                return tr_noop("Race", "converged @{step} — {kind}"), {"step": step,
                                                                      "kind": landmark.kind}
            return tr_noop("Race", "converged @{step} — {kind} {point}"), {
                "step": step, "kind": landmark.kind, "point": point_text(landmark.point)}
        if status is Status.ESCAPED:
            if self.surface.saddles:
                return tr_noop("Race", "escaped the saddle; loss unbounded below @{step}"), {
                    "step": step}
            return tr_noop("Race", "escaped; loss unbounded below @{step}"), {"step": step}
        if status is Status.UNDEFINED:
            if step <= self.joined_at[k]:  # a racer that joined late starts then
                return tr_noop("Race", "undefined at the start"), {}
            return tr_noop("Race", "undefined (no real value) @{step}"), {"step": step}
        return tr_noop("Race", "diverged @{step}"), {"step": step}


def divergence_bounds(surface: Surface) -> tuple[np.ndarray, np.ndarray]:
    """The box a racer may not leave: ``DIVERGENCE_FACTOR`` × the surface's domain about its
    centre (beyond it a run has diverged, even while its loss stays finite)."""
    (lo, hi) = np.array(surface.domain, dtype=float).T
    centre, half = (lo + hi) / 2, (hi - lo) / 2
    return centre - DIVERGENCE_FACTOR * half, centre + DIVERGENCE_FACTOR * half


@dataclass(frozen=True)
class StepVerdict:
    """What one step did to each row: its status after the step, the rows that stay where
    they were (already stopped, or whose step failed) and the rows that ended at this step."""

    status: np.ndarray
    keep: np.ndarray
    ended: np.ndarray


def judge_step(status: np.ndarray, old: np.ndarray, new: np.ndarray, grads: np.ndarray,
               loss: np.ndarray, last_loss: np.ndarray, start_loss: np.ndarray,
               bounds: tuple[np.ndarray, np.ndarray], tolerance: float,
               unbounded_below: bool) -> StepVerdict:
    """Decide, for rows (N, dim) stepped from ``old`` to ``new``, which stop and why: one rule
    for the race and the experiments. A running row whose point or loss is not finite, or that
    left ``bounds``, stopped (diverged, escaped or undefined: see :func:`why_stopped`); one that
    barely moved (< ``tolerance``) on a flat spot (|∇L| < √tolerance) converged."""
    running = status == Status.RUNNING
    lo, hi = bounds
    finite = np.ones(len(new), dtype=bool)
    outside = np.zeros(len(new), dtype=bool)
    moved = np.zeros(len(new))
    steepness = np.zeros(len(new))
    with np.errstate(all="ignore"):  # column by column: reductions over dim ≤ 2 are slow
        for k in range(new.shape[1]):
            finite &= np.isfinite(new[:, k])
            outside |= (new[:, k] < lo[k]) | (new[:, k] > hi[k])
            moved += np.square(new[:, k] - old[:, k])  # exact wherever the step is accepted
            steepness += np.square(grads[:, k])
    placed = finite & ~outside
    bad = ~placed | ~np.isfinite(loss)
    still = (moved < tolerance**2) & (steepness < tolerance)
    stopped = running & bad
    converged = running & ~bad & still
    status = status.copy()
    if stopped.any():
        why = why_stopped(loss, last_loss, start_loss, placed, unbounded_below)
        status[stopped] = why[stopped]
    status[converged] = Status.CONVERGED
    return StepVerdict(status, ~running | bad, stopped | converged)


def why_stopped(loss: np.ndarray, last_loss: np.ndarray, start_loss: np.ndarray,
                placed: np.ndarray, unbounded_below: bool) -> np.ndarray:
    """The status of rows whose step failed: UNDEFINED where L is NaN at a finite point in
    bounds (``placed``); ESCAPED where, on a surface unbounded below, the loss went on falling
    below the start's; DIVERGED otherwise."""
    with np.errstate(invalid="ignore"):
        downhill = np.where(np.isnan(loss), last_loss, loss) < start_loss
    why = np.full(loss.shape, Status.DIVERGED, dtype=np.int8)
    if unbounded_below:
        why[downhill] = Status.ESCAPED
    why[placed & np.isnan(loss)] = Status.UNDEFINED
    return why


def _freeze_rows(new: State, old: State, keep: np.ndarray) -> State:
    """Take the new optimizer state except in rows that are frozen (diverged or done)."""
    if not keep.any():
        return new
    merged: State = {}
    for key, value in new.items():
        if isinstance(value, np.ndarray) and value.ndim == 2:
            merged[key] = np.where(keep[:, None], old[key], value)
        else:
            merged[key] = value
    return merged
