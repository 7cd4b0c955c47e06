"""The Training Lab's transport: train, pause, stop, reset, step a batch or an epoch; model
files; the progress strip; one line of status (red for a NaN loss or a failure)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.labs.training.common import ERROR_STYLE
from explorer.ui.labs.training.progress_strip import ProgressStrip


class RunCommands(Protocol):
    """What the transport's buttons command: the solo run's or the comparison's."""

    def train(self) -> None: ...
    def pause(self) -> None: ...
    def stop(self) -> None: ...
    def reset(self) -> None: ...
    def step_batch(self) -> None: ...
    def step_epoch(self) -> None: ...


class TransportBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        icons = QStyle.StandardPixmap

        def button(icon: QStyle.StandardPixmap | None = None) -> QPushButton:
            b = QPushButton(style.standardIcon(icon), "") if icon is not None else QPushButton()
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Space and → for the shortcuts
            return b

        self.train_button = button(icons.SP_MediaPlay)
        self.pause_button = button(icons.SP_MediaPause)
        self.stop_button = button(icons.SP_MediaStop)
        self.reset_button = button(icons.SP_MediaSkipBackward)
        self.batch_button = button(icons.SP_MediaSeekForward)
        self.epoch_button = button(icons.SP_MediaSkipForward)
        self.files_button = button()
        self.files_button.setIcon(style.standardIcon(icons.SP_DialogSaveButton))
        menu = QMenu(self.files_button)
        self.save_action = menu.addAction("")
        self.load_action = menu.addAction("")
        self.csv_action = menu.addAction("")
        menu.setToolTipsVisible(True)
        self.files_button.setMenu(menu)  # one button: the bar fits a 1000-pixel window
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.train_button, self.pause_button, self.stop_button, self.reset_button,
                  self.batch_button, self.epoch_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.files_button)
        self.progress = ProgressStrip()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self._paused = False
        self._said: tuple[Callable[[], str] | str, bool] = ("", False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the buttons' texts and tooltips, and say the last message again, in the current
        language."""
        self.train_button.setText(self.tr("Resume") if self._paused else self.tr("Train"))
        self.train_button.setToolTip(self.tr("Start training, or resume after a pause (Space)"))
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause between two batches; the weights stay and "
                                             "the learning rate can be changed (Space)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End this run now (within one batch); Train "
                                            "continues from the same weights"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Forget the training: fresh weights from the seed, "
                                             "empty curves (R)"))
        self.batch_button.setText(self.tr("Batch"))
        self.batch_button.setToolTip(self.tr("Train one batch, then pause (→)"))
        self.epoch_button.setText(self.tr("Epoch"))
        self.epoch_button.setToolTip(self.tr("Train to the end of the epoch, then pause "
                                             "(Shift+→)"))
        self.files_button.setText(self.tr("Files"))
        self.files_button.setToolTip(self.tr("Save or load the model, export the history"))
        self.save_action.setText(self.tr("Save model…"))
        self.save_action.setToolTip(self.tr("Save the trained model as a .keras file "
                                            "(keras.saving format; stop the training first)"))
        self.load_action.setText(self.tr("Load model…"))
        self.load_action.setToolTip(self.tr("Load the weights of a .keras model with the same "
                                            "layers"))
        self.csv_action.setText(self.tr("History CSV…"))
        self.csv_action.setToolTip(self.tr("Export the per-epoch history (loss, metrics, "
                                           "validation) as CSV"))
        self.progress.retranslate()
        self.show_message(*self._said)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def drive(self, run: RunCommands) -> None:
        """Connect the buttons to ``run``."""
        for button, command in ((self.train_button, run.train), (self.pause_button, run.pause),
                                (self.stop_button, run.stop), (self.reset_button, run.reset),
                                (self.batch_button, run.step_batch),
                                (self.epoch_button, run.step_epoch)):
            button.clicked.connect(command)

    def show_message(self, text: Callable[[], str] | str, error: bool = False) -> None:
        """Show one line of status; ``text`` may be a function that makes it in the current
        language, so a language switch says it again in the new one."""
        self._said = (text, error)
        if callable(text):
            text = text()
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"⚠ {text}" if error and text else text)

    @property
    def is_error(self) -> bool:
        return self.message.styleSheet() == ERROR_STYLE

    def set_state(self, state: str, can_train: bool) -> None:
        """Enable what makes sense: state is "idle", "running", "paused" or "busy"."""
        idle, paused, running = state == "idle", state == "paused", state == "running"
        self.train_button.setEnabled(can_train and (idle or paused))
        self._paused = paused
        self.train_button.setText(self.tr("Resume") if paused else self.tr("Train"))
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running or paused)
        self.reset_button.setEnabled(state != "busy")
        for b in (self.batch_button, self.epoch_button):
            b.setEnabled(can_train and (idle or paused))
        self.save_action.setEnabled(idle)
        self.load_action.setEnabled(idle and can_train)
        self.csv_action.setEnabled(state != "busy")
