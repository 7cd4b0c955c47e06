"""Exporting an animation: frames drawn in the GUI thread, one per event-loop turn, then encoded
as a GIF or an MP4 on a worker thread, with a cancellable progress dialog. The window stays
responsive."""

from __future__ import annotations

import os
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog, QWidget

from explorer.core.progress import Progress
from explorer.ui.export import image_to_array, save_gif, save_mp4
from explorer.ui.worker import Worker


def _encode(frames: list, path: str, fps: float):
    mp4 = path.lower().endswith(".mp4")
    yield Progress(0.0, QCoreApplication.translate("AnimationExport", "Encoding MP4 …") if mp4
                   else QCoreApplication.translate("AnimationExport", "Encoding GIF …"))
    return (save_mp4 if mp4 else save_gif)(frames, path, fps)


class AnimationExport(QObject):
    """Pulls frames from ``frames`` on a 0-ms timer, then encodes them on a worker (GIF or MP4
    by the path's suffix)."""

    finished = Signal(str)  # path
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, frames: Iterator[QImage], path: str | os.PathLike[str], fps: float,
                 expected: int, parent: QWidget | None = None, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self._frames_source = frames
        self._path = str(path)
        self._fps = fps
        self._expected = max(expected, 1)
        self._frames: list = []
        self._worker = Worker(self)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_frame)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(self.tr("Drawing frames …"), self.tr("Cancel"), 0, 100,
                                          parent)
            self.dialog.setWindowTitle(self.tr("Export animation"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive() or self._worker.busy

    def cancel(self) -> None:
        self._timer.stop()
        self._frames_source.close()  # type: ignore[attr-defined]
        self._worker.stop()
        self.cancelled.emit()

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.stop()

    def _next_frame(self) -> None:
        try:
            image = next(self._frames_source)
        except StopIteration:
            self._timer.stop()
            self._encode()
            return
        except Exception as error:
            self._timer.stop()
            self._finish_dialog()
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self._frames.append(image_to_array(image))
        if self.dialog is not None:
            self.dialog.setValue(min(99, int(90 * len(self._frames) / self._expected)))

    def _encode(self) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Encoding MP4 …") if self._path.lower().endswith(
                ".mp4") else self.tr("Encoding GIF …"))
        frames, path, fps = self._frames, self._path, self._fps
        self._worker.start(lambda: _encode(frames, path, fps), succeeded=self._on_encoded,
                           failed=self._on_failed)

    def _on_encoded(self, _count: object) -> None:
        self._finish_dialog()
        self.finished.emit(self._path)

    def _on_failed(self, message: str) -> None:
        self._finish_dialog()
        self.failed.emit(message)

    def _finish_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.setValue(100)
            self.dialog.close()
