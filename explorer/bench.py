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

from explorer.compare_cli import bench_compare, write_compare
from explorer.core.optim import Race, Racer, create
from explorer.core.surfaces import SURFACES
from explorer.experiments_cli import bench_experiments, write_experiments
from explorer.frame_bench import bench_screen, open_window, rosenbrock_race, write_screen
from explorer.ui.event_wait import pause, wait_for


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
    window = open_window()
    from explorer.ui.app import dispose

    lab = window.labs["optimizer"]
    setup = rosenbrock_race()
    lab.apply_setup(setup)
    lab.timer.stop()
    pause(100)
    samples = []
    for _ in range(frames):
        start = time.perf_counter()
        lab.race.step(1)
        lab.redraw()
        lab.repaint()
        samples.append((time.perf_counter() - start) * 1000)
    window.shutdown()
    dispose(window)
    return {"median_ms": statistics.median(samples),
            "p95_ms": float(np.percentile(samples, 95)),
            "frames": frames, "racers": len(setup.racers), "heatmap": "512x512"}


_STARTUP_PROBE = """
import time, sys
start = time.perf_counter()
from PySide6.QtTest import QTest
from explorer.ui.app import create_application, dispose
from explorer.ui.main_window import MainWindow
app = create_application()
window = MainWindow(remember=False)
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


_LANDSCAPE_MEMORY_PROBE = """
import json, time
from explorer.bench import landscape_memory_probe
print(json.dumps(landscape_memory_probe()))
"""


def memory_mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MiB, from /proc (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def landscape_memory_probe(resolution: int = 101) -> dict[str, float | int]:
    """A resolution² slice of the digits preset (trained 2 epochs), run in a fresh process by
    :func:`bench_landscape`: seconds and peak resident memory, total and during the slice."""
    from explorer.core.nn.directions import random_directions
    from explorer.core.nn.landscape import Objective, compute_landscape
    from explorer.core.nn.presets import PRESETS
    from explorer.core.nn.training import TrainingSession

    preset = PRESETS["digits"]
    session = TrainingSession(preset.spec.with_changes(epochs=2), preset.load_data())
    session.run()
    objective = Objective.from_session(session)
    directions = random_directions(session.model.get_weights(), seed=0)
    before = memory_mib("VmRSS")
    try:  # reset the peak so VmHWM measures the slice (Linux ≥ 4.0)
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
    start = time.perf_counter()
    landscape = compute_landscape(objective, directions, resolution=resolution)
    seconds = time.perf_counter() - start
    peak = memory_mib("VmHWM")
    return {"seconds": seconds, "peak_rss_mib": peak, "rss_before_mib": before,
            "slice_peak_delta_mib": peak - before, "samples": len(objective.x),
            "params": objective.n_params, "points": int(landscape.loss.size),
            "finite": bool(np.isfinite(landscape.loss).all())}


def bench_landscape(naive_points: int = 20) -> dict[str, object]:
    """Issue 5: a 41×41 slice of a 2→32→32→1 network on 500 circle samples, batched (cold, with
    the one-off TensorFlow trace, and warm) against the per-point set_weights + evaluate loop
    (timed on ``naive_points`` points and extrapolated to the grid); a 101×101 slice of the
    digits preset in a fresh process for its time and peak memory."""
    import dataclasses
    import subprocess

    from explorer.bootstrap import ROOT
    from explorer.core.data import datasets
    from explorer.core.nn.directions import random_directions
    from explorer.core.nn.landscape import Objective, compute_landscape, naive_grid
    from explorer.core.nn.spec import LayerSpec, ModelSpec
    from explorer.core.nn.training import TrainingSession

    data = datasets.load("circle", n_samples=500, seed=0)
    x = np.concatenate([data.x_train, data.x_test])
    y = np.concatenate([data.y_train, data.y_test])
    data = dataclasses.replace(data, x_train=x, y_train=y)  # all 500 samples
    spec = ModelSpec(hidden=(LayerSpec(32, "relu"), LayerSpec(32, "relu")), epochs=5, seed=0)
    session = TrainingSession(spec, data)
    session.run()
    objective = Objective.from_session(session)
    directions = random_directions(session.model.get_weights(), seed=0)
    start = time.perf_counter()
    landscape = compute_landscape(objective, directions, resolution=41)
    cold = time.perf_counter() - start
    warm = _median_ms(lambda: compute_landscape(objective, directions, resolution=41), 3) / 1000
    start = time.perf_counter()
    loss, _ = naive_grid(session.model, objective, directions, landscape.a, landscape.b,
                         limit=naive_points)
    per_point = (time.perf_counter() - start) / naive_points
    timed = np.isfinite(loss)
    naive_total = per_point * landscape.loss.size
    probe = subprocess.run([sys.executable, "-c", _LANDSCAPE_MEMORY_PROBE], capture_output=True,
                           text=True, cwd=ROOT, check=True)
    digits = json.loads(probe.stdout.strip().splitlines()[-1])
    return {
        "circle_41x41": {"samples": len(objective.x), "batched_cold_s": cold,
                         "batched_warm_s": warm, "naive_ms_per_point": per_point * 1000,
                         "naive_points_timed": naive_points,
                         "naive_extrapolated_s": naive_total, "speedup_vs_cold": naive_total / cold,
                         "max_abs_difference": float(np.max(np.abs(loss[timed]
                                                                   - landscape.loss[timed])))},
        "digits_101x101": digits,
    }


def _write_landscape(out, landscape: dict) -> None:
    circle, digits = landscape["circle_41x41"], landscape["digits_101x101"]
    out.write(f"Loss landscape, 41×41 slice of 2→32→32→1 on {circle['samples']} circle samples "
              "(random directions):\n")
    out.write(f"  batched: {circle['batched_cold_s']:.2f} s cold (with the one-off TensorFlow "
              f"trace), {circle['batched_warm_s']:.2f} s warm (target < 2 s)\n")
    out.write(f"  per-point set_weights + evaluate: {circle['naive_ms_per_point']:.0f} ms/point, "
              f"timed on {circle['naive_points_timed']} points and extrapolated to 1,681: "
              f"{circle['naive_extrapolated_s']:.0f} s → batched is "
              f"{circle['speedup_vs_cold']:.0f}× faster (target ≥ 10×; max |Δloss| on the timed "
              f"points {circle['max_abs_difference']:.1e})\n")
    out.write(f"Loss landscape, 101×101 slice of the digits preset ({digits['params']:,} "
              f"parameters, {digits['samples']:,} samples): {digits['seconds']:.1f} s, peak RSS "
              f"{digits['peak_rss_mib']:.0f} MiB (+{digits['slice_peak_delta_mib']:.0f} MiB "
              "during the slice; target < 2 GiB)\n")


_CLOSE_PROBE = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from explorer.ui.event_wait import wait_for
from explorer.ui.app import create_application, dispose
from explorer.ui.main_window import MainWindow
from explorer.ui.worker import running_threads
app = create_application()
window = MainWindow(remember=False)
window.show()
window.select_lab("training")
lab = window.labs["training"]
lab.apply_state({"data": {"dataset": "circle"}})
lab.train()
wait_for(lambda: lab.latest is not None and lab.latest.state == "running", 180)
began = time.perf_counter()
window.close()
closed = time.perf_counter() - began
threads = len(running_threads())
dispose(window)
print(json.dumps({"close_s": closed, "threads_left": threads}))
"""


