"""The Training Lab's "Landscape" tab: the loss of the trained network on a slice of its weights.

A form chooses the slice (:class:`LandscapeSettings`); Compute runs
``iter_session_landscape`` on the one worker (``explorer.ui.worker``), whose partial grids are
drawn as they arrive (≤ 30 per second, straight into the plot items made once). The finished
:class:`Landscape` is shown as a heatmap with contours, the current weights, the slice minimum
and the projected training path, as a 3-D mesh (tab made on first show), or, for the
initial → final line, as loss and accuracy against α. "Race optimizers here" turns the slice into
a Surface on the worker (TensorFlow's first trace takes ~0.6 s) and emits ``race_requested``.
A cancelled or failed computation leaves the previous landscape on screen. The form is
``landscape_form.py``, the plots' tabs ``landscape_tabs.py``: this view runs the jobs, follows
the session and says what happens.
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
from explorer.ui.labs.training.common import translate_marked
from explorer.ui.labs.training.landscape_form import LandscapeForm
from explorer.ui.labs.training.landscape_tabs import LandscapeTabs
from explorer.ui.labs.training.landscape_texts import summary
from explorer.ui.labs.training.message_line import MessageLine
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
        self._closed = False
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
        self.message = MessageLine(
            lambda text: translate_marked("Landscape", text, PROGRESS))  # core's progress text

        self.tabs = LandscapeTabs(self.form.show_row)

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
        self.tabs.png_button.setToolTip(self.tr("Save the view on screen as a PNG picture"))
        self.tabs.npz_button.setText(self.tr("Save grid (.npz)…"))
        self.tabs.npz_button.setToolTip(self.tr("Save the computed grid (a, b, loss, accuracy, "
                                                "path, …) as a numpy .npz file"))
        self.race_button.setText(self.tr("Race optimizers here ▸"))
        self.race_button.setToolTip(self.tr("Open this slice as a loss surface in the Optimizer "
                                            "Lab, where every optimizer can race on it"))
        self.message.say_again()
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
        self.tabs.png_button.clicked.connect(self._png_dialog)
        self.tabs.npz_button.clicked.connect(self._npz_dialog)
        self.form.log_colour.toggled.connect(self._redraw)
        self.form.show_path.toggled.connect(self.tabs.set_path_shown)
        self.form.record_every.valueChanged.connect(self._on_record_changed)
        self.form.record_unit.currentIndexChanged.connect(self._on_record_changed)

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
        self.tabs.npz_button.setEnabled(has)
        self.form.record_every.setEnabled(session is not None and not training)
        self.form.record_unit.setEnabled(session is not None and not training)
        if session is None:
            self.form.path_note.setText(self.tr("No model yet."))
            if not busy and self.message.is_status:
                self.message.status(lambda: self.tr("Train a model first: the landscape is "
                                                    "cut through its weights."))
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
        if not busy and self.message.is_status:
            self.message.status(lambda: self.tr("Pause or stop training to compute a "
                                                "landscape.")
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
            self.message.error(lambda: self.tr("Recording interval: {error}.").format(error=why))
            self.form.set_record(*session.record_every)
            return
        self.message.note(lambda: self.tr("The new recording interval applies from the next "
                                          "training run."))
        self.refresh()

    # --- computing ------------------------------------------------------------------------------

    def compute(self) -> bool:
        """Start computing the form's slice; False (with a message) if it cannot start."""
        try:
            settings = self.form.settings()
        except ValueError as error:  # a SceneError naming the field
            self.message.error(lambda why=error: error_text(why))
            return False
        session = self._session_provider()
        if session is None:
            self.message.error(lambda: self.tr("Train a model first: the landscape is cut "
                                               "through its weights."))
            return False
        if self._is_training():
            self.message.error(lambda: self.tr("Pause or stop training first: the weights "
                                               "must stay still."))
            return False
        self._valid = settings
        self._start("compute", lambda: iter_session_landscape(session, settings),
                    self._on_done)
        n = settings.resolution
        self.message.note(lambda: self.tr("Computing a {n}-point line…").format(n=n)
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
            self.message.note(lambda: self.tr("Cancelling…"))

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
            if message and message != self.message.said[0]:
                self.message.note(message)

    def _on_partial(self, partial: object) -> None:
        if not self._current(live=True) or not isinstance(partial, LandscapePartial):
            return
        title = self.tr("Loss along the line (computing…)") if partial.b is None else \
            self.tr("Loss landscape (computing…)")
        self.tabs.draw_partial(partial, self.form.log_colour.isChecked(), self._valid.split,
                               title)

    def _on_done(self, result: object) -> None:
        if not self._current():
            return
        assert isinstance(result, Landscape)
        self.landscape = result
        self._finish()
        self._redraw()
        points = result.loss.size
        seconds = result.seconds
        self.message.note(lambda: self.tr("Computed {points} points in {seconds} s.").format(
            points=f"{points:,}", seconds=f"{seconds:.2f}"))
        self.computed.emit(result)

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self._finish()
        self._redraw()
        text = message.split(": ", 1)[1] if message.startswith(("ValueError: ",
                                                                "RuntimeError: ")) else message
        self.message.error(lambda: self.tr("Could not compute: {error}").format(error=text))

    def _on_cancelled(self) -> None:
        if not self._current():
            return
        self._finish()
        self._redraw()
        kept = self.landscape is not None
        self.message.note(lambda: self.tr("Cancelled: the previous landscape stays.") if kept
                          else self.tr("Cancelled."))

    # --- drawing --------------------------------------------------------------------------------

    def _redraw(self) -> None:
        """Draw the current landscape (or nothing) on every view that exists."""
        land = self.landscape
        self.tabs.draw(land, self.form.log_colour.isChecked(), self.form.show_path.isChecked())
        self.info.setText("" if land is None else summary(land))  # in the current language

    # --- race and exports -----------------------------------------------------------------------

    def race_here(self) -> bool:
        """Build the slice's Surface on the worker, then emit ``race_requested``."""
        land = self.landscape
        if land is None or self.job is not None:
            return False
        if land.plane is None:
            self.message.error(lambda: self.tr("This landscape has no model to evaluate; "
                                               "compute it again."))
            return False
        self._start("race", lambda: race_job(land), self._on_race_ready)
        self.message.note(lambda: self.tr("Preparing the slice as a surface (TensorFlow)…"))
        return True

    def _on_race_ready(self, surface: object) -> None:
        if not self._current():
            return
        self._finish()
        self.message.note(lambda: self.tr("Racing on this slice in the Optimizer Lab."))
        self.race_requested.emit(surface)

    def export_target(self) -> QWidget:
        """The plot on screen (for the window's PNG export)."""
        return self.tabs.export_target()

    def export_png(self, path: str | Path, width: int | None = None,
                   height: int | None = None) -> bool:
        try:
            save_png(render_widget(self.export_target(), width, height), path)
        except (OSError, ValueError) as error:
            why = str(error)
            self.message.error(lambda: self.tr("PNG not saved: {error}").format(error=why))
            return False
        name = Path(path).name
        self.message.note(lambda: self.tr("Saved {name}.").format(name=name))
        return True

    def save_grid(self, path: str | Path) -> bool:
        """The computed grid as .npz (atomically); errors are shown, nothing half-written."""
        if self.landscape is None:
            self.message.error(lambda: self.tr("Nothing to save yet: compute a landscape first."))
            return False
        try:
            written = self.landscape.save_npz(path)
        except (OSError, ValueError) as error:
            why = str(error)
            self.message.error(lambda: self.tr("Grid not saved: {error}").format(error=why))
            return False
        self.message.note(lambda: self.tr("Saved the grid to {name}.").format(name=written.name))
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

    # --- teardown -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the poll and the worker, and join its thread (call before destruction)."""
        self._closed = True
        self.poll.stop()
        self.worker.stop()
        self.job = None
