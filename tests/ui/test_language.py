"""The app in Korean: the window switches at once and back, the choice is remembered only by a
remembering window, numbers keep a decimal point, and ``--lang ko --screenshot`` renders."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from explorer.bootstrap import ROOT
from explorer.ui.i18n import (
    LANGUAGE_KEY,
    current_language,
    install_language,
    locale_for,
    startup_language,
    system_language,
)

ENGLISH_TABS = ["Optimizer Lab", "Perceptron Lab", "Training Lab", "Gallery"]
KOREAN_TABS = ["옵티마이저 실험실", "퍼셉트론 실험실", "학습 실험실", "갤러리"]


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every test leaves the app as it found it: English, with the default locale it had."""
    locale = QLocale()
    yield
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def _tabs(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_korean_translates_the_window_and_back_restores_english(main_window):
    assert _tabs(main_window) == ENGLISH_TABS
    assert _menus(main_window) == ["&File", "&View", "&Help"]
    main_window.language_actions["ko"].trigger()  # View › Language › 한국어
    assert current_language() == "ko"
    assert _tabs(main_window) == KOREAN_TABS
    assert _menus(main_window) == ["파일(&F)", "보기(&V)", "도움말(&H)"]
    assert main_window.open_action.text() == "장면 열기(&O)…"
    assert main_window.language_menu.title() == "언어(&L)"
    assert main_window.language_actions["ko"].isChecked()
    main_window.language_actions["en"].trigger()
    assert _tabs(main_window) == ENGLISH_TABS
    assert _menus(main_window) == ["&File", "&View", "&Help"]
    assert main_window.open_action.text() == "&Open scene…"
    assert main_window.language_actions["en"].isChecked()


def test_the_shortcuts_list_is_in_the_chosen_language_without_accelerators(main_window):
    main_window.set_language("ko")
    text = main_window.shortcuts_text()
    assert "옵티마이저 실험실 (포커스가 있을 때)" in text and "어디서나" in text
    assert "장면 열기<" in text and "(O)" not in text and "&amp;" not in text
    assert "Ctrl+O" in text  # keys are Qt's, untranslated here


def test_the_error_dialog_speaks_korean(main_window):
    from explorer.ui.app import ErrorReporter

    main_window.set_language("ko")
    reporter = ErrorReporter(main_window)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        reporter.handle(RuntimeError, error, error.__traceback__)
    assert reporter.dialog is not None
    assert reporter.dialog.windowTitle() == "문제가 생겼습니다"
    assert reporter.dialog.text() == ("RuntimeError: boom\n\n"
                                      "앱은 계속 실행됩니다. 자세한 내용은 로그에 기록했습니다.")
    reporter.dialog.close()


def test_qt_standard_buttons_follow_the_language(qapp, qtbot):
    install_language(qapp, "ko")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "확인"  # Qt's own qtbase_ko, shipped with PySide6


def test_only_a_remembering_window_keeps_the_choice(qtbot, settings):
    from explorer.ui.main_window import MainWindow

    for remember in (False, True):
        window = MainWindow(settings=settings, remember=remember)
        qtbot.addWidget(window)
        window.set_language("ko")
        assert settings.value(LANGUAGE_KEY) == ("ko" if remember else None)
        window.remember = False  # nothing else of this window goes into the settings
        window.close()
    assert startup_language(None, settings) == "ko"


def test_the_start_language_is_the_flag_else_the_saved_choice_else_the_systems(settings):
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    assert system_language(korean) == "ko"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert startup_language(None, settings) == system_language()
    settings.setValue(LANGUAGE_KEY, "ko")
    assert startup_language(None, settings) == "ko"
    assert startup_language("en", settings) == "en"
    settings.setValue(LANGUAGE_KEY, "xx")  # unknown: ignored
    assert startup_language(None, settings) == system_language()
    assert startup_language(None, None) == "en"  # a render: reproducible, English
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        startup_language("fr", settings)


@pytest.mark.parametrize("code", ["en", "ko"])
def test_numbers_keep_a_decimal_point_in_every_language(qapp, code):
    assert locale_for(code).decimalPoint() == "."
    install_language(qapp, code)
    assert QLocale().decimalPoint() == "."
    assert QLocale().toDouble("0.001") == (0.001, True)
    expected = QLocale.Language.Korean if code == "ko" else QLocale.Language.English
    assert QLocale().language() == expected


def test_lang_ko_screenshot_renders_the_korean_window(tmp_path):
    """The tab bar of a Korean screenshot differs from an English one; the rest is the same
    lab (the labs' own texts are translated next)."""
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    images = {}
    for code in ("en", "ko"):
        out = tmp_path / f"{code}.png"
        result = subprocess.run(
            [sys.executable, "main.py", "--lang", code, "--lab", "gallery", "--screenshot",
             str(out), "--size", "800x600"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        images[code] = QImage(str(out))
        assert images[code].width() == 800 and images[code].height() == 600
    top = [image.copy(0, 0, 800, 60) for image in images.values()]
    assert top[0] != top[1]
