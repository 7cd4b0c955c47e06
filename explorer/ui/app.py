"""The QApplication, its settings store, and the guard that turns slot exceptions into dialogs."""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSettings,
    QtMsgType,
    Signal,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("explorer")

ORGANISATION = "OptimizerExplorer"
APPLICATION = "Optimizer Explorer"
# Qt messages that tell a user nothing: the offscreen platform (--screenshot, export, bench)
# prints this one for every window it shows.
DROPPED_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]
_previous_handler: MessageHandler | None = None


def has_display() -> bool:
    """Whether a windowing system is reachable (or the caller chose a headless platform)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def share_gl_contexts() -> None:
    """Let every OpenGL view share resources: pyqtgraph caches compiled shaders, and a second 3-D
    view (a new window, a test) must be able to use them. Only effective before the QApplication
    exists."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def create_application(argv: list[str] | None = None,
                       language: str | None = None) -> QApplication:
    """Return the running QApplication, creating it (with our names and style) if needed.

    ``language`` ("en", "ko"), if given, is installed here, before any widget is built, so
    every text is created in it; None leaves the language as it is (English at first)."""
    app = QApplication.instance()
    if app is None:
        share_gl_contexts()
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from explorer.ui.fonts import install_fonts

    install_fonts(app)  # Hangul from the bundled font where the system has none (not boxes)
    if language is not None:
        from explorer.ui.i18n import install_language

        install_language(app, language)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k", imageAxisOrder="row-major")
    from explorer.ui.widgets.wheel import install_wheel_guard

    install_wheel_guard(app)  # a wheel over a control column scrolls it, not its number boxes
    install_message_filter()
    from explorer.ui.gui_gc import collect_on_gui_thread

    collect_on_gui_thread()  # never on a worker thread, where freeing Qt objects crashes
    # (Re-)registered last, after PySide's and pyqtgraph's exit handlers, so it runs before them.
    atexit.unregister(delete_windows)
    atexit.register(delete_windows)
    return app


def install_message_filter() -> None:
    """Route Qt's messages through :func:`filter_message` (again, if another handler, such as
    pytest-qt's, replaced it); undone at exit, so no Python handler outlives the interpreter."""
    global _previous_handler
    previous = qInstallMessageHandler(filter_message)
    if previous is not filter_message:
        _previous_handler = previous
    atexit.unregister(restore_message_handler)
    atexit.register(restore_message_handler)


def restore_message_handler() -> None:
    """Put back the handler :func:`install_message_filter` replaced (if ours is still in use)."""
    current = qInstallMessageHandler(_previous_handler)
    if current is not filter_message:
        qInstallMessageHandler(current)


def filter_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the messages in DROPPED_QT_MESSAGES; pass every other one on unchanged, to the
    previous handler or, as Qt's default handler does, to stderr."""
    if message in DROPPED_QT_MESSAGES:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    elif sys.stderr is not None:  # None under pythonw (the Windows GUI launcher)
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")
        sys.stderr.flush()


def delete_windows() -> None:
    """Close and delete every window of the app that is still alive (at interpreter exit).

    PySide6's own exit handler deletes each Qt object still owned by Python one by one, in the
    order of its wrapper table, while the interpreter finalizes. A pyqtgraph item deleted before
    its parent layout makes that layout call the Python overrides (``resizeEvent``,
    ``boundingRect``) of siblings already half destroyed, and the process segfaults after a clean
    session. Deleting our windows first lets Qt tear each one down in its own parent-to-child
    order, with Python whole; what is left for PySide (pyqtgraph's parentless context menus)
    holds no graphics items.
    """
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if type(widget).__module__.startswith("explorer.") and shiboken6.isValid(widget):
            widget.close()  # closeEvent stops and joins the window's worker threads
            shiboken6.delete(widget)


def settings() -> QSettings:
    """The app's settings. Tests redirect them with ``QSettings.setPath`` to a temp dir."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     "optimizer-explorer")


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook``: logs an exception raised in a slot and shows it.

    Qt would otherwise print it and carry on silently (or abort); a learner should see what
    went wrong, and the app should keep running.
    """

    error_shown = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.last_error: str | None = None
        self.dialog: QMessageBox | None = None
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Unhandled exception:\n%s", details)
        self.last_error = f"{kind.__name__}: {error}"
        if self.dialog is not None:
            self.dialog.close()
        still_running = self.tr("The app keeps running; the details were logged.")
        self.dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                                  f"{self.last_error}\n\n{still_running}",
                                  QMessageBox.StandardButton.Ok, self.parent_widget)
        self.dialog.setDetailedText(details)
        self.dialog.open()  # not exec(): a nested event loop inside a slot invites re-entrancy
        self.error_shown.emit(self.last_error)


def dispose(window: QWidget) -> None:
    """Close and delete a window while the QApplication still exists.

    Left to the interpreter's shutdown, PySide6 and pyqtgraph destroy objects in an arbitrary
    order and the process can crash on exit (a non-zero exit code after a clean session).
    """
    window.close()
    window.deleteLater()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()


def apply_launch_options(window: QWidget, args: argparse.Namespace) -> None:
    """Apply --scene, --lab and --size to a main window; raise ValueError with a clear message."""
    from explorer.ui.export import parse_size

    if args.scene:
        window.open_scene(args.scene)
    if args.lab:
        window.select_lab(args.lab)
    if args.size:
        window.resize(parse_size(args.size))
