"""The Optimizer Lab's experiment tabs, "Basins" and "Hyper-parameters", beside "Surface" and
"3-D": built once, told when what they map changes, kept in scenes, stopped at the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from explorer.core.optim import RaceSetup
from explorer.core.scene import require
from explorer.ui.labs.optimizer.basin_view import BasinView
from explorer.ui.labs.optimizer.experiments_panel import (
    WHERE,
    ExperimentLab,
    ExperimentView,
    checked_fields,
    one_of,
)
from explorer.ui.labs.optimizer.sweep_view import SweepView


class Experiments(QObject):
    """Both views as tabs of the lab's view tabs, their settings in scenes, their teardown."""

    def __init__(self, lab: ExperimentLab) -> None:
        super().__init__(lab)  # type: ignore[arg-type]
        self.lab = lab
        self.views: dict[str, ExperimentView] = {"basins": BasinView(lab), "sweep": SweepView(lab)}
        for view in self.views.values():
            lab.view_tabs.addTab(view, "")
            view.retranslate()
        # what the maps depend on besides the line-up (whose rebuild calls changed())
        for signal in (lab.playback.max_steps_changed, lab.start_x.valueChanged,
                       lab.start_y.valueChanged, lab.view1d.start_chosen,
                       lab.view2d.start_chosen):
            signal.connect(self.changed)

    def changed(self) -> None:
        """The surface, line-up, start or max steps changed: the views update their choosers
        and recompute if they are on screen."""
        for view in self.views.values():
            view.line_up_changed()
            view.request()

    def current(self) -> ExperimentView | None:
        """The experiment view on screen, if one is."""
        current = self.lab.view_tabs.currentWidget()
        return next((view for view in self.views.values() if view is current), None)

    @property
    def busy(self) -> bool:
        return any(view.busy or view.debounce.isActive() for view in self.views.values())

    def state(self) -> dict[str, Any]:
        current = self.current()
        tab = next((name for name, view in self.views.items() if view is current), None)
        return {"tab": tab, **{name: view.state() for name, view in self.views.items()}}

    def parse_state(self, data: Any, setup: RaceSetup) -> dict[str, Any] | None:
        """Validate a scene's "experiments" (None: the scene has none); SceneError naming the
        field, before anything changes."""
        if data is None:
            return None
        checked_fields(data, ("tab", *self.views), WHERE)
        one_of(data, "tab", (None, *self.views), WHERE)
        return {"tab": data["tab"], **{
            name: view.parse_state(require(data, name, dict, WHERE), setup, f"{WHERE}.{name}")
            for name, view in self.views.items()}}

    def apply_state(self, parsed: dict[str, Any] | None) -> None:
        """Show parsed settings (from :meth:`parse_state`) and their tab."""
        if parsed is None:
            return
        for name, view in self.views.items():
            view.apply_state(parsed[name])
        tabs = self.lab.view_tabs
        if parsed["tab"] is not None:
            tabs.setCurrentWidget(self.views[parsed["tab"]])
        elif tabs.currentIndex() > 1:  # the scene's race view, as the set-up says
            tabs.setCurrentIndex(1 if self.lab.setup.view == "3d" and self.lab.surface.dim == 2
                                 else 0)

    def shutdown(self) -> None:
        for view in self.views.values():
            view.shutdown()
