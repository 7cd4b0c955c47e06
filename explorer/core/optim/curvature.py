"""Curvature: why the ball does what it does.

Near a point a surface is its quadratic model ½·δᵀHδ (plus the slope). The Hessian's
eigenvectors are the directions in which it curves most and least, its eigenvalues λ how
strongly: all positive is a bowl (a minimum's shape), both signs a saddle, all negative a cap.
Plain gradient descent multiplies the error along an eigenvector by (1 − η·λ) per step, so it
is stable where η·λmax < 2 (heavy-ball momentum μ: < 2(1 + μ)), and at a saddle it grows a
displacement along the negative-curvature eigenvector by (1 + η·|λ|) per step: that is the
escape direction, and a start exactly on the stable direction never leaves without noise.

The texts are templates marked for translation (context "Curvature") with their values kept
apart (:class:`MarkedText`), numbers and formulas untranslated.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.optim.race import number_text
from explorer.core.surfaces import Point, Surface, as_points

__all__ = ["Curvature", "curvature_at", "escape_radius", "saddle_escape"]

CONTEXT = "Curvature"
# An eigenvalue counts as zero (no curvature) when |λ| ≤ max(FLAT_CURVATURE,
# RELATIVE_FLAT · the largest |λ|): central differences are good to about 1e-8 of the scale.
FLAT_CURVATURE = 1e-9
RELATIVE_FLAT = 1e-6
# "Left the saddle": farther from it than this fraction of the domain's widest side.
ESCAPE_RADIUS = 0.05
# η·λmax within this fraction of its bound is "on the limit".
ON_LIMIT = 1e-9

KINDS = {
    "minimum": tr_noop("Curvature", "minimum"),
    "saddle": tr_noop("Curvature", "saddle"),
    "maximum": tr_noop("Curvature", "maximum"),
    "flat": tr_noop("Curvature", "flat"),
    "undefined": tr_noop("Curvature", "undefined"),  # L has no real value (or curvature) here
}


@dataclass(frozen=True, eq=False)
class Curvature:
    """The Hessian at one point, read for a student: eigenvalues ascending (λ₁ ≤ λ₂) with
    their unit eigenvectors as the columns of ``eigenvectors``, the point's type, and, given a
    learning rate, gradient descent's margin against its stability limit.

    ``step`` is the central-difference step per coordinate the Hessian was taken with (None:
    exact second derivatives); ``tolerance`` the |λ| below which a curvature counts as zero.
    """

    point: Point
    hessian: np.ndarray
    eigenvalues: np.ndarray
    eigenvectors: np.ndarray
    kind: str
    tolerance: float
    step: tuple[float, ...] | None
    learning_rate: float | None = None
    momentum: float = 0.0

    @property
    def dim(self) -> int:
        return len(self.point)

    @property
    def lambda_max(self) -> float:
        return float(self.eigenvalues[-1])

    @property
    def condition_number(self) -> float:
        """κ = |λ|max / |λ|min: how much more one direction curves than another (∞ where one
        is flat). A large κ is a narrow valley where one η cannot suit both directions."""
        magnitudes = np.abs(self.eigenvalues)
        low = float(magnitudes.min())
        return float(magnitudes.max()) / low if low > self.tolerance else float("inf")

    @property
    def limit(self) -> float | None:
        """The largest learning rate at which GD (with momentum μ) is stable here,
        2(1 + μ)/λmax; None where nothing curves up (no limit)."""
        if not self.lambda_max > self.tolerance:
            return None
        return 2.0 * (1.0 + self.momentum) / self.lambda_max

    @property
    def margin(self) -> float | None:
        """η as a fraction of :attr:`limit` (η·λmax / 2(1 + μ)): below 1 stable, above 1 the
        stiffest direction's error grows every step. None without η or a limit."""
        limit = self.limit
        if self.learning_rate is None or limit is None:
            return None
        return self.learning_rate / limit

    @property
    def escape_direction(self) -> np.ndarray | None:
        """The eigenvector of the most negative curvature (where GD leaves a saddle), or None
        where nothing curves down."""
        if not self.eigenvalues[0] < -self.tolerance:
            return None
        return self.eigenvectors[:, 0]

    @property
    def stable_direction(self) -> np.ndarray | None:
        """The eigenvector of the largest positive curvature (GD slides back along it), or
        None where nothing curves up."""
        if not self.lambda_max > self.tolerance:
            return None
        return self.eigenvectors[:, -1]

    def lines(self) -> tuple[MarkedText, ...]:
        """What the curvature box says, one text per line: the type, the eigenvalues (f″ in
        1-D), the condition number, GD's margin, how the Hessian was taken."""
        lines = [MarkedText(CONTEXT, tr_noop("Curvature", "type: {kind}"),
                            kind=MarkedText(CONTEXT, KINDS[self.kind]))]
        if self.kind == "undefined":
            return tuple(lines)
        if np.any(np.abs(self.eigenvalues) <= self.tolerance):
            lines.append(MarkedText(CONTEXT, tr_noop("Curvature", "|λ| ≤ {tolerance} counts as 0"),
                                    tolerance=number_text(self.tolerance, 2)))
        if self.dim == 1:
            lines.append(MarkedText(CONTEXT, "f″(x) = {value}",
                                    value=number_text(self.eigenvalues[0])))
        else:
            lines.append(MarkedText(CONTEXT, "λ₁ = {low},  λ₂ = {high}",
                                    low=number_text(self.eigenvalues[0]),
                                    high=number_text(self.eigenvalues[-1])))
            lines.append(MarkedText(CONTEXT, tr_noop("Curvature", "condition number κ = {kappa}"),
                                    kappa=number_text(self.condition_number)))
        if self.learning_rate is not None:
            lines.append(self._margin_line())
        if self.step is not None:
            lines.append(MarkedText(CONTEXT, tr_noop(
                "Curvature", "Hessian from central differences of ∇L, step {step}"),
                step=_steps_text(self.step)))
        return tuple(lines)

    def _margin_line(self) -> MarkedText:
        """GD's margin η·λmax against 2 (2(1 + μ) with momentum), as a fraction of the limit."""
        margin = self.margin
        if margin is None:
            return MarkedText(CONTEXT, tr_noop(
                "Curvature", "GD: nothing curves up, so no learning-rate limit here"))
        bound = "2" if self.momentum == 0 else f"2(1 + μ) = {number_text(2 * (1 + self.momentum))}"
        values = {"ratio": number_text(margin, 2), "bound": bound,
                  "product": number_text(self.learning_rate * self.lambda_max)}
        if abs(margin - 1) <= ON_LIMIT:
            return MarkedText(CONTEXT, tr_noop(
                "Curvature", "GD: on the limit (η·λmax = {bound}), it oscillates for ever"),
                **values)
        if margin < 1:
            return MarkedText(CONTEXT, tr_noop(
                "Curvature", "GD: stable, {ratio} of the limit (η·λmax = {product} < {bound})"),
                **values)
        return MarkedText(CONTEXT, tr_noop(
            "Curvature", "GD: unstable, {ratio}× the limit (η·λmax = {product} > {bound})"),
            **values)


