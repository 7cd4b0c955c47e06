"""The Optimizer Lab's settings as plain data: what a scene file stores and a race is built from.

Keeping this in core means the CLI can rebuild exactly the race the window shows (rule 8), and
validation of scene files happens before any widget is touched (rule 6).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from explorer.core.formula import FormulaError
from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.optim.optimizers import OPTIMIZERS, Optimizer, create
from explorer.core.optim.race import Race, Racer
from explorer.core.optim.schedules import create_schedule
from explorer.core.params import LEARNING_RATE_RANGE
from explorer.core.scene import MUST_BE_OBJECT, problem_at, require
from explorer.core.surfaces import (
    SURFACES,
    Surface,
    custom,
    get,
    surface_from_dict,
    surface_to_dict,
)

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442")
VIEWS = ("2d", "3d")
MAX_GRID = 20
# What a scene may hold and the lab's fields accept: one source for the check and the widgets.
SETUP_RANGES: dict[str, tuple[float, float]] = {
    "start_grid": (1, MAX_GRID),
    "noise_sigma": (0.0, 1e6),
    "batch_size": (1, 10_000),
    "max_steps": (1, 100_000),
    "speed": (1, 500),
}


@dataclass
class RacerSetup:
    """One racer as a scene stores it; ``joined_at`` is the step at which it was added to a
    running race (0: from the start), so a scene replays the race exactly as it was run.
    ``options`` holds Keras's common optimizer arguments (``weight_decay``, ``clipnorm``, …)
    and ``schedule`` a learning-rate schedule as ``{"name": ..., "params": {...}}`` (None:
    a constant rate); scenes written before they existed have neither."""

    optimizer: str
    hyper: dict[str, Any] = field(default_factory=dict)
    color: str = PALETTE[0]
    joined_at: int = 0
    options: dict[str, Any] = field(default_factory=dict)
    schedule: dict[str, Any] | None = None

    def build(self) -> Racer:
        opt = self.build_optimizer()
        return Racer(name=opt.label(), optimizer=opt, color=self.color)

    def build_optimizer(self) -> Optimizer:
        """The optimizer with its options and schedule (raises ValueError for a bad one)."""
        schedule = None
        if self.schedule is not None:
            schedule = create_schedule(self.schedule["name"], **self.schedule.get("params", {}))
        return create(self.optimizer, schedule=schedule, **self.hyper, **self.options)

    def copy(self, **changes: Any) -> RacerSetup:
        """A copy that shares no dict with this one."""
        schedule = None if self.schedule is None else {
            "name": self.schedule["name"], "params": dict(self.schedule.get("params", {}))}
        return replace(self, **{"hyper": dict(self.hyper), "options": dict(self.options),
                                "schedule": schedule, **changes})


@dataclass
class RaceSetup:
    surface: str = "quartic"
    formula: str = "sin(x)*cos(y) + 0.1*(x^2+y^2)"
    start: tuple[float, ...] | None = None
    start_grid: int = 1
    racers: list[RacerSetup] = field(default_factory=list)
    noise_sigma: float = 0.5
    batch_size: int = 4
    seed: int = 0
    max_steps: int = 200
    speed: int = 20
    steps_taken: int = 0
    log_colour: bool = False
    show_gradient: bool = False
    show_velocity: bool = False
    view: str = "2d"
    # surface == "landscape": a slice of a trained network handed over by the Training Lab.
    # Kept as the live surface (TensorFlow autodiff); scenes store its grid instead.
    external: Surface | None = field(default=None, compare=False, repr=False)

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def for_surface(cls, name: str, **changes: Any) -> RaceSetup:
        """Sensible defaults for a surface: its own start and a racer line-up that tells a story."""
        setup = cls(surface=name, **changes)
        surface = setup.build_surface()
        setup.racers = default_racers(surface)
        setup.log_colour = surface.log_scale
        return setup

    def build_surface(self) -> Surface:
        """The surface (raises FormulaError for a bad custom formula)."""
        if self.surface == "custom":
            return custom(self.formula)
        if self.surface == "landscape":
            if self.external is None:
                raise ValueError("a landscape race needs its surface")
            return self.external
        return get(self.surface)

    def starts(self, surface: Surface) -> np.ndarray:
        """One start, or an n×n grid of starts spread over the domain."""
        if self.start_grid > 1:
            axes = [np.linspace(lo + 0.1 * (hi - lo), hi - 0.1 * (hi - lo), self.start_grid)
                    for lo, hi in surface.domain]
            mesh = np.meshgrid(*axes, indexing="xy")
            return np.stack([m.ravel() for m in mesh], axis=-1)
        start = self.start if self.start is not None else surface.start
        return np.array([start], dtype=float)

    def build_race(self, surface: Surface | None = None, replay: int = 0) -> Race:
        """The race at step 0, or replayed to step ``replay`` (at most ``max_steps``) with each
        racer joining at the step it joined live; at step 0 every racer runs from the start."""
        surface = surface or self.build_surface()
        end = min(max(replay, 0), self.max_steps)
        joins = [min(r.joined_at, end) for r in self.racers]
        first = sum(1 for j in joins if j == 0)
        race = Race(surface, [r.build() for r in self.racers[:first]], self.starts(surface),
                    noise_sigma=self.noise_sigma, batch_size=self.batch_size, seed=self.seed)
        for racer, at in zip(self.racers[first:], joins[first:], strict=True):
            race.step(max(at - race.step_count, 0))
            race.join(racer.build())
        race.step(end - race.step_count)
        return race

    # --- scene I/O ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data = asdict(replace(self, external=None))
        del data["external"]
        data["start"] = list(self.start) if self.start is not None else None
        if self.surface == "landscape" and self.external is not None:
            data["landscape"] = surface_to_dict(self.external)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RaceSetup:
        """Validate everything first; raise SceneError naming the first problem."""
        where = MarkedText("Scenes", tr_noop("Scenes", "optimizer lab"))
        surface = require(data, "surface", str, where)
        if surface not in SURFACES and surface not in ("custom", "landscape"):
            raise problem_at(where, tr_noop("Scenes", "unknown surface {name}"),
                             name=repr(surface))
        setup = cls(surface=surface, formula=require(data, "formula", str, where))
        if surface == "landscape":
            setup.external = surface_from_dict(data.get("landscape"), where)
        for name in ("noise_sigma",):
            setattr(setup, name, float(require(data, name, (int, float), where)))
        for name in ("start_grid", "batch_size", "seed", "max_steps", "speed", "steps_taken"):
            setattr(setup, name, require(data, name, int, where))
        for name in ("log_colour", "show_gradient", "show_velocity"):
            setattr(setup, name, require(data, name, bool, where))
        setup.view = require(data, "view", str, where)
        if setup.view not in VIEWS:
            raise problem_at(where, tr_noop("Scenes", "view must be one of {choices}"),
                             choices=", ".join(VIEWS))
        _check_ranges(setup, where)
        try:
            built = setup.build_surface()
        except FormulaError as error:
            raise problem_at(where, tr_noop("Scenes", "custom formula: {error}"),
                             error=error) from None
        start = data.get("start")
        if start is not None:
            if (not isinstance(start, list) or len(start) != built.dim
                    or not all(_is_number(v) for v in start)):
                raise problem_at(where, tr_noop(
                    "Scenes", "'start' must be a list of {count} finite numbers"), count=built.dim)
            setup.start = tuple(float(v) for v in start)
        setup.racers = [_racer_from_dict(r, i) for i, r in
                        enumerate(require(data, "racers", list, where))]
        _check_joins(setup.racers, setup.steps_taken)
        return setup

    @classmethod
    def for_landscape(cls, surface: Surface, **changes: Any) -> RaceSetup:
        """A race on a network's loss slice, with the suggested line-up and start."""
        setup = cls(surface="landscape", external=surface, **changes)
        setup.racers = default_racers(surface)
        setup.log_colour = surface.log_scale
        return setup

    def copy(self, **changes: Any) -> RaceSetup:
        return replace(self, racers=[r.copy() for r in self.racers], **changes)

    def on_surface(self, name: str, external: Surface | None = None) -> RaceSetup:
        """This set-up moved to another surface: the user's racers, hyper-parameters and race
        options are kept (never replaced without a word); the start, the colour scale and the
        step count are the new surface's. Raises FormulaError for a bad custom formula."""
        moved = self.copy(surface=name, external=external, start=None, steps_taken=0)
        surface = moved.build_surface()
        moved.log_colour = surface.log_scale
        for racer in moved.racers:
            racer.joined_at = 0
        if not moved.racers:  # nothing of the user's to keep: the surface's line-up
            moved.racers = default_racers(surface)
        return moved


