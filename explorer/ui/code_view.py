"""The Code view: the TensorFlow/Keras program behind the lab on screen, syntax-highlighted
(Pygments), to copy or save as a ``.py`` script or a Jupyter notebook (``.ipynb``).

Every number in the program is the lab's (core's code generators write them), so running it
reproduces what the student is looking at. Data the program reads (drawn points, a CSV, a
bundled set) is saved beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core.codegen import Script
from explorer.core.files import write_text_atomically

CODE_FONT = "DejaVu Sans Mono"


def highlighted(code: str) -> str:
    """``code`` as HTML with Python syntax colours (inline styles: Qt's rich text has no CSS
    classes); plain, escaped text if Pygments is missing."""
    try:
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import PythonLexer
    except ImportError:  # a dependency, but the view must not fail without it
        import html

        return f"<pre>{html.escape(code)}</pre>"
    return highlight(code, PythonLexer(), HtmlFormatter(noclasses=True, nobackground=True))


class CodeView(QDialog):
    """Shows ``script`` and offers Copy, Save .py… and Save .ipynb…"""

    def __init__(self, script: Script, lab_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script = script
        self.code = script.python()
        self.setWindowTitle(self.tr("Code — {lab}").format(lab=lab_title))
        self.resize(900, 680)
        intro = QLabel(self.tr("The TensorFlow/Keras program that computes what the lab shows, "
                               "with the lab's numbers. Run it with python, or open the "
                               "notebook in Jupyter."))
        intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setFont(QFont(CODE_FONT, 10))
        self.text.setHtml(highlighted(self.code))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole program to the clipboard"))
        self.save_py = QPushButton(self.tr("Save .py…"))
        self.save_py.setToolTip(self.tr("Save the program as a Python script (with its data "
                                        "files beside it)"))
        self.save_notebook = QPushButton(self.tr("Save .ipynb…"))
        self.save_notebook.setToolTip(self.tr("Save the program as a Jupyter notebook, each "
                                              "step explained"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.copy_button, self.save_py, self.save_notebook):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_py.clicked.connect(lambda: self._ask_and_save(".py"))
        self.save_notebook.clicked.connect(lambda: self._ask_and_save(".ipynb"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the program (a notebook if ``path`` ends in .ipynb) and its data files beside
        it, each atomically."""
        path = Path(path)
        text = self.script.notebook_json() if path.suffix == ".ipynb" else self.code
        for name, content in self.script.files.items():
            write_text_atomically(path.parent / name, content)
        write_text_atomically(path, text)

    def _ask_and_save(self, suffix: str) -> None:
        kinds = {".py": self.tr("Python scripts (*.py)"),
                 ".ipynb": self.tr("Jupyter notebooks (*.ipynb)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save code"), f"lab{suffix}",
                                              kinds[suffix])
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        try:
            self.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {error}")
