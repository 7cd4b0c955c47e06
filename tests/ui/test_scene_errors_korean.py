"""A corrupt scene is explained in the user's language (issue 14): the GUI shows a SceneError
through ``error_text``, which translates its marked template in context "Scenes" and each marked
value apart (the problem, a kind name), while paths, reprs and numbers stay as they are.

The Korean .qm is compiled by the lead, so these tests assert the mechanism: in Korean,
``error_text`` gives exactly what Qt's translation of each template gives; with a pseudo
translator installed, every marked part of the message is visibly translated; and every error
each lab raises for a corrupt state has templates lupdate extracts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explorer.core.i18n import MarkedError, MarkedText
from explorer.core.scene import Scene, SceneError, read_scene, write_scene
from explorer.ui.i18n import error_text


def _qt_translation(item: MarkedText | MarkedError) -> str:
    """The message as Qt's translations make it, part by part (the expected result)."""
    values = {key: _qt_translation(value) if isinstance(value, MarkedText | MarkedError)
              else value for key, value in item.values.items()}
    return QCoreApplication.translate(item.context, item.template).format(**values)


class Pseudo(QTranslator):
    """Translates every text of the error families to «text» (placeholders kept)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """None (Qt's null string): not translated here, the next translator is asked."""
        return f"«{source}»" if context in ("Scenes", "Model", "Losses", "ModelFiles") else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp):
    translator = Pseudo()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _scene_file(main_window, tmp_path: Path, lab: str, change: dict[str, Any]) -> Path:
    """A scene holding the lab's current state with ``change`` merged in."""
    path = tmp_path / "scene.json"
    write_scene(path, Scene(lab=lab, labs={lab: {**main_window.labs[lab].state(), **change}}))
    return path


CORRUPT_LABS = [
    ("perceptron", {"gate": 3}),
    ("perceptron", {"learning_rate": "fast"}),
    ("perceptron", {"hand": [1, 2]}),
    ("perceptron", {"mode": "guess"}),
    ("gallery", {"page": 1}),
    ("gallery", {"softmax": {"logits": [], "temperature": 1}}),
    ("gallery", {"activations": {"selected": ["relu"], "x_min": 2, "x_max": 1,
                                 "show_derivative": True, "params": {}}}),
    ("gallery", {"losses": "none"}),
    ("training", {"view": "3d"}),
    ("training", {"curves": {"smoothing": 5}}),
    ("training", {"data": {"n_samples": "many"}}),
    ("training", {"data": {"dataset": "horoscope"}}),
    ("training", {"model": {"hidden": [{"units": 0}]}}),
    ("training", {"model": {"learning_rate": "fast"}}),
    ("training", {"data": {"dataset": "boston"}, "model": {"loss": "binary_crossentropy"}}),
    ("training", {"colour": "red"}),
    ("optimizer", {"surface": "moon"}),
    ("optimizer", {"racers": [{"optimizer": "adam", "hyper": {}, "color": "red"}]}),
    ("optimizer", {"max_steps": 0}),
]


@pytest.mark.parametrize(("lab", "change"), CORRUPT_LABS)
def test_each_lab_refuses_a_corrupt_state_with_marked_templates(main_window, tmp_path, lab,
                                                                change, unmarked_templates):
    path = _scene_file(main_window, tmp_path, lab, change)
    with pytest.raises(SceneError) as caught:
        main_window.open_scene(path)
    assert unmarked_templates(caught.value) == []


def test_error_text_in_korean_is_qt_translation_of_each_part(main_window, english_afterwards,
                                                             tmp_path):
    main_window.set_language("ko")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SceneError) as caught:
        read_scene(bad)
    error = caught.value
    assert error_text(error) == QCoreApplication.translate("Scenes", error.template).format(
        **error.values)
    with pytest.raises(SceneError) as caught:
        main_window.open_scene(_scene_file(main_window, tmp_path, "perceptron",
                                           {"learning_rate": "fast"}))
    assert error_text(caught.value) == _qt_translation(caught.value)


def test_every_marked_part_of_a_nested_error_is_translated(main_window, tmp_path, pseudo):
    with pytest.raises(SceneError) as caught:
        main_window.open_scene(_scene_file(main_window, tmp_path, "perceptron",
                                           {"learning_rate": "fast"}))
    error = caught.value
    assert str(error) == "perceptron: 'learning_rate' must be an integer or a number, not 'fast'"
    assert error_text(error) == ("«perceptron: «'learning_rate' must be ««an integer» or «a "
                                 "number»», not 'fast'»»")
    with pytest.raises(SceneError) as caught:  # a problem of the Losses family inside
        main_window.open_scene(_scene_file(main_window, tmp_path, "gallery", {
            "losses": {**main_window.labs["gallery"].state()["losses"], "batch": [["1", "x"]]}}))
    assert str(caught.value) == "losses page, batch: row 1, y_pred: 'x' is not a number"
    assert error_text(caught.value) == ("«losses page, batch: «row 1, y_pred: «'x' is not a "
                                        "number»»»")


def test_the_open_scene_box_says_why_in_the_current_language(qtbot, main_window, tmp_path,
                                                            pseudo):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    main_window.open_action.trigger()  # File › Open scene…, as a user would
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main_window.findChildren(QFileDialog)),
                    timeout=10_000)
    dialog = next(d for d in main_window.findChildren(QFileDialog) if d.isVisible())
    dialog.selectFile(str(bad))
    dialog.accept()  # as a user picks the file: the window opens it, or says why not
    qtbot.waitUntil(lambda: any(b.isVisible() for b in main_window.findChildren(QMessageBox)),
                    timeout=10_000)
    box = next(b for b in main_window.findChildren(QMessageBox) if b.isVisible())
    assert box.text().startswith("bad.json: «not an Optimizer Explorer scene (the 'format' "
                                 "field is missing or different)»")
    box.close()
    QApplication.processEvents()
