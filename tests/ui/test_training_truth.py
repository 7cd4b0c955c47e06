"""Issue 20 in the Training Lab: every field says its range, an exploding loss is named, a run
ends with its scores, the curves and captions tell the truth, the Landscape tab fits and names
what it shows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.params import LEARNING_RATE_RANGE
from explorer.core.surfaces import grid_surface
from explorer.ui.labs.training.curves import MIN_TICK_PX
from explorer.ui.labs.training.smoothing import smooth

SMALL = ModelSpec(hidden=(LayerSpec(6, "tanh"),), optimizer="adam", learning_rate=0.02,
                  batch_size=16, epochs=6, seed=0)
# A linear model under mse with plain SGD at 0.3 on the circle's raw coordinates: the loss
# grows about ×10 an epoch (1.85, 8.5, 77, 842, 9,700, …) and stays finite for many epochs.
EXPLODING = ModelSpec(hidden=(), output_activation="linear", loss="mse", metrics=("mae",),
                      optimizer="sgd", learning_rate=0.3, batch_size=64, epochs=12)


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


def _setup(lab, data: dict, spec: ModelSpec = SMALL) -> None:
    lab.apply_state({"data": data, "model": spec.to_dict()})


def _wait_snapshot(qtbot, lab, predicate, timeout=60_000):
    """Wait (on the lab's signal) until the latest snapshot satisfies ``predicate``."""
    while not (lab.latest is not None and predicate(lab.latest)):
        with qtbot.waitSignal(lab.snapshot_received, timeout=timeout):
            pass
    return lab.latest


def _train_to_end(qtbot, lab) -> str:
    with qtbot.waitSignal(lab.run_finished, timeout=120_000) as blocker:
        lab.train()
    _draw(lab)
    return blocker.args[0]


def _draw(lab) -> None:
    """Draw the latest snapshot now, every curve included (the render timer spreads them)."""
    lab.render.draw(force=True)
    lab.curves.redraw()


def _type(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


# --- 9: learning rate, batch size and epochs say their range ----------------------------------


def test_the_learning_rate_field_has_the_optimizer_labs_range(lab):
    box = lab.model_panel.learning_rate
    assert (box.minimum(), box.maximum()) == LEARNING_RATE_RANGE == (1e-5, 10.0)
    assert "learning rate must be between 1e-05 and 10." in box.toolTip()
    assert "batch size must be between 1 and 1,000,000." in lab.model_panel.batch_size.toolTip()
    assert "epochs must be between 1 and 1,000,000." in lab.model_panel.epochs.toolTip()


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("learning_rate", "1000000", "learning rate must be between 1e-05 and 10: 1000000 was not "
                                 "taken"),
    ("batch_size", "0", "batch size must be between 1 and 1,000,000: 0 was not taken"),
    ("epochs", "2000000", "epochs must be between 1 and 1,000,000: 2000000 was not taken"),
])
def test_a_value_out_of_range_is_refused_aloud_and_the_last_one_stays(qtbot, lab, field, typed,
                                                                      message):
    panel = lab.model_panel
    lab.left_tabs.setCurrentIndex(1)
    box = getattr(panel, field)
    before, spec = box.value(), lab.spec
    _type(qtbot, box, typed)
    assert box.value() == before and lab.spec == spec
    assert panel.range_note.isVisibleTo(panel)
    assert panel.range_note.text() == f"⚠ {message}."
    _type(qtbot, box, "2")  # a valid value: taken, and the note goes
    assert box.value() == 2 and not panel.range_note.isVisibleTo(panel)


def test_a_scene_rate_outside_the_range_is_named_not_hidden(lab):
    _setup(lab, {"dataset": "circle"}, SMALL.with_changes(learning_rate=1e6))
    panel = lab.model_panel
    assert panel.learning_rate.value() == 10.0 and lab.spec.learning_rate == 10.0
    assert panel.range_note.text() == ("⚠ learning rate must be between 1e-05 and 10: 1e+06 "
                                       "became 10.")


