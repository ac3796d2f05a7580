"""Picking for a department: each line shows FEFO's lot and shelf; the right scan ticks it.

A line whose FEFO lot its warning's owner chose to use first (the closed
loop) goes to the top of the list, marked so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.demo.scans import picking_example
from app.domain.model import LocationKind
from app.domain.permissions import Action
from app.domain.rules import OVERRIDABLE
from app.errors import Code
from app.services.commands import Pick
from app.services.dispositions import use_first_lots
from app.services.locations import LocationView, list_locations
from app.services.picking import FefoSuggestion, fefo_suggestion, item_code
from app.services.ports import UnitOfWork
from scanning.errors import ScanError
from scanning.parse import parse
from ui.operations import QueryOp
from ui.reasons import Tone, Verdict, expiry_text
from ui.screens.scan_screen import ScanOutcome, ScanScreen
from ui.session import Session


@dataclass(frozen=True, slots=True)
class PickLine:
    di: str
    qty: int
    suggestion: FefoSuggestion
    picked_lot: str | None = None
    use_first: bool = False


class PickingScreen(ScanScreen):
    key = "picking"
    permission = Action.PICK

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.lines: list[PickLine] = []
        self._active: int | None = None
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.reference = QLineEdit()
        self.reference.setObjectName("request_no")
        self.reference.setPlaceholderText(self.tr("department request number"))
        self.item = QLineEdit()
        self.item.setObjectName("line_item")
        self.item.setPlaceholderText(self.tr("GTIN of the item"))
        self.line_qty = QSpinBox()
        self.line_qty.setObjectName("line_qty")
        self.line_qty.setRange(1, 100_000)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("add_line")
        self.add_button.clicked.connect(self.add_line)
        self.item.returnPressed.connect(self.add_line)
        self.confirm_mixed = QPushButton(self.tr("Confirm mixed lots"))
        self.confirm_mixed.setObjectName("confirm_mixed_lot")
        self.confirm_mixed.setEnabled(False)
        self.confirm_mixed.clicked.connect(self.confirm_mixed_lot)
        self.override_button = QPushButton(self.tr("Supervisor override…"))
        self.override_button.setObjectName("override")
        self.override_button.setEnabled(False)
        self.override_button.clicked.connect(self.request_override)
        form = QFormLayout()
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Request"), self.reference)
        add_row = QHBoxLayout()
        add_row.addWidget(self.item, 3)
        add_row.addWidget(self.line_qty, 1)
        add_row.addWidget(self.add_button)
        form.addRow(self.tr("New line"), add_row)
        self.body.addLayout(form)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("pick_list")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Take lot (FEFO)"),
                self.tr("Location"),
                self.tr("Expiry"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 340)
        self.table.verticalHeader().setVisible(False)
        self.body.addWidget(self.table, 2)
        self.body.addWidget(self.override_button)
        self.body.addWidget(self.confirm_mixed)
        self.add_feedback()

    def title(self) -> str:
        return self.tr("Picking")

    def demo(self) -> None:
        example = picking_example(self.session.store, self.session.clock)
        if example is None:
            return
        di, wrong_scan = example
        self.reference.setText("REQ-0415")
        self.add_line(di, 1)
        self.session.tasks.wait_idle()
        self.handle_scan(wrong_scan)

    def activated(self) -> None:
        QueryOp(
            self, self.session, lambda uow: list_locations(uow, {LocationKind.DEPARTMENT})
        ).success(self._fill_departments).run()

    def _fill_departments(self, locations: list[LocationView]) -> None:
        current = self.department.currentData()
        self.department.clear()
        for loc in locations:
            self.department.addItem(f"{loc.code} — {loc.name}", loc.code)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))

    # --- the pick list ---------------------------------------------------------------

    def add_line(self, code: str | None = None, qty: int | None = None) -> None:
        code = (code or self.item.text()).strip()
        if not code:
            return
        qty = qty or self.line_qty.value()
        clock = self.session.clock
        department = self.department.currentData()

        def read(uow: UnitOfWork) -> tuple[FefoSuggestion | None, bool]:
            suggestion = fefo_suggestion(uow, clock, code)
            if suggestion is None or suggestion.lot is None:
                return suggestion, False
            return suggestion, (suggestion.di, suggestion.lot) in use_first_lots(uow, department)

        QueryOp(self, self.session, read).success(
            lambda found: self._line_added(code, qty, *found)
        ).run()

    def _line_added(
        self, code: str, qty: int, suggestion: FefoSuggestion | None, use_first: bool = False
    ) -> None:
        if suggestion is None:
            self.show_verdict(
                Verdict(
                    Tone.BLOCKED,
                    self.tr("Item {di} is not known here").format(di=item_code(code)),
                )
            )
            return
        self.item.clear()
        self.lines.append(PickLine(suggestion.di, qty, suggestion, use_first=use_first))
        if self._active is None:  # never reorder under a pick in flight
            self.lines.sort(key=lambda line: not line.use_first)
        self._render()
        # A new line starts clean: the last scan's red no longer applies.
        self._mark_wrong(False)
        self.override_button.setEnabled(False)
        self.show_verdict(Verdict(Tone.IDLE, ""))

    def _refresh_suggestions(self) -> None:
        clock = self.session.clock
        open_lines = [(i, line.di) for i, line in enumerate(self.lines) if not line.picked_lot]

        def read(uow: UnitOfWork) -> list[tuple[int, FefoSuggestion | None]]:
            return [(i, fefo_suggestion(uow, clock, di)) for i, di in open_lines]

        def done(fresh: list[tuple[int, FefoSuggestion | None]]) -> None:
            for i, suggestion in fresh:
                if suggestion is not None and i < len(self.lines):
                    self.lines[i] = replace(self.lines[i], suggestion=suggestion)
            self._render()

        QueryOp(self, self.session, read).success(done).run()

    def _render(self) -> None:
        today = self.session.clock.today()
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            s = line.suggestion
            name = s.item_name_zh if self.chinese and s.item_name_zh else s.item_name
            if line.picked_lot:
                status = self.tr("✔ picked lot {lot}").format(lot=line.picked_lot)
            elif s.lot is None:
                status = self.tr("no usable stock")
            elif line.use_first:
                status = self.tr("to pick — use first")
            else:
                status = self.tr("to pick")
            cells = [
                name,
                str(line.qty),
                s.lot or "—",
                s.location or "—",
                expiry_text(s.expiry, today) if s.lot else "—",
                status,
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    # --- scans -----------------------------------------------------------------------

    def scan_ready(self, text: str) -> None:
        try:
            di = parse(text).di
        except ScanError:
            di = None
        index = next(
            (i for i, line in enumerate(self.lines) if line.di == di and not line.picked_lot),
            None,
        )
        if index is None:
            if di is None:
                # Unreadable: the core says why, in the same words as everywhere.
                self.submit(Pick(scan=text, location=None))
                return
            self._scan_adds_line(text, di)
            return
        self._pick_line(index, text)

    def _scan_adds_line(self, text: str, di: str) -> None:
        """A scan of an item with no line: it gets one (the line quantity), then is picked."""
        clock, qty = self.session.clock, self.line_qty.value()

        def added(suggestion: FefoSuggestion | None) -> None:
            if suggestion is not None and suggestion.di != di:
                # A box or case of an item: its line, and one package's eaches picked.
                index = next(
                    (
                        i
                        for i, line in enumerate(self.lines)
                        if line.di == suggestion.di and not line.picked_lot
                    ),
                    None,
                )
                if index is None:
                    self._line_added(suggestion.di, qty, suggestion)
                    index = len(self.lines) - 1
                self._pick_line(index, text, package=True)
                return
            self._line_added(di, qty, suggestion)
            if suggestion is not None:
                self._pick_line(len(self.lines) - 1, text)

        QueryOp(self, self.session, lambda uow: fefo_suggestion(uow, clock, di)).success(
            added
        ).run()

    def _pick_line(self, index: int, text: str, package: bool = False) -> None:
        """Pick the line's quantity; a package scan picks one package (its eaches)."""
        line = self.lines[index]
        if line.suggestion.lot is None:
            self.show_verdict(Verdict(Tone.BLOCKED, self.tr("No usable stock of this item")))
            return
        self._active = index
        self.submit(
            Pick(
                scan=text,
                qty=None if package else line.qty,
                location=line.suggestion.location,
                to=self.department.currentData(),
                reference=self.reference.text().strip(),
            )
        )

    def after_result(self, outcome: ScanOutcome) -> None:
        result = outcome.result
        self.override_button.setEnabled(not result.ok and result.code in OVERRIDABLE)
        self.confirm_mixed.setEnabled(result.code is Code.MIXED_LOT)
        self._mark_wrong(not result.ok)
        if not result.ok:
            if result.code is Code.NOT_FEFO:
                self.session.sounds.play_for(Tone.BLOCKED)  # a wrong lot is loud
            return
        if self._active is not None and self._active < len(self.lines):
            self.lines[self._active] = replace(self.lines[self._active], picked_lot=result.lot)
        self._active = None
        self._render()
        self._refresh_suggestions()

    def confirm_mixed_lot(self) -> None:
        """The picker saw the other lot in this delivery: the same pick again, confirmed."""
        command = self.last_command
        if isinstance(command, Pick):
            self.confirm_mixed.setEnabled(False)
            self.submit(replace(command, confirm_mixed_lot=True))

    def request_override(self) -> None:
        result = self.last_outcome.result if self.last_outcome else None
        if result is None:
            return
        self.ask_supervisor(
            self.tr("Pick lot {lot} although FEFO says lot {fefo}? Give the reason.").format(
                lot=result.lot, fefo=result.fefo_lot or "—"
            )
            if result.code is Code.NOT_FEFO
            else self.tr("Pick lot {lot} inside the do-not-issue window? Give the reason.").format(
                lot=result.lot
            )
        )

    def _mark_wrong(self, wrong: bool) -> None:
        self.setProperty("wrong", wrong)
        # Style sheets do not look at a parent's property again by themselves:
        # every label under the screen is repolished so the red reaches them.
        for widget in (self, *self.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
