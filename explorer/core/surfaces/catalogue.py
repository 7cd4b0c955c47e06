"""Loss surfaces the optimizers race on: value, analytic gradient, domain and landmarks.

Every built-in surface has a hand-derived gradient (no finite differences), so what students see
is the optimizer's behaviour, not numerical noise. Each one also knows where its minima and
saddle points are, where a race should start and a learning rate at which plain gradient descent
behaves, so a lab can open on something instructive.

This module is the catalogue (``SURFACES``, ``get``); it also re-exports ``Surface`` and
``custom``. The pieces live in :mod:`explorer.core.surfaces.surface` (the ``Surface`` type and its
helpers), :mod:`explorer.core.surfaces.functions` (the analytic functions),
:mod:`explorer.core.surfaces.regression` (the data-driven surface) and
:mod:`explorer.core.surfaces.custom` (typed formulas).
"""

from __future__ import annotations

from dataclasses import replace

from explorer.core.formula import FormulaError
from explorer.core.i18n import tr_noop
from explorer.core.surfaces.custom import custom
from explorer.core.surfaces.formulas import CATALOGUE_FORMULAS, exact_hessian
from explorer.core.surfaces.functions import (
    ackley,
    ackley_gradient,
    ackley_minima,
    beale,
    beale_gradient,
    booth,
    booth_gradient,
    bowl,
    bowl_gradient,
    goldstein_price,
    goldstein_price_gradient,
    himmelblau,
    himmelblau_gradient,
    mirrored,
    monkey_saddle,
    monkey_saddle_gradient,
    plateau,
    plateau_gradient,
    quartic,
    quartic_gradient,
    quartic_landmarks,
    rastrigin,
    rastrigin_gradient,
    rastrigin_minima,
    rosenbrock,
    rosenbrock_gradient,
    saddle,
    saddle_gradient,
    six_hump_camel,
    six_hump_camel_gradient,
    styblinski_tang,
    styblinski_tang_gradient,
    styblinski_tang_landmarks,
    two_wells,
    two_wells_gradient,
)
from explorer.core.surfaces.regression import (
    REGRESSION_CSV,
    load_regression_data,
    regression_surface,
)
from explorer.core.surfaces.surface import Surface, make_surface

__all__ = ["REGRESSION_CSV", "SURFACES", "FormulaError", "Surface", "custom", "get"]


