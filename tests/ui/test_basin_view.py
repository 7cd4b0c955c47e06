"""The Optimizer Lab's Basins tab driven like a user would: open it, choose racers, watch the map
fill in, click a start, cancel, save and restore the settings, export the picture."""

import json
import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QImage

from explorer.core.optim import Status
from explorer.core.optim.experiments import hex_rgb
from explorer.core.scene import SceneError
from explorer.ui.labs.optimizer import basin_view

HOLD_LIMIT_S = 60.0


@pytest.fixture
def lab(open_lab):
    lab = open_lab("optimizer")
    lab.set_surface("himmelblau")
    lab.use_suggested_learning_rates()
    return lab


def _small(view, grid=32, steps=60):
    view.grid_box.setValue(grid)
    view.steps_box.setValue(steps)


def _open(lab, view, qtbot):
    lab.view_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: bool(view.results) and not view.busy and not view.debounce.isActive()
                    and all(m is not None and m.complete for m in view.maps()), timeout=30000)


def _click(qtbot, panel, x, y):
    widget_point = panel.plot.mapFromScene(panel.box.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)


def test_the_tab_sits_after_3d_and_maps_three_racers(lab):
    view = lab.experiments.views["basins"]
    assert [lab.view_tabs.tabText(i) for i in range(4)] == ["Surface", "3-D", "Basins",
                                                          "Hyper-parameters"]
    assert lab.view_tabs.indexOf(view) == 2
    assert view.chosen() == [0, 1, 2]
    for box in (*view.racer_boxes, view.grid_box, view.steps_box, view.compute_button,
                view.cancel_button):
        assert box.toolTip()


def test_map_fills_with_the_outcome_colours(lab, qtbot):
    view = lab.experiments.views["basins"]
    _small(view)
    _open(lab, view, qtbot)
    for k, racer in enumerate(view.chosen()):
        basin_map, panel = view.maps()[k], view.panels[k]
        assert basin_map.optimizer == lab.race.racers[racer].optimizer.describe()
        assert basin_map.outcome.shape == (32, 32) and basin_map.complete
        image = panel.image.image
        assert image.shape == (32, 32, 4) and image.dtype == np.ubyte
        assert (image[..., 3] == 255).all()
        for index, outcome in enumerate(basin_map.outcomes):
            cells = basin_map.outcome == index
            colour = hex_rgb(outcome.color)
            pixels = image[cells][:, :3].astype(float)
            if outcome.status == Status.CONVERGED:  # the outcome's colour, darker when slow
                scale = pixels.max(axis=1) / colour.max()
                np.testing.assert_allclose(pixels, scale[:, None] * colour, atol=2)
                assert (scale >= 0.39).all()
            else:  # still running, diverged …: exactly their own colour
                np.testing.assert_array_equal(pixels, np.broadcast_to(colour, pixels.shape))
        assert "%" in panel.legend.text()
    # GD at its suggested rate finds every one of Himmelblau's four minima
    assert sum(o.status == Status.CONVERGED for o in view.maps()[0].outcomes) == 4


def test_changing_the_optimizer_recomputes(lab, qtbot):
    view = lab.experiments.views["basins"]
    _small(view)
    _open(lab, view, qtbot)
    view.racer_boxes[0].setCurrentIndex(view.racer_boxes[0].findData(3))  # Adam
    _open(lab, view, qtbot)
    assert view.chosen()[0] == 3
    assert view.maps()[0].optimizer == lab.race.racers[3].optimizer.describe()
    assert "Adam" in view.panels[0].title.text()
    lab.legend.selectRow(3)  # the hyper-parameter form edits Adam
    lab.racers.edit_selected({**lab.setup.racers[3].hyper, "learning_rate": 0.05})
    assert view.debounce.isActive()  # one job for a burst of edits, after a pause
    _open(lab, view, qtbot)
    assert view.maps()[0].optimizer == lab.race.racers[3].optimizer.describe()
    assert "0.05" in view.maps()[0].optimizer
    lab.set_surface("quartic")  # the tab stays on screen and maps the new surface
    assert lab.view_tabs.currentWidget() is view
    _open(lab, view, qtbot)
    assert view.maps()[0].surface == "quartic" and view.maps()[0].outcome.shape == (1, 32)


def test_quartic_gets_a_strip_under_its_curve(open_lab, qtbot):
    lab = open_lab("optimizer")
    lab.set_surface("quartic")
    view = lab.experiments.views["basins"]
    _small(view, grid=64, steps=0)  # 0: the lab's max steps (200)
    _open(lab, view, qtbot)
    assert view.maps()[0].max_steps == lab.setup.max_steps
    panel = view.panels[0]
    assert panel.image.image.shape == (1, 64, 4)
    xs, values = panel.curve.getData()
    assert len(xs) > 0
    assert panel.image.mapRectToParent(panel.image.boundingRect()).bottom() < np.min(values)
    assert "(−4.34)" in panel.legend.text()


