"""File › Export code… and each lab's Code… button (issue 17): the program behind the picture,
highlighted, copied and saved as .py or .ipynb; run, it gives the lab's numbers."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from explorer.ui.widgets.panels import ExportButtons

pytestmark = pytest.mark.usefixtures("english_afterwards")


def test_the_optimizer_labs_code_names_every_racers_keras_optimizer(main_window, open_lab):
    lab = open_lab("optimizer")
    view = main_window.show_code()
    assert view is not None and view.isVisible()
    assert view.windowTitle() == "Code — Optimizer Lab"
    for racer in lab.race.racers:
        assert f"keras.optimizers.{racer.optimizer.spec.keras_class}(" in view.code
    assert "tf.GradientTape" in view.code and "(unsaved)" in view.code  # the header's scene
    assert "<span" in view.text.toHtml()  # highlighted
    view.copy()
    assert QGuiApplication.clipboard().text() == view.code
    view.close()


def test_the_code_button_of_a_lab_opens_the_view(main_window, open_lab, qtbot):
    lab = open_lab("perceptron")
    buttons = lab.findChildren(ExportButtons)
    assert len(buttons) == 1 and buttons[0].code.text() == "Code…"
    buttons[0].code.click()
    views = [w for w in main_window.findChildren(type(main_window.show_code())) if w.isVisible()]
    assert views and "perceptron" in views[-1].code.lower()


def test_a_saved_perceptron_script_reproduces_the_labs_weights(main_window, open_lab, tmp_path):
    lab = open_lab("perceptron")
    lab.set_gate("or")
    lab.run_to_end()
    view = main_window.show_code()
    path = tmp_path / "or.py"
    view.save(path)
    result = subprocess.run([sys.executable, str(path), "--json"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    numbers = json.loads(result.stdout.strip().splitlines()[-1])
    final = np.asarray(numbers["weights"][-1], dtype=float)
    assert np.array_equal(final, [*lab.run.weights, lab.run.bias])


def test_a_notebook_is_valid_and_speaks_korean(main_window, open_lab, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    open_lab("perceptron")
    main_window.set_language("ko")
    view = main_window.show_code()
    assert view.windowTitle() == "코드 — 퍼셉트론 실험실"
    path = tmp_path / "lab.ipynb"
    view.save(path)
    notebook = nbformat.read(str(path), as_version=4)
    nbformat.validate(notebook)
    markdown = " ".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "퍼셉트론" in markdown


def test_the_gallery_has_no_program_and_says_so(main_window, open_lab, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    open_lab("gallery")
    assert main_window.show_code() is None
    assert said and "no training program" in said[0]


def test_the_training_labs_comparison_exports_one_run_per_optimizer(main_window, open_lab):
    lab = open_lab("training")
    lab.apply_state({"data": {"dataset": "xor"},
                     "compare": {"enabled": True, "racers": [
                         {"optimizer": "sgd", "hyper": {"learning_rate": 0.1}},
                         {"optimizer": "adam", "hyper": {"learning_rate": 0.01}}]}})
    view = main_window.show_code()
    assert "OPTIMIZERS = {" in view.code and "for label, make_optimizer in" in view.code
    assert "'SGD η=0.1': lambda: keras.optimizers.SGD(" in view.code
    assert "'Adam η=0.01': lambda: keras.optimizers.Adam(" in view.code
    view.close()