def test_an_exploding_loss_is_named_while_the_run_goes_on(qtbot, lab):
    _setup(lab, {"dataset": "circle", "n_samples": 60}, EXPLODING)
    lab.step_epoch()
    _wait_snapshot(qtbot, lab, lambda s: s.state == "paused" and s.epoch == 1)
    for epoch in range(2, 6):
        lab.step_epoch()
        s = _wait_snapshot(qtbot, lab, lambda s, e=epoch: s.state == "paused" and s.epoch == e)
    _draw(lab)
    losses = s.history["loss"]
    assert losses[-1] / losses[0] > 1000 > losses[-2] / losses[0]  # crossed at epoch 5
    message = lab.transport.message.text()
    assert lab.transport.is_error and lab.runner.active  # said, and not stopped
    assert message.startswith("⚠ The loss is exploding (×")
    assert f"×{losses[-1] / losses[0]:,.0f} since epoch 1" in message
    assert "the learning rate is probably too high" in message
    with qtbot.waitSignal(lab.run_finished, timeout=60_000) as blocker:
        lab.train()  # resume to the end: still said when it finishes
    assert blocker.args == ["finished"]
    message = lab.transport.message.text()
    assert message.startswith("⚠ Finished 12 epochs") and "The loss is exploding" in message


# --- 10: a boundary run ends with its scores ----------------------------------------------------


def test_a_finished_boundary_run_shows_every_splits_loss_and_accuracy(qtbot, lab):
    _setup(lab, {"dataset": "circle", "n_samples": 120}, SMALL.with_changes(validation_split=0.25))
    assert _train_to_end(qtbot, lab) == "finished"
    s = lab.latest
    expected = lab.session.evaluate("test")
    text = lab.boundary.scores.text()
    h = s.history
    assert text.startswith("Finished, 6 epochs: ")
    assert f"<b>training</b> loss {h['loss'][-1]:.4f}, accuracy {100 * h['accuracy'][-1]:.1f} %" \
        in text
    assert f"<b>validation</b> loss {h['val_loss'][-1]:.4f}, accuracy " \
        f"{100 * h['val_accuracy'][-1]:.1f} %" in text
    assert f"<b>test</b> loss {expected['loss']:.4f}, accuracy " \
        f"{100 * expected['accuracy']:.1f} %" in text
    assert lab.transport.progress.counter.text() == "Finished: 6 epochs"
    assert "batch" not in lab.transport.progress.counter.text()
    assert "validation" in lab.curves.legend.text()


# --- 11: the legend and the smoothing -----------------------------------------------------------


def test_the_validation_entry_appears_only_with_a_validation_curve(qtbot, lab):
    _setup(lab, {"dataset": "circle", "n_samples": 120}, SMALL.with_changes(epochs=2))
    assert "validation" not in lab.curves.legend.text()
    assert _train_to_end(qtbot, lab) == "finished"
    assert len(lab.curves.data("loss")["train_raw"]) == 2
    assert len(lab.curves.data("loss")["val_raw"]) == 0
    assert "validation" not in lab.curves.legend.text()
    assert "training" in lab.curves.legend.text()


def test_smoothing_shows_a_short_run_as_it_is():
    boston = np.array([600.0, 300.0, 100.0])  # TensorBoard's 0.6 made epoch 3 read ≈ 253
    np.testing.assert_array_equal(smooth(boston, 0.6), boston)
    np.testing.assert_array_equal(smooth(np.full(40, 7.0), 0.9), np.full(40, 7.0))
    values = np.arange(1.0, 31.0)
    out = smooth(values, 0.6)
    np.testing.assert_array_equal(out[:10], values[:10])  # the first ten points are raw
    expected = 10.0  # then w_t = min(0.6, 1 − 10 / t): 1/11, 1/6, 3/13, …, 0.6 from t = 25
    for t in range(11, 31):
        w = min(0.6, 1 - 10 / t)
        expected = w * expected + (1 - w) * t
        assert out[t - 1] == pytest.approx(expected, rel=1e-12)
    assert out[-1] == pytest.approx(28.51, abs=0.01)  # lags the raw 30 by ~1.5 epochs


