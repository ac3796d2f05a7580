"""The stock table's model: a window of pages over the paged lot search.

A million lots never sit in memory: the row count comes from `count_lots`
and rows arrive a page (200) at a time from `search_lots`, read off the UI
thread, when a view first paints them. Only the most recently used pages are
kept. Pages asked for during one event-loop pass are fetched together, so a
fast drag of the scroll bar fetches where it stops, not every page it passed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.domain.policy import Policy
from app.domain.rules import days_left
from app.services.expiry_tiers import lot_level
from app.services.settings import current_policy
from ui.session import Session
from ui.widgets.tiers import colours, hold_name, qc_name
from ui.workers import Progress

PAGE = 200
KEPT_PAGES = 40

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]


class LotTableModel(QAbstractTableModel):
    counted = Signal(int)
    """The number of lots the current search matches."""

    COLUMNS = ("di", "name", "lot", "expiry", "days", "status", "on_hand")

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._text = ""
        self._rows = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._loading: set[int] = set()
        self._wanted: set[int] = set()
        self._policy = Policy()
        self._today = session.clock.today()
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._fetch_wanted)

    # --- searching ------------------------------------------------------------

    def search(self, text: str) -> None:
        """Start over with `text` (GTIN, lot or a name in Chinese or English)."""
        self.beginResetModel()
        self._generation += 1
        self._text = text.strip()
        self._rows = 0
        self._pages.clear()
        self._loading.clear()
        self._wanted.clear()
        self.endResetModel()
        generation, text, store = self._generation, self._text, self.session.store
        self._today = self.session.clock.today()

        def work(_: Progress) -> tuple[int, Policy]:
            with store.uow(read_only=True) as uow:
                rows = uow.queries.count_lots(text)
            return rows, current_policy(store.uow(read_only=True))

        self.session.tasks.run(work, lambda result: self._counted(generation, result))

    def _counted(self, generation: int, result: tuple[int, Policy]) -> None:
        if generation != self._generation:
            return
        rows, self._policy = result
        if rows:
            self.beginInsertRows(QModelIndex(), 0, rows - 1)
            self._rows = rows
            self.endInsertRows()
        self.counted.emit(rows)

    # --- pages ----------------------------------------------------------------

    def row_data(self, row: int) -> Row | None:
        """The lot on `row`, or None while its page is still on its way."""
        page = self._pages.get(row // PAGE)
        if page is None:
            self._want(row // PAGE)
            return None
        self._pages.move_to_end(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def _want(self, page: int) -> None:
        if page not in self._loading:
            self._wanted.add(page)
            self._dispatch.start()

    def _fetch_wanted(self) -> None:
        generation, text, store = self._generation, self._text, self.session.store
        for page in sorted(self._wanted):
            self._loading.add(page)

            def work(_: Progress, page: int = page) -> list[Row]:
                with store.uow(read_only=True) as uow:
                    return uow.queries.search_lots(text, page * PAGE, PAGE)

            self.session.tasks.run(
                work,
                lambda rows, page=page: self._arrived(generation, page, rows),
                lambda _error, page=page: self._loading.discard(page),
            )
        self._wanted.clear()

    def _arrived(self, generation: int, page: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._pages[page] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    # --- the model ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = (
            self.tr("GTIN"),
            self.tr("Item"),
            self.tr("Lot"),
            self.tr("Expiry"),
            self.tr("Days left"),
            self.tr("Status"),
            self.tr("On hand"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = self.COLUMNS[index.column()]
        if role != Qt.ItemDataRole.DisplayRole:
            if column not in ("expiry", "days"):
                return None
            pair = colours(lot_level(self._policy, row["category"], row["expiry"], self._today))
            if pair is None:
                return None
            return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
        return self._text_of(row, column)

    def _text_of(self, row: Row, column: str) -> str:
        expiry: date | None = row["expiry"]
        if column == "name":
            return str(row["name_zh"] or row["name"])
        if column == "expiry":
            return expiry.isoformat() if expiry else "—"
        if column == "days":
            return str(days_left(expiry, self._today)) if expiry else "—"
        if column == "status":
            status = qc_name(row["qc"])
            return status if row["hold"] == "none" else f"{hold_name(row['hold'])} · {status}"
        return str(row[column])
