"""The race legend: each racer's colour, name, current loss and status; also the racer picker.

It lives in a narrow panel, so its geometry is fixed rather than left to the contents: every row
has the same height, three lines, whatever its texts (no jumping as statuses change); the loss
column is as wide as the widest loss shown since the line-up was set (it grows, never jitters
back); the status gets at least half the width, wrapped on those lines ("converged @60 — local
minimum (−4.34)" is the lesson of the quartic: it must be read, not hovered), elided beyond, with
the full text as its tooltip; the name takes the rest, wrapped too if it must.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

SWATCH = 14
SHOWN_ROWS = 4  # the height the legend asks for; more racers scroll
LINES = 3  # of text in every row: a status wraps onto the next ones
STATUS_SHARE = 0.5  # the status column gets at least this share of the width
CELL_PADDING = 12  # the style's margins around a cell's text
ROW_PADDING = 8


def swatch(color: str, size: int = SWATCH) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RaceLegend(QTableWidget):
    """One row per racer; selecting a row chooses the racer the hyper-parameter form edits."""

    HEADERS = ("racer", "loss", "status")  # in English; shown by :meth:`headers`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.row_height())
        header = self.horizontalHeader()
        for column in range(len(self.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self._loss_width = 0
        self.retranslate()

    def headers(self) -> tuple[str, str, str]:
        """The column titles in the current language."""
        return self.tr("racer"), self.tr("loss"), self.tr("status")

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(self.headers())
        self.setToolTip(self.tr("Select a racer to edit its hyper-parameters"))
        self._loss_width = max(self._loss_width,
                               self.fontMetrics().horizontalAdvance(self.headers()[1]))
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def row_height(self) -> int:
        """LINES lines of text (or the swatch, if taller) and some air: the same for every row."""
        metrics = self.fontMetrics()
        return max(metrics.height() + (LINES - 1) * metrics.lineSpacing(), SWATCH) + ROW_PADDING

    def rows_height(self, rows: int = SHOWN_ROWS) -> int:
        """The height that shows the header and ``rows`` rows."""
        return (self.horizontalHeader().sizeHint().height() + rows * self.row_height()
                + 2 * self.frameWidth())

    def set_racers(self, names: list[str], colors: list[str],
                   tips: list[str] | None = None) -> None:
        """The line-up; ``tips`` (optional) add a sentence to each name's tooltip."""
        selected = self.currentRow()
        self._loss_width = self.fontMetrics().horizontalAdvance(self.headers()[1])
        self.setRowCount(len(names))
        tips = tips or [""] * len(names)
        for row, (name, color, tip) in enumerate(zip(names, colors, tips, strict=True)):
            item = QTableWidgetItem(swatch(color), name)
            item.setToolTip(f"{name}\n{tip}" if tip else name)
            self.setItem(row, 0, item)
            for col in (1, 2):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                      if col == 1 else
                                      Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, cell)
        self.fit_columns()
        if names:
            self.selectRow(min(max(selected, 0), len(names) - 1))

    def set_names(self, names: list[str]) -> None:
        """New name texts for the rows (a scheduled racer's current η); tooltips stay."""
        changed = False
        for row, name in enumerate(names):
            item = self.item(row, 0)
            if item is not None and item.text() != name:
                item.setText(name)
                changed = True
        if changed:
            self.fit_columns()

    def set_readouts(self, losses: list[float], statuses: list[str]) -> None:
        metrics = self.fontMetrics()
        widest = self._loss_width
        for row, (loss, status) in enumerate(zip(losses, statuses, strict=True)):
            text = f"{loss:.4g}"
            self.item(row, 1).setText(text)
            widest = max(widest, metrics.horizontalAdvance(text))
            cell = self.item(row, 2)
            if cell.text() != status:
                cell.setText(status)
                cell.setToolTip(status)  # the whole text, however narrow the column
        if widest > self._loss_width:
            self._loss_width = widest
            self.fit_columns()

    def column_needs(self) -> tuple[int, int, int]:
        """Widths the name column needs on one line and, at the least, for its longest word
        (names wrap onto the second line), and the width the loss column needs."""
        metrics = self.fontMetrics()
        names = [self.item(row, 0).text() for row in range(self.rowCount())]
        whole = max([metrics.horizontalAdvance(n) for n in names] +
                    [metrics.horizontalAdvance(self.headers()[0])])
        word = max([metrics.horizontalAdvance(w) for n in names for w in n.split()] +
                   [metrics.horizontalAdvance(self.headers()[0])])
        extra = SWATCH + 2 * CELL_PADDING
        return whole + extra, word + extra, self._loss_width + CELL_PADDING

    def fit_columns(self) -> None:
        """The loss whole, the status at least STATUS_SHARE of the width, the names the rest
        (whole on one line if that leaves room, never narrower than their longest word)."""
        available = self.viewport().width()
        whole, word, loss = self.column_needs()
        name = max(word, min(whole, available - loss - int(STATUS_SHARE * available)))
        self.setColumnWidth(0, name)
        self.setColumnWidth(1, loss)
        self.setColumnWidth(2, max(available - name - loss, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