# --- 12: a new data set or model forgets the old run's pictures ---------------------------------


def test_changing_the_data_clears_the_previous_runs_curves_and_captions(qtbot, lab):
    spec = SMALL.with_changes(hidden=(LayerSpec(64, "relu"),), epochs=2)
    _setup(lab, {"dataset": "circle", "n_samples": 120}, spec)
    assert lab.boundary.maps_title.text().startswith("First hidden layer: 64 neurons. Train")
    assert _train_to_end(qtbot, lab) == "finished"
    qtbot.waitUntil(lambda: "each of its 64 neurons" in lab.boundary.maps_title.text())
    assert len(lab.curves.data("loss")["train_raw"]) == 2
    settings = lab.data_settings
    lab.data_panel.changed.emit(type(settings).from_dict({**settings.to_dict(),
                                                          "dataset": "xor"}))
    assert lab.dataset.name == "xor" and lab.latest is None
    lab.render.tick()
    assert all(len(lab.curves.data(key)[line]) == 0 for key in lab.curves.curves
               for line in ("train_raw", "train", "val_raw", "val", "running"))
    assert lab.boundary.maps_title.text().startswith("First hidden layer: 64 neurons. Train")
    assert "Train to see" in lab.boundary.caption.text()
    assert lab.boundary.heat() is None
    assert lab.transport.progress.counter.text() == "epoch 0/2"


def test_the_maps_caption_counts_the_first_hidden_layer_before_training(lab):
    _setup(lab, {"dataset": "circle"}, SMALL.with_changes(hidden=(LayerSpec(64, "relu"),
                                                                  LayerSpec(8, "relu"))))
    assert lab.boundary.maps_title.text() == ("First hidden layer: 64 neurons. Train to see "
                                              "what each computes over the plane.")
    _setup(lab, {"dataset": "circle"}, SMALL.with_changes(hidden=()))
    assert lab.boundary.maps_title.text().startswith("No hidden layer")


def test_the_probability_heatmap_covers_the_visible_range(qtbot, lab):
    _setup(lab, {"dataset": "circle", "n_samples": 120}, SMALL.with_changes(epochs=1))
    assert _train_to_end(qtbot, lab) == "finished"
    (vx0, vx1), (vy0, vy1) = lab.boundary.viewbox.viewRange()
    assert (vx1 - vx0) / (vy1 - vy0) > 1.2  # a wide plot: the data's square box did not fill it
    x, y, w, h = lab.frame.rect
    np.testing.assert_allclose([x, x + w, y, y + h], [vx0, vx1, vy0, vy1], rtol=1e-4, atol=1e-4)
    # a resized plot between runs: the last weights are drawn over the new box at once
    lab.boundary.resize(lab.boundary.width() - 200, lab.boundary.height())
    qtbot.waitUntil(lambda: lab.frame.rect[2] < w - 1e-3, timeout=10_000)
    (vx0, vx1), (vy0, vy1) = lab.boundary.viewbox.viewRange()
    x, y, w, h = lab.frame.rect
    np.testing.assert_allclose([x, x + w, y, y + h], [vx0, vx1, vy0, vy1], rtol=1e-4, atol=1e-4)


# --- 15: the curves' value labels do not overlap ------------------------------------------------


def test_curve_value_labels_stay_apart_at_1000_by_700(qtbot, lab, main_window):
    main_window.resize(1000, 700)
    _setup(lab, {"dataset": "circle"})
    qtbot.waitUntil(lambda: main_window.height() <= 700, timeout=10_000)
    for plot in lab.curves.plots.values():
        axis = plot.getAxis("left")
        height = plot.vb.height()
        (lo, hi) = plot.vb.viewRange()[1]
        assert height < 120  # short plots: pyqtgraph labelled 0.2, 0.4, … 12 px apart here
        spacing = axis.tickSpacing(lo, hi, height)[0][0]
        assert spacing / (hi - lo) * height >= MIN_TICK_PX


