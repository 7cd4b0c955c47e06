"""A small batch the user types (y_true, y_pred per row) and every loss that fits it, evaluated.

Cells are parsed by :func:`explorer.core.functions.parse_batch`; a cell that cannot be used is named
in a message and put back to its last valid text, so the table and the results always agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core.functions import (
    PROBLEMS,
    BatchError,
    BatchResult,
    evaluate_batch,
    parse_batch,
)
from explorer.core.functions.batch import COLUMNS, MAX_ROWS
from explorer.core.i18n import tr_noop
from explorer.core.scene import SceneError, Where, problem_at
from explorer.ui.i18n import error_text, formula, translate
from explorer.ui.labs.gallery.common import error_label, wrapped_label

Rows = list[tuple[str, str]]
CONTEXT = "BatchPanel"  # the presets' names, the result headers and the guide
LOSSES_CONTEXT = "Losses"  # where core marked the losses' texts and the batch's errors
PRESETS: dict[str, Rows] = {
    tr_noop("BatchPanel", "Regression (numbers)"):
        [("2.0", "2.5"), ("-1.0", "0.0"), ("0.5", "0.4")],
    tr_noop("BatchPanel", "Binary, probabilities"): [("1", "0.9"), ("0", "0.2"), ("1", "0.3")],
    tr_noop("BatchPanel", "Binary, logits (scores)"):
        [("1", "2.2"), ("0", "-1.4"), ("1", "-0.3")],
    tr_noop("BatchPanel", "Multi-class, one-hot"):
        [("1, 0, 0", "0.7, 0.2, 0.1"), ("0, 1, 0", "0.1, 0.5, 0.4"), ("0, 0, 1", "0.3, 0.3, 0.4")],
    tr_noop("BatchPanel", "Multi-class, integer labels"):
        [("0", "0.7, 0.2, 0.1"), ("1", "0.1, 0.5, 0.4"), ("2", "0.3, 0.3, 0.4")],
}
DEFAULT_PRESET = "Multi-class, one-hot"
RESULT_HEADERS = (tr_noop("BatchPanel", "loss"), tr_noop("BatchPanel", "batch mean"),
                  tr_noop("BatchPanel", "per-sample loss"), tr_noop("BatchPanel", "fits"),
                  tr_noop("BatchPanel", "output activation"))
GREY = QColor("#707070")
GUIDE = tr_noop(
    "BatchPanel",
    "Type numbers separated by commas or spaces; a row is one sample. Keras's "
    "model.fit/evaluate report the batch mean of the per-sample losses. Regression → "
    "mse/mae/huber with a linear output; binary 0/1 → binary_crossentropy with sigmoid; "
    "multi-class one-hot → categorical_crossentropy with softmax; integer labels → "
    "sparse_categorical_crossentropy with softmax.")


class BatchPanel(QWidget):
    """Edits the batch; ``changed`` fires after every accepted edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Rows = list(PRESETS[DEFAULT_PRESET])
        self.delta = 1.0
        self.last_results: list[BatchResult] = []
        self.preset = QComboBox()
        self.preset.addItem("", "")
        for name in PRESETS:
            self.preset.addItem(name, name)
        self.preset.activated.connect(self._on_preset)
        self.add_button = QPushButton()  # texts: retranslate()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_row)
        self.input = QTableWidget(0, 2)
        self.input.setHorizontalHeaderLabels(COLUMNS)
        self.input.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.input.cellChanged.connect(self._on_cell_changed)
        self.message = error_label()
        self.results = QTableWidget(0, len(RESULT_HEADERS))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # rows follow the wrapped text
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preset, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.input, 1)
        left.addWidget(self.message)
        self.guide = wrapped_label()
        left.addWidget(self.guide)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.results, 3)
        self._show_rows()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the current language (the batch is kept)."""
        self.preset.setItemText(0, self.tr("Load an example…"))
        for i, name in enumerate(PRESETS, start=1):
            self.preset.setItemText(i, translate(CONTEXT, name))
        self.preset.setToolTip(self.tr("Replace the batch with an example for one kind of "
                                       "problem"))
        self.add_button.setText(self.tr("+ row"))
        self.add_button.setToolTip(self.tr("Add a sample (at most {most})").format(most=MAX_ROWS))
        self.remove_button.setText(self.tr("− row"))
        self.remove_button.setToolTip(self.tr("Remove the last sample"))
        self.input.setToolTip(self.tr("y_true: the label(s) · y_pred: the model's output(s).\n"
                                      "One-hot rows like 0, 1, 0; integer labels like 2."))
        self.results.setHorizontalHeaderLabels([translate(CONTEXT, h) for h in RESULT_HEADERS])
        self.guide.setText(translate(CONTEXT, GUIDE))
        self.evaluate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- editing ------------------------------------------------------------------------------

    def set_rows(self, rows: Rows) -> None:
        """Replace the batch; raises BatchError (and changes nothing) if a cell is unusable."""
        parse_batch(rows)
        self.rows = [(str(t), str(p)) for t, p in rows]
        self.message.clear()
        self._show_rows()
        self.evaluate()
        self.changed.emit()

    def set_delta(self, delta: float) -> None:
        self.delta = delta
        self.evaluate()

    def add_row(self) -> None:
        if len(self.rows) < MAX_ROWS:
            self.set_rows([*self.rows, self.rows[-1]])

    def remove_row(self) -> None:
        if len(self.rows) > 1:
            self.set_rows(self.rows[:-1])

    def _on_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name:
            self.set_rows(PRESETS[name])
        self.preset.setCurrentIndex(0)

    def _on_cell_changed(self, row: int, column: int) -> None:
        candidate = [list(r) for r in self.rows]
        candidate[row][column] = self.input.item(row, column).text()
        try:
            self.set_rows([(t, p) for t, p in candidate])
        except BatchError as error:
            self.message.setText(self.tr("⚠ {error}. Kept the previous value.").format(
                error=_capital(error_text(error))))
            self._show_rows()
            self.input.setCurrentCell(error.row, error.column)

    def _show_rows(self) -> None:
        self.input.blockSignals(True)
        self.input.setRowCount(len(self.rows))
        for r, cells in enumerate(self.rows):
            for c, text in enumerate(cells):
                self.input.setItem(r, c, QTableWidgetItem(text))
        self.input.blockSignals(False)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        self.remove_button.setEnabled(len(self.rows) > 1)

    # --- results ------------------------------------------------------------------------------

    def evaluate(self) -> None:
        results = self.last_results = evaluate_batch(*parse_batch(self.rows), delta=self.delta)
        self.results.setRowCount(len(results))
        for r, result in enumerate(results):
            loss = result.loss
            fits = (translate(LOSSES_CONTEXT, PROBLEMS[loss.problem]),
                    translate(LOSSES_CONTEXT, loss.activation_for(**result.params)))
            label = result.label.replace(" (", "\n(")  # keeps the loss column narrow
            reason = translate(LOSSES_CONTEXT, result.reason_template or result.reason).format(
                **result.reason_values)
            if result.values is None:
                cells = (label, "—", self.tr("does not apply: {reason}").format(reason=reason),
                         *fits)
            else:
                cells = (label, f"{result.mean:.4g}",
                         ", ".join(f"{v:.4g}" for v in result.values), *fits)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                title = translate(LOSSES_CONTEXT, loss.title)
                note = translate(LOSSES_CONTEXT, loss.note)
                tip = f"{title}\n{formula(loss.formula)}\n{note}"
                if result.reason:
                    tip += "\n\n" + self.tr("Does not apply: {reason}.").format(reason=reason)
                item.setToolTip(tip)
                if result.values is None:
                    item.setForeground(QBrush(GREY))
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.results.setItem(r, c, item)

    def result_means(self) -> dict[str, float | None]:
        """Loss label → batch mean (None where the loss does not apply), as shown."""
        return {r.label: r.mean for r in self.last_results}

    # --- state --------------------------------------------------------------------------------

    def state(self) -> list[list[str]]:
        return [list(r) for r in self.rows]

    @staticmethod
    def validate(data: Any, where: Where) -> Rows:
        if not isinstance(data, list) or not all(
                isinstance(r, list) and len(r) == 2 and all(isinstance(c, str) for c in r)
                for r in data):
            raise problem_at(where, tr_noop("Scenes", "'batch' must be a list of [y_true, y_pred] "
                                                      "text pairs"))
        rows = [(t, p) for t, p in data]
        try:
            parse_batch(rows)
        except BatchError as error:
            raise SceneError(tr_noop("Scenes", "{where}, batch: {problem}"), where=where,
                             problem=error) from None
        return rows


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