def _steps_text(steps: tuple[float, ...]) -> str:
    """One step, or one per coordinate in brackets where they differ."""
    texts = [number_text(h, 2) for h in steps]
    return texts[0] if len(set(texts)) == 1 else "(" + ", ".join(texts) + ")"


def _kind(eigenvalues: np.ndarray, tolerance: float) -> str:
    """minimum / saddle / maximum / flat from the signs of the eigenvalues beyond tolerance;
    undefined where the Hessian is not finite."""
    if not np.all(np.isfinite(eigenvalues)):
        return "undefined"
    up, down = bool(np.any(eigenvalues > tolerance)), bool(np.any(eigenvalues < -tolerance))
    if up and down:
        return "saddle"
    return "minimum" if up else "maximum" if down else "flat"


def curvature_at(surface: Surface, point: ArrayLike, learning_rate: float | None = None,
                 momentum: float | None = None) -> Curvature:
    """The Hessian at ``point`` read as a :class:`Curvature`: eigen-decomposition, type,
    condition number and, with ``learning_rate`` (and heavy-ball ``momentum``), GD's margin.
    Where L has no real value the type is "undefined" (a formula's second derivatives may
    still be finite there, as log(x)'s at x < 0)."""
    p = as_points(point, surface.dim).reshape(surface.dim)
    hessian = surface.hessian(p)
    step = surface.hessian_step(p)
    finite = bool(np.all(np.isfinite(hessian)) and np.isfinite(surface.value(p)))
    eigenvalues, eigenvectors = (np.linalg.eigh(hessian) if finite else
                                 (np.full(surface.dim, np.nan), np.eye(surface.dim)))
    # a deterministic sign: each eigenvector's largest component is positive
    largest = np.take_along_axis(eigenvectors, np.abs(eigenvectors).argmax(axis=0)[None], 0)
    eigenvectors = eigenvectors * np.where(largest < 0, -1.0, 1.0)
    scale = float(np.abs(eigenvalues).max()) if finite else 0.0
    tolerance = max(FLAT_CURVATURE, RELATIVE_FLAT * scale)
    return Curvature(
        point=tuple(float(c) for c in p), hessian=hessian, eigenvalues=eigenvalues,
        eigenvectors=eigenvectors, kind=_kind(eigenvalues, tolerance), tolerance=tolerance,
        step=None if step is None else tuple(float(h) for h in step),
        learning_rate=None if learning_rate is None else float(learning_rate),
        momentum=float(momentum or 0.0))


