"""Where theory draws the line: the largest learning rates at which a quadratic bowl still
converges.

Near a minimum a surface is its quadratic model ½·δᵀHδ. Gradient descent multiplies the error
along the Hessian's stiffest direction by (1 − η·λmax) per step, so it converges exactly when
η < 2/λmax; heavy-ball momentum (Keras SGD with ``momentum`` μ) stays stable up to
η < 2(1 + μ)/λmax. The minimum is the one the start falls into: gradient descent at the
surface's gentle learning rate finds it, and the nearest listed minimum stands for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.optim.experiments.engine import iter_runs
from explorer.core.optim.optimizers import create
from explorer.core.optim.race import Status
from explorer.core.progress import run_to_end
from explorer.core.surfaces import Surface

SETTLE_STEPS = 2000  # gradient descent from the start, to find its basin
THEORY = {"gd": "gd", "sgd": "gd", "momentum": "heavy_ball"}  # the rules the formulas are for


@dataclass(frozen=True)
class StabilityLimits:
    """The minimum's curvature and the learning-rate limits it implies."""

    minimum: tuple[float, ...]
    lambda_max: float

    @property
    def gd(self) -> float:
        """Gradient descent converges for η < 2/λmax."""
        return 2.0 / self.lambda_max

    def heavy_ball(self, momentum: float | np.ndarray) -> float | np.ndarray:
        """Heavy-ball momentum μ converges for η < 2(1 + μ)/λmax."""
        return 2.0 * (1.0 + np.asarray(momentum, dtype=float)) / self.lambda_max

    def learning_rate_limit(self, optimizer: str, momentum: float | np.ndarray = 0.0
                            ) -> float | np.ndarray | None:
        """The limit for ``optimizer`` (with ``momentum`` μ for "momentum"), or None where
        no simple formula holds (adaptive optimizers, Nesterov)."""
        rule = THEORY.get(optimizer)
        if rule == "gd":
            return self.gd
        if rule == "heavy_ball":
            return self.heavy_ball(momentum)
        return None

    def to_dict(self) -> dict[str, object]:
        return {"minimum": list(self.minimum), "lambda_max": self.lambda_max,
                "gd_learning_rate_limit": self.gd}


def stability_limits(surface: Surface, start: tuple[float, ...] | np.ndarray
                     ) -> StabilityLimits | None:
    """The limits at the minimum ``start`` falls into, or None when there is none to speak of
    (no minimum listed and gradient descent did not settle, or no positive curvature)."""
    gd = create("gd", learning_rate=surface.learning_rate)
    runs = run_to_end(iter_runs(surface, gd, np.asarray(start, dtype=float).reshape(1, -1),
                                SETTLE_STEPS))
    end = runs.points[0]
    if surface.minima and np.all(np.isfinite(end)):
        distances = [np.linalg.norm(end - np.asarray(m)) for m in surface.minima]
        point = np.asarray(surface.minima[int(np.argmin(distances))], dtype=float)
    elif runs.status[0] == Status.CONVERGED:
        point = end
    else:
        return None
    lambda_max = float(np.linalg.eigvalsh(surface.hessian(point))[-1])
    if not np.isfinite(lambda_max) or lambda_max <= 0:
        return None
    return StabilityLimits(tuple(float(c) for c in point), lambda_max)
