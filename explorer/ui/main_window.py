"""The main window: one tab per lab, File menu for scenes and exports, persistent settings."""

from __future__ import annotations

import html
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from explorer.core.scene import Scene, SceneError, read_scene, write_scene
from explorer.ui.animation import GifExport
from explorer.ui.app import APPLICATION
from explorer.ui.app import settings as default_settings
from explorer.ui.export import render_widget, save_png
from explorer.ui.lab_shelf import LabShelf
from explorer.ui.labs.base import Lab
from explorer.ui.widgets.shortcuts import describe_shortcuts

log = logging.getLogger("explorer")

SCENES_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "scenes"  # the examples
SCENE_FOLDER_KEY = "scenes/folder"  # where the last scene was opened from


def lab_factories() -> dict[str, type[Lab]]:
    """Every lab, in tab order. Imported here so a lab's module loads only with the window."""
    from explorer.ui.labs.gallery import GalleryLab
    from explorer.ui.labs.optimizer import OptimizerLab
    from explorer.ui.labs.perceptron import PerceptronLab
    from explorer.ui.labs.training import TrainingLab

    return {"optimizer": OptimizerLab, "perceptron": PerceptronLab, "training": TrainingLab,
            "gallery": GalleryLab}


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, remember: bool = True) -> None:
        """``remember``: start from the saved window and labs and save them on close. A window
        made for a render, a bench or a test passes False: it starts from the defaults and
        leaves the saved settings alone (a screenshot must not replace a teacher's setup)."""
        super().__init__()
        self.setWindowTitle(APPLICATION)
        self.settings = settings or default_settings()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.gif_export: GifExport | None = None
        self._scene_folder: str | None = None  # this session's, also when not remembering
        self._build_menus()
        self.labs = LabShelf(self.tabs, lab_factories(), self._connect_lab)
        self.labs[self.labs.name_at(0)]  # only the lab on screen is built at start-up
        self.setCentralWidget(self.tabs)
        self.resize(1280, 800)
        self.remember = remember
        if remember:
            self.restore_settings()
        self.tabs.currentChanged.connect(self._show_hint)
        self._show_hint()

    def _show_hint(self) -> None:
        self.statusBar().showMessage(self.current_lab.hint, 15000)

    # --- labs -----------------------------------------------------------------------------------

    @property
    def current_lab(self) -> Lab:
        return self.labs[self.labs.name_at(self.tabs.currentIndex())]

    def select_lab(self, name: str) -> None:
        if name not in self.labs:
            raise ValueError(f"unknown lab {name!r}; choose one of {', '.join(self.labs)}")
        self.tabs.setCurrentIndex(self.labs.index_of(name))

    # --- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open scene…", QKeySequence.StandardKey.Open, self._open_dialog)
        self._action(file_menu, "&Save scene…", QKeySequence.StandardKey.Save, self._save_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "Export view as &PNG…", "Ctrl+E", self._export_png_dialog)
        self._action(file_menu, "Export animation as &GIF…", "Ctrl+Shift+E",
                     self._export_gif_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", "F1", self._show_shortcuts)

    def race_on_surface(self, surface: object) -> None:
        """Open a surface another lab made (a network's loss slice) in the Optimizer Lab."""
        optimizer_lab = self.labs["optimizer"]
        optimizer_lab.race_on(surface)  # type: ignore[attr-defined]
        self.select_lab("optimizer")

    def _connect_lab(self, lab: Lab) -> None:
        """Wire a newly built lab's export buttons and its hand-overs to the window."""
        if hasattr(lab, "race_requested"):
            lab.race_requested.connect(self.race_on_surface)
        for button, slot in (("export_png_button", self._export_png_dialog),
                             ("export_gif_button", self._export_gif_dialog)):
            if hasattr(lab, button):
                getattr(lab, button).clicked.connect(slot)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def shortcuts_text(self) -> str:
        """The current lab's keys, then the window's menu keys, as an HTML table."""
        lab = self.current_lab
        window = [(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                   action.text().replace("&", "").rstrip("…"))
                  for menu in self.menuBar().findChildren(QMenu) for action in menu.actions()
                  if not action.shortcut().isEmpty()]

        def rows(title: str, keys: list[tuple[str, str]]) -> str:
            cells = "".join(f"<tr><td><b>{html.escape(key)}</b>&nbsp;&nbsp;</td>"
                            f"<td>{html.escape(what)}</td></tr>" for key, what in keys)
            return f"<tr><td colspan=2><i>{html.escape(title)}</i></td></tr>{cells}"

        lab_keys = describe_shortcuts(lab) or [("—", "this lab has no keys of its own")]
        return (f"<table>{rows(lab.title + ' (while it has the focus)', lab_keys)}"
                f"<tr><td></td></tr>{rows('Everywhere', window)}</table>")

    def _show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", self.shortcuts_text(),
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): no nested event loop inside a slot (see ui.app's dialogs)

    # --- scenes ---------------------------------------------------------------------------------

    def save_scene(self, path: str | os.PathLike[str]) -> None:
        states = {name: self.labs.state(name) for name in self.labs}
        scene = Scene(lab=self.current_lab.name,
                      labs={name: state for name, state in states.items() if state is not None})
        write_scene(path, scene)
        self.statusBar().showMessage(f"Saved scene {Path(path).name}", 5000)

    def open_scene(self, path: str | os.PathLike[str]) -> None:
        """Apply a scene, all or nothing: on any error every lab returns to its previous state."""
        scene = read_scene(path, tuple(self.labs))
        involved = [name for name in scene.labs if name in self.labs]
        previous = {name: self.labs[name].state() for name in involved}
        try:
            for name in involved:
                self.labs[name].apply_state(scene.labs[name])
        except SceneError:
            for name, data in previous.items():
                self.labs[name].apply_state(data)
            raise
        self.select_lab(scene.lab)
        self.statusBar().showMessage(f"Opened scene {Path(path).name}", 5000)

    def scene_folder(self) -> str:
        """Where Open scene starts: the folder the last scene was opened from (kept in the
        settings between sessions by a remembering window), else the bundled examples."""
        folder = self._scene_folder
        if folder is None and self.remember:
            folder = self.settings.value(SCENE_FOLDER_KEY)
        if folder and Path(str(folder)).is_dir():
            return str(folder)
        return str(SCENES_FOLDER)

    def _open_dialog(self) -> None:
        dialog = QFileDialog(self, "Open scene", self.scene_folder(), "Scenes (*.json)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._open_chosen_scene)
        dialog.open()  # not exec(): no nested event loop inside a slot

    def _open_chosen_scene(self, path: str) -> None:
        """Remember the folder the scene came from, then open it (or say why not)."""
        self._scene_folder = str(Path(path).resolve().parent)
        if self.remember:
            self.settings.setValue(SCENE_FOLDER_KEY, self._scene_folder)
        try:
            self.open_scene(path)
        except SceneError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open scene",
                              f"{Path(path).name}: {error}\n\nNothing was changed.",
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save scene", "scene.json", "Scenes (*.json)")
        if path:
            try:
                self.save_scene(path)
            except OSError as error:
                QMessageBox.warning(self, "Cannot save scene", f"{path}: {error}")

    # --- exports --------------------------------------------------------------------------------

    def export_png(self, path: str | os.PathLike[str], size: QSize | None = None) -> None:
        target = self.current_lab.export_target()
        size = size or target.size()
        save_png(render_widget(target, size.width(), size.height()), path)
        self.statusBar().showMessage(f"Exported {Path(path).name}", 5000)

    def export_gif(self, path: str | os.PathLike[str], size: QSize | None = None,
                   fps: float = 15, show_dialog: bool = True) -> GifExport | None:
        """Start exporting the current lab's animation; returns the running export."""
        lab = self.current_lab
        target = lab.export_target()
        size = size or target.size()
        frames = lab.animation_frames(size.width(), size.height())
        if frames is None:
            return None
        if self.gif_export is not None:
            self.gif_export.shutdown()
        expected = lab.frame_count() if hasattr(lab, "frame_count") else 100
        self.gif_export = GifExport(frames, path, fps, expected, self, show_dialog)
        self.gif_export.finished.connect(self._on_gif_done)
        self.gif_export.failed.connect(self._on_export_failed)
        self.gif_export.start()
        return self.gif_export

    def _on_gif_done(self, path: str) -> None:
        self.statusBar().showMessage(f"Exported {Path(path).name}", 5000)

    def _on_export_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Export failed", message)

    def _export_png_dialog(self) -> None:
        size = _ask_size(self, self.current_lab.export_target().size(), "Export PNG")
        if size is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", f"{self.current_lab.name}.png",
                                              "PNG images (*.png)")
        if path:
            try:
                self.export_png(path, size)
            except (OSError, ValueError) as error:
                QMessageBox.warning(self, "Export failed", str(error))

    def _export_gif_dialog(self) -> None:
        size = _ask_size(self, QSize(640, 480), "Export GIF")
        if size is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export GIF", f"{self.current_lab.name}.gif",
                                              "GIF animations (*.gif)")
        if path:
            try:
                self.export_gif(path, size)
            except (OSError, ValueError) as error:
                QMessageBox.warning(self, "Export failed", str(error))

    # --- settings -------------------------------------------------------------------------------

    def restore_settings(self) -> None:
        """Window geometry and each lab's last state; anything unreadable is ignored."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name in self.labs:
            text = self.settings.value(f"labs/{name}")
            if not text:
                continue
            try:
                self.labs.remember(name, json.loads(str(text)))
            except ValueError as error:
                log.warning("Ignoring saved settings of the %s lab: %s", name, error)
        current = self.settings.value("window/lab")
        if current in self.labs:
            self.select_lab(str(current))

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/lab", self.current_lab.name)
        for name in self.labs:
            state = self.labs.state(name)
            if state is not None:
                self.settings.setValue(f"labs/{name}", json.dumps(state))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every timer and join every thread before the window goes away."""
        if self.gif_export is not None:
            self.gif_export.shutdown()
        for lab in self.labs.built.values():
            lab.shutdown()


def _ask_size(parent: QWidget, default: QSize, title: str) -> QSize | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    width, height = QSpinBox(), QSpinBox()
    for box, value in ((width, default.width()), (height, default.height())):
        box.setRange(16, 8000)
        box.setValue(value)
        box.setSuffix(" px")
    form = QFormLayout(dialog)
    form.addRow("Width", width)
    form.addRow("Height", height)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                               QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return QSize(width.value(), height.value())
