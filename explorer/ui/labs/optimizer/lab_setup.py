"""The Optimizer Lab's set-up side: a :class:`RaceSetup` (from defaults, a scene, settings, a
chosen surface, a typed formula or a new start) applied to the controls, the views and the race.

The lab owns the set-up and the race; this module puts them on screen and says what is wrong
with a typed formula. The texts the lab says itself (a "Loss landscape" entry, the log-y option)
stay the lab's, reached through :class:`SetupLab`.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt

from explorer.core.formula import FormulaError
from explorer.core.optim import Race, RaceSetup
from explorer.core.surfaces import Surface
from explorer.ui.i18n import translate

LANDSCAPE_ROLE = Qt.ItemDataRole.UserRole + 1


def formula_error_text(error: FormulaError) -> str:
    """``str(error)`` ("unknown name 'q' at position 3") in the current language."""
    message = translate("Formula", error.template).format(**error.values)
    return translate("Formula", FormulaError.AT_POSITION).format(message=message,
                                                                 position=error.position)


class SetupLab(Protocol):
    """What the set-up side needs of the Optimizer Lab (which owns it: named, not imported)."""

    setup: RaceSetup
    surface: Surface
    race: Race
    view3d: Any
    racers: Any
    surface_box: Any
    formula_label: Any
    formula_edit: Any
    formula_error: Any
    log_colour: Any
    start_x: Any
    start_y: Any
    start_grid: Any
    noise: Any
    batch_size: Any
    seed: Any
    show_gradient: Any
    show_velocity: Any
    playback: Any
    notes: Any
    view2d: Any
    view1d: Any
    flat_stack: Any
    view_tabs: Any

    def rebuild_race(self, replay: int = 0) -> None: ...
    def pause(self) -> None: ...
    def offer_landscape(self, surface: Surface | None) -> None: ...
    def update_log_y_option(self) -> None: ...
    def redraw(self, force_legend: bool = False) -> None: ...


class SetupApplier:
    """Applies set-ups to the lab's controls, views and race; ``error`` is the typed formula's
    last error (shown until the controls are synced again)."""

    def __init__(self, lab: SetupLab) -> None:
        self.lab = lab
        self.error: FormulaError | None = None

    def apply(self, setup: RaceSetup) -> None:
        """Make the whole lab show ``setup``; the race is rebuilt and replayed to its step."""
        lab = self.lab
        surface = setup.build_surface()
        lab.setup, lab.surface = setup, surface
        lab.racers.say("")
        self.sync_controls()
        self.rebuild_surface_views()
        lab.rebuild_race(replay=setup.steps_taken)
        self.show_view_tab()

    def sync_controls(self) -> None:
        lab = self.lab
        s = lab.setup
        widgets = (lab.surface_box, lab.log_colour, lab.start_x, lab.start_y, lab.start_grid,
                   lab.noise, lab.batch_size, lab.seed, lab.show_gradient, lab.show_velocity,
                   lab.playback.speed_slider, lab.playback.max_steps, lab.formula_edit)
        for widget in widgets:
            widget.blockSignals(True)
        lab.offer_landscape(s.external if s.surface == "landscape" else None)
        lab.surface_box.setCurrentIndex(max(lab.surface_box.findData(s.surface), 0))
        lab.formula_edit.setText(s.formula)
        lab.formula_edit.setVisible(s.surface == "custom")
        lab.formula_error.clear()
        lab.formula_error.setVisible(False)
        self.show_formula_label()
        lab.log_colour.setChecked(s.log_colour)
        lab.log_colour.setEnabled(lab.surface.dim == 2)
        start = s.start if s.start is not None else lab.surface.start
        lab.start_x.setValue(start[0])
        lab.start_y.setValue(start[1] if len(start) > 1 else 0.0)
        lab.start_y.setEnabled(lab.surface.dim == 2)
        lab.start_grid.setValue(s.start_grid)
        lab.noise.setValue(s.noise_sigma)
        lab.batch_size.setValue(s.batch_size)
        lab.seed.setValue(s.seed)
        lab.show_gradient.setChecked(s.show_gradient)
        lab.show_velocity.setChecked(s.show_velocity)
        lab.playback.set_speed(s.speed)
        lab.playback.max_steps.setValue(s.max_steps)
        for widget in widgets:
            widget.blockSignals(False)
        for note in lab.notes.values():
            note.clear_note()
        lab.view2d.show_gradient = s.show_gradient
        lab.view2d.show_velocity = s.show_velocity

    def show_formula_label(self) -> None:
        lab = self.lab
        _name, colon, subtitle = lab.surface_box.currentText().partition(": ")
        # the box shows the name before the colon: the rest of the title is said here
        lab.formula_label.setText((f"{subtitle}<br>" if colon else "") +
                                  f"<i>{lab.surface.formula}</i>")

    def show_view_tab(self) -> None:
        """The set-up's view, once the race is rebuilt: switching tabs draws the race, which
        must already be the new surface's (a scene's 3-D view over a 1-D race crashed)."""
        lab = self.lab
        lab.view_tabs.setTabEnabled(1, lab.surface.dim == 2)
        if lab.view_tabs.currentIndex() > 1:
            return  # an experiment's tab (Basins, Hyper-parameters) stays on screen
        lab.view_tabs.setCurrentIndex(1 if lab.setup.view == "3d" and lab.surface.dim == 2
                                      else 0)

    def rebuild_surface_views(self) -> None:
        lab = self.lab
        flat = lab.view1d if lab.surface.dim == 1 else lab.view2d
        lab.flat_stack.setCurrentWidget(flat)
        flat.set_surface(lab.surface, lab.setup.log_colour)
        if lab.view3d is not None:
            lab.view3d.set_surface(lab.surface, lab.setup.log_colour)
        lab.update_log_y_option()

    def set_surface(self, name: str) -> None:
        """Switch surface and start from its start; the user's racers and options stay (the
        learning rates the surface suggests are offered by a button, never imposed)."""
        lab = self.lab
        external = lab.surface_box.currentData(LANDSCAPE_ROLE) if name == "landscape" else None
        try:
            setup = lab.setup.on_surface(name, external)
        except FormulaError as error:
            self.show_formula_error(error)
            lab.surface_box.setCurrentIndex(max(lab.surface_box.findData(lab.setup.surface), 0))
            return
        self.apply(setup)
        lab.racers.say_kept()

    def race_on(self, surface: Surface) -> None:
        """Race on a surface handed over by another lab (a network's loss slice)."""
        lab = self.lab
        keep = {k: getattr(lab.setup, k) for k in ("noise_sigma", "batch_size", "seed",
                                                    "max_steps", "speed", "formula")}
        lab.pause()
        self.apply(RaceSetup.for_landscape(surface, **keep))

    def set_formula(self, text: str) -> bool:
        """Apply a custom formula; on error keep the current surface and say where it is wrong."""
        lab = self.lab
        try:
            candidate = lab.setup.copy(formula=text).on_surface("custom")
            surface = candidate.build_surface()
        except FormulaError as error:
            self.show_formula_error(error)
            return False
        lab.setup, lab.surface = candidate, surface
        self.sync_controls()  # also clears a previous formula error
        self.rebuild_surface_views()
        lab.rebuild_race()
        self.show_view_tab()
        lab.racers.say_kept()
        return True

    def set_start(self, point: tuple[float, ...]) -> None:
        """Move the start (click/drag or spin boxes); all racers restart from it."""
        lab = self.lab
        lab.setup.start = tuple(float(v) for v in point[: lab.surface.dim])
        lab.setup.start_grid = 1
        lab.setup.steps_taken = 0
        for box, value in zip((lab.start_x, lab.start_y), lab.setup.start, strict=False):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        lab.start_grid.blockSignals(True)
        lab.start_grid.setValue(1)
        lab.start_grid.blockSignals(False)
        lab.race.reset(lab.setup.starts(lab.surface))
        lab.redraw(force_legend=True)

    def show_formula_error(self, error: FormulaError) -> None:
        lab = self.lab
        self.error = error
        lab.formula_error.setText("⚠ " + formula_error_text(error))
        lab.formula_error.setVisible(True)
        lab.formula_edit.setFocus()
        lab.formula_edit.setCursorPosition(min(error.position, len(lab.formula_edit.text())))
