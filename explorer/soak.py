"""``python main.py bench --soak``: long use does not decay.

A student leaves a race running for minutes, trains for thousands of epochs, resets and trains
again, computes slice after slice. None of that may slowly eat memory, leave threads behind or
make frames slower. Each scenario runs in one shown window (1280×800, offscreen without a
display), driven by the labs' own render timers and workers through the real event loop, and
returns its figures with a target and PASS/FAIL each. The sizes are parameters so the test can
run a tiny version; the bench never asserts, the test never times (DESIGN rule 9).
"""

from __future__ import annotations

import gc
import json
import math
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, TextIO

from explorer.bench import memory_mib
from explorer.frame_bench import (
    frame_figures,
    open_window,
    paint_counter,
    rosenbrock_race,
)
from explorer.ui.event_wait import wait_for

if TYPE_CHECKING:
    from explorer.core.nn.spec import ModelSpec
    from explorer.ui.main_window import MainWindow


def rss_mib() -> float:
    """Resident memory of this process in MiB after a garbage collection, so the figures
    show what is kept, not what is merely waiting to be collected."""
    gc.collect()
    return memory_mib("VmRSS")


def _check(figure: str, value: float, unit: str, target: str, passed: bool) -> dict[str, Any]:
    return {"figure": figure, "value": value, "unit": unit, "target": target,
            "pass": bool(passed)}


def _circle_spec(epochs: int) -> ModelSpec:
    """The bench's Training Lab model (2→8→8→1 relu, Adam, batch 32) for ``epochs`` epochs."""
    from explorer.core.nn.spec import LayerSpec, ModelSpec

    return ModelSpec(hidden=(LayerSpec(8, "relu"), LayerSpec(8, "relu")), optimizer="adam",
                     learning_rate=0.01, batch_size=32, epochs=epochs, seed=0)


def soak_optimizer(window: MainWindow, seconds: float = 120.0, speed: int = 500,
                   edge_s: float = 10.0) -> dict[str, Any]:
    """Eight racers on Rosenbrock at ``speed`` steps/s for ``seconds``, stepped and drawn by the
    lab's own render timer: RSS growth, and frames per second in the last ``edge_s`` against
    the first (frames are paint events of the surface view, so a frame that was due but took
    too long to draw counts as missing)."""
    window.select_lab("optimizer")
    lab = window.labs["optimizer"]
    setup = rosenbrock_race()
    setup.speed = speed
    lab.apply_setup(setup)
    wait_for(None, 0.3)
    paints = paint_counter(lab.view2d.viewport())
    before = rss_mib()
    lab.play()
    marks = [(time.perf_counter(), lab.race.step_count)]
    for span in (edge_s, seconds - 2 * edge_s, edge_s):
        wait_for(None, max(span, 0.0))
        marks.append((time.perf_counter(), lab.race.step_count))
    lab.pause()
    after = rss_mib()
    (t0, s0), (t1, s1), (t2, s2), (t3, s3) = marks
    fps_first = frame_figures(paints, t0, t1)["fps"]
    fps_last = frame_figures(paints, t2, t3)["fps"]
    race = lab.race
    running = int((race.status == 0).any(axis=1).sum())
    stored = [track.length for track in race.tracks]
    drawn = [len(trail.xData) if trail.xData is not None else 0 for trail in lab.view2d.trails]
    ratio = fps_last / fps_first if fps_first else math.nan
    result = {
        "seconds": t3 - t0, "speed": speed, "racers": len(race.racers), "steps": s3,
        "racers_running_at_end": running, "steps_per_second_first": (s1 - s0) / (t1 - t0),
        "steps_per_second_last": (s3 - s2) / (t3 - t2), "fps_first": fps_first,
        "fps_last": fps_last, "fps_ratio": ratio, "rss_before_mib": before,
        "rss_after_mib": after, "rss_growth_mib": after - before,
        "trail_points_stored": max(stored), "trail_points_drawn": max(drawn),
        "edge_s": edge_s,
    }
    result["checks"] = [
        _check("RSS growth", after - before, "MiB", "< 50 MiB", after - before < 50),
        _check(f"fps last {edge_s:g} s / first {edge_s:g} s", ratio, "", "≥ 0.90",
               ratio >= 0.9),
    ]
    lab.reset()  # free the long tracks before the next scenario
    return result


