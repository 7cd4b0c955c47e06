"""The Optimizer Lab in Korean (View › Language): its controls, plots, legend and statuses switch
at once, and back to English, without touching the race."""

from __future__ import annotations

import re

import pytest

from explorer.core.optim import RaceSetup

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


@pytest.fixture
def lab(open_lab):
    return open_lab("optimizer")


@pytest.fixture
def in_korean(main_window):
    """The app in Korean for one test; English again at the end (the language is global)."""
    main_window.set_language("ko")
    yield main_window
    main_window.set_language("en")


def _race(lab, setup: RaceSetup, steps: int) -> None:
    setup.max_steps = max(setup.max_steps, steps)
    setup.steps_taken = steps
    lab.apply_state(setup.to_dict())
    assert lab.race.step_count == steps


def test_controls_plots_and_statuses_switch_to_korean_and_back(main_window, lab, in_korean):
    _race(lab, RaceSetup.for_surface("quartic"), 200)
    # buttons, group titles, check boxes, tabs, the surface chooser
    assert lab.playback.play_button.text() == "재생"
    assert lab.playback.counter.text() == "스텝: 200"
    assert korean(lab.playback.speed_label.text())
    assert lab.add_button.text() == "주자 추가" and lab.remove_button.text() == "제거"
    assert korean(lab.suggest_button.text())
    titles = [box.title() for box in lab._widgets.groups.values()]
    assert titles == ["곡면", "주자", "시작점", "SGD 무작위성"]
    assert korean(lab.log_colour.text()) and korean(lab.log_y.text())
    assert lab.view_tabs.tabText(0) == "곡면"
    assert lab.surface_box.shown_text() == "4차 함수 (1-D)"
    assert lab.formula_label.text().startswith("지역 최솟값과 전역 최솟값<br>")
    assert lab._widgets.row_labels["grid of starts"].text() == "시작점 격자"
    # tooltips, the hyper-parameter form (core's marked texts)
    assert korean(lab.remove_button.toolTip())
    assert korean(lab.playback.play_button.toolTip())
    assert korean(lab.start_grid.toolTip()) and "1–" not in lab.start_grid.toolTip()
    assert korean(lab.hyper_form.summary.text())
    assert korean(lab.hyper_form.editor("learning_rate").toolTip())
    # the legend: headers and each racer's status (core's template, landmark kind translated)
    assert lab.legend.horizontalHeaderItem(2).text() == "상태"
    assert lab.legend.item(0, 2).text() == "수렴 @164 — 지역 최솟값 (−4.34)"
    assert lab.legend.item(3, 2).text() == "진행 중"
    # pyqtgraph texts: plot titles, axis labels, the view's legend
    assert lab.curves.distance_plot.titleLabel.text == "전역 최솟값까지의 거리"
    assert lab.curves.loss_plot.getAxis("bottom").labelText == "스텝"
    assert lab.view1d.getPlotItem().getAxis("left").labelText == "손실 L(x)"
    legend_labels = [label.text for _sample, label in lab.view1d.legend.items]
    assert legend_labels == ["전역 최솟값", "지역 최솟값"]
    assert lab.view1d.legend.shown == ["global minimum", "local minimum"]  # keys stay English

    main_window.set_language("en")
    assert lab.race.step_count == 200  # the race is untouched
    assert lab.playback.play_button.text() == "Play"
    assert lab.playback.counter.text() == "steps: 200"
    assert lab.add_button.text() == "Add racer"
    assert [box.title() for box in lab._widgets.groups.values()] == [
        "Surface", "Racers", "Start", "SGD randomness"]
    assert lab.surface_box.shown_text() == "Quartic (1-D)"
    assert lab.legend.item(0, 2).text() == "converged @164 — local minimum (−4.34)"
    assert lab.legend.item(3, 2).text() == "running"
    assert lab.curves.distance_plot.titleLabel.text == "distance to the global minimum"
    assert lab.curves.loss_plot.getAxis("bottom").labelText == "step"
    assert [label.text for _sample, label in lab.view1d.legend.items] == [
        "global minimum", "local minimum"]
    assert lab.remove_button.toolTip() == "Remove the selected racer"


def test_notes_errors_and_clipping_follow_the_language(main_window, lab, in_korean):
    lab.set_surface("saddle")
    assert korean(lab.racers_note.text())  # racers kept; the saddle suggests other rates
    _race(lab, RaceSetup.for_surface("saddle"), 150)
    assert lab.legend.item(0, 2).text() == "안장점 탈출, 손실 하한 없음 @80"
    assert lab.curves.note_text("loss").startswith("y 범위 잘림: GD η=0.1: ")
    assert lab.view2d.getPlotItem().getAxis("bottom").labelText == "x  (매개변수 1)"
    assert lab.view2d.colour_bar.axis.labelText == "손실 L"
    assert not lab.set_formula("sin(x) + * y")
    assert lab.formula_error.text() == "⚠ 위치 9: 값이 와야 하는데 '*'이(가) 있습니다"
    lab.add_racer("sgd")
    note = lab.racers_note.text()
    assert korean(note) and "SGD" in note
    steps = lab.race.step_count

    main_window.set_language("en")
    assert lab.race.step_count == steps and len(lab.race.racers) == 5
    assert lab.racers_note.text() == "SGD η=0.1 sets off from the start at step 150; the " \
                                     "others keep going."
    assert lab.curves.note_text("loss").startswith("y-range clipped: GD η=0.1 ran off to")
    assert lab.formula_error.text() == "⚠ expected a value, found '*' at position 9"
    assert lab.view2d.getPlotItem().getAxis("bottom").labelText == "x  (parameter 1)"
    assert lab.legend.item(0, 2).text() == "escaped the saddle; loss unbounded below @80"
