"""``explorer train --compare``: optimizers racing on a course preset, headless; and the bench's
figure for it (a comparison's time over one solo run's).

The engine is ``explorer.core.nn.compare``; this module only parses, prints and times.
TensorFlow is imported once the arguments are valid.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import statistics
import sys
import time
from typing import IO, Any

from explorer.core.nn.history import epoch_line, metric_text
from explorer.core.nn.presets import get_preset

BENCH_PRESET, BENCH_EPOCHS, BENCH_LINE_UP = "digits", 20, "sgd,momentum,rmsprop,adam"


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _goal(text: str | None, metrics: tuple[str, ...]) -> Any:
    """``--goal KEY=VALUE`` (e.g. ``val_accuracy=0.95``), or accuracy 0.9 / loss 0.1."""
    from explorer.core.nn.compare import GOAL_KEYS, Goal

    if text is None:
        return Goal("accuracy", 0.9) if "accuracy" in metrics else Goal("loss", 0.1)
    key, _, value = text.partition("=")
    try:
        if key.strip() not in GOAL_KEYS:
            raise ValueError
        return Goal(key.strip(), float(value))
    except ValueError:
        raise ValueError(f"--goal must be KEY=NUMBER with KEY one of {', '.join(GOAL_KEYS)} "
                         f"(e.g. accuracy=0.9), not {text!r}") from None


def run_compare(args: argparse.Namespace) -> int:
    """Exit 0 when the comparison ran (a racer may have diverged), 1 when every racer diverged,
    2 for bad arguments (an unknown optimizer, a line-up of the wrong size)."""
    from explorer.core.nn.compare import parse_line_up

    try:
        preset = get_preset(args.preset)
        racers = parse_line_up(args.compare)
        changes = {k: v for k, v in (("epochs", args.epochs), ("seed", args.seed))
                   if v is not None}
        spec = preset.spec.with_changes(**changes)
        data = preset.load_data()
        architecture = spec.resolve(data.n_features, data.task, data.n_classes)
        goal = _goal(args.goal, architecture.metrics)
    except ValueError as error:
        print(f"explorer train: {str(error).removeprefix('model: ')}", file=sys.stderr)
        return 2
    from explorer.core.nn.compare import Comparison, racer_result

    text = args.format == "text"
    labels = [racer.label for racer in racers]
    width = max(len(label) for label in labels)
    if text:
        print(f"{preset.title} on {data.title}: {', '.join(labels)}; batch {spec.batch_size}, "
              f"{spec.epochs} epochs, seed {spec.seed} (same start, same batches)", flush=True)

    def show_epoch(epoch: int, logs: list[dict[str, float]]) -> None:
        if text:
            for label, racer_logs in zip(labels, logs, strict=True):
                if racer_logs:
                    print(f"{label:<{width}}  {epoch_line(epoch, spec.epochs, racer_logs)}")
            print(flush=True)

    comparison = Comparison(spec, data, racers)
    began = time.perf_counter()
    final = comparison.run(on_epoch_end=show_epoch)
    seconds = time.perf_counter() - began
    results = [racer_result(racer, goal) for racer in final.racers]
    if text:
        print(result_table(results, goal))
        for racer in final.racers:
            if racer.status == "diverged":
                print(f"{racer.label}: {racer.message}")
        print(f"{seconds:.1f} s in all")
    else:
        document = {
            "preset": preset.name, "dataset": data.name, "spec": spec.to_dict(),
            "goal": {"key": goal.key, "value": goal.value}, "seconds": round(seconds, 3),
            "racers": [{**spec_.to_dict(), "label": racer.label, "status": racer.status,
                        "message": racer.message,
                        "history": {k: [_finite(float(v)) for v in values]
                                    for k, values in racer.history.items()},
                        "result": result.to_dict()}
                       for spec_, racer, result in zip(racers, final.racers, results,
                                                       strict=True)],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    return 1 if all(racer.status == "diverged" for racer in final.racers) else 0


def result_table(results: list[Any], goal: Any) -> str:
    """The final table: train / validation / test loss and accuracy, time, goal epoch."""
    metric = next((k for r in results for k in r.train if k != "loss"), "")
    heads = ["optimizer", "status", "train loss", f"train {metric}", "val loss", f"val {metric}",
             "test loss", f"test {metric}", "time s", f"{goal.key} {goal.value:g} at epoch"]

    def cell(values: dict[str, float], key: str) -> str:
        return metric_text(values[key]) if key in values else "–"

    rows = [[r.label, r.status, cell(r.train, "loss"), cell(r.train, metric),
             cell(r.val, "loss"), cell(r.val, metric), cell(r.test, "loss"),
             cell(r.test, metric), f"{r.seconds:.2f}",
             "–" if r.reached is None else str(r.reached)] for r in results]
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [heads, *rows]]
    return "\n".join([lines[0], "─" * len(lines[0]), *lines[1:]])


def bench_compare(repeats: int = 5) -> dict[str, float]:
    """Median time of 4 racers × digits × 20 epochs over one solo run of the preset (both with
    models built and traced first, as the lab's second run would be)."""
    from explorer.core.nn.compare import Comparison, parse_line_up
    from explorer.core.nn.training import TrainingSession

    preset = get_preset(BENCH_PRESET)
    spec, data = preset.spec.with_changes(epochs=BENCH_EPOCHS), preset.load_data()
    racers = parse_line_up(BENCH_LINE_UP)
    Comparison(spec.with_changes(epochs=1), data, racers).run()  # build and trace
    TrainingSession(spec.with_changes(epochs=1), data).run()
    gc.collect()  # the models go back to the pool, to be lent again below
    compare_s, solo_s = [], []
    for _ in range(repeats):
        comparison = Comparison(spec, data, racers)
        comparison.initial_weights()
        began = time.perf_counter()
        comparison.run()
        compare_s.append(time.perf_counter() - began)
        del comparison
        gc.collect()
        session = TrainingSession(spec, data)
        session.model  # noqa: B018 - build (lend) before timing
        began = time.perf_counter()
        session.run()
        solo_s.append(time.perf_counter() - began)
        del session
        gc.collect()
    compare, solo = statistics.median(compare_s), statistics.median(solo_s)
    return {"compare_s": compare, "solo_s": solo, "ratio": compare / solo}


def write_compare(out: IO[str], figures: dict[str, float]) -> None:
    out.write(f"Optimizer comparison ({BENCH_LINE_UP} × {BENCH_PRESET} × {BENCH_EPOCHS} epochs): "
              f"{figures['compare_s']:.2f} s, one solo run {figures['solo_s']:.2f} s → "
              f"{figures['ratio']:.2f}× (target ≤ 4.5×)\n")
