"""The Training Lab page: data and model on the left, a Keras model training live on the right.

The lab owns the data settings (:class:`DataSettings`), the model form's :class:`ModelSpec`
and, once the user trains, a :class:`TrainingSession` run by :class:`TrainingRunner` on the
worker thread. Data rate is not frame rate: snapshots arrive at most ~20–30 times a second and
only replace ``latest``; a 60 Hz render timer draws the latest one once, on the views that are
on screen. TensorFlow is imported by the first run (on the worker), never by building the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.data import DataError, Dataset
from explorer.core.i18n import tr_noop
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.core.nn.spec import Architecture, ModelSpec, summarize
from explorer.core.nn.training import TrainingSession
from explorer.core.scene import SceneError
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions
from explorer.ui.i18n import translate
from explorer.ui.labs.base import Lab
from explorer.ui.labs.training.common import data_error_text
from explorer.ui.labs.training.data_settings import (
    DRAWN,
    CsvCache,
    DataSettings,
    build_dataset,
)
from explorer.ui.labs.training.frames import Frame, FramePainter
from explorer.ui.labs.training.lab_compare import attach_compare
from explorer.ui.labs.training.lab_exports import LabExports
from explorer.ui.labs.training.lab_files import ModelFiles
from explorer.ui.labs.training.lab_layout import (
    architecture_lines,
    build_layout,
    empty_views,
    model_error_text,
    preset_note,
    retranslate_layout,
    set_curve_options,
    sync_view_tabs,
)
from explorer.ui.labs.training.lab_render import LabRenderer
from explorer.ui.labs.training.lab_replay import RunReplay, restore_run, run_to_dict
from explorer.ui.labs.training.lab_run import RunControls
from explorer.ui.labs.training.lab_state import VIEWS, parse_scene, scene_to_dict
from explorer.ui.labs.training.runner import TrainingRunner, tensorflow_loaded
from explorer.ui.widgets.shortcuts import lab_shortcuts

SNAPSHOT_S = 0.05  # 20 snapshots a second (each costs training ~1.5 ms); the heatmap fades


class TrainingLab(Lab):
    name = "training"
    title = tr_noop("Lab", "Training Lab")
    hint = tr_noop("Lab", "Space: train/pause · →: one batch · Shift+→: one epoch · R: reset · "
                   "learning rate editable while paused · Draw data set: click the plot to add "
                   "points")

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
        self._ui_state: tuple | None = None
        self.runner = TrainingRunner(self)
        self.render = LabRenderer(self, timer_parent=self)
        self.replay: RunReplay[Frame] = RunReplay(lambda f: (f.snapshot.epoch, f.snapshot.state))
        self.files = ModelFiles(self, dialog_parent=self)
        self.controls = RunControls(self, snapshot_s=lambda: SNAPSHOT_S)  # read at each start
        self.exports = LabExports(self)
        self.timer = self.render.timer
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_ui()
        self._connect()
        self._apply(DataSettings(), self.model_panel.spec(), None)
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The texts the lab sets itself, in the current language (each panel and view
        retranslates its own; the status line says its message again)."""
        retranslate_layout(self._widgets, self.dataset)
        self.export_gif_button.setToolTip(self.tr(
            "Export the last training run, replayed epoch by epoch from what it recorded (not "
            "retrained), as a GIF or MP4 animation (Ctrl+Shift+E)"))
        self._show_preset_note()
        self._show_architecture()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        w = build_layout(self, self.cache, lambda: self.session, lambda: self.runner.running)
        self._widgets = w
        self.preset_box, self.preset_note = w.preset_box, w.preset_note
        self.data_panel, self.model_panel, self.left_tabs = w.data_panel, w.model_panel, \
            w.left_tabs
        self.transport, self.export_png_button = w.transport, w.export_png_button
        self.export_gif_button = w.export_gif_button
        self.boundary, self.regression, self.digits = w.boundary, w.regression, w.digits
        self.weights, self.landscape, self.view_tabs = w.weights, w.landscape, w.view_tabs
        self.curves, self.splitter = w.curves, w.splitter
        self.compare = attach_compare(self, w.compare_panel, w.compare_view, w.right_stack)
        self.shortcuts = lab_shortcuts(self, (
            (Qt.Key.Key_Space, self.toggle_training,
             tr_noop("Shortcuts", "train / pause (resume keeps the weights)")),
            (Qt.Key.Key_Right, self.step_batch, tr_noop("Shortcuts", "train one batch")),
            ("Shift+Right", self.step_epoch, tr_noop("Shortcuts", "train one epoch")),
            (Qt.Key.Key_R, self.reset, tr_noop("Shortcuts", "reset: fresh weights from the seed"))))

    def _connect(self) -> None:
        t = self.transport
        t.drive(self)
        t.save_action.triggered.connect(self.files.save_dialog)
        t.load_action.triggered.connect(self.files.load_dialog)
        t.csv_action.triggered.connect(self.files.csv_dialog)
        self.landscape.race_requested.connect(self.race_requested)
        self.preset_box.activated.connect(self._on_preset)
        self.data_panel.changed.connect(self._on_data_requested)
        self.model_panel.changed.connect(self._on_model_changed)
        self.boundary.point_clicked.connect(self._on_point_clicked)
        self.boundary.visible_range_changed.connect(self.controls.regrid)
        self.view_tabs.currentChanged.connect(self._on_view_changed)
        self.curves.options_changed.connect(self._on_curve_options)
        self.runner.snapshot.connect(self.controls.on_snapshot)
        self.runner.run_ended.connect(self.controls.on_run_ended)
        self.runner.failed.connect(self.controls.on_failed)
        self.runner.file_done.connect(self.files.done)

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
                self.data_panel.show_error(lambda why=error: data_error_text(why))
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
                self.data_panel.show_error(lambda: self.tr(
                    "no points yet: click the Boundary plot to add points of the chosen class"))
        drawn = np.asarray(settings.points, dtype=np.float64).reshape(-1, 3) \
            if settings.dataset == DRAWN else None
        self.boundary.set_data(dataset if dataset is None or dataset.is_2d else None, drawn)
        self.regression.set_data(dataset)
        self.digits.set_data(dataset)
        self._sync_tabs()
        self._model_changed()

    def _sync_tabs(self) -> None:
        sync_view_tabs(self.view_tabs, self.dataset, self.data_settings.dataset == DRAWN)

    def _model_changed(self) -> None:
        """Read the form, resolve it against the data, show the summary; forget the session."""
        self.runner.join()
        self.session, self.painter = None, None
        self.latest, self.frame = None, None
        self.render.forget()
        self.replay.clear()
        self.spec, self.architecture = None, None
        self._model_problem: ValueError | None = None
        try:
            self.spec = self.model_panel.spec()
            if self.dataset is not None:
                d = self.dataset
                self.architecture = self.spec.resolve(d.n_features, d.task, d.n_classes)
        except ValueError as exc:  # a SceneError naming the field
            self._model_problem = exc
        self._show_architecture()
        empty_views(self._widgets, self.architecture)
        self.transport.progress.clear(self.spec.epochs if self.spec else 0)
        self.compare.forget()
        if self._model_problem is not None or self.dataset is None:
            self.transport.show_message(lambda: self.tr("The model cannot be built: {error}")
                                        .format(error=self._model_error_text()), error=True)
        else:
            first = not tensorflow_loaded()
            self.transport.show_message(lambda: self.tr(
                "Ready: press Train (Space). The first run loads TensorFlow.") if first else
                self.tr("Ready: press Train (Space)."))
        self.sync_buttons()

    def _model_error_text(self) -> str:
        return model_error_text(getattr(self, "_model_problem", None), self.dataset)

    def _show_architecture(self) -> None:
        """The model page's summary and its input and output lines, in the current language."""
        arch, error = self.architecture, self._model_error_text()
        if arch is not None and self.dataset is not None:
            self.model_panel.show_architecture(summarize(arch),
                                               *architecture_lines(arch, self.dataset), error)
        else:
            self.model_panel.show_architecture(None, "", "", error)

    def _on_data_requested(self, settings: DataSettings) -> None:
        if self.runner.active:
            return
        try:
            dataset = build_dataset(settings, self.cache) if settings.dataset != DRAWN or \
                settings.points else None
        except (DataError, ValueError) as error:
            if settings.dataset != DRAWN:  # keep the data in use, say why
                self.data_panel.set_settings(self.data_settings)
                self.data_panel.show_error(lambda why=error: data_error_text(why))
                return
            dataset = None
            self._set_data(settings, None)
            self.data_panel.show_error(lambda why=error: data_error_text(why))
            return
        self._set_preset_label(None)
        self._set_data(settings, dataset)

    def _on_point_clicked(self, x: float, y: float, add: bool) -> None:
        if self.runner.busy:
            self.transport.show_message(lambda: self.tr("Stop the training to edit the points."))
            return
        if add:
            self.data_panel.add_point(x, y)
        else:
            self.data_panel.remove_nearest(x, y)

    def _on_model_changed(self, kind: str) -> None:
        if self.controls.change_live(kind):
            return
        self._set_preset_label(None)
        self._model_changed()

    def _set_preset_label(self, preset: str | None) -> None:
        self.preset = preset
        self.preset_box.setCurrentIndex(max(self.preset_box.findData(preset), 0))
        self._show_preset_note()

    def _show_preset_note(self) -> None:
        self.preset_note.setText(preset_note(self.preset))

    def apply_preset(self, name: str) -> None:
        """Fill data and model with a course example (no TensorFlow needed)."""
        preset = PRESETS[name]
        options = dict(preset.options)
        settings = DataSettings(dataset=preset.dataset,
                                test_fraction=float(options.get("test_fraction", 0.3)),
                                standardize=bool(options.get("standardized", False)))
        try:
            dataset = preset.load_data()
        except ValueError as exc:  # a DataError: a bundled file damaged, MNIST not downloaded
            self.transport.show_message(lambda why=exc: self.tr("Preset {title}: {error}").format(
                title=translate("Presets", preset.title), error=data_error_text(why)), error=True)
            return
        self._apply(settings, preset.spec, name, dataset)

    def _on_preset(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name:
            self.apply_preset(name)

    # --- training controls (the run itself: lab_run) --------------------------------------------

    def _can_train(self) -> bool:
        return self.dataset is not None and self.architecture is not None

    def ensure_session(self) -> TrainingSession | None:
        """The session for the current data and model, made on first need (None if the form
        is not valid)."""
        if not self._can_train() or self.spec is None or self.dataset is None:
            return None
        if self.session is None:
            self.replay.clear()  # a run restored from a scene gives way to the new one
            self.session = TrainingSession(self.spec, self.dataset)
            self.painter = FramePainter(self.dataset)
            self.controls.regrid()
        return self.session

    def train(self) -> None:
        """Start training, or resume a paused run."""
        self.controls.train()

    def pause(self) -> None:
        self.controls.pause()

    def toggle_training(self) -> None:
        """Space: pause a running training, otherwise train (or resume)."""
        if self.compare.on:
            return self.compare.toggle()
        self.controls.toggle_training()

    def stop(self) -> None:
        self.controls.stop()

    def step_batch(self) -> None:
        if self.compare.on:
            return self.compare.step_batch()
        self.controls.step("batch")

    def step_epoch(self) -> None:
        if self.compare.on:
            return self.compare.step_epoch()
        self.controls.step("epoch")

    def reset(self) -> None:
        """Forget the training: the next run starts from fresh weights (the seed's)."""
        self._model_changed()
        seed = self.spec.seed if self.spec else 0
        self.transport.show_message(lambda: self.tr(
            "Reset: the next run starts from fresh weights (seed {seed}).").format(seed=seed))

    # --- files ----------------------------------------------------------------------------------

    def save_model(self, path: str | Path) -> None:
        """Write the model to ``path`` (.keras) on the worker; ``file_finished`` follows."""
        self.files.save_model(path)

    def load_model(self, path: str | Path) -> None:
        """Take the weights of a .keras model with this form's layers; ``file_finished``."""
        self.files.load_model(path)

    def export_history(self, path: str | Path) -> None:
        """The per-epoch history as CSV (what the curves show)."""
        self.files.export_history(path)

    # --- drawing --------------------------------------------------------------------------------

    def sync_buttons(self) -> None:
        """Enable the transport's buttons and the forms for the runner's state (idle, busy,
        running, paused); cheap when nothing changed."""
        state = self.controls.state()
        key = (state, self._can_train())
        if key == self._ui_state:
            return
        self._ui_state = key
        self.transport.set_state(state, self._can_train())
        self.set_forms_editable(state == "idle")

    def set_forms_editable(self, editable: bool) -> None:
        """Data, model and preset can change only while nothing trains."""
        self.data_panel.set_editable(editable)
        self.model_panel.set_running(not editable)
        self.preset_box.setEnabled(editable)

    def schedule(self) -> None:
        """Something new to draw: make sure the render timer runs at its frame rate."""
        self.render.schedule()

    def current_view(self) -> str:
        """The name of the view tab on screen ("boundary", "regression", "digits", …)."""
        return VIEWS[self.view_tabs.currentIndex()]

    def _on_view_changed(self) -> None:
        self.schedule()

    def _on_curve_options(self) -> None:
        self.render.drawn.pop("curves", None)
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
        state = scene_to_dict(self.data_settings, spec, self.preset, self.current_view(),
                              self.curves.log_y.isChecked(), self.curves.smoothing.value() / 100)
        return {**state, "compare": self.compare.panel.setup().to_dict(),
                "run": run_to_dict(self.replay), "compare_run": self.compare.run_to_dict()}

    def apply_state(self, data: dict[str, Any]) -> None:
        """Validate everything (data, model, their fit) before changing anything."""
        scene = parse_scene(data, self.cache)
        set_curve_options(self.curves, scene.log_y, scene.smoothing)
        self._apply(scene.settings, scene.spec, scene.preset, scene.dataset)
        if scene.run is not None and self.architecture is not None and self.dataset is not None:
            self.exports.show_frame(restore_run(self.replay, scene.run, scene.spec,
                                                self.architecture, self.dataset))
        self.compare.apply(scene.compare, scene.compare_run)
        index = VIEWS.index(scene.view)
        if self.view_tabs.isTabVisible(index):
            self.view_tabs.setCurrentIndex(index)

    def export_target(self) -> QWidget:
        return self.exports.target()

    def export_parts(self) -> dict[str, tuple[str, QWidget]]:
        return self.exports.parts()

    def figure_info(self) -> FigureInfo:
        return self.exports.figure_info()

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions = ALL_ON) -> Iterator[QImage] | None:
        return self.exports.animation_frames(width, height, options)

    def frame_count(self) -> int:
        return self.exports.frame_count()

    def is_ready(self) -> bool:
        return self.runner.job not in ("save", "load")

    def shutdown(self) -> None:
        self.timer.stop()
        self.landscape.shutdown()
        self.compare.shutdown()
        self.runner.join()
