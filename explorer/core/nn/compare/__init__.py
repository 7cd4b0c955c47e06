"""Optimizers racing on one network: the same model, start and batches, one optimizer each.

- ``lineup``: the racers, the results table's goal, the scene's set-up (plain data).
- ``results``: snapshots and the results table's rows (plain data).
- ``engine``: :class:`Comparison`, the training loop (imports TensorFlow when it runs).
- ``record``: :class:`CompareRecord`, a finished comparison as a scene stores it.
- ``landscape``: the loss on the plane of the racers' joint principal components.
"""

from explorer.core.nn.compare.engine import Comparison
from explorer.core.nn.compare.landscape import CompareLandscape, iter_compare_landscape
from explorer.core.nn.compare.lineup import (
    DEFAULT_LINE_UP,
    GOAL_KEYS,
    MAX_RACERS,
    MIN_RACERS,
    CompareSetup,
    Goal,
    LineUpError,
    RacerSpec,
    default_racers,
    parse_line_up,
    racers_from_list,
)
from explorer.core.nn.compare.record import CompareRecord, RacerRecord
from explorer.core.nn.compare.results import (
    RACER_GRID,
    CompareSnapshot,
    RacerResult,
    RacerSnapshot,
    racer_result,
)

__all__ = ["DEFAULT_LINE_UP", "GOAL_KEYS", "MAX_RACERS", "MIN_RACERS", "RACER_GRID",
           "CompareLandscape", "CompareRecord", "CompareSetup", "CompareSnapshot", "Comparison",
           "Goal", "LineUpError", "RacerRecord", "RacerResult", "RacerSnapshot", "RacerSpec",
           "default_racers", "iter_compare_landscape", "parse_line_up", "racer_result",
           "racers_from_list"]
