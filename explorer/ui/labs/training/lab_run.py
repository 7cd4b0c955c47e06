"""The Training Lab's run: train, pause, step and stop on the worker, and its answers.

The transport's buttons and shortcuts start, steer and stop a run of the lab's session through
the lab's :class:`TrainingRunner`; the runner's snapshots, end and failure come back here and
are shown (a snapshot only replaces the lab's ``latest``: the render loop draws it). The texts
keep the lab's translation context ("TrainingLab"), where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from explorer.core.nn.history import EXPLOSION
from explorer.core.nn.training import RunResult, TrainingControl
from explorer.ui.i18n import translate
from explorer.ui.labs.training.frames import Frame
from explorer.ui.labs.training.runner import tensorflow_loaded


class RunOwner(Protocol):
    """What the run needs of the Training Lab (which owns it: named, not imported)."""

    runner: Any
    session: Any
    spec: Any
    model_panel: Any
    latest: Any
    frame: Any
    painter: Any
    transport: Any
    boundary: Any
    render: Any
    replay: Any
    snapshot_received: Any
    run_finished: Any

    def ensure_session(self) -> Any: ...
    def sync_buttons(self) -> None: ...
    def isVisible(self) -> bool: ...


class RunControls:
    """Starts, steers and stops the lab's training run and shows what the worker answers;
    ``snapshot_s`` gives the snapshot interval, read at every start."""

    def __init__(self, lab: RunOwner, snapshot_s: Callable[[], float]) -> None:
        self.lab, self.snapshot_s = lab, snapshot_s

    def state(self) -> str:
        """The run's state for the transport and the forms: "busy" (saving or loading),
        "running", "paused" or "idle"."""
        runner = self.lab.runner
        if runner.job in ("save", "load"):
            return "busy"
        if runner.active:
            return "paused" if runner.paused else "running"
        return "idle"

    def regrid(self) -> None:
        """The Boundary plot shows another box: the decision grid covers it from the next
        snapshot on (between runs, the last one is evaluated again now: numpy, no Keras)."""
        lab = self.lab
        box, session = lab.boundary.model_extent(), lab.session
        if box is None or session is None:
            return
        session.set_grid_extent(box)
        if not lab.runner.busy and lab.latest is not None and lab.painter is not None:
            self.on_snapshot(lab.painter(session.regrid(lab.latest)))

    def start(self, control: TrainingControl) -> None:
        lab = self.lab
        session = lab.ensure_session()
        if session is None:
            lab.transport.show_message(lambda: translate(
                "TrainingLab", "Choose data and a valid model first."), error=True)
            return
        if session.epoch >= session.spec.epochs:
            total = session.spec.epochs
            lab.transport.show_message(lambda: translate(
                "TrainingLab", "All {epochs} epochs are done: raise Epochs to train on, or Reset "
                "to start over.").format(epochs=total))
            return
        loading = not tensorflow_loaded()
        assert lab.painter is not None
        lab.runner.start_run(session, control, lab.painter, self.snapshot_s())
        lab.transport.show_message(lambda: translate(
            "TrainingLab", "Loading TensorFlow… (the first time takes a few seconds)")
            if loading else translate("TrainingLab", "Training…"))
        lab.sync_buttons()

    def train(self) -> None:
        """Start training, or resume a paused run."""
        lab = self.lab
        if lab.runner.active:
            if lab.runner.paused and lab.runner.control is not None:
                lab.runner.control.resume()
                lab.transport.show_message(lambda: translate("TrainingLab", "Training…"))
        elif not lab.runner.busy:
            self.start(TrainingControl())
        lab.sync_buttons()

    def pause(self) -> None:
        lab = self.lab
        if lab.runner.running and lab.runner.control is not None:
            lab.runner.control.pause()
            lab.transport.show_message(lambda: translate(
                "TrainingLab", "Paused: the weights stay; you can change the learning rate, "
                "step, resume or stop."))
        lab.sync_buttons()

    def toggle_training(self) -> None:
        """Space: pause a running training, otherwise train (or resume)."""
        if self.lab.runner.running:
            self.pause()
        else:
            self.train()

    def stop(self) -> None:
        self.lab.runner.stop()

    def step(self, unit: str) -> None:
        """Train one "batch" or one "epoch" (then pause), in a running run or a new one."""
        runner = self.lab.runner
        if runner.busy and not runner.active:
            return
        control = runner.control if runner.active else TrainingControl(paused=True)
        assert control is not None
        if unit == "batch":
            control.step_batches(1)
        else:
            control.step_epochs(1)
        if not runner.active:
            self.start(control)
        self.lab.sync_buttons()

    def change_live(self, kind: str) -> bool:
        """The form's learning rate or epochs changed: while a run is alive (or a session
        waits) they apply to it, with the same weights; True if so (else the model changed)."""
        lab = self.lab
        runner, session = lab.runner, lab.session
        if kind == "learning_rate":
            lr = float(lab.model_panel.learning_rate.value())
            if lab.spec is not None:
                lab.spec = lab.spec.with_changes(learning_rate=lr)
            if runner.active and runner.control is not None:
                runner.control.set_learning_rate(lr)
                lab.transport.show_message(lambda: translate(
                    "TrainingLab", "Learning rate {lr}: applied before the next batch, with the "
                    "same weights.").format(lr=f"{lr:g}"))
                return True
            if session is not None and not runner.busy:
                session.set_learning_rate(lr)
                lab.transport.show_message(lambda: translate(
                    "TrainingLab", "Learning rate {lr}: Train continues with the same weights.")
                    .format(lr=f"{lr:g}"))
                return True
        if kind == "epochs" and session is not None and not runner.busy:
            epochs = lab.model_panel.epochs.value()
            session.set_epochs(epochs)
            lab.spec = lab.spec.with_changes(epochs=epochs) if lab.spec else None
            start = session.epoch
            lab.transport.show_message(lambda: translate(
                "TrainingLab", "{epochs} epochs planned: Train continues from epoch {epoch}.")
                .format(epochs=epochs, epoch=start))
            lab.sync_buttons()
            return True
        return False

    # --- worker results -------------------------------------------------------------------------

    def on_snapshot(self, frame: object) -> None:
        lab = self.lab
        if isinstance(frame, Frame):
            lab.frame, lab.latest = frame, frame.snapshot
            lab.replay.record(frame)
            if lab.isVisible():
                lab.render.frame_due()
            lab.snapshot_received.emit(frame.snapshot)

    def on_run_ended(self, result: object) -> None:
        assert isinstance(result, RunResult)
        lab = self.lab
        if result.status == "diverged":
            lab.transport.show_message(lambda: self.run_message(result), error=True)
        else:
            lab.transport.show_message(lambda: self.run_message(result),
                                       error=bool(result.warning))
        self.regrid()  # the plot may have moved after the last snapshot's grid
        lab.sync_buttons()
        lab.run_finished.emit(result.status)

    def run_message(self, result: RunResult) -> str:
        """How the run ended, in the current language (English: core's message)."""
        message = result.message
        if result.message_template:
            values = dict(result.message_values)
            if "what" in values:
                values["what"] = translate("Training", values["what"])
            message = translate("Training", result.message_template).format(**values)
        if result.status == "diverged":
            return message
        message = message[:1].upper() + message[1:]
        text = translate("TrainingLab", "{result} at {rate} samples/s.").format(
            result=message, rate=f"{result.samples_per_second:,.0f}") \
            if result.samples_per_second else \
            translate("TrainingLab", "{result}.").format(result=message)
        if result.warning:
            warning = translate("Training", EXPLOSION).format(**result.warning_values) \
                if result.warning_values else result.warning
            text = f"{text} {warning}"
        return text

    def on_failed(self, message: str) -> None:
        lab = self.lab
        lab.transport.show_message(lambda: translate(
            "TrainingLab", "Training failed: {message}").format(message=message), error=True)
        lab.sync_buttons()
        lab.run_finished.emit("failed")