def suggested_learning_rate(surface: Surface, optimizer: str) -> float:
    """The learning rate this surface recommends for an optimizer: the surface's own rate for
    the plain-gradient family, a step of ~1–2 % of the domain for the adaptive ones (whose step
    size is about η whatever the gradient), inside the range every lab accepts."""
    extent = max(hi - lo for lo, hi in surface.domain)
    if optimizer in ("gd", "sgd", "momentum", "nesterov"):
        rate = surface.learning_rate
    elif optimizer == "rmsprop":
        rate = round(0.01 * extent, 4)
    elif optimizer == "adam" and surface.name == "quartic":
        rate = 1.3  # the step that carries Adam over the quartic's bump: the story it tells
    else:
        rate = round(0.02 * extent, 4)
    low, high = LEARNING_RATE_RANGE
    return float(min(max(rate, low), high))


def with_suggested_learning_rates(racers: list[RacerSetup], surface: Surface) -> list[RacerSetup]:
    """The same racers with the learning rates ``surface`` recommends (other settings kept)."""
    return [r.copy(hyper={"learning_rate": suggested_learning_rate(surface, r.optimizer),
                          **{k: v for k, v in r.hyper.items() if k != "learning_rate"}})
            for r in racers]


def default_racers(surface: Surface) -> list[RacerSetup]:
    """GD, Momentum, RMSProp and Adam with learning rates that suit the surface's scale."""
    line_up = [("gd", {}), ("momentum", {"momentum": 0.9}), ("rmsprop", {}), ("adam", {})]
    return with_suggested_learning_rates(
        [RacerSetup(name, hyper, PALETTE[i]) for i, (name, hyper) in enumerate(line_up)],
        surface)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value)


