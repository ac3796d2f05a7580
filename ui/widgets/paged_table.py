"""A table over a query too big to load: rows arrive a page at a time, read off the UI thread.

The row count comes first (one query); a page (200 rows) is read when a
view first paints one of its rows, and only the most recently used pages are
kept. Pages asked for during one pass of the event loop are fetched
together, so a fast drag of the scroll bar reads where it stops, not every
page it passed. What the UI thread does per paint is bounded by the rows on
screen, whatever the store's size.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.services.ports import UnitOfWork
from ui.session import Session
from ui.widgets.simple_table import fit_columns, fit_to_first_rows
from ui.widgets.table_export import add_export_action

PAGE = 200
KEPT_PAGES = 40

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    colours: Callable[[R], tuple[QColor, QColor] | None] | None = None


class PagedModel(QAbstractTableModel, Generic[R]):
    counted = Signal(int)
    """How many rows the current query has (after each `reload`)."""
    arrived = Signal(int)
    """A page of rows came in (its number)."""

    def __init__(
        self,
        session: Session,
        columns: Sequence[Column[R]],
        count: Callable[[UnitOfWork], int],
        page: Callable[[UnitOfWork, int, int], list[R]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self._count, self._page = count, page
        self._rows = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._loading: set[int] = set()
        self._wanted: set[int] = set()
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._fetch_wanted)

    def set_query(
        self, count: Callable[[UnitOfWork], int], page: Callable[[UnitOfWork, int, int], list[R]]
    ) -> None:
        self._count, self._page = count, page
        self.reload()

    def reload(self) -> None:
        """Start over: count again, forget every page."""
        self.beginResetModel()
        self._generation += 1
        self._rows = 0
        self._pages.clear()
        self._loading.clear()
        self._wanted.clear()
        self.endResetModel()
        generation, count, store = self._generation, self._count, self.session.store

        def work(_: object) -> int:
            return count(store.uow(read_only=True))

        self.session.tasks.run(work, lambda rows: self._counted(generation, rows))

    def _counted(self, generation: int, rows: int) -> None:
        if generation != self._generation:
            return
        if rows:
            self.beginInsertRows(QModelIndex(), 0, rows - 1)
            self._rows = rows
            self.endInsertRows()
        self.counted.emit(rows)

    def row(self, row: int) -> R | None:
        """The row's value, or None while its page is on its way."""
        page = self._pages.get(row // PAGE)
        if page is None:
            if 0 <= row < self._rows:
                self._want(row // PAGE)
            return None
        self._pages.move_to_end(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def all_texts(self) -> list[list[str]]:
        """Every row of the query as the columns show it (read here: call it off the UI thread)."""
        store, count, page, columns = self.session.store, self._count, self._page, self.columns
        total = count(store.uow(read_only=True))
        out: list[list[str]] = []
        for offset in range(0, total, PAGE * 10):
            for row in page(store.uow(read_only=True), offset, PAGE * 10):
                out.append([c.text(row) for c in columns])
        return out

    def loaded_rows(self) -> list[R]:
        """Every row read so far, in order (tests, the first page's selection)."""
        return [r for p in sorted(self._pages) for r in self._pages[p]]

    def _want(self, page: int) -> None:
        if page not in self._loading and page not in self._wanted:
            self._wanted.add(page)
            self._dispatch.start()

    def _fetch_wanted(self) -> None:
        generation, read, store = self._generation, self._page, self.session.store
        for page in sorted(self._wanted):
            self._loading.add(page)

            def work(_: object, page: int = page) -> list[R]:
                return read(store.uow(read_only=True), page * PAGE, PAGE)

            self.session.tasks.run(
                work,
                lambda rows, page=page: self._arrived(generation, page, rows),
                lambda _error, page=page: self._loading.discard(page),
            )
        self._wanted.clear()

    def _arrived(self, generation: int, page: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._pages[page] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.arrived.emit(page)

    # --- the model ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.columns[section].title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        wanted = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        )
        if role not in wanted:
            return None
        value = self.row(index.row())
        column = self.columns[index.column()]
        if value is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(value)
        pair = column.colours(value) if column.colours else None
        if pair is None:
            return None
        return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]


class PagedTable(QTableView):
    """A read-only, row-selecting view over a PagedModel; columns fit their contents."""

    def __init__(self, model: PagedModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        # Columns fit the first page's text once it is in (not on every later change).
        model.arrived.connect(lambda page: fit_columns(self) if page == 0 else None)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        fit_to_first_rows(self)
        self.export_action = add_export_action(self, model.all_texts)

    def paged(self) -> PagedModel[Any]:
        model = self.model()
        assert isinstance(model, PagedModel)
        return model

    def selected(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.paged().row(rows[0].row()) if rows else None
