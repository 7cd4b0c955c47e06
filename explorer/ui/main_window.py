"""The main window: one tab per lab, File menu for scenes and exports, View › Language, persistent
settings.

Every text the window sets itself is (re)set in :meth:`MainWindow.retranslate`, which runs at
build and on every ``QEvent.LanguageChange``, so a language chosen in the menu applies at once.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
)

from explorer.core.i18n import tr_noop
from explorer.core.scene import Scene, SceneError, read_scene, write_scene
from explorer.ui.app import APPLICATION
from explorer.ui.app import settings as default_settings
from explorer.ui.code_view import CodeView
from explorer.ui.exporter import Exporter
from explorer.ui.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    current_language,
    error_text,
    install_language,
    translate,
)
from explorer.ui.lab_shelf import LabShelf
from explorer.ui.labs.base import Lab
from explorer.ui.labs.code import LABS as CODE_LABS
from explorer.ui.labs.code import lab_script
from explorer.ui.widgets.panels import ExportButtons
from explorer.ui.widgets.shortcuts import describe_shortcuts

log = logging.getLogger("explorer")

SCENES_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "scenes"  # the examples
SCENE_FOLDER_KEY = "scenes/folder"  # where the last scene was opened from
LAB_CONTEXT = "Lab"  # the translation context of every lab's title and hint
# The tab titles, marked here until each lab marks its own ``title = tr_noop("Lab", ...)``.
MARKED_LAB_TITLES = (tr_noop("Lab", "Optimizer Lab"), tr_noop("Lab", "Perceptron Lab"),
                     tr_noop("Lab", "Training Lab"))  # the Gallery marks its own
MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")  # "&Open" and Korean-style "열기(&O)"


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
        self.exporter = Exporter(self, lambda: self.current_lab)
        self._scene_folder: str | None = None  # this session's, also when not remembering
        self.scene_name = "(unsaved)"  # the last scene opened or saved: a program's header
        self.remember = remember
        self._build_menus()
        factories = lab_factories()
        self._lab_titles = {name: factory.title for name, factory in factories.items()}
        self.labs = LabShelf(self.tabs, factories, self._connect_lab)
        self.labs[self.labs.name_at(0)]  # only the lab on screen is built at start-up
        self.setCentralWidget(self.tabs)
        self.resize(1280, 800)
        if remember:
            self.restore_settings()
        self.tabs.currentChanged.connect(self._show_hint)
        self.retranslate()

    def _show_hint(self) -> None:
        self.statusBar().showMessage(translate(LAB_CONTEXT, self.current_lab.hint), 15000)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text the window owns in the current language: menus, actions, tab titles
        and the status bar's hint."""
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open scene…"))
        self.save_action.setText(self.tr("&Save scene…"))
        self.export_png_action.setText(self.tr("Export &picture (PNG, SVG, PDF)…"))
        self.export_gif_action.setText(self.tr("Export &animation (GIF, MP4)…"))
        self.export_code_action.setText(self.tr("Export &code…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        for code, action in self.language_actions.items():
            action.setChecked(code == current_language())
        for index, name in enumerate(self.labs):
            self.tabs.setTabText(index, translate(LAB_CONTEXT, self._lab_titles[name]))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switch the whole app to ``code`` now (every widget gets a LanguageChange); a
        remembering window keeps the choice for the next start."""
        install_language(QApplication.instance(), code)
        if self.remember:
            self.settings.setValue(LANGUAGE_KEY, code)

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
        """Menus and actions without their texts: :meth:`retranslate` sets those."""
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.open_action = self._action(file_menu, QKeySequence.StandardKey.Open,
                                        self._open_dialog)
        self.save_action = self._action(file_menu, QKeySequence.StandardKey.Save,
                                        self._save_dialog)
        file_menu.addSeparator()
        self.export_png_action = self._action(file_menu, "Ctrl+E", self.exporter.picture_dialog)
        self.export_gif_action = self._action(file_menu, "Ctrl+Shift+E",
                                              self.exporter.animation_dialog)
        self.export_code_action = self._action(file_menu, "Ctrl+Shift+C", self.show_code)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, QKeySequence.StandardKey.Quit, self.close)
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each language named in itself, never translated
            action = group.addAction(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = self._action(help_menu, "F1", self._show_shortcuts)

    def race_on_surface(self, surface: object) -> None:
        """Open a surface another lab made (a network's loss slice) in the Optimizer Lab."""
        optimizer_lab = self.labs["optimizer"]
        optimizer_lab.race_on(surface)  # type: ignore[attr-defined]
        self.select_lab("optimizer")

    def show_code(self) -> CodeView | None:
        """File › Export code…: the program behind the current lab, in a Code view (or why
        there is none)."""
        lab = self.current_lab
        title = translate("Lab", lab.title)
        if lab.name not in CODE_LABS:
            QMessageBox.warning(self, self.tr("No code for this lab"), self.tr(
                "The {lab} draws its pictures from formulas: there is no training program "
                "behind them. The Optimizer, Perceptron and Training Labs have one.").format(
                    lab=title))
            return None
        try:
            script = lab_script(lab.name, lab.state(), self.scene_name, current_language(),
                                f"{lab.name}_data.csv")
        except (SceneError, ValueError) as error:
            QMessageBox.warning(self, self.tr("No code for this lab"), error_text(error))
            return None
        view = CodeView(script, title, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        return view

    def _connect_lab(self, lab: Lab) -> None:
        """Wire a newly built lab's export buttons and its hand-overs to the window."""
        for box in lab.findChildren(ExportButtons):
            box.code.clicked.connect(self.show_code)
        if hasattr(lab, "race_requested"):
            lab.race_requested.connect(self.race_on_surface)
        for button, slot in (("export_png_button", self.exporter.picture_dialog),
                             ("export_gif_button", self.exporter.animation_dialog)):
            if hasattr(lab, button):
                getattr(lab, button).clicked.connect(slot)

    def _action(self, menu: QMenu, shortcut: QKeySequence.StandardKey | str,
                slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def shortcuts_text(self) -> str:
        """The current lab's keys, then the window's menu keys, as an HTML table."""
        lab = self.current_lab
        window = [(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                   MNEMONIC.sub("", action.text()).rstrip("…"))
                  for menu in self.menuBar().findChildren(QMenu) for action in menu.actions()
                  if not action.shortcut().isEmpty()]

        def rows(title: str, keys: list[tuple[str, str]]) -> str:
            cells = "".join(f"<tr><td><b>{html.escape(key)}</b>&nbsp;&nbsp;</td>"
                            f"<td>{html.escape(what)}</td></tr>" for key, what in keys)
            return f"<tr><td colspan=2><i>{html.escape(title)}</i></td></tr>{cells}"

        lab_keys = describe_shortcuts(lab) or [("—", self.tr("this lab has no keys of its own"))]
        lab_title = self.tr("{lab} (while it has the focus)").format(
            lab=translate(LAB_CONTEXT, lab.title))
        everywhere = self.tr("Everywhere")
        return (f"<table>{rows(lab_title, lab_keys)}"
                f"<tr><td></td></tr>{rows(everywhere, window)}</table>")

    def _show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"),
                          self.shortcuts_text(),
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
        self.scene_name = Path(path).name
        self.statusBar().showMessage(self.tr("Saved scene {name}").format(name=Path(path).name),
                                     5000)

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
        self.scene_name = Path(path).name
        self.statusBar().showMessage(self.tr("Opened scene {name}").format(name=Path(path).name),
                                     5000)

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
        dialog = QFileDialog(self, self.tr("Open scene"), self.scene_folder(),
                             self.tr("Scenes (*.json)"))
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
            unchanged = self.tr("Nothing was changed.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open scene"),
                              f"{Path(path).name}: {error_text(error)}\n\n{unchanged}",
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scene"), "scene.json",
                                              self.tr("Scenes (*.json)"))
        if path:
            try:
                self.save_scene(path)
            except OSError as error:
                QMessageBox.warning(self, self.tr("Cannot save scene"), f"{path}: {error}")

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
        self.exporter.shutdown()
        for lab in self.labs.built.values():
            lab.shutdown()

