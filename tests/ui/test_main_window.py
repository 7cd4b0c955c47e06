"""The window around the labs: the Help › Keyboard shortcuts list follows the lab on screen."""

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
    for key, what in (("Ctrl+O", "Open scene"), ("Ctrl+Shift+E", "Export animation as GIF"),
                      ("F1", "Keyboard shortcuts")):
        assert f"<b>{key}</b>" in text and what in text
    if name == "gallery":
        assert "no keys of its own" in text
