"""First-run set-up, standard library only: make sure the dependencies are importable.

``python main.py`` must work on a fresh machine with nothing but Python and pip. If the packages
the app needs are missing from the running interpreter, we create ``.venv`` beside the project,
install the project into it (with its test extras, so ``python main.py test`` works too) and
re-run the same command with that interpreter. Nothing happens when everything is present.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
REQUIRED = ("numpy", "PySide6", "pyqtgraph", "OpenGL", "PIL")
REQUIRED_FOR_TESTS = ("pytest", "pytestqt", "hypothesis", "tensorflow")


def missing_modules(names: tuple[str, ...]) -> list[str]:
    return [name for name in names if importlib.util.find_spec(name) is None]


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _install_into_venv() -> Path:
    python = _venv_python()
    if not python.exists():
        print(f"Optimizer Explorer: creating a virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Optimizer Explorer: installing dependencies (first run only; TensorFlow is large) …",
          flush=True)
    subprocess.check_call([str(python), "-m", "pip", "install", "--upgrade", "pip"])
    subprocess.check_call([str(python), "-m", "pip", "install", "-e", f"{ROOT}[test]"])
    return python


def ensure_environment(argv: list[str] | None = None) -> None:
    """Return if the dependencies import here; otherwise set up ``.venv`` and re-exec in it."""
    argv = sys.argv if argv is None else argv
    needed = REQUIRED + (REQUIRED_FOR_TESTS if argv[1:2] == ["test"] else ())
    missing = missing_modules(needed)
    if not missing:
        return
    if os.environ.get("EXPLORER_NO_SETUP") or Path(sys.prefix).resolve() == VENV.resolve():
        sys.exit(f"Optimizer Explorer: missing Python packages {', '.join(missing)}; "
                 f"install them with: pip install -e '{ROOT}[test]'")
    python = _install_into_venv()
    os.environ["EXPLORER_NO_SETUP"] = "1"  # never loop if the install did not help
    os.execv(str(python), [str(python), *argv])
