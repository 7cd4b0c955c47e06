"""Frames a person sees: the labs' own render loops painting a real window (issue 18).

``bench_frames`` in ``bench`` times hand-driven frames offscreen; a student watches a window on
an X server, where the paint itself (and Qt's raster thread pool) costs most. So these figures
count the paint events a view really receives while its lab's own timer runs, under an X server:
the one in ``DISPLAY``, or an Xvfb started for the measurement (Mesa gives it OpenGL for the 3-D
view). Without either they are reported as skipped, with the reason. The measurement runs in a
child process, since a QApplication's platform (offscreen or xcb) is fixed once it exists.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

import numpy as np

from explorer.core.optim import PALETTE, RacerSetup, RaceSetup
from explorer.ui.event_wait import wait_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from explorer.ui.main_window import MainWindow

XVFB_SCREEN = "1920x1080x24"
RACE_S, RACE_SPAN = 30.0, (20.0, 30.0)  # the figure: seconds 20–30 of the race
SHORT_S, SHORT_SPAN = 8.0, (3.0, 8.0)  # 3-D, Perceptron, basin map: a shorter look suffices
CHILD_TIMEOUT_S = 240


def open_window(size: tuple[int, int] = (1280, 800)) -> MainWindow:
    """The main window, shown at ``size`` and exposed (offscreen when there is no display)."""
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtTest import QTest

    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow

    create_application()
    window = MainWindow(remember=False)
    window.resize(*size)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def rosenbrock_race(max_steps: int = 100_000) -> RaceSetup:
    """Eight optimizers on Rosenbrock, the line-up the frame figures are measured with."""
    setup = RaceSetup.for_surface("rosenbrock", max_steps=max_steps)
    names = ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamax", "nadam"]
    setup.racers = [RacerSetup(n, {"learning_rate": 1e-3 if n in ("gd", "momentum", "nesterov")
                                   else 0.05}, PALETTE[i]) for i, n in enumerate(names)]
    return setup


def paint_counter(widget: QWidget) -> list[float]:
    """Start recording the times of the paint events ``widget`` receives (the frames that
    reached the screen: a frame that was due but not drawn in time counts as missing). The
    list fills while the widget lives; the filter is parented to it."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.times: list[float] = []

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False

    counter = PaintCounter()
    widget.installEventFilter(counter)
    return counter.times


def frame_figures(times: list[float], start: float, end: float) -> dict[str, float]:
    """Frames painted per second between ``start`` and ``end``, and the times between them
    (p50/p95/p99 in ms: what a person sees as the frame time)."""
    inside = np.array([t for t in times if start <= t < end])
    gaps = np.diff(inside) * 1000 if inside.size > 1 else np.array([np.nan])
    p50, p95, p99 = np.percentile(gaps, [50, 95, 99])
    return {"fps": inside.size / (end - start), "p50_ms": float(p50), "p95_ms": float(p95),
            "p99_ms": float(p99)}


def _timeline(times: list[float], seconds: float, span: tuple[float, float],
              sample: Callable[[], int]) -> tuple[dict[str, float], float]:
    """Run the event loop for ``seconds``: the frames painted (``times``) over ``span``, and how
    fast ``sample()`` (a step counter) rose meanwhile. The CPU time this process used per frame
    (all its threads) says what a frame costs even when other work shares the cores."""
    began = time.perf_counter()
    marks = []
    for until in (*span, seconds):
        wait_for(None, max(0.0, until - (time.perf_counter() - began)))
        marks.append((time.perf_counter(), time.process_time(), sample()))
    (t0, cpu0, s0), (t1, cpu1, s1) = marks[:2]
    figures = frame_figures(times, t0, t1)
    frames = figures["fps"] * (t1 - t0)
    cpu = (cpu1 - cpu0) * 1000 / frames if frames else np.nan
    return {**figures, "cpu_ms_per_frame": cpu}, (s1 - s0) / (t1 - t0)


