"""The Training Lab in Korean: View › Language switches its panels, buttons, tabs, plots and
status line at once, and back to English, without touching the data, the model or a training.

Only the last test trains (a few epochs of XOR, marked ``keras``); the others need no
TensorFlow.
"""

from __future__ import annotations

import re

import pytest

from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.ui.i18n import current_language

HANGUL = re.compile("[\uac00-\ud7a3]")


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


pytestmark = pytest.mark.usefixtures("english_afterwards")


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


def _tabs(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_korean_translates_the_lab_and_english_comes_back(main_window, lab):
    lab.apply_preset("xor_relu")
    spec, data, preset = lab.spec, lab.dataset, lab.preset
    lab.view_tabs.setCurrentWidget(lab.weights)
    english = {
        "train": lab.transport.train_button.text(),
        "preset group": lab._widgets.preset_group.title(),
        "note": lab.preset_note.text(),
        "left tabs": _tabs(lab.left_tabs),
        "view tabs": _tabs(lab.view_tabs),
        "message": lab.transport.message.text(),
    }
    assert english["train"] == "Train" and english["preset group"] == "Course preset"
    assert english["note"] == "Reaches 100 % accuracy."
    assert english["message"].startswith("Ready: press Train (Space).")

    main_window.language_actions["ko"].trigger()  # View › Language › 한국어
    assert current_language() == "ko"
    t = lab.transport
    for button in (t.train_button, t.pause_button, t.stop_button, t.reset_button,
                   t.batch_button, t.epoch_button, t.files_button):
        assert korean(button.text()), button.text()
    assert t.train_button.text() == "학습"
    assert korean(t.train_button.toolTip()) and "(Space)" in t.train_button.toolTip()
    assert korean(t.save_action.text())
    assert korean(t.message.text())  # "준비 완료: 학습(Space)을 누르세요…"
    assert korean(t.progress.counter.text())  # "에포크 0/500"
    assert lab._widgets.preset_group.title() == "강의 예제"
    assert korean(lab.preset_note.text())  # the preset's expectation, in Korean
    assert korean(lab.preset_box.itemText(0))
    assert all(korean(text) for text in _tabs(lab.left_tabs))
    assert all(korean(text) for text in _tabs(lab.view_tabs))
    # the Data page
    panel = lab.data_panel
    assert korean(panel.source.title()) and korean(panel.options.title())
    assert korean(panel.dataset_box.currentText())  # "XOR 게이트"
    assert korean(panel.standardize.text()) and korean(panel.seed.toolTip())
    # the Model page and its summary
    model = lab.model_panel
    assert korean(model.add_button.text()) and korean(model.layers_group.title())
    assert korean(model.compile_group.title()) and korean(model.learning_rate.toolTip())
    assert korean(model.input_label.text()) and "XOR" in model.input_label.text()
    assert korean(model.summary.horizontalHeaderItem(0).text())
    assert "<b>" in model.total.text() and korean(model.total.text())
    # plots: titles and axis labels (pyqtgraph items are reset by the views' retranslate)
    assert korean(lab.curves.plots["loss"].titleLabel.text)
    assert korean(lab.curves.plots["loss"].getAxis("bottom").labelText)
    assert korean(lab.curves.legend.text()) and korean(lab.curves.log_y.text())
    assert korean(lab.regression.scatter_plot.titleLabel.text)
    assert korean(lab.digits.matrix_plot.getAxis("left").labelText)
    assert korean(lab.boundary.caption.text()) and korean(lab.boundary.legend.text())
    assert korean(lab.weights.hover.text())
    # the Landscape tab: its buttons, form and empty map
    land = lab.landscape
    assert land.compute_button.text() == "계산" and korean(land.race_button.text())
    assert korean(land.form.slice_group.title()) and korean(land.form.kind.currentText())
    assert korean(land.tabs.map.getPlotItem().titleLabel.text)
    assert korean(land.message.text())  # "먼저 모델을 학습시키세요…"

    lab.reset()  # a status made after the switch is Korean too
    assert t.message.text() == "초기화: 다음 학습은 새 가중치로 시작합니다 (시드 0)."

    main_window.language_actions["en"].trigger()
    assert t.message.text() == "Reset: the next run starts from fresh weights (seed 0)."
    assert t.train_button.text() == english["train"]
    assert t.train_button.toolTip() == "Start training, or resume after a pause (Space)"
    assert lab._widgets.preset_group.title() == english["preset group"]
    assert lab.preset_note.text() == english["note"]
    assert _tabs(lab.left_tabs) == english["left tabs"]
    assert _tabs(lab.view_tabs) == english["view tabs"]
    assert lab.curves.plots["loss"].titleLabel.text == "loss"
    assert land.compute_button.text() == "Compute"
    assert land.form.kind.currentText() == "Random directions"
    assert panel.dataset_box.currentText() == "XOR gate"
    assert model.input_label.text() == "Input: 2 features (XOR gate)"
    # nothing but the words changed
    assert (lab.spec, lab.dataset, lab.preset) == (spec, data, preset)
    assert lab.current_view() == "weights"


def test_errors_and_drawn_points_follow_the_language(main_window, lab):
    lab.apply_state({"data": {"dataset": "drawn", "points": []},
                     "model": ModelSpec().to_dict()})
    assert lab.data_panel.error.text().startswith("⚠ no points yet")
    main_window.set_language("ko")
    assert korean(lab.data_panel.error.text())
    assert korean(lab.data_panel.drawing.title())
    assert korean(lab.data_panel.points_label.text())  # "점 0개"
    assert korean(lab.boundary.plot.titleLabel.text)  # click to add, right-click to remove
    main_window.set_language("en")
    assert lab.data_panel.error.text().startswith("⚠ no points yet")
    assert lab.data_panel.points_label.text() == "0 points"


@pytest.mark.keras
def test_a_finished_run_says_so_in_korean_and_keeps_its_epochs(main_window, lab, qtbot):
    spec = ModelSpec(hidden=(LayerSpec(4, "tanh"),), optimizer="adam", learning_rate=0.05,
                     batch_size=4, epochs=3, seed=0)
    lab.apply_state({"data": {"dataset": "xor"}, "model": spec.to_dict()})
    main_window.set_language("ko")
    with qtbot.waitSignal(lab.run_finished, timeout=120_000):
        lab.train()
    message = lab.transport.message.text()
    assert message.startswith("3 에포크 완료"), message
    assert "샘플" in message
    qtbot.waitUntil(lambda: lab.transport.progress.counter.text() == "완료: 3 에포크",
                    timeout=10_000)
    qtbot.waitUntil(lambda: korean(lab.boundary.scores.text()), timeout=10_000)
    assert lab.session is not None and lab.session.epoch == 3
    main_window.set_language("en")
    message = lab.transport.message.text()
    assert message.startswith("Finished 3 epochs at ") and message.endswith(" samples/s.")
    assert lab.transport.progress.counter.text() == "Finished: 3 epochs"
    assert lab.boundary.scores.text().startswith("Finished, 3 epochs: ")
    assert lab.session is not None and lab.session.epoch == 3  # the training is still there


def test_a_bad_csv_file_is_explained_in_korean(main_window, lab, tmp_path):
    path = tmp_path / "grades.csv"
    path.write_text("hours,passed\n1,0\n2,abc\n", encoding="utf-8")
    main_window.set_language("ko")
    lab.data_panel.import_csv(path)
    text = lab.data_panel.error.text()
    assert text.startswith("⚠ grades.csv: 3행, 'passed'열: 'abc'은(는) 수가 아닙니다"), text
    assert korean(text.splitlines()[-1])  # "계속 사용 중: 원."
    main_window.set_language("en")
    assert lab.data_panel.error.text() == ("⚠ grades.csv: row 3, column 'passed': 'abc' is not "
                                           "a number\nStill using: Circle.")