def test_clicking_a_start_races_from_there(lab, qtbot):
    view = lab.experiments.views["basins"]
    _small(view)
    _open(lab, view, qtbot)
    basin_map, panel = view.maps()[1], view.panels[1]
    row, column = 20, 7
    start = basin_map.start(row, column)
    _click(qtbot, panel, *start)
    assert lab.view_tabs.currentIndex() == 0
    assert lab.race.starts[0] == pytest.approx(list(start))
    assert lab.legend.currentRow() == view.chosen()[1]
    assert lab.playing


class Gate:
    """Holds a basin job after its first partial map until the test releases it."""

    def __init__(self) -> None:
        self.holding, self.released = threading.Event(), threading.Event()

    def wrap(self, real):
        gate = self

        def held(*args, **kwargs):
            job = real(*args, **kwargs)
            try:
                while True:
                    item = next(job)
                    yield item
                    if item.partial is not None and not gate.holding.is_set():
                        gate.holding.set()
                        gate.released.wait(HOLD_LIMIT_S)
            except StopIteration as stop:
                return stop.value
            finally:
                job.close()

        return held


@pytest.fixture
def basin_gate(monkeypatch):
    gate = Gate()
    monkeypatch.setattr(basin_view, "iter_basins", gate.wrap(basin_view.iter_basins))
    yield gate
    gate.released.set()


def test_cancel_stops_and_keeps_the_partial_map(lab, qtbot, basin_gate):
    view = lab.experiments.views["basins"]
    view.racer_boxes[1].setCurrentIndex(0)
    view.racer_boxes[2].setCurrentIndex(0)
    _small(view, grid=128, steps=5)  # two bands of 64 rows: the first arrives, then a hold
    lab.view_tabs.setCurrentWidget(view)
    # the first partial map is sent before the job holds: wait for both, in any order
    qtbot.waitUntil(lambda: basin_gate.holding.is_set() and view.partials_drawn == 1,
                    timeout=30000)
    assert view.busy and view.cancel_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.worker.thread.cancelled, timeout=10000):
        basin_gate.released.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    assert "Cancelled" in view.message.text()
    assert not view.cancel_button.isEnabled()
    partial = view.panels[0].map
    assert partial is not None and partial.rows_done == 64 and not partial.complete
    alpha = view.panels[0].image.image[..., 3]
    assert (alpha[:64] == 255).all() and (alpha[64:] == 0).all()


def test_settings_go_into_scenes_and_come_back(lab, qtbot, tmp_path):
    view = lab.experiments.views["basins"]
    view.racer_boxes[0].setCurrentIndex(view.racer_boxes[0].findData(3))
    view.racer_boxes[2].setCurrentIndex(0)
    view.grid_box.setValue(64)
    view.steps_box.setValue(40)
    lab.view_tabs.setCurrentWidget(view)
    state = json.loads(json.dumps(lab.state()))
    assert state["experiments"]["tab"] == "basins"
    assert state["experiments"]["basins"] == {"racers": [3, 1, -1], "grid": 64, "steps": 40}
    view.grid_box.setValue(256)
    view.racer_boxes[0].setCurrentIndex(0)
    lab.view_tabs.setCurrentIndex(0)
    lab.apply_state(state)
    assert view.state() == {"racers": [3, 1, -1], "grid": 64, "steps": 40}
    assert lab.view_tabs.currentWidget() is view
    bad = json.loads(json.dumps(state))
    bad["experiments"]["basins"]["grid"] = 7
    view.grid_box.setValue(96)
    with pytest.raises(SceneError, match="grid"):
        lab.apply_state(bad)
    assert view.grid_box.value() == 96
    old = {k: v for k, v in state.items() if k != "experiments"}  # scenes from before
    lab.apply_state(old)
    assert lab.setup.surface == "himmelblau"


def test_png_export_shows_the_map(lab, qtbot, main_window, tmp_path):
    view = lab.experiments.views["basins"]
    _small(view)
    _open(lab, view, qtbot)
    path = tmp_path / "basins.png"
    main_window.exporter.export_picture(path, QSize(900, 600))
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), 2::-1]
    colourful = pixels.max(axis=-1).astype(int) - pixels.min(axis=-1) > 60  # not grey or white
    assert colourful.sum() > 20_000  # the maps' basins, not just the legend's swatches
    # the figure is the maps and their notes, without the controls; its legend is theirs
    target = lab.export_target()
    assert target is view.printed and target.isAncestorOf(view.hint)
    assert not any(target.isAncestorOf(w) for w in (view.compute_button, view.grid_box,
                                                     *view.racer_boxes))
    info = lab.figure_info()
    assert info.title and info.subtitle == lab.surface.formula  # the surface names the figure
    assert info.legend == () and info.counter == ""
    # an animation from this tab still replays the race, in the race's view
    assert lab.race_view() is lab.view2d and len(lab.race_info().legend) == len(lab.race.racers)


def test_closing_the_window_mid_map_stops_its_thread(lab, qtbot, main_window):
    view = lab.experiments.views["basins"]
    _small(view, grid=512, steps=100_000)  # minutes of work: still running when closed
    lab.view_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.busy, timeout=10000)
    thread = view.worker.thread
    main_window.close()
    assert not thread.isRunning()  # cancelled and joined by the lab's shutdown