def measure_race(window: MainWindow, three_d: bool = False, speed: int = 500) -> dict[str, Any]:
    """Eight racers on Rosenbrock at ``speed`` steps/s, stepped and drawn by the lab's own timer:
    the 2-D view for ``RACE_S`` (figures over ``RACE_SPAN``) or the 3-D one, shorter."""
    window.select_lab("optimizer")
    lab = window.labs["optimizer"]
    setup = rosenbrock_race()
    setup.speed = speed
    lab.apply_setup(setup)
    lab.view_tabs.setCurrentIndex(1 if three_d else 0)
    wait_for(None, 0.5)
    if three_d:  # an OpenGL window: each frame it shows ends in a buffer swap
        times: list[float] = []
        lab.view3d.frameSwapped.connect(lambda: times.append(time.perf_counter()))
    else:
        times = paint_counter(lab.view2d.viewport())
    lab.play()
    seconds, span = (SHORT_S, SHORT_SPAN) if three_d else (RACE_S, RACE_SPAN)
    figures, rate = _timeline(times, seconds, span, lambda: lab.race.step_count)
    lab.pause()
    result = {**figures, "steps_per_second": rate, "speed": speed,
              "trail_points": max(track.length for track in lab.race.tracks),
              "span_s": list(span)}
    lab.reset()
    lab.view_tabs.setCurrentIndex(0)
    return result


def measure_perceptron(window: MainWindow) -> dict[str, Any]:
    """XOR in the Perceptron Lab at its top speed (a run of 1000 epochs lasts ~8 s)."""
    from explorer.ui.labs.perceptron.settings import MAX_EPOCHS
    from explorer.ui.widgets.playback import MAX_SPEED

    window.select_lab("perceptron")
    lab = window.labs["perceptron"]
    lab.set_gate("xor")
    lab.set_epoch_limit(MAX_EPOCHS)
    lab.playback.set_speed(MAX_SPEED)
    wait_for(None, 0.3)
    times = paint_counter(lab.page.input_plot.viewport())
    lab.play()
    figures, rate = _timeline(times, SHORT_S, SHORT_SPAN, lambda: lab.settings.step)
    lab.pause()
    return {**figures, "samples_per_second": rate, "speed": MAX_SPEED}


def measure_map(window: MainWindow, tab: str, configure: Callable[[Any], Any],
                plot: Callable[[Any], Any]) -> dict[str, Any]:
    """An experiment tab (``tab``: "basins" or "sweep") computing, set up by ``configure(view)``,
    while a 60 Hz timer asks ``plot(view)`` to repaint (what an animation on screen would ask):
    frames painted per second and the longest gap of a 5 ms timer over ``SHORT_SPAN``, and
    whether the map was still computing then."""
    from PySide6.QtCore import Qt, QTimer

    window.select_lab("optimizer")
    lab = window.labs["optimizer"]
    lab.apply_setup(rosenbrock_race())
    view = lab.experiments.views[tab]
    described = configure(view)
    widget = plot(view)
    ticks: list[float] = []
    probe, repaint = QTimer(), QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    repaint.timeout.connect(widget.viewport().update)
    times = paint_counter(widget.viewport())
    lab.view_tabs.setCurrentWidget(view)
    wait_for(lambda: view.busy, 5)
    probe.start(5)
    repaint.start(16)
    began = time.perf_counter()
    figures, _ = _timeline(times, SHORT_S, SHORT_SPAN, lambda: 0)
    busy_to_end = view.busy
    probe.stop()
    repaint.stop()
    lab.view_tabs.setCurrentIndex(0)
    view.shutdown()
    inside = [t for t in ticks if began + SHORT_SPAN[0] <= t < began + SHORT_SPAN[1]]
    longest = float(np.max(np.diff(inside)) * 1000) if len(inside) > 1 else float("nan")
    return {**figures, "longest_gap_ms": longest, "computing_throughout": busy_to_end,
            "what": described}


def measure_basins(window: MainWindow, grid: int = 256, steps: int = 2000) -> dict[str, Any]:
    """The basin map of the first racer, ``grid``² starts × ``steps``."""
    def configure(basins: Any) -> str:
        basins.grid_box.setValue(grid)
        basins.steps_box.setValue(steps)
        return f"basin map {grid}² starts × {steps} steps"

    return measure_map(window, "basins", configure, lambda basins: basins.panels[0].plot)


def measure_sweep(window: MainWindow, columns: int = 256, rows: int = 128,
                  steps: int = 8000) -> dict[str, Any]:
    """The hyper-parameter map of Momentum: ``columns`` learning rates × ``rows`` momenta (a
    computation of ~12 s, to outlast the measurement)."""
    def configure(sweep: Any) -> str:
        sweep.racer_box.setCurrentIndex(sweep.racer_box.findData(1))  # Momentum
        sweep.param_box.setCurrentIndex(sweep.param_box.findData("momentum"))
        sweep.lr_count.setValue(columns)
        sweep.param_count.setValue(rows)
        sweep.steps_box.setValue(steps)
        return f"hyper-parameter map {columns} η × {rows} momenta × {steps} steps"

    return measure_map(window, "sweep", configure, lambda sweep: sweep.map)


