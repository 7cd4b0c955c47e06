"""The Optimizer Lab page: controls on the left, the race views and curves on the right.

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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.formula import FormulaError
from explorer.core.optim import MAX_GRID, OPTIMIZERS, PALETTE, Race, RacerSetup, RaceSetup
from explorer.core.surfaces import SURFACES, Surface
from explorer.ui.export import render_widget
from explorer.ui.labs.base import Lab
from explorer.ui.labs.optimizer.plots import RaceCurves
from explorer.ui.labs.optimizer.views import CurveView1D, SurfaceView2D
from explorer.ui.widgets.hyper_form import HyperParamForm
from explorer.ui.widgets.legend import RaceLegend
from explorer.ui.widgets.panels import export_buttons, group, side_panel, spin_box
from explorer.ui.widgets.playback import PlaybackBar
from explorer.ui.widgets.shortcuts import lab_shortcuts

FRAME_MS = 16
LANDSCAPE_ROLE = Qt.ItemDataRole.UserRole + 1
LEGEND_INTERVAL_S = 0.1
# Stepping may use half of the time since the last frame (at least 12 ms). A network's loss
# slice steps through TensorFlow (~5 ms per step of four racers): at 500 steps/s the window froze
# for over a second per frame; now such a race runs slower than asked instead.
STEP_BUDGET_S = 0.012
STEP_SHARE = 0.5
GIF_MAX_FRAMES = 150
MAX_RACERS = len(PALETTE)


class OptimizerLab(Lab):
    name = "optimizer"
    title = "Optimizer Lab"
    hint = "Space: play/pause · →: step · R: reset · click or drag on the surface to set the start"

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
        self._build_ui()
        self._connect()
        self.apply_setup(self.setup)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.surface_box = QComboBox()
        for name, surface in SURFACES.items():
            self.surface_box.addItem(surface.title, name)
        self.surface_box.addItem("Custom formula f(x, y)", "custom")
        self.surface_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.surface_box.setMinimumContentsLength(16)
        self.surface_box.setToolTip("Choosing a surface loads its start and a suggested line-up")
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_edit = QLineEdit()
        self.formula_edit.setPlaceholderText("e.g. sin(x)*cos(y) + 0.1*(x^2+y^2)")
        self.formula_edit.setToolTip("Numbers, x, y, + − * / ^, parentheses, sin cos tan exp log "
                                     "sqrt abs tanh sinh cosh, pi, e. Press Enter to apply.")
        self.formula_error = QLabel()
        self.formula_error.setStyleSheet("color: #B00020;")
        self.formula_error.setWordWrap(True)
        self.log_colour = QCheckBox("Log colour scale")
        self.log_colour.setToolTip("Colour by log₁₀ of the height above the lowest point: shows "
                                   "the shape of narrow valleys such as Rosenbrock's")
        surface_group = group("Surface", self.surface_box, self.formula_label, self.formula_edit,
                               self.formula_error, self.log_colour)

        self.start_x, self.start_y = spin_box(-1e6, 1e6, 3), spin_box(-1e6, 1e6, 3)
        self.start_x.setToolTip("Start x (or click / drag on the surface)")
        self.start_y.setToolTip("Start y (or click / drag on the surface)")
        self.start_grid = QSpinBox()
        self.start_grid.setRange(1, MAX_GRID)
        self.start_grid.setToolTip("1: one start. n: an n×n grid of starts over the domain")
        start_form = QFormLayout()
        start_form.addRow("x", self.start_x)
        start_form.addRow("y", self.start_y)
        start_form.addRow("grid of starts", self.start_grid)
        start_group = group("Start", start_form)

        self.legend = RaceLegend()
        self.legend.setMinimumHeight(150)
        self.add_button = QToolButton()
        self.add_button.setText("Add racer")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for name, spec in OPTIMIZERS.items():
            menu.addAction(spec.title).setData(name)
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the selected racer")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.hyper_form = HyperParamForm()
        racers_group = group("Racers", self.legend, buttons, self.hyper_form)

        self.noise = spin_box(0.0, 1e4, 3)
        self.noise.setToolTip("σ of the Gaussian noise SGD adds to the gradient")
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 10_000)
        self.batch_size.setToolTip("Minibatch size SGD uses on the regression surface")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip("Seed of SGD's randomness: the same seed gives the same race")
        noise_form = QFormLayout()
        noise_form.addRow("noise σ", self.noise)
        noise_form.addRow("batch size", self.batch_size)
        noise_form.addRow("seed", self.seed)
        noise_group = group("SGD randomness", noise_form)

        self.show_gradient = QCheckBox("Downhill arrows (−∇L)")
        self.show_velocity = QCheckBox("Step arrows (last Δθ)")
        self.log_y = QCheckBox("Log-y curves (L − L*)")
        self.log_y.setToolTip("Plot the height above the best known minimum on a log scale")
        show_group = group("Show", self.show_gradient, self.show_velocity, self.log_y)

        scroll = side_panel(surface_group, racers_group, start_group, noise_group, show_group)

        self.playback = PlaybackBar()
        exports, self.export_png_button, self.export_gif_button = export_buttons(
            "Export the race, replayed from step 0, as an animated GIF (Ctrl+Shift+E)")

        self.view2d = SurfaceView2D()
        self.view1d = CurveView1D()
        self.flat_stack = QStackedWidget()
        self.flat_stack.addWidget(self.view2d)
        self.flat_stack.addWidget(self.view1d)
        self.view_tabs = QTabWidget()
        self.view_tabs.addTab(self.flat_stack, "Surface")
        self.view3d_holder = QWidget()
        QVBoxLayout(self.view3d_holder).setContentsMargins(0, 0, 0, 0)
        self.view_tabs.addTab(self.view3d_holder, "3-D")
        self.view_tabs.setCornerWidget(exports)
        self.curves = RaceCurves()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view_tabs)
        splitter.addWidget(self.curves)
        splitter.setSizes([520, 200])
        splitter.setChildrenCollapsible(False)

        right = QVBoxLayout()
        right.addWidget(self.playback)
        right.addWidget(splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        lab_shortcuts(self, (
            (Qt.Key.Key_Space, self.playback.play_button.toggle, "play / pause the race"),
            (Qt.Key.Key_Right, self.step_once, "one step of every racer"),
            (Qt.Key.Key_R, self.reset, "reset the racers to the start")))

    def _connect(self) -> None:
        self.surface_box.activated.connect(self._on_surface_chosen)
        self.formula_edit.returnPressed.connect(self._on_formula_entered)
        self.log_colour.toggled.connect(self._on_log_colour)
        self.start_x.valueChanged.connect(self._on_start_edited)
        self.start_y.valueChanged.connect(self._on_start_edited)
        self.start_grid.valueChanged.connect(self._on_grid_changed)
        self.add_button.menu().triggered.connect(lambda action: self.add_racer(action.data()))
        self.remove_button.clicked.connect(self.remove_selected_racer)
        self.legend.itemSelectionChanged.connect(self._show_selected_racer)
        self.hyper_form.changed.connect(self._on_hyper_changed)
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
        surface = setup.build_surface()
        self.setup, self.surface = setup, surface
        self._sync_controls()
        self._rebuild_surface_views()
        self._rebuild_race(replay=setup.steps_taken)

    def _sync_controls(self) -> None:
        s = self.setup
        widgets = (self.surface_box, self.log_colour, self.start_x, self.start_y, self.start_grid,
                   self.noise, self.batch_size, self.seed, self.show_gradient, self.show_velocity,
                   self.playback.speed_slider, self.playback.max_steps, self.formula_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self._offer_landscape(s.external if s.surface == "landscape" else None)
        self.surface_box.setCurrentIndex(max(self.surface_box.findData(s.surface), 0))
        self.formula_edit.setText(s.formula)
        self.formula_edit.setVisible(s.surface == "custom")
        self.formula_error.clear()
        self.formula_error.setVisible(False)
        self.formula_label.setText(f"<i>{self.surface.formula}</i>")
        self.log_colour.setChecked(s.log_colour)
        self.log_colour.setEnabled(self.surface.dim == 2)
        start = s.start if s.start is not None else self.surface.start
        self.start_x.setValue(start[0])
        self.start_y.setValue(start[1] if len(start) > 1 else 0.0)
        self.start_y.setEnabled(self.surface.dim == 2)
        self.start_grid.setValue(s.start_grid)
        self.noise.setValue(s.noise_sigma)
        self.batch_size.setValue(s.batch_size)
        self.seed.setValue(s.seed)
        self.show_gradient.setChecked(s.show_gradient)
        self.show_velocity.setChecked(s.show_velocity)
        self.playback.set_speed(s.speed)
        self.playback.max_steps.setValue(s.max_steps)
        for widget in widgets:
            widget.blockSignals(False)
        self.view2d.show_gradient = s.show_gradient
        self.view2d.show_velocity = s.show_velocity
        self.view_tabs.setTabEnabled(1, self.surface.dim == 2)
        self.view_tabs.setCurrentIndex(1 if s.view == "3d" and self.surface.dim == 2 else 0)

    def _rebuild_surface_views(self) -> None:
        flat = self.view1d if self.surface.dim == 1 else self.view2d
        self.flat_stack.setCurrentWidget(flat)
        flat.set_surface(self.surface, self.setup.log_colour)
        if self.view3d is not None:
            self.view3d.set_surface(self.surface, self.setup.log_colour)
        self._update_log_y_option()

    def _rebuild_race(self, replay: int = 0) -> None:
        self.race = self.setup.build_race(self.surface)
        self._step_seconds = math.inf  # another surface: measure again
        if replay:
            self.race.step(min(replay, self.setup.max_steps))
        colors = [r.color for r in self.race.racers]
        for view in self._race_views():
            view.set_racers(colors)
        self.curves.set_racers(colors)
        self.legend.set_racers([r.name for r in self.race.racers], colors)
        self.remove_button.setEnabled(len(colors) > 0)
        self.add_button.setEnabled(len(colors) < MAX_RACERS)
        self._show_selected_racer()
        self._dirty = True
        self._redraw(force_legend=True)

    def _race_views(self) -> list:
        views = [self.view1d if self.surface.dim == 1 else self.view2d]
        if self.view3d is not None and self.surface.dim == 2:
            views.append(self.view3d)
        return views

    # --- user actions ---------------------------------------------------------------------------

    def set_surface(self, name: str) -> None:
        """Switch surface, loading its suggested start and racers; race options are kept."""
        keep = {k: getattr(self.setup, k) for k in ("noise_sigma", "batch_size", "seed",
                                                     "max_steps", "speed", "formula", "view",
                                                     "show_gradient", "show_velocity")}
        try:
            if name == "landscape":
                landscape = self.surface_box.currentData(LANDSCAPE_ROLE)
                setup = RaceSetup.for_landscape(landscape, **keep)
            else:
                setup = RaceSetup.for_surface(name, **keep)
        except FormulaError as error:
            self._show_formula_error(error)
            self.surface_box.setCurrentIndex(max(self.surface_box.findData(self.setup.surface), 0))
            return
        self.apply_setup(setup)

    def race_on(self, surface: Surface) -> None:
        """Race on a surface handed over by another lab (a network's loss slice)."""
        keep = {k: getattr(self.setup, k) for k in ("noise_sigma", "batch_size", "seed",
                                                     "max_steps", "speed", "formula")}
        self.pause()
        self.apply_setup(RaceSetup.for_landscape(surface, **keep))

    def set_formula(self, text: str) -> bool:
        """Apply a custom formula; on error keep the current surface and say where it is wrong."""
        candidate = self.setup.copy(surface="custom", formula=text, start=None, steps_taken=0)
        try:
            surface = candidate.build_surface()
        except FormulaError as error:
            self._show_formula_error(error)
            return False
        if self.setup.surface != "custom" or not self.setup.racers:
            candidate.racers = RaceSetup.for_surface("custom", formula=text).racers
        self.setup, self.surface = candidate, surface
        self._sync_controls()  # also clears a previous formula error
        self._rebuild_surface_views()
        self._rebuild_race()
        return True

    def set_start(self, point: tuple[float, ...]) -> None:
        """Move the start (click/drag or spin boxes); all racers restart from it."""
        self.setup.start = tuple(float(v) for v in point[: self.surface.dim])
        self.setup.start_grid = 1
        self.setup.steps_taken = 0
        for box, value in zip((self.start_x, self.start_y), self.setup.start, strict=False):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.start_grid.blockSignals(True)
        self.start_grid.setValue(1)
        self.start_grid.blockSignals(False)
        self.race.reset(self.setup.starts(self.surface))
        self._dirty = True
        self._redraw(force_legend=True)

    def add_racer(self, optimizer: str) -> None:
        if len(self.setup.racers) >= MAX_RACERS:
            return
        used = {r.color for r in self.setup.racers}
        color = next(c for c in PALETTE if c not in used)
        lr = self.surface.learning_rate if optimizer in ("gd", "sgd", "momentum", "nesterov") \
            else round(0.02 * max(hi - lo for lo, hi in self.surface.domain), 4)
        self.setup.racers.append(RacerSetup(optimizer, {"learning_rate": lr}, color))
        self.setup.steps_taken = 0
        self._rebuild_race()
        self.legend.selectRow(len(self.setup.racers) - 1)

    def remove_selected_racer(self) -> None:
        row = self.legend.currentRow()
        if 0 <= row < len(self.setup.racers):
            del self.setup.racers[row]
            self.setup.steps_taken = 0
            self._rebuild_race()

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

    def _offer_landscape(self, surface: Surface | None) -> None:
        """Keep a "Loss landscape" entry in the chooser once a slice has been handed over."""
        if surface is None:
            return
        index = self.surface_box.findData("landscape")
        if index < 0:
            self.surface_box.addItem("Loss landscape (from the Training Lab)", "landscape")
            index = self.surface_box.count() - 1
        self.surface_box.setItemData(index, surface, LANDSCAPE_ROLE)
        self.surface_box.setItemData(index, surface.title, Qt.ItemDataRole.ToolTipRole)

    def _on_formula_entered(self) -> None:
        self.set_formula(self.formula_edit.text())

    def _show_formula_error(self, error: FormulaError) -> None:
        self.formula_error.setText(f"⚠ {error}")
        self.formula_error.setVisible(True)
        self.formula_edit.setFocus()
        self.formula_edit.setCursorPosition(min(error.position, len(self.formula_edit.text())))

    def _on_log_colour(self, checked: bool) -> None:
        self.setup.log_colour = checked
        self._rebuild_surface_views()
        self._dirty = True
        self._redraw()

    def _on_start_edited(self) -> None:
        self.set_start((self.start_x.value(), self.start_y.value()))

    def _on_grid_changed(self, n: int) -> None:
        self.setup.start_grid = n
        self.race.reset(self.setup.starts(self.surface))
        self._dirty = True
        self._redraw(force_legend=True)

    def _show_selected_racer(self) -> None:
        row = self.legend.currentRow()
        if 0 <= row < len(self.setup.racers):
            racer = self.setup.racers[row]
            values = self.race.racers[row].optimizer.hyper
            self.hyper_form.set_optimizer(OPTIMIZERS[racer.optimizer], dict(values))
            self.hyper_form.setEnabled(True)
        else:
            self.hyper_form.setEnabled(False)

    def _on_hyper_changed(self, values: dict[str, Any]) -> None:
        row = self.legend.currentRow()
        if not 0 <= row < len(self.setup.racers):
            return
        self.setup.racers[row].hyper = dict(values)
        self.setup.steps_taken = 0
        self._rebuild_race()
        self.legend.selectRow(row)

    def _change_race(self, **changes: Any) -> None:
        for key, value in changes.items():
            setattr(self.setup, key, value)
        self._rebuild_race()

    def _on_arrows(self) -> None:
        self.setup.show_gradient = self.view2d.show_gradient = self.show_gradient.isChecked()
        self.setup.show_velocity = self.view2d.show_velocity = self.show_velocity.isChecked()
        self._dirty = True
        self._redraw()

    def _update_log_y_option(self) -> None:
        values = [float(self.surface.value(m)) for m in self.surface.minima]
        self.log_y.setEnabled(bool(values))
        self.log_y.setToolTip("Plot L − L* on a log scale" if values else
                              "No known minimum: this surface is unbounded below")
        if not values:
            self.log_y.setChecked(False)
        self.curves.set_log_y(self.log_y.isChecked(), min(values) if values else 0.0)

    def _on_log_y(self) -> None:
        self._update_log_y_option()
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

    def redraw(self) -> None:
        """Draw the race as it is now, whether or not it changed (the bench's hand-driven
        frames)."""
        self._dirty = True
        self._redraw()

    def _redraw(self, force_legend: bool = False) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.setup.steps_taken = self.race.step_count
        for view in self._race_views():
            view.update_race(self.race)
        self.curves.update_race(self.race)
        self.playback.set_count(self.race.step_count)
        now = time.monotonic()
        if force_legend or now - self._last_legend > LEGEND_INTERVAL_S or not self.playing:
            self._last_legend = now
            losses = self.race.losses()
            self.legend.set_readouts(
                [float(losses[k, 0]) for k in range(len(self.race.racers))],
                [self.race.status_text(k) for k in range(len(self.race.racers))])

    # --- Lab interface --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        self.setup.steps_taken = self.race.step_count
        return self.setup.to_dict()

    def apply_state(self, data: dict[str, Any]) -> None:
        setup = RaceSetup.from_dict(data)  # raises SceneError before anything changes
        self.pause()
        self.apply_setup(setup)

    def export_target(self) -> QWidget:
        return self.view_tabs.currentWidget() if self.view_tabs.currentIndex() == 1 \
            else self.flat_stack.currentWidget()

    def animation_frames(self, width: int, height: int) -> Iterator[QImage]:
        """Replay the race from step 0 to the current step (or max steps) in the live view."""
        self.pause()
        last = self.race.step_count or self.setup.max_steps
        per_frame = max(1, math.ceil(last / GIF_MAX_FRAMES))
        self.race.reset()
        self._dirty = True
        self._redraw(force_legend=True)
        while True:
            yield render_widget(self.export_target(), width, height)
            if self.race.step_count >= last or self.race.finished:
                return
            self.race.step(min(per_frame, last - self.race.step_count))
            self._dirty = True
            self._redraw(force_legend=True)

    def frame_count(self) -> int:
        last = self.race.step_count or self.setup.max_steps
        return math.ceil(last / max(1, math.ceil(last / GIF_MAX_FRAMES))) + 1

    def shutdown(self) -> None:
        self.timer.stop()
        self.pause()

