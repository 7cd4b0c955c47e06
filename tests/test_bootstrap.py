"""The first-run launcher: paths and hand-over for Linux, macOS and Windows, quiet output, and a
failing install that ends with the command and the log, not a traceback.

Nothing here creates a virtual environment or starts pip: ``subprocess`` is replaced.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from explorer import bootstrap

PLATFORMS = ("linux", "darwin", "win32")
PYTHON_IN_VENV = {"linux": ("bin", "python"), "darwin": ("bin", "python"),
                  "win32": ("Scripts", "python.exe")}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_venv_python_is_where_venv_puts_it(platform: str) -> None:
    venv = Path("project", ".venv")
    assert bootstrap.venv_python(venv, platform) == venv.joinpath(*PYTHON_IN_VENV[platform])


@pytest.mark.parametrize(("platform", "mode"),
                         [("linux", "exec"), ("darwin", "exec"), ("win32", "subprocess")])
def test_windows_waits_for_a_child_instead_of_execv(platform: str, mode: str) -> None:
    assert bootstrap.handover_mode(platform) == mode


@pytest.mark.parametrize(("platform", "shown"), [
    ("linux", "'/my dir/python' -m pip install -e '/my dir[test]'"),
    ("darwin", "'/my dir/python' -m pip install -e '/my dir[test]'"),
    ("win32", '"/my dir/python" -m pip install -e "/my dir[test]"'),
])
def test_commands_are_shown_ready_to_paste(platform: str, shown: str) -> None:
    command = ["/my dir/python", "-m", "pip", "install", "-e", "/my dir[test]"]
    assert bootstrap.format_command(command, platform) == shown


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("create", [True, False])
def test_setup_commands_install_the_project_with_the_venv_interpreter(platform: str,
                                                                       create: bool) -> None:
    venv, root = Path("p", ".venv"), Path("p")
    commands = bootstrap.setup_commands(venv, root, "/usr/bin/python3", platform, create=create)
    python = str(venv.joinpath(*PYTHON_IN_VENV[platform]))
    expected = [[python, "-m", "pip", "install", "--upgrade", "pip"],
                [python, "-m", "pip", "install", "-e", f"{root}[test]"]]
    if create:
        expected.insert(0, ["/usr/bin/python3", "-m", "venv", str(venv)])
    assert commands == expected


def test_the_test_command_needs_the_test_tools_too() -> None:
    assert bootstrap.required_modules(["main.py"]) == bootstrap.REQUIRED
    assert set(bootstrap.required_modules(["main.py", "test", "-k", "x"])) >= {"pytest", "ruff"}


def test_tensorflow_logs_are_quiet_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "")
    monkeypatch.delenv("TF_CPP_MIN_LOG_LEVEL")
    bootstrap.quiet_tensorflow_logs()
    assert bootstrap.os.environ["TF_CPP_MIN_LOG_LEVEL"] == "2"
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "0")
    bootstrap.quiet_tensorflow_logs()
    assert bootstrap.os.environ["TF_CPP_MIN_LOG_LEVEL"] == "0"


class FakeRun:
    """Stands in for ``subprocess.run``: records commands, writes to their stdout, fails one."""

    def __init__(self, fail_at: str | None = None, output: str = "") -> None:
        self.commands: list[list[str]] = []
        self.fail_at, self.output = fail_at, output

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess:
        self.commands.append(command)
        failed = self.fail_at is not None and self.fail_at in command
        if failed and kwargs.get("stdout") is not None:
            kwargs["stdout"].write(self.output)
        return subprocess.CompletedProcess(command, 1 if failed else 0)


def test_a_failing_command_names_itself_and_the_log(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / ".venv" / "setup.log"
    fake = FakeRun(fail_at="-e", output="ERROR: No matching distribution found for tensorflow\n")
    monkeypatch.setattr(bootstrap.subprocess, "run", fake)
    commands = bootstrap.setup_commands(tmp_path / ".venv", tmp_path, "python3", "linux",
                                        create=False)
    with pytest.raises(bootstrap.SetupError) as caught:
        bootstrap.run_setup(commands, log, "linux")
    assert caught.value.command == commands[1] and caught.value.returncode == 1
    assert f"$ {bootstrap.format_command(commands[1], 'linux')}" in log.read_text()
    message = bootstrap.failure_message(caught.value, log, bootstrap.log_excerpt(log), "linux")
    assert str(log) in message
    assert bootstrap.format_command(commands[1], "linux") in message
    assert "exit code 1" in message
    assert "No matching distribution found for tensorflow" in message


def test_a_command_that_cannot_start_is_reported_too(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(command: list[str], **kwargs: Any) -> None:
        raise FileNotFoundError(2, "No such file or directory", command[0])

    monkeypatch.setattr(bootstrap.subprocess, "run", missing)
    log = tmp_path / "setup.log"
    with pytest.raises(bootstrap.SetupError) as caught:
        bootstrap.run_setup([["/no/python", "-m", "venv", "x"]], log, "linux")
    assert caught.value.returncode is None
    message = bootstrap.failure_message(caught.value, log, bootstrap.log_excerpt(log), "linux")
    assert "could not be started" in message and "/no/python -m venv x" in message
    assert "No such file or directory" in message


def test_the_excerpt_shows_the_errors_cut_to_a_readable_width(tmp_path: Path) -> None:
    log = tmp_path / "setup.log"
    log.write_text("Collecting numpy\n  Getting requirements: done\n"
                   f"ERROR: Could not find a version (from versions: {'1.0, ' * 100})\n"
                   "ERROR: No matching distribution found for numpy>=999\n", encoding="utf-8")
    excerpt = bootstrap.log_excerpt(log, width=60)
    assert excerpt[1] == "ERROR: No matching distribution found for numpy>=999"
    assert excerpt[0].startswith("ERROR: Could not find") and len(excerpt[0]) == 60
    assert excerpt[0].endswith("…")


def test_without_errors_the_excerpt_is_the_end_of_the_log(tmp_path: Path) -> None:
    log = tmp_path / "setup.log"
    log.write_text("".join(f"line {i}\n\n" for i in range(20)), encoding="utf-8")
    assert bootstrap.log_excerpt(log, lines=3) == ["line 17", "line 18", "line 19"]
    assert bootstrap.log_excerpt(tmp_path / "missing.log") == []


@pytest.fixture
def first_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project in ``tmp_path`` whose dependencies are missing here; returns its venv."""
    venv = tmp_path / ".venv"
    monkeypatch.setattr(bootstrap, "ROOT", tmp_path)
    monkeypatch.setattr(bootstrap, "VENV", venv)
    monkeypatch.setattr(bootstrap, "missing_modules", lambda names: ["numpy"])
    monkeypatch.setenv(bootstrap.NO_SETUP, "")
    monkeypatch.delenv(bootstrap.NO_SETUP)
    return venv


