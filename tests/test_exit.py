"""No crash at exit: each lab, used for real in a fresh interpreter, lets the process end with
code 0 and nothing on stderr.

PySide6 deletes the Qt objects still alive at exit in the order of its wrapper table; a
pyqtgraph item deleted before its layout made the process segfault after a clean session
(``explorer.ui.app.delete_windows`` is the fix). Only a subprocess can see that.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from explorer.bootstrap import ROOT

PRELUDE = """
import os, sys, tempfile
from pathlib import Path
from explorer.ui.app import create_application
from explorer.ui.event_wait import wait_for
from explorer.ui.main_window import MainWindow
out = Path(tempfile.mkdtemp())
app = create_application()

def wait_until(condition, what):
    # in the event loop, not QTest.qWait: that keeps the interpreter locked, and a worker
    # importing TensorFlow then took a minute instead of seconds
    if not wait_for(condition, 300):  # a bound for a broken run only
        sys.exit(f"gave up waiting for {what}")

def open_window(lab):
    window = MainWindow(remember=False)
    window.resize(1280, 800)
    window.show()
    window.select_lab(lab)
    return window, window.labs[lab]
"""

SCENARIOS = {
    # The scenario: a lab on its own, a race handed over, then the interpreter exits.
    "race_on": """
from explorer.core.surfaces import get
from explorer.ui.labs.optimizer.lab import OptimizerLab
lab = OptimizerLab()
lab.show()
lab.race_on(get("rosenbrock"))
""",
    "optimizer": """
window, lab = open_window("optimizer")
lab.set_surface("rosenbrock")
for _ in range(20):
    lab.step_once()
window.exporter.export_picture(out / "race.png")
export = window.exporter.export_animation(out / "race.gif", show_dialog=False)
wait_until(lambda: not export.running, "the GIF export")
assert (out / "race.png").stat().st_size > 0 and (out / "race.gif").stat().st_size > 0
window.close()
""",
    "perceptron": """
window, lab = open_window("perceptron")
for _ in range(3):
    lab.step_epoch()
lab.set_gate("xor")
lab.add_hidden_layer()
wait_until(lambda: not lab.trainer.busy, "the 2-2-1 network")
window.exporter.export_picture(out / "xor.png")
window.close()
""",
    "training": """
from explorer.core.nn.spec import LayerSpec, ModelSpec
window, lab = open_window("training")
spec = ModelSpec(hidden=(LayerSpec(6, "tanh"),), optimizer="adam", learning_rate=0.02,
                 batch_size=8, epochs=100_000, seed=0)
lab.apply_state({"data": {"dataset": "circle", "n_samples": 60, "test_fraction": 0.2},
                 "model": spec.to_dict()})
lab.step_epoch()
wait_until(lambda: lab.latest is not None and lab.latest.state == "paused", "one epoch")
view = lab.landscape
lab.view_tabs.setCurrentWidget(view)
view.form.resolution.setValue(9)
computed = []
view.computed.connect(computed.append)
assert view.compute()
wait_until(lambda: computed, "the landscape")
assert view.race_here()
wait_until(lambda: window.current_lab.name == "optimizer", "the race on the slice")
window.exporter.export_picture(out / "slice.png")
lab.train()  # still training when the window closes: closing stops and joins the thread
window.close()
""",
    "gallery": """
window, lab = open_window("gallery")
for page in lab.page_classes:
    lab.select_page(page)
    window.exporter.export_picture(out / f"{page}.png")
window.close()
""",
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_lab_used_then_closed_exits_cleanly(scenario):
    if scenario == "training":
        pytest.importorskip("tensorflow")
    code = PRELUDE + textwrap.dedent(SCENARIOS[scenario])
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stderr == ""
