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
import subprocess
import sys

from explorer.bootstrap import ROOT
from explorer.frame_bench import x_server

LINT_PATHS = ("explorer", "tests", "main.py")
XVFB_SCREEN = "1920x1200x24"
PYTEST_NO_TESTS = 5  # pytest's exit code when nothing was collected (e.g. a -k that matches none)


def run_lint() -> int:
    """``ruff check`` on the code and the tests (its configuration is in pyproject.toml)."""
    code = subprocess.call([sys.executable, "-m", "ruff", "check", *LINT_PATHS], cwd=ROOT)
    if code != 0:
        print("ruff check failed: that counts as a failure.", file=sys.stderr)
    return code


def run_pytest(pytest_args: list[str]) -> int:
    """pytest with ``pytest_args``; "no tests ran" is a failure, not a pass."""
    command = [sys.executable, "-m", "pytest", *pytest_args]
    with x_server(XVFB_SCREEN) as (display, _how):
        env = {**os.environ, "DISPLAY": display} if display else None
        code = subprocess.call(command, cwd=ROOT, env=env)
    if code == PYTEST_NO_TESTS:
        print("No tests ran: that counts as a failure.", file=sys.stderr)
        return 1
    return code


def run_tests(pytest_args: list[str]) -> int:
    """Lint, then the tests; non-zero if either failed (the tests' code first)."""
    lint = run_lint()
    tests = run_pytest(pytest_args)
    return tests or (1 if lint else 0)
