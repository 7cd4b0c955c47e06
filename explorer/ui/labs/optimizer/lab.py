"""The Optimizer Lab page: controls on the left, the race views and curves on the right.

The widgets are built in ``lab_layout``; the racer line-up (add, remove, edit, suggested
learning rates) is run by ``lab_racers``; set-ups are applied to the controls, views and race by
``lab_setup``; the export's replay is ``lab_replay``'s; the controls' texts are ``lab_texts``';
this module connects them and runs the render loop.

The lab owns a :class:`RaceSetup` (plain data, what scenes store) and the :class:`Race` built
from it. Data rate is not frame rate: a 60 Hz render timer advances the race by as many steps as
the chosen speed makes due since the last frame (one numpy call per racer per step, microseconds)
and then redraws the latest state once. Stepping gets a time budget per frame, so a surface
that is slow to evaluate races slower than asked instead of freezing the window.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.i18n import tr_noop
from explorer.core.optim import Race, RaceSetup
from explorer.core.surfaces import Surface
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions, LegendEntry
from explorer.ui.i18n import translate
from explorer.ui.labs.base import Lab
from explorer.ui.labs.optimizer.curvature import CurvatureOverlay
from explorer.ui.labs.optimizer.experiments_tabs import Experiments
from explorer.ui.labs.optimizer.lab_layout import LANDSCAPE_ITEM, build_layout
from explorer.ui.labs.optimizer.lab_racers import MAX_RACERS, LineUp, surface_title
from explorer.ui.labs.optimizer.lab_replay import RaceReplay
from explorer.ui.labs.optimizer.lab_setup import LANDSCAPE_ROLE, SetupApplier, formula_error_text
from explorer.ui.labs.optimizer.lab_texts import landscape_item_text, retranslate_controls
from explorer.ui.widgets.shortcuts import lab_shortcuts

FRAME_MS = 16
LEGEND_INTERVAL_S = 0.1
# Stepping may use half of the time since the last frame (at least 12 ms). A network's loss
# slice steps through TensorFlow (~5 ms per step of four racers): at 500 steps/s the window froze
# for over a second per frame; now such a race runs slower than asked instead.
STEP_BUDGET_S = 0.012
STEP_SHARE = 0.5


def race_status(race: Race, k: int) -> str:
    """Racer k's status (:meth:`Race.status_text`) in the current language."""
    template, values = race.status_parts(k)
    if "kind" in values:
        values = {**values, "kind": translate("Surfaces", str(values["kind"]))}
    return translate("Race", template).format(**values)


