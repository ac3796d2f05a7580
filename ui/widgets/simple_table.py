"""A read-only table of a few dozen rows (a lot's stock, history, warnings)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class SimpleTable(QTableWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        colours: Sequence[tuple[QColor, QColor] | None] | None = None,
    ) -> None:
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            pair = colours[r] if colours else None
            for c, value in enumerate(values):
                item = QTableWidgetItem(cell_text(value))
                if pair is not None:
                    item.setBackground(pair[0])
                    item.setForeground(pair[1])
                self.setItem(r, c, item)

    def stretch_column(self, column: int | None) -> None:
        """Give the spare width to `column` (None: to none) instead of the last column."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        if column is not None:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def texts(self, column: int) -> list[str]:
        return [self.item(r, column).text() for r in range(self.rowCount())]
