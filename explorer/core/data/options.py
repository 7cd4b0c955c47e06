"""The options every loader takes (size, noise, test fraction, seed, task) and their checks:
one place says what is in range, so the loaders, the lab's form and scene files agree."""

from __future__ import annotations

import numpy as np

from explorer.core.data.task import TASKS, Task

NOISE_RANGE = (0.0, 0.5)
TEST_FRACTION_RANGE = (0.1, 0.9)
N_SAMPLES_RANGE = (10, 10_000)


def check_task(task: object) -> Task:
    """``task`` if it is one of TASKS, else a ValueError naming them."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return task  # type: ignore[return-value]


def check_range(what: str, value: object, lo: float, hi: float) -> float:
    """``value`` as a float if it is a number in [lo, hi] (NaN is refused), else a ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(f"{what} must be a number, got {value!r}")
    if not lo <= float(value) <= hi:  # also refuses NaN
        raise ValueError(f"{what} must be between {lo:g} and {hi:g}, got {value!r}")
    return float(value)


def check_fraction(test_fraction: object) -> float:
    """The share of rows held out for testing, within TEST_FRACTION_RANGE."""
    return check_range("test_fraction", test_fraction, *TEST_FRACTION_RANGE)


def check_seed(seed: object) -> int:
    """A seed: a whole number ≥ 0."""
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ValueError(f"seed must be a whole number ≥ 0, got {seed!r}")
    return int(seed)


def check_options(n_samples: object, noise: object, test_fraction: object
                  ) -> tuple[int, float, float]:
    """(n_samples, noise, test_fraction) checked against their ranges."""
    if isinstance(n_samples, bool) or not isinstance(n_samples, int | np.integer):
        raise ValueError(f"n_samples must be a whole number, got {n_samples!r}")
    lo, hi = N_SAMPLES_RANGE
    if not lo <= n_samples <= hi:
        raise ValueError(f"n_samples must be between {lo:,} and {hi:,}, got {n_samples:,}")
    noise = check_range("noise", noise, *NOISE_RANGE)
    return int(n_samples), noise, check_fraction(test_fraction)
