"""The Training Lab's compare mode: 2–4 optimizers trained side by side on the lab's data and
model, on the lab's worker pattern.

:class:`CompareMode` owns the :class:`~explorer.core.nn.compare.Comparison`, its
:class:`TrainingControl` (pause, resume, step and stop act on every racer at once) and a
:class:`Worker` that runs :func:`compare_job`. Snapshots arrive at most every ``SNAPSHOT_S``
(and ≤ 30 a second through the worker) and only replace ``latest``; a 16 ms timer draws the
latest once: the maps at once, the curves and the table at most every ``SLOW_S``, one of them a
frame (each is a repaint of its own: together they held the window for 50–80 ms), and all at
once at a pause or the end (DESIGN rule 2). The mode talks to the lab through three
callables, never holding it.

A scene stores the recorded comparison (:class:`CompareRecord`); opening it puts the race back
in the replay and on screen, finished. As with a solo run restored from a scene, the models
themselves are not restored: Train races again from the seed's weights, and that new race
replaces the restored one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from explorer.core.data import Dataset
from explorer.core.nn.compare import CompareRecord, CompareSetup, CompareSnapshot, Comparison
from explorer.core.nn.spec import ModelSpec
from explorer.core.nn.training import TrainingControl
from explorer.core.progress import Progress
from explorer.ui.figure import FigureInfo, FigureOptions
from explorer.ui.i18n import error_text, translate
from explorer.ui.labs.training.compare_panel import ComparePanel
from explorer.ui.labs.training.compare_view import SLOW_PARTS, CompareView
from explorer.ui.labs.training.lab_replay import RunReplay
from explorer.ui.labs.training.runner import JOIN_TIMEOUT_S
from explorer.ui.worker import JobContext, JobThread, Worker

SNAPSHOT_S = 0.06  # ~16 snapshots a second: four racers' maps each time (≥ 10/s required)
FRAME_MS = 16
SLOW_S = 0.25  # curves and table: four times a second while running


def compare_job(comparison: Comparison, control: TrainingControl, interval: float,
                context: JobContext) -> CompareSnapshot:
    """One run of the comparison (Qt-free); a pause is flushed past the worker's throttle,
    since the run then waits and nothing later would carry it to the screen."""

    def report(progress: Progress) -> None:
        context.report(progress, flush=progress.partial.state == "paused")

    return comparison.run(control, report, snapshot_interval=interval,
                          cancelled=lambda: context.cancelled)


class CompareMode(QObject):
    """Compare mode's behaviour: the panel's line-up, the view's transport, the run."""

    snapshot_received = Signal(object)  # a CompareSnapshot
    run_finished = Signal(str)  # "finished", "stopped" or "failed"
    switched = Signal(bool)  # compare mode turned on or off

    def __init__(self, panel: ComparePanel, view: CompareView,
                 source: Callable[[], tuple[ModelSpec | None, Dataset | None]],
                 set_forms_editable: Callable[[bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel, self.view, self.source = panel, view, source
        self.set_forms_editable = set_forms_editable
        self.worker = Worker(self)
        self.replay: RunReplay[CompareSnapshot] = RunReplay(lambda s: (s.epoch, s.state))
        self.comparison: Comparison | None = None
        self.control: TrainingControl | None = None
        self.latest: CompareSnapshot | None = None
        self.drawn: CompareSnapshot | None = None  # curves and table
        self.mapped: CompareSnapshot | None = None  # the maps
        self.last_slow = 0.0
        self.parts_due: list[str] = []  # slow parts of ``drawn`` still to draw, one a frame
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        view.transport.drive(self)
        view.landscape.compute_button.clicked.connect(self.compute_landscape)
        panel.changed.connect(self._on_panel_changed)
        self._was_on = panel.on

    # --- state ----------------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.panel.on

    @property
    def active(self) -> bool:
        """A run is alive (running or paused)."""
        return self.worker.busy

    @property
    def paused(self) -> bool:
        return self.active and self.control is not None and self.control.paused

    def run_state(self) -> str:
        return "paused" if self.paused else "running" if self.active else "idle"

    def sync(self) -> None:
        """Buttons and forms for the run's state."""
        state = self.run_state()
        spec, data = self.source()
        self.view.transport.set_state(state, spec is not None and data is not None)
        self.panel.set_editable(state == "idle")
        self.set_forms_editable(state == "idle")
        trained = self.comparison is not None and self.comparison.epoch > 0
        self.view.landscape.compute_button.setEnabled(trained and state != "running")

    def compute_landscape(self) -> None:
        """The slice through every racer's path (idle or paused: the paths stand still)."""
        if self.comparison is not None and not (self.active and not self.paused):
            self.view.landscape.compute(self.comparison)

    # --- the line-up ----------------------------------------------------------------------------

    def _on_panel_changed(self) -> None:
        if self.panel.on != self._was_on:
            self._was_on = self.panel.on
            self.switched.emit(self.panel.on)
        self.forget()

    def forget(self) -> None:
        """Data, model or line-up changed: stop, drop the comparison, empty the views."""
        self.join()
        self.comparison, self.latest, self.drawn, self.mapped = None, None, None, None
        self.parts_due = []
        self.replay.clear()
        racers = self.panel.racers()
        spec, data = self.source()
        metric = "accuracy"
        if spec is not None and data is not None:
            try:
                metrics = spec.resolve(data.n_features, data.task, data.n_classes).metrics
                metric = next(iter(metrics), "accuracy")
            except ValueError:
                pass  # the lab says why the model cannot be built
        self.view.set_racers([r.label for r in racers], self.panel.colours(), metric, data)
        self.view.transport.show_message(lambda: self.tr(
            "Compare: press Train to race the chosen optimizers from the same start."))
        self.sync()

    def apply(self, setup: CompareSetup, run: CompareRecord | None = None) -> None:
        """Show a scene's comparison set-up and its recorded run, finished (both validated by
        the lab's ``parse_scene``)."""
        self.panel.set_setup(setup)
        if setup.enabled != self._was_on:
            self._was_on = setup.enabled
            self.switched.emit(setup.enabled)
        self.forget()
        spec, data = self.source()
        if run is None or spec is None or data is None:
            return
        architecture = spec.resolve(data.n_features, data.task, data.n_classes)
        self.replay.recorded = run.snapshots(spec, architecture, data)
        last = self.replay.recorded[-1]
        self.latest = self.drawn = self.mapped = last  # drawn now, not by the timer
        self.view.draw(last, self.panel.goal(), slow=True)
        self.view.transport.show_message(lambda: self.tr(
            "The scene's comparison after {epochs} epochs. Train races again from the same "
            "start.").format(epochs=last.epoch))

    def run_to_dict(self) -> dict[str, Any] | None:
        """The recorded comparison as a scene stores it (each racer's weights per epoch, its
        history and results), or None before anything raced."""
        if not self.replay.recorded:
            return None
        return CompareRecord.from_snapshots(self.replay.recorded).to_dict()

    # --- transport ------------------------------------------------------------------------------

    def _ensure(self) -> Comparison | None:
        if self.comparison is not None:
            return self.comparison
        spec, data = self.source()
        if spec is None or data is None:
            return None
        try:
            self.comparison = Comparison(spec, data, self.panel.racers())
        except ValueError as error:  # a LineUpError, or a model that does not fit the data
            self.view.transport.show_message(lambda why=error: self.tr(
                "Cannot compare: {reason}").format(reason=error_text(why)), error=True)
            return None
        return self.comparison

    def train(self) -> None:
        """Start (or continue) the comparison, or resume a paused one."""
        if self.paused and self.control is not None:
            self.control.resume()
            self.sync()
            return
        self._start(TrainingControl())

    def pause(self) -> None:
        if self.active and self.control is not None:
            self.control.pause()
            self.sync()

    def stop(self) -> None:
        if self.control is not None:
            self.control.stop()

    def step_batch(self) -> None:
        self._step(lambda control: control.step_batches(1))

    def step_epoch(self) -> None:
        self._step(lambda control: control.step_epochs(1))

    def _step(self, command: Callable[[TrainingControl], None]) -> None:
        if self.active and self.control is not None:
            command(self.control)
            self.sync()
            return
        control = TrainingControl()
        command(control)
        self._start(control)

    def reset(self) -> None:
        """Fresh weights (the seed's) for every racer on the next Train."""
        self.forget()

    def toggle(self) -> None:
        """Space: pause a running comparison, otherwise train or resume."""
        if self.active and not self.paused:
            self.pause()
        else:
            self.train()

    def _start(self, control: TrainingControl) -> None:
        fresh = self.comparison is None
        comparison = self._ensure()
        if comparison is None:
            return
        self.join()
        if fresh:
            self.replay.clear()  # a race restored from a scene gives way to the new one
        self.control = control
        self.worker.start_function(partial(compare_job, comparison, control, SNAPSHOT_S),
                                   partial=self._on_partial, succeeded=self._on_done,
                                   failed=self._on_failed, cancelled=self._on_cancelled)
        self.sync()

    def join(self, timeout_s: float = JOIN_TIMEOUT_S) -> None:
        """Stop whatever runs and wait for its thread to end (before a change or close)."""
        if self.control is not None:
            self.control.stop()
        self.worker.stop(round(timeout_s * 1000))

    def shutdown(self) -> None:
        self.timer.stop()
        self.view.landscape.shutdown()
        self.join()

    # --- slots (GUI thread) ---------------------------------------------------------------------

    def _current(self) -> bool:
        sender = self.sender()
        return isinstance(sender, JobThread) and sender is self.worker.thread

    def _on_partial(self, snapshot: object) -> None:
        if self._current() and isinstance(snapshot, CompareSnapshot):
            self.latest = snapshot
            self.replay.record(snapshot)
            self.snapshot_received.emit(snapshot)
            if snapshot.state == "paused":
                self.sync()
            if not self.timer.isActive():
                self.timer.start()

    def _on_done(self, result: object) -> None:
        if not self._current() or not isinstance(result, CompareSnapshot):
            return
        self.latest = result
        self.replay.record(result)
        self.worker.stop()
        self.sync()
        self._say_end(result)
        self.tick()
        self.run_finished.emit(result.state)

    def _on_failed(self, message: str) -> None:
        if self._current():
            self.worker.stop()
            self.sync()
            self.view.transport.show_message(lambda: self.tr("The comparison failed: {error}")
                                             .format(error=message), error=True)
            self.run_finished.emit("failed")

    def _on_cancelled(self) -> None:
        if self._current():
            self.sync()

    def _say_end(self, snapshot: CompareSnapshot) -> None:
        diverged = [r for r in snapshot.racers if r.status == "diverged"]
        if diverged:
            self.view.transport.show_message(lambda: " ".join(
                f"{r.label}: " + translate("Training", r.message_template).format(
                    **r.message_values) for r in diverged), error=True)
        elif snapshot.state == "finished":
            self.view.transport.show_message(lambda: self.tr(
                "Comparison finished: {epochs} epochs.").format(epochs=snapshot.epoch))
        else:
            self.view.transport.show_message(lambda: self.tr(
                "Comparison stopped after {epochs} epochs: Train continues from the same "
                "weights.").format(epochs=snapshot.epoch))

    def animation_frames(self, width: int, height: int, options: FigureOptions,
                         info: FigureInfo) -> Iterator[QImage] | None:
        """The comparison replayed epoch by epoch from the snapshots it recorded (never
        retrained): maps, curves and table as they were; ``info``: the figure's title."""
        if self.active:
            self.pause()
        goal, live = self.panel.goal(), self.latest

        def show(snapshot: CompareSnapshot) -> FigureInfo:
            self.view.draw(snapshot, goal, slow=True)
            return replace(info, counter=self.tr("epoch {epoch}").format(epoch=snapshot.epoch))

        def restore() -> None:
            if live is not None:
                self.view.draw(live, goal, slow=True)

        return self.replay.frames(width, height, options, show, lambda: self.view.splitter,
                                  restore)

    def tick(self) -> None:
        """Draw the latest snapshot: the maps once each, the curves and the table at most every
        ``SLOW_S`` (and at once at a pause or the end)."""
        snapshot = self.latest
        if snapshot is not None and snapshot.state != "running" and snapshot is not self.drawn:
            self.parts_due = []  # a pause or the end is drawn whole, now
        if self.parts_due and self.drawn is not None:  # each part is a repaint of its own
            self.view.draw_part(self.parts_due.pop(0), self.drawn, self.panel.goal())
            return
        if snapshot is None or snapshot is self.drawn:
            self.timer.stop()
            return
        now = time.monotonic()
        running = snapshot.state == "running"
        slow = not running or now - self.last_slow >= SLOW_S
        if snapshot is not self.mapped or not running:  # at a pause or the end: all at once
            self.view.draw(snapshot, self.panel.goal(), slow=not running)
            self.mapped = snapshot
        if not slow:
            return
        self.last_slow, self.drawn = now, snapshot
        self.parts_due = list(SLOW_PARTS) if running else []
        if snapshot.state == "running":
            diverged = [r for r in snapshot.racers if r.status == "diverged"]
            if diverged:
                self._say_end(snapshot)
            else:
                self.view.transport.show_message(lambda: self.tr(
                    "Training every optimizer on the same batches: epoch {epoch} of {epochs}")
                    .format(epoch=snapshot.epoch + 1, epochs=snapshot.epochs))
        elif snapshot.state == "paused":
            self.view.transport.show_message(lambda: self.tr(
                "Paused at epoch {epoch}, batch {batch}: Train resumes every optimizer.")
                .format(epoch=snapshot.epoch + 1, batch=snapshot.batch))
