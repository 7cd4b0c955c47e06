"""The Perceptron Lab in Korean: View › Language switches every text of the lab at once (panel,
transport, plots, captions, the run's summary, the 2-2-1 network's page) and back, and the run
stays where it was: the step, the weights and the trained network."""

from __future__ import annotations

import re

import numpy as np
import pytest

from explorer.ui.labs.perceptron.page import perceptron_at

HANGUL = re.compile("[\uac00-\ud7a3]")


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


pytestmark = pytest.mark.usefixtures("english_afterwards")


@pytest.fixture
def lab(open_lab):
    return open_lab("perceptron")


def _title(plot) -> str:
    return plot.plotItem.titleLabel.text


def _axis(plot, side: str) -> str:
    return plot.plotItem.getAxis(side).labelText


def test_the_lab_switches_to_korean_and_back_keeping_the_run(main_window, lab):
    for _ in range(5):
        lab.step_once()
    step, weights = lab.settings.step, perceptron_at(lab.run, lab.settings.step)
    counter, caption = lab.playback.counter.text(), lab.page.caption.text()
    assert counter == "epoch 2 · sample 1/4" and caption.startswith("<b>Epoch 2, sample 1 of 4")

    main_window.language_actions["ko"].trigger()  # View › Language › 한국어
    panel, page, playback = lab.panel, lab.page, lab.playback
    assert lab.view_tabs.tabText(0) == "퍼셉트론"
    assert panel.learning_group.title() == "학습" and panel.gate_group.title() == "게이트"
    assert panel.new_seed_button.text() == "새 시드"
    assert panel.learn_radio.text() == "퍼셉트론 학습 규칙으로 학습"
    assert korean(panel.seed.toolTip()) and korean(panel.hand.sliders[0].toolTip())
    assert playback.step_epoch_button.text() == "에포크" and playback.to_end_button.text() == "끝"
    assert playback.max_steps.prefix() == "최대 에포크 "  # the lab's, not the bar's "max "
    assert playback.step_button.toolTip() == "샘플 하나 방문: 학습 규칙을 한 번 적용 (→)"
    assert playback.counter.text() == "에포크 2 · 샘플 1/4"
    assert page.caption.text().startswith("<b>에포크 2, 샘플 1/4</b>")
    assert korean(page.verdict.text()) and korean(page.table_title.text())
    assert korean(page.legend.text()) and korean(page.delta_label.toolTip())
    assert page.table.horizontalHeaderItem(2).text() == "d (목표)"
    assert _title(page.input_plot).startswith("입력 공간")
    assert _title(page.weight_plot).startswith("가중치 공간")
    assert "에포크" in _title(page.errors_plot) and _axis(page.errors_plot, "bottom") == "에포크"
    assert korean(page.errors_plot.toolTip())
    assert korean(page.weight_plot.region_label.toPlainText())
    assert "학습: 샘플 하나" in main_window.shortcuts_text()
    assert lab.export_gif_button.toolTip().startswith("학습 과정을")
    assert lab.settings.step == step

    main_window.language_actions["en"].trigger()
    assert lab.view_tabs.tabText(0) == "Perceptron"
    assert panel.learning_group.title() == "Learning" and panel.new_seed_button.text() == "New seed"
    assert playback.step_epoch_button.text() == "Epoch" and playback.to_end_button.text() == "End"
    assert playback.max_steps.prefix() == "max epochs "
    assert playback.step_button.toolTip() == "Visit one sample: apply the rule once (→)"
    assert playback.counter.text() == counter and page.caption.text() == caption
    assert _title(page.input_plot) == "input space: the line w₁x₁ + w₂x₂ + b = 0"
    assert _axis(page.errors_plot, "bottom") == "epoch"
    assert page.table.horizontalHeaderItem(2).text() == "d (target)"
    assert lab.settings.step == step
    now = perceptron_at(lab.run, lab.settings.step)
    assert np.array_equal(now.weights, weights.weights) and now.bias == weights.bias


def test_hand_mode_speaks_korean(main_window, lab):
    lab.apply_preset("and")
    main_window.set_language("ko")
    assert lab.page.verdict.text() == "✔ 해결: AND의 4개 행이 모두 맞습니다"
    assert lab.page.hand_note.text().startswith("<b>직접 설정 모드.</b>")
    assert lab.panel.hand_group.title() == "가중치 직접 설정"
    assert lab.panel.preset_buttons["and"].toolTip().startswith("강의에서 쓰는 AND 가중치")
    main_window.set_language("en")
    assert lab.page.verdict.text() == "✔ Solved: all 4 rows of AND are right"
    assert lab.settings.hand == (0.5, 0.5, -0.7)


def test_xor_summary_and_the_hidden_layer_in_korean(main_window, lab, qtbot):
    lab.set_gate("xor")
    lab.run_to_end()
    english = lab.panel.hidden_message.text()
    assert english.startswith("No straight line separates XOR's classes: after 100 epochs")
    main_window.set_language("ko")
    assert lab.panel.gate_box.currentText() == "XOR  (직선으로 나눌 수 없음)"
    message = lab.panel.hidden_message.text()
    assert message.startswith("어떤 직선도 XOR의 두 클래스를 나누지 못합니다: 100 에포크 후")
    assert message.endswith("은닉층 하나면 해결됩니다.")
    assert "100 에포크 후" in lab.page.caption.text()
    assert lab.panel.add_hidden_button.text() == "은닉층 추가"

    lab.trainer.live_seconds = 0.0
    with qtbot.waitSignal(lab.hidden_trained, timeout=15000) as blocker:
        lab.add_hidden_layer()
    assert blocker.args == [True]
    latest = lab.trainer.latest
    page, panel = lab.hidden_page, lab.panel
    assert lab.view_tabs.tabText(1) == "은닉층 추가 (2-2-1)"
    assert page.info.text().startswith("<b>2-2-1 신경망</b>") and "학습 완료" in page.info.text()
    assert panel.mlp_status.text().startswith("✔ 해결: 에포크")
    assert panel.network_units.text() == "은닉 2개 + 출력 1개, 모두 시그모이드"
    assert panel.network_group.title() == "2-2-1 신경망"
    assert _title(page.losses) == "2-2-1 신경망 학습"
    assert page.losses.legend.getLabel(page.losses.loss).text == "손실 (교차 엔트로피)"
    assert _title(page.hidden_space).startswith("은닉층 공간")

    main_window.set_language("en")
    assert lab.trainer.latest is latest and lab.settings.hidden
    assert panel.mlp_status.text().startswith("✔ Solved: 100 % from epoch")
    assert panel.network_units.text() == "2 hidden + 1 output, all sigmoid"
    assert "trained: epoch 5000 of 5000" in page.info.text()
    assert page.losses.legend.getLabel(page.losses.loss).text == "loss (cross-entropy)"
    assert lab.panel.hidden_message.text() == english
