"""First-run set-up, standard library only: make sure the dependencies are importable.

``python main.py`` must work on a fresh machine with nothing but Python and pip. If the packages
the app needs are missing from the running interpreter, we create ``.venv`` beside the project,
install the project into it (with its test extras, so ``python main.py test`` works too) and
re-run the same command with that interpreter. Nothing happens when everything is present.

The terminal shows one line per phase; the output of ``venv`` and pip goes to ``.venv/setup.log``,
whose path is shown, with the command that failed, if the set-up fails. The path and hand-over
logic are pure functions of the platform name (``sys.platform``), so they are tested for Linux,
macOS and Windows on any machine.
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NoReturn, TextIO

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
REQUIRED = ("numpy", "PySide6", "pyqtgraph", "OpenGL", "PIL", "nbformat", "pygments",
            "imageio_ffmpeg")
REQUIRED_FOR_TESTS = ("pytest", "pytestqt", "hypothesis", "tensorflow", "ruff", "pypdf")
NO_SETUP = "EXPLORER_NO_SETUP"  # set for the re-run: never loop if the install did not help
LOG_NAME = "setup.log"
LOG_EXCERPT_LINES = 8  # of the log, shown when the set-up fails
LOG_EXCERPT_WIDTH = 160
# TensorFlow's C++ logging: 2 hides its INFO and WARNING start-up lines (a user's value wins);
# TensorFlow 2.19+ prints its "oneDNN custom operations are on" notice whatever the level
# (tensorflow/tensorflow#100442), hence TF_ENABLE_ONEDNN_OPTS=0 too. ``explorer.core.nn.model.
# import_keras`` sets the same for entry points that skip this module.
TF_CPP_MIN_LOG_LEVEL = "2"

Handover = Literal["exec", "subprocess"]


class SetupError(Exception):
    """A set-up command failed (``returncode`` None: it could not be started)."""

    def __init__(self, command: Sequence[str], returncode: int | None) -> None:
        super().__init__(command, returncode)
        self.command, self.returncode = list(command), returncode


def venv_python(venv: Path, platform: str) -> Path:
    """The interpreter of the virtual environment ``venv`` on ``platform`` (a ``sys.platform``)."""
    if platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def handover_mode(platform: str) -> Handover:
    """How to re-run the command in the venv: ``os.execv`` replaces the process on POSIX, but on
    Windows it starts a new process and ends this one at once (the console gets its prompt back
    while the app still writes to it, the exit code is lost, arguments with spaces are split);
    there we wait for a child process and pass on its exit code."""
    return "subprocess" if platform == "win32" else "exec"


def format_command(command: Sequence[str], platform: str) -> str:
    """``command`` quoted as the platform's shell would need it, to be copied and run by hand."""
    if platform == "win32":
        return subprocess.list2cmdline(list(command))
    return shlex.join(command)


def setup_commands(venv: Path, root: Path, base_python: str, platform: str,
                   *, create: bool) -> list[list[str]]:
    """The commands that set up ``venv`` (creating it first if ``create``) and install the
    project from ``root`` into it, with the test extras."""
    python = str(venv_python(venv, platform))
    commands = [[base_python, "-m", "venv", str(venv)]] if create else []
    commands.append([python, "-m", "pip", "install", "--upgrade", "pip"])
    commands.append([python, "-m", "pip", "install", "-e", f"{root}[test]"])
    return commands


def required_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """What the command in ``argv`` needs to import: ``test`` needs the test tools too."""
    return REQUIRED + (REQUIRED_FOR_TESTS if list(argv[1:2]) == ["test"] else ())


def missing_modules(names: Sequence[str]) -> list[str]:
    return [name for name in names if importlib.util.find_spec(name) is None]


