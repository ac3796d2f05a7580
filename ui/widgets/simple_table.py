"""A read-only table over rows already in memory (a lot's stock, a case's lots, counts).

A model, not a grid of widget items: `set_rows` hands the model the list and
the view paints only the rows on screen, so a case of 5,000 lots costs the
UI thread what one screenful costs. (Queries too big to load go to
`ui.widgets.paged_table`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.table_export import add_export_action

Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: Sequence[Sequence[object]] = []
        self.colours: Sequence[tuple[QColor, QColor] | None] | None = None
        self.tooltips: dict[tuple[int, int], str] = {}

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        colours: Sequence[tuple[QColor, QColor] | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows, self.colours, self.tooltips = rows, colours, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = self.rows[row]
            return cell_text(values[column]) if column < len(values) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips.get((row, column))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            pair = self.colours[row] if self.colours else None
            if pair is None:
                return None
            return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
        return None


FIT_ROWS = 50
"""Columns fit the first rows' text (lot numbers, dates are never cut off), once per new
content; fitting on every change, or to every row, would cost the UI thread a long table."""


def fit_to_first_rows(view: QTableView) -> None:
    """Interactive columns (the user may widen them) fitted to the first rows' text."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()


class SimpleTable(QTableView):
    itemSelectionChanged = Signal()
    """The selected rows changed."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        fit_to_first_rows(self)
        self.selectionModel().selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())
        self.export_action = add_export_action(self, lambda: list(self.rows_model.rows))

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        colours: Sequence[tuple[QColor, QColor] | None] | None = None,
    ) -> None:
        self.rows_model.set_rows(rows, colours)
        fit_columns(self)

    def set_tooltip(self, row: int, column: int, text: str) -> None:
        self.rows_model.tooltips[(row, column)] = text

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def stretch_column(self, column: int | None) -> None:
        """Give the spare width to `column` (None: to none) instead of the last column."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        if column is not None:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def texts(self, column: int) -> list[str]:
        return [cell_text(r[column]) for r in self.rows_model.rows]
