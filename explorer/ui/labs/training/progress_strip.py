"""The progress strip under the transport: epoch counter, progress bar, ETA and throughput."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from explorer.core.nn.snapshot import TrainingSnapshot


def format_seconds(seconds: float | None) -> str:
    """A time left as a person reads it: "42 s", "3:05 min", "1:02 h" ("–" when unknown)."""
    if seconds is None or not math.isfinite(seconds):
        return "–"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d} h"


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


class ProgressStrip(QWidget):
    """Epoch counter, progress bar, ETA and throughput."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Fixed widths: new text every few frames must not re-lay-out the window.
        self.counter = QLabel("")
        self.counter.setFixedWidth(200)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.eta = QLabel("")
        self.eta.setFixedWidth(260)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counter)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.eta)
        self._last: TrainingSnapshot | int = 0  # the snapshot shown, or the epochs cleared to
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltips, and the counter and ETA again, in the current language."""
        self.counter.setToolTip(self.tr("Completed epochs of the planned total, and the batch "
                                        "under way"))
        self.bar.setToolTip(self.tr("Progress over all planned epochs"))
        self.eta.setToolTip(self.tr("Estimated time left at the current speed (pauses "
                                    "excluded)"))
        if isinstance(self._last, TrainingSnapshot):
            self.show_snapshot(self._last)
        else:
            self.clear(self._last)

    def _state(self, state: str) -> str:
        names = {"running": self.tr("running"), "paused": self.tr("paused"),
                 "finished": self.tr("finished"), "stopped": self.tr("stopped"),
                 "idle": self.tr("idle")}
        return names.get(state, state)

    def show_snapshot(self, s: TrainingSnapshot) -> None:
        self._last = s
        if s.state == "finished":
            text = self.tr("Finished: {epochs} epochs").format(epochs=f"{s.epochs:,}")
        elif s.state in ("running", "paused") or s.batch:
            text = self.tr("epoch {epoch}/{epochs} · batch {batch}/{batches}").format(
                epoch=f"{s.epoch:,}", epochs=f"{s.epochs:,}", batch=s.batch,
                batches=s.batches_per_epoch)
        else:  # between runs, at an epoch's end: no "batch 0/5"
            text = self.tr("epoch {epoch}/{epochs}").format(epoch=f"{s.epoch:,}",
                                                            epochs=f"{s.epochs:,}")
        _set_text(self.counter, text)
        value = round(s.fraction * 1000)
        if value != self.bar.value():
            self.bar.setValue(value)
        rate = self.tr("{rate} samples/s").format(rate=f"{s.samples_per_second:,.0f}")
        if s.state == "running":
            _set_text(self.eta, self.tr("ETA {time} · {rate}").format(
                time=format_seconds(s.eta_seconds), rate=rate))
        elif s.samples_per_second > 0:
            _set_text(self.eta, f"{self._state(s.state)} · {rate}")
        else:
            _set_text(self.eta, self._state(s.state))

    def clear(self, epochs: int) -> None:
        self._last = epochs
        self.counter.setText(self.tr("epoch {epoch}/{epochs}").format(epoch=0,
                                                                     epochs=f"{epochs:,}"))
        self.bar.setValue(0)
        self.eta.setText("")
