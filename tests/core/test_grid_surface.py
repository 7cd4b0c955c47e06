"""The grid surface a landscape race is restored as: exact on the grid, consistent gradient."""

import json

import numpy as np
import pytest

from explorer.core.optim import RaceSetup
from explorer.core.scene import SceneError
from explorer.core.surfaces import grid_surface, surface_from_dict, surface_to_dict


def _bowl():
    xs = np.linspace(-2, 2, 21)
    ys = np.linspace(-1, 3, 17)
    z = (xs[None, :] - 0.4) ** 2 + 2 * (ys[:, None] - 1.0) ** 2
    return xs, ys, z, grid_surface("bowl on a grid", xs, ys, z, start=(-1.5, 2.5))


def test_values_on_the_grid_are_exact_and_between_are_bilinear():
    xs, ys, z, surface = _bowl()
    X, Y = np.meshgrid(xs, ys)
    np.testing.assert_allclose(surface.value(np.stack([X, Y], -1)), z, atol=1e-12)
    midpoint = surface.value(np.array([(xs[3] + xs[4]) / 2, ys[5]]))
    assert midpoint == pytest.approx((z[5, 3] + z[5, 4]) / 2)


def test_gradient_matches_central_differences_inside_cells():
    _, _, _, surface = _bowl()
    rng = np.random.default_rng(0)
    points = np.column_stack([rng.uniform(-1.9, 1.9, 30), rng.uniform(-0.9, 2.9, 30)])
    h = 1e-6
    for point in points:
        numeric = [(surface.value(point + h * e) - surface.value(point - h * e)) / (2 * h)
                   for e in np.eye(2)]
        np.testing.assert_allclose(surface.gradient(point), numeric, rtol=1e-4, atol=1e-6)


def test_minimum_start_and_grid_resampling():
    _, _, z, surface = _bowl()
    assert surface.minima[0] == pytest.approx((0.4, 1.0))
    assert surface.start == (-1.5, 2.5)
    _, _, values = surface.grid(64)
    assert values.shape == (64, 64) and values.dtype == np.float32
    assert values.min() == pytest.approx(z.min(), abs=0.05)


def test_landscape_race_round_trips_through_a_scene():
    _, _, _, surface = _bowl()
    setup = RaceSetup.for_landscape(surface, max_steps=50)
    text = json.dumps(setup.to_dict())
    restored = RaceSetup.from_dict(json.loads(text))
    assert restored.surface == "landscape" and restored.racers == setup.racers
    again = restored.build_surface()
    np.testing.assert_allclose(again.precomputed[2], surface.precomputed[2], atol=1e-6)
    race_a, race_b = setup.build_race(), restored.build_race()
    race_a.step(20)
    race_b.step(20)
    np.testing.assert_allclose(race_a.positions[3], race_b.positions[3], atol=1e-5)


@pytest.mark.parametrize(
    ("landscape", "message"),
    [(None, "must be an object"), ({"title": "x"}, "unusable"),
     ({"title": "x", "xs": [0, 1], "ys": [0, 1], "z": [[1, float("nan")], [1, 1]],
       "start": [0, 0], "minima": []}, "finite")],
)
def test_broken_stored_landscapes_are_refused(landscape, message):
    with pytest.raises(SceneError, match=message):
        surface_from_dict(landscape, "optimizer lab")


def test_to_dict_needs_a_grid():
    from explorer.core.surfaces import get

    with pytest.raises(ValueError, match="precomputed"):
        surface_to_dict(get("booth"))
