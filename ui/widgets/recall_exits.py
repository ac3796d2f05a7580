"""Recalled stock leaves the store from quarantine: shipped back to the supplier (then the
return note prints) or disposed of with a photo or scan as evidence.

The lots in quarantine are the trace's; a scan picks the lot's rows, or the operator picks
them by hand. Each row is one `carry_out` (its own transaction, linked to the recall).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.identity import Actor
from app.domain.model import Location, LocationKind, WriteOffReason
from app.domain.permissions import Action
from app.services.bus import execute
from app.services.commands import CarryOutRecall, Dispose, EvidenceFile, ReturnToSupplier
from app.services.context import ActionResult
from app.services.lookups import lot_reference
from scanning.errors import ScanError
from scanning.parse import parse
from ui.operations import show_failure
from ui.reasons import Tone, Verdict, describe
from ui.signatures import Signature
from ui.widgets.recall_evidence import choose_evidence, evidence_dir, stored
from ui.widgets.recall_hooks import CaseHooks
from ui.widgets.simple_table import SimpleTable

Row = dict[str, Any]


def quarantine_rows(trace: Row) -> list[Row]:
    """One row per affected lot and quarantine location that holds some of it."""
    return [
        {
            "di": lot["di"],
            "lot": lot["lot"],
            "expiry": lot["expiry"],
            "location": s["location"],
            "name": s["name"],
            "quantity": s["quantity"],
        }
        for lot in trace["lots"]
        for s in lot["stock"]
        if s["kind"] == LocationKind.QUARANTINE.value and s["quantity"] > 0
    ]


class ExitsPanel(QWidget):
    def __init__(
        self,
        hooks: CaseHooks,
        print_return_note: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hooks = hooks
        self.print_return_note = print_return_note
        self.rows: list[Row] = []
        self.table = SimpleTable(
            [
                self.tr("Lot"),
                self.tr("Expiry"),
                self.tr("Quarantine location"),
                self.tr("Name"),
                self.tr("In quarantine"),
            ]
        )
        self.table.setObjectName("recall_quarantine_stock")
        self.table.stretch_column(3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("exit_quantity")
        self.quantity.setRange(0, 99999)
        self.quantity.setSpecialValueText(self.tr("all in quarantine"))
        self.quantity.setMinimumWidth(160)
        self.reference = QLineEdit()
        self.reference.setObjectName("supplier_reference")
        self.reference.setPlaceholderText(
            self.tr("The supplier's return authorisation (RMA) or shipment number")
        )
        self.supplier_return = QComboBox()
        self.supplier_return.setObjectName("supplier_return_location")
        self.ship_button = QPushButton(self.tr("Ship to the supplier"))
        self.ship_button.setObjectName("ship_to_supplier")
        self.ship_button.clicked.connect(self.ship)
        self.how = QLineEdit()
        self.how.setObjectName("disposal_how")
        self.how.setPlaceholderText(
            self.tr("How it was disposed of, e.g. incinerated by the contractor")
        )
        self.second_user = QLineEdit()
        self.second_user.setObjectName("exit_second_user")
        self.second_user.setPlaceholderText(self.tr("second supervisor (expired stock)"))
        self.second_pin = QLineEdit()
        self.second_pin.setObjectName("exit_second_pin")
        self.second_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_pin.setPlaceholderText(self.tr("PIN"))
        self.dispose_button = QPushButton(self.tr("Dispose with evidence…"))
        self.dispose_button.setObjectName("dispose")
        self.dispose_button.clicked.connect(self.dispose)

        ship = QHBoxLayout()
        ship.addWidget(self.reference, 2)
        ship.addWidget(self.supplier_return, 1)
        ship.addWidget(self.ship_button)
        dispose = QHBoxLayout()
        dispose.addWidget(self.how, 2)
        dispose.addWidget(self.second_user, 1)
        dispose.addWidget(self.second_pin, 1)
        dispose.addWidget(self.dispose_button)
        form = QFormLayout()
        quantity = QHBoxLayout()
        quantity.addWidget(self.quantity)
        quantity.addStretch(1)
        form.addRow(self.tr("Quantity per lot"), quantity)
        form.addRow(self.tr("Return to supplier"), ship)
        form.addRow(self.tr("Dispose of"), dispose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.table.itemSelectionChanged.connect(self._update)
        self.open_case = False
        self._update()

    # --- showing ------------------------------------------------------------------

    def show_trace(self, trace: Row) -> None:
        chosen = {(r["lot"], r["location"]) for r in self.selected()}
        self.rows = quarantine_rows(trace)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.set_rows(
            [[r["lot"], r["expiry"], r["location"], r["name"], r["quantity"]] for r in self.rows]
        )
        for index, row in enumerate(self.rows):
            if (row["lot"], row["location"]) in chosen:
                self.table.selectRow(index)
        self.table.blockSignals(False)
        self.open_case = trace["recall"]["status"] != "closed"
        self._update()

    def show_locations(self, locations: list[Location]) -> None:
        current = self.supplier_return.currentData()
        self.supplier_return.clear()
        self.supplier_return.addItem(self.tr("(no return bay)"), None)
        for loc in locations:
            if loc.kind is LocationKind.SUPPLIER_RETURN:
                self.supplier_return.addItem(f"{loc.code} — {loc.name}", loc.code)
        # The store's return bay by default: shipped goods pass through it on their way out.
        index = self.supplier_return.findData(current) if current is not None else -1
        first_bay = 1 if self.supplier_return.count() > 1 else 0
        self.supplier_return.setCurrentIndex(index if index >= 0 else first_bay)

    def selected(self) -> list[Row]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def _update(self) -> None:
        session, chosen = self.hooks.session, bool(self.selected()) and self.open_case
        self.ship_button.setEnabled(chosen and session.may(Action.RETURN_TO_SUPPLIER))
        self.dispose_button.setEnabled(chosen and session.may(Action.DISPOSE))

    def select_scanned(self, text: str) -> None:
        """A scan picks every quarantine row of its lot (and adds them to the choice)."""
        today = self.hooks.session.clock.today()
        try:
            scan = parse(text, today=today)
        except ScanError:
            self.hooks.say(Verdict(Tone.BLOCKED, self.tr("This barcode cannot be read as a UDI")))
            return
        matches = [
            index
            for index, row in enumerate(self.rows)
            if row["lot"] == scan.lot and (scan.di is None or row["di"] == scan.di)
        ]
        if not matches:
            self.hooks.say(
                Verdict(
                    Tone.DECIDE,
                    self.tr("Lot {lot} of this recall is not in quarantine").format(
                        lot=scan.lot or "—"
                    ),
                    self.tr("Collect it into quarantine first (Tasks tab)."),
                )
            )
            return
        selection = self.table.selectionModel()
        for index in matches:
            if not selection.isRowSelected(index):
                self.table.selectRow(index)
        self.hooks.say(Verdict(Tone.OK, self.tr("Lot {lot} chosen").format(lot=scan.lot), ""))

    # --- carrying out -------------------------------------------------------------

    def _quantities(self) -> list[tuple[Row, int]]:
        quantity = self.quantity.value()
        return [
            (row, min(quantity, row["quantity"]) if quantity else row["quantity"])
            for row in self.selected()
        ]

    def ship(self) -> None:
        hooks = self.hooks
        recall_id = hooks.chosen_id()
        if recall_id is None or not self.selected():
            return
        reference = self.reference.text().strip()
        if not reference:
            hooks.say(
                Verdict(
                    Tone.DECIDE,
                    self.tr("Enter the supplier's return reference first"),
                    self.tr("It is recorded with the shipment in the stock ledger."),
                )
            )
            self.reference.setFocus()
            return
        to = self.supplier_return.currentData()
        self._carry_out(
            recall_id,
            lambda row, qty, _evidence, _second: ReturnToSupplier(
                lot_reference(row["di"], row["lot"]),
                row["location"],
                to,
                reference,
                WriteOffReason.RECALLED,
                qty,
                reference=reference,
            ),
            None,
            None,
            self._shipped,
        )

    def _shipped(
        self, recall_id: str, done: list[ActionResult], refused: ActionResult | None
    ) -> None:
        today = self.hooks.session.clock.today()
        if refused is not None:
            self.hooks.written(describe(refused, "return_to_supplier", today))
        else:
            self.reference.clear()
            self.hooks.written(
                Verdict(
                    Tone.OK,
                    self.tr("{n} unit(s) shipped back to the supplier").format(
                        n=sum(r.detail.get("quantity", 0) for r in done)
                    ),
                    self.tr("Lots {lots}. The return note follows.").format(
                        lots=", ".join(r.lot or "" for r in done)
                    ),
                )
            )
        if done:
            self.print_return_note(recall_id)

    def dispose(self) -> None:
        hooks = self.hooks
        recall_id = hooks.chosen_id()
        if recall_id is None or not self.selected():
            return
        how = self.how.text().strip()
        if not how:
            hooks.say(Verdict(Tone.DECIDE, self.tr("Say how the goods were disposed of first")))
            self.how.setFocus()
            return
        path = choose_evidence(hooks.parent, self.tr("Evidence of the disposal (photo or scan)"))
        if path is None:
            hooks.say(
                Verdict(
                    Tone.BLOCKED,
                    self.tr("A disposal needs a photo or scan as evidence"),
                    self.tr("Nothing was disposed of."),
                )
            )
            return
        user = self.second_user.text().strip()
        second = Signature(user, self.second_pin.text()) if user else None
        self._carry_out(
            recall_id,
            lambda row, qty, evidence, signed: Dispose(
                lot_reference(row["di"], row["lot"]),
                row["location"],
                how,
                WriteOffReason.RECALLED,
                qty,
                evidence=evidence,
                countersign=signed,
            ),
            path,
            second,
            self._disposed,
        )

    def _disposed(
        self, recall_id: str, done: list[ActionResult], refused: ActionResult | None
    ) -> None:
        if refused is not None:
            self.hooks.written(describe(refused, "dispose", self.hooks.session.clock.today()))
            return
        self.how.clear()
        self.second_pin.clear()
        self.hooks.written(
            Verdict(
                Tone.OK,
                self.tr("{n} unit(s) disposed of, with evidence").format(
                    n=sum(r.detail.get("quantity", 0) for r in done)
                ),
                self.tr("Lots {lots}").format(lots=", ".join(r.lot or "" for r in done)),
            )
        )

    def _carry_out(
        self,
        recall_id: str,
        step: Callable[[Row, int, EvidenceFile | None, Actor | None], Dispose | ReturnToSupplier],
        evidence_path: Path | None,
        second: Signature | None,
        on_done: Callable[[str, list[ActionResult], ActionResult | None], None],
    ) -> None:
        """Row by row on the writer; the first refusal stops the rest (and is shown)."""
        session = self.hooks.session
        store, clock, folder = session.store, session.clock, evidence_dir(self.hooks)
        rows = self._quantities()

        def work() -> tuple[list[ActionResult], ActionResult | None]:
            evidence = stored(evidence_path, folder) if evidence_path is not None else None
            signed = second.actor(session, "countersign") if second is not None else None
            done: list[ActionResult] = []
            for row, qty in rows:
                command = CarryOutRecall(recall_id, step(row, qty, evidence, signed))
                result = execute(store.uow(), clock, session.actor, command)
                if not result.ok:
                    return done, result
                done.append(result)
            return done, None

        def answered(answer: tuple[list[ActionResult], ActionResult | None]) -> None:
            on_done(recall_id, *answer)
            session.changed.emit()

        session.touch()
        session.writer.submit(work, answered, lambda error: show_failure(self, error))
