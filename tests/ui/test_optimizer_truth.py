"""The Optimizer Lab reads correctly (issue 20): the distance plot measures to the global
minimum, a runaway does not flatten everyone's curves, undefined cells look undefined, a typed
formula shows all its landmarks, and arrows show magnitudes in colours no racer uses."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from explorer.core.optim import PALETTE, RaceSetup
from explorer.ui.export import image_to_array, render_widget
from explorer.ui.labs.optimizer.arrows import (
    CAP,
    DOWNHILL_COLOUR,
    HIDE_BELOW,
    STEP_COLOUR,
    arrow_lengths,
    arrow_segments,
)
from explorer.ui.labs.optimizer.marks import UNDEFINED_LABEL

SIN_COS = "sin(x)*cos(y) + 0.1*(x^2+y^2)"


@pytest.fixture
def lab(open_lab):
    return open_lab("optimizer")


def _race(lab, setup: RaceSetup, steps: int) -> None:
    """Show ``setup`` replayed to ``steps`` (as a scene would)."""
    setup.max_steps = max(setup.max_steps, steps)
    setup.steps_taken = steps
    lab.apply_state(setup.to_dict())
    assert lab.race.step_count == steps


def _y_range(plot) -> tuple[float, float]:
    return tuple(plot.getViewBox().viewRange()[1])


# --- 1. the quartic's lesson -------------------------------------------------------------------

def test_distance_plot_measures_to_the_global_minimum_and_the_legend_names_the_minimum(lab):
    _race(lab, RaceSetup.for_surface("quartic"), 200)
    curves = lab.curves
    assert curves.distance_plot.titleLabel.text == "distance to the global minimum"
    gap = lab.surface.minima[0][0] - lab.surface.minima[1][0]
    _, gd = curves.distance_lines[0].getData()
    _, rmsprop = curves.distance_lines[2].getData()
    _, adam = curves.distance_lines[3].getData()
    assert gd[-1] == pytest.approx(gap, abs=1e-3)  # stuck in the local minimum: ≈ 10.7, not 0
    assert rmsprop[-1] == pytest.approx(gap, abs=1e-3)
    assert adam[-1] < 0.01
    assert lab.legend.item(0, 2).text() == "converged @164 — local minimum (−4.34)"
    assert lab.legend.item(2, 2).text() == "converged @60 — local minimum (−4.34)"
    assert lab.legend.item(3, 2).text() == "running"
    assert lab.view1d.legend.shown == ["global minimum", "local minimum"]
    kinds = [spot.data() for spot in lab.view1d.landmarks.points()]
    assert sorted(kinds) == ["global minimum", "local minimum"]


# --- 2. a runaway does not flatten the curves ----------------------------------------------------

def test_saddle_escape_is_labelled_and_the_loss_range_keeps_the_plateau(lab):
    _race(lab, RaceSetup.for_surface("saddle"), 150)
    assert lab.legend.item(0, 2).text() == "escaped the saddle; loss unbounded below @80"
    assert lab.legend.item(1, 2).text() == "escaped the saddle; loss unbounded below @37"
    low, high = _y_range(lab.curves.loss_plot)
    assert -5 < low < -3.5 and 3 < high < 4  # the losses seen on the view (x² − y² on ±2)
    _, gd = lab.curves.loss_lines[0].getData()
    assert gd.min() < -3e6  # the curve itself is kept, only the range is clipped
    note = lab.curves.note_text("loss")
    assert note.startswith("y-range clipped: GD η=0.1 ran off to −3.2·10⁶, Momentum η=0.1 to "
                           "−2.1·10⁶")
    assert lab.curves.notes[lab.curves.loss_plot].isVisible()


def test_the_loss_range_resets_when_the_surface_changes(lab):
    _race(lab, RaceSetup.for_surface("saddle"), 150)
    lab.set_surface("himmelblau")
    assert lab.race.step_count == 0
    low, high = _y_range(lab.curves.loss_plot)
    start_loss = float(lab.surface.value(np.array(lab.surface.start)))  # 170 at (0, 0)
    assert low < start_loss < high and high - low < 100  # not ±1.5·10⁶ any more
    assert lab.curves.note_text("loss") == ""


def test_a_diverged_racer_is_clipped_on_both_plots(lab):
    setup = RaceSetup.for_surface("rosenbrock")
    setup.racers[0].hyper["learning_rate"] = 0.1
    _race(lab, setup, 100)
    assert lab.legend.item(0, 2).text().startswith("diverged @")
    _low, high = _y_range(lab.curves.loss_plot)
    assert high < 20  # the start's 12.5 and the others' descent, not GD's 3.6·10⁶
    note = lab.curves.note_text("loss")
    assert note.startswith("y-range clipped: GD η=0.1 ran off to 3.6·10⁶")
    assert lab.curves.note_text("distance").startswith("y-range clipped: GD η=0.1 ran off to")


# --- 5. undefined is not high ---------------------------------------------------------------------

def test_undefined_cells_are_hatched_not_yellow_and_carry_no_contours(qtbot, lab):
    assert lab.set_formula("log(x) + y^2")
    view = lab.view2d
    image = view.image.image
    low, _high = view.image.getLevels()
    left = image[:, :200]  # x < −0.65 on the 512-wide grid over (−3, 3)
    assert np.all(left == np.float32(low))  # the colour map's bottom, hidden under the hatch
    overlay = view.undefined.image
    assert view.undefined.isVisible()
    assert overlay[:, :200, 3].min() == 255 and overlay[:, 300:, 3].max() == 0
    assert np.all(overlay[:, :200, 0] == overlay[:, :200, 2])  # grey: r = b
    xs, _ys = view.contours.getData()
    assert np.nanmin(xs) > -0.05  # no contour line in (or fanning across) the x < 0 half
    assert UNDEFINED_LABEL in view.legend.shown
    # what a person sees: neutral grey at (−2, 0), not the yellow of the highest loss
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 100, timeout=10_000)
    picture = image_to_array(render_widget(view, view.width(), view.height()))
    scene = view.view_box.mapViewToScene(QPointF(-2.0, 0.0))
    pixel = view.mapFromScene(scene)
    red, green, blue = picture[pixel.y(), pixel.x(), :3].astype(int)
    assert abs(red - blue) < 12 and abs(red - green) < 12  # yellow has blue ≪ red


def test_a_racer_started_where_the_loss_is_undefined_says_so(lab):
    assert lab.set_formula("log(x) + y^2")
    lab.set_start((-1.0, 1.0))
    lab.step_once()
    assert [lab.legend.item(k, 2).text() for k in range(4)] == ["undefined at the start"] * 4
    _, losses = lab.curves.loss_lines[0].getData()
    assert not np.isfinite(losses).any()  # nothing to draw, and no error drawing it
    assert _y_range(lab.curves.loss_plot) == pytest.approx((-0.05, 1.05))  # not the last range
    assert lab.curves.note_text("loss") == "no real value to plot: the loss is undefined here"


# --- 6. a typed formula's landmarks ---------------------------------------------------------------

def test_typed_formula_shows_every_minimum_saddle_and_maximum(lab):
    assert lab.set_formula(SIN_COS)
    kinds = [spot.data() for spot in lab.view2d.landmarks.points()]
    assert kinds.count("global minimum") == 1
    assert kinds.count("local minimum") == 2
    assert kinds.count("saddle point") == 4
    assert kinds.count("maximum") == 1
    assert lab.view2d.legend.shown[:4] == ["global minimum", "local minimum", "saddle point",
                                           "maximum"]


# --- 7. arrows: heads, magnitudes, their own colours ----------------------------------------------

def test_arrow_colours_are_no_racers_and_are_in_the_legend(lab):
    assert DOWNHILL_COLOUR not in PALETTE and STEP_COLOUR not in PALETTE
    assert DOWNHILL_COLOUR.upper() not in PALETTE and STEP_COLOUR.upper() not in PALETTE
    lab.set_surface("bowl")
    lab.show_gradient.setChecked(True)
    lab.show_velocity.setChecked(True)
    shown = lab.view2d.legend.shown
    assert lab.view2d.gradient_arrows.name in shown and lab.view2d.velocity_arrows.name in shown
    assert lab.view2d.gradient_arrows.item.opts["pen"].color().name() == DOWNHILL_COLOUR.lower()
    assert lab.view2d.velocity_arrows.item.opts["pen"].color().name() == STEP_COLOUR.lower()


def _shaft_pixels(view, layer) -> np.ndarray:
    xs, ys = layer.getData()
    return np.array([xs[1] - xs[0], ys[1] - ys[0]]) / view.view_box.viewPixelSize()


def test_arrows_have_heads_and_lengths_to_scale_or_capped(lab):
    setup = RaceSetup.for_surface("bowl")
    setup.racers = setup.racers[:1]
    setup.racers[0].hyper["learning_rate"] = 0.02  # a step of 0.25: short enough to draw to scale
    setup.show_gradient = setup.show_velocity = True
    _race(lab, setup, 1)
    view = lab.view2d
    xs, _ = view.gradient_arrows.getData()
    assert len(xs) == 6  # shaft and two barbs
    sx, sy = view.velocity_arrows.getData()
    np.testing.assert_allclose([sx[1] - sx[0], sy[1] - sy[0]], lab.race.last_step[0][0],
                               rtol=1e-9)  # the step itself, to scale
    setup.racers[0].hyper["learning_rate"] = 0.17  # a step of 2.1 on a view 4 high: capped
    _race(lab, setup, 1)
    cap = CAP * min(view.view_box.width(), view.view_box.height())
    shaft = _shaft_pixels(view, view.velocity_arrows)
    assert np.hypot(*shaft) == pytest.approx(cap)
    step = lab.race.last_step[0][0] / view.view_box.viewPixelSize()
    np.testing.assert_allclose(shaft / np.hypot(*shaft), step / np.hypot(*step), atol=1e-9)


def test_downhill_arrows_grow_with_the_slope(lab):
    setup = RaceSetup.for_surface("bowl")
    setup.racers = setup.racers[:1]
    setup.start = (0.0, 0.5)  # |∇L| = 5 …
    setup.show_gradient = True
    _race(lab, setup, 0)
    view = lab.view2d
    short = np.hypot(*_shaft_pixels(view, view.gradient_arrows))
    lab.set_start((0.0, 1.0))  # … and 10: twice as long
    longer = np.hypot(*_shaft_pixels(view, view.gradient_arrows))
    assert longer == pytest.approx(2 * short, rel=1e-9)


def test_a_converged_racer_shows_no_arrow(lab):
    setup = RaceSetup.for_surface("bowl")
    setup.racers = setup.racers[:1]
    setup.show_gradient = setup.show_velocity = True
    _race(lab, setup, 400)
    assert lab.race.status_text(0).startswith("converged @")
    xs, _ = lab.view2d.gradient_arrows.getData()
    vx, _ = lab.view2d.velocity_arrows.getData()
    assert len(xs) == 0 and len(vx) == 0  # a 1e-7 gradient is no direction: no starburst


def test_arrow_lengths_are_proportional_capped_and_hidden_when_tiny():
    lengths = arrow_lengths(np.array([1e-7, 2.0, 20.0, 40.0, 1e9]), view=400.0)
    assert lengths[0] == 0 and lengths[1] == 0  # below HIDE_BELOW · 400 = 4 px
    assert lengths[2] == 20.0 and lengths[3] == 40.0  # proportional
    assert lengths[4] == CAP * 400  # capped
    assert HIDE_BELOW * 400 == 4.0
    segments = arrow_segments(np.zeros((2, 2)), np.array([[1.0, 0.0], [0.0, 1.0]]),
                              np.array([50.0, 0.0]), pixel=(0.01, 0.02))
    assert segments.shape == (6, 2)  # the hidden arrow is not drawn at all
    np.testing.assert_allclose(segments[1], [0.5, 0.0])  # 50 px along x at 0.01 per px


def test_a_scene_in_3d_opens_over_a_1d_race(lab, gl_available):
    """Switching to the scene's 3-D tab draws the race: it must already be the scene's (the
    old 1-D race drawn on the new 2-D surface raised IndexError)."""
    assert lab.surface.dim == 1  # the quartic
    setup = RaceSetup.for_surface("rosenbrock")
    setup.view = "3d"
    _race(lab, setup, 5)
    assert lab.view_tabs.currentIndex() == 1 and lab.view3d is not None
    assert lab.surface.name == "rosenbrock"
