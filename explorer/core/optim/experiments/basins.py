"""Basins of attraction: from every start of a grid, which minimum does one optimizer reach?

Every start of an N×N grid over the domain (N starts along x in 1-D) races for up to K steps,
in bands of rows, all starts of a band at once (:mod:`engine`). Each start's outcome is the
listed landmark it converged on (the surface's minima, saddles, maxima), or, for end points no
landmark claims (a typed formula's shallow dips, a loss landscape's grid), a cluster of end
points within ``CLUSTER_TOLERANCE`` of the domain's diagonal; or how it stopped: still running
at K, diverged, escaped (unbounded below), undefined.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.optim.experiments.engine import iter_runs, relay
from explorer.core.optim.optimizers import Optimizer
from explorer.core.optim.race import Status, number_text, point_text
from explorer.core.optim.race_setup import PALETTE
from explorer.core.progress import Job, Progress
from explorer.core.surfaces import Surface

GRID_RANGE = (2, 512)  # starts per side: 512² starts keep ~20 MB of results, no history
DEFAULT_GRID = 128
STEPS_RANGE = (1, 100_000)
BAND_STARTS = 8192  # starts raced together: big enough that numpy's per-call cost is small
CLUSTER_TOLERANCE = 0.01  # end points closer than this × the domain's diagonal are one outcome
MAX_CLUSTERS = 16  # beyond these, other end points are "converged elsewhere"
# Minima and clusters take the palette's first six colours; how a run stopped has its own.
OUTCOME_COLORS = PALETTE[:6]
STATUS_COLORS = {Status.RUNNING: "#999999", Status.DIVERGED: "#000000",
                 Status.ESCAPED: "#F0E442", Status.UNDEFINED: "#FFFFFF",
                 Status.CONVERGED: "#CCCCCC"}  # CONVERGED: "converged elsewhere"

SHARE = tr_noop("Experiments", "{outcome} {share} %")
PROGRESS = tr_noop("Experiments", "Basin map: {done} of {total} starts")
_STOPPED = {
    Status.RUNNING: tr_noop("Experiments", "still running at step {steps}"),
    Status.DIVERGED: tr_noop("Experiments", "diverged"),
    Status.ESCAPED: tr_noop("Experiments", "escaped (loss unbounded below)"),
    Status.UNDEFINED: tr_noop("Experiments", "undefined (no real value)"),
    Status.CONVERGED: tr_noop("Experiments", "converged elsewhere"),
}


@dataclass(frozen=True)
class Outcome:
    """One colour of the map: where runs ended (a landmark or a cluster, with its ``point`` and
    ``loss``) or how they stopped. ``template`` is marked for translation (context
    "Experiments") and formatted with ``values``; a landmark's ``kind`` value is marked in
    context "Surfaces". ``landmark`` indexes ``surface.landmarks()`` (-1 if none)."""

    status: Status
    template: str
    values: dict[str, object] = field(default_factory=dict)
    color: str = "#999999"
    point: tuple[float, ...] | None = None
    loss: float | None = None
    landmark: int = -1

    def parts(self) -> tuple[str, dict[str, object]]:
        return self.template, dict(self.values)

    def text(self) -> str:
        """English text: "global minimum (3, 2)", "diverged", …"""
        return self.template.format(**self.values)


@dataclass(frozen=True)
class BasinMap:
    """Where each start of the grid went. Arrays are shaped (rows, columns) like
    ``Surface.grid``: ``[j, i]`` is the start (xs[i], ys[j]); a 1-D map has one row and
    ``ys`` None. ``outcome`` indexes ``outcomes``, -1 for starts not computed yet (a partial
    map fills row band by row band: ``rows_done``)."""

    surface: str
    optimizer: str
    xs: np.ndarray
    ys: np.ndarray | None
    outcome: np.ndarray
    outcomes: tuple[Outcome, ...]
    status: np.ndarray
    steps: np.ndarray
    points: np.ndarray
    losses: np.ndarray
    max_steps: int
    rows_done: int
    cluster_radius: float

    @property
    def complete(self) -> bool:
        return self.rows_done == self.outcome.shape[0]

    def start(self, row: int, column: int) -> tuple[float, ...]:
        """The start of a cell (a click on the map restarts the race from there)."""
        x = float(self.xs[column])
        return (x,) if self.ys is None else (x, float(self.ys[row]))

    def shares(self) -> np.ndarray:
        """Fraction of the computed starts that ended in each outcome."""
        done = self.outcome[self.outcome >= 0]
        counts = np.bincount(done, minlength=len(self.outcomes))
        return counts / max(len(done), 1)

    def share_parts(self) -> list[tuple[str, dict[str, object]]]:
        """The legend, one ``(SHARE, {"outcome": (template, values), "share": "41"})`` per
        outcome: the UI translates the outcome's parts, then ``SHARE``, then formats."""
        return [(SHARE, {"outcome": outcome.parts(), "share": number_text(100 * share, 2)})
                for outcome, share in zip(self.outcomes, self.shares(), strict=True)]

    def rgb(self) -> np.ndarray:
        """Each start's outcome colour as RGB 0–255, shaped (rows, columns, 3), darker the more
        steps a converged run needed (fast = bright): the one picture of a map, for the CLI's
        PNG and the lab's view. Starts not computed yet take the first outcome's colour."""
        colors = np.array([hex_rgb(o.color) for o in self.outcomes] or [hex_rgb("#999999")])
        image = colors[np.maximum(self.outcome, 0)]
        converged = self.status == Status.CONVERGED
        speed = np.log1p(self.steps) / np.log1p(max(self.max_steps, 1))
        image[converged] *= (1 - 0.6 * speed[converged])[:, None]
        return image

    def legend_text(self) -> str:
        """English legend: "global minimum 41 % · local minimum (−4.34) 52 % · diverged 7 %"."""
        return " · ".join(template.format(outcome=values["outcome"][0].format(
            **values["outcome"][1]), share=values["share"])
            for template, values in self.share_parts())