class OptimizerLab(Lab):
    name = "optimizer"
    title = tr_noop("Lab", "Optimizer Lab")
    hint = tr_noop("Lab", "Space: play/pause · →: step · R: reset · click or drag on the surface "
                          "to set the start")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup = RaceSetup.for_surface("quartic")
        self.surface: Surface = self.setup.build_surface()
        self.race: Race = self.setup.build_race(self.surface)
        self.playing = False
        self.view3d = None
        self._carry = 0.0
        self._step_seconds = math.inf  # what one step costs: one step first, then measured
        self._last_tick = time.monotonic()
        self._last_legend = 0.0
        self._dirty = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Space/→/R reach the lab's shortcuts
        self.racers = LineUp(self)
        self.setups = SetupApplier(self)
        self.replay = RaceReplay(self)
        self._build_ui()
        self._connect()
        self.curvature = CurvatureOverlay(self)  # its toggle sits in the Show row
        show_row = self.show_velocity.parentWidget().layout()
        show_row.insertWidget(show_row.indexOf(self.show_velocity) + 1, self.curvature.toggle)
        self.apply_setup(self.setup)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text the lab sets, in the current language; the race, its step and the
        racers stay as they are. (The shared widgets, views and plots retranslate themselves
        on the same LanguageChange.)"""
        retranslate_controls(self._widgets)
        self.setups.show_formula_label()
        if self.formula_error.isVisibleTo(self) and self.setups.error is not None:
            self.formula_error.setText("⚠ " + formula_error_text(self.setups.error))
        self.update_log_y_option()
        self.racers.refresh()
        self.show_racers_texts()
        self._dirty = True
        self._redraw(force_legend=True)

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        w = self._widgets = build_layout(self)
        self.surface_box, self.formula_label = w.surface_box, w.formula_label
        self.formula_edit, self.formula_error = w.formula_edit, w.formula_error
        self.legend, self.add_button, self.remove_button = w.legend, w.add_button, w.remove_button
        self.suggest_button, self.racers_note = w.suggest_button, w.racers_note
        self.hyper_form, self.options_form, self.schedule_form = (
            w.hyper_form, w.options_form, w.schedule_form)
        self.start_x, self.start_y, self.start_grid = w.start_x, w.start_y, w.start_grid
        self.noise, self.batch_size, self.seed, self.notes = w.noise, w.batch_size, w.seed, w.notes
        self.log_colour, self.show_gradient = w.log_colour, w.show_gradient
        self.show_velocity, self.log_y = w.show_velocity, w.log_y
        self.playback = w.playback
        self.export_png_button, self.export_gif_button = w.export_png_button, w.export_gif_button
        self.view2d, self.view1d, self.flat_stack = w.view2d, w.view1d, w.flat_stack
        self.view_tabs, self.view3d_holder, self.curves = w.view_tabs, w.view3d_holder, w.curves
        self.experiments = Experiments(self)  # the Basins and Hyper-parameters tabs
        lab_shortcuts(self, (
            (Qt.Key.Key_Space, self.playback.play_button.toggle,
             tr_noop("Shortcuts", "play / pause the race")),
            (Qt.Key.Key_Right, self.step_once, tr_noop("Shortcuts", "one step of every racer")),
            (Qt.Key.Key_R, self.reset, tr_noop("Shortcuts", "reset the racers to the start"))))

    def _connect(self) -> None:
        self.surface_box.activated.connect(self._on_surface_chosen)
        self.formula_edit.returnPressed.connect(self._on_formula_entered)
        self.log_colour.toggled.connect(self._on_log_colour)
        self.start_x.valueChanged.connect(self._on_start_edited)
        self.start_y.valueChanged.connect(self._on_start_edited)
        self.start_grid.valueChanged.connect(self._on_grid_changed)
        self.add_button.menu().triggered.connect(lambda action: self.add_racer(action.data()))
        self.remove_button.clicked.connect(self.remove_selected_racer)
        self.suggest_button.clicked.connect(self.racers.use_suggested_learning_rates)
        self.legend.itemSelectionChanged.connect(self.racers.show_selected)
        self.hyper_form.changed.connect(self.racers.edit_selected)
        self.options_form.changed.connect(self.racers.edit_options)
        self.schedule_form.changed.connect(self.racers.edit_schedule)
        self.noise.valueChanged.connect(lambda v: self._change_race(noise_sigma=v))
        self.batch_size.valueChanged.connect(lambda v: self._change_race(batch_size=v))
        self.seed.valueChanged.connect(lambda v: self._change_race(seed=v))
        self.show_gradient.toggled.connect(self._on_arrows)
        self.show_velocity.toggled.connect(self._on_arrows)
        self.log_y.toggled.connect(self._on_log_y)
        self.playback.play_toggled.connect(self._on_play_toggled)
        self.playback.step_requested.connect(self.step_once)
        self.playback.reset_requested.connect(self.reset)
        self.playback.speed_changed.connect(lambda v: setattr(self.setup, "speed", v))
        self.playback.max_steps_changed.connect(lambda v: setattr(self.setup, "max_steps", v))
        self.view2d.start_chosen.connect(self.set_start)
        self.view1d.start_chosen.connect(self.set_start)
        self.view_tabs.currentChanged.connect(self._on_view_tab)

    # --- applying a setup (from defaults, a scene, or settings) --------------------------------

    def apply_setup(self, setup: RaceSetup) -> None:
        """Make the whole lab show ``setup``; the race is rebuilt and replayed to its step."""
        self.setups.apply(setup)

    def rebuild_race(self, replay: int = 0) -> None:
        """A new race from the set-up, replayed to step ``replay`` (racers join as they did)."""
        self.race = self.setup.build_race(self.surface, replay)
        self._step_seconds = math.inf  # another surface: measure again
        self.show_racers()

    def show_racers(self) -> None:
        """Plot items, curves and legend rows for the race's line-up (made once per line-up)."""
        colors = [r.color for r in self.race.racers]
        for view in self._race_views():
            view.set_racers(colors)
        self.curves.set_racers(colors)
        self.legend.set_racers([r.name for r in self.race.racers], colors, self._joined_tips())
        self.remove_button.setEnabled(len(colors) > 0)
        self.add_button.setEnabled(len(colors) < MAX_RACERS)
        self.racers.offer_suggestion()
        self.racers.show_selected()
        self._dirty = True
        self._redraw(force_legend=True)
        self.experiments.changed()

    def _joined_tips(self) -> list[str]:
        return [self.tr("joined the race at step {step}").format(step=k) if k else ""
                for k in self.race.joined_at]

    def show_racers_texts(self) -> None:
        """The legend's name tooltips again, in the current language."""
        for row, (racer, tip) in enumerate(zip(self.race.racers, self._joined_tips(),
                                               strict=True)):
            item = self.legend.item(row, 0)
            if item is not None:
                item.setToolTip(f"{racer.name}\n{tip}" if tip else racer.name)

    def _race_views(self) -> list:
        views = [self.view1d if self.surface.dim == 1 else self.view2d]
        if self.view3d is not None and self.surface.dim == 2:
            views.append(self.view3d)
        return views

    # --- user actions ---------------------------------------------------------------------------

    def set_surface(self, name: str) -> None:
        """Switch surface and start from its start; the user's racers and options stay."""
        self.setups.set_surface(name)

    def race_on(self, surface: Surface) -> None:
        """Race on a surface handed over by another lab (a network's loss slice)."""
        self.setups.race_on(surface)

    def set_formula(self, text: str) -> bool:
        """Apply a custom formula; on error keep the current surface and say where it is wrong."""
        return self.setups.set_formula(text)

    def set_start(self, point: tuple[float, ...]) -> None:
        """Move the start (click/drag or spin boxes); all racers restart from it."""
        self.setups.set_start(point)

    def add_racer(self, optimizer: str) -> None:
        self.racers.add(optimizer)

    def remove_selected_racer(self) -> None:
        self.racers.remove_selected()

    def use_suggested_learning_rates(self) -> None:
        self.racers.use_suggested_learning_rates()

    def play(self) -> None:
        self.playback.set_playing(True)

    def pause(self) -> None:
        self.playback.set_playing(False)

    def step_once(self) -> None:
        if self.race.step_count < self.setup.max_steps:
            self.race.step()
            self._dirty = True
            self._redraw(force_legend=True)

    def reset(self) -> None:
        self.race.reset()
        self._dirty = True
        self._redraw(force_legend=True)

    # --- slots ----------------------------------------------------------------------------------

    def _on_surface_chosen(self, index: int) -> None:
        name = self.surface_box.itemData(index)
        if name == "custom":
            self.formula_edit.setVisible(True)
            self.formula_edit.setFocus()
            self.set_formula(self.formula_edit.text() or self.setup.formula)
        else:
            self.set_surface(name)

    def offer_landscape(self, surface: Surface | None) -> None:
        """Keep a "Loss landscape" entry in the chooser once a slice has been handed over."""
        if surface is None:
            return
        index = self.surface_box.findData(LANDSCAPE_ITEM)
        if index < 0:
            self.surface_box.addItem(landscape_item_text(), LANDSCAPE_ITEM)
            index = self.surface_box.count() - 1
        self.surface_box.setItemData(index, surface, LANDSCAPE_ROLE)
        self.surface_box.setItemData(index, surface.title, Qt.ItemDataRole.ToolTipRole)

    def _on_formula_entered(self) -> None:
        self.set_formula(self.formula_edit.text())

    def _on_log_colour(self, checked: bool) -> None:
        self.setup.log_colour = checked
        self.setups.rebuild_surface_views()
        self._dirty = True
        self._redraw()

    def _on_start_edited(self) -> None:
        self.set_start((self.start_x.value(), self.start_y.value()))

    def _on_grid_changed(self, n: int) -> None:
        self.setup.start_grid = n
        self.race.reset(self.setup.starts(self.surface))
        self._dirty = True
        self._redraw(force_legend=True)

    def _change_race(self, **changes: Any) -> None:
        for key, value in changes.items():
            setattr(self.setup, key, value)
        self.rebuild_race()

    def _on_arrows(self) -> None:
        self.setup.show_gradient = self.view2d.show_gradient = self.show_gradient.isChecked()
        self.setup.show_velocity = self.view2d.show_velocity = self.show_velocity.isChecked()
        self._dirty = True
        self._redraw()

    def update_log_y_option(self) -> None:
        values = [float(self.surface.value(m)) for m in self.surface.minima]
        self.log_y.setEnabled(bool(values))
        self.log_y.setToolTip(self.tr("Plot L − L* on a log scale") if values else
                              self.tr("No known minimum: this surface is unbounded below"))
        if not values:
            self.log_y.setChecked(False)
        self.curves.set_log_y(self.log_y.isChecked(), min(values) if values else 0.0)

    def _on_log_y(self) -> None:
        self.update_log_y_option()
        self._dirty = True
        self._redraw()

    def _on_play_toggled(self, playing: bool) -> None:
        if playing and self.race.step_count >= self.setup.max_steps:
            self.race.reset()
        self.playing = playing
        self._carry = 0.0
        self._last_tick = time.monotonic()

    def _on_view_tab(self, index: int) -> None:
        self.setup.view = "3d" if index == 1 else "2d"
        if index == 1 and self.view3d is None:
            self._create_3d_view()
        self._dirty = True
        self._redraw()

    def _create_3d_view(self) -> None:
        from explorer.ui.labs.optimizer.view3d import SurfaceView3D

        self.view3d = SurfaceView3D()
        self.view3d_holder.layout().addWidget(self.view3d)
        self.view3d.set_surface(self.surface, self.setup.log_colour)
        self.view3d.set_racers([r.color for r in self.race.racers])

    # --- the render loop ------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        self._last_tick = time.monotonic()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        # another tab is on screen: no frames to draw, and no wake-ups to slow its work
        self.timer.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if self.playing:
            due = self._carry + self.setup.speed * min(elapsed, 0.25)
            budget = max(STEP_BUDGET_S, STEP_SHARE * min(elapsed, 0.25))
            affordable = max(1, int(budget / self._step_seconds))
            count = min(int(due), affordable, self.setup.max_steps - self.race.step_count)
            self._carry = due - int(due) if int(due) <= affordable else 0.0
            if count > 0 and not self.race.finished:
                began = time.perf_counter()
                self.race.step(count)
                self._step_seconds = (time.perf_counter() - began) / count
                self._dirty = True
            if self.race.step_count >= self.setup.max_steps or self.race.finished:
                self.pause()
        self._redraw()

    def redraw(self, force_legend: bool = False) -> None:
        """Draw the race as it is now in every view, on screen or not, whether or not it
        changed (replays for exports, the bench's hand-driven frames)."""
        self._dirty = True
        self._redraw(force_legend, every_view=True)

    def _redraw(self, force_legend: bool = False, every_view: bool = False) -> None:
        """Draw what changed; a race view behind another tab is left for when its tab is
        shown (``_on_view_tab``): at 500 steps/s its trails cost the one on screen frames."""
        if not self._dirty:
            return
        self._dirty = False
        self._sync_setup()
        for view in self._race_views():
            if every_view or view.isVisible():
                view.update_race(self.race)
        self.curvature.refresh()
        self.curves.update_race(self.race)
        self.playback.set_count(self.race.step_count)
        now = time.monotonic()
        if force_legend or now - self._last_legend > LEGEND_INTERVAL_S or not self.playing:
            self._last_legend = now
            losses = self.race.losses()
            self.legend.set_readouts(
                [float(losses[k, 0]) for k in range(len(self.race.racers))],
                [race_status(self.race, k) for k in range(len(self.race.racers))])
            self.racers.show_rates()

    # --- Lab interface --------------------------------------------------------------------------

    def _sync_setup(self) -> None:
        """The set-up follows the race: its step, and when each racer joined (a reset makes
        every racer start at step 0)."""
        self.setup.steps_taken = self.race.step_count
        for racer, joined in zip(self.setup.racers, self.race.joined_at, strict=True):
            racer.joined_at = joined

    def state(self) -> dict[str, Any]:
        self._sync_setup()
        return {**self.setup.to_dict(), "experiments": self.experiments.state()}

    def apply_state(self, data: dict[str, Any]) -> None:
        setup = RaceSetup.from_dict(data)  # raises SceneError before anything changes
        experiments = self.experiments.parse_state(data.get("experiments"), setup)
        self.pause()
        self.apply_setup(setup)
        self.experiments.apply_state(experiments)

    def export_target(self) -> QWidget:
        """An experiment's maps with their notes (not its controls), or the race's view."""
        experiment = self.experiments.current()
        return experiment.printed if experiment is not None else self.race_view()

    def race_view(self) -> QWidget:
        """The race as drawn: the 3-D view when its tab is on screen, else the 2-D or 1-D one
        (also what an animation replays, whichever tab is on screen)."""
        return self.view_tabs.currentWidget() if self.view_tabs.currentIndex() == 1 \
            else self.flat_stack.currentWidget()

    def figure_info(self) -> FigureInfo:
        """The surface and its formula; for the race, each racer with its settings and status,
        and the step; for an experiment, the legend it asks for (no step)."""
        experiment = self.experiments.current()
        if experiment is not None:
            return FigureInfo(surface_title(self.surface), self.surface.formula,
                              experiment.legend())
        return self.race_info()

    def race_info(self) -> FigureInfo:
        """The race's figure texts: surface, formula, each racer and its status, the step."""
        racers = tuple(LegendEntry(racer.color, f"{racer.name} — {race_status(self.race, k)}",
                                   "ball") for k, racer in enumerate(self.race.racers))
        return FigureInfo(surface_title(self.surface), self.surface.formula, racers,
                          self.tr("step {step}").format(step=self.race.step_count))

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions = ALL_ON) -> Iterator[QImage]:
        """Replay the race from step 0 in the live view (see :class:`RaceReplay`)."""
        return self.replay.frames(width, height, options)

    def frame_count(self) -> int:
        return self.replay.frame_count()

    def is_ready(self) -> bool:
        return not self.experiments.busy

    def shutdown(self) -> None:
        self.timer.stop()
        self.pause()
        self.experiments.shutdown()

