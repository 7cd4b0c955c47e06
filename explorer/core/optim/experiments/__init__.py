"""Experiments on a surface that race thousands of runs at once without keeping their history:
the basin map (which minimum each start of a grid reaches), the hyper-parameter map (which
learning rates × momenta … converge from one start, and how fast) and the stability limits
theory draws on it. Each is a job (a generator of Progress with partial maps; see
``explorer.core.progress``) and, driven to its end with ``run_to_end``, a plain function."""

from explorer.core.optim.experiments.basins import (
    CLUSTER_TOLERANCE,
    DEFAULT_GRID,
    GRID_RANGE,
    STATUS_COLORS,
    STEPS_RANGE,
    BasinMap,
    Outcome,
    classify,
    hex_rgb,
    iter_basins,
)
from explorer.core.optim.experiments.engine import Runs, iter_runs, vectorises, with_row_hyper
from explorer.core.optim.experiments.stability import StabilityLimits, stability_limits
from explorer.core.optim.experiments.sweep import (
    DEFAULT_LEARNING_RATES,
    Sweep,
    SweepAxis,
    check_sweep_param,
    iter_sweep,
    sweep_axis,
)

__all__ = [
    "CLUSTER_TOLERANCE", "DEFAULT_GRID", "DEFAULT_LEARNING_RATES", "GRID_RANGE", "STATUS_COLORS",
    "STEPS_RANGE", "BasinMap", "Outcome", "Runs", "StabilityLimits", "Sweep", "SweepAxis",
    "check_sweep_param", "classify", "hex_rgb", "iter_basins", "iter_runs", "iter_sweep",
    "stability_limits", "sweep_axis", "vectorises", "with_row_hyper",
]
