"""``explorer basins`` and ``explorer sweep``: the Optimizer Lab's experiments without a window,
as JSON, NPZ, CSV or a PNG (numpy only: the PNG is encoded here, no Qt)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import struct
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from explorer.core.formula import FormulaError
from explorer.core.optim import Status, create, suggested_learning_rate
from explorer.core.optim.experiments import (
    DEFAULT_GRID,
    DEFAULT_LEARNING_RATES,
    STATUS_COLORS,
    BasinMap,
    Sweep,
    hex_rgb,
    iter_basins,
    iter_sweep,
    sweep_axis,
)
from explorer.core.progress import run_to_end
from explorer.core.surfaces import SURFACES, Surface, custom, get

MIN_IMAGE = 512  # pixels along the longer side of a PNG: small grids are scaled up
LOSS_RAMP = ("#009E73", "#56B4E9", "#E69F00")  # low → high log loss (Okabe-Ito)
LIMIT_COLOR = "#CC79A7"  # the theory's stability limit, one pixel per row


def add_parsers(sub: Any) -> None:
    """Register ``basins`` and ``sweep`` on the CLI's subparsers."""
    basins = sub.add_parser("basins", help="which minimum each start of a grid reaches")
    _surface_options(basins)
    basins.add_argument("--lr", type=float, help="learning rate (default: the surface's "
                                                 "suggestion for the optimizer)")
    basins.add_argument("--grid", type=int, default=DEFAULT_GRID, help="starts per side")
    basins.add_argument("--steps", type=int, default=500)
    basins.add_argument("--domain", help="x0,x1,y0,y1 (x0,x1 in 1-D; default: the surface's)")
    basins.add_argument("--format", choices=("json", "npz", "png"), default="json")
    basins.add_argument("--out", help="output file (JSON: standard output if not given)")

    sweep = sub.add_parser("sweep", help="final loss over learning rate × a hyper-parameter")
    _surface_options(sweep)
    lo, hi, n = DEFAULT_LEARNING_RATES
    sweep.add_argument("--lr", default=f"{lo:g}:{hi:g}:{n}", metavar="LO:HI:N",
                       help="learning rates, log-spaced")
    sweep.add_argument("--param", metavar="NAME=LO:HI:N",
                       help="a second hyper-parameter, linearly spaced (e.g. momentum=0:0.99:32)")
    sweep.add_argument("--start", help="start point, e.g. -8 or 1.5,-0.5 (default: surface's)")
    sweep.add_argument("--steps", type=int, default=1000)
    sweep.add_argument("--format", choices=("json", "csv", "png"), default="json")
    sweep.add_argument("--out", help="output file (JSON, CSV: standard output if not given)")


def _surface_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--surface", default="himmelblau", help="a built-in surface or custom")
    parser.add_argument("--formula", help="custom surface f(x, y) (with --surface custom)")
    parser.add_argument("--optimizer", default="gd")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="another hyper-parameter, e.g. momentum=0.5 (repeatable)")


def run_experiment(args: argparse.Namespace) -> int:
    """Run ``basins`` or ``sweep``; a bad argument is one line on stderr and exit code 2."""
    try:
        if args.format in ("npz", "png") and not args.out:
            raise ValueError(f"--format {args.format} needs --out FILE")
        if args.command == "basins":
            data = _basins_output(run_to_end(_basins_job(args)), args)
        else:
            data = _sweep_output(run_to_end(_sweep_job(args)), args.format)
        if args.out:
            Path(args.out).write_bytes(data)
        else:
            sys.stdout.write(data.decode())
    except (ValueError, FormulaError, OSError) as error:
        print(f"explorer {args.command}: {error}", file=sys.stderr)
        return 2
    return 0


def _numbers(text: str, option: str) -> list[float]:
    try:
        return [float(v) for v in text.split(",")]
    except ValueError:
        raise ValueError(f"{option} must be numbers separated by commas, not {text!r}") from None


def _settings(texts: list[str]) -> dict[str, object]:
    settings: dict[str, object] = {}
    for text in texts:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set needs NAME=VALUE, not {text!r}")
        settings[name.strip()] = value.strip()
    return settings


def _surface(args: argparse.Namespace, domain: list[float] | None = None) -> Surface:
    if args.surface != "custom":
        return get(args.surface)
    bounds = ((-3, 3), (-3, 3)) if domain is None else (tuple(domain[:2]), tuple(domain[2:]))
    return custom(args.formula or "", domain=bounds)