def log_excerpt(log: Path, lines: int = LOG_EXCERPT_LINES,
                width: int = LOG_EXCERPT_WIDTH) -> list[str]:
    """What to show of a failed set-up's ``log``: its error lines (pip's start with ``ERROR``,
    venv's with ``Error``) or else its last lines, each cut to ``width`` characters."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    kept = [line.rstrip() for line in text.splitlines() if line.strip()]
    errors = [line for line in kept if line.lstrip().lower().startswith("error")]
    return [line if len(line) <= width else line[:width - 1] + "…"
            for line in (errors or kept)[-lines:]]


def say(text: str, stream: TextIO | None = None) -> None:
    """Print one line, replacing what the terminal's encoding cannot show (``—``, ``…`` on an
    old code page) instead of failing with UnicodeEncodeError."""
    stream = stream or sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def quiet_tensorflow_logs() -> None:
    """Hide TensorFlow's C++ start-up lines unless the user chose a log level; must run before
    anything imports TensorFlow (the CLI entry points call it first)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", TF_CPP_MIN_LOG_LEVEL)
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # its notice ignores the log level


def run_setup(commands: Sequence[Sequence[str]], log: Path,
              platform: str = sys.platform) -> None:
    """Run ``commands`` in order, their output written to ``log`` (a fresh one each set-up);
    raise SetupError on the first that fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as stream:
        for command in commands:
            stream.write(f"$ {format_command(command, platform)}\n")
            stream.flush()
            try:
                code: int | None = subprocess.run(
                    list(command), stdin=subprocess.DEVNULL, stdout=stream,
                    stderr=subprocess.STDOUT, check=False).returncode
            except OSError as error:
                stream.write(f"{error}\n")
                code = None
            if code != 0:
                raise SetupError(command, code)


def failure_message(error: SetupError, log: Path, excerpt: Sequence[str], platform: str) -> str:
    """What the terminal shows when the set-up fails: the command (ready to copy), how it failed,
    where its full output is and an excerpt of it (:func:`log_excerpt`)."""
    outcome = ("could not be started" if error.returncode is None
               else f"failed (exit code {error.returncode})")
    shown = "".join(f"\n  | {line}" for line in excerpt)
    return (f"Optimizer Explorer: set-up failed. This command {outcome}:\n"
            f"  {format_command(error.command, platform)}\n"
            f"Its full output is in {log}" + (f":{shown}" if shown else "."))


def has_modules(python: Path, names: Sequence[str]) -> bool:
    """Whether the interpreter ``python`` can import all of ``names`` (a set-up that finished)."""
    probe = ("import importlib.util, sys; "
             "sys.exit(any(importlib.util.find_spec(n) is None for n in sys.argv[1:]))")
    try:
        return subprocess.run([str(python), "-c", probe, *names], stdin=subprocess.DEVNULL,
                              capture_output=True, check=False).returncode == 0
    except OSError:
        return False


def hand_over(python: Path, argv: Sequence[str], platform: str = sys.platform) -> NoReturn:
    """Re-run ``argv`` with ``python`` in place of this process (see :func:`handover_mode`)."""
    command = [str(python), *argv]
    if handover_mode(platform) == "exec":
        os.execv(command[0], command)
    process = subprocess.Popen(command)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the child; it decides the end
    sys.exit(process.wait())


def ensure_environment(argv: Sequence[str] | None = None) -> None:
    """Return if the dependencies import here; otherwise set up ``.venv`` (first run only) and
    re-run the command in it. Exits with a message, never a traceback, if that fails."""
    argv = list(sys.argv if argv is None else argv)
    needed = required_modules(argv)
    missing = missing_modules(needed)
    if not missing:
        return
    if os.environ.get(NO_SETUP) or Path(sys.prefix).resolve() == VENV.resolve():
        install = [sys.executable, "-m", "pip", "install", "-e", f"{ROOT}[test]"]
        sys.exit(f"Optimizer Explorer: missing Python packages {', '.join(missing)}; "
                 f"install them with: {format_command(install, sys.platform)}")
    python = venv_python(VENV, sys.platform)
    if not (python.exists() and has_modules(python, needed)):
        say("Setting up Optimizer Explorer in .venv — first run only, about two minutes…")
        commands = setup_commands(VENV, ROOT, sys.executable, sys.platform,
                                  create=not python.exists())
        log = VENV / LOG_NAME
        try:
            run_setup(commands, log)
        except SetupError as error:
            say(failure_message(error, log, log_excerpt(log), sys.platform), sys.stderr)
            sys.exit(1)
        except KeyboardInterrupt:
            say("Optimizer Explorer: set-up interrupted; run the same command again to finish it.",
                sys.stderr)
            sys.exit(130)
        say("Starting…")
    os.environ[NO_SETUP] = "1"
    hand_over(python, argv)