def measure_training(window: MainWindow) -> dict[str, Any]:
    """The Training Lab training a spiral (2 × 16 relu) live: frames painted per second by its
    boundary map and curves together (a frame is a paint of either), and epochs per second."""
    from explorer.core.nn.spec import LayerSpec, ModelSpec

    window.select_lab("training")
    lab = window.labs["training"]
    spec = ModelSpec(hidden=(LayerSpec(16, "relu"), LayerSpec(16, "relu")), learning_rate=0.01,
                     batch_size=16, epochs=100_000, seed=0)
    lab.apply_state({"data": {"dataset": "spiral", "n_samples": 400}, "model": spec.to_dict()})
    boundary = paint_counter(lab.boundary.plot_widget.viewport())
    curves = paint_counter(lab.curves.graphics.viewport())
    lab.train()
    wait_for(lambda: lab.latest is not None and lab.latest.epoch >= 1, 120)  # TensorFlow up
    began, cpu0, epoch0 = time.perf_counter(), time.process_time(), lab.latest.epoch
    wait_for(None, SHORT_S)
    cpu, epochs = time.process_time() - cpu0, lab.latest.epoch - epoch0
    lab.stop()
    lab.runner.join()
    every = sorted(boundary + curves)
    times = [t for i, t in enumerate(every) if i == 0 or t - every[i - 1] > 0.002]
    figures = frame_figures(times, began + SHORT_SPAN[0], began + SHORT_SPAN[1])
    frames = figures["fps"] * SHORT_S
    return {**figures, "cpu_ms_per_frame": cpu * 1000 / frames if frames else float("nan"),
            "epochs_per_second": epochs / SHORT_S}


def measure_compare(window: MainWindow) -> dict[str, Any]:
    """The Training Lab comparing its four default optimizers on a spiral (2 × 16 relu): how
    often the first racer's decision map is repainted and the longest gap of a 5 ms timer,
    over ``SHORT_SPAN``."""
    from PySide6.QtCore import Qt, QTimer

    from explorer.core.nn.spec import LayerSpec, ModelSpec

    window.select_lab("training")
    lab = window.labs["training"]
    spec = ModelSpec(hidden=(LayerSpec(16, "relu"), LayerSpec(16, "relu")), learning_rate=0.01,
                     batch_size=16, epochs=100_000, seed=0)
    lab.apply_state({"data": {"dataset": "spiral", "n_samples": 400}, "model": spec.to_dict(),
                     "compare": {"enabled": True}})
    compare = lab.compare
    maps = paint_counter(compare.view.maps[0].plot.viewport())
    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    compare.train()
    wait_for(lambda: compare.latest is not None and compare.latest.epoch >= 1, 120)
    probe.start(5)
    began, epoch0 = time.perf_counter(), compare.latest.epoch
    figures, _ = _timeline(maps, SHORT_S, SHORT_SPAN, lambda: 0)
    epochs = compare.latest.epoch - epoch0
    probe.stop()
    compare.stop()
    compare.join()
    inside = [t for t in ticks if began + SHORT_SPAN[0] <= t < began + SHORT_SPAN[1]]
    longest = float(np.max(np.diff(inside)) * 1000) if len(inside) > 1 else float("nan")
    return {"map_refreshes_per_second": figures["fps"], "longest_gap_ms": longest,
            "epochs_per_second": epochs / SHORT_S, "racers": len(compare.panel.racers())}


def measure_all(group: str = "views") -> dict[str, Any]:
    """The figures of ``group``, in this process (which must be on an X server): "views" (the
    race, 3-D, perceptron, basin map) or "training" — apart, because TensorFlow's bundled LLVM
    and Mesa's llvmpipe (the 3-D view) must not share a process."""
    from explorer.ui.app import dispose

    window = open_window()
    try:
        if group == "training":
            return {"training": measure_training(window), "compare": measure_compare(window)}
        return {"race": measure_race(window), "race_3d": measure_race(window, three_d=True),
                "perceptron": measure_perceptron(window), "basins": measure_basins(window),
                "sweep": measure_sweep(window), "display": os.environ.get("DISPLAY", "")}
    finally:
        window.shutdown()
        dispose(window)


def _display_usable(display: str) -> bool:
    """Whether an X server answers on ``display`` (its local socket exists; a remote display
    is taken on trust)."""
    if not display:
        return False
    host, _, number = display.partition(":")
    if host and host != "unix":
        return True
    return os.path.exists(f"/tmp/.X11-unix/X{number.split('.')[0]}")


