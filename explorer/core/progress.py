"""The protocol long jobs speak: generators that yield :class:`Progress` and honour cancellation.

A job is a plain generator function in core. Each ``yield Progress(...)`` is a chance for the
runner (``explorer.ui.worker`` in the app, a simple loop in the CLI and tests) to report progress
and to stop the job by closing the generator; the generator's ``return`` value is the result.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    fraction: float
    message: str = ""
    partial: Any = None


Job = Generator[Progress, None, T]


def run_to_end(job: Job[T], on_progress=None) -> T:
    """Drive a job synchronously (CLI, tests); ``on_progress`` sees every Progress."""
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(progress)
