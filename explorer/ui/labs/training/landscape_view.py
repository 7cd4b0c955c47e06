"""The Training Lab's "Landscape" tab: the loss of the trained network on a slice of its weights.

A form chooses the slice (:class:`LandscapeSettings`); Compute runs
``iter_session_landscape`` on the one worker (``explorer.ui.worker``), whose partial grids are
drawn as they arrive (≤ 30 per second, straight into the plot items made once). The finished
:class:`Landscape` is shown as a heatmap with contours, the current weights, the slice minimum
and the projected training path, as a 3-D mesh (tab made on first show), or, for the
initial → final line, as loss and accuracy against α. "Race optimizers here" turns the slice into
a Surface on the worker (TensorFlow's first trace takes ~0.6 s) and emits ``race_requested``.
A cancelled or failed computation leaves the previous landscape on screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr_noop
from explorer.core.nn.landscape import (
    PROGRESS_MESSAGES,
    WHERE,
    Landscape,
    LandscapePartial,
    LandscapeSettings,
    in_background,
    iter_session_landscape,
    landscape_surface,
)
from explorer.core.progress import Progress
from explorer.core.scene import AT, SceneError, problem_at
from explorer.ui.export import render_widget, save_png
from explorer.ui.i18n import error_text
from explorer.ui.labs.training.common import ERROR_STYLE, NOTE_STYLE, translate_marked
from explorer.ui.labs.training.landscape_plots import (
    LandscapeForm,
    LinePlot,
    Mesh3D,
    SliceMap,
    axis_labels,
    landscape_title,
    summary,
)
from explorer.ui.worker import JobThread, Worker

PREPARING = QT_TRANSLATE_NOOP("Landscape", "Preparing the slice as a surface (TensorFlow)…")
PROGRESS = (*PROGRESS_MESSAGES, PREPARING)  # progress texts of the jobs, by their templates
POLL_MS = 400  # how often the view looks at the session (trained? training? path length?)


def race_job(landscape: Landscape) -> Generator[Progress, None, Any]:
    """``landscape_surface(prepare=True)`` on a helper thread, reporting every 50 ms, so the
    one-off TensorFlow trace neither freezes the GUI nor holds a cancel up."""
    return (yield from in_background(lambda: landscape_surface(landscape, prepare=True),
                                     PREPARING, 0.5))


class LandscapeView(QWidget):
    """The loss landscape of the Training Lab's session, with its form, plots and exports."""

    race_requested = Signal(object)  # a Surface for the Optimizer Lab
    computed = Signal(object)  # the finished Landscape

    def __init__(self, session_provider: Callable[[], Any], is_training: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_provider, self._is_training = session_provider, is_training
        self.landscape: Landscape | None = None
        self.worker = Worker(self)
        self.job: str | None = None  # "compute" or "race" while one runs
        self._valid = LandscapeSettings()
        self._session: Any = None
        self.partials_drawn = 0
        self._drawn_axes: tuple[int, int] | None = None
        self._status_shown = True
        self._closed = False
        self.view3d: Mesh3D | None = None
        self._build_ui()
        self._connect()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:
        """Look at the session only while the tab is on screen."""
        super().showEvent(event)
        if not self._closed:
            self.refresh()
            self.poll.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.poll.stop()

    # --- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.form = LandscapeForm()

        self.compute_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        top = QHBoxLayout()
        top.addWidget(self.compute_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.map = SliceMap()
        self.line = LinePlot()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.line)
        self.view3d_holder = QWidget()
        QVBoxLayout(self.view3d_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, "")
        self.tabs.addTab(self.view3d_holder, "3-D")
        self.png_button = QPushButton("PNG…")
        self.npz_button = QPushButton()
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.form.show_row)
        corner_layout.addWidget(self.png_button)
        corner_layout.addWidget(self.npz_button)
        self.tabs.setCornerWidget(corner)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.race_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.race_button, 0, Qt.AlignmentFlag.AlignTop)

        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.message)
        right.addWidget(self.tabs, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addLayout(right, 1)
        self._said: tuple[Callable[[], str] | str, str] = ("", NOTE_STYLE)
        self._training = False
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Buttons, tabs, tooltips and the last message in the current language (the form and
        the plots retranslate their own texts)."""
        self.compute_button.setText(self.tr("Compute"))
        self._compute_tip()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop computing; the previous landscape stays"))
        self.tabs.setTabText(0, self.tr("Slice"))
        self.tabs.setTabToolTip(1, self.tr("The slice as a surface you can turn (drag) and "
                                           "zoom (wheel)"))
        self.png_button.setToolTip(self.tr("Save the view on screen as a PNG picture"))
        self.npz_button.setText(self.tr("Save grid (.npz)…"))
        self.npz_button.setToolTip(self.tr("Save the computed grid (a, b, loss, accuracy, "
                                           "path, …) as a numpy .npz file"))
        self.race_button.setText(self.tr("Race optimizers here ▸"))
        self.race_button.setToolTip(self.tr("Open this slice as a loss surface in the Optimizer "
                                            "Lab, where every optimizer can race on it"))
        text, style = self._said
        self._show(text, style, self._status_shown)
        if self.job is None:
            self._redraw()
        if hasattr(self, "poll"):  # built: say the path note and the status again
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _compute_tip(self) -> None:
        self.compute_button.setToolTip(
            self.tr("Pause training to compute a landscape (the weights must stay still)")
            if self._training else
            self.tr("Evaluate the loss on the grid (in the background)"))

    def _connect(self) -> None:
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.race_button.clicked.connect(self.race_here)
        self.png_button.clicked.connect(self._png_dialog)
        self.npz_button.clicked.connect(self._npz_dialog)
        self.form.log_colour.toggled.connect(self._redraw)
        self.form.show_path.toggled.connect(self._on_show_path)
        self.form.record_every.valueChanged.connect(self._on_record_changed)
        self.form.record_unit.currentIndexChanged.connect(self._on_record_changed)
        self.tabs.currentChanged.connect(self._on_tab)

    # --- the form's settings -------------------------------------------------------------------

    def settings(self) -> LandscapeSettings:
        """The form as settings; ValueError ("landscape: …") if it is not a valid slice."""
        return self.form.settings()

    def state(self) -> dict[str, Any]:
        """The form's settings (the last valid ones if the form holds a mistake)."""
        with contextlib.suppress(ValueError):
            self._valid = self.form.settings()
        return self._valid.to_dict()

    def apply_state(self, data: dict[str, Any]) -> None:
        """Show stored settings; SceneError (form unchanged) if they are not valid."""
        if not isinstance(data, dict):
            raise problem_at(WHERE, tr_noop("Scenes", "the settings must be an object"))
        settings = LandscapeSettings.from_dict(data)  # SceneError naming the field
        problem = self.form.out_of_range(settings)
        if problem is not None:
            raise SceneError(AT, where=WHERE, problem=problem)
        self.form.set_settings(settings)
        self._valid = settings

    # --- the session ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look at the session: say what is possible, enable the buttons, sync the path note."""
        session = self._session_provider()
        training = bool(self._is_training()) if session is not None else False
        if session is not self._session:
            self._session = session
            if session is not None:
                self.form.set_record(*session.record_every)
        busy = self.job is not None
        self.compute_button.setEnabled(session is not None and not training and not busy)
        self.cancel_button.setEnabled(busy)
        has = self.landscape is not None and not busy
        self.race_button.setEnabled(has and self.landscape.plane is not None)
        self.npz_button.setEnabled(has)
        self.form.record_every.setEnabled(session is not None and not training)
        self.form.record_unit.setEnabled(session is not None and not training)
        if session is None:
            self.form.path_note.setText(self.tr("No model yet."))
            if not busy and self._status_shown:
                self._status(lambda: self.tr("Train a model first: the landscape is cut "
                                             "through its weights."))
            return
        count = len(session.trajectory)
        every, unit = session.record_every
        units = {"epoch": (self.tr("epoch"), self.tr("epochs")),
                 "batch": (self.tr("batch"), self.tr("batches"))}.get(unit, (unit, f"{unit}s"))
        interval = units[0] if every == 1 else f"{every} {units[1]}"
        self.form.path_note.setText(self.tr(
            "{count} weight snapshots recorded (every {interval}). PCA and the line need at "
            "least 2.").format(count=count, interval=interval) if count != 1 else self.tr(
            "{count} weight snapshot recorded (every {interval}). PCA and the line need at "
            "least 2.").format(count=count, interval=interval))
        self._training = training
        self._compute_tip()
        if not busy and self._status_shown:
            self._status(lambda: self.tr("Pause or stop training to compute a landscape.")
                         if training else self.tr("Choose a slice and press Compute."))

    def _on_record_changed(self) -> None:
        session = self._session_provider()
        if session is None:
            return
        try:
            session.set_record_every(self.form.record_every.value(),
                                     self.form.record_unit.currentData())
        except (RuntimeError, ValueError) as error:
            why = str(error)
            self._error(lambda: self.tr("Recording interval: {error}.").format(error=why))
            self.form.set_record(*session.record_every)
            return
        self._note(lambda: self.tr("The new recording interval applies from the next training "
                                   "run."))
        self.refresh()

    # --- computing ------------------------------------------------------------------------------

    def compute(self) -> bool:
        """Start computing the form's slice; False (with a message) if it cannot start."""
        try:
            settings = self.form.settings()
        except ValueError as error:  # a SceneError naming the field
            self._error(lambda why=error: error_text(why))
            return False
        session = self._session_provider()
        if session is None:
            self._error(lambda: self.tr("Train a model first: the landscape is cut through its "
                                        "weights."))
            return False
        if self._is_training():
            self._error(lambda: self.tr("Pause or stop training first: the weights must stay "
                                        "still."))
            return False
        self._valid = settings
        self._start("compute", lambda: iter_session_landscape(session, settings),
                    self._on_done)
        n = settings.resolution
        self._note(lambda: self.tr("Computing a {n}-point line…").format(n=n)
                   if settings.kind == "interpolation" else
                   self.tr("Computing a {n} × {n} slice…").format(n=n))
        return True

    def _start(self, job: str, make: Callable[[], Any], succeeded: Callable[[Any], None]) -> None:
        self.job = job
        self.progress.setValue(0)
        self.worker.start(make, progress=self._on_progress, partial=self._on_partial,
                          succeeded=succeeded, failed=self._on_failed,
                          cancelled=self._on_cancelled)
        self.refresh()

    def cancel(self) -> None:
        if self.job is not None:
            self.worker.cancel()
            self._note(lambda: self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _current(self, *, live: bool = False) -> bool:
        """The signal comes from the job running now (and, if ``live``, not cancelled: its
        progress and partial results are no longer wanted once Cancel is pressed)."""
        sender = self.sender()
        return isinstance(sender, JobThread) and sender is self.worker.thread \
            and not (live and sender.is_cancelled)

    def _finish(self) -> None:
        self.job = None
        self.progress.setValue(0)
        self.refresh()

    def _on_progress(self, fraction: float, message: str) -> None:
        if self._current(live=True):
            self.progress.setValue(round(1000 * fraction))
            if message and message != self._said[0]:
                self._note(message)

    def _on_partial(self, partial: object) -> None:
        if not self._current(live=True) or not isinstance(partial, LandscapePartial):
            return
        self.partials_drawn += 1
        if partial.b is None:
            self._show_page(self.line)
            self.line.clear_endpoints()
            self.line.show_line(partial.a, partial.loss, partial.accuracy,
                                self.tr("Loss along the line (computing…)"))
        else:
            self._show_page(self.map)
            if self.partials_drawn == 1 or self._drawn_axes != (len(partial.a), len(partial.b)):
                self.map.clear_landscape()
                self.map.set_axes(partial.a, partial.b, "a", "b",
                                  self.tr("Loss landscape (computing…)"))
                self._drawn_axes = (len(partial.a), len(partial.b))
            self.map.show_grid(partial.loss, self.form.log_colour.isChecked(), self._valid.split,
                               rows=partial.done // len(partial.a))

    def _on_done(self, result: object) -> None:
        if not self._current():
            return
        assert isinstance(result, Landscape)
        self.landscape = result
        self._finish()
        self._redraw()
        points = result.loss.size
        seconds = result.seconds
        self._note(lambda: self.tr("Computed {points} points in {seconds} s.").format(
            points=f"{points:,}", seconds=f"{seconds:.2f}"))
        self.computed.emit(result)

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self._finish()
        self._redraw()
        text = message.split(": ", 1)[1] if message.startswith(("ValueError: ",
                                                                "RuntimeError: ")) else message
        self._error(lambda: self.tr("Could not compute: {error}").format(error=text))

    def _on_cancelled(self) -> None:
        if not self._current():
            return
        self._finish()
        self._redraw()
        kept = self.landscape is not None
        self._note(lambda: self.tr("Cancelled: the previous landscape stays.") if kept
                   else self.tr("Cancelled."))

    # --- drawing --------------------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.tabs.setTabEnabled(1, page is self.map)

    def _redraw(self) -> None:
        """Draw the current landscape (or nothing) on every view that exists."""
        land = self.landscape
        self.partials_drawn, self._drawn_axes = 0, None
        log_scale = self.form.log_colour.isChecked()
        self.map.show_path = self.form.show_path.isChecked()
        if land is None:
            self.map.clear_landscape()
            self.map.image.clear()
            self.map.values = None
            self.info.setText("")
            return
        if land.b is None:
            self._show_page(self.line)
            self.line.show_line(land.a, land.loss, land.accuracy, landscape_title(land))
            self.line.show_endpoints(land)
        else:
            self._show_page(self.map)
            self.map.set_axes(land.a, land.b, *axis_labels(land), landscape_title(land))
            self.map.show_landscape(land, log_scale)
            if self.view3d is not None:
                self.view3d.show_landscape(land, log_scale, self.map.show_path)
        self.info.setText(summary(land))  # in the current language

    def _on_show_path(self, shown: bool) -> None:
        """Only the path changes: no contours to trace again, no 3-D mesh to rebuild."""
        self.map.show_path = shown
        land = self.landscape
        if land is None or land.b is None:
            return
        self.map.draw_path(land)
        if self.view3d is not None:
            self.view3d.set_path_shown(shown)

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.view3d is None:
            self.view3d = Mesh3D()
            self.view3d_holder.layout().addWidget(self.view3d.widget)
            if self.landscape is not None and self.landscape.b is not None:
                self.view3d.show_landscape(self.landscape, self.form.log_colour.isChecked(),
                                          self.form.show_path.isChecked())

    # --- race and exports -----------------------------------------------------------------------

    def race_here(self) -> bool:
        """Build the slice's Surface on the worker, then emit ``race_requested``."""
        land = self.landscape
        if land is None or self.job is not None:
            return False
        if land.plane is None:
            self._error(lambda: self.tr("This landscape has no model to evaluate; compute it "
                                        "again."))
            return False
        self._start("race", lambda: race_job(land), self._on_race_ready)
        self._note(lambda: self.tr("Preparing the slice as a surface (TensorFlow)…"))
        return True

    def _on_race_ready(self, surface: object) -> None:
        if not self._current():
            return
        self._finish()
        self._note(lambda: self.tr("Racing on this slice in the Optimizer Lab."))
        self.race_requested.emit(surface)

    def export_target(self) -> QWidget:
        """The plot on screen (for the window's PNG export)."""
        if self.tabs.currentIndex() == 1 and self.view3d is not None:
            return self.view3d.widget
        return self.stack.currentWidget()

    def export_png(self, path: str | Path, width: int | None = None,
                   height: int | None = None) -> bool:
        try:
            save_png(render_widget(self.export_target(), width, height), path)
        except (OSError, ValueError) as error:
            why = str(error)
            self._error(lambda: self.tr("PNG not saved: {error}").format(error=why))
            return False
        name = Path(path).name
        self._note(lambda: self.tr("Saved {name}.").format(name=name))
        return True

    def save_grid(self, path: str | Path) -> bool:
        """The computed grid as .npz (atomically); errors are shown, nothing half-written."""
        if self.landscape is None:
            self._error(lambda: self.tr("Nothing to save yet: compute a landscape first."))
            return False
        try:
            written = self.landscape.save_npz(path)
        except (OSError, ValueError) as error:
            why = str(error)
            self._error(lambda: self.tr("Grid not saved: {error}").format(error=why))
            return False
        self._note(lambda: self.tr("Saved the grid to {name}.").format(name=written.name))
        return True

    def _png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PNG"), "landscape.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    def _npz_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save landscape grid"),
                                              "landscape.npz",
                                              self.tr("numpy archives (*.npz)"))
        if path:
            self.save_grid(path)

    # --- messages and teardown ------------------------------------------------------------------

    def _status(self, text: Callable[[], str] | str) -> None:
        """What is possible now (replaced as the session changes, until a message is shown)."""
        self._show(text, NOTE_STYLE, True)

    def _note(self, text: Callable[[], str] | str) -> None:
        """A message; ``text`` may be a function making it in the current language."""
        self._show(text, NOTE_STYLE, False)

    def _error(self, text: Callable[[], str] | str) -> None:
        self._show(text, ERROR_STYLE, False)

    def _show(self, text: Callable[[], str] | str, style: str, status: bool) -> None:
        self._said = (text, style)
        # a function makes the text now; a plain one is core's progress text (if marked)
        text = text() if callable(text) else translate_marked("Landscape", text, PROGRESS)
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self._status_shown = status

    def shutdown(self) -> None:
        """Stop the poll and the worker, and join its thread (call before destruction)."""
        self._closed = True
        self.poll.stop()
        self.worker.stop()
        self.job = None
