"""QC and quarantine: decide on stock waiting for a decision, write stock off.

The list shows every lot in stock that is held, waiting for QC, without its
registration number, or expired (in pages); a scan or a search narrows it.
For the chosen lot: QC release or reject, put on hold or take off hold,
confirm its registration number, dispose of it or return it to the
supplier (with a reason code, evidence, and the second person the rule book
asks for), or print its quarantine label.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Location, LocationKind
from app.domain.permissions import Action
from app.printouts import quarantine_label
from app.services.commands import (
    Command,
    ConfirmItem,
    Dispose,
    QcReject,
    QcRelease,
    Quarantine,
    Release,
    ReturnToSupplier,
)
from app.services.context import ActionResult
from app.services.evidence import store_evidence
from app.services.lookups import locations, lot_reference
from app.services.reports import AttentionRow, attention_rows, count_attention, find_stock
from scanning.errors import ScanError
from scanning.parse import parse
from ui.dialogs.confirm_item import ConfirmItemDialog
from ui.dialogs.print_preview import PrintDialog
from ui.dialogs.write_off import WriteOffDialog
from ui.operations import ActionOp, QueryOp, show_failure
from ui.reasons import Tone, Verdict, describe, expiry_text
from ui.screen import Screen
from ui.session import Session
from ui.widgets.paged_table import Column, PagedModel, PagedTable
from ui.widgets.result_band import ResultBand
from ui.widgets.tiers import hold_name, qc_name


class QualityScreen(Screen):
    key = "quality"
    permission = Action.QUARANTINE
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.lot: AttentionRow | None = None
        self.scan_text = ""
        """The raw scan, used for the command when the chosen lot is the scanned one."""
        self.scanned: tuple[str, str] | None = None
        self.dialog: QWidget | None = None
        self._locations: list[Location] = []

        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Scan the lot, or type a lot number / GTIN / name"))
        self.find.returnPressed.connect(self.search)
        chinese = QLocale().language() == QLocale.Language.Chinese
        today = session.clock.today

        def status(row: AttentionRow) -> str:
            words = [qc_name(row.qc)]
            if row.hold != "none":
                words.append(hold_name(row.hold))
            if not row.registered:
                words.append(self.tr("not registered"))
            return " · ".join(words)

        columns: list[Column[AttentionRow]] = [
            Column(self.tr("Item"), lambda r: r.item_name(chinese)),
            Column(self.tr("Lot"), lambda r: r.lot),
            Column(self.tr("Expiry"), lambda r: expiry_text(r.expiry, today())),
            Column(self.tr("Status"), status),
            Column(self.tr("Location"), lambda r: r.location or "—"),
            Column(self.tr("On hand"), lambda r: str(r.quantity)),
        ]
        self.model: PagedModel[AttentionRow] = PagedModel(
            session, columns, lambda uow: 0, lambda uow, offset, limit: [], self
        )
        self.model.counted.connect(self._counted)
        self.model.arrived.connect(self._first_page)
        self.table = PagedTable(self.model)
        self.table.setObjectName("candidates")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.list_title = QLabel()
        self.list_title.setObjectName("list_title")

        self.summary = QLabel(self.tr("No lot chosen"))
        self.summary.setObjectName("lot_summary")
        self.summary.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why (required for hold, release and reject)"))
        self.move = QCheckBox(self.tr("Also move the stock"))
        self.move.setObjectName("move")
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.move.toggled.connect(self._move_toggled)
        self._move_toggled(False)

        self.buttons: dict[str, QPushButton] = {}
        actions: tuple[tuple[str, Action, str], ...] = (
            ("qc_release", Action.QC_RELEASE, self.tr("QC release")),
            ("qc_reject", Action.QC_REJECT, self.tr("QC reject")),
            ("quarantine", Action.QUARANTINE, self.tr("Put on hold")),
            ("release", Action.RELEASE, self.tr("Take off hold")),
            ("confirm_item", Action.CONFIRM_ITEM, self.tr("Registration number…")),
            ("dispose", Action.DISPOSE, self.tr("Dispose…")),
            ("return_to_supplier", Action.RETURN_TO_SUPPLIER, self.tr("Return to supplier…")),
        )
        row = QHBoxLayout()
        second = QHBoxLayout()
        for name, action, text in actions:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setVisible(session.may(action))
            button.clicked.connect(lambda _=False, n=name: self.act(n))
            self.buttons[name] = button
            (
                second if name in ("confirm_item", "dispose", "return_to_supplier") else row
            ).addWidget(button)
        self.print_button = QPushButton(self.tr("Print quarantine label"))
        self.print_button.setObjectName("print_quarantine_label")
        self.print_button.clicked.connect(self.print_label)
        row.addStretch(1)
        second.addStretch(1)
        second.addWidget(self.print_button)
        self.band = ResultBand()

        form = QFormLayout()
        form.addRow(self.tr("Lot"), self.summary)
        form.addRow(self.tr("Reason"), self.reason)
        moves = QHBoxLayout()
        moves.addWidget(self.move)
        moves.addWidget(QLabel(self.tr("from")))
        moves.addWidget(self.source, 1)
        moves.addWidget(QLabel(self.tr("to")))
        moves.addWidget(self.target, 1)
        form.addRow("", moves)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.find)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addLayout(second)
        layout.addWidget(self.band)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("QC and quarantine")

    def activated(self) -> None:
        QueryOp(self, self.session, locations).success(self._fill_locations).run()
        if not self.find.text():
            self.show_waiting()

    def demo(self) -> None:
        self.activated()
        self.session.tasks.wait_idle()
        self.session.tasks.wait_idle()
        self.table.selectRow(0)

    # --- choosing the lot ---------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        try:
            scan = parse(text)
        except ScanError:
            self.band.show_verdict(
                Verdict(Tone.BLOCKED, self.tr("This barcode cannot be read as a UDI"))
            )
            return
        if scan.di is None or not scan.lot:
            self.band.show_verdict(
                Verdict(Tone.DECIDE, self.tr("This barcode carries no lot: scan the one that does"))
            )
            return
        self.scan_text, self.scanned = text, (scan.di, scan.lot)
        self.find.setText(scan.lot)
        self._search(scan.lot)

    def show_waiting(self) -> None:
        today = self.session.clock.today()
        self.list_title.setText(self.tr("Stock waiting for a decision"))
        self.model.set_query(
            lambda uow: count_attention(uow, today),
            lambda uow, offset, limit: attention_rows(uow, today, offset, limit),
        )

    def search(self) -> None:
        text = self.find.text().strip()
        if text:
            self.scanned = None
            self._search(text)
        else:
            self.show_waiting()

    def _search(self, text: str) -> None:
        self.list_title.setText(self.tr("Lots matching “{text}”").format(text=text))
        self.model.set_query(
            lambda uow: len(find_stock(uow, text)),
            lambda uow, offset, limit: find_stock(uow, text)[offset : offset + limit],
        )

    def _counted(self, rows: int) -> None:
        self.table.clearSelection()
        self.lot = None
        self._show_lot()
        if rows:
            self.model.row(0)  # the first page: the scanned lot is selected when it is in

    def _first_page(self, page: int) -> None:
        if page != 0:
            return
        rows = self.model.loaded_rows()
        wanted = [i for i, r in enumerate(rows) if self.scanned and (r.di, r.lot) == self.scanned]
        if wanted or len(rows) == 1:
            self.table.selectRow(wanted[0] if wanted else 0)

    def _picked(self) -> None:
        self.lot = self.table.selected()
        self._show_lot()

    def _show_lot(self) -> None:
        lot = self.lot
        if lot is None:
            self.summary.setText(self.tr("No lot chosen"))
        else:
            self.summary.setText(
                self.tr("{name} · lot {lot} · {expiry} · {qc} · {hold}").format(
                    name=lot.item_name(QLocale().language() == QLocale.Language.Chinese),
                    lot=lot.lot,
                    expiry=expiry_text(lot.expiry, self.session.clock.today()),
                    qc=qc_name(lot.qc),
                    hold=hold_name(lot.hold),
                )
            )
            index = self.source.findData(lot.location)
            if index >= 0:
                self.source.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.lot is not None)
        if self.lot is not None:
            self.buttons["confirm_item"].setEnabled(not self.lot.registered)
            has_stock = self.lot.quantity > 0 and bool(self.lot.location)
            self.buttons["dispose"].setEnabled(has_stock)
            self.buttons["return_to_supplier"].setEnabled(has_stock)
        self.print_button.setEnabled(self.lot is not None and self.lot.hold == "quarantine")

    def _fill_locations(self, all_locations: list[Location]) -> None:
        self._locations = all_locations
        stores = [loc for loc in all_locations if loc.kind.holds_stock]
        for combo in (self.source, self.target):
            current = combo.currentData()
            combo.clear()
            for loc in stores:
                combo.addItem(f"{loc.code} — {loc.name}", loc.code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        quarantine = [loc.code for loc in stores if loc.kind is LocationKind.QUARANTINE]
        if quarantine and self.target.currentData() is None:
            self.target.setCurrentIndex(self.target.findData(quarantine[0]))

    def _move_toggled(self, on: bool) -> None:
        self.source.setEnabled(on)
        self.target.setEnabled(on)

    # --- acting --------------------------------------------------------------------

    def _scan_of(self, lot: AttentionRow) -> str:
        return (
            self.scan_text if self.scanned == (lot.di, lot.lot) else lot_reference(lot.di, lot.lot)
        )

    def act(self, name: str) -> None:
        lot = self.lot
        if lot is None:
            return
        if name == "confirm_item":
            self._confirm(lot)
            return
        if name in ("dispose", "return_to_supplier"):
            self._write_off(lot, name == "dispose")
            return
        scan, reason = self._scan_of(lot), self.reason.text().strip()
        move = self.move.isChecked()
        where = {
            "location": self.source.currentData() if move else None,
            "to": self.target.currentData() if move else None,
        }
        commands: dict[str, Command] = {
            "qc_release": QcRelease(scan, reason),
            "qc_reject": QcReject(scan, reason),
            "quarantine": Quarantine(scan, reason, **where),
            "release": Release(scan, reason, **where),
        }
        self._run(name, commands[name])

    def _run(self, name: str, command: Command | Callable[[], Command]) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        ActionOp(self, self.session, command).success(
            lambda result: self._done(name, result)
        ).failure(lambda error: self._failed(error)).run()

    def _confirm(self, lot: AttentionRow) -> None:
        dialog = ConfirmItemDialog(lot.di, lot.name, self)
        dialog.setObjectName("confirm_item_dialog")
        self.dialog = dialog

        def confirmed() -> None:
            self._run(
                "confirm_item",
                ConfirmItem(lot.di, dialog.number.text(), name_zh=dialog.name_zh.text()),
            )

        dialog.accepted.connect(confirmed)
        dialog.open()

    def _write_off(self, lot: AttentionRow, dispose: bool) -> None:
        returns = [
            (loc.code, loc.name)
            for loc in self._locations
            if loc.kind is LocationKind.SUPPLIER_RETURN
        ]
        dialog = WriteOffDialog(lot, dispose, returns, self)
        dialog.setObjectName("write_off_dialog")
        self.dialog = dialog
        session = self.session
        evidence_dir = session.store.path.parent / "evidence"

        def chosen() -> None:
            scan, qty, code = self._scan_of(lot), dialog.quantity.value(), dialog.reason_chosen()
            reason, path, second = dialog.reason.text(), dialog.evidence, dialog.countersign()
            to = dialog.to.currentData()

            def build() -> Command:
                # On the writer: the file is copied in and the second person checked here.
                evidence = store_evidence(path, evidence_dir) if path else None
                if dispose:
                    return Dispose(
                        scan,
                        lot.location,
                        reason,
                        code,
                        qty,
                        evidence=evidence,
                        countersign=second.actor(session, "countersign") if second else None,
                    )
                return ReturnToSupplier(
                    scan, lot.location, to, reason, code, qty, evidence=evidence
                )

            self._run("dispose" if dispose else "return_to_supplier", build)

        dialog.accepted.connect(chosen)
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        show_failure(self, error)
        self.session.sounds.play_for(self.band.tone)
        self._update_buttons()

    def _done(self, name: str, result: ActionResult) -> None:
        today = self.session.clock.today()
        if result.ok:
            headlines = {
                "qc_release": self.tr("Lot {lot} released by QC"),
                "qc_reject": self.tr("Lot {lot} rejected by QC"),
                "quarantine": self.tr("Lot {lot} is on hold"),
                "release": self.tr("Lot {lot} is off hold"),
                "confirm_item": self.tr("Registration number recorded: its lots may be used"),
                "dispose": self.tr("Lot {lot} disposed of"),
                "return_to_supplier": self.tr("Lot {lot} returned to the supplier"),
            }
            verdict = Verdict(
                Tone.OK, headlines[name].format(lot=result.lot), self.reason.text().strip()
            )
            self.reason.clear()
        else:
            verdict = describe(result, name, today)
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.search()

    def print_label(self) -> None:
        if self.lot is None:
            return
        di, lot, today = self.lot.di, self.lot.lot, self.session.clock.today()
        dialog = PrintDialog(
            self.session,
            self.tr("Quarantine label {lot}").format(lot=lot),
            lambda uow: quarantine_label(uow, di, lot, today),
            f"quarantine-{lot}",
            self,
        )
        dialog.open()
