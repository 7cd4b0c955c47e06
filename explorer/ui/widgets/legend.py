"""The race legend: each racer's colour, name, current loss and status; also the racer picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RaceLegend(QTableWidget):
    """One row per racer; selecting a row chooses the racer the hyper-parameter form edits."""

    HEADERS = ("racer", "loss", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels(self.HEADERS)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setToolTip("Select a racer to edit its hyper-parameters")

    def set_racers(self, names: list[str], colors: list[str]) -> None:
        selected = self.currentRow()
        self.setRowCount(len(names))
        for row, (name, color) in enumerate(zip(names, colors, strict=True)):
            item = QTableWidgetItem(swatch(color), name)
            item.setToolTip(name)
            self.setItem(row, 0, item)
            for col in (1, 2):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, cell)
        if names:
            self.selectRow(min(max(selected, 0), len(names) - 1))

    def set_readouts(self, losses: list[float], statuses: list[str]) -> None:
        for row, (loss, status) in enumerate(zip(losses, statuses, strict=True)):
            self.item(row, 1).setText(f"{loss:.4g}")
            self.item(row, 2).setText(status)