def start_xvfb(screen: str = XVFB_SCREEN) -> tuple[subprocess.Popen, str] | None:
    """An Xvfb on a free display (it picks the number and writes it to a pipe), or None when
    it is not installed or does not start."""
    if shutil.which("Xvfb") is None:
        return None
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    if not number:
        process.terminate()
        process.wait()
        return None
    return process, f":{number}"


@contextlib.contextmanager
def x_server(screen: str = XVFB_SCREEN) -> Iterator[tuple[str | None, str]]:
    """(display, how it was found) for the measurement or the tests; (None, why not) when no
    X server can be had. An Xvfb started here (with ``screen``) is stopped on leaving."""
    display = os.environ.get("DISPLAY", "")
    if _display_usable(display):
        yield display, f"the display {display}"
        return
    started = start_xvfb(screen)
    if started is None:
        why = ("Xvfb is not installed" if shutil.which("Xvfb") is None
               else "Xvfb did not start")
        yield None, f"no X server: DISPLAY is {'unusable' if display else 'unset'} and {why}"
        return
    process, display = started
    try:
        yield display, f"Xvfb {display} started for the bench"
    finally:
        process.terminate()
        process.wait(10)


def bench_screen() -> dict[str, Any]:
    """The figures from child processes on an X server, or ``{"skipped": reason}``."""
    with x_server() as (display, how):
        if display is None:
            return {"skipped": how}
        env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = display
        figures: dict[str, Any] = {}
        for group in ("views", "training"):
            done = subprocess.run(
                [sys.executable, "-c", "import json, sys; from explorer.frame_bench import "
                 "measure_all; print(json.dumps(measure_all(sys.argv[1])))", group],
                capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if done.returncode or not lines:
                return {"skipped": f"the measurement failed (exit {done.returncode}): "
                                   f"{done.stderr.strip()[-300:]}"}
            figures.update(json.loads(lines[-1]))
    return {**figures, "server": how}


def write_screen(out: TextIO, figures: dict[str, Any]) -> None:
    """The on-screen figures as the bench's text report."""
    if "skipped" in figures:
        out.write(f"On screen (X server): skipped — {figures['skipped']}\n")
        return

    def frames(f: dict[str, Any]) -> str:
        return (f"{f['fps']:.1f} frames/s painted; frame time p50 {f['p50_ms']:.1f} / p95 "
                f"{f['p95_ms']:.1f} / p99 {f['p99_ms']:.1f} ms; CPU {f['cpu_ms_per_frame']:.1f} "
                "ms per frame")

    race, race3, per = (figures[k] for k in ("race", "race_3d", "perceptron"))
    out.write(f"On screen ({figures['server']}), the labs' own render loops, window 1280×800:\n")
    out.write(f"  Optimizer Lab, 8 racers on Rosenbrock at {race['speed']} steps/s, seconds "
              f"{race['span_s'][0]:g}–{race['span_s'][1]:g}: {frames(race)} (target ≥ 55); "
              f"{race['steps_per_second']:.0f} steps/s kept; trails {race['trail_points']:,} "
              "points\n")
    out.write(f"  the same in 3-D, seconds {race3['span_s'][0]:g}–{race3['span_s'][1]:g}: "
              f"{frames(race3)} (target ≥ 30); {race3['steps_per_second']:.0f} steps/s\n")
    out.write(f"  Perceptron Lab, XOR at {per['speed']} samples/s: {frames(per)} (target ≥ 30); "
              f"{per['samples_per_second']:.0f} samples/s\n")
    training = figures["training"]
    out.write(f"  Training Lab training a spiral (2 × 16 relu): {frames(training)} (target ≥ 30); "
              f"{training['epochs_per_second']:.1f} epochs/s\n")
    compare = figures["compare"]
    out.write(f"  Training Lab comparing {compare['racers']} optimizers on the spiral: decision "
              f"maps refreshed {compare['map_refreshes_per_second']:.1f}/s (target ≥ 10); "
              f"longest 5 ms-timer gap {compare['longest_gap_ms']:.0f} ms (target < 50 ms); "
              f"{compare['epochs_per_second']:.1f} epochs/s\n")
    for key in ("basins", "sweep"):
        f = figures[key]
        state = "computing throughout" if f["computing_throughout"] else "finished early"
        out.write(f"  {f['what'][:1].upper()}{f['what'][1:]} ({state}): {frames(f)} (target ≥ "
                  f"30); longest 5 ms-timer gap {f['longest_gap_ms']:.0f} ms (target < 50 ms)\n")