def _check_ranges(setup: RaceSetup, where: MarkedText) -> None:
    def within(name: str) -> bool:
        low, high = SETUP_RANGES[name]
        return low <= getattr(setup, name) <= high

    checks = [
        (within("start_grid"), tr_noop("Scenes", "start_grid must be 1–{most}")),
        (within("noise_sigma"), tr_noop("Scenes", "noise_sigma must be between 0 and 1e6")),
        (within("batch_size"), tr_noop("Scenes", "batch_size must be 1–10000")),
        (within("max_steps"), tr_noop("Scenes", "max_steps must be 1–100000")),
        (within("speed"), tr_noop("Scenes", "speed must be 1–500 steps per second")),
        (0 <= setup.steps_taken <= setup.max_steps,
         tr_noop("Scenes", "steps_taken must be 0–max_steps")),
        (0 <= setup.seed < 2**32, tr_noop("Scenes", "seed must be 0–4294967295")),
    ]
    for ok, template in checks:
        if not ok:
            raise problem_at(where, template, most=MAX_GRID)


def _check_joins(racers: list[RacerSetup], steps_taken: int) -> None:
    """Racers join a running race in order (each at or after the one before), not after it."""
    previous = 0
    for index, racer in enumerate(racers):
        if not previous <= racer.joined_at <= steps_taken:
            raise problem_at(_racer_where(index), tr_noop(
                "Scenes", "joined_at must be between {low} (the racer before) and steps_taken "
                "({high})"), low=previous, high=steps_taken)
        previous = racer.joined_at


def _racer_where(index: int) -> MarkedText:
    return MarkedText("Scenes", tr_noop("Scenes", "optimizer lab, racer {number}"),
                      number=index + 1)


def _racer_from_dict(data: Any, index: int) -> RacerSetup:
    where = _racer_where(index)
    if not isinstance(data, dict):
        raise problem_at(where, MUST_BE_OBJECT)
    name = require(data, "optimizer", str, where)
    if name not in OPTIMIZERS:
        raise problem_at(where, tr_noop("Scenes", "unknown optimizer {name}"), name=repr(name))
    hyper = require(data, "hyper", dict, where)
    color = require(data, "color", str, where)
    if not (len(color) == 7 and color.startswith("#")):
        raise problem_at(where, tr_noop("Scenes", "colour must look like #RRGGBB, not {value}"),
                         value=repr(color))
    joined_at = data.get("joined_at", 0)  # absent in files written before racers could join
    if not isinstance(joined_at, int) or isinstance(joined_at, bool):
        raise problem_at(where, tr_noop("Scenes", "joined_at must be a whole number of steps"))
    options = data.get("options", {})  # absent in files written before options existed
    if not isinstance(options, dict):
        raise problem_at(where, tr_noop("Scenes", "'options' must be an object"))
    schedule = _schedule_from_dict(data.get("schedule"), where)
    racer = RacerSetup(name, dict(hyper), color, joined_at, dict(options), schedule)
    try:
        int(color[1:], 16)
        racer.build_optimizer()
    except ValueError as error:
        raise problem_at(where, tr_noop("Scenes", "{error}"), error=error) from None
    return racer


def _schedule_from_dict(data: Any, where: MarkedText) -> dict[str, Any] | None:
    """A racer's schedule as a scene stores it: None, or a name and its parameters."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise problem_at(where, tr_noop("Scenes",
                                        "'schedule' must be an object with a name and params"))
    at_schedule = MarkedText("Scenes", tr_noop("Scenes", "{where}, schedule"), where=where)
    name = require(data, "name", str, at_schedule)
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise problem_at(at_schedule, tr_noop("Scenes", "'params' must be an object"))
    return {"name": name, "params": dict(params)}