def soak_perceptron(window: MainWindow, epochs: int = 10_000, mlp_epochs: int = 10_000,
                    epoch_limit: int | None = None) -> dict[str, Any]:
    """XOR in the Perceptron Lab at top speed: the learning rule played by the lab's render
    timer at the fastest speed it offers, in runs at ``epoch_limit`` (by default the highest
    the lab offers; a new seed each, so new start weights) until ``epochs`` epochs were played,
    then the 2-2-1 network trained for ``mlp_epochs`` epochs unpaced. The baseline is RSS after
    one warm-up run at the limit (not counted): the first run allocates the plots' buffers and
    caches once (~11 MiB), and the lab then holds one run at a time — decay is what grows
    after that."""
    from explorer.ui.labs.perceptron.settings import MAX_EPOCHS
    from explorer.ui.widgets.playback import MAX_SPEED

    window.select_lab("perceptron")
    lab = window.labs["perceptron"]
    lab.set_gate("xor")
    limit = min(epoch_limit or MAX_EPOCHS, epochs)
    lab.playback.set_speed(MAX_SPEED)

    def play(seed: int, limit: int) -> int:
        lab.set_epoch_limit(limit)
        lab.set_seed(seed)  # a fresh run: other start weights
        lab.play()
        visits = len(lab.run.history)
        wait_for(lambda: not lab.playing, 10 + 3 * visits / MAX_SPEED)
        lab.pause()
        return lab.run.epochs_run

    play(epochs, limit)  # warm-up, with a seed the counted runs do not use
    wait_for(None, 0.2)
    before = rss_mib()
    began = time.perf_counter()
    done, seed = 0, 0
    while done < epochs:
        done += play(seed, min(limit, epochs - done))
        seed += 1
    rule_s = time.perf_counter() - began
    after_rule = rss_mib()
    lab.trainer.epochs, lab.trainer.live_seconds = mlp_epochs, 0.0  # unpaced: top speed
    began = time.perf_counter()
    lab.add_hidden_layer()
    wait_for(lambda: not lab.trainer.pending, 120)
    mlp_s = time.perf_counter() - began
    latest = lab.trainer.latest
    after = rss_mib()
    result = {
        "rule_epochs": done, "rule_runs": seed, "epoch_limit": limit, "speed": MAX_SPEED,
        "rule_s": rule_s, "mlp_epochs": latest.snapshot.epoch if latest is not None else 0,
        "mlp_s": mlp_s, "mlp_solved": bool(latest is not None and latest.solved),
        "rss_before_mib": before, "rss_after_rule_mib": after_rule, "rss_after_mib": after,
        "rss_growth_mib": after - before,
    }
    result["checks"] = [_check("RSS growth", after - before, "MiB", "< 20 MiB",
                               after - before < 20)]
    lab.set_gate("and")  # drop the hidden layer and the long run
    return result


