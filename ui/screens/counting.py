"""Stock count: scan a lot at a location, type what is there; supervisors approve variances."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Location
from app.domain.permissions import Action
from app.printouts import location_label
from app.services.commands import ApproveCount, Count
from app.services.context import ActionResult
from app.services.counting import pending_counts
from app.services.lookups import locations
from scanning.errors import ScanError
from scanning.parse import parse
from ui.dialogs.override import OverrideDialog
from ui.dialogs.print_preview import PrintDialog
from ui.operations import ActionOp, QueryOp, show_failure
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable

Row = dict[str, Any]


class CountScreen(Screen):
    key = "count"
    permission = Action.COUNT
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.scan_text = ""
        self.pending: list[Row] = []
        self.location = QComboBox()
        self.location.setObjectName("location")
        self.print_button = QPushButton(self.tr("Print location label"))
        self.print_button.setObjectName("print_location_label")
        self.print_button.clicked.connect(self.print_label)
        self.lot = QLabel(self.tr("Scan a lot on this shelf"))
        self.lot.setObjectName("counted_lot")
        self.qty = QSpinBox()
        self.qty.setObjectName("qty")
        self.qty.setRange(0, 1_000_000)
        self.record_button = QPushButton(self.tr("Record count"))
        self.record_button.setObjectName("record")
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.record)
        self.qty.editingFinished.connect(lambda: self.record_button.setFocus())
        self.band = ResultBand()
        self.table = SimpleTable(
            [
                self.tr("Counted"),
                self.tr("Lot"),
                self.tr("Location"),
                self.tr("Expected"),
                self.tr("Counted qty"),
                self.tr("Variance"),
                self.tr("By"),
            ]
        )
        self.table.setObjectName("pending")
        self.approve_button = QPushButton(self.tr("Approve variance…"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve_selected)

        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.print_button)
        form = QFormLayout()
        form.addRow(self.tr("Location"), where)
        form.addRow(self.tr("Lot"), self.lot)
        counted = QHBoxLayout()
        counted.addWidget(self.qty, 1)
        counted.addWidget(self.record_button)
        form.addRow(self.tr("Counted quantity"), counted)
        approvals = QHBoxLayout()
        approvals.addWidget(QLabel(self.tr("Variances awaiting a supervisor")), 1)
        approvals.addWidget(self.approve_button)
        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.band)
        layout.addLayout(approvals)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Stock count")

    def activated(self) -> None:
        QueryOp(
            self, self.session, lambda uow: [loc for loc in locations(uow) if loc.kind.holds_stock]
        ).success(self._locations).run()
        self.refresh_pending()

    def demo(self) -> None:
        self.activated()
        self.session.tasks.wait_idle()

    def _locations(self, stock_locations: list[Location]) -> None:
        current = self.location.currentData()
        self.location.clear()
        for loc in stock_locations:
            self.location.addItem(f"{loc.code} — {loc.name}", loc.code)
        self.location.setCurrentIndex(max(0, self.location.findData(current)))

    def refresh_pending(self) -> None:
        QueryOp(self, self.session, pending_counts).success(self._pending).run()

    def _pending(self, rows: list[Row]) -> None:
        self.pending = rows
        self.table.set_rows(
            [
                [
                    r["counted_at"],
                    r["lot"],
                    r["location"],
                    r["expected"],
                    r["counted"],
                    f"{r['variance']:+d}",
                    r["counted_by"],
                ]
                for r in rows
            ]
        )
        self.approve_button.setEnabled(bool(rows))

    def handle_scan(self, text: str) -> None:
        index = self.location.findData(text.strip())
        if index >= 0:  # a location label
            self.location.setCurrentIndex(index)
            return
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
        self.scan_text = text
        self.lot.setText(self.tr("Lot {lot} (GTIN {di})").format(lot=scan.lot, di=scan.di))
        self.record_button.setEnabled(True)
        self.qty.setFocus()
        self.qty.selectAll()

    def record(self) -> None:
        if not self.scan_text:
            return
        command = Count(self.scan_text, self.location.currentData(), self.qty.value())
        self.record_button.setEnabled(False)
        ActionOp(self, self.session, command).success(self._recorded).failure(
            self._count_failed
        ).run()

    def _count_failed(self, error: BaseException) -> None:
        show_failure(self, error)
        self.record_button.setEnabled(True)

    def _recorded(self, result: ActionResult) -> None:
        if result.ok:
            variance = int(result.detail.get("variance", 0))
            if variance == 0:
                verdict = Verdict(
                    Tone.OK, self.tr("Count matches: lot {lot}").format(lot=result.lot)
                )
            else:
                verdict = Verdict(
                    Tone.DECIDE,
                    self.tr("Variance {variance:+d} on lot {lot}: awaits a supervisor").format(
                        variance=variance, lot=result.lot
                    ),
                    self.tr("Stock is unchanged until a supervisor approves the count."),
                )
            self.scan_text = ""
            self.lot.setText(self.tr("Scan the next lot"))
        else:
            verdict = describe(result, "count", self.session.clock.today())
            self.record_button.setEnabled(True)
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.refresh_pending()

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pending[rows[0].row()] if rows else None

    def approve_selected(self) -> OverrideDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = OverrideDialog(
            self.tr("Book the variance {variance:+d} of lot {lot} at {location}?").format(
                variance=row["variance"], lot=row["lot"], location=row["location"]
            ),
            self,
        )
        dialog.accepted.connect(lambda: self._approve(row["count_id"], dialog))
        dialog.open()
        return dialog

    def _approve(self, count_id: int, dialog: OverrideDialog) -> None:
        """Booked as the supervisor who typed their PIN here (not the counter)."""
        ActionOp(self, self.session, ApproveCount(count_id)).signed_by(
            dialog.answer().signature
        ).success(self._approved).run()

    def _approved(self, result: ActionResult) -> None:
        if result.ok:
            verdict = Verdict(
                Tone.OK, self.tr("Variance approved and booked: lot {lot}").format(lot=result.lot)
            )
        else:
            verdict = describe(result, "approve_count", self.session.clock.today())
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.refresh_pending()

    def print_label(self) -> None:
        code = self.location.currentData()
        if not code:
            return
        dialog = PrintDialog(
            self.session,
            self.tr("Location label {code}").format(code=code),
            lambda uow: location_label(uow, code),
            f"location-{code}",
            self,
        )
        dialog.open()
