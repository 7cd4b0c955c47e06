"""The Perceptron Lab tells one story (issue 20, points 3 and 4): the header and the table say
which weights they use, the errors chart and the verdict say what they count, and the left
panel shows the settings of the model on screen (the perceptron's, or the 2-2-1 network's)."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.perceptron import DEFAULT_MLP_LEARNING_RATE
from explorer.ui.labs.perceptron.page import num, perceptron_at


@pytest.fixture
def lab(open_lab):
    return open_lab("perceptron")


def _xor_at_its_epoch_limit(lab) -> None:
    lab.set_gate("xor")
    lab.run_to_end()  # epoch 100, sample 4: the last visit was a mistake (an update)
    assert lab.settings.step == len(lab.run.history) == 400


def test_header_and_table_at_xor_epoch_100_name_the_weights_they_use(lab):
    _xor_at_its_epoch_limit(lab)
    update = lab.run.history[-1]
    after = perceptron_at(lab.run, lab.settings.step)
    before_net, after_net = update.net, float(after.net(update.x))
    assert (num(before_net), update.y, update.d) == ("0.095", 1, 0)
    assert num(after_net) == "−0.055"
    caption = lab.page.caption.text()
    assert f"<i>Before the update:</i> w·x + b = {num(before_net)} → y = 1" in caption
    assert "✗ wrong" in caption
    assert (f"<i>After the update</i> (the table): w = (−0.076, −0.010), b = 0.032, and this "
            f"row gives w·x + b = {num(after_net)} → y = 0.") in caption
    assert lab.page.table_title.text() == ("<b>Truth table with the weights now (after this "
                                           "update)</b>")
    table = lab.page.table
    assert table.verticalHeaderItem(3).text() == "▶"
    assert (table.item(3, 3).text(), table.item(3, 4).text()) == ("−0.055", "0")
    assert [table.item(r, 3).text() for r in range(4)] == [num(v) for v in after.net(
        lab.run.gate.inputs)]


def test_errors_chart_counts_mistakes_and_the_verdict_counts_rows_wrong_now(lab):
    _xor_at_its_epoch_limit(lab)
    run, plot = lab.run, lab.page.errors_plot
    assert "mistakes during each epoch (updates made)" in plot.plotItem.titleLabel.text
    assert "rows wrong after the epoch" in plot.plotItem.titleLabel.text
    heights = plot.bars.opts["height"]
    assert list(heights) == run.errors_per_epoch and heights[-1] == 4
    xs, ys = plot.wrong_after.getData()
    np.testing.assert_array_equal(xs, np.arange(1, 101))
    assert list(ys) == run.wrong_after_epoch and ys[-1] == 2
    assert lab.page.verdict.text() == "✗ 2 of 4 rows are wrong with the current weights (2/4 right)"
    assert "with the current weights, 2 of 4 rows are wrong; the last epoch made 4 mistakes" \
        in lab.page.caption.text()
    assert lab.page.table.wrong_rows() == [0, 2]


def test_before_the_first_update_the_table_uses_the_initial_weights(lab):
    lab.set_gate("and")
    assert lab.page.table_title.text() == "<b>Truth table with the weights at the start</b>"
    lab.set_mode("hand")
    assert lab.page.table_title.text() == "<b>Truth table with the weights set by hand</b>"


def test_the_left_panel_shows_the_settings_of_the_model_on_screen(qtbot, lab):
    panel = lab.panel
    _xor_at_its_epoch_limit(lab)
    assert panel.learning_group.isVisible() and panel.mode_group.isVisible()
    assert panel.hidden_group.isVisible() and not panel.network_group.isVisible()
    lab.trainer.epochs = 30  # short and unpaced: only the panel is under test
    lab.trainer.live_seconds = 0.0
    with qtbot.waitSignal(lab.hidden_trained, timeout=10000):
        lab.add_hidden_layer()
    assert lab.view_tabs.currentWidget() is lab.hidden_page
    assert panel.network_group.isVisible()
    for perceptron_only in (panel.learning_group, panel.mode_group, panel.hand_group,
                            panel.hidden_group, panel.model_label):
        assert not perceptron_only.isVisible()
    assert panel.network_learning_rate.text() == f"{DEFAULT_MLP_LEARNING_RATE:g}" == "2"
    assert panel.network_epochs.text() == "30"
    assert panel.network_rule.text().startswith("backpropagation")
    assert panel.network_units.text() == "2 hidden + 1 output, all sigmoid"
    assert panel.network_loss.text() == "binary cross-entropy"
    assert panel.mlp_seed.value() == lab.settings.mlp_seed and panel.mlp_seed.isVisible()
    assert f"η = {DEFAULT_MLP_LEARNING_RATE:g}" in lab.hidden_page.info.text()

    lab.view_tabs.setCurrentIndex(0)  # the perceptron's settings come back with its page
    assert panel.learning_group.isVisible() and panel.model_label.isVisible()
    assert panel.learning_rate.value() == pytest.approx(0.05)
    assert not panel.network_group.isVisible()
    lab.view_tabs.setCurrentIndex(1)
    assert panel.network_group.isVisible() and not panel.learning_group.isVisible()
    lab.set_gate("and")  # the network goes with the gate
    assert panel.learning_group.isVisible() and not panel.network_group.isVisible()
    assert not panel.hidden_group.isVisible()  # AND needs no hidden layer


def test_the_speed_reads_whole_at_every_speed(lab):
    """The playback bar's speed label is as wide as its widest text ("500 samples/s" was cut
    to "4 samples/" once the bar was narrowed to fit a 1000-pixel window)."""
    from explorer.ui.widgets.playback import MAX_SPEED, MIN_SPEED

    label = lab.playback.speed_label
    for speed in (MIN_SPEED, 4, MAX_SPEED):
        lab.playback.set_speed(speed)
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
