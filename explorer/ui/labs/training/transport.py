"""The Training Lab's transport: train, pause, stop, reset, step a batch or an epoch; model
files; the progress strip; one line of status (red for a NaN loss or a failure)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from explorer.ui.labs.training.curves import ProgressStrip


class TransportBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        icons = QStyle.StandardPixmap

        def button(text: str, tip: str, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
            b = QPushButton(style.standardIcon(icon), text) if icon is not None \
                else QPushButton(text)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Space and → for the shortcuts
            return b

        self.train_button = button("Train", "Start training, or resume after a pause (Space)",
                                   icons.SP_MediaPlay)
        self.pause_button = button("Pause", "Pause between two batches; the weights stay and "
                                   "the learning rate can be changed (Space)",
                                   icons.SP_MediaPause)
        self.stop_button = button("Stop", "End this run now (within one batch); Train "
                                  "continues from the same weights", icons.SP_MediaStop)
        self.reset_button = button("Reset", "Forget the training: fresh weights from the seed, "
                                   "empty curves (R)", icons.SP_MediaSkipBackward)
        self.batch_button = button("Batch", "Train one batch, then pause (→)",
                                   icons.SP_MediaSeekForward)
        self.epoch_button = button("Epoch", "Train to the end of the epoch, then pause "
                                   "(Shift+→)", icons.SP_MediaSkipForward)
        self.files_button = button("Files", "Save or load the model, export the history")
        self.files_button.setIcon(style.standardIcon(icons.SP_DialogSaveButton))
        menu = QMenu(self.files_button)
        self.save_action = menu.addAction("Save model…")
        self.save_action.setToolTip("Save the trained model as a .keras file (keras.saving "
                                    "format; stop the training first)")
        self.load_action = menu.addAction("Load model…")
        self.load_action.setToolTip("Load the weights of a .keras model with the same layers")
        self.csv_action = menu.addAction("History CSV…")
        self.csv_action.setToolTip("Export the per-epoch history (loss, metrics, validation) as "
                                   "CSV")
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

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"⚠ {text}" if error and text else text)

    @property
    def is_error(self) -> bool:
        return self.message.styleSheet() == ERROR_STYLE

    def set_state(self, state: str, can_train: bool) -> None:
        """Enable what makes sense: state is "idle", "running", "paused" or "busy"."""
        idle, paused, running = state == "idle", state == "paused", state == "running"
        self.train_button.setEnabled(can_train and (idle or paused))
        self.train_button.setText("Resume" if paused else "Train")
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running or paused)
        self.reset_button.setEnabled(state != "busy")
        for b in (self.batch_button, self.epoch_button):
            b.setEnabled(can_train and (idle or paused))
        self.save_action.setEnabled(idle)
        self.load_action.setEnabled(idle and can_train)
        self.csv_action.setEnabled(state != "busy")
