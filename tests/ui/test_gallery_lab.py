"""The Gallery driven like a user would: tick functions, move sliders, edit logits and cells."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QImage

from explorer.core.functions import ACTIVATIONS, EPSILON, LOSSES, path_summary, softmax
from explorer.core.scene import SceneError
from explorer.ui.export import image_to_array, render_widget


@pytest.fixture
def lab(main_window):
    main_window.select_lab("gallery")
    return main_window.labs["gallery"]


def _item(page, name):
    for row in range(page.function_list.count()):
        item = page.function_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return item
    raise KeyError(name)


def _tick(page, name, on=True):
    _item(page, name).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _curve(item):
    x, y = item.getData()
    return np.asarray(x), np.asarray(y)


# --- activations ------------------------------------------------------------------------------

def test_ticking_functions_draws_them_and_their_derivatives(lab):
    page = lab.activations
    assert page.selected == ["sigmoid", "tanh", "relu"]
    _tick(page, "elu")
    _tick(page, "sigmoid", on=False)
    assert page.selected == ["tanh", "relu", "elu"]
    assert page.curves["elu"].isVisible() and not page.curves["sigmoid"].isVisible()
    x, y = _curve(page.curves["elu"])
    assert x[0] == -5.0 and x[-1] == 5.0 and 0.0 in x  # the kink is sampled exactly
    np.testing.assert_allclose(y, ACTIVATIONS["elu"].value(x))
    _, slope = _curve(page.slopes["elu"])
    np.testing.assert_allclose(slope, ACTIVATIONS["elu"].derivative(x))
    page.derivative_box.setChecked(False)
    assert not page.slopes["elu"].isVisible()
    assert "ELU" in page.info.text() and "(−α, ∞)" in page.info.text()


def test_a_ninth_function_is_refused_with_a_message(lab):
    page = lab.activations
    for name in ("elu", "selu", "gelu", "silu", "softplus"):
        _tick(page, name)
    assert len(page.selected) == 8
    _tick(page, "linear")
    assert "linear" not in page.selected
    assert _item(page, "linear").checkState() == Qt.CheckState.Unchecked
    assert "At most 8" in page.message.text()


def test_moving_the_alpha_slider_reshapes_leaky_relu(lab):
    page = lab.activations
    _tick(page, "leaky_relu")
    slider = page.param_widgets[("leaky_relu", "negative_slope")]
    assert slider.isVisible() and not page.param_widgets[("elu", "alpha")].isVisible()
    slider.slider.setValue(200)  # half way along 0 … 1
    assert page.params["leaky_relu"]["negative_slope"] == pytest.approx(0.5)
    x, y = _curve(page.curves["leaky_relu"])
    np.testing.assert_allclose(y[x < 0], 0.5 * x[x < 0])
    _, slope = _curve(page.slopes["leaky_relu"])
    assert np.all(slope[x < 0] == 0.5)


def test_hover_reads_out_f_and_its_derivative(qtbot, lab):
    page = lab.activations
    _tick(page, "step")
    view = page.plot.getPlotItem().vb
    view.prepareForPaint()  # apply the pending auto-range now, as the next paint would
    position = view.mapViewToScene(QPointF(1.5, 0.5))
    page.plot.scene().sigMouseMoved.emit(position)
    qtbot.waitUntil(lambda: page.cursor_x == pytest.approx(view.mapSceneToView(position).x()),
                    timeout=10_000)  # the proxy delivers late
    assert page.cursor.value() == page.cursor_x
    values = page.readout_values(page.cursor_x)
    assert values["sigmoid"][0] == pytest.approx(ACTIVATIONS["sigmoid"].value(page.cursor_x))
    assert "sigmoid: f = " in page.readout.text() and "relu" in page.readout.text()
    page.show_readout(0.0)
    assert "f′ = undefined" in page.readout.text()  # the step at its jump


def test_range_edit_and_a_backwards_range(lab):
    page = lab.activations
    page.x_max.setValue(8.0)
    assert page.x_range == (-5.0, 8.0)
    assert _curve(page.curves["relu"])[0][-1] == 8.0
    page.x_min.setValue(9.0)
    assert page.x_range == (-5.0, 8.0) and page.x_min.value() == -5.0
    assert "kept" in page.message.text()
    _tick(page, "exponential")
    page.set_range(-100.0, 100.0)
    assert np.all(np.isfinite(_curve(page.curves["exponential"])[1]))


# --- softmax ----------------------------------------------------------------------------------

def test_editing_a_logit_moves_both_bar_charts(lab):
    page = lab.softmax
    page.logit_boxes[2].setValue(3.0)
    np.testing.assert_allclose(page.logit_bars.opts["height"], [2.0, 1.0, 3.0])
    np.testing.assert_allclose(page.prob_bars.opts["height"], softmax([2.0, 1.0, 3.0]))
    assert page.prob_texts[2].toPlainText() == f"{softmax([2.0, 1.0, 3.0])[2]:.3g}"
    page.count.setValue(5)
    assert len(page.prob_bars.opts["height"]) == 5 and not page.logit_boxes[4].isHidden()
    assert page.jacobian_table.rowCount() == 5


def test_temperature_slider_flattens_the_probabilities(lab):
    page = lab.softmax
    sharp = page.prob_bars.opts["height"].max()
    page.temperature_slider.slider.setValue(400)  # T = 20
    assert page.temperature == pytest.approx(20.0)
    heights = page.prob_bars.opts["height"]
    np.testing.assert_allclose(heights, softmax([2.0, 1.0, 0.1], 20.0))
    assert heights.max() < sharp and heights.max() - heights.min() < 0.05


# --- vanishing gradients ----------------------------------------------------------------------

def test_depth_and_activation_drive_the_side_by_side_panels(qtbot, lab):
    lab.select_page("vanishing")
    page = lab.vanishing
    assert [p.isVisible() for p in page.panels] == [True, True, True, False]
    page.depth.setValue(25)
    page.depth.setValue(30)  # a burst of edits is computed once, when the loop is free
    qtbot.waitUntil(lambda: len(_curve(page.median_items[0])[0]) == 30, timeout=10_000)
    x, median = _curve(page.median_items[0])  # sigmoid
    assert len(x) == 30
    assert np.nanmax(median) <= 0.25 and np.nanmin(median) <= 0.25 ** 30
    page.activation_box.setCurrentIndex(page.activation_box.findData("elu"))
    page.activation_box.activated.emit(page.activation_box.currentIndex())
    assert page.shown_activations() == ["elu", "sigmoid", "tanh", "relu"]
    qtbot.waitUntil(lambda: all(p.isVisible() for p in page.panels), timeout=10_000)
    assert set(page.results) == {"elu", "sigmoid", "tanh", "relu"}
    assert page.panels[0].ctrl.logYCheck.isChecked()
    page.center.setValue(3.0)
    qtbot.waitUntil(lambda: path_summary(page.results["relu"])[1][-1] < 0.1, timeout=10_000)
    assert "relu" in page.summary.text()


# --- losses -----------------------------------------------------------------------------------

def test_target_kind_chooses_the_losses_and_axes(lab):
    page = lab.losses
    assert page.curves["mse"].isVisible() and not page.curves["binary_crossentropy"].isVisible()
    page.target_box.setCurrentIndex(page.target_box.findData("class"))
    page.target_box.activated.emit(page.target_box.currentIndex())
    assert page.curves["binary_crossentropy"].isVisible() and page.curves["mse"].isVisible()
    x, y = _curve(page.curves["binary_crossentropy"])
    assert x[0] == 0.0 and y[0] == pytest.approx(-np.log(EPSILON))  # clipped, finite
    _, gradient = _curve(page.gradients["binary_crossentropy"])
    assert gradient[np.searchsorted(x, 0.5)] == pytest.approx(-2.0)
    page.logits_box.setChecked(True)
    assert page.curves["hinge"].isVisible()
    x, y = _curve(page.curves["hinge"])
    np.testing.assert_allclose(y, np.maximum(0, 1 - x))


def test_delta_slider_reshapes_huber(lab):
    page = lab.losses
    page.delta_slider.slider.setValue(200)  # δ ≈ 2.5
    delta = page.settings["delta"]
    assert delta == pytest.approx(2.525, abs=0.01)
    x, y = _curve(page.curves["huber"])
    np.testing.assert_allclose(y, LOSSES["huber"].value(np.zeros((len(x), 1)), x[:, None],
                                                        delta=delta))
    assert page.batch.delta == delta


def test_bad_batch_cell_shows_a_message_and_keeps_the_table(lab):
    batch = lab.losses.batch
    before_rows, before = list(batch.rows), batch.result_means()
    batch.input.item(1, 1).setText("0.1, o.5, 0.4")
    assert "Row 2, y_pred: 'o.5' is not a number" in batch.message.text()
    assert batch.input.item(1, 1).text() == "0.1, 0.5, 0.4"
    assert batch.rows == before_rows and batch.result_means() == before
    batch.input.item(0, 0).setText("1, 0")
    assert "row 1, y_true has 2 numbers" in batch.message.text().lower() or \
        "numbers" in batch.message.text()
    assert batch.rows == before_rows
    batch.input.item(0, 1).setText("0.9, 0.05, 0.05")
    assert batch.message.text() == ""
    assert batch.result_means()["categorical_crossentropy"] == pytest.approx(
        np.mean([-np.log(0.9), -np.log(0.5), -np.log(0.4)]))
    assert batch.results.rowCount() == len(batch.last_results)


def test_batch_presets_and_rows(lab):
    batch = lab.losses.batch
    batch.preset.setCurrentIndex(batch.preset.findData("Multi-class, integer labels"))
    batch.preset.activated.emit(batch.preset.currentIndex())
    means = batch.result_means()
    assert means["sparse_categorical_crossentropy"] == pytest.approx(
        np.mean([-np.log(0.7), -np.log(0.5), -np.log(0.4)]))
    assert means["mse"] is None
    batch.add_button.click()
    assert len(batch.rows) == 4 and batch.input.rowCount() == 4


# --- scenes and exports -----------------------------------------------------------------------

def _change_everything(lab):
    _tick(lab.activations, "gelu")
    lab.activations.param_widgets[("gelu", "approximate")].setChecked(True)
    lab.activations.set_range(-3.0, 7.0)
    lab.softmax.set_logits([0.5, -1.0, 4.0, 2.0])
    lab.softmax.set_temperature(2.0)
    lab.vanishing.set(depth=42, activation="softsign", distribution="uniform", seed=7)
    lab.losses.set(target="onehot", classes=4, true_class=3, from_logits=True)
    lab.losses.batch.set_rows([("2", "0.2, 0.3, 0.5"), ("0", "0.6, 0.3, 0.1")])
    lab.select_page("vanishing")


def test_state_round_trips_through_json(lab):
    _change_everything(lab)
    saved = json.loads(json.dumps(lab.state()))
    lab.activations.set_selected(["relu"])
    lab.softmax.set_logits([1.0, 1.0])
    lab.vanishing.set(depth=3)
    lab.losses.set(target="value")
    lab.losses.batch.set_rows([("1", "2")])
    lab.select_page("softmax")
    lab.apply_state(saved)
    assert lab.state() == saved
    assert lab.current_page is lab.vanishing and lab.vanishing.depth.value() == 42
    np.testing.assert_allclose(lab.softmax.prob_bars.opts["height"],
                               softmax([0.5, -1.0, 4.0, 2.0], 2.0))
    assert lab.activations.curves["gelu"].isVisible()


CORRUPTIONS = [
    (lambda s: s.update(page="nowhere"), "page"),
    (lambda s: s["activations"].update(selected=["relu", "relu7"]), "relu7"),
    (lambda s: s["activations"].update(x_min=3.0, x_max=1.0), "below"),
    (lambda s: s["activations"]["params"]["elu"].update(alpha="big"), "alpha"),
    (lambda s: s["softmax"].update(logits=[1.0]), "logits"),
    (lambda s: s["softmax"].update(temperature=0.0), "temperature"),
    (lambda s: s["vanishing"].update(depth=1000), "depth"),
    (lambda s: s["losses"].update(batch=[["1", "0.5, x"]]), "row 1, y_pred"),
    (lambda s: s["losses"].update(true_class=9), "true_class"),
    (lambda s: s.pop("softmax"), "softmax"),
]


def test_corrupt_state_raises_and_changes_nothing(lab):
    _change_everything(lab)
    before = lab.state()
    for corrupt, message in CORRUPTIONS:
        bad = copy.deepcopy(before)
        bad["activations"]["selected"] = ["linear"]  # a valid change that must not be applied
        corrupt(bad)
        with pytest.raises(SceneError, match=message):
            lab.apply_state(bad)
        assert lab.state() == before


def test_unbuilt_pages_keep_their_state(main_window):
    lab = main_window.labs["gallery"]
    assert set(lab._built) == {"activations"}  # the other pages wait until first shown
    state = lab.state()
    state["losses"]["target"] = "class"
    state["page"] = "softmax"
    lab.apply_state(state)
    assert "losses" not in lab._built and lab.state() == state
    assert lab.losses.settings["target"] == "class"
    assert lab.losses.curves["binary_crossentropy"].isVisible()


def test_scene_file_round_trip_through_the_window(main_window, lab, tmp_path):
    _change_everything(lab)
    saved = lab.state()
    path = tmp_path / "gallery.json"
    main_window.save_scene(path)
    lab.activations.set_selected(["linear"])
    main_window.select_lab("optimizer")
    main_window.open_scene(path)
    assert main_window.current_lab is lab and lab.state() == saved


def test_each_page_exports_a_non_blank_png(main_window, lab, tmp_path):
    for key in ("activations", "softmax", "vanishing", "losses"):
        lab.select_page(key)
        assert lab.export_target() is lab.page(key)
        image = render_widget(lab.export_target(), 900, 600)
        assert (image.width(), image.height()) == (900, 600)
        assert image_to_array(image).std() > 20, key
        path = tmp_path / f"{key}.png"
        main_window.exporter.export_picture(path, QSize(640, 400))
        saved = QImage(str(path))
        assert (saved.width(), saved.height()) == (640, 400)
        assert image_to_array(saved).std() > 20, key