def _build() -> dict[str, Surface]:
    quartic_minima, quartic_humps = quartic_landmarks()
    tang_minima, tang_saddles = styblinski_tang_landmarks()
    surfaces = [
        make_surface(
            quartic,
            quartic_gradient,
            name="quartic",
            title=tr_noop("Surfaces", "Quartic (1-D): a local and a global minimum"),
            formula="L(x) = (x−9)·x·(x+1)·(x+6)/200 + 4",
            domain=((-10, 10),),
            start=(-8,),
            minima=quartic_minima,
            saddles=quartic_humps,
            learning_rate=0.1,
            description=tr_noop(
                "Surfaces",
                "Gradient descent from the left settles in the local minimum near −4.3; "
                "momentum or Adam can carry it over the hump to the global one near 6.3."
            ),
        ),
        make_surface(
            saddle,
            saddle_gradient,
            name="saddle",
            title=tr_noop("Surfaces", "Saddle point"),
            formula="L(x, y) = x² − y²",
            domain=((-2, 2), (-2, 2)),
            start=(-1.8, 1e-3),
            minima=(),
            saddles=((0, 0),),
            learning_rate=0.1,
            n_global=0,
            unbounded_below=True,
            description=tr_noop(
                "Surfaces",
                "The gradient vanishes at the origin, but it is no minimum: starting just off "
                "the x-axis, optimizers slow down near the saddle and then escape along y."
            ),
        ),
        make_surface(
            monkey_saddle,
            monkey_saddle_gradient,
            name="monkey_saddle",
            title=tr_noop("Surfaces", "Monkey saddle"),
            formula="L(x, y) = x³ − 3·x·y²",
            domain=((-2, 2), (-2, 2)),
            start=(1.8, 0.01),
            minima=(),
            saddles=((0, 0),),
            learning_rate=0.02,
            n_global=0,
            unbounded_below=True,
            description=tr_noop(
                "Surfaces",
                "A flatter saddle with three valleys: the gradient near the origin is tiny in "
                "every direction, so plain gradient descent lingers there."
            ),
        ),
        make_surface(
            bowl,
            bowl_gradient,
            name="bowl",
            title=tr_noop("Surfaces", "Elongated bowl"),
            formula="L(x, y) = (x² + 10·y²)/2",
            domain=((-3, 3), (-2, 2)),
            start=(-2.5, 1.2),
            minima=((0, 0),),
            learning_rate=0.17,
            description=tr_noop(
                "Surfaces",
                "Ten times steeper along y than along x: gradient descent zig-zags across the "
                "valley; momentum and adaptive methods go straight down it."
            ),
        ),
        make_surface(
            rosenbrock,
            rosenbrock_gradient,
            name="rosenbrock",
            title=tr_noop("Surfaces", "Rosenbrock's banana valley"),
            formula="L(x, y) = (1 − x)² + 100·(y − x²)²",
            domain=((-2, 2), (-1, 3)),
            start=(-1.5, 2),
            minima=((1, 1),),
            learning_rate=1e-3,
            log_scale=True,
            description=tr_noop(
                "Surfaces",
                "Finding the curved valley is easy; following its nearly flat floor to (1, 1) "
                "is slow for gradient descent."
            ),
        ),
        make_surface(
            beale,
            beale_gradient,
            name="beale",
            title=tr_noop("Surfaces", "Beale function"),
            formula="L(x, y) = (1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)²",
            domain=((-4.5, 4.5), (-4.5, 4.5)),
            start=(1, 1.5),
            minima=((3, 0.5),),
            saddles=((0, 1), (0.10053793732415843, -2.644513585023124)),
            learning_rate=1e-3,
            log_scale=True,
            description=tr_noop(
                "Surfaces",
                "Steep walls and flat shelves around a narrow valley ending at (3, 0.5).",
            ),
        ),
        make_surface(
            booth,
            booth_gradient,
            name="booth",
            title=tr_noop("Surfaces", "Booth function"),
            formula="L(x, y) = (x + 2·y − 7)² + (2·x + y − 5)²",
            domain=((-10, 10), (-10, 10)),
            start=(-8, 8),
            minima=((1, 3),),
            learning_rate=0.05,
            description=tr_noop(
                "Surfaces",
                "A tilted quadratic bowl: curvature 9 times larger along one diagonal.",
            ),
        ),
        make_surface(
            himmelblau,
            himmelblau_gradient,
            name="himmelblau",
            title=tr_noop("Surfaces", "Himmelblau function: four equal minima"),
            formula="L(x, y) = (x² + y − 11)² + (x + y² − 7)²",
            domain=((-5, 5), (-5, 5)),
            start=(0, 0),
            minima=(
                (3, 2),
                (-2.805118086952745, 3.131312518250573),
                (-3.779310253377747, -3.2831859912861696),
                (3.5844283403304917, -1.8481265269644036),
            ),
            saddles=(
                (3.385154183607021, 0.0738518798377493),
                (0.08667750455539634, 2.884254701174776),
                (-3.0730257507643897, -0.08135304428796751),
                (-0.12796134673068008, -1.9537149802445766),
            ),
            learning_rate=0.01,
            n_global=4,
            description=tr_noop(
                "Surfaces",
                "Four minima of equal depth: which one you reach depends on the start.",
            ),
        ),
        make_surface(
            rastrigin,
            rastrigin_gradient,
            name="rastrigin",
            title=tr_noop("Surfaces", "Rastrigin function: an egg-crate of local minima"),
            formula="L(x, y) = 20 + x² − 10·cos(2πx) + y² − 10·cos(2πy)",
            domain=((-5.12, 5.12), (-5.12, 5.12)),
            start=(-4.5, 4.2),
            minima=rastrigin_minima(),
            learning_rate=1e-3,
            description=tr_noop(
                "Surfaces",
                "A bowl covered in ripples: a local minimum next to every integer point. "
                "Gradient methods get stuck in the nearest one."
            ),
        ),
        make_surface(
            ackley,
            ackley_gradient,
            name="ackley",
            title=tr_noop("Surfaces", "Ackley function"),
            formula=(
                "L(x, y) = −20·exp(−0.2·√((x² + y²)/2)) − exp((cos 2πx + cos 2πy)/2) + e + 20"
            ),
            domain=((-5, 5), (-5, 5)),
            start=(-1.5, 3.5),
            minima=ackley_minima(),
            learning_rate=0.01,
            description=tr_noop(
                "Surfaces",
                "A nearly flat, rippled plain with a sharp funnel at the origin; the funnel's "
                "tip is a kink where the gradient jumps."
            ),
        ),
        make_surface(
            six_hump_camel,
            six_hump_camel_gradient,
            name="six_hump_camel",
            title=tr_noop("Surfaces", "Six-hump camel function"),
            formula="L(x, y) = (4 − 2.1·x² + x⁴/3)·x² + x·y + (4·y² − 4)·y²",
            domain=((-2, 2), (-1, 1)),
            start=(-1.9, -0.6),
            minima=mirrored(
                (0.08984201310031806, -0.7126564030207396),
                (1.7036067149699814, -0.7960835686726252),
                (1.6071047529201976, 0.5686514548841313),
            ),
            saddles=(
                (0, 0),
                *mirrored(
                    (1.1092053368047863, -0.7682680925095399),
                    (1.6380679841897785, 0.22867406904439405),
                    (1.2960702671671094, 0.6050843880386585),
                ),
            ),
            learning_rate=0.01,
            n_global=2,
            description=tr_noop(
                "Surfaces",
                "Two global minima, four local ones and saddles in between.",
            ),
        ),
        make_surface(
            styblinski_tang,
            styblinski_tang_gradient,
            name="styblinski_tang",
            title=tr_noop("Surfaces", "Styblinski–Tang function"),
            formula="L(x, y) = (x⁴ − 16·x² + 5·x + y⁴ − 16·y² + 5·y)/2",
            domain=((-5, 5), (-5, 5)),
            start=(4.5, 4.5),
            minima=tang_minima,
            saddles=tang_saddles,
            learning_rate=0.01,
            description=tr_noop(
                "Surfaces",
                "Four minima of different depth; the deepest is at (−2.90, −2.90), the start "
                "is above the shallowest."
            ),
        ),
        make_surface(
            goldstein_price,
            goldstein_price_gradient,
            name="goldstein_price",
            title=tr_noop("Surfaces", "Goldstein–Price function"),
            formula=(
                "L(x, y) = [1 + (x+y+1)²·(19 − 14x + 3x² − 14y + 6xy + 3y²)]"
                " · [30 + (2x−3y)²·(18 − 32x + 12x² + 48y − 36xy + 27y²)]"
            ),
            domain=((-2, 2), (-2, 2)),
            start=(-1.5, -1.5),
            minima=((0, -1), (-0.6, -0.4), (1.8, 0.2), (1.2, 0.8)),
            saddles=((-0.4, -0.6), (1.2, -0.2), (1.4, 0.6), (0.6, 0.4)),
            learning_rate=1e-5,
            log_scale=True,
            description=tr_noop(
                "Surfaces",
                "Values span six orders of magnitude (see the log colour scale); the global "
                "minimum L(0, −1) = 3 hides among local ones."
            ),
        ),
        make_surface(
            two_wells,
            two_wells_gradient,
            name="two_wells",
            title=tr_noop("Surfaces", "Two wells of different depth"),
            formula=(
                "L(x, y) = 0.05·(x² + y²) − 2·exp(−((x−2)² + (y−1)²))"
                " − 1.2·exp(−((x+2)² + (y+1.5)²)/0.8)"
            ),
            domain=((-4, 4), (-4, 4)),
            start=(-3.5, 1.0),
            minima=(
                (1.9510769258718004, 0.9755384629353208),
                (-1.9349661235103088, -1.4512245929340897),
            ),
            saddles=((-0.4829911571315653, -0.3670377052325392),),
            learning_rate=0.1,
            description=tr_noop(
                "Surfaces",
                "A wide bowl with a deep well and a shallow one: where you end up depends on "
                "the start and on how much momentum carries you over the ridge."
            ),
        ),
        make_surface(
            plateau,
            plateau_gradient,
            name="plateau",
            title=tr_noop("Surfaces", "Plateau: a well in a flat plain"),
            formula="L(x, y) = 1 − exp(−(x² + y²)/2)",
            domain=((-5, 5), (-5, 5)),
            start=(-4, 2.5),
            minima=((0, 0),),
            learning_rate=0.5,
            description=tr_noop(
                "Surfaces",
                "Far from the well the gradient is almost zero: gradient descent barely moves, "
                "while Adam rescales the tiny gradient and walks straight in."
            ),
        ),
        regression_surface(load_regression_data()),
    ]
    return {surface.name: replace(surface, hessian_xy=exact_hessian(surface.name, surface.dim))
            if surface.name in CATALOGUE_FORMULAS else surface for surface in surfaces}


SURFACES: dict[str, Surface] = _build()
"""Built-in surfaces by name, in display order."""


def get(name: str) -> Surface:
    """The built-in surface called name; a ValueError lists the valid names otherwise."""
    try:
        return SURFACES[name]
    except (KeyError, TypeError):
        names = ", ".join(SURFACES)
        hint = " (use custom(text) for a typed formula)" if name == "custom" else ""
        raise ValueError(f"unknown surface {name!r}{hint}; choose one of: {names}") from None
