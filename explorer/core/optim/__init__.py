"""Optimizers with Keras's names, defaults and update rules, as pure functions; the race engine
that steps many racers on one surface at once; and the race set-up a scene saves."""

from explorer.core.optim.optimizers import OPTIMIZERS, Optimizer, OptimizerSpec, State, create
from explorer.core.optim.race import DIVERGENCE_FACTOR, Race, Racer, Status
from explorer.core.optim.race_setup import (
    MAX_GRID,
    PALETTE,
    VIEWS,
    RacerSetup,
    RaceSetup,
    default_racers,
)

__all__ = [
    "DIVERGENCE_FACTOR", "MAX_GRID", "OPTIMIZERS", "PALETTE", "VIEWS", "Optimizer",
    "OptimizerSpec", "Race", "RaceSetup", "Racer", "RacerSetup", "State", "Status", "create",
    "default_racers",
]
