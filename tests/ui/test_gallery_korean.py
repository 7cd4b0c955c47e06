"""The Gallery in Korean: View › Language switches every page at once (panels, buttons, plot
titles and axes, legends, tables, messages) without touching its state, and English comes back
exactly as it was."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from explorer.core.functions import evaluate_batch, parse_batch, sweep
from explorer.core.functions.batch import BatchError
from explorer.ui.animation import AnimationExport
from explorer.ui.i18n import current_language

HANGUL = re.compile("[\uac00-\ud7a3]")


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


pytestmark = pytest.mark.usefixtures("english_afterwards")


@pytest.fixture
def lab(main_window):
    main_window.select_lab("gallery")
    return main_window.labs["gallery"]


def _to(window, code: str) -> None:
    window.language_actions[code].trigger()  # View › Language, as the user picks it
    assert current_language() == code


def _legend(legend) -> list[str]:
    return [label.text for _, label in legend.items]


def _titles(page) -> list[str]:
    return [box.title() for box in page.findChildren(QGroupBox)]


def _texts(page) -> dict[str, object]:
    """What a page shows, to compare English before and after a round trip."""
    labels = sorted(label.text() for label in page.findChildren(QLabel))
    return {"groups": _titles(page), "labels": labels}


def _item(page, name):
    for row in range(page.function_list.count()):
        item = page.function_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return item
    raise KeyError(name)


def test_lab_tabs_and_activations_page_switch_to_korean_and_back(main_window, lab):
    page = lab.activations
    page.set_selected(["step", "sigmoid", "elu"])
    page.set_range(-3.0, 4.0)
    page.show_readout(0.0)
    english = _texts(page)
    state = lab.state()
    assert lab.tabs.tabText(0) == "Activations"
    assert page.plot.getPlotItem().titleLabel.text == "solid: f(x)  ·  dashed: f′(x)"

    _to(main_window, "ko")
    assert [lab.tabs.tabText(i) for i in range(lab.tabs.count())] == [
        "활성화 함수", "소프트맥스", "기울기 소실", "손실 함수"]
    assert korean(lab.export_png_button.toolTip())
    assert all(korean(title) for title in _titles(page) if title)
    assert korean(page.derivative_box.text()) and korean(page.derivative_box.toolTip())
    assert korean(page.function_list.toolTip())
    assert _item(page, "step").text() == "계단 함수 (임계값)   (step)"
    assert korean(_item(page, "relu").toolTip())  # the note under the formulas
    assert korean(page.plot.getPlotItem().titleLabel.text)
    assert _legend(page.legend) == ["계단 함수 (임계값)", "시그모이드", "ELU"]
    assert "정의되지 않음" in page.readout.text()  # step′(0)
    assert "출력 범위" in page.info.text() and "Keras에 없음" in page.info.text()
    assert korean(page.param_widgets[("gelu", "approximate")].text())
    assert korean(page.param_widgets[("elu", "alpha")].toolTip())  # core's parameter help
    added = ("tanh", "relu", "linear", "softplus", "gelu", "softsign")  # one too many
    for name in added:
        _item(page, name).setCheckState(Qt.CheckState.Checked)
    assert "최대 8개" in page.message.text() and "softsign" not in page.selected
    for name in added[:-1]:
        _item(page, name).setCheckState(Qt.CheckState.Unchecked)
    assert lab.state() == state
    assert main_window.statusBar().currentMessage() == "F1: 단축키"

    _to(main_window, "en")
    assert lab.state() == state
    assert lab.tabs.tabText(0) == "Activations"
    assert _texts(page) == english
    assert _legend(page.legend) == ["Step (threshold)", "Sigmoid", "ELU"]
    assert "undefined" in page.readout.text()
    assert page.derivative_box.text() == "Show derivatives f′ (dashed)"
    assert main_window.statusBar().currentMessage() == "F1: keyboard shortcuts"


def test_softmax_and_vanishing_pages_switch_and_keep_their_state(main_window, lab):
    softmax, vanishing = lab.softmax, lab.vanishing
    softmax.set_logits([1.0, 3.0, -0.5, 0.25])
    softmax.set_temperature(2.0)
    vanishing.set(activation="elu", depth=12, seed=7)
    vanishing.refresh()
    english = (_texts(softmax), _texts(vanishing))
    state = lab.state()

    _to(main_window, "ko")
    assert softmax.logit_plot.getPlotItem().titleLabel.text == "로짓 z (가공 전 점수)"
    assert softmax.prob_plot.getAxis("bottom").labelText == "클래스"
    assert [text for _, text in softmax.prob_plot.getAxis("bottom")._tickLevels[0]][:2] == \
        ["클래스 0", "클래스 1"]
    assert "가장 큰 확률" in softmax.summary.text() and "(클래스 1)" in softmax.summary.text()
    assert korean(softmax.temperature_slider.toolTip())
    assert korean(softmax.logit_boxes[0].toolTip())
    assert all(korean(title) for title in _titles(softmax))
    assert vanishing.activation_label.text() == "이 그래프의 심층 신경망에 쓸 활성화 함수 ↓"
    assert vanishing.panels[0].titleLabel.text.endswith("ELU (직접 선택 ↑)")
    assert vanishing.panels[1].titleLabel.text.endswith("시그모이드 (고정)")
    assert vanishing.panels[0].getAxis("bottom").labelText == "층 l"
    assert vanishing.form.labelForField(vanishing.depth).text() == "깊이 n"
    assert vanishing.distribution.currentText().startswith("정규분포")
    assert "중앙값" in vanishing.summary.text()
    assert korean(vanishing.seed.toolTip()) and korean(vanishing.activation_box.toolTip())
    assert lab.state() == state

    _to(main_window, "en")
    assert lab.state() == state
    assert (_texts(softmax), _texts(vanishing)) == english
    assert softmax.prob_plot.getAxis("bottom").labelText == "class"
    assert vanishing.panels[0].titleLabel.text.endswith("ELU (your choice ↑)")
    assert vanishing.activation_label.text() == "activation of the deep network in this panel ↓"


def test_losses_page_and_batch_switch_including_messages(main_window, lab):
    page = lab.losses
    lab.select_page("losses")
    page.set(target="onehot", classes=4, true_class=2)
    batch = page.batch
    english = _texts(page)
    english_axis = page.loss_plot.getAxis("bottom").labelText
    assert english_axis == "predicted probability of the true class 2"

    _to(main_window, "ko")
    assert page.inner_tabs.tabText(0) == "예측값에 따른 손실과 기울기"
    assert page.target_box.currentText() == "원-핫 벡터 (다중 분류)"
    assert page.loss_plot.getPlotItem().titleLabel.text.startswith("손실 L")
    assert page.gradient_plot.getPlotItem().titleLabel.text.startswith(
        "기울기 ∂L/∂ŷ_c (정답 클래스)")
    assert page.loss_plot.getAxis("bottom").labelText == "정답 클래스 2의 예측 확률"
    assert "범주형 교차 엔트로피" in page.info.text() and "맞는 문제" in page.info.text()
    assert page.form.labelForField(page.classes_box).text() == "클래스 수 k"
    assert korean(page.logits_box.text()) and korean(page.target_box.toolTip())
    assert batch.add_button.text() == "+ 행" and korean(batch.add_button.toolTip())
    assert batch.results.horizontalHeaderItem(1).text() == "배치 평균"
    assert batch.preset.itemText(0) == "예제 불러오기…"
    sparse = next(r for r in range(batch.results.rowCount())
                  if batch.results.item(r, 0).text() == "sparse_categorical_crossentropy")
    assert batch.results.item(sparse, 2).text().startswith("적용 안 됨: ")
    assert batch.results.item(sparse, 3).text() == "다중 분류, 정수 레이블"
    rows = batch.state()
    batch.input.item(1, 1).setText("0.1, x, 0.4")  # a typo: refused, named in Korean
    assert batch.message.text() == \
        "⚠ 2행 y_pred: 'x'은(는) 숫자가 아닙니다. 이전 값을 유지했습니다."
    assert batch.state() == rows
    page.set(target="value")  # the dashed rmse is explained in Korean
    assert "rmse (점선: 여기서 mae와 겹침)" in _legend(page.legend)
    assert "출력이 하나이면" in page.loss_plot.toolTip()
    page.set(target="onehot")
    state = lab.state()

    _to(main_window, "en")
    assert lab.state() == state
    page.batch.message.clear()
    assert _texts(page) == english
    assert page.loss_plot.getAxis("bottom").labelText == english_axis
    assert batch.add_button.text() == "+ row"
    assert batch.results.item(sparse, 2).text().startswith("does not apply: ")
    assert page.inner_tabs.tabText(1) == "Every loss on a small batch"


def test_gif_export_dialog_speaks_the_language(main_window, lab):
    _to(main_window, "ko")
    frames = (image for image in ())  # a generator, as a lab gives
    export = AnimationExport(frames, "unused.gif", 10, 1, main_window, show_dialog=True)
    assert export.dialog.windowTitle() == "애니메이션 내보내기"
    assert export.dialog.labelText() == "프레임 그리는 중 …"
    export.shutdown()
    export.dialog.close()


def test_core_keeps_its_english_texts_and_their_templates():
    """Core's messages read exactly as before; the UI translates them from the templates."""
    with pytest.raises(BatchError) as caught:
        parse_batch([("1", "0.5"), ("0", "o.5")])
    assert str(caught.value) == "row 2, y_pred: 'o.5' is not a number"
    assert caught.value.template == "row {line}, {field}: {problem}"
    with pytest.raises(BatchError, match="row 2, y_true has 2 numbers but row 1 has 1"):
        parse_batch([("1", "0.5"), ("0 1", "0.5")])
    results = {r.label: r for r in evaluate_batch(*parse_batch([("5", "0.2 0.8")]))}
    sparse = results["sparse_categorical_crossentropy"]
    assert sparse.reason == "labels must be whole numbers 0…1"
    assert (sparse.reason_template, sparse.reason_values) == (
        "labels must be whole numbers 0…{top}", {"top": 1})
    s = sweep("onehot", label=1, classes=3, from_logits=True)
    assert s.axis_label == "logit z of the true class 1"
    assert s.axis_text == "logit z of the true class {label}"
    assert sweep("value").axis_text == "prediction ŷ"
