"""The Optimizer Lab's Hyper-parameters tab driven like a user would: the learning-rate range
test, the map over learning rate × momentum with its stability limit, hovering, clicking a cell,
the colour modes, scenes."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from explorer.core.optim import Status
from explorer.core.scene import SceneError


@pytest.fixture
def lab(open_lab):
    lab = open_lab("optimizer")
    lab.set_surface("himmelblau")
    lab.use_suggested_learning_rates()
    return lab


def _wait(view, qtbot):
    qtbot.waitUntil(lambda: bool(view.results) and not view.busy
                    and not view.debounce.isActive()
                    and all(s is not None and s.complete for s in view.results), timeout=30000)


def _momentum_map(lab, view, qtbot):
    view.racer_box.setCurrentIndex(view.racer_box.findData(1))  # Momentum
    view.param_box.setCurrentIndex(view.param_box.findData("momentum"))
    view.lr_count.setValue(12)
    view.param_count.setValue(5)
    view.steps_box.setValue(80)
    lab.view_tabs.setCurrentWidget(view)
    _wait(view, qtbot)
    return view.results[0]


def test_range_test_draws_a_curve_per_racer(lab, qtbot):
    view = lab.experiments.views["sweep"]
    assert lab.view_tabs.indexOf(view) == 3
    view.lr_count.setValue(10)
    view.steps_box.setValue(50)
    lab.view_tabs.setCurrentWidget(view)
    _wait(view, qtbot)
    assert view.figure.currentWidget() is view.range_test
    assert len(view.results) == len(lab.race.racers) == 4
    for k, sweep in enumerate(view.results):
        assert sweep.param is None and sweep.losses.shape == (1, 10)
        xs, _ = view.range_test.curves[k].getData()
        np.testing.assert_allclose(xs, np.log10(sweep.learning_rates.values))
    assert view.results[0].learning_rates.values[0] == pytest.approx(1e-4)
    assert "2/λmax" in view.limit_note.text()
    gd_line = view.range_test.limits[0]
    assert gd_line.isVisible()
    assert 10 ** gd_line.value() == pytest.approx(view.results[0].limits.gd)
    # an exported figure names each curve (the optimizer, not the η it sweeps), the plot and
    # its note without the controls
    legend = lab.figure_info().legend
    assert [(e.color, e.text, e.shape) for e in legend] == [
        (r.color, r.optimizer.spec.title, "line") for r in lab.race.racers]
    assert lab.export_target() is view.printed and view.printed.isAncestorOf(view.limit_note)
    assert not view.printed.isAncestorOf(view.lr_count)


def test_map_over_momentum_with_the_heavy_ball_limit(lab, qtbot):
    view = lab.experiments.views["sweep"]
    sweep = _momentum_map(lab, view, qtbot)
    assert view.figure.currentWidget() is view.map
    assert sweep.optimizer == "momentum" and sweep.param.name == "momentum"
    racer = lab.race.racers[1]  # the figure's legend: the racer mapped, its ring a ball
    assert [(e.text, e.shape) for e in lab.figure_info().legend] == [(racer.name, "ball")]
    assert sweep.losses.shape == (5, 12)
    xs, ys = view.map.limit.getData()
    np.testing.assert_allclose(10 ** xs, sweep.limits.heavy_ball(sweep.param.values))
    np.testing.assert_allclose(ys, sweep.param.values)
    assert view.map.limit.toolTip() == view.limit_note.text() != ""
    # theory holds: every cell beyond the limit diverged; the smallest rates never do
    beyond = sweep.learning_rates.values[None, :] > (10 ** xs)[:, None]
    assert beyond.any() and (sweep.status[beyond] == Status.DIVERGED).all()
    assert (sweep.status[:, 0] != Status.DIVERGED).all()


def test_colour_modes_and_hover(lab, qtbot):
    view = lab.experiments.views["sweep"]
    sweep = _momentum_map(lab, view, qtbot)
    image = view.map.image.image
    assert image.shape == (5, 12) and image.dtype == np.float32
    view.colour_box.setCurrentIndex(view.colour_box.findData("diverged"))
    overlay = view.map.overlay.image
    assert (overlay[..., 3] == 255).all()  # every cell by its status only
    assert not view.map.colour_bar.isVisible()
    view.colour_box.setCurrentIndex(view.colour_box.findData("steps"))
    converged = sweep.status == Status.CONVERGED
    np.testing.assert_array_equal(view.map.image.image[converged], sweep.steps[converged])
    row, column = 2, 4
    view.map.hovered.emit(float(np.log10(sweep.learning_rates.values[column])),
                          float(sweep.param.values[row]))
    text = view.readout.text()
    assert text == view.cell_text(sweep, row, column)
    assert "η = " in text and "momentum = " in text and "steps" in text


def test_clicking_a_cell_gives_the_racer_that_setting(lab, qtbot):
    view = lab.experiments.views["sweep"]
    sweep = _momentum_map(lab, view, qtbot)
    row, column = 3, 2
    x = float(np.log10(sweep.learning_rates.values[column]))
    point = view.map.mapFromScene(view.map.box.mapViewToScene(QPointF(x, sweep.param.values[row])))
    qtbot.mouseClick(view.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    hyper = sweep.cell_hyper(row, column)
    assert lab.setup.racers[1].hyper["learning_rate"] == pytest.approx(hyper["learning_rate"])
    assert lab.setup.racers[1].hyper["momentum"] == pytest.approx(hyper["momentum"])
    assert lab.race.racers[1].optimizer.hyper["learning_rate"] == pytest.approx(
        hyper["learning_rate"])
    assert lab.view_tabs.currentIndex() == 0 and lab.playing
    # the map does not depend on the racer's own learning rate: no recompute when shown again
    lab.view_tabs.setCurrentWidget(view)
    assert not view.debounce.isActive() and not view.busy


def test_settings_go_into_scenes_and_come_back(lab, qtbot):
    view = lab.experiments.views["sweep"]
    view.racer_box.setCurrentIndex(view.racer_box.findData(1))
    view.param_box.setCurrentIndex(view.param_box.findData("momentum"))
    view.param_high.setValue(0.8)
    view.lr_count.setValue(20)
    view.colour_box.setCurrentIndex(view.colour_box.findData("steps"))
    lab.view_tabs.setCurrentWidget(view)
    state = json.loads(json.dumps(lab.state()))
    saved = state["experiments"]["sweep"]
    assert saved["param"] == "momentum" and saved["param_high"] == 0.8
    assert saved["racer"] == 1 and saved["lr_count"] == 20 and saved["colour"] == "steps"
    view.param_box.setCurrentIndex(0)
    view.lr_count.setValue(64)
    lab.view_tabs.setCurrentIndex(0)
    lab.apply_state(state)
    assert view.state() == saved
    assert lab.experiments.state()["tab"] == "sweep"
    for key, value in (("param", "beta_1"), ("colour", "rainbow"), ("lr_low", 0.0)):
        bad = json.loads(json.dumps(state))
        bad["experiments"]["sweep"][key] = value
        with pytest.raises(SceneError, match=key):
            lab.apply_state(bad)
    assert view.state() == saved
