"""``python main.py test``: lint, then the whole suite, with a virtual X server for the GL tests.

``ruff check`` runs first; a lint error fails the command as a failing test does (the tests
still run, so one run shows both). Widget tests run on Qt's offscreen platform; the 3-D view
needs a real GL context, which Xvfb with Mesa provides. When there is no display and Xvfb is
installed we start one for the run; without it the GL tests skip with a stated reason.
pytest-randomly shuffles the test order and prints its seed in the header ("Using
--randomly-seed=N"): ``python main.py test --randomly-seed=N`` repeats an order that failed,
``-p no:randomly`` keeps the files' order.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from explorer.bootstrap import ROOT

LINT_PATHS = ("explorer", "tests", "main.py")
PYTEST_NO_TESTS = 5  # pytest's exit code when nothing was collected (e.g. a -k that matches none)


def _start_xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or shutil.which("Xvfb") is None:
        return None
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    if not number:
        process.terminate()
        return None
    os.environ["DISPLAY"] = f":{number}"
    return process


def run_lint() -> int:
    """``ruff check`` on the code and the tests (its configuration is in pyproject.toml)."""
    code = subprocess.call([sys.executable, "-m", "ruff", "check", *LINT_PATHS], cwd=ROOT)
    if code != 0:
        print("ruff check failed: that counts as a failure.", file=sys.stderr)
    return code


def run_pytest(pytest_args: list[str]) -> int:
    """pytest with ``pytest_args``; "no tests ran" is a failure, not a pass."""
    xvfb = _start_xvfb()
    try:
        command = [sys.executable, "-m", "pytest", *pytest_args]
        code = subprocess.call(command, cwd=ROOT)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
    if code == PYTEST_NO_TESTS:
        print("No tests ran: that counts as a failure.", file=sys.stderr)
        return 1
    return code


def run_tests(pytest_args: list[str]) -> int:
    """Lint, then the tests; non-zero if either failed (the tests' code first)."""
    lint = run_lint()
    tests = run_pytest(pytest_args)
    return tests or (1 if lint else 0)
