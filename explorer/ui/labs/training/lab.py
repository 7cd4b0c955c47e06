"""The Training Lab page: data and model on the left, a Keras model training live on the right.

The lab owns the data settings (:class:`DataSettings`), the model form's :class:`ModelSpec`
and, once the user trains, a :class:`TrainingSession` run by :class:`TrainingRunner` on the
worker thread. Data rate is not frame rate: snapshots arrive at most ~20–30 times a second and
only replace ``latest``; a 60 Hz render timer draws the latest one once, on the views that are
on screen. TensorFlow is imported by the first run (on the worker), never by building the page.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.datasets import DataError, Dataset
from explorer.core.nn.history import write_history_csv
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.core.nn.spec import Architecture, ModelSpec, summarize
from explorer.core.nn.training import RunResult, TrainingControl, TrainingSession
from explorer.core.scene import SceneError
from explorer.ui.labs.base import Lab
from explorer.ui.labs.training.boundary import BoundaryView
from explorer.ui.labs.training.common import NOTE_STYLE, compact
from explorer.ui.labs.training.curves import CurvesView
from explorer.ui.labs.training.data_panel import DataPanel
from explorer.ui.labs.training.data_settings import (
    DRAWN,
    CsvCache,
    DataSettings,
    build_dataset,
)
from explorer.ui.labs.training.digits import DigitsView
from explorer.ui.labs.training.frames import Frame, FramePainter
from explorer.ui.labs.training.landscape_view import LandscapeView
from explorer.ui.labs.training.model_panel import ModelPanel
from explorer.ui.labs.training.regression import RegressionView
from explorer.ui.labs.training.runner import TrainingRunner, tensorflow_loaded
from explorer.ui.labs.training.transport import TransportBar
from explorer.ui.labs.training.weights import WeightsView
from explorer.ui.widgets.panels import PANEL_WIDTH, export_buttons, group
from explorer.ui.widgets.shortcuts import lab_shortcuts

FRAME_MS = 16
SNAPSHOT_S = 0.06  # the training thread reports ~16 snapshots a second (≥ 15 required)
SLOW_S = 0.5  # curves, counters, texts, neuron maps: twice a second while running
STATE_VERSION = 1
VIEWS = ("boundary", "regression", "digits", "weights", "landscape")
STATE_KEYS = {"version", "data", "model", "preset", "view", "curves"}


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class TrainingLab(Lab):
    name = "training"
    title = "Training Lab"
    hint = ("Space: train/pause · →: one batch · Shift+→: one epoch · R: reset · "
            "learning rate editable while paused · Draw data set: click the plot to add points")

    snapshot_received = Signal(object)  # a TrainingSnapshot arrived from the worker
    run_finished = Signal(str)  # "finished", "stopped", "diverged" or "failed"
    file_finished = Signal(str)  # "saved", "loaded" or "error"
    race_requested = Signal(object)  # a loss-landscape Surface for the Optimizer Lab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = CsvCache()
        self.data_settings = DataSettings()
        self.dataset: Dataset | None = None
        self.spec: ModelSpec | None = None
        self.architecture: Architecture | None = None
        self.preset: str | None = None
        self.session: TrainingSession | None = None
        self.painter: FramePainter | None = None
        self.latest: TrainingSnapshot | None = None
        self.frame: Frame | None = None  # the latest snapshot with its Boundary pictures
        self._drawn: dict[str, TrainingSnapshot | None] = {}
        self._ui_state: tuple | None = None
        self._last_slow = 0.0
        self._last_frame = 0.0
        self.runner = TrainingRunner(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_ui()
        self._connect()
        self._apply(DataSettings(), self.model_panel.spec(), None)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.preset_box = compact(QComboBox(), 12)
        self.preset_box.addItem("— pick a course example —", None)
        for name, preset in PRESETS.items():
            if preset.available:
                self.preset_box.addItem(preset.title, name)
                self.preset_box.setItemData(self.preset_box.count() - 1, preset.description,
                                            Qt.ItemDataRole.ToolTipRole)
        self.preset_box.setToolTip("Fill the data and the model form with an example from the "
                                   "course")
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet(NOTE_STYLE)
        presets = group("Course preset", self.preset_box, self.preset_note)
        self.data_panel = DataPanel(self.cache)
        self.model_panel = ModelPanel()
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(_scroll(self.data_panel), "Data")
        self.left_tabs.addTab(_scroll(self.model_panel), "Model")
        self.left_tabs.setTabToolTip(0, "What the network learns from")
        self.left_tabs.setTabToolTip(1, "The keras.Sequential: layers, loss, optimizer, fit")
        left = QWidget()
        left.setFixedWidth(PANEL_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(presets)
        left_layout.addWidget(self.left_tabs, 1)

        self.transport = TransportBar()
        exports, self.export_png_button, gif = export_buttons("")
        gif.hide()  # a live training has no replay to animate
        self.boundary = BoundaryView()
        self.regression = RegressionView()
        self.digits = DigitsView()
        self.weights = WeightsView()
        self.view_tabs = QTabWidget()
        self.landscape = LandscapeView(lambda: self.session, lambda: self.runner.running)
        self.landscape.race_requested.connect(self.race_requested)
        for view, text, tip in (
                (self.boundary, "Boundary", "2-D data: the decision boundary and the neurons"),
                (self.regression, "Regression", "Predicted versus target, and the residuals"),
                (self.digits, "Digits", "Confusion matrix and misclassified samples"),
                (self.weights, "Weights", "Every layer's weights and biases"),
                (self.landscape, "Landscape", "The loss around the trained weights")):
            self.view_tabs.setTabToolTip(self.view_tabs.addTab(view, text), tip)
        self.view_tabs.setCornerWidget(exports)
        self.curves = CurvesView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view_tabs)
        self.splitter.addWidget(self.curves)
        self.splitter.setSizes([470, 230])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setAutoFillBackground(True)

        right = QVBoxLayout()
        right.addWidget(self.transport)
        right.addWidget(self.splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(left)
        layout.addLayout(right, 1)

        self.shortcuts = lab_shortcuts(self, (
            (Qt.Key.Key_Space, self.toggle_training, "train / pause (resume keeps the weights)"),
            (Qt.Key.Key_Right, self.step_batch, "train one batch"),
            ("Shift+Right", self.step_epoch, "train one epoch"),
            (Qt.Key.Key_R, self.reset, "reset: fresh weights from the seed")))

    def _connect(self) -> None:
        t = self.transport
        t.train_button.clicked.connect(self.train)
        t.pause_button.clicked.connect(self.pause)
        t.stop_button.clicked.connect(self.stop)
        t.reset_button.clicked.connect(self.reset)
        t.batch_button.clicked.connect(self.step_batch)
        t.epoch_button.clicked.connect(self.step_epoch)
        t.save_button.clicked.connect(self._save_dialog)
        t.load_button.clicked.connect(self._load_dialog)
        t.csv_button.clicked.connect(self._csv_dialog)
        self.preset_box.activated.connect(self._on_preset)
        self.data_panel.changed.connect(self._on_data_requested)
        self.model_panel.changed.connect(self._on_model_changed)
        self.boundary.point_clicked.connect(self._on_point_clicked)
        self.view_tabs.currentChanged.connect(self._on_view_changed)
        self.curves.options_changed.connect(self._on_curve_options)
        self.runner.snapshot.connect(self._on_snapshot)
        self.runner.run_ended.connect(self._on_run_ended)
        self.runner.failed.connect(self._on_failed)
        self.runner.file_done.connect(self._on_file_done)

    # --- data and model -------------------------------------------------------------------------

    def _apply(self, settings: DataSettings, spec: ModelSpec, preset: str | None,
               dataset: Dataset | None = None) -> None:
        """Show these (valid) settings: stop any run, forget the session, redraw."""
        self.runner.join()
        if dataset is None and not (settings.dataset == DRAWN and not settings.points):
            try:
                dataset = build_dataset(settings, self.cache)
            except (DataError, ValueError) as error:
                if settings.dataset != DRAWN:
                    raise
                self.data_panel.show_error(str(error))
        self._set_preset_label(preset)
        self.model_panel.set_spec(spec)
        self._set_data(settings, dataset)

    def _set_data(self, settings: DataSettings, dataset: Dataset | None) -> None:
        self.data_settings, self.dataset = settings, dataset
        self.data_panel.set_settings(settings)
        if dataset is not None:
            self.data_panel.show_data(dataset)
        elif settings.dataset == DRAWN:
            self.data_panel.show_data(None)
            if not settings.points:
                self.data_panel.show_error("no points yet: click the Boundary plot to add "
                                           "points of the chosen class")
        drawn = np.asarray(settings.points, dtype=np.float64).reshape(-1, 3) \
            if settings.dataset == DRAWN else None
        self.boundary.set_data(dataset if dataset is None or dataset.is_2d else None, drawn)
        self.regression.set_data(dataset)
        self.digits.set_data(dataset)
        self._sync_tabs()
        self._model_changed()

    def _sync_tabs(self) -> None:
        data, drawn = self.dataset, self.data_settings.dataset == DRAWN
        visible = {
            "boundary": drawn or (data is not None and data.is_2d),
            "regression": data is not None and data.task == "regression",
            "digits": data is not None and data.task != "regression" and not data.is_2d,
            "weights": True,
            "landscape": True,
        }
        before = [self.view_tabs.isTabVisible(i) for i in range(len(VIEWS))]
        for i, key in enumerate(VIEWS):
            self.view_tabs.setTabVisible(i, visible[key])
        images = data is not None and data.image_shape is not None
        self.view_tabs.setTabText(VIEWS.index("digits"), "Digits" if images else "Confusion")
        self.view_tabs.setTabText(VIEWS.index("boundary"), "Surface" if data is not None and
                                  data.task == "regression" else "Boundary")
        if before != [visible[k] for k in VIEWS] or \
                not self.view_tabs.isTabVisible(self.view_tabs.currentIndex()):
            # other kind of data: show its own view first (Qt may have picked Weights)
            self.view_tabs.setCurrentIndex(next(i for i, k in enumerate(VIEWS) if visible[k]))

    def _model_changed(self) -> None:
        """Read the form, resolve it against the data, show the summary; forget the session."""
        self.runner.join()
        self.session, self.painter = None, None
        self.latest, self.frame = None, None
        self._drawn = {}
        self.spec, self.architecture = None, None
        error = ""
        try:
            self.spec = self.model_panel.spec()
            if self.dataset is not None:
                d = self.dataset
                self.architecture = self.spec.resolve(d.n_features, d.task, d.n_classes)
        except (SceneError, ValueError) as exc:
            error = str(exc).removeprefix("model: ")
        arch = self.architecture
        if arch is not None:
            inputs = f"Input: {arch.n_inputs} features ({self.dataset.title})"
            units = arch.output_units
            output = (f"Output: Dense({units}, {arch.output.activation}) · loss {arch.loss} · "
                      f"metrics {', '.join(arch.metrics)}")
            self.model_panel.show_architecture(summarize(arch), inputs, output, error)
            self.weights.set_layers([layer.name for layer in arch.dense_layers])
            self.digits.set_activations(tuple(layer.activation for layer in arch.dense_layers))
            self.curves.set_keys(tuple(arch.metrics))
        else:
            if not error and self.dataset is None:
                error = "choose valid data first"
            self.model_panel.show_architecture(None, "", "", error)
        self.boundary.clear_model()
        self.regression.clear_model()
        self.digits.clear_model()
        self.weights.clear_model()
        self.curves.clear()
        self.transport.progress.clear(self.spec.epochs if self.spec else 0)
        if error:
            self.transport.show_message(f"The model cannot be built: {error}", error=True)
        elif self.dataset is not None:
            self.transport.show_message("Ready: press Train (Space). The first run loads "
                                        "TensorFlow." if not tensorflow_loaded() else
                                        "Ready: press Train (Space).")
        self._sync_buttons()

    def _on_data_requested(self, settings: DataSettings) -> None:
        if self.runner.active:
            return
        try:
            dataset = build_dataset(settings, self.cache) if settings.dataset != DRAWN or \
                settings.points else None
        except (DataError, ValueError) as error:
            if settings.dataset != DRAWN:  # keep the data in use, say why
                self.data_panel.set_settings(self.data_settings)
                self.data_panel.show_error(str(error))
                return
            dataset = None
            self._set_data(settings, None)
            self.data_panel.show_error(str(error))
            return
        self._set_preset_label(None)
        self._set_data(settings, dataset)

    def _on_point_clicked(self, x: float, y: float, add: bool) -> None:
        if self.runner.busy:
            self.transport.show_message("Stop the training to edit the points.")
            return
        if add:
            self.data_panel.add_point(x, y)
        else:
            self.data_panel.remove_nearest(x, y)

    def _on_model_changed(self, kind: str) -> None:
        if kind == "learning_rate":
            lr = float(self.model_panel.learning_rate.value())
            if self.spec is not None:
                self.spec = self.spec.with_changes(learning_rate=lr)
            if self.runner.active and self.runner.control is not None:
                self.runner.control.set_learning_rate(lr)
                self.transport.show_message(f"Learning rate {lr:g}: applied before the next "
                                            "batch, with the same weights.")
                return
            if self.session is not None and not self.runner.busy:
                self.session.set_learning_rate(lr)
                self.transport.show_message(f"Learning rate {lr:g}: Train continues with the "
                                            "same weights.")
                return
        if kind == "epochs" and self.session is not None and not self.runner.busy:
            epochs = self.model_panel.epochs.value()
            self.session.set_epochs(epochs)
            self.spec = self.spec.with_changes(epochs=epochs) if self.spec else None
            self.transport.show_message(f"{epochs} epochs planned: Train continues from epoch "
                                        f"{self.session.epoch}.")
            self._sync_buttons()
            return
        self._set_preset_label(None)
        self._model_changed()

    def _set_preset_label(self, preset: str | None) -> None:
        self.preset = preset
        self.preset_box.setCurrentIndex(max(self.preset_box.findData(preset), 0))
        self.preset_note.setText(PRESETS[preset].expectation.capitalize() + "."
                                 if preset else "Or set up data and model yourself.")

    def apply_preset(self, name: str) -> None:
        """Fill data and model with a course example (no TensorFlow needed)."""
        preset = PRESETS[name]
        options = dict(preset.options)
        settings = DataSettings(dataset=preset.dataset,
                                test_fraction=float(options.get("test_fraction", 0.3)),
                                standardize=bool(options.get("standardized", False)))
        try:
            dataset = preset.load_data()
        except ValueError as error:
            self.transport.show_message(f"Preset {preset.title}: {error}", error=True)
            return
        self._apply(settings, preset.spec, name, dataset)

    def _on_preset(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name:
            self.apply_preset(name)

    # --- training controls ----------------------------------------------------------------------

    def _can_train(self) -> bool:
        return self.dataset is not None and self.architecture is not None

    def _ensure_session(self) -> TrainingSession | None:
        if not self._can_train() or self.spec is None or self.dataset is None:
            return None
        if self.session is None:
            self.session = TrainingSession(self.spec, self.dataset)
            self.painter = FramePainter(self.dataset)
        return self.session

    def _start(self, control: TrainingControl) -> None:
        session = self._ensure_session()
        if session is None:
            self.transport.show_message("Choose data and a valid model first.", error=True)
            return
        if session.epoch >= session.spec.epochs:
            self.transport.show_message(f"All {session.spec.epochs} epochs are done: raise "
                                        "Epochs to train on, or Reset to start over.")
            return
        loading = not tensorflow_loaded()
        assert self.painter is not None
        self.runner.start_run(session, control, self.painter, SNAPSHOT_S)
        self.transport.show_message("Loading TensorFlow… (the first time takes a few seconds)"
                                    if loading else "Training…")
        self._sync_buttons()

    def train(self) -> None:
        """Start training, or resume a paused run."""
        if self.runner.active:
            if self.runner.paused and self.runner.control is not None:
                self.runner.control.resume()
                self.transport.show_message("Training…")
        elif not self.runner.busy:
            self._start(TrainingControl())
        self._sync_buttons()

    def pause(self) -> None:
        if self.runner.running and self.runner.control is not None:
            self.runner.control.pause()
            self.transport.show_message("Paused: the weights stay; you can change the learning "
                                        "rate, step, resume or stop.")
        self._sync_buttons()

    def toggle_training(self) -> None:
        """Space: pause a running training, otherwise train (or resume)."""
        if self.runner.running:
            self.pause()
        else:
            self.train()

    def stop(self) -> None:
        self.runner.stop()

    def step_batch(self) -> None:
        self._step("batch")

    def step_epoch(self) -> None:
        self._step("epoch")

    def _step(self, unit: str) -> None:
        if self.runner.busy and not self.runner.active:
            return
        control = self.runner.control if self.runner.active else TrainingControl(paused=True)
        assert control is not None
        if unit == "batch":
            control.step_batches(1)
        else:
            control.step_epochs(1)
        if not self.runner.active:
            self._start(control)
        self._sync_buttons()

    def reset(self) -> None:
        """Forget the training: the next run starts from fresh weights (the seed's)."""
        self._model_changed()
        self.transport.show_message("Reset: the next run starts from fresh weights "
                                    f"(seed {self.spec.seed if self.spec else 0}).")

    # --- worker results -------------------------------------------------------------------------

    def _on_snapshot(self, frame: object) -> None:
        if isinstance(frame, Frame):
            self.frame, self.latest = frame, frame.snapshot
            if self.isVisible():
                self._frame_due()
            self.snapshot_received.emit(frame.snapshot)

    def _on_run_ended(self, result: object) -> None:
        assert isinstance(result, RunResult)
        if result.status == "diverged":
            self.transport.show_message(result.message, error=True)
        else:
            speed = f" at {result.samples_per_second:,.0f} samples/s" \
                if result.samples_per_second else ""
            self.transport.show_message(f"{result.message.capitalize()}{speed}.")
        self._sync_buttons()
        self.run_finished.emit(result.status)

    def _on_failed(self, message: str) -> None:
        self.transport.show_message(f"Training failed: {message}", error=True)
        self._sync_buttons()
        self.run_finished.emit("failed")

    def _on_file_done(self, kind: str, value: object) -> None:
        if kind == "error":
            self.transport.show_message(str(value), error=True)
        elif kind == "saved":
            self.transport.show_message(f"Saved the model to {value}.")
        elif isinstance(value, Frame):
            self.frame, self.latest = value, value.snapshot
            self.schedule()
            self.transport.show_message(f"{value.snapshot.message}: its weights are in place; "
                                        "Train continues from them.")
        self._sync_buttons()
        self.file_finished.emit(kind)

    # --- files ----------------------------------------------------------------------------------

    def save_model(self, path: str | Path) -> None:
        """Write the model to ``path`` (.keras) on the worker; ``file_finished`` follows."""
        if self.runner.busy or self.session is None or self.latest is None:
            self.transport.show_message("Nothing to save yet: train first (and stop the run).",
                                        error=True)
            self.file_finished.emit("error")
            return
        self.runner.save(self.session, str(path))
        self._sync_buttons()

    def load_model(self, path: str | Path) -> None:
        """Take the weights of a .keras model with this form's layers; ``file_finished``."""
        session = None if self.runner.busy else self._ensure_session()
        if session is None:
            self.transport.show_message("Stop the training and choose valid data and model "
                                        "before loading.", error=True)
            self.file_finished.emit("error")
            return
        if not tensorflow_loaded():
            self.transport.show_message("Loading TensorFlow…")
        assert self.painter is not None
        self.runner.load(session, self.painter, str(path))
        self._sync_buttons()

    def export_history(self, path: str | Path) -> None:
        """The per-epoch history as CSV (what the curves show)."""
        history = self.latest.history if self.latest is not None else {}
        try:
            write_history_csv(history, path)
        except OSError as error:
            self.transport.show_message(f"Cannot write {path}: {error.strerror or error}",
                                        error=True)
            return
        self.transport.show_message(f"Saved the history ({len(history.get('loss', ()))} "
                                    f"epochs) to {path}.")

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save model", "model.keras",
                                              "Keras models (*.keras)")
        if path:
            self.save_model(path)

    def _load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Load model", "", "Keras models (*.keras)")
        if path:
            self.load_model(path)

    def _csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export history", "history.csv",
                                              "CSV files (*.csv)")
        if path:
            self.export_history(path)

    # --- drawing --------------------------------------------------------------------------------

    def _ui_state_now(self) -> str:
        if self.runner.job in ("save", "load"):
            return "busy"
        if self.runner.active:
            return "paused" if self.runner.paused else "running"
        return "idle"

    def _sync_buttons(self) -> None:
        state = self._ui_state_now()
        key = (state, self._can_train())
        if key == self._ui_state:
            return
        self._ui_state = key
        self.transport.set_state(state, self._can_train())
        editable = state == "idle"
        self.data_panel.set_editable(editable)
        self.model_panel.set_running(not editable)
        self.preset_box.setEnabled(editable)

    def schedule(self) -> None:
        """Something new to draw: make sure the render timer runs at its frame rate."""
        if not self.timer.isActive() or self.timer.interval() != FRAME_MS:
            self.timer.start(FRAME_MS)

    def _frame_due(self) -> None:
        """A snapshot arrived: if a frame interval has passed since the last frame, this is the
        frame (drawn now, while the GUI thread is awake anyway: every extra wake-up makes the
        training thread wait for the interpreter); otherwise the render timer draws it."""
        if time.monotonic() - self._last_frame >= FRAME_MS / 1000:
            self._tick()
        else:
            self.schedule()

    def _tick(self) -> None:
        """One frame: draw what is due. The timer idles when nothing is waiting (and waits
        just long enough when only the slower curves are), so a paused or finished lab, or a
        hidden one, costs the training thread no wake-ups of the GUI thread."""
        self._sync_buttons()
        s = self.latest
        if s is None or not self.isVisible():
            self.timer.stop()
            return
        self._last_frame = time.monotonic()
        self._draw()
        if self.curves.step():
            self.schedule()  # more plots to redraw next frame
            return
        if self._drawn.get("curves") is not s:  # only the slower part is waiting
            wait = SLOW_S - (time.monotonic() - self._last_slow)
            self.timer.start(max(FRAME_MS, round(wait * 1000)))
        else:
            self.timer.stop()

    def _current_view(self) -> str:
        return VIEWS[self.view_tabs.currentIndex()]

    def _draw(self, force: bool = False) -> None:
        """Draw the latest snapshot: the view on screen at every new snapshot (≤ ~20/s), the
        curves, counters and texts at most every SLOW_S (and at every pause or end), so the GUI
        thread holds the interpreter as little as possible while Keras trains."""
        s = self.latest
        if s is None:
            return
        now = time.monotonic()
        slow_due = force or s.state != "running" or now - self._last_slow >= SLOW_S
        if slow_due and self._drawn.get("curves") is not s:
            self._last_slow = now
            self._drawn["curves"] = s
            self.transport.progress.show_snapshot(s)
            self.curves.set_keys(self.curves.keys_of(s))
            self.curves.show_snapshot(s)  # its plots follow one per frame (curves.step)
            self._show_state(s)
        view = self._current_view()
        if view == "landscape":  # drawn by its own worker, not from training snapshots
            return
        if force or self._drawn.get(view) is not s:
            self._drawn[view] = s
            if view == "boundary":  # the heatmap at every snapshot, the neuron maps slower
                if self.frame is not None and self.frame.snapshot is s:
                    self.boundary.show_frame(self.frame, maps=slow_due)
            else:
                {"regression": self.regression, "digits": self.digits,
                 "weights": self.weights}[view].show_snapshot(s)

    def _show_state(self, s: TrainingSnapshot) -> None:
        if s.state == "diverged" and s.message:
            self.transport.show_message(s.message, error=True)
        elif s.state == "paused" and not self.transport.is_error:
            self.transport.show_message(
                f"Paused at epoch {s.epoch}, batch {s.batch}/{s.batches_per_epoch} "
                f"(learning rate {s.learning_rate:g}).")
        elif s.state == "running" and self.transport.message.text().startswith("Loading"):
            self.transport.show_message("Training…")

    def _on_view_changed(self) -> None:
        self.schedule()

    def _on_curve_options(self) -> None:
        self._drawn.pop("curves", None)
        self.schedule()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule()

    # --- Lab interface --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        spec = self.spec
        if spec is None:
            try:
                spec = self.model_panel.spec()
            except (SceneError, ValueError):
                spec = ModelSpec()
        return {"version": STATE_VERSION, "data": self.data_settings.to_dict(),
                "model": spec.to_dict(), "preset": self.preset, "view": self._current_view(),
                "curves": {"log_y": self.curves.log_y.isChecked(),
                           "smoothing": self.curves.smoothing.value() / 100}}

    def apply_state(self, data: dict[str, Any]) -> None:
        """Validate everything (data, model, their fit) before changing anything."""
        where = "training lab"
        if not isinstance(data, dict):
            raise SceneError(f"{where}: must be an object")
        unknown = sorted(set(data) - STATE_KEYS)
        if unknown:
            raise SceneError(f"{where}: unknown field {unknown[0]!r}")
        if data.get("version", STATE_VERSION) != STATE_VERSION:
            raise SceneError(f"{where}: unsupported version {data.get('version')!r}")
        settings = DataSettings.from_dict(data.get("data", {}))
        spec = ModelSpec.from_dict(data.get("model", {}))
        preset = data.get("preset")
        if preset is not None and preset not in PRESETS:
            raise SceneError(f"{where}: unknown preset {preset!r}")
        view = data.get("view", "boundary")
        if view not in VIEWS:
            raise SceneError(f"{where}: 'view' must be one of {', '.join(VIEWS)}")
        curves = data.get("curves", {})
        if not isinstance(curves, dict) or set(curves) - {"log_y", "smoothing"}:
            raise SceneError(f"{where}: 'curves' must be an object with log_y and smoothing")
        log_y = curves.get("log_y", False)
        smoothing = curves.get("smoothing", 0.6)
        if not isinstance(log_y, bool):
            raise SceneError(f"{where}: curves 'log_y' must be true or false")
        if isinstance(smoothing, bool) or not isinstance(smoothing, int | float) \
                or not 0 <= smoothing <= 0.99:
            raise SceneError(f"{where}: curves 'smoothing' must be a number 0–0.99")
        dataset = None
        if not (settings.dataset == DRAWN and not settings.points):
            try:
                dataset = build_dataset(settings, self.cache)
            except (DataError, ValueError) as error:
                if settings.dataset != DRAWN:
                    raise SceneError(f"{where}, data: {error}") from None
        if dataset is not None:
            spec.resolve(dataset.n_features, dataset.task, dataset.n_classes)  # SceneError
        self.curves.log_y.blockSignals(True)
        self.curves.smoothing.blockSignals(True)
        self.curves.log_y.setChecked(log_y)
        self.curves.smoothing.setValue(round(smoothing * 100))
        self.curves.log_y.blockSignals(False)
        self.curves.smoothing.blockSignals(False)
        self.curves._on_options()
        self._apply(settings, spec, preset, dataset)
        index = VIEWS.index(view)
        if self.view_tabs.isTabVisible(index):
            self.view_tabs.setCurrentIndex(index)

    def export_target(self) -> QWidget:
        if self.view_tabs.currentWidget() is self.landscape:
            return self.landscape.export_target()
        return self.splitter

    def is_ready(self) -> bool:
        return self.runner.job not in ("save", "load")

    def shutdown(self) -> None:
        self.timer.stop()
        self.landscape.shutdown()
        self.runner.join()
