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
        qtbot.waitUntil(lab.hasFocus, timeout=10_000)
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


# --- holding jobs and clocks the tests control (DESIGN rule 9: tests never race the clock) ----

HOLD_LIMIT_S = 60.0  # how long a held job waits for a test that forgot to release it


class FakeClock:
    """Stands in for the ``time`` module of one module under test: time passes only when the
    test (or a fake it installs) calls :meth:`advance`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.advance(seconds)


@pytest.fixture
def fake_clock(monkeypatch):
    """``fake_clock(module)``: that module's ``time`` becomes a :class:`FakeClock` (returned)."""

    def install(module, start: float = 1000.0) -> FakeClock:
        clock = FakeClock(start)
        monkeypatch.setattr(module, "time", clock)
        return clock

    return install


class LandscapeGate:
    """Holds a loss-landscape job where the test says, by wrapping ``Plane.evaluator``: the
    one-off preparation (TensorFlow's trace) and/or the evaluation of chunk ``hold_chunk`` wait
    on events the test sets. ``chunks`` lists the size of every chunk evaluated; ``clock``
    (a :class:`FakeClock`) advances ``seconds_per_point`` for each point evaluated."""

    def __init__(self) -> None:
        import threading

        self.preparing, self.prepare_released = threading.Event(), threading.Event()
        self.holding, self.released = threading.Event(), threading.Event()
        self.prepare_released.set()
        self.hold_chunk: int | None = None
        self.chunks: list[int] = []
        self.clock: FakeClock | None = None
        self.seconds_per_point = 0.0

    def hold_prepare(self) -> None:
        self.prepare_released.clear()

    def release_prepare(self) -> None:
        """Let a held preparation go on, and wait for its helper thread to end."""
        import threading

        self.prepare_released.set()
        for thread in threading.enumerate():
            if thread.name == "landscape-prepare":
                thread.join(HOLD_LIMIT_S)

    def release(self) -> None:
        self.released.set()

    def wrap(self, real):
        gate = self

        class HeldEvaluator:
            def __getattr__(self, name: str):
                return getattr(real, name)

            def prepare(self, gradient: bool = False) -> None:
                gate.preparing.set()
                gate.prepare_released.wait(HOLD_LIMIT_S)
                real.prepare(gradient)

            def evaluate(self, coeffs):
                gate.chunks.append(len(coeffs))
                result = real.evaluate(coeffs)
                if gate.clock is not None:
                    gate.clock.advance(gate.seconds_per_point * len(coeffs))
                if len(gate.chunks) == gate.hold_chunk:
                    gate.holding.set()
                    gate.released.wait(HOLD_LIMIT_S)
                return result

        return HeldEvaluator()


@pytest.fixture
def landscape_gate(monkeypatch):
    """A :class:`LandscapeGate` on every slice evaluated from now on; released at teardown."""
    from explorer.core.nn.plane import Plane

    gate = LandscapeGate()
    original = Plane.evaluator
    monkeypatch.setattr(Plane, "evaluator",
                        lambda plane, dtype="float32": gate.wrap(original(plane, dtype)))
    yield gate
    gate.release()
    gate.release_prepare()


@pytest.fixture
def english_afterwards(qapp):
    """The language is process-global: a test that switches it leaves the app in English."""
    from explorer.ui.i18n import install_language

    yield
    install_language(qapp, "en")


@pytest.fixture(scope="session")
def unmarked_templates():
    """unmarked_templates(error) → the (context, template) pairs of a core error and of its
    marked values (nested problems, kind names) that the source does not mark with a literal
    ``tr_noop(context, "…")`` (or Qt's QT_TRANSLATE_NOOP), i.e. that lupdate would not extract
    and a Korean user would read in English. Literals are read as lupdate reads them: adjacent
    literals joined, never an f-string or a variable."""
    import ast

    from explorer.core.i18n import MarkedError, MarkedText

    marked = set()
    for path in (ROOT / "explorer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2 \
                    and getattr(node.func, "id", getattr(node.func, "attr", None)) in \
                    ("tr_noop", "QT_TRANSLATE_NOOP") \
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in node.args):
                marked.add((node.args[0].value, node.args[1].value))

    def unmarked(item: MarkedText | MarkedError) -> list[tuple[str, str]]:
        missing = [] if (item.context, item.template) in marked else \
            [(item.context, item.template)]
        for value in item.values.values():
            if isinstance(value, MarkedText | MarkedError):
                missing += unmarked(value)
        return missing

    return unmarked
