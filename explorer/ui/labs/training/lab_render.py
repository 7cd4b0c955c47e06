"""The Training Lab's render loop: the latest snapshot drawn at most once a frame.

Data rate is not frame rate: snapshots only replace the lab's ``latest``; a 60 Hz timer draws
it once, on the view that is on screen, and idles when nothing is waiting, so a paused,
finished or hidden lab costs the training thread no wake-ups of the GUI thread.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from explorer.core.nn.snapshot import TrainingSnapshot

FRAME_MS = 16
SLOW_S = 0.5  # curves, counters, texts, neuron maps: twice a second while running
MAX_FADE_S = 0.1  # a heatmap comes in over the last one until the next is due, at most this


class RenderedLab(Protocol):
    """What the render loop reads of the Training Lab (which owns it: named, not imported)."""

    latest: TrainingSnapshot | None
    frame: Any
    transport: Any
    curves: Any
    boundary: Any
    regression: Any
    digits: Any
    weights: Any

    def isVisible(self) -> bool: ...
    def sync_buttons(self) -> None: ...
    def current_view(self) -> str: ...


class LabRenderer:
    """Owns the render timer and what each view last drew (``drawn``: view or "curves" → the
    snapshot it shows), and reads the lab's ``latest``/``frame`` and widgets."""

    def __init__(self, lab: RenderedLab, timer_parent: QObject) -> None:
        self.lab = lab
        self.drawn: dict[str, TrainingSnapshot | None] = {}
        self.last_slow = 0.0
        self.last_frame = 0.0
        self.arrivals = (0.0, 0.0)  # when the last two snapshots were drawn: the fade's length
        self.timer = QTimer(timer_parent)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

    def forget(self) -> None:
        """A new model or data: nothing drawn is current any more."""
        self.drawn = {}

    def schedule(self) -> None:
        """Something new to draw: make sure the render timer runs at its frame rate."""
        if not self.timer.isActive() or self.timer.interval() != FRAME_MS:
            self.timer.start(FRAME_MS)

    def frame_due(self) -> None:
        """A snapshot arrived: if a frame interval has passed since the last frame, this is the
        frame (drawn now, while the GUI thread is awake anyway: every extra wake-up makes the
        training thread wait for the interpreter); otherwise the render timer draws it."""
        if time.monotonic() - self.last_frame >= FRAME_MS / 1000:
            self.tick()
        else:
            self.schedule()

    def tick(self) -> None:
        """One frame: draw what is due. The timer idles when nothing is waiting (and waits
        just long enough when only the slower curves are), so a paused or finished lab, or a
        hidden one, costs the training thread no wake-ups of the GUI thread."""
        lab = self.lab
        lab.sync_buttons()
        s = lab.latest
        if s is None or not lab.isVisible():
            self.timer.stop()
            return
        self.last_frame = time.monotonic()
        self.draw()
        if lab.curves.step():
            self.schedule()  # more plots to redraw next frame
            return
        fading = lab.boundary.fade_step()
        if fading:  # the heatmap shown fully halfway to the next snapshot
            self.timer.start(max(FRAME_MS, round(fading * 1000)))
            return
        if self.drawn.get("curves") is not s:  # only the slower part is waiting
            wait = SLOW_S - (time.monotonic() - self.last_slow)
            self.timer.start(max(FRAME_MS, round(wait * 1000)))
        else:
            self.timer.stop()

    def draw(self, force: bool = False) -> None:
        """Draw the latest snapshot: the view on screen at every new snapshot (≤ ~20/s), the
        curves, counters and texts at most every SLOW_S (and at every pause or end), so the GUI
        thread holds the interpreter as little as possible while Keras trains."""
        lab = self.lab
        s = lab.latest
        if s is None:
            return
        now = time.monotonic()
        slow_due = force or s.state != "running" or now - self.last_slow >= SLOW_S
        if slow_due and self.drawn.get("curves") is not s:
            self.last_slow = now
            self.drawn["curves"] = s
            lab.transport.progress.show_snapshot(s)
            lab.curves.set_keys(lab.curves.keys_of(s))
            lab.curves.show_snapshot(s)  # its plots follow one per frame (curves.step)
            self.show_state(s)
        view = lab.current_view()
        if view == "landscape":  # drawn by its own worker, not from training snapshots
            return
        if force or self.drawn.get(view) is not s:
            self.drawn[view] = s
            if view == "boundary":  # the heatmap at every snapshot, the neuron maps slower
                if lab.frame is not None and lab.frame.snapshot is s:
                    lab.boundary.show_frame(lab.frame, maps=slow_due,
                                            fade_s=self.fade_s(now) if not force
                                            and s.state == "running" else 0.0)
            else:
                {"regression": lab.regression, "digits": lab.digits,
                 "weights": lab.weights}[view].show_snapshot(s)

    def fade_s(self, now: float) -> float:
        """How long a new heatmap takes to come in: as long as the last snapshot took to come
        (it is shown fully halfway, see :class:`~explorer.ui.widgets.crossfade.Crossfade`)."""
        self.arrivals = (self.arrivals[1], now)
        return min(MAX_FADE_S, self.arrivals[1] - self.arrivals[0])

    def show_state(self, s: TrainingSnapshot) -> None:
        """The status line for a pause, a divergence or the end of loading."""
        transport = self.lab.transport
        if s.state == "diverged" and s.message:
            transport.show_message(s.message, error=True)
        elif s.state in ("running", "paused") and s.warning:  # the run goes on: say why
            transport.show_message(s.warning, error=True)
        elif s.state == "paused" and not transport.is_error:
            transport.show_message(lambda: QCoreApplication.translate(
                "LabRenderer", "Paused at epoch {epoch}, batch {batch}/{batches} (learning rate "
                "{rate}).").format(epoch=s.epoch, batch=s.batch, batches=s.batches_per_epoch,
                                   rate=f"{s.learning_rate:g}"))
        elif s.state == "running" and transport.message.text() in _loading_texts():
            transport.show_message(lambda: QCoreApplication.translate("LabRenderer",
                                                                      "Training…"))


def _loading_texts() -> tuple[str, ...]:
    """What the status line says while TensorFlow loads (in the current language)."""
    return (QCoreApplication.translate("ModelFiles", "Loading TensorFlow…"),
            QCoreApplication.translate(
                "TrainingLab", "Loading TensorFlow… (the first time takes a few seconds)"))
