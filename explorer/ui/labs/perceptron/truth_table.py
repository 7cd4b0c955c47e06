"""The truth table: inputs, target d and the current output y per row, wrong rows highlighted.

Wrong rows get a light background *and* a ✗ after the output, so they stand out without colour;
the row the rule just visited gets a ▶ in the row header and bold text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

WRONG_BACKGROUND = QColor("#F8D3C0")  # a pale vermillion
RIGHT_BACKGROUND = QColor("#FFFFFF")
ROW_HEIGHT = 26


class TruthTable(QTableWidget):
    """Read-only table with one row per sample; the last column is the output being judged."""

    def __init__(self, headers: Sequence[str], rows: int = 4, parent=None) -> None:
        super().__init__(rows, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for r in range(rows):
            for c in range(len(headers)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self._fit_height()

    def _fit_height(self) -> None:
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + ROW_HEIGHT * self.rowCount() + 2 * self.frameWidth() + 4)

    def set_rows(self, cells: Sequence[Sequence[str]], wrong: Sequence[bool],
                 current: int | None = None) -> None:
        """Fill every cell; ``wrong[r]`` highlights row r, ``current`` marks the visited row."""
        bold, plain = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        for r, (row, bad) in enumerate(zip(cells, wrong, strict=True)):
            for c, text in enumerate(row):
                item = self.item(r, c)
                last = c == len(row) - 1
                item.setText(f"{text}  ✗" if bad and last else text)
                item.setBackground(QBrush(WRONG_BACKGROUND if bad else RIGHT_BACKGROUND))
                item.setFont(bold if r == current else plain)
            self.setVerticalHeaderItem(r, QTableWidgetItem("▶" if r == current else str(r + 1)))

    def wrong_rows(self) -> list[int]:
        """Rows shown as wrong (for tests and the status line)."""
        return [r for r in range(self.rowCount())
                if self.item(r, 0).background().color() == WRONG_BACKGROUND]
