"""Stock and lots: search a million lots by GTIN, name or lot; one lot's whole life."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from scanning.errors import ScanError
from scanning.parse import parse
from ui.screen import Screen
from ui.session import Session
from ui.widgets.lot_panel import LotPanel
from ui.widgets.lot_table import LotTableModel

SEARCH_DELAY_MS = 300


class StockScreen(Screen):
    key = "stock"
    permission = Action.RECEIVE
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("GTIN, lot, or item name (中文 / English)"))
        self.search.setClearButtonEnabled(True)
        self.matches = QLabel()
        self.matches.setObjectName("matches")
        self.model = LotTableModel(session, self)
        self.model.counted.connect(self._counted)
        self.table = QTableView()
        self.table.setObjectName("lots")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 220, 130, 120, 90, 160)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.panel = LotPanel(session)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _: self._delay.start())
        self.search.returnPressed.connect(self._run_search)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search")))
        top.addWidget(self.search, 1)
        top.addWidget(self.matches)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 800])
        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter)
        self._started = False

    def title(self) -> str:
        return self.tr("Stock and lots")

    def activated(self) -> None:
        if not self._started:
            self._started = True
            self._run_search()

    def handle_scan(self, text: str) -> None:
        try:
            scan = parse(text)
        except ScanError:
            self.panel.heading.setText(self.tr("This barcode cannot be read as a UDI"))
            return
        if scan.di is None or not scan.lot:
            self.panel.heading.setText(
                self.tr("This barcode carries no lot: scan the one that does")
            )
            return
        self.panel.show_lot(scan.di, scan.lot)

    def demo(self) -> None:
        self._started = True
        self._run_search()
        self.session.tasks.wait_idle()
        self.table.selectRow(0)
        self.session.tasks.wait_idle()
        self.model.row_data(0)

    def _run_search(self) -> None:
        self._delay.stop()
        self.matches.setText(self.tr("searching…"))
        self.model.search(self.search.text())

    def _counted(self, rows: int) -> None:
        self.matches.setText(self.tr("{rows} lots").format(rows=rows))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_data(indexes[0].row())
        if row is not None:
            self.panel.show_lot(row["di"], row["lot"])
