"""Receiving: scan at the dock -> lot and stock, asking only for what is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.adapters.logger_files.intake import logger_file_command
from app.demo.scans import receiving_scan
from app.domain.model import LocationKind
from app.domain.permissions import Action
from app.errors import Code
from app.services.climate import logger_mappings
from app.services.commands import NameItem, Receive
from app.services.context import ActionResult
from app.services.locations import LocationView, list_locations
from app.services.ports import UnitOfWork
from app.services.scan_view import ScanView, describe_scan
from scanning.errors import ScanError
from scanning.parse import parse
from ui.dialogs.item_name import ItemNameDialog
from ui.operations import ActionOp, QueryOp
from ui.reasons import Tone, Verdict, describe
from ui.screens.scan_screen import ScanCommand, ScanOutcome, ScanScreen
from ui.session import Session

DESTINATIONS = {LocationKind.RECEIVING, LocationKind.STORAGE, LocationKind.QUARANTINE}


class ReceivingScreen(ScanScreen):
    key = "receiving"
    permission = Action.RECEIVE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.location = QComboBox()
        self.location.setObjectName("destination")
        self.supplier = QLineEdit()
        self.supplier.setObjectName("supplier")
        self.supplier.setPlaceholderText(self.tr("supplier code, optional"))
        self.reference = QLineEdit()
        self.reference.setObjectName("delivery_note")
        self.reference.setPlaceholderText(self.tr("delivery note number"))
        self.carrier = QLineEdit()
        self.carrier.setObjectName("carrier")
        self.carrier.setPlaceholderText(self.tr("carrier or route, optional"))
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(0, 100_000)
        self.quantity.setSpecialValueText(self.tr("from the label (AI 30/37), else 1"))
        self.transport_log: Path | None = None
        self.attach = QPushButton(self.tr("Attach transport logger file…"))
        self.attach.setObjectName("attach_transport_log")
        self.attach.clicked.connect(self.choose_transport_log)
        self.attached = QLabel(self.tr("no transport log"))
        self.attached.setObjectName("transport_log")
        # A CSV/.xlsx logger file is read through a saved column mapping; a Berlinger
        # export needs none. Kept as text for the writer thread (`prepared`).
        self.transport_mapping = QComboBox()
        self.transport_mapping.setObjectName("transport_mapping")
        self.transport_mapping.addItem(self.tr("Berlinger export (no mapping)"), None)
        self.transport_mapping.currentIndexChanged.connect(self._mapping_chosen)
        self._log_mapping: str | None = None
        self.reference.textEdited.connect(lambda _: self.attach_transport_log(None))
        self.retry = QPushButton(self.tr("Receive the last scan again"))
        self.retry.setObjectName("retry")
        self.retry.clicked.connect(self.retry_last)
        self.retry.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Destination"), self.location)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Delivery note"), self.reference)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Quantity"), self.quantity)
        transport = QHBoxLayout()
        transport.addWidget(self.attached, 1)
        transport.addWidget(self.transport_mapping)
        transport.addWidget(self.attach)
        form.addRow(self.tr("Transport log"), transport)
        form.addRow("", self.retry)
        self.body.addLayout(form)
        self.add_feedback()
        self._last_text = ""

    def title(self) -> str:
        return self.tr("Receiving")

    def demo(self) -> None:
        text = receiving_scan(self.session.store, self.session.clock)
        if text:
            self.reference.setText("DN-2025-0412")
            self.handle_scan(text)

    def activated(self) -> None:
        QueryOp(self, self.session, lambda uow: list_locations(uow, DESTINATIONS)).success(
            self._fill_locations
        ).run()
        QueryOp(self, self.session, logger_mappings).success(self._fill_mappings).run()

    def _fill_mappings(self, names: list[str]) -> None:
        current = self.transport_mapping.currentData()
        self.transport_mapping.blockSignals(True)
        while self.transport_mapping.count() > 1:
            self.transport_mapping.removeItem(1)
        for name in names:
            self.transport_mapping.addItem(name, name)
        self.transport_mapping.setCurrentIndex(max(self.transport_mapping.findData(current), 0))
        self.transport_mapping.blockSignals(False)
        self._mapping_chosen()

    def _mapping_chosen(self, _: int = 0) -> None:
        self._log_mapping = self.transport_mapping.currentData()

    def _fill_locations(self, locations: list[LocationView]) -> None:
        current = self.location.currentData()
        self.location.clear()
        for loc in locations:
            self.location.addItem(f"{loc.code} — {loc.name}", loc.code)
        index = self.location.findData(current)
        if index < 0:
            index = next((i for i, loc in enumerate(locations) if loc.kind == "receiving"), 0)
        self.location.setCurrentIndex(index)

    # --- the flow ------------------------------------------------------------------

    def scan_ready(self, text: str) -> None:
        """First look the scan up; an unknown item is named before anything is written."""
        self._last_text = text
        self.retry.setEnabled(True)
        clock = self.session.clock

        def look_up(uow: UnitOfWork) -> ScanView | None:
            try:
                return describe_scan(uow, clock, parse(text))
            except ScanError:
                return None

        QueryOp(self, self.session, look_up).success(lambda view: self._looked_up(text, view)).run()

    def _looked_up(self, text: str, view: ScanView | None) -> None:
        if view is not None and view.di and not view.item_known:
            self.details.show_view(view, self.session.clock.today(), self.chinese)
            self._ask_item_name(text, view.di)
            return
        self.submit(self._request(text))

    def _request(self, text: str) -> Receive:
        return Receive(
            scan=text,
            qty=self.quantity.value() or None,
            location=self.location.currentData(),
            supplier=self.supplier.text().strip() or None,
            reference=self.reference.text().strip(),
            carrier=self.carrier.text().strip(),
        )

    def choose_transport_log(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Transport logger file"),
            "",
            self.tr("Logger files (*.txt *.csv *.xlsx)"),
        )
        if name:
            self.attach_transport_log(Path(name))

    def attach_transport_log(self, path: Path | None) -> None:
        """The delivery's logger file: every scan of this delivery note carries it."""
        self.transport_log = path
        self.attached.setText(path.name if path else self.tr("no transport log"))

    def prepared(self, command: ScanCommand) -> ScanCommand:
        path = self.transport_log
        if path is None or not isinstance(command, Receive):
            return command
        log = logger_file_command(
            self.session.store.uow(), path, delivery=command.reference, mapping=self._log_mapping
        )
        return replace(command, transport_log=log)

    def retry_last(self) -> None:
        if self._last_text:
            self.scan_ready(self._last_text)

    def _ask_item_name(self, text: str, di: str) -> None:
        self.show_verdict(
            Verdict(
                Tone.DECIDE,
                self.tr("Unknown item: give it a name"),
                self.tr("The scan is kept; it is received once the item has a name."),
            )
        )
        dialog = ItemNameDialog(di, self)
        dialog.setObjectName("item_name_dialog")
        self.dialog = dialog

        def named() -> None:
            ActionOp(self, self.session, NameItem(di, dialog.name.text())).success(
                lambda result: self._named(text, result)
            ).run()

        dialog.accepted.connect(named)
        dialog.open()

    def _named(self, text: str, result: ActionResult) -> None:
        if result.ok:
            self.submit(self._request(text))
        else:
            self.show_verdict(describe(result, "name_item", self.session.clock.today()))

    def after_result(self, outcome: ScanOutcome) -> None:
        result = outcome.result
        if result.ok:
            self.retry.setEnabled(False)
        elif result.code is Code.SHORT_SHELF_LIFE:
            self.ask_supervisor(
                self.tr(
                    "Lot {lot} has {days} days left, less than the {limit} days required. "
                    "A supervisor may accept it."
                ).format(
                    lot=result.lot,
                    days=result.detail.get("days_left", "?"),
                    limit=result.detail.get("limit", "?"),
                )
            )
        elif result.code is Code.STORAGE_MISMATCH:
            self.ask_about_storage(result)
