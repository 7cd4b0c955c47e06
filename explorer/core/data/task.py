"""What a data set asks of a model: two classes, several, or a number."""

from __future__ import annotations

from typing import Literal

__all__ = ["TASKS", "Task"]

Task = Literal["binary", "multiclass", "regression"]
TASKS: tuple[Task, ...] = ("binary", "multiclass", "regression")
