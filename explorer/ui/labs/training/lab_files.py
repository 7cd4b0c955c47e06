"""The Training Lab's files: the model as .keras (written and read on the worker) and the
per-epoch history as CSV, with the dialogs behind the transport's buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.core.nn.history import write_history_csv
from explorer.ui.i18n import error_text, translate
from explorer.ui.labs.training.frames import Frame
from explorer.ui.labs.training.runner import tensorflow_loaded


class FilesOwner(Protocol):
    """What the files need of the Training Lab (which owns them: named, not imported)."""

    runner: Any
    session: Any
    latest: Any
    frame: Any
    painter: Any
    transport: Any
    file_finished: Any

    def ensure_session(self) -> Any: ...
    def schedule(self) -> None: ...
    def sync_buttons(self) -> None: ...
    def save_model(self, path: str | Path) -> None: ...
    def load_model(self, path: str | Path) -> None: ...
    def export_history(self, path: str | Path) -> None: ...


class ModelFiles:
    """Saves and loads the lab's model and exports its history; the worker's answer comes
    back through the lab (``file_finished``), which shows the loaded weights."""

    def __init__(self, lab: FilesOwner, dialog_parent: QWidget) -> None:
        self.lab, self.dialog_parent = lab, dialog_parent

    def save_model(self, path: str | Path) -> None:
        lab = self.lab
        if lab.runner.busy or lab.session is None or lab.latest is None:
            lab.transport.show_message(lambda: translate(
                "ModelFiles", "Nothing to save yet: train first (and stop the run)."), error=True)
            lab.file_finished.emit("error")
            return
        lab.runner.save(lab.session, str(path))
        lab.sync_buttons()

    def load_model(self, path: str | Path) -> None:
        lab = self.lab
        session = None if lab.runner.busy else lab.ensure_session()
        if session is None:
            lab.transport.show_message(lambda: translate(
                "ModelFiles", "Stop the training and choose valid data and model before "
                "loading."), error=True)
            lab.file_finished.emit("error")
            return
        if not tensorflow_loaded():
            lab.transport.show_message(lambda: translate("ModelFiles", "Loading TensorFlow…"))
        assert lab.painter is not None
        lab.runner.load(session, lab.painter, str(path))
        lab.sync_buttons()

    def done(self, kind: str, value: object) -> None:
        """The worker saved ("saved", path) or loaded ("loaded", Frame), or could not ("error",
        a ModelFileError): say so, in the current language; loaded weights are drawn and Train
        continues from them."""
        lab = self.lab
        if isinstance(value, BaseException):  # kind "error"
            lab.transport.show_message(lambda why=value: error_text(why), error=True)
        elif kind == "saved":
            lab.transport.show_message(lambda: translate(
                "ModelFiles", "Saved the model to {path}.").format(path=value))
        elif isinstance(value, Frame):
            lab.frame, lab.latest = value, value.snapshot
            lab.schedule()
            name = value.snapshot.message.removeprefix("Loaded ")  # the runner's "Loaded {name}"
            lab.transport.show_message(lambda: translate(
                "ModelFiles", "Loaded {name}: its weights are in place; Train continues from "
                "them.").format(name=name))
        lab.sync_buttons()
        lab.file_finished.emit(kind)

    def export_history(self, path: str | Path) -> None:
        lab = self.lab
        history = lab.latest.history if lab.latest is not None else {}
        try:
            write_history_csv(history, path)
        except OSError as error:
            why = str(error.strerror or error)
            lab.transport.show_message(lambda: translate(
                "ModelFiles", "Cannot write {path}: {error}").format(path=path, error=why),
                error=True)
            return
        epochs = len(history.get("loss", ()))
        lab.transport.show_message(lambda: translate(
            "ModelFiles", "Saved the history ({epochs} epochs) to {path}.").format(
            epochs=epochs, path=path))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, translate("ModelFiles", "Save model"), "model.keras",
            translate("ModelFiles", "Keras models (*.keras)"))
        if path:
            self.lab.save_model(path)

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, translate("ModelFiles", "Load model"), "",
            translate("ModelFiles", "Keras models (*.keras)"))
        if path:
            self.lab.load_model(path)

    def csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, translate("ModelFiles", "Export history"), "history.csv",
            translate("ModelFiles", "CSV files (*.csv)"))
        if path:
            self.lab.export_history(path)
