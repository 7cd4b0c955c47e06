"""The window's exports: a picture (PNG, SVG, PDF) or an animation (GIF, MP4) of the current lab,
each a finished figure with the lab's title, legend and counter; the dialogs that choose them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from explorer.ui.animation import AnimationExport
from explorer.ui.export import check_size
from explorer.ui.export_dialog import ExportChoice, ExportDialog
from explorer.ui.figure import ALL_ON, FigureOptions
from explorer.ui.figure_files import MOTION_SUFFIXES, save_still, suffix_of
from explorer.ui.labs.base import Lab

DEFAULT_ANIMATION_SIZE = QSize(1280, 720)
FALLBACK_FRAMES = 100


class Exporter(QObject):
    """Exports the lab that ``current_lab()`` returns; reports in ``window``'s status bar."""

    exported = Signal(str)  # path

    def __init__(self, window: QMainWindow, current_lab: Callable[[], Lab]) -> None:
        super().__init__(window)
        self.window = window
        self.current_lab = current_lab
        self.animation: AnimationExport | None = None

    def export_picture(self, path: str | os.PathLike[str], size: QSize | None = None,
                       options: FigureOptions = ALL_ON, part: str | None = None) -> None:
        """Write the current view (or ``part`` of it, a key of the lab's ``export_parts``) as a
        finished figure (PNG, SVG or PDF by the suffix)."""
        lab = self.current_lab()
        parts = lab.export_parts()
        target = parts[part][1] if part in parts else lab.export_target()
        save_still(path, target, size or target.size(), lab.figure_info(), options)
        self._say_exported(str(path))

    def export_animation(self, path: str | os.PathLike[str], size: QSize | None = None,
                         fps: float = 15, options: FigureOptions = ALL_ON,
                         show_dialog: bool = True) -> AnimationExport | None:
        """Start exporting the current lab's animation (GIF or MP4 by the suffix); returns the
        running export, or None when the lab has no animation."""
        if suffix_of(path) not in MOTION_SUFFIXES:
            raise ValueError(self.tr("an animation is written as {suffixes}, not {name}").format(
                suffixes=" or ".join(MOTION_SUFFIXES), name=Path(path).name))
        size = size or DEFAULT_ANIMATION_SIZE
        check_size(size.width(), size.height())
        lab = self.current_lab()
        frames = lab.animation_frames(size.width(), size.height(), options)
        if frames is None:
            return None
        if self.animation is not None:
            self.animation.shutdown()
        expected = lab.frame_count() if hasattr(lab, "frame_count") else FALLBACK_FRAMES
        self.animation = AnimationExport(frames, path, fps, expected, self.window, show_dialog)
        self.animation.finished.connect(self._say_exported)
        self.animation.failed.connect(self._warn)
        self.animation.start()
        return self.animation

    def picture_dialog(self) -> None:
        """File › Export picture…: choose format, size and switches, then the file."""
        lab = self.current_lab()
        parts = {key: name for key, (name, _widget) in lab.export_parts().items()}
        choice = _ask(self.window, False, lab.export_target().size(), 1, parts)
        if choice is None:
            return
        path = self._ask_path(choice.suffix, lab.name)
        if path:
            self._guarded(lambda: self.export_picture(path, choice.size, choice.options,
                                                      choice.part))

    def animation_dialog(self) -> None:
        """File › Export animation…: as the picture, plus frame rate and duration."""
        lab = self.current_lab()
        frames = lab.frame_count() if hasattr(lab, "frame_count") else FALLBACK_FRAMES
        choice = _ask(self.window, True, DEFAULT_ANIMATION_SIZE, frames)
        if choice is None:
            return
        path = self._ask_path(choice.suffix, lab.name)
        if path:
            self._guarded(lambda: self.export_animation(path, choice.size, choice.fps,
                                                        choice.options))

    def shutdown(self) -> None:
        if self.animation is not None:
            self.animation.shutdown()

    def _ask_path(self, suffix: str, name: str) -> str:
        filters = {".png": self.tr("PNG images (*.png)"), ".svg": self.tr("SVG drawings (*.svg)"),
                   ".pdf": self.tr("PDF documents (*.pdf)"),
                   ".gif": self.tr("GIF animations (*.gif)"),
                   ".mp4": self.tr("MP4 videos (*.mp4)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), f"{name}{suffix}",
                                              filters[suffix])
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _guarded(self, export: Callable[[], object]) -> None:
        try:
            export()
        except (OSError, ValueError) as error:
            self._warn(str(error))

    def _say_exported(self, path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Exported {name}").format(name=Path(path).name), 5000)
        self.exported.emit(path)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Export failed"), message)


def _ask(window: QMainWindow, animated: bool, screen_size: QSize, frames: int,
         parts: dict[str, str] | None = None) -> ExportChoice | None:
    """The export dialog, modal (a file dialog follows it, as in every desktop app)."""
    dialog = ExportDialog(window, animated, screen_size, frames, parts)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
