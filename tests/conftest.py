"""Shared fixtures: a headless Qt platform, isolated settings, and the main-window fixture.

Widget tests use Qt's offscreen platform unless a display is set (``python main.py test`` starts
Xvfb when it can, so the OpenGL tests run too).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from explorer.core.nn import import_guard  # noqa: E402  (after sys.path is set)

import_guard.install()  # the Keras tests import TensorFlow; the 3-D test needs Mesa intact


def pytest_configure(config):
    from explorer.ui.app import share_gl_contexts

    share_gl_contexts()  # before pytest-qt creates the QApplication


@pytest.fixture
def settings(tmp_path, qapp):
    """A QSettings that lives in a temporary folder, never the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.clear()
    return store


@pytest.fixture
def main_window(qtbot, settings):
    """The shown main window; fails the test if a worker thread outlives it."""
    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow
    from explorer.ui.worker import running_threads

    create_application()
    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.close()
    leftover = running_threads()
    for thread in leftover:
        thread.cancel()
        thread.wait(5000)
    assert not leftover, f"worker threads still running after the window closed: {leftover}"


@pytest.fixture
def open_lab(main_window, qtbot):
    """Select a lab and wait until it has the keyboard focus: its shortcuts (Space, →, R…) act
    only while the focus is inside it, and on a real X server focus arrives a little later."""

    def open_(name: str):
        main_window.select_lab(name)
        lab = main_window.labs[name]
        lab.setFocus()
        qtbot.waitUntil(lab.hasFocus, timeout=2000)
        return lab

    return open_


@pytest.fixture
def gl_available(qapp):
    """Skip unless an OpenGL context can be made (needs a real X server with Mesa)."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    if qapp.platformName() in ("offscreen", "minimal"):
        pytest.skip("no OpenGL context on Qt's offscreen platform: run `python main.py test`, "
                    "which starts Xvfb (with Mesa) when it is installed")
    context = QOpenGLContext()
    surface = QOffscreenSurface()
    surface.create()
    if not context.create() or not context.makeCurrent(surface):
        pytest.skip("an OpenGL context could not be created on this display")
    context.doneCurrent()