# --- 13: the Landscape tab ----------------------------------------------------------------------


def test_the_landscape_settings_fit_at_1280_by_800(qtbot, lab, main_window):
    assert (main_window.width(), main_window.height()) == (1280, 800)
    land = lab.landscape
    lab.view_tabs.setCurrentWidget(land)
    qtbot.waitUntil(land.isVisible)
    scroll = land.form.findChild(type(land.form.layout().itemAt(0).widget()))
    assert scroll.verticalScrollBar().maximum() == 0  # nothing below the fold
    for box in (land.form.log_colour, land.form.show_path):
        assert box.isVisible()
        corner = box.mapTo(main_window, box.rect().bottomRight())
        assert corner.y() < 800 and corner.x() < 1280


def test_the_slice_legend_lists_only_what_is_drawn(qtbot, lab):
    _setup(lab, {"dataset": "circle", "n_samples": 120}, SMALL.with_changes(epochs=3))
    assert _train_to_end(qtbot, lab) == "finished"
    view = lab.landscape
    lab.view_tabs.setCurrentWidget(view)
    view.apply_state({"kind": "random", "resolution": 5, "seed": 2})
    assert view.tabs.map.legend.isVisible() is False  # nothing computed: no legend
    with qtbot.waitSignal(view.computed, timeout=60_000):
        assert view.compute()

    def names() -> list[str]:
        return [label.text for _, label in view.tabs.map.legend.items]

    assert names() == ["training path", "start", "current weights θ*", "lowest point"]
    view.form.show_path.setChecked(False)
    assert names() == ["current weights θ*", "lowest point"]
    view.form.show_path.setChecked(True)
    assert names()[:2] == ["training path", "start"]


def test_the_slice_summary_says_how_far_the_path_is_off_the_plane():
    from types import SimpleNamespace

    from explorer.ui.labs.training.landscape_texts import summary

    land = SimpleNamespace(centre_accuracy=0.9, minimum=(0.1, -0.2), b=np.zeros(3),
                           centre_loss=0.25, minimum_loss=0.2,
                           path_residual=np.array([0.0, 0.4, 1.0]))
    assert ("the training path lies up to 100 % of its length off this plane: the picture "
            "shows its shadow") in summary(land)
    land.path_residual = np.array([0.0, 0.001])
    assert "lies up to 0 % of its length off this plane, so it is drawn where it is" \
        in summary(land)


def test_a_slice_races_with_its_directions_on_the_axes(main_window, open_lab):
    xs, ys = np.linspace(-1, 1, 5), np.linspace(-1, 1, 5)
    surface = grid_surface("slice", xs, ys, np.add.outer(ys**2, xs**2),
                           axis_names=("PC 1  (of the training path)",
                                       "PC 2  (of the training path)"))
    main_window.race_on_surface(surface)
    optimizer = main_window.labs["optimizer"]
    view = optimizer.view2d
    assert view.getAxis("bottom").labelText == "PC 1  (of the training path)"
    assert view.getAxis("left").labelText == "PC 2  (of the training path)"


@pytest.mark.keras
def test_the_lab_fits_a_1000_pixel_window_with_its_longest_texts(qtbot, lab, main_window):
    """Every row of the lab gives way (file actions in one menu, texts that wrap): after a
    Boston run with validation the window was forced 1,064 pixels wide."""
    _setup(lab, {"dataset": "boston"}, ModelSpec(hidden=(LayerSpec(8, "relu"),), epochs=2,
                                                 validation_split=0.2, seed=0))
    _train_to_end(qtbot, lab)
    qtbot.waitUntil(lambda: "Test split" in lab.regression.info.text(), timeout=10_000)
    assert lab.view_tabs.currentWidget() is lab.regression
    assert main_window.minimumSizeHint().width() <= 1000
    assert [a.text() for a in lab.transport.files_button.menu().actions()] == [
        "Save model…", "Load model…", "History CSV…"]
