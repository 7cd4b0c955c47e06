"""The catalogue's surfaces written in the formula parser's language.

One text per surface serves twice: the formula's symbolic second derivatives give the catalogue
exact Hessians (curvature, stability limits), and the code export emits the same tree as
TensorFlow ops. A test checks each against the numpy value and gradient.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explorer.core.formula import parse

# Operation for operation as explorer.core.surfaces.functions computes them (so values agree
# to the last bits or nearly).
CATALOGUE_FORMULAS = {
    "quartic": "(x - 9)*x*(x + 1)*(x + 6)/200 + 4",
    "saddle": "x^2 - y^2",
    "monkey_saddle": "x^3 - 3*x*y^2",
    "bowl": "0.5*(x^2 + 10*y^2)",
    "rosenbrock": "(1 - x)^2 + 100*(y - x^2)^2",
    "beale": "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
    "booth": "(x + 2*y - 7)^2 + (2*x + y - 5)^2",
    "himmelblau": "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
    "rastrigin": "20 + (x^2 - 10*cos(2*pi*x)) + (y^2 - 10*cos(2*pi*y))",
    "ackley": ("-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y)))"
               " + e + 20"),
    "six_hump_camel": "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
    "styblinski_tang": "0.5*((x^4 - 16*x^2 + 5*x) + (y^4 - 16*y^2 + 5*y))",
    "goldstein_price": ("(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
                        "*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))"),
    "two_wells": ("0.05*(x^2 + y^2) - 2*(exp(-(x - 2)^2)*exp(-(y - 1)^2))"
                  " - 1.2*(exp(-(x + 2)^2/0.8)*exp(-(y + 1.5)^2/0.8))"),
    "plateau": "1 - exp(-x^2/2)*exp(-y^2/2)",
}


def exact_hessian(name: str, dim: int) -> Callable[..., tuple[tuple[np.ndarray, ...], ...]]:
    """``hessian_xy`` for catalogue surface ``name``: its formula's symbolic second derivatives
    (rows of the Hessian; one row of one entry for a 1-D surface)."""
    formula = parse(CATALOGUE_FORMULAS[name])
    if dim == 1:
        return lambda x: ((formula.hessian(x, np.zeros_like(x))[0][0],),)
    return formula.hessian
