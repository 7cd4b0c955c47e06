"""The linear-regression surface: the loss over (w, b) of a line fitted to bundled data.

Unlike the textbook functions this surface is built from a data file and also offers a
mini-batch gradient, so it lives in its own module next to the data it reads.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike

from explorer.core.i18n import tr_noop
from explorer.core.surfaces.surface import Surface, as_points, make_surface

__all__ = ["REGRESSION_CSV"]

REGRESSION_CSV = Path(__file__).resolve().parents[3] / "resources" / "regression.csv"


def load_regression_data(path: Path = REGRESSION_CSV) -> np.ndarray:
    """(n, 2) array of x, y.

    The file was generated once with ``rng = np.random.default_rng(20240917)``,
    ``x = sort(rng.uniform(-3, 3, 40))``, ``y = 2x + 1 + rng.normal(0, 1, 40)``, 4 decimals.
    """
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64, ndmin=2)
    if data.shape[1] != 2 or len(data) < 2:
        raise ValueError(f"{path} must hold two columns x,y and at least two rows")
    data.setflags(write=False)  # shared by every user of the surface
    return data


def regression_surface(data: np.ndarray) -> Surface:
    """MSE(w, b) = mean((w x + b − y)²), expanded in the data's moments so grids are cheap."""
    x, y = data[:, 0], data[:, 1]
    sx, sy, sxx, sxy, syy = x.mean(), y.mean(), (x * x).mean(), (x * y).mean(), (y * y).mean()

    def value(w, b):
        return w * w * sxx + 2 * w * b * sx + b * b - 2 * w * sxy - 2 * b * sy + syy

    def gradient(w, b):
        return 2 * (w * sxx + b * sx - sxy), 2 * (w * sx + b - sy)

    def minibatch_gradient(p: ArrayLike, rng: np.random.Generator, batch_size: int) -> np.ndarray:
        """Gradient of the MSE over a fresh random batch (without replacement) per point."""
        points = as_points(p, 2)
        n = len(x)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        batch = min(int(batch_size), n)
        flat = points.reshape(-1, 2)
        order = rng.permuted(np.tile(np.arange(n), (len(flat), 1)), axis=1)[:, :batch]
        xb, yb = x[order], y[order]
        with np.errstate(all="ignore"):
            residual = flat[:, :1] * xb + flat[:, 1:] - yb
            grad = np.stack([2 * (residual * xb).mean(axis=1), 2 * residual.mean(axis=1)], -1)
        return grad.reshape(points.shape)

    best = np.linalg.solve([[sxx, sx], [sx, 1.0]], [sxy, sy])
    return make_surface(
        value,
        gradient,
        name="regression",
        title=tr_noop("Surfaces", "Linear regression: mean squared error of the line y = w·x + b"),
        formula="L(w, b) = (1/n)·Σᵢ (w·xᵢ + b − yᵢ)²",
        domain=((-1, 5), (-2, 4)),
        start=(-0.5, 3.5),
        minima=(best,),
        learning_rate=0.1,
        minibatch_gradient=minibatch_gradient,
        data=data,
        description=(
            f"Each point is a line; its height is the mean squared error over {len(x)} data "
            "points. Mini-batches make SGD's path noisy."
        ),
    )