def _basins_job(args: argparse.Namespace):
    domain = None if args.domain is None else _numbers(args.domain, "--domain")
    surface = _surface(args, domain)
    if domain is not None and len(domain) != 2 * surface.dim:
        raise ValueError(f"--domain needs {2 * surface.dim} numbers for {surface.name}")
    hyper = _settings(args.set)
    hyper["learning_rate"] = (suggested_learning_rate(surface, args.optimizer.lower())
                              if args.lr is None else args.lr)
    optimizer = create(args.optimizer, **hyper)
    pairs = None if domain is None else tuple(zip(domain[::2], domain[1::2], strict=True))
    return iter_basins(surface, optimizer, grid=args.grid, steps=args.steps, domain=pairs)


def _axis_range(text: str, option: str) -> tuple[float, float, int]:
    parts = text.split(":")
    try:
        low, high, count = float(parts[0]), float(parts[1]), int(parts[2])
        if len(parts) != 3:
            raise IndexError
    except (ValueError, IndexError):
        raise ValueError(f"{option} must be LO:HI:N (e.g. 1e-4:10:64), not {text!r}") from None
    return low, high, count


def _sweep_job(args: argparse.Namespace):
    surface = _surface(args)
    optimizer = create(args.optimizer, **_settings(args.set))
    learning_rates = sweep_axis("learning_rate", *_axis_range(args.lr, "--lr"), log=True)
    param = None
    if args.param is not None:
        name, sep, spec = args.param.partition("=")
        if not sep:
            raise ValueError(f"--param must be NAME=LO:HI:N, not {args.param!r}")
        param = sweep_axis(name.strip(), *_axis_range(spec, "--param"), log=False)
    start = None if args.start is None else tuple(_numbers(args.start, "--start"))
    return iter_sweep(surface, optimizer, learning_rates, param=param, start=start,
                      steps=args.steps)


def _status_names(status: np.ndarray) -> list:
    names = np.array([s.name.lower() for s in Status])
    return names[status].tolist()


def _plain(values: np.ndarray) -> list:
    """An array as nested lists with NaN/inf as null (JSON has no NaN)."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, None).tolist()


def _basins_output(basin_map: BasinMap, args: argparse.Namespace) -> bytes:
    one_d = basin_map.ys is None
    cells = {  # 1-D maps have one row: give the starts as a flat list
        "outcome": basin_map.outcome, "status": basin_map.status, "steps": basin_map.steps,
        "final_point": basin_map.points, "final_loss": basin_map.losses}
    cells = {k: v[0] if one_d else v for k, v in cells.items()}
    if args.format == "npz":
        out = io.BytesIO()
        np.savez_compressed(out, xs=basin_map.xs, ys=np.array([]) if one_d else basin_map.ys,
                            labels=np.array([o.text() for o in basin_map.outcomes]), **cells)
        return out.getvalue()
    if args.format == "png":
        return _png(basin_map.rgb())
    labels = np.array([o.text() for o in basin_map.outcomes])
    result = {
        "surface": basin_map.surface, "optimizer": basin_map.optimizer,
        "steps": basin_map.max_steps, "grid": len(basin_map.xs),
        "cluster_tolerance": basin_map.cluster_radius,
        "axes": {"x": basin_map.xs.tolist(), "y": None if one_d else basin_map.ys.tolist()},
        "outcomes": [{"label": o.text(), "status": o.status.name.lower(),
                      "point": None if o.point is None else list(o.point), "loss": o.loss,
                      "share": float(share), "color": o.color}
                     for o, share in zip(basin_map.outcomes, basin_map.shares(), strict=True)],
        "legend": basin_map.legend_text(),
        "cells": {"outcome": cells["outcome"].tolist(),
                  "label": labels[cells["outcome"]].tolist(),
                  "status": _status_names(cells["status"]), "steps": cells["steps"].tolist(),
                  "final_point": _plain(cells["final_point"]),
                  "final_loss": _plain(cells["final_loss"])},
    }
    return (json.dumps(result) + "\n").encode()


def _sweep_output(sweep: Sweep, fmt: str) -> bytes:
    if fmt == "png":
        return _png(_sweep_image(sweep))
    lrs = sweep.learning_rates.values
    params = [None] if sweep.param is None else sweep.param.values.tolist()
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        coords = ["x", "y"][: sweep.points.shape[-1]]
        writer.writerow(["learning_rate", *([] if sweep.param is None else [sweep.param.name]),
                         *coords, "final_loss", "steps", "status"])
        status = _status_names(sweep.status)
        for row, value in enumerate(params):
            for column, lr in enumerate(lrs):
                writer.writerow([f"{lr:.10g}", *([] if value is None else [f"{value:.10g}"]),
                                 *(f"{c:.10g}" for c in sweep.points[row, column]),
                                 f"{sweep.losses[row, column]:.10g}",
                                 sweep.steps[row, column], status[row][column]])
        return out.getvalue().encode()
    one_d = sweep.param is None
    cells = {"final_point": _plain(sweep.points), "final_loss": _plain(sweep.losses),
             "steps": sweep.steps.tolist(), "status": _status_names(sweep.status)}
    limits = None
    if sweep.limits is not None:
        lines = sweep.limit_lines()
        limits = {**sweep.limits.to_dict(), "optimizer_limit_per_row":
                  None if lines is None else lines.tolist()}
    result = {
        "surface": sweep.surface, "optimizer": sweep.optimizer, "hyper": sweep.hyper,
        "start": list(sweep.start), "steps": sweep.max_steps,
        "axes": {"learning_rate": lrs.tolist(),
                 "param": None if one_d else {"name": sweep.param.name, "values": params}},
        "stability": limits,
        "cells": {k: v[0] if one_d else v for k, v in cells.items()},
    }
    return (json.dumps(result) + "\n").encode()


def _sweep_image(sweep: Sweep) -> np.ndarray:
    """Each cell coloured by log(final loss − the lowest), diverged black, undefined white;
    the theory's limit (where known) marked in each row."""
    finite_losses = sweep.losses[np.isfinite(sweep.losses)]
    lowest = finite_losses.min() if finite_losses.size else 0.0
    with np.errstate(all="ignore"):
        excess = np.log10(np.maximum(sweep.losses - lowest, 1e-12))
    finite = np.isfinite(excess)
    low, high = (excess[finite].min(), excess[finite].max()) if finite.any() else (0.0, 1.0)
    t = np.where(finite, (excess - low) / max(high - low, 1e-12), 1.0) * (len(LOSS_RAMP) - 1)
    ramp = np.array([hex_rgb(c) for c in LOSS_RAMP])
    index = np.minimum(t.astype(int), len(LOSS_RAMP) - 2)
    frac = (t - index)[..., None]
    image = ramp[index] * (1 - frac) + ramp[index + 1] * frac
    for status in (Status.DIVERGED, Status.ESCAPED, Status.UNDEFINED):
        image[sweep.status == status] = hex_rgb(STATUS_COLORS[status])
    lines = sweep.limit_lines()
    if lines is not None:
        columns = np.searchsorted(sweep.learning_rates.values, lines)
        rows = np.flatnonzero(columns < image.shape[1])
        image[rows, columns[rows]] = hex_rgb(LIMIT_COLOR)
    return image


