"""The Gallery says what it draws (issue 20, point 16): a loss curve lying exactly on another
is dashed and says so, and the vanishing-gradients page's activation selector names the one
panel it changes and sits above it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.core.functions import ACTIVATIONS


@pytest.fixture
def lab(main_window):
    main_window.select_lab("gallery")
    return main_window.labs["gallery"]


def _style(item) -> Qt.PenStyle:
    return item.opts["pen"].style()


def _legend(page) -> list[str]:
    return [label.text for _, label in page.legend.items]


def test_rmse_lies_on_mae_so_it_is_dashed_on_top_and_its_legend_says_so(lab):
    page = lab.losses
    assert page.settings["target"] == "value"
    assert _style(page.curves["rmse"]) == Qt.PenStyle.DashLine
    assert _style(page.gradients["rmse"]) == Qt.PenStyle.DashLine
    for name in ("mse", "mae", "huber", "log_cosh"):
        assert _style(page.curves[name]) == Qt.PenStyle.SolidLine, name
    assert page.curves["rmse"].zValue() > page.curves["mae"].zValue()
    assert _legend(page) == ["mse", "rmse (dashed: on mae here)", "mae", "huber", "log_cosh"]
    assert page.loss_plot.toolTip() == (
        "rmse is dashed: it lies exactly on mae over the whole range shown (with one output, "
        "√((ŷ − y)²) = |ŷ − y|)")

    page.set(target="class")  # nothing coincides: nothing dashed, no note
    page.refresh()
    assert _legend(page) == ["binary_crossentropy", "mse"]
    assert all(_style(page.curves[n]) == Qt.PenStyle.SolidLine for n in _legend(page))
    assert page.loss_plot.toolTip() == ""


def test_the_activation_selector_names_and_sits_above_the_panel_it_changes(qtbot, lab):
    lab.select_page("vanishing")
    page = lab.vanishing
    page.set(activation="elu")
    page.refresh()
    assert page.activation_label.text() == "activation of the deep network in this panel ↓"
    assert "first panel" in page.activation_box.toolTip()
    titles = [plot.titleLabel.text for plot in page.panels]
    assert "ELU (your choice ↑)" in titles[0]
    assert all("(fixed)" in title for title in titles[1:])
    assert page.fixed_note.text() == "fixed, for comparison: " + " · ".join(
        ACTIVATIONS[n].title for n in ("sigmoid", "tanh", "relu"))

    def left_of_panel(index: int) -> int:
        corner = page.panels[index].sceneBoundingRect().topLeft()
        return page.graphics.mapToGlobal(page.graphics.mapFromScene(corner)).x()

    def box_span() -> tuple[int, int]:
        left = page.activation_box.mapToGlobal(QPoint(0, 0)).x()
        return left, left + page.activation_box.width()

    qtbot.waitUntil(lambda: page.activation_box.isVisible() and left_of_panel(1) > 0,
                    timeout=10_000)
    left, right = box_span()
    assert left_of_panel(0) - 20 <= left and right <= left_of_panel(1)  # above panel 1 only
    box_bottom = page.activation_box.mapToGlobal(QPoint(0, page.activation_box.height())).y()
    assert box_bottom <= page.graphics.mapToGlobal(QPoint(0, 0)).y()  # above the plots
    assert page.activation_box.currentData() == "elu" and page.shown_activations()[0] == "elu"