def escape_radius(surface: Surface) -> float:
    """How far from a saddle a run must get to have left it: ``ESCAPE_RADIUS`` of the
    domain's widest side."""
    return ESCAPE_RADIUS * max(hi - lo for lo, hi in surface.domain)


def saddle_escape(surface: Surface, saddle: ArrayLike, learning_rate: float,
                  epsilon: float = 1e-3, noise_sigma: float = 0.0, seed: int = 0,
                  max_steps: int = 10000, along: str = "escape") -> int | None:
    """Steps plain GD (η = ``learning_rate``) takes to get farther than
    :func:`escape_radius` from ``saddle``, or None if it has not left after ``max_steps``.

    The start is ``epsilon`` away from the saddle, ``along`` the "escape" direction (the
    negative-curvature eigenvector: the displacement grows by (1 + η·|λ|) per step, so it
    leaves in about log(r/ε)/log(1 + η·|λ|) steps) or the "stable" one (the positive-curvature
    eigenvector, the saddle itself where nothing curves up): on the quadratic model's stable
    manifold exact GD slides back into the saddle and never leaves, while Gaussian noise of
    σ = ``noise_sigma`` on each gradient (as SGD's, seeded by ``seed``) pushes it off.
    """
    if along not in ("escape", "stable"):
        raise ValueError(f"along must be 'escape' or 'stable', got {along!r}")
    centre = as_points(saddle, surface.dim).reshape(surface.dim)
    curvature = curvature_at(surface, centre)
    direction = (curvature.escape_direction if along == "escape"
                 else curvature.stable_direction)
    p = centre + (0.0 if direction is None else epsilon * direction)
    radius = escape_radius(surface)
    rng = np.random.default_rng(seed)
    with np.errstate(all="ignore"):
        for step in range(1, max_steps + 1):
            gradient = surface.gradient(p)
            if noise_sigma > 0:
                gradient = gradient + rng.normal(0.0, noise_sigma, size=gradient.shape)
            p = p - learning_rate * gradient
            distance = float(np.linalg.norm(p - centre))
            if not distance <= radius:  # farther, or no longer finite: it has left
                return step
    return None
