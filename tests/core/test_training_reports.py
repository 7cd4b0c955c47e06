"""Issue 20 in core: one learning-rate range for both labs, an exploding loss named long before
NaN, test-split scores in the snapshots, a decision grid over any box, and a loss slice that
names its axes when it races."""

from __future__ import annotations

import math

import numpy as np
import pytest

from explorer.core.data import datasets
from explorer.core.nn.history import EXPLOSION_FACTOR, loss_explosion, times_text
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.optim import OPTIMIZERS
from explorer.core.params import LEARNING_RATE_RANGE
from explorer.core.scene import SceneError
from explorer.core.surfaces import grid_surface, surface_from_dict, surface_to_dict

keras = pytest.mark.keras


def test_every_optimizer_offers_the_one_learning_rate_range():
    assert LEARNING_RATE_RANGE == (1e-5, 10.0)
    for spec in OPTIMIZERS.values():
        lr = next(p for p in spec.params if p.name == "learning_rate")
        assert (lr.minimum, lr.maximum, lr.log) == (*LEARNING_RATE_RANGE, True)


# --- an exploding loss --------------------------------------------------------------------------


def test_a_loss_below_a_thousand_times_epoch_one_is_not_exploding():
    assert loss_explosion([]) == ""
    assert loss_explosion([0.7]) == ""
    assert loss_explosion([0.5, 0.4, 499.0]) == ""  # × 998
    assert loss_explosion([0.0, 5.0]) == ""  # no scale to compare with
    assert loss_explosion([math.nan, 1e9]) == ""
    assert EXPLOSION_FACTOR == 1000


def test_an_exploding_loss_is_named_with_its_growth_and_the_cause():
    message = loss_explosion([0.5, 3.0, 600.0])
    assert message.startswith("The loss is exploding (×1,200 since epoch 1, over the ×1,000 "
                              "limit): the learning rate is probably too high.")
    assert "Lower it" in message
    # the brief's run: a learning rate of 10⁶ trained to 6·10²⁰
    assert "×6.1·10²⁰ since epoch 1" in loss_explosion([1.0, 6.1e20])
    assert loss_explosion([1.0, 1e9, 0.5]) == ""  # it came back down: no warning now


def test_growth_factors_read_as_numbers():
    assert times_text(1000) == "1,000"
    assert times_text(999_999) == "999,999"
    assert times_text(6.1e20) == "6.1·10²⁰"
    assert times_text(3e6) == "3·10⁶"


# --- grid surfaces name their axes --------------------------------------------------------------


def _grid(**options):
    xs, ys = np.linspace(-1, 1, 5), np.linspace(-2, 2, 4)
    z = np.add.outer(ys**2, xs**2)
    return grid_surface("slice", xs, ys, z, **options)


def test_a_grid_surface_keeps_its_axis_names_through_a_scene():
    surface = _grid(axis_names=("δ₁  (random direction)", "δ₂  (random direction)"))
    assert surface.axis_names == ("δ₁  (random direction)", "δ₂  (random direction)")
    stored = surface_to_dict(surface)
    assert stored["axis_names"] == ["δ₁  (random direction)", "δ₂  (random direction)"]
    assert surface_from_dict(stored, "race").axis_names == surface.axis_names
    del stored["axis_names"]  # a scene written before axis names: plain x and y
    assert surface_from_dict(stored, "race").axis_names == ()
    assert _grid().axis_names == ()


def test_a_surface_needs_one_name_per_axis():
    with pytest.raises(ValueError, match="2 axis names needed, got 1"):
        _grid(axis_names=("α",))
    stored = surface_to_dict(_grid())
    stored["axis_names"] = ["α"]
    with pytest.raises(SceneError, match="axis names needed"):
        surface_from_dict(stored, "race")


# --- with Keras ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def trained():
    from explorer.core.nn.training import TrainingSession

    data = datasets.load("circle", n_samples=120, seed=0)
    spec = ModelSpec(hidden=(LayerSpec(8, "tanh"),), optimizer="adam", learning_rate=0.05,
                     batch_size=16, epochs=4, seed=1, validation_split=0.25)
    session = TrainingSession(spec, data)
    assert session.run().status == "finished"
    return session


@keras
def test_snapshots_carry_the_test_loss_keras_evaluates(trained):
    snapshot = trained.snapshot()
    expected = trained.evaluate("test")
    assert snapshot.test_loss == pytest.approx(expected["loss"], rel=1e-4)
    assert snapshot.test_accuracy == pytest.approx(expected["accuracy"], abs=1e-6)
    assert snapshot.warning == ""


@keras
def test_the_decision_grid_covers_the_box_it_is_given(trained):
    from explorer.core.nn.forward import forward

    before = trained.snapshot()
    assert before.grid_extent == trained.views.extent
    box = ((-3.0, 5.0), (-1.0, 2.0))
    trained.set_grid_extent(box)
    after = trained.regrid(before)
    assert after.grid_extent == box and after.weights is before.weights
    g = after.grid.shape[0]
    activations = trained.views.activations
    corners = forward(after.weights, activations, np.array([[-3.0, -1.0], [5.0, 2.0]]))[:, 0]
    np.testing.assert_allclose([after.grid[0, 0], after.grid[g - 1, g - 1]], corners, rtol=1e-5)
    assert trained.snapshot().grid_extent == box  # and every snapshot from now on
    trained.set_grid_extent(trained.views.extent)


@keras
@pytest.mark.parametrize(("kind", "names"), [
    ("random", ("δ₁  (random direction)", "δ₂  (random direction)")),
    ("pca", ("PC 1  (of the training path)", "PC 2  (of the training path)")),
    ("interpolation", ("α  (0: initial weights, 1: final)",)),
])
def test_a_slice_races_with_its_directions_as_axis_names(trained, kind, names):
    from explorer.core.nn.landscape import (
        LandscapeSettings,
        iter_session_landscape,
        landscape_surface,
    )
    from explorer.core.progress import run_to_end

    settings = LandscapeSettings(kind=kind, resolution=5, seed=2)
    land = run_to_end(iter_session_landscape(trained, settings))
    assert landscape_surface(land).axis_names == names
