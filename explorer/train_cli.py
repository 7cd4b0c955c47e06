"""``explorer train``: train a course preset headless and print summary, history, evaluation.

The same engine as the Training Lab (``explorer.core.nn.training``) without a window, so a
teacher can reproduce a lab result in a terminal or a notebook. TensorFlow is imported only
once the arguments are valid and the data is loaded.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from explorer.core.nn.history import epoch_line, metric_text
from explorer.core.nn.presets import Preset, get_preset


def _fail(message: str) -> int:
    print(f"explorer train: {message}", file=sys.stderr)
    return 2


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def run_train(args: argparse.Namespace) -> int:
    """Exit 0 when training finished, 1 when the loss diverged, 2 for bad arguments/data."""
    if getattr(args, "compare", None):
        from explorer.compare_cli import run_compare

        return run_compare(args)
    try:
        preset: Preset = get_preset(args.preset)
        changes: dict[str, Any] = {}
        if args.epochs is not None:
            changes["epochs"] = args.epochs
        if args.seed is not None:
            changes["seed"] = args.seed
        spec = preset.spec.with_changes(**changes)
        data = preset.load_data()
        architecture = spec.resolve(data.n_features, data.task, data.n_classes)
    except ValueError as error:
        return _fail(str(error).removeprefix("model: "))
    from explorer.core.nn.spec import summarize
    from explorer.core.nn.training import TrainingSession

    summary = summarize(architecture)
    text = args.format == "text"
    if text:
        print(f"{preset.title} on {data.title}: {len(data.x_train)} training, "
              f"{len(data.x_test)} test samples; {spec.optimizer} learning rate "
              f"{spec.effective_learning_rate:g}, loss {architecture.loss}, batch "
              f"{spec.batch_size}, {spec.epochs} epochs, seed {spec.seed}")
        print(summary.text())
        print(flush=True)

    def show_epoch(epoch: int, logs: dict[str, float]) -> None:
        if text:
            print(epoch_line(epoch, spec.epochs, logs), flush=True)

    session = TrainingSession(spec, data)
    result = session.run(on_epoch_end=show_epoch)
    evaluation = session.evaluate()
    if text:
        parts = " - ".join(f"{k}: {metric_text(v)}" for k, v in evaluation.items())
        print(f"\nTest evaluation ({len(data.x_test)} samples): {parts}")
        print(f"{result.message} in {result.seconds:.1f} s "
              f"({result.samples_per_second:,.0f} samples/s)")
    else:
        document = {
            "preset": preset.name, "title": preset.title, "dataset": data.name,
            "spec": spec.to_dict(), "summary": summary.to_dict(),
            "history": {k: [_finite(v) for v in values]
                        for k, values in session.history.items()},
            "evaluation": {k: _finite(v) for k, v in evaluation.items()},
            "status": result.status, "message": result.message, "epochs": result.epoch,
            "seconds": round(result.seconds, 3),
            "samples_per_second": round(result.samples_per_second, 1),
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    if result.status == "diverged":
        print(result.message, file=sys.stderr)
        return 1
    return 0
