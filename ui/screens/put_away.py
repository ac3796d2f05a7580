"""Put-away and moves between locations: scan the pack, it goes from one shelf to another.

The same scan sends stock to another site (it goes in transit) or confirms a
transfer's arrival from one; the centre's transfer suggestions are answered here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from app.demo.scans import put_away_scan
from app.domain.model import LocationKind
from app.domain.permissions import Action
from app.errors import Code
from app.services.commands import ArriveTransfer, Move, TransferOut
from app.services.context import ActionResult
from app.services.locations import LocationView, list_locations
from ui.operations import QueryOp
from ui.reasons import describe
from ui.screens.scan_screen import ScanOutcome, ScanScreen
from ui.session import Session
from ui.widgets.transfer_panel import TransferPanel

STOCK_KINDS = {LocationKind.RECEIVING, LocationKind.STORAGE, LocationKind.QUARANTINE}

MOVE, SEND, ARRIVE = "move", "transfer_out", "transfer_in"


class PutAwayScreen(ScanScreen):
    key = "put_away"
    permission = Action.MOVE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.mode = QComboBox()
        self.mode.setObjectName("put_away_mode")
        self.mode.addItem(self.tr("Move within this site"), MOVE)
        self.mode.addItem(self.tr("Send to another site"), SEND)
        self.mode.addItem(self.tr("Arrival from another site"), ARRIVE)
        self.source = QComboBox()
        self.source.setObjectName("from_location")
        self.target = QComboBox()
        self.target.setObjectName("to_location")
        self.site = QLineEdit()
        self.site.setObjectName("to_site")
        self.site.setPlaceholderText(self.tr("the receiving site's code"))
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(0, 100_000)
        self.quantity.setSpecialValueText(self.tr("from the label (AI 30/37), else 1"))
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.mode)
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("To"), self.target)
        form.addRow(self.tr("To site"), self.site)
        form.addRow(self.tr("Quantity"), self.quantity)
        self.body.addLayout(form)
        self.add_feedback()
        self.transfers = TransferPanel(session, self._answered)
        self.body.addWidget(self.transfers)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

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
        self.transfers.refresh()

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

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.source.setEnabled(mode != ARRIVE)
        self.target.setEnabled(mode != SEND)
        self.site.setEnabled(mode == SEND)

    def scan_ready(self, text: str) -> None:
        qty = self.quantity.value() or None
        mode = self.mode.currentData()
        if mode == SEND:
            self.submit(TransferOut(text, self.source.currentData(), self.site.text(), qty))
        elif mode == ARRIVE:
            self.submit(ArriveTransfer(text, location=self.target.currentData(), qty=qty))
        else:
            self.submit(
                Move(
                    scan=text,
                    qty=qty,
                    location=self.source.currentData(),
                    to=self.target.currentData(),
                )
            )

    def after_result(self, outcome: ScanOutcome) -> None:
        if self.mode.currentData() != MOVE:
            self.transfers.refresh()
        if outcome.result.code is Code.STORAGE_MISMATCH:
            self.ask_about_storage(outcome.result)

    def _answered(self, result: ActionResult) -> None:
        self.show_verdict(
            describe(result, Action.DECIDE_TRANSFER_SUGGESTION.value, self.session.clock.today())
        )