def test_first_run_failure_exits_with_the_message_not_a_traceback(
        first_run: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeRun(fail_at="-e", output="ERROR: Could not install packages\n")
    monkeypatch.setattr(bootstrap.subprocess, "run", fake)
    monkeypatch.setattr(bootstrap, "hand_over", lambda *a: pytest.fail("must not hand over"))
    with pytest.raises(SystemExit) as caught:
        bootstrap.ensure_environment(["main.py"])
    assert caught.value.code == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "Setting up Optimizer Explorer in .venv — first run only, about two minutes…"]
    log = first_run / bootstrap.LOG_NAME
    assert str(log) in err
    assert bootstrap.format_command(fake.commands[-1], sys.platform) in err
    assert "Could not install packages" in err and "Traceback" not in err
    assert [c[1:3] for c in fake.commands] == [["-m", "venv"], ["-m", "pip"], ["-m", "pip"]]


def test_first_run_prints_one_line_per_phase_then_hands_over(
        first_run: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeRun()
    monkeypatch.setattr(bootstrap.subprocess, "run", fake)
    handed: list[tuple[Path, list[str]]] = []
    monkeypatch.setattr(bootstrap, "hand_over", lambda python, argv: handed.append((python, argv)))
    bootstrap.ensure_environment(["main.py", "--lab", "optimizer"])
    assert capsys.readouterr() == (
        "Setting up Optimizer Explorer in .venv — first run only, about two minutes…\n"
        "Starting…\n", "")
    assert handed == [(bootstrap.venv_python(first_run, sys.platform),
                       ["main.py", "--lab", "optimizer"])]
    assert bootstrap.os.environ[bootstrap.NO_SETUP] == "1"  # the re-run never sets up again
    assert (first_run / bootstrap.LOG_NAME).exists()


def test_a_finished_venv_is_used_silently(first_run: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    python = bootstrap.venv_python(first_run, sys.platform)
    python.parent.mkdir(parents=True)
    python.touch()
    monkeypatch.setattr(bootstrap, "has_modules", lambda python, names: True)
    monkeypatch.setattr(bootstrap.subprocess, "run", lambda *a, **k: pytest.fail("no set-up"))
    handed: list[Path] = []
    monkeypatch.setattr(bootstrap, "hand_over", lambda python, argv: handed.append(python))
    bootstrap.ensure_environment(["main.py"])
    assert capsys.readouterr() == ("", "")
    assert handed == [python]


def test_a_rerun_that_still_misses_packages_says_how_to_install(
        first_run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(bootstrap.NO_SETUP, "1")
    with pytest.raises(SystemExit) as caught:
        bootstrap.ensure_environment(["main.py"])
    assert "missing Python packages numpy" in str(caught.value.code)
    assert "pip install -e" in str(caught.value.code)


def test_hand_over_execs_on_posix(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[str]]] = []

    def execv(path: str, args: list[str]) -> None:
        calls.append((path, args))
        raise SystemExit(0)  # execv never returns

    monkeypatch.setattr(bootstrap.os, "execv", execv)
    with pytest.raises(SystemExit):
        bootstrap.hand_over(Path("/v/bin/python"), ["main.py", "test"], "darwin")
    assert calls == [(str(Path("/v/bin/python")), [str(Path("/v/bin/python")), "main.py", "test"])]


def test_hand_over_on_windows_passes_on_the_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []

    class Child:
        def __init__(self, command: list[str]) -> None:
            started.append(command)

        def wait(self) -> int:
            return 3

    monkeypatch.setattr(bootstrap.os, "execv", lambda *a: pytest.fail("no execv on Windows"))
    monkeypatch.setattr(bootstrap.subprocess, "Popen", Child)
    monkeypatch.setattr(bootstrap.signal, "signal", lambda *a: None)
    python = Path("C:/p/.venv/Scripts/python.exe")
    with pytest.raises(SystemExit) as caught:
        bootstrap.hand_over(python, ["main.py"], "win32")
    assert caught.value.code == 3
    assert started == [[str(python), "main.py"]]
