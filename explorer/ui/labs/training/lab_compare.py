"""The Training Lab's compare mode wired into the page: the mode reads the lab's model and data,
locks the lab's forms while it races, hands its landscape slice on like the solo one, and
switching it on or off swaps the right-hand side (solo view and transport, or the race's).

Kept apart so the lab file holds the solo page; the mode itself is :mod:`compare_mode`.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QStackedWidget

from explorer.ui.labs.training.compare_mode import CompareMode
from explorer.ui.labs.training.compare_panel import ComparePanel
from explorer.ui.labs.training.compare_view import CompareView


class CompareOwner(Protocol):
    """What the wiring needs of the Training Lab (which owns the mode: named, not imported)."""

    spec: Any
    architecture: Any
    dataset: Any
    runner: Any
    race_requested: Any

    def set_forms_editable(self, editable: bool) -> None: ...
    def sync_buttons(self) -> None: ...


def attach_compare(lab: CompareOwner, panel: ComparePanel, view: CompareView,
                   right_stack: QStackedWidget) -> CompareMode:
    """The lab's compare mode (a child of the lab), connected."""
    mode = CompareMode(
        panel, view, lambda: (lab.spec if lab.architecture is not None else None, lab.dataset),
        lab.set_forms_editable, lab)
    view.landscape.race_requested.connect(lab.race_requested)

    def switched(on: bool) -> None:
        """Compare mode shows its own view and transport instead of the solo run's."""
        lab.runner.join()
        right_stack.setCurrentIndex(1 if on else 0)
        lab.sync_buttons()

    mode.switched.connect(switched)
    return mode
