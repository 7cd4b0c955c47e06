"""Optimizers with Keras's names, defaults and update rules, as pure functions; the race engine
that steps many racers on one surface at once; and the race set-up a scene saves."""

from explorer.core.optim.optimizers import OPTIMIZERS, Optimizer, OptimizerSpec, State, create
from explorer.core.optim.race import DIVERGENCE_FACTOR, Race, Racer, Status, number_text
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

__all__ = [
    "DIVERGENCE_FACTOR", "MAX_GRID", "OPTIMIZERS", "PALETTE", "SETUP_RANGES", "VIEWS", "Optimizer",
    "OptimizerSpec", "Race", "RaceSetup", "Racer", "RacerSetup", "State", "Status", "create",
    "default_racers", "number_text", "suggested_learning_rate", "with_suggested_learning_rates",
]
