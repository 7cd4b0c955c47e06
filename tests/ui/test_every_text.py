"""Every visible word of the app in the chosen language (issue 14).

In Korean the walk opens every lab, every tab and page, every Training Lab view, a running race,
the perceptron failing on XOR, and the dialogs the app opens (shortcuts, export size, the error
dialog), and reads every visible widget's text, tooltip, placeholder, window title, list and
table entry, menu entry, plot title, axis label and legend entry. No English word may be left
but Keras identifiers, formulas, units, keys, file formats and proper names (the allow-list
below). The same walk in English finds no Hangul (but the language menu's "한국어").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from explorer.core.optim import OPTIMIZERS, OPTION_NAMES
from explorer.core.optim.schedules import SCHEDULES

pytestmark = pytest.mark.usefixtures("english_afterwards")

HANGUL = re.compile("[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")  # single letters are symbols
MARKUP = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
LANGUAGE_NAMES = {"English", "한국어"}  # each language is named in itself, in every language

# Words a Korean screen keeps in Latin letters, as the course writes them.
ALLOWED = set(" ".join((
    # Keras and TensorFlow: classes, modules, functions, arguments, metrics, layer names
    "Keras keras TensorFlow TensorBoard Sequential Dense Dropout model summary fit evaluate "
    "compile predict history History saving optimizers activations losses metrics "
    "validation_split from_logits True False None output hidden_ learning_rate activation "
    "lecun_normal RootMeanSquaredError accuracy "
    # optimizers (Keras classes and the lab's names)
    "GD SGD Momentum Nesterov AdaGrad Adagrad RMSProp RMSprop Adam Adadelta Adamax Nadam "
    # activations and losses (Keras names and their usual spellings)
    "relu sigmoid tanh softmax linear elu selu gelu silu swish softplus softsign leaky_relu "
    "relu6 hard_sigmoid exponential step ReLU ReLU6 Tanh Leaky ELU SELU GELU Swish SiLU Softplus "
    "Softsign mse mae rmse huber Huber log_cosh Log cosh hinge squared_hinge binary_crossentropy "
    "categorical_crossentropy sparse_categorical_crossentropy mean_squared_error "
    "mean_absolute_error MSE MAE SVM "
    # formulas: functions and symbols written with letters
    "log ln max min clip erf sign mean std y_true y_pred y_k p_k p_true p_c L_min "
    # surfaces and people (proper names), data sets
    "Rosenbrock Beale Booth Himmelblau Rastrigin Ackley Styblinski Tang Goldstein Price "
    "Li et al Goodfellow He MNIST README "
    # logic gates, methods, file formats, keys, libraries, the app's name
    "AND OR NAND NOR XOR XNOR PCA PNG GIF SVG PDF MP4 CSV npz numpy cividis "
    "Ctrl Shift Space Alt Esc Enter Home End Del Backspace Optimizer Explorer "
    # the error dialog names the Python exception's class
    "RuntimeError "
    # file types, methods and quantities named by their abbreviations
    "py ipynb EMA FTRL RMS loss schedules decay OpenGL",
)).split()) | {name for spec in (*OPTIMIZERS.values(), *SCHEDULES.values())  # as Keras names
               for name in (getattr(spec, "title", ""), spec.keras_class,  # them
                            *(p.name for p in spec.params))} | set(OPTION_NAMES)
HISTORY_KEY = re.compile(r"val_\w+")  # Keras's History keys: val_loss, val_accuracy


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hover in ``root`` and its visible
    children, markup removed."""
    stack = [root]
    while stack:
        widget = stack.pop()
        if not widget.isVisible():
            continue
        for where, text in _widget_texts(widget):
            if text:
                yield f"{type(widget).__name__}.{where}", MARKUP.sub(" ", str(text))
        stack.extend(widget.findChildren(QWidget,
                                         options=Qt.FindChildOption.FindDirectChildrenOnly))


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", widget.toolTip()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, (QAbstractButton, QLabel)):
        yield "text", widget.text()
    if isinstance(widget, QMessageBox):
        yield "informativeText", widget.informativeText()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
        yield "text", widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "item", widget.itemText(i)
            yield "item tip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tip", widget.tabToolTip(i)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield "item", widget.item(i).text()
            yield "item tip", widget.item(i).toolTip()
    if isinstance(widget, QTableWidget):
        yield from _table_texts(widget)
    if isinstance(widget, QMenuBar):
        yield from _action_texts(widget.actions())
        for menu in widget.findChildren(QMenu):
            yield from _action_texts(menu.actions())
    if isinstance(widget, (QPushButton, QToolButton)) and widget.menu() is not None:
        yield from _action_texts(widget.menu().actions())
    if isinstance(widget, pg.GraphicsView):
        yield from _plot_texts(widget)


def _table_texts(table: QTableWidget) -> Iterator[tuple[str, str]]:
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        yield "header", header.text() if header else ""
    for row in range(table.rowCount()):
        header = table.verticalHeaderItem(row)
        yield "row header", header.text() if header else ""
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                yield "cell", item.text()
                yield "cell tip", item.toolTip()


