"""Loss surfaces: the :class:`Surface` type, the catalogue (``get("rosenbrock")``), the user's
own formulas (``custom``), the regression MSE over a data set, and surfaces sampled on a grid
(a network's loss slice)."""

from explorer.core.surfaces.catalogue import REGRESSION_CSV, SURFACES, custom, get
from explorer.core.surfaces.grid import grid_surface, surface_from_dict, surface_to_dict
from explorer.core.surfaces.surface import (
    Landmark,
    Point,
    Surface,
    as_points,
    make_surface,
    newton_refine,
)

__all__ = [
    "REGRESSION_CSV", "SURFACES", "Landmark", "Point", "Surface", "as_points", "custom", "get",
    "grid_surface", "make_surface", "newton_refine", "surface_from_dict", "surface_to_dict",
]
