"""A surface given only by values on a grid: bilinear interpolation and its exact gradient.

A loss-landscape race is saved in a scene as its computed grid, because the network it was cut
from is not part of the scene. Reopened, the slice races on this interpolant: the same shape,
the same minimum, no TensorFlow needed.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from explorer.core.i18n import tr_noop
from explorer.core.scene import Where, problem_at
from explorer.core.surfaces.surface import Surface


def _cell(coords: np.ndarray, axis: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Index of the left grid line and the fraction into the cell (clamped to the grid)."""
    step = (axis[-1] - axis[0]) / (len(axis) - 1)
    position = np.clip((coords - axis[0]) / step, 0, len(axis) - 1 - 1e-9)
    index = np.floor(position).astype(int)
    return index, position - index, step


def grid_surface(title: str, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, *,
                 start: tuple[float, float] | None = None,
                 minima: tuple[tuple[float, float], ...] = (),
                 axis_names: tuple[str, ...] = ()) -> Surface:
    """A 2-D surface through the values ``z[j, i] = L(xs[i], ys[j])`` (evenly spaced axes);
    ``axis_names`` say what the two coordinates are (a slice's directions), for axis titles."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    z = np.asarray(z, dtype=float)
    if xs.ndim != 1 or ys.ndim != 1 or z.shape != (len(ys), len(xs)) or min(z.shape) < 2:
        raise ValueError(f"grid surface needs z of shape (len(ys), len(xs)), got {z.shape}")
    if not np.isfinite(z).all():
        raise ValueError("grid surface values must all be finite")

    def corners(x: np.ndarray, y: np.ndarray):
        i, fx, dx = _cell(np.asarray(x, dtype=float), xs)
        j, fy, dy = _cell(np.asarray(y, dtype=float), ys)
        return (z[j, i], z[j, i + 1], z[j + 1, i], z[j + 1, i + 1]), fx, fy, dx, dy

    def value_xy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        (z00, z10, z01, z11), fx, fy, _, _ = corners(*np.broadcast_arrays(x, y))
        return (z00 * (1 - fx) + z10 * fx) * (1 - fy) + (z01 * (1 - fx) + z11 * fx) * fy

    def gradient_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        (z00, z10, z01, z11), fx, fy, dx, dy = corners(*np.broadcast_arrays(x, y))
        gx = ((z10 - z00) * (1 - fy) + (z11 - z01) * fy) / dx
        gy = ((z01 - z00) * (1 - fx) + (z11 - z10) * fx) / dy
        return gx, gy

    j, i = np.unravel_index(np.argmin(z), z.shape)
    lowest = ((float(xs[i]), float(ys[j])),)
    domain = ((float(xs[0]), float(xs[-1])), (float(ys[0]), float(ys[-1])))
    extent = max(domain[0][1] - domain[0][0], domain[1][1] - domain[1][0])
    spread = float(np.ptp(z))
    return Surface(
        name="landscape", title=title, dim=2,
        formula="L(θ + a·d₁ + b·d₂), interpolated on the grid",
        domain=domain, start=start or (0.0, 0.0), minima=tuple(minima) or lowest, saddles=(),
        learning_rate=float(0.05 * extent**2 / max(spread, 1e-12)),
        log_scale=bool(z.min() > 0 and z.max() / max(z.min(), 1e-12) > 100),
        value_xy=value_xy, gradient_xy=gradient_xy, precomputed=(xs, ys, z.astype(np.float32)),
        description="A slice of a real network's loss (restored from a scene as its grid).",
        axis_names=tuple(axis_names))


def surface_to_dict(surface: Surface) -> dict[str, Any]:
    """What a scene stores of a landscape surface: its grid, start, minima and title."""
    if surface.precomputed is None or surface.dim != 2:
        raise ValueError("only a surface with a precomputed 2-D grid can be stored")
    xs, ys, z = surface.precomputed
    return {"title": surface.title, "xs": [float(v) for v in xs],
            "ys": [float(v) for v in ys], "z": np.asarray(z, dtype=float).round(7).tolist(),
            "start": list(surface.start), "minima": [list(m) for m in surface.minima],
            "axis_names": list(surface.axis_names)}


def surface_from_dict(data: Any, where: Where) -> Surface:
    """Rebuild a stored landscape surface; any problem is a SceneError naming it."""
    if not isinstance(data, dict):
        raise problem_at(where, tr_noop("Scenes", "'landscape' must be an object"))
    try:
        start = tuple(float(v) for v in data["start"])
        minima = tuple(tuple(float(v) for v in m) for m in data["minima"])
        names = tuple(str(name) for name in data.get("axis_names", ()))  # absent before names
        return grid_surface(str(data["title"]), np.array(data["xs"], dtype=float),
                            np.array(data["ys"], dtype=float), np.array(data["z"], dtype=float),
                            start=start if len(start) == 2 else None, minima=minima,
                            axis_names=names)
    except (KeyError, TypeError, ValueError) as error:
        raise problem_at(where, tr_noop("Scenes", "the stored landscape is unusable ({reason})"),
                         reason=error) from None
