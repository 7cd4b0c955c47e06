"""``explorer trace``: an optimizer's trajectory on a surface, as text, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

import numpy as np

from explorer.core.formula import FormulaError
from explorer.core.optim import Race, Racer, Schedule, create, create_schedule
from explorer.core.surfaces import custom, get


def _parse_setting(text: str, flag: str = "--set") -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise ValueError(f"{flag} needs NAME=VALUE, not {text!r}")
    return name.strip(), value.strip()


def _schedule(args: argparse.Namespace) -> Schedule | None:
    """The ``--schedule`` with its ``--schedule-set`` parameters (None: a constant rate)."""
    settings = dict(_parse_setting(s, "--schedule-set") for s in args.schedule_set)
    if args.schedule is None:
        if settings:
            raise ValueError("--schedule-set needs --schedule NAME")
        return None
    return create_schedule(args.schedule, **settings)


def trace(args: argparse.Namespace) -> dict:
    """Run the race the arguments describe and return the trajectory as plain data."""
    surface = custom(args.formula or "") if args.surface == "custom" else get(args.surface)
    hyper: dict[str, object] = dict(_parse_setting(s) for s in args.set)
    if args.lr is not None:
        hyper["learning_rate"] = args.lr
    optimizer = create(args.optimizer, schedule=_schedule(args), **hyper)
    if args.start is None:
        start = np.array(surface.start, dtype=float)
    else:
        try:
            start = np.array([float(v) for v in args.start.split(",")])
        except ValueError:
            raise ValueError(f"--start must be numbers separated by commas, not {args.start!r}") \
                from None
    if args.steps < 0:
        raise ValueError("--steps must be ≥ 0")
    race = Race(surface, [Racer(optimizer.describe(), optimizer)], start[None, :],
                noise_sigma=args.noise, batch_size=args.batch_size, seed=args.seed)
    race.step(args.steps)
    track = race.tracks[0]
    return {
        "surface": surface.name,
        "optimizer": optimizer.name,
        "hyper": dict(optimizer.hyper),
        "options": optimizer.options.changed(),
        "schedule": optimizer.schedule.to_dict() if optimizer.schedule else None,
        "learning_rates": optimizer.learning_rate_at(np.arange(args.steps)).tolist(),
        "status": race.status_text(0),
        "points": track.points[0].tolist(),
        "losses": track.losses[0].tolist(),
    }


def run_trace(args: argparse.Namespace) -> int:
    try:
        result = trace(args)
    except (ValueError, FormulaError) as error:
        print(f"explorer trace: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result, indent=2))
        return 0
    names = ["x", "y"][: len(result["points"][0])]
    if args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["step", *names, "loss"])
        for step, (point, loss) in enumerate(zip(result["points"], result["losses"], strict=True)):
            writer.writerow([step, *(f"{v:.10g}" for v in point), f"{loss:.10g}"])
        sys.stdout.write(out.getvalue())
        return 0
    extras = "".join(f" {result[k]}" for k in ("options", "schedule") if result[k])
    print(f"{result['optimizer']} {result['hyper']}{extras} on {result['surface']}: "
          f"{result['status']}")
    for step, (point, loss) in enumerate(zip(result["points"], result["losses"], strict=True)):
        coords = ", ".join(f"{v:+.6f}" for v in point)
        print(f"{step:6d}  ({coords})  loss {loss:.6g}")
    return 0
