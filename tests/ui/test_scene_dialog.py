"""Open scene starts where the user was (issue 20, point 17): the first time in the bundled
examples (resources/scenes), then in the folder the last scene came from, remembered between
sessions only by a window that remembers. The dialog opens without a nested event loop, so
the test drives it like a user: it finds the dialog, picks a file and accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from explorer.ui.main_window import SCENE_FOLDER_KEY, MainWindow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "scenes"


@pytest.fixture
def make_window(qtbot, settings):
    """make_window(remember) → a shown MainWindow on the test's own settings."""
    from explorer.ui.app import create_application

    create_application()
    windows = []

    def make(remember: bool) -> MainWindow:
        window = MainWindow(settings=settings, remember=remember)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _open_dialog(qtbot, window: MainWindow) -> QFileDialog:
    """File → Open scene…, as a user would; returns the dialog on screen."""
    next(action for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
         if action.text() == "&Open scene…").trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog)),
                    timeout=10_000)
    return next(d for d in window.findChildren(QFileDialog) if d.isVisible())


def _choose(qtbot, dialog: QFileDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.fileSelected, timeout=10_000) as chosen:
        dialog.selectFile(str(path))
        dialog.accept()
    assert chosen.args == [str(path)]


def test_the_first_time_open_scene_starts_in_the_bundled_examples(qtbot, make_window):
    window = make_window(remember=True)
    assert window.scene_folder() == str(EXAMPLES) and EXAMPLES.is_dir()
    dialog = _open_dialog(qtbot, window)
    assert Path(dialog.directory().absolutePath()) == EXAMPLES
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    dialog.reject()


def test_open_scene_starts_in_the_last_folder_used_also_in_the_next_session(
        qtbot, make_window, settings, tmp_path):
    folder = tmp_path / "my scenes"
    folder.mkdir()
    window = make_window(remember=True)
    window.select_lab("perceptron")
    window.save_scene(folder / "perceptron.json")
    window.select_lab("optimizer")
    _choose(qtbot, _open_dialog(qtbot, window), folder / "perceptron.json")
    assert window.current_lab.name == "perceptron"  # the scene was opened
    assert window.scene_folder() == str(folder.resolve())
    assert settings.value(SCENE_FOLDER_KEY) == str(folder.resolve())
    dialog = _open_dialog(qtbot, window)
    assert Path(dialog.directory().absolutePath()) == folder.resolve()
    dialog.reject()
    assert make_window(remember=True).scene_folder() == str(folder.resolve())


def test_a_window_that_does_not_remember_keeps_the_folder_for_itself(qtbot, make_window,
                                                                      settings, tmp_path):
    settings.setValue(SCENE_FOLDER_KEY, str(tmp_path))  # the user's: neither read nor replaced
    window = make_window(remember=False)
    assert window.scene_folder() == str(EXAMPLES)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    window.save_scene(folder / "scene.json")
    _choose(qtbot, _open_dialog(qtbot, window), folder / "scene.json")
    assert window.scene_folder() == str(folder.resolve())
    assert settings.value(SCENE_FOLDER_KEY) == str(tmp_path)


def test_a_remembered_folder_that_is_gone_falls_back_to_the_examples(make_window, settings,
                                                                     tmp_path):
    settings.setValue(SCENE_FOLDER_KEY, str(tmp_path / "deleted"))
    assert make_window(remember=True).scene_folder() == str(EXAMPLES)


def test_a_corrupt_scene_is_refused_without_blocking_and_its_folder_kept(qtbot, make_window,
                                                                          tmp_path):
    window = make_window(remember=False)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    _choose(qtbot, _open_dialog(qtbot, window), bad)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=10_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text().startswith("bad.json: ") and box.text().endswith("Nothing was changed.")
    box.close()
    assert window.scene_folder() == str(tmp_path.resolve())
