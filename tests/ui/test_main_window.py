"""The window around the labs: the Help › Keyboard shortcuts list follows the lab on screen;
which windows save the settings on close."""

from __future__ import annotations

import pytest

LAB_KEYS = {
    "optimizer": ["Space", "Right", "R"],
    "perceptron": ["Space", "Right", "Shift+Right", "E", "R", "N"],
    "training": ["Space", "Right", "Shift+Right", "R"],
}


@pytest.mark.parametrize("name", ["optimizer", "perceptron", "training", "gallery"])
def test_shortcut_list_shows_the_current_labs_keys_and_the_windows(main_window, name):
    from explorer.ui.widgets.shortcuts import describe_shortcuts

    main_window.select_lab(name)
    lab = main_window.current_lab
    keys = [key for key, _ in describe_shortcuts(lab)]
    assert sorted(keys) == sorted(LAB_KEYS.get(name, []))
    text = main_window.shortcuts_text()
    assert lab.title in text
    for key, what in describe_shortcuts(lab):
        assert f"<b>{key}</b>" in text and what in text
    for key, what in (("Ctrl+O", "Open scene"), ("Ctrl+Shift+E", "Export animation (GIF, MP4)"),
                      ("F1", "Keyboard shortcuts")):
        assert f"<b>{key}</b>" in text and what in text
    if name == "gallery":
        assert "no keys of its own" in text


@pytest.mark.parametrize("remember", [True, False])
def test_only_a_remembering_window_saves_its_settings_on_close(qtbot, settings, remember):
    """Renders, benches and tests close windows made with ``remember=False``: the saved setup
    of the user (window, lab, each lab's state) must stay as it was."""
    from explorer.ui.app import create_application
    from explorer.ui.main_window import MainWindow

    create_application()
    settings.setValue("window/lab", "gallery")
    window = MainWindow(settings=settings, remember=remember)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_lab("perceptron")
    window.close()
    settings.sync()
    assert settings.value("window/lab") == ("perceptron" if remember else "gallery")
    assert (settings.value("labs/perceptron") is not None) == remember


def test_the_window_fits_1000_by_700_with_every_lab_built(main_window):
    """The window is as small as its largest lab allows, whichever labs were visited: the
    Perceptron Lab's one-row transport and legends forced 1,288 pixels on every lab."""
    for name in ("optimizer", "perceptron", "training", "gallery"):
        main_window.select_lab(name)
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
