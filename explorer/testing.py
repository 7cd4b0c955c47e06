"""``python main.py test``: the whole suite, with a virtual X server for the OpenGL tests.

Widget tests run on Qt's offscreen platform; the 3-D view needs a real GL context, which Xvfb
with Mesa provides. When there is no display and Xvfb is installed we start one for the run;
without it the GL tests skip with a stated reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from explorer.bootstrap import ROOT


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


def run_tests(pytest_args: list[str]) -> int:
    xvfb = _start_xvfb()
    try:
        command = [sys.executable, "-m", "pytest", *pytest_args]
        code = subprocess.call(command, cwd=ROOT)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
    if code == 5:  # pytest: no tests were collected
        print("No tests ran: that counts as a failure.", file=sys.stderr)
        return 1
    return code
