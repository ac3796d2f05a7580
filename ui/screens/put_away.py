"""Put-away and moves between locations: scan the pack, it goes from one shelf to another."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from app.domain.model import LocationKind
from app.domain.permissions import Action
from app.errors import Code
from app.services.commands import Move
from app.services.locations import LocationView, list_locations
from ui.demo_scans import put_away_scan
from ui.operations import QueryOp
from ui.screens.scan_screen import ScanOutcome, ScanScreen
from ui.session import Session

STOCK_KINDS = {LocationKind.RECEIVING, LocationKind.STORAGE, LocationKind.QUARANTINE}


class PutAwayScreen(ScanScreen):
    key = "put_away"
    permission = Action.MOVE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.source = QComboBox()
        self.source.setObjectName("from_location")
        self.target = QComboBox()
        self.target.setObjectName("to_location")
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(0, 100_000)
        self.quantity.setSpecialValueText(self.tr("from the label (AI 30/37), else 1"))
        form = QFormLayout()
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("To"), self.target)
        form.addRow(self.tr("Quantity"), self.quantity)
        self.body.addLayout(form)
        self.add_feedback()

    def title(self) -> str:
        return self.tr("Put-away / move")

    def demo(self) -> None:
        example = put_away_scan(self.session.store, self.session.clock)
        if example is None:
            return
        source, text = example
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        target = next(
            (i for i in range(self.target.count()) if self.target.itemData(i) != source), 0
        )
        self.target.setCurrentIndex(target)
        self.quantity.setValue(1)
        self.handle_scan(text)

    def activated(self) -> None:
        QueryOp(self, self.session, lambda uow: list_locations(uow, STOCK_KINDS)).success(
            self._fill_locations
        ).run()

    def _fill_locations(self, locations: list[LocationView]) -> None:
        for combo, prefer in ((self.source, "receiving"), (self.target, "storage")):
            current = combo.currentData()
            combo.clear()
            for loc in locations:
                combo.addItem(f"{loc.code} — {loc.name}", loc.code)
            index = combo.findData(current)
            if index < 0:
                index = next((i for i, loc in enumerate(locations) if loc.kind == prefer), 0)
            combo.setCurrentIndex(index)

    def scan_ready(self, text: str) -> None:
        self.submit(
            Move(
                scan=text,
                qty=self.quantity.value() or None,
                location=self.source.currentData(),
                to=self.target.currentData(),
            )
        )

    def after_result(self, outcome: ScanOutcome) -> None:
        if outcome.result.code is Code.STORAGE_MISMATCH:
            self.ask_about_storage(outcome.result)
