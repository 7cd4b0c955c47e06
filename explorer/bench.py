"""``python main.py bench``: the speed figures the issues ask for, measured in one run.

Timings are medians of repeated runs (machines are noisy); the tests never time anything.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

from explorer.core.optimizers import create
from explorer.core.race import Race, Racer
from explorer.core.race_setup import PALETTE, RacerSetup, RaceSetup
from explorer.core.surfaces import SURFACES


def _median_ms(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_grids(resolution: int = 512) -> dict[str, float]:
    """Milliseconds to evaluate each built-in surface on a resolution² grid."""
    return {name: _median_ms(lambda s=s: s.grid(resolution), 9) for name, s in SURFACES.items()}


def bench_engine(racers: int = 10_000, steps: int = 100) -> float:
    """Seconds for ``racers`` Adam runs × ``steps`` steps on Rosenbrock, vectorised."""
    surface = SURFACES["rosenbrock"]
    rng = np.random.default_rng(0)
    (x0, x1), (y0, y1) = surface.domain
    starts = np.column_stack([rng.uniform(x0, x1, racers), rng.uniform(y0, y1, racers)])
    race = Race(surface, [Racer("adam", create("adam", learning_rate=0.01))], starts)
    start = time.perf_counter()
    race.step(steps)
    return time.perf_counter() - start


def bench_frames(frames: int = 240) -> dict[str, float]:
    """Median and 95th-percentile ms of one frame (one step + redraw) with 8 racers on
    Rosenbrock over the 512×512 heatmap, rendered offscreen."""
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtTest import QTest

    from explorer.ui.app import create_application, dispose
    from explorer.ui.main_window import MainWindow

    create_application()
    window = MainWindow(restore=False)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    lab = window.labs["optimizer"]
    setup = RaceSetup.for_surface("rosenbrock", max_steps=100_000)
    names = ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamax", "nadam"]
    setup.racers = [RacerSetup(n, {"learning_rate": 1e-3 if n in ("gd", "momentum", "nesterov")
                                   else 0.05}, PALETTE[i]) for i, n in enumerate(names)]
    lab.apply_setup(setup)
    lab.timer.stop()
    QTest.qWait(100)
    samples = []
    for _ in range(frames):
        start = time.perf_counter()
        lab.race.step(1)
        lab._dirty = True
        lab._redraw()
        lab.repaint()
        samples.append((time.perf_counter() - start) * 1000)
    window.shutdown()
    dispose(window)
    return {"median_ms": statistics.median(samples),
            "p95_ms": float(np.percentile(samples, 95)),
            "frames": frames, "racers": len(names), "heatmap": "512x512"}


_STARTUP_PROBE = """
import time, sys
start = time.perf_counter()
from PySide6.QtTest import QTest
from explorer.ui.app import create_application, dispose
from explorer.ui.main_window import MainWindow
app = create_application()
window = MainWindow(restore=False)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
shown = time.perf_counter() - start
print(shown, 'tensorflow' in sys.modules)
dispose(window)
"""


def bench_startup(runs: int = 3) -> dict[str, float | bool]:
    """Seconds from a fresh interpreter to the window shown (median of ``runs`` processes)."""
    import subprocess

    env = {**os.environ}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    times, tensorflow = [], False
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP_PROBE], capture_output=True,
                             text=True, env=env, check=True).stdout.split()
        times.append(float(out[0]))
        tensorflow |= out[1] == "True"
    return {"median_s": statistics.median(times), "tensorflow_imported": tensorflow}


def run_bench(json_output: bool = False) -> int:
    startup = bench_startup()
    grids = bench_grids()
    engine_s = bench_engine()
    frames = bench_frames()
    results = {
        "startup": startup,
        "frame": frames,
        "grid_512_ms": grids,
        "engine_adam_10000x100_s": engine_s,
    }
    if json_output:
        print(json.dumps(results, indent=2))
        return 0
    out = sys.stdout
    out.write(f"Start-up to window shown: {startup['median_s']:.2f} s (target < 1.5 s; "
              f"TensorFlow imported: {startup['tensorflow_imported']})\n")
    out.write("Optimizer Lab frame (8 racers, Rosenbrock, 512×512 heatmap, one step + redraw):\n")
    out.write(f"  median {frames['median_ms']:.2f} ms  (p95 {frames['p95_ms']:.2f} ms; "
              f"target < 16 ms)  → {1000 / frames['median_ms']:.0f} fps\n")
    out.write("Surface grid 512×512 (median ms; target < 30 ms):\n")
    for name, ms in grids.items():
        out.write(f"  {name:<16} {ms:7.2f}\n")
    out.write(f"Engine: 10,000 Adam racers × 100 steps on Rosenbrock: {engine_s:.3f} s "
              "(target < 1 s)\n")
    return 0