def soak_training(window: MainWindow, epochs: int = 3000, cycles: int = 20,
                  cycle_epochs: int = 5) -> dict[str, Any]:
    """Circle in the Training Lab: one run of ``epochs`` epochs, then ``cycles`` times train
    ``cycle_epochs`` epochs and reset. The baseline (RSS, Python threads) is taken after a
    one-epoch warm-up run and its reset: importing TensorFlow and its thread pools is a
    one-off, not decay."""
    from explorer.ui.worker import running_threads

    window.select_lab("training")
    lab = window.labs["training"]
    spec = _circle_spec(epochs)
    lab.apply_state({"data": {"dataset": "circle"}, "model": spec.to_dict(), "view": "boundary"})
    began = time.perf_counter()
    lab.step_epoch()  # warm-up: imports TensorFlow on the worker, builds, traces
    wait_for(lambda: lab.latest is not None and lab.latest.state == "paused", 300)
    lab.reset()
    warm_up_s = time.perf_counter() - began
    wait_for(None, 0.2)
    threads_before, before = threading.active_count(), rss_mib()
    began = time.perf_counter()
    lab.train()
    wait_for(lambda: not lab.runner.busy, 3600)
    long_s = time.perf_counter() - began
    trained = lab.latest.epoch if lab.latest is not None else 0
    after_long = rss_mib()
    began = time.perf_counter()
    for _ in range(cycles):
        lab.reset()
        lab.train()
        wait_for(lambda: lab.latest is not None and lab.latest.epoch >= cycle_epochs, 300)
    lab.reset()
    cycles_s = time.perf_counter() - began
    wait_for(None, 0.5)  # let deleteLater and finished threads settle
    after = rss_mib()
    left, threads_after = len(running_threads()), threading.active_count()
    result = {
        "epochs": trained, "long_run_s": long_s, "warm_up_s": warm_up_s, "cycles": cycles,
        "cycle_epochs": cycle_epochs, "cycles_s": cycles_s, "rss_before_mib": before,
        "rss_after_long_run_mib": after_long, "rss_after_mib": after,
        "rss_growth_mib": after - before, "worker_threads_left": left,
        "python_threads_before": threads_before, "python_threads_after": threads_after,
    }
    result["checks"] = [
        _check("RSS growth", after - before, "MiB", "< 100 MiB", after - before < 100),
        _check("worker threads left", left, "", "0", left == 0),
        _check("Python threads after − before", threads_after - threads_before, "", "≤ 1",
               threads_after - threads_before <= 1),
    ]
    return result


def soak_landscape(window: MainWindow, slices: int = 50, resolution: int = 41,
                   train_epochs: int = 20) -> dict[str, Any]:
    """``slices`` loss-landscape slices in a row (random directions, a new seed each) of the
    circle model trained ``train_epochs`` epochs, drawn in the Training Lab's Landscape tab.
    The baseline is RSS after the first slice (its one-off TensorFlow trace is not decay); RSS
    before it is reported too."""
    from explorer.core.nn.landscape import LandscapeSettings

    window.select_lab("training")
    lab = window.labs["training"]
    lab.apply_state({"data": {"dataset": "circle"}, "model": _circle_spec(train_epochs).to_dict(),
                     "view": "boundary"})
    lab.train()
    wait_for(lambda: not lab.runner.busy, 300)
    view = lab.landscape
    lab.view_tabs.setCurrentWidget(view)
    finished: list[object] = []
    view.computed.connect(finished.append)
    start = rss_mib()
    first = math.nan
    began = time.perf_counter()
    for seed in range(slices):
        view.form.set_settings(LandscapeSettings(resolution=resolution, seed=seed))
        if not view.compute():
            break
        wait_for(lambda n=seed + 1: len(finished) >= n, 300)
        if seed == 0:
            first = rss_mib()
    seconds = time.perf_counter() - began
    view.computed.disconnect(finished.append)
    wait_for(None, 0.2)
    after = rss_mib()
    result = {
        "slices": len(finished), "resolution": resolution, "seconds": seconds,
        "rss_before_first_mib": start, "rss_after_first_mib": first, "rss_after_mib": after,
        "rss_growth_mib": after - first, "rss_growth_from_start_mib": after - start,
    }
    result["checks"] = [_check("RSS growth after the first slice", after - first, "MiB",
                               "< 100 MiB", after - first < 100)]
    lab.view_tabs.setCurrentIndex(0)
    lab.reset()
    return result


SCENARIOS = ("optimizer", "perceptron", "training", "landscape")
TITLES = {"optimizer": "Optimizer Lab", "perceptron": "Perceptron Lab",
          "training": "Training Lab", "landscape": "Loss landscape"}