def hex_rgb(color: str) -> np.ndarray:
    """"#E69F00" as RGB floats 0–255."""
    return np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def iter_basins(surface: Surface, optimizer: Optimizer, *, grid: int = DEFAULT_GRID,
                steps: int = 500, domain: tuple[tuple[float, float], ...] | None = None,
                ) -> Job[BasinMap]:
    """Race every start of a ``grid``-per-side grid over ``domain`` (default: the surface's)
    for up to ``steps`` steps; yields Progress after each chunk of steps (a chance to cancel)
    and, after each band of rows, with ``partial`` the map so far; returns the whole map."""
    n, steps = _checked(grid, steps)
    domain = surface.domain if domain is None else _checked_domain(domain, surface.dim)
    xs = np.linspace(*domain[0], n)
    ys = np.linspace(*domain[1], n) if surface.dim == 2 else None
    starts = xs[None, :, None] if ys is None else np.stack(np.meshgrid(xs, ys), axis=-1)
    rows, columns = starts.shape[:2]
    points = starts.copy()
    losses = np.full((rows, columns), np.nan)
    status = np.full((rows, columns), Status.RUNNING, dtype=np.int8)
    taken = np.zeros((rows, columns), dtype=np.int64)
    diagonal = float(np.linalg.norm([hi - lo for lo, hi in domain]))
    band = max(1, BAND_STARTS // columns)
    total = rows * columns
    basin_map = None
    for first in range(0, rows, band):
        last = min(rows, first + band)
        runs = yield from relay(
            iter_runs(surface, optimizer, starts[first:last].reshape(-1, surface.dim), steps),
            lambda step, first=first, last=last: Progress(
                (first * steps + (last - first) * step) / (rows * steps),
                PROGRESS.format(done=f"{first * columns:,}", total=f"{total:,}")))
        shape = (last - first, columns)
        points[first:last] = runs.points.reshape(*shape, surface.dim)
        losses[first:last] = runs.losses.reshape(shape)
        status[first:last] = runs.status.reshape(shape)
        taken[first:last] = runs.steps.reshape(shape)
        outcome, outcomes = classify(surface, points[:last], losses[:last], status[:last],
                                     CLUSTER_TOLERANCE * diagonal, steps)
        full = np.full((rows, columns), -1, dtype=np.int32)
        full[:last] = outcome
        basin_map = BasinMap(surface.name, optimizer.describe(), xs, ys, full, outcomes,
                             status.copy(), taken.copy(), points.copy(), losses.copy(), steps,
                             last, CLUSTER_TOLERANCE * diagonal)
        yield Progress(last / rows, PROGRESS.format(done=f"{last * columns:,}",
                                                    total=f"{total:,}"), partial=basin_map)
    return basin_map


def classify(surface: Surface, points: np.ndarray, losses: np.ndarray, status: np.ndarray,
             radius: float, max_steps: int) -> tuple[np.ndarray, tuple[Outcome, ...]]:
    """Each run's outcome index (shaped like ``status``) and the outcomes, in a stable order:
    landmarks as the surface lists them, clusters from the lowest, then how runs stopped."""
    flat_points = points.reshape(-1, surface.dim)
    flat_status = status.ravel()
    index = np.full(flat_status.shape, -1, dtype=np.int32)
    converged = flat_status == Status.CONVERGED
    marks = np.full(flat_status.shape, -1, dtype=np.int64)
    marks[converged] = surface.landmark_indices(flat_points[converged])
    outcomes: list[Outcome] = []
    landmarks = surface.landmarks()
    sole_global = surface.n_global == 1
    for mark in np.unique(marks[marks >= 0]):
        landmark = landmarks[mark]
        values: dict[str, object] = {"kind": landmark.kind, "point": point_text(landmark.point)}
        template = tr_noop("Experiments", "{kind} {point}")
        if mark == 0 and sole_global:
            template = tr_noop("Experiments", "{kind}")
        index[marks == mark] = len(outcomes)
        outcomes.append(Outcome(Status.CONVERGED, template, values,
                                OUTCOME_COLORS[mark % len(OUTCOME_COLORS)], landmark.point,
                                float(surface.value(np.asarray(landmark.point))), int(mark)))
    loose = np.flatnonzero(converged & (marks < 0))
    labels, leaders = clusters(flat_points[loose], losses.ravel()[loose], radius)
    for k, leader in enumerate(leaders):
        index[loose[labels == k]] = len(outcomes)
        point = tuple(float(c) for c in flat_points[loose[leader]])
        loss = float(losses.ravel()[loose[leader]])
        outcomes.append(Outcome(
            Status.CONVERGED, tr_noop("Experiments", "end point {point}, L = {loss}"),
            {"point": point_text(point), "loss": number_text(loss)},
            OUTCOME_COLORS[(len(landmarks) + k) % len(OUTCOME_COLORS)], point, loss))
    leftover = np.zeros(flat_status.shape, dtype=bool)
    leftover[loose[labels < 0]] = True
    for kind in (Status.CONVERGED, Status.RUNNING, Status.DIVERGED, Status.ESCAPED,
                 Status.UNDEFINED):
        members = leftover if kind is Status.CONVERGED else flat_status == kind
        if members.any():
            index[members] = len(outcomes)
            values = {"steps": max_steps} if kind is Status.RUNNING else {}
            outcomes.append(Outcome(kind, _STOPPED[kind], values, STATUS_COLORS[kind]))
    return index.reshape(status.shape), tuple(outcomes)


def clusters(points: np.ndarray, losses: np.ndarray, radius: float,
             limit: int = MAX_CLUSTERS) -> tuple[np.ndarray, list[int]]:
    """Group end points: the lowest point not yet grouped leads a cluster of every ungrouped
    point within ``radius``; at most ``limit`` clusters (the rest keep label -1). Returns each
    point's cluster and the leaders' indices, from the lowest cluster up."""
    labels = np.full(len(points), -1, dtype=np.int64)
    leaders: list[int] = []
    order = np.argsort(np.where(np.isfinite(losses), losses, np.inf), kind="stable")
    while len(leaders) < limit:
        free = order[labels[order] < 0]
        if not len(free):
            break
        leader = int(free[0])
        near = (labels < 0) & (np.linalg.norm(points - points[leader], axis=-1) <= radius)
        labels[near] = len(leaders)
        leaders.append(leader)
    return labels, leaders


def _checked(grid: int, steps: int) -> tuple[int, int]:
    """The grid and step count as integers in range; a clear ValueError otherwise."""
    lo, hi = GRID_RANGE
    if isinstance(grid, bool) or int(grid) != grid or not lo <= grid <= hi:
        raise ValueError(f"grid must be a whole number of starts per side from {lo} to {hi} "
                         f"(a bigger map would not fit the memory budget), not {grid!r}")
    lo, hi = STEPS_RANGE
    if isinstance(steps, bool) or int(steps) != steps or not lo <= steps <= hi:
        raise ValueError(f"steps must be a whole number from {lo} to {hi:,}, not {steps!r}")
    return int(grid), int(steps)


def _checked_domain(domain: tuple[tuple[float, float], ...],
                    dim: int) -> tuple[tuple[float, float], ...]:
    bounds = np.asarray(domain, dtype=np.float64)
    if bounds.shape != (dim, 2) or not np.isfinite(bounds).all() or np.any(
            bounds[:, 0] >= bounds[:, 1]):
        raise ValueError(f"domain must give {dim} finite (low, high) range(s) with low < high, "
                         f"not {domain}")
    return tuple((float(lo), float(hi)) for lo, hi in bounds)