def _action_texts(actions) -> Iterator[tuple[str, str]]:
    """Menu entries. Submenus are reached as the menu bar's QMenu children, never through
    ``QAction.menu()``, whose wrapper owns the menu in PySide6 and deletes it when collected."""
    for action in actions:
        if action.isVisible():
            yield "action", action.text().replace("&", "")
            yield "action tip", action.toolTip().replace("&", "")


def _plot_texts(view: pg.GraphicsView) -> Iterator[tuple[str, str]]:
    """Titles, axis labels, legends and text items of the view's plots, found through
    pyqtgraph's own references (``scene().items()`` would wrap C++-owned items in Python
    objects whose collection deletes them)."""
    stack = [view.centralWidget]
    while stack:
        item = stack.pop()
        if item is None or not item.isVisible():
            continue
        yield "item tip", item.toolTip()
        if isinstance(item, pg.GraphicsLayout):
            stack.extend(item.items)
        elif isinstance(item, pg.PlotItem):
            if item.titleLabel.isVisible():
                yield "plot title", item.titleLabel.text
            for axis in item.axes.values():
                stack.append(axis["item"])
            stack.extend([item.legend, *item.items])
        elif isinstance(item, pg.ViewBox):
            stack.extend(item.addedItems)
        elif isinstance(item, pg.AxisItem):
            if item.label.isVisible():
                yield "axis label", f"{item.labelText} {item.labelUnits or ''}"
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield "legend", label.text
        elif isinstance(item, pg.LabelItem):
            yield "label", item.text
        elif isinstance(item, pg.TextItem):
            yield "text item", item.textItem.toPlainText()


def english_words(text: str) -> list[str]:
    """Latin-letter words of ``text`` that are not on the allow-list."""
    if text in LANGUAGE_NAMES:
        return []
    return [word for word in WORD.findall(text) if word not in ALLOWED
            and not HISTORY_KEY.fullmatch(word)
            and len(stem := word.rstrip("0123456789")) > 1  # x1, F1: a letter and a number
            and stem not in ALLOWED]  # hidden_2: a Keras layer name


# --- visiting everything -------------------------------------------------------------------------


def _tab_widgets(widget: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in widget.findChildren(QTabWidget) if tabs.isVisible()]


def walk_app(window) -> dict[str, tuple[str, str]]:
    """Every text of every lab, tab, page and view, and of the dialogs: {text: (where, place)}."""
    seen: dict[str, tuple[str, str]] = {}

    def read(place: str, root: QWidget = window) -> None:
        QApplication.processEvents()
        for where, text in visible_texts(root):
            seen.setdefault(text, (where, place))

    for name in list(window.labs):
        window.select_lab(name)
        lab = window.labs[name]
        _play_a_little(name, lab)
        read(name)
        for tabs in _tab_widgets(lab):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                read(f"{name} › {tabs.tabText(i)}")
                for inner in _tab_widgets(tabs.widget(i)):
                    for j in range(inner.count()):
                        inner.setCurrentIndex(j)
                        read(f"{name} › {tabs.tabText(i)} › {inner.tabText(j)}")
    _read_dialogs(window, read)
    return seen


def _play_a_little(name: str, lab) -> None:
    """States whose texts the first view does not show: a race under way, XOR failing."""
    if name == "optimizer":
        lab.set_surface("himmelblau")
        for _ in range(40):
            lab.step_once()
    elif name == "perceptron":
        lab.set_gate("xor")
        lab.run_to_end()


def _read_dialogs(window, read) -> None:
    """Help › Keyboard shortcuts, File › Export PNG's size dialog (modal: read, then
    cancelled) and the error dialog."""
    from explorer.ui.app import ErrorReporter

    window.shortcuts_action.trigger()
    shortcuts = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert shortcuts, "Help › Keyboard shortcuts opened no dialog"
    read("shortcuts dialog", shortcuts[-1])
    shortcuts[-1].close()

    opened: list[QWidget] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog)
            read("export dialog", dialog)
            dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    window.export_png_action.trigger()
    assert opened, "File › Export PNG opened no dialog"

    reporter = ErrorReporter(window)
    try:
        raise RuntimeError("—")  # a programmer's message stays as it is
    except RuntimeError as error:
        reporter.handle(RuntimeError, error, error.__traceback__)
    assert reporter.dialog is not None
    read("error dialog", reporter.dialog)
    reporter.dialog.close()


def _report(found: dict[str, tuple[str, str]]) -> str:
    return "\n".join(f"{place} · {where}: {text[:140]!r}" for text, (where, place) in found.items())


def test_in_korean_no_english_is_left(main_window):
    main_window.set_language("ko")
    seen = walk_app(main_window)
    assert len(seen) > 400  # the walk reached every lab, tab, view and dialog
    english = {text: place for text, place in seen.items() if english_words(text)}
    assert not english, "English left in Korean:\n" + _report(english)


def test_in_english_no_hangul_is_shown(main_window):
    seen = walk_app(main_window)
    assert len(seen) > 400
    hangul = {text: place for text, place in seen.items()
              if HANGUL.search(text) and text not in LANGUAGE_NAMES}
    assert not hangul, "Hangul in English:\n" + _report(hangul)


def test_the_allow_list_catches_a_sentence():
    assert english_words("학습률 η: how far each step moves") == ["how", "far", "each", "moves"]
    assert english_words("Adam η=0.1 · 손실 binary_crossentropy · Ctrl+E") == []
