"""Optimizers with Keras's names, defaults and update rules, as pure functions, with Keras's
common options and learning-rate schedules; the race engine that steps many racers on one
surface at once; and the race set-up a scene saves."""

from explorer.core.optim.curvature import Curvature, curvature_at, escape_radius, saddle_escape
from explorer.core.optim.optimizers import (
    OPTIMIZERS,
    OPTION_NAMES,
    OPTION_PARAMS,
    Optimizer,
    OptimizerSpec,
    Options,
    State,
    create,
)
from explorer.core.optim.race import (
    DIVERGENCE_FACTOR,
    Race,
    Racer,
    Status,
    number_text,
    point_text,
)
from explorer.core.optim.race_setup import (
    MAX_GRID,
    PALETTE,
    SETUP_RANGES,
    VIEWS,
    RacerSetup,
    RaceSetup,
    default_racers,
    suggested_learning_rate,
    with_suggested_learning_rates,
)
from explorer.core.optim.schedules import SCHEDULES, Schedule, ScheduleSpec, create_schedule

__all__ = [
    "DIVERGENCE_FACTOR", "MAX_GRID", "OPTIMIZERS", "OPTION_NAMES", "OPTION_PARAMS", "PALETTE",
    "SCHEDULES", "SETUP_RANGES", "VIEWS", "Curvature", "Optimizer", "OptimizerSpec", "Options",
    "Race", "RaceSetup", "Racer", "RacerSetup", "Schedule", "ScheduleSpec", "State", "Status",
    "create", "create_schedule", "curvature_at", "default_racers", "escape_radius",
    "number_text", "point_text", "saddle_escape", "suggested_learning_rate",
    "with_suggested_learning_rates",
]
