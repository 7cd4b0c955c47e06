"""The Perceptron Lab page: controls on the left, the perceptron (and hidden-layer) views right.

A learning run is computed whole by `explorer.core.perceptron.rule.train` when its settings change
(at most 4000 updates, ~0.1 s); stepping and playing only move an index into its history, so a
saved step replays exactly. A 60 Hz render timer advances that index at the chosen speed and
redraws once per frame. The 2-2-1 network for XOR trains in a worker thread; the same timer
draws the latest snapshot it sent (data rate is not frame rate). The widgets are built in
``lab_layout``; what leaves the lab as a figure or an animation is ``lab_exports``'.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.i18n import tr_noop
from explorer.core.perceptron import GATES, PRESETS, Run
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions
from explorer.ui.labs.base import Lab
from explorer.ui.labs.perceptron.lab_exports import LabExports
from explorer.ui.labs.perceptron.lab_layout import build_layout
from explorer.ui.labs.perceptron.page import perceptron_at, weight_path
from explorer.ui.labs.perceptron.panel import ERROR_STYLE
from explorer.ui.labs.perceptron.settings import HAND_RANGE, MAX_SEED, PerceptronSettings
from explorer.ui.labs.perceptron.trainer import HIDDEN_UNITS, NetworkTrainer
from explorer.ui.widgets.shortcuts import lab_shortcuts

FRAME_MS = 16


class PerceptronLab(Lab):
    name = "perceptron"
    title = tr_noop("Lab", "Perceptron Lab")
    hint = tr_noop("Lab", "Space: play/pause · →: one sample · Shift+→: one epoch · E: to the "
                   "end · R: reset · N: new seed · hand mode: click in weight space")

    hidden_trained = Signal(bool)  # a 2-2-1 training finished: solved or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = PerceptronSettings()
        self.run: Run = self.settings.build_run()
        self.path = weight_path(self.run)
        self.playing = False
        self._carry = 0.0
        self._last_tick = time.monotonic()
        self._dirty = True
        self._mlp_dirty = False
        self.trainer = NetworkTrainer(self)
        self.exports = LabExports(self)
        self._build_ui()
        self._connect()
        self._apply(self.settings, self.run)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        """The lab's own texts in the current language, and every text that follows the run
        (captions, verdicts, the counter, the network's status) rewritten at once."""
        self.view_tabs.setTabText(0, self.tr("Perceptron"))
        self.view_tabs.setTabText(1, self.tr("With a hidden layer (2-2-1)"))
        self.export_gif_button.setToolTip(self.tr(
            "Export the learning run, replayed from its start, as a GIF or MP4 animation "
            "(Ctrl+Shift+E)"))
        if self.settings.hidden and self.trainer.latest is None:
            self.hidden_page.show_waiting(GATES[self.settings.gate])
        self._mlp_dirty = self.trainer.latest is not None
        self._dirty = True
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        w = build_layout(self)
        self.panel, self.playback, self.view_tabs = w.panel, w.playback, w.view_tabs
        self.step_epoch_button, self.to_end_button = w.step_epoch_button, w.to_end_button
        self.export_png_button, self.export_gif_button = w.export_png_button, w.export_gif_button
        self.page, self.hidden_page = w.page, w.hidden_page

        # learning only: in hand mode → moves a slider
        self.shortcuts = lab_shortcuts(self, (
            (Qt.Key.Key_Space, self.toggle_play, tr_noop("Shortcuts", "learn: play / pause")),
            (Qt.Key.Key_Right, self.step_once, tr_noop("Shortcuts", "learn: one sample")),
            ("Shift+Right", self.step_epoch, tr_noop("Shortcuts", "learn: one epoch")),
            (Qt.Key.Key_E, self.run_to_end,
             tr_noop("Shortcuts", "learn: to the end (converged or the epoch limit)")),
            (Qt.Key.Key_R, self.reset, tr_noop("Shortcuts", "reset to the start weights")),
            (Qt.Key.Key_N, self.new_seed,
             tr_noop("Shortcuts", "new random start weights (next seed)"))))

    def _connect(self) -> None:
        p = self.panel
        p.gate_box.activated.connect(self._on_gate_chosen)
        p.learn_radio.toggled.connect(self._on_mode_toggled)
        p.learning_rate.valueChanged.connect(self.set_learning_rate)
        p.seed.valueChanged.connect(self.set_seed)
        p.new_seed_button.clicked.connect(self.new_seed)
        p.hand.changed.connect(self.set_hand)
        for button in p.preset_buttons.values():
            button.clicked.connect(self._on_preset_clicked)
        p.use_learned_button.clicked.connect(self.copy_learned_weights)
        p.add_hidden_button.clicked.connect(self.add_hidden_layer)
        p.retrain_button.clicked.connect(self.add_hidden_layer)
        p.mlp_seed.valueChanged.connect(self.set_mlp_seed)
        self.page.weight_plot.picked.connect(self._on_weights_picked)
        self.playback.play_toggled.connect(self._on_play_toggled)
        self.playback.step_requested.connect(self.step_once)
        self.playback.reset_requested.connect(self.reset)
        self.playback.speed_changed.connect(self._on_speed)
        self.playback.max_steps_changed.connect(self.set_epoch_limit)
        self.playback.retranslated.connect(self._show_counter)
        self.step_epoch_button.clicked.connect(self.step_epoch)
        self.to_end_button.clicked.connect(self.run_to_end)
        self.view_tabs.currentChanged.connect(self._on_view_tab)
        self.trainer.updated.connect(self._on_mlp_updated)
        self.trainer.finished.connect(self._on_mlp_finished)
        self.trainer.failed.connect(self._on_mlp_failed)

    # --- applying settings --------------------------------------------------------------------

    def _apply(self, settings: PerceptronSettings, run: Run) -> None:
        """Show `settings` (already valid) with its `run`; restart the network if it is shown."""
        self.pause()
        self.trainer.clear()
        self.settings, self.run, self.path = settings, run, weight_path(run)
        self._sync_controls()
        if settings.hidden:
            self._start_mlp(live=False)
        self._dirty = True
        self._redraw()

    def _sync_controls(self) -> None:
        s = self.settings
        self.panel.show_settings(s)
        widgets = (self.playback.speed_slider, self.playback.max_steps, self.view_tabs)
        for widget in widgets:
            widget.blockSignals(True)
        self.playback.set_speed(s.speed)
        self.playback.max_steps.setValue(s.epochs)
        self.view_tabs.setTabEnabled(1, s.hidden)
        self.view_tabs.setCurrentIndex(1 if s.page == "hidden" and s.hidden else 0)
        for widget in widgets:
            widget.blockSignals(False)
        self.sync_mode_widgets()

    def sync_mode_widgets(self) -> None:
        learning = self.settings.mode == "learn"
        self._sync_panel()
        for widget in (self.playback, self.step_epoch_button, self.to_end_button):
            widget.setEnabled(learning)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(learning)

    def _new_run(self, **changes: Any) -> None:
        """Change learning settings: recompute the run and go back to its start."""
        for key, value in changes.items():
            setattr(self.settings, key, value)
        self.settings.step = 0
        self.pause()
        self.run = self.settings.build_run()
        self.path = weight_path(self.run)
        self._dirty = True
        self._redraw()

    # --- user actions ---------------------------------------------------------------------------

    def set_gate(self, name: str) -> None:
        """Choose a gate: a fresh run from the same seed; the hidden layer goes with the gate."""
        if name not in GATES:
            raise ValueError(f"unknown gate {name!r}; choose one of {', '.join(GATES)}")
        self.trainer.clear()
        self.settings.hidden = False
        self.settings.page = "perceptron"
        self.view_tabs.setCurrentIndex(0)
        self.view_tabs.setTabEnabled(1, False)
        self.panel.gate_box.setCurrentIndex(self.panel.gate_box.findData(name))
        self._new_run(gate=name)

    def set_mode(self, mode: str) -> None:
        """"learn" (the rule) or "hand" (sliders); each keeps its own weights."""
        if mode not in ("learn", "hand"):
            raise ValueError(f"mode must be 'learn' or 'hand', not {mode!r}")
        self.pause()
        self.settings.mode = mode
        for radio, checked in ((self.panel.learn_radio, mode == "learn"),
                               (self.panel.hand_radio, mode == "hand")):
            radio.blockSignals(True)
            radio.setChecked(checked)
            radio.blockSignals(False)
        self.sync_mode_widgets()
        self._dirty = True
        self._redraw()

    def set_learning_rate(self, value: float) -> None:
        self._new_run(learning_rate=float(value))

    def set_seed(self, value: int) -> None:
        self._new_run(seed=int(value))

    def set_epoch_limit(self, value: int) -> None:
        self._new_run(epochs=int(value))

    def new_seed(self) -> None:
        """Reset with other initial weights (the next seed, so it can be typed in again)."""
        if self.settings.mode == "learn":
            self.panel.seed.setValue((self.settings.seed + 1) % (MAX_SEED + 1))

    def step_once(self) -> None:
        """Visit one sample (→)."""
        self._go_to(self.settings.step + 1)

    def step_epoch(self) -> None:
        """Finish the current epoch (Shift+→)."""
        n = len(self.run.gate.targets)
        self._go_to((self.settings.step // n + 1) * n)

    def run_to_end(self) -> None:
        """Jump to the end of the run (E): converged, or the epoch limit."""
        self._go_to(len(self.run.history))

    def reset(self) -> None:
        """Back to the initial weights of this seed (R)."""
        if self.settings.mode == "learn":
            self.pause()
            self._go_to(0)

    def _go_to(self, step: int) -> None:
        if self.settings.mode != "learn":
            return
        step = max(0, min(step, len(self.run.history)))
        if step != self.settings.step:
            self.settings.step = step
            self._dirty = True
        self._redraw()

    def play(self) -> None:
        self.playback.set_playing(True)

    def pause(self) -> None:
        self.playback.set_playing(False)

    def toggle_play(self) -> None:
        """Space: play or pause (learning mode only)."""
        if self.settings.mode == "learn":
            self.playback.set_playing(not self.playing)

    def set_hand(self, w1: float, w2: float, b: float) -> None:
        """Hand-set weights; the line, the table and the verdict follow at the next frame."""
        self.settings.hand = (float(w1), float(w2), float(b))
        self.panel.hand.set_values(self.settings.hand)
        self._dirty = True

    def apply_preset(self, name: str) -> None:
        """The course's weights for AND, NAND or OR (switches to hand mode)."""
        self.set_mode("hand")
        self.set_hand(*PRESETS[name])
        self._redraw()

    def copy_learned_weights(self) -> None:
        p = perceptron_at(self.run, self.settings.step)
        values = (round(float(v), 2) for v in (*p.weights, p.bias))
        self.set_hand(*(min(HAND_RANGE[1], max(HAND_RANGE[0], v)) for v in values))
        self._redraw()

    def add_hidden_layer(self) -> None:
        """Train the 2-2-1 network on this gate, live, and show it on its own page."""
        if GATES[self.settings.gate].linearly_separable:
            return
        self.pause()
        self.settings.hidden = True
        self.settings.page = "hidden"
        self.view_tabs.setTabEnabled(1, True)
        self.view_tabs.setCurrentIndex(1)
        self._start_mlp(live=True)

    def set_mlp_seed(self, seed: int) -> None:
        self.settings.mlp_seed = int(seed)
        if self.settings.hidden:
            self._start_mlp(live=True)

    # --- slots ----------------------------------------------------------------------------------

    def _on_gate_chosen(self, index: int) -> None:
        self.set_gate(self.panel.gate_box.itemData(index))

    def _on_mode_toggled(self, learn_checked: bool) -> None:
        self.set_mode("learn" if learn_checked else "hand")

    def _on_preset_clicked(self) -> None:
        for name, button in self.panel.preset_buttons.items():
            if button is self.sender():
                self.apply_preset(name)

    def _on_weights_picked(self, w1: float, w2: float) -> None:
        low, high = HAND_RANGE
        self.set_hand(*(round(min(high, max(low, v)), 2) for v in (w1, w2)), self.settings.hand[2])

    def _on_speed(self, speed: int) -> None:
        self.settings.speed = int(speed)

    def _on_play_toggled(self, playing: bool) -> None:
        if playing and self.settings.mode != "learn":
            self.pause()
            return
        if playing and self.settings.step >= len(self.run.history):
            self.settings.step = 0
        self.playing = playing
        self._carry = 0.999 if playing else 0.0  # the first sample at once
        self._last_tick = time.monotonic()

    def _on_view_tab(self, index: int) -> None:
        self.settings.page = "hidden" if index == 1 else "perceptron"
        self._sync_panel()

    def _sync_panel(self) -> None:
        """The left panel shows the settings of the model on screen: the perceptron's rule and
        η, or the network's backpropagation and its own η."""
        s = self.settings
        self.panel.show_for(s.page if s.hidden else "perceptron", s.mode,
                            GATES[s.gate].linearly_separable)

    # --- the 2-2-1 network in the worker ------------------------------------------------------

    def _start_mlp(self, live: bool) -> None:
        self.hidden_page.show_waiting(GATES[self.settings.gate])
        self.panel.show_network(self.trainer.learning_rate, self.trainer.epochs, HIDDEN_UNITS)
        self.trainer.start(self.settings.gate, self.settings.mlp_seed, live)
        self._dirty = True

    def _on_mlp_updated(self) -> None:
        self._mlp_dirty = True

    def _on_mlp_finished(self, solved: bool) -> None:
        self._mlp_dirty = self._dirty = True
        self._redraw()
        self.hidden_trained.emit(solved)

    def _on_mlp_failed(self, message: str) -> None:
        self.panel.mlp_status.setStyleSheet(ERROR_STYLE)
        self.panel.mlp_status.setText(self.tr("⚠ Training failed: {message}")
                                      .format(message=message))

    # --- the render loop ------------------------------------------------------------------------

    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if self.playing:
            due = self._carry + self.settings.speed * min(elapsed, 0.25)
            self._carry = due - int(due)
            end = len(self.run.history)
            if int(due):
                self.settings.step = min(self.settings.step + int(due), end)
                self._dirty = True
            if self.settings.step >= end:
                self.pause()
        self._redraw()

    def redraw(self, network: bool = False) -> None:
        """Draw now, whether or not anything changed (an export's frames); ``network``: the
        2-2-1 page too, from the trainer's latest snapshot."""
        if network:
            self._mlp_dirty = True
        self._dirty = True
        self._redraw()

    def _redraw(self) -> None:
        if self._mlp_dirty and self.trainer.latest is not None:
            self._mlp_dirty = False
            self.hidden_page.show_progress(self.trainer.latest, GATES[self.settings.gate],
                                           self.settings.mlp_seed, self.trainer.pending)
            self._dirty = True
        if not self._dirty:
            return
        self._dirty = False
        s, run = self.settings, self.run
        if s.mode == "learn":
            self.page.show_learning(run, s.step, self.path)
        else:
            self.page.show_hand(run.gate, s.hand_perceptron())
        self._show_counter()
        self._show_hidden_offer()

    def _show_counter(self) -> None:
        s, n = self.settings, len(self.run.gate.targets)
        if s.step == 0:
            text = self.tr("start (epoch 0)")
        else:
            update = self.run.history[s.step - 1]
            text = self.tr("epoch {epoch} · sample {sample}/{samples}").format(
                epoch=update.epoch, sample=update.index + 1, samples=n)
        self.playback.counter.setText(text)

    def _show_hidden_offer(self) -> None:
        s = self.settings
        self._sync_panel()
        self.panel.show_hidden_offer(self.run, s.step == len(self.run.history), s.hidden,
                                     self.trainer.pending, self.trainer.latest)

    # --- Lab interface --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return self.settings.to_dict()

    def apply_state(self, data: dict[str, Any]) -> None:
        settings, run = PerceptronSettings.from_dict(data)  # SceneError before any change
        self._apply(settings, run)

    def export_target(self) -> QWidget:
        return self.view_tabs.currentWidget()

    def is_ready(self) -> bool:
        return not self.trainer.pending

    def showing_hidden(self) -> bool:
        """The hidden-layer page is on screen (what an export shows)."""
        return self.settings.hidden and self.view_tabs.currentIndex() == 1

    def figure_info(self) -> FigureInfo:
        return self.exports.figure_info()

    def frame_count(self) -> int:
        return self.exports.frame_count()

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions = ALL_ON) -> Iterator[QImage]:
        """The run (or the network's training) replayed (see :class:`LabExports`)."""
        return self.exports.animation_frames(width, height, options)

    def shutdown(self) -> None:
        self.timer.stop()
        self.pause()
        self.trainer.stop()