def bench_training(pairs: int = 21, slice_s: float = 1.0, windows: int = 4,
                   window_s: float = 2.0) -> dict[str, object]:
    """The Training Lab's live overhead on circle with 2→8→8→1 (batch 32), in one process.

    Live vs plain: ``pairs`` times, the lab trains and draws (render timer running) for
    ``slice_s`` (samples/s from its snapshots, heatmap refreshes/s), a 5 ms QTimer probe runs
    for ``slice_s`` more (longest gap), then the lab pauses while a plain ``fit`` of the same
    model, data and batch size (:class:`PlainFit`, traced once) trains about as many samples.
    Consecutive half-second fits of this model differ by up to 1.5× on a 2-core virtual machine
    (CPU frequency, neighbours, idle-CPU wake-ups), so one long window each is a coin toss: the
    ratio reported is the median of the per-pair ratios, each pair measured within a few seconds
    under the same load, with the pooled ratio and the spread beside it. Then the same run drawn
    vs behind another tab (``windows`` × ``window_s``: drawing's own cost), Stop's latency, and
    closing the window during training in a fresh process.
    """
    import subprocess

    from PySide6.QtCore import QObject, Qt, QTimer

    from explorer.core.nn.spec import LayerSpec, ModelSpec
    from explorer.core.nn.training import PlainFit
    from explorer.ui.app import dispose

    class Probe(QObject):
        """A 5 ms timer; the longest time between two of its ticks is the GUI's worst stall."""

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self.tick)
            self.last, self.max_gap = time.perf_counter(), 0.0

        def start(self) -> None:
            self.last, self.max_gap = time.perf_counter(), 0.0
            self.timer.start()

        def tick(self) -> None:
            now = time.perf_counter()
            self.max_gap, self.last = max(self.max_gap, now - self.last), now

    class Recorder(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.items: list[tuple[float, object]] = []

        def record(self, snapshot: object) -> None:
            self.items.append((time.perf_counter(), snapshot))

    window = open_window()
    window.select_lab("training")
    lab = window.labs["training"]
    spec = ModelSpec(hidden=(LayerSpec(8, "relu"), LayerSpec(8, "relu")), optimizer="adam",
                     learning_rate=0.01, batch_size=32, epochs=1_000_000, seed=0)
    lab.apply_state({"data": {"dataset": "circle"}, "model": spec.to_dict(), "view": "boundary"})
    recorder, probe = Recorder(), Probe()
    lab.snapshot_received.connect(recorder.record)
    began = time.perf_counter()
    probe.start()
    lab.train()  # imports TensorFlow on the worker thread, builds, traces
    wait_for(lambda: lab.latest is not None and lab.latest.epoch >= 3, 300)
    warm_up_s, warm_up_gap = time.perf_counter() - began, probe.max_gap
    probe.timer.stop()
    assert lab.session is not None and lab.dataset is not None
    n_fit, batch = lab.session.n_fit, spec.batch_size

    def samples(snapshot) -> int:
        return snapshot.epoch * n_fit + min(snapshot.batch * batch, n_fit)

    def live_run(seconds: float) -> tuple[int, float, float]:
        """Samples trained, seconds they took and heatmap refreshes/s over the next ``seconds``."""
        recorder.items.clear()
        updates, start = lab.boundary.image_updates, time.perf_counter()
        wait_for(None, seconds)
        elapsed = time.perf_counter() - start
        (t0, s0), (t1, s1) = recorder.items[0], recorder.items[-1]
        heat = (lab.boundary.image_updates - updates) / elapsed
        return samples(s1) - samples(s0), t1 - t0, heat

    lab.pause()
    wait_for(lambda: lab.latest.state == "paused", 10)
    baseline = PlainFit(spec, lab.dataset)
    lab.train()  # resume
    wait_for(lambda: lab.latest.state == "running", 10)
    live, plain, heat, gaps = [], [], [], []  # (samples, seconds) per pair, live and plain
    for _ in range(pairs):
        trained, seconds, refreshes = live_run(slice_s)
        live.append((trained, seconds))
        heat.append(refreshes)
        probe.start()
        wait_for(None, slice_s)
        probe.timer.stop()
        gaps.append(probe.max_gap)
        lab.pause()
        wait_for(lambda: lab.latest.state == "paused", 10)
        epochs = max(5, round(trained / seconds * slice_s / n_fit))
        plain.append((epochs * n_fit, epochs * n_fit / baseline.samples_per_second(epochs)))
        lab.train()  # resume
        wait_for(lambda: lab.latest.state == "running", 10)
    drawn, hidden = [], []  # the same run with the lab on screen, then behind another tab
    for _ in range(windows):
        for lab_name, rates in (("training", drawn), ("gallery", hidden)):
            window.select_lab(lab_name)
            wait_for(None, 0.2)
            trained, seconds, _ = live_run(window_s)
            rates.append(trained / seconds)
    window.select_lab("training")
    thread = lab.runner.worker.thread
    began = time.perf_counter()
    lab.stop()
    wait_for(lambda: thread is None or thread.isFinished(), 10)
    stop_ms = (time.perf_counter() - began) * 1000
    window.shutdown()
    dispose(window)

    env = {**os.environ}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", _CLOSE_PROBE], capture_output=True, text=True,
                          env=env, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    close = json.loads(lines[-1]) if lines else {}
    live_rates = [n / t for n, t in live]
    plain_rates = [n / t for n, t in plain]
    ratios = [a / b for a, b in zip(live_rates, plain_rates, strict=True)]

    def pooled_rate(runs: list[tuple[int, float]]) -> float:
        return sum(n for n, _ in runs) / sum(t for _, t in runs)

    return {
        "ratio": statistics.median(ratios), "ratio_pooled": pooled_rate(live) / pooled_rate(plain),
        "ratio_per_pair": ratios, "live_per_pair": live_rates, "plain_per_pair": plain_rates,
        "live_samples_per_second": statistics.median(live_rates),
        "plain_fit_samples_per_second": statistics.median(plain_rates),
        "drawn_vs_hidden": statistics.median(a / b for a, b in zip(drawn, hidden, strict=True)),
        "hidden_samples_per_second": statistics.median(hidden),
        "heatmap_updates_per_second": statistics.median(heat),
        "max_gui_gap_ms": max(gaps) * 1000,
        "first_training_s": warm_up_s, "max_gui_gap_while_tensorflow_loads_ms": warm_up_gap * 1000,
        "stop_ms": stop_ms, "close_exit_code": done.returncode,
        "close_s": close.get("close_s"), "close_threads_left": close.get("threads_left"),
        "samples_per_epoch": n_fit, "batch_size": batch, "pairs": pairs, "slice_s": slice_s,
    }


def _write_training(out, t: dict) -> None:
    out.write("Training Lab live (circle, 2→8→8→1 relu, Adam, batch 32; "
              f"{t['pairs']} pairs of {t['slice_s']:g} s live then a plain fit as long):\n")
    ratios = sorted(t["ratio_per_pair"])
    out.write(f"  live vs plain fit: ratio {t['ratio']:.2f}, the median of the pairs' "
              f"(target ≥ 0.85; pooled {t['ratio_pooled']:.2f}; pairs {ratios[0]:.2f}–"
              f"{ratios[-1]:.2f}); medians {t['live_samples_per_second']:,.0f} vs "
              f"{t['plain_fit_samples_per_second']:,.0f} samples/s\n")
    out.write(f"  the same run drawn vs behind another tab (drawing's own cost): "
              f"{t['drawn_vs_hidden']:.2f} (hidden: {t['hidden_samples_per_second']:,.0f} "
              "samples/s)\n")
    out.write(f"  boundary heatmap refreshes: {t['heatmap_updates_per_second']:.1f}/s "
              "(target ≥ 15)\n")
    out.write(f"  longest gap of a 5 ms timer while training: {t['max_gui_gap_ms']:.0f} ms "
              "(target < 50 ms)\n")
    out.write(f"  first training (TensorFlow import, build, trace): {t['first_training_s']:.1f} "
              f"s, longest GUI gap meanwhile {t['max_gui_gap_while_tensorflow_loads_ms']:.0f} "
              "ms\n")
    out.write(f"  Stop takes effect in {t['stop_ms']:.0f} ms (target < 200 ms)\n")
    close = t["close_s"]
    seconds = "?" if close is None else f"{close:.2f} s"
    out.write(f"  closing the window during training: exit code {t['close_exit_code']} after "
              f"{seconds}, worker threads left: {t['close_threads_left']}\n")


def run_bench(json_output: bool = False) -> int:
    startup = bench_startup()
    grids = bench_grids()
    engine_s = bench_engine()
    experiments = bench_experiments()
    frames = bench_frames()
    screen = bench_screen()
    results = {
        "startup": startup,
        "frame": frames,
        "screen": screen,
        "grid_512_ms": grids,
        "engine_adam_10000x100_s": engine_s,
        "experiments": experiments,
    }
    results["training"] = training = bench_training()
    results["landscape"] = landscape = bench_landscape()
    results["compare"] = compare = bench_compare()
    if json_output:
        print(json.dumps(results, indent=2))
        return 0
    out = sys.stdout
    out.write(f"Start-up to window shown: {startup['median_s']:.2f} s (target < 1.5 s; "
              f"TensorFlow imported: {startup['tensorflow_imported']})\n")
    out.write("Optimizer Lab frame (8 racers, Rosenbrock, 512×512 heatmap, one step + redraw):\n")
    out.write(f"  median {frames['median_ms']:.2f} ms  (p95 {frames['p95_ms']:.2f} ms; "
              f"target < 16 ms)  → {1000 / frames['median_ms']:.0f} fps\n")
    write_screen(out, screen)
    out.write("Surface grid 512×512 (median ms; target < 30 ms):\n")
    for name, ms in grids.items():
        out.write(f"  {name:<16} {ms:7.2f}\n")
    out.write(f"Engine: 10,000 Adam racers × 100 steps on Rosenbrock: {engine_s:.3f} s "
              "(target < 1 s)\n")
    write_experiments(out, experiments)
    _write_training(out, training)
    _write_landscape(out, landscape)
    write_compare(out, compare)
    return 0