def _png(image: np.ndarray) -> bytes:
    """An (rows, columns, 3) image, row 0 at the bottom (y up), scaled up and PNG-encoded."""
    rows, columns = image.shape[:2]
    scale = max(1, MIN_IMAGE // max(rows, columns))
    pixels = np.repeat(np.repeat(image[::-1], scale, axis=0), scale, axis=1)
    if rows == 1:  # a 1-D strip: tall enough to see
        pixels = np.repeat(pixels, max(1, MIN_IMAGE // 8 // scale), axis=0)
    pixels = np.clip(np.rint(pixels), 0, 255).astype(np.uint8)
    height, width = pixels.shape[:2]
    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def bench_experiments() -> dict[str, float]:
    """``explorer bench``'s figures for the experiments: a 256×256 basin map × 500 steps of Adam
    on Himmelblau (seconds, then peak traced memory in a second run) and a 64 × 32
    hyper-parameter map (learning rate × momentum) × 1000 steps of Momentum on Rosenbrock."""
    def basin_map() -> object:
        adam = create("adam", learning_rate=0.1)
        return run_to_end(iter_basins(SURFACES["himmelblau"], adam, grid=256, steps=500))

    def sweep() -> object:
        return run_to_end(iter_sweep(
            SURFACES["rosenbrock"], create("momentum"),
            sweep_axis("learning_rate", 1e-4, 10.0, 64, log=True),
            param=sweep_axis("momentum", 0.0, 0.99, 32, log=False), steps=1000))

    def seconds(job: Callable[[], object]) -> float:
        start = time.perf_counter()
        job()
        return time.perf_counter() - start

    figures = {"basins_s": seconds(basin_map)}
    tracemalloc.start()
    basin_map()
    figures["basins_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    figures["sweep_s"] = seconds(sweep)
    return figures


def write_experiments(out: TextIO, figures: dict[str, float]) -> None:
    out.write(f"Basin map 256×256 starts × 500 steps, Adam on Himmelblau: "
              f"{figures['basins_s']:.2f} s (target < 3 s), peak memory "
              f"{figures['basins_peak_mib']:.0f} MiB (target < 500 MB)\n")
    out.write(f"Hyper-parameter map 64 × 32 cells × 1000 steps, Momentum on Rosenbrock: "
              f"{figures['sweep_s']:.2f} s (target < 1.5 s)\n")
