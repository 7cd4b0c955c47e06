"""Rule 1: core imports neither Qt, pyqtgraph nor TensorFlow; the window starts without TF."""

import subprocess
import sys

from explorer.bootstrap import ROOT

HEAVY = ("PySide6", "pyqtgraph", "tensorflow", "keras")


def _imported_after(code: str) -> set[str]:
    probe = (f"import sys\n{code}\n"
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                    "PATH": "/usr/bin:/bin"})
    return {m for m in out.stdout.strip().split(",") if m}


def test_core_imports_no_qt_and_no_tensorflow():
    code = ("import pkgutil, importlib, explorer.core as core\n"
            "names = [m.name for m in pkgutil.iter_modules(core.__path__) if m.name != 'nn']\n"
            "assert len(names) >= 7, names\n"
            "for name in names: importlib.import_module('explorer.core.' + name)")
    assert _imported_after(code) == set()


def test_trace_command_imports_no_qt():
    code = "from explorer.cli import main\nimport contextlib, io\n" \
           "with contextlib.redirect_stdout(io.StringIO()): main(['trace', '--steps', '3'])"
    assert _imported_after(code) == set()


def test_window_appears_without_tensorflow():
    code = ("from explorer.ui.app import create_application\n"
            "from explorer.ui.main_window import MainWindow\n"
            "app = create_application()\nw = MainWindow(remember=False)\nw.show()\n"
            "app.processEvents()\nw.shutdown()\n"
            "from explorer.ui.app import dispose\ndispose(w)")
    imported = _imported_after(code)
    assert "PySide6" in imported
    assert "tensorflow" not in imported and "keras" not in imported
