"""QC and quarantine: release or reject a lot, put it on hold or take it off, with a reason."""

from __future__ import annotations

from typing import Any

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
from app.printouts import quarantine_label
from app.services.action import ActionResult
from app.services.lookups import find_lots, locations
from app.services.reports import quarantined_lots
from scanning.errors import ScanError
from scanning.parse import parse
from ui.dialogs.print_preview import PrintDialog
from ui.reasons import Tone, Verdict, describe, expiry_text
from ui.screen import Screen
from ui.session import Session
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable
from ui.widgets.tiers import hold_name, qc_name
from ui.workers import Progress

Row = dict[str, Any]


class QualityScreen(Screen):
    key = "quality"
    permission = "quarantine"
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.candidates: list[Row] = []
        self.lot: Row | None = None
        self.scan_text = ""
        """The raw scan, used for the request when the chosen lot is the scanned one."""
        self.scanned: tuple[str, str] | None = None

        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Scan the lot, or type a lot number / GTIN / name"))
        self.find.returnPressed.connect(self.search)
        self.table = SimpleTable(
            [self.tr("Item"), self.tr("Lot"), self.tr("Expiry"), self.tr("QC"),
             self.tr("Hold"), self.tr("On hand")]
        )
        self.table.setObjectName("candidates")
        self.table.itemSelectionChanged.connect(self._picked)
        self.list_title = QLabel()

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
        actions = (
            ("qc_release", self.tr("QC release")),
            ("qc_reject", self.tr("QC reject")),
            ("quarantine", self.tr("Put on hold")),
            ("release", self.tr("Take off hold")),
        )
        row = QHBoxLayout()
        for action, text in actions:
            button = QPushButton(text)
            button.setObjectName(action)
            button.setVisible(session.may(action))
            button.clicked.connect(lambda _=False, a=action: self.perform(a))
            self.buttons[action] = button
            row.addWidget(button)
        self.print_button = QPushButton(self.tr("Print quarantine label"))
        self.print_button.setObjectName("print_quarantine_label")
        self.print_button.clicked.connect(self.print_label)
        row.addStretch(1)
        row.addWidget(self.print_button)
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
        layout.addWidget(self.find)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.band)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("QC and quarantine")

    def activated(self) -> None:
        store = self.session.store

        def work(_: Progress) -> list[Location]:
            return locations(store.uow(read_only=True))

        self.session.tasks.run(work, self._locations)
        if not self.find.text():
            self.show_held()

    def demo(self) -> None:
        self.activated()
        self.session.tasks.wait_idle()
        if self.candidates:
            self.table.selectRow(0)

    # --- choosing the lot -------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        try:
            scan = parse(text)
        except ScanError as exc:
            self.band.show_verdict(Verdict(Tone.BLOCKED, exc.message))
            return
        if scan.di is None or not scan.lot:
            self.band.show_verdict(
                Verdict(Tone.DECIDE, self.tr("This barcode carries no lot: scan the one that does"))
            )
            return
        self.scan_text, self.scanned = text, (scan.di, scan.lot)
        self.find.setText(scan.lot)
        self._search(scan.lot, select=(scan.di, scan.lot))

    def show_held(self) -> None:
        store = self.session.store

        def work(_: Progress) -> list[Row]:
            seen: dict[tuple[str, str], Row] = {}
            for r in quarantined_lots(store.uow(read_only=True)):
                seen.setdefault((r["di"], r["lot"]), r)
            return list(seen.values())

        self.list_title.setText(self.tr("Lots on hold"))
        self.session.tasks.run(work, lambda rows: self._candidates(rows, None))

    def search(self) -> None:
        text = self.find.text().strip()
        if text:
            self._search(text, None)
        else:
            self.show_held()

    def _search(self, text: str, select: tuple[str, str] | None) -> None:
        store = self.session.store

        def work(_: Progress) -> list[Row]:
            return find_lots(store.uow(read_only=True), text)

        self.list_title.setText(self.tr("Lots matching “{text}”").format(text=text))
        self.session.tasks.run(work, lambda rows: self._candidates(rows, select))

    def _candidates(self, rows: list[Row], select: tuple[str, str] | None) -> None:
        self.candidates = rows
        self.table.clearSelection()
        self.table.set_rows(
            [[r["name_zh"] or r["name"], r["lot"], r["expiry"], qc_name(r["qc"]),
              hold_name(r["hold"]), r.get("quantity", r["on_hand"])] for r in rows]
        )
        wanted = [i for i, r in enumerate(rows) if select and (r["di"], r["lot"]) == select]
        if wanted or len(rows) == 1:
            self.table.selectRow(wanted[0] if wanted else 0)

    def _picked(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        self.lot = self.candidates[selected[0].row()] if selected else None
        self._show_lot()

    def _show_lot(self) -> None:
        lot = self.lot
        if lot is None:
            self.summary.setText(self.tr("No lot chosen"))
        else:
            self.summary.setText(
                self.tr("{name} · lot {lot} · {expiry} · {qc} · {hold}").format(
                    name=lot["name_zh"] or lot["name"], lot=lot["lot"],
                    expiry=expiry_text(lot["expiry"], self.session.clock.today()),
                    qc=qc_name(lot["qc"]), hold=hold_name(lot["hold"]),
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.lot is not None)
        self.print_button.setEnabled(self.lot is not None and self.lot["hold"] == "quarantine")

    def _locations(self, all_locations: list[Location]) -> None:
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

    # --- acting -----------------------------------------------------------------

    def perform(self, action: str) -> None:
        lot = self.lot
        if lot is None:
            return
        move = self.move.isChecked()
        request = self.session.request(
            action,
            scan=(
                self.scan_text
                if self.scanned == (lot["di"], lot["lot"])
                else lot_reference(lot["di"], lot["lot"])
            ),
            reason=self.reason.text().strip(),
            location=self.source.currentData() if move else None,
            to=self.target.currentData() if move else None,
        )
        for button in self.buttons.values():
            button.setEnabled(False)
        self.session.perform(request, lambda result: self._done(action, result))

    def _done(self, action: str, result: ActionResult) -> None:
        today = self.session.clock.today()
        if result.ok:
            headlines = {
                "qc_release": self.tr("Lot {lot} released by QC"),
                "qc_reject": self.tr("Lot {lot} rejected by QC"),
                "quarantine": self.tr("Lot {lot} is on hold"),
                "release": self.tr("Lot {lot} is off hold"),
            }
            verdict = Verdict(
                Tone.OK, headlines[action].format(lot=result.lot), self.reason.text().strip()
            )
            self.reason.clear()
        else:
            verdict = describe(result, action, today)
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        if self.lot is not None:
            self._search(self.lot["lot"], (self.lot["di"], self.lot["lot"]))

    def print_label(self) -> None:
        if self.lot is None:
            return
        di, lot, today = self.lot["di"], self.lot["lot"], self.session.clock.today()
        dialog = PrintDialog(
            self.session,
            self.tr("Quarantine label {lot}").format(lot=lot),
            lambda uow: quarantine_label(uow, di, lot, today),
            f"quarantine-{lot}",
            self,
        )
        dialog.open()


def lot_reference(di: str, lot: str) -> str:
    """A lot chosen by hand, written as the GS1 element string a scan of it would give."""
    return f"01{di}10{lot}"