def run_scenarios(sizes: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every scenario in one window, in order; ``sizes`` overrides a scenario's parameters
    (the test's tiny version). Returns the figures, each scenario's checks and the runtime."""
    from explorer.ui.app import dispose

    sizes = sizes or {}
    runners = {"optimizer": soak_optimizer, "perceptron": soak_perceptron,
               "training": soak_training, "landscape": soak_landscape}
    began = time.perf_counter()
    window = open_window()
    results: dict[str, Any] = {}
    try:
        for name in SCENARIOS:
            start = time.perf_counter()
            results[name] = runners[name](window, **sizes.get(name, {}))
            results[name]["scenario_s"] = time.perf_counter() - start
    finally:
        window.shutdown()
        dispose(window)
    results["total_s"] = time.perf_counter() - began
    results["pass"] = all(c["pass"] for name in SCENARIOS for c in results[name]["checks"])
    return results


def _format(check: dict[str, Any]) -> str:
    value, unit = check["value"], check["unit"]
    if unit == "MiB":
        return f"{value:+.1f} MiB"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def write_table(results: dict[str, Any], out: TextIO | None = None) -> None:
    """The checks as a table (target and PASS/FAIL), then what each scenario did."""
    out = out or sys.stdout
    out.write(f"Soak: long use does not decay ({results['total_s']:.0f} s in all)\n")
    out.write(f"  {'scenario':<16}{'figure':<32}{'value':>12}  {'target':<11}result\n")
    for name in SCENARIOS:
        for check in results[name]["checks"]:
            out.write(f"  {TITLES[name]:<16}{check['figure']:<32}{_format(check):>12}  "
                      f"{check['target']:<11}{'PASS' if check['pass'] else 'FAIL'}\n")
    o, p = results["optimizer"], results["perceptron"]
    t, land = results["training"], results["landscape"]
    out.write(f"Optimizer Lab: {o['racers']} racers at {o['speed']} steps/s on Rosenbrock for "
              f"{o['seconds']:.0f} s: {o['steps']:,} steps ({o['racers_running_at_end']} racers "
              f"still running); {o['fps_first']:.1f} fps in the first {o['edge_s']:g} s, "
              f"{o['fps_last']:.1f} in the last; steps/s {o['steps_per_second_first']:.0f} → "
              f"{o['steps_per_second_last']:.0f}; RSS {o['rss_before_mib']:.0f} → "
              f"{o['rss_after_mib']:.0f} MiB; trail {o['trail_points_stored']:,} points stored, "
              f"{o['trail_points_drawn']:,} drawn\n")
    out.write(f"Perceptron Lab: XOR, {p['rule_epochs']:,} epochs of the rule played at "
              f"{p['speed']} samples/s ({p['rule_runs']} runs at the {p['epoch_limit']:,}-epoch "
              f"limit) in {p['rule_s']:.0f} s, then the "
              f"2-2-1 network {p['mlp_epochs']:,} epochs in {p['mlp_s']:.1f} s (solved: "
              f"{p['mlp_solved']}); RSS {p['rss_before_mib']:.0f} → {p['rss_after_rule_mib']:.0f}"
              f" → {p['rss_after_mib']:.0f} MiB\n")
    out.write(f"Training Lab: circle, {t['epochs']:,} epochs in {t['long_run_s']:.0f} s, then "
              f"{t['cycles']} train ({t['cycle_epochs']} epochs)/reset cycles in "
              f"{t['cycles_s']:.0f} s; RSS after the warm-up {t['rss_before_mib']:.0f} → "
              f"{t['rss_after_long_run_mib']:.0f} → {t['rss_after_mib']:.0f} MiB; worker threads "
              f"left {t['worker_threads_left']}; Python threads {t['python_threads_before']} → "
              f"{t['python_threads_after']}\n")
    out.write(f"Loss landscape: {land['slices']} slices of {land['resolution']}² in "
              f"{land['seconds']:.0f} s; RSS {land['rss_before_first_mib']:.0f} before the "
              f"first, {land['rss_after_first_mib']:.0f} after it (the baseline), "
              f"{land['rss_after_mib']:.0f} MiB after the last\n")
    out.write(f"Overall: {'PASS' if results['pass'] else 'FAIL'}\n")


def run_soak(json_output: bool = False) -> int:
    """Run every scenario at full size; 0 if every figure passes, 1 otherwise."""
    results = run_scenarios()
    if json_output:
        print(json.dumps(results, indent=2))
    else:
        write_table(results)
    return 0 if results["pass"] else 1
