"""One lot's life on one screen: the supervisor's "one picture".

Production date, receipt (when, from whom, by whom), QC result, expiry with
days left in the tier's colour, status and hold, stock per location with the
responsible person, quantities issued per department, every movement.
Everything comes from `app.services.trace.lot_trace`, read off the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.policy import Policy
from app.printouts import lot_label
from app.services.expiry_tiers import lot_level
from app.services.settings import current_policy
from app.services.trace import lot_trace
from ui.dialogs.print_preview import PrintDialog
from ui.reasons import expiry_text, failure_verdict
from ui.session import Session
from ui.widgets.simple_table import SimpleTable, cell_text
from ui.widgets.tiers import (
    hold_name,
    level_name,
    movement_name,
    qc_name,
    style_for,
)
from ui.workers import Progress

Trace = dict[str, Any]


class LotPanel(QWidget):
    loaded = Signal(object)
    """The trace shown (a dict), or None when the lot is unknown."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LotPanel")
        self.session = session
        self.trace: Trace | None = None

        self.heading = QLabel(self.tr("Scan a lot or choose one in the table"))
        self.heading.setObjectName("LotHeading")
        self.heading.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print lot label"))
        self.print_button.setObjectName("print_lot_label")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_label)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)

        self.facts: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, label in (
            ("item", self.tr("Item")),
            ("production", self.tr("Production date")),
            ("expiry", self.tr("Expiry")),
            ("qc", self.tr("QC result")),
            ("status", self.tr("Status")),
            ("received", self.tr("Received")),
            ("on_hand", self.tr("On hand")),
        ):
            value = QLabel("—")
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            self.facts[key] = value
            facts.addRow(label, value)

        self.stock = SimpleTable(
            [self.tr("Location"), self.tr("Name"), self.tr("Responsible"), self.tr("Quantity")]
        )
        self.departments = SimpleTable(
            [
                self.tr("Department"),
                self.tr("Issued"),
                self.tr("Returned"),
                self.tr("Net"),
                self.tr("Last issue"),
            ]
        )
        self.history = SimpleTable(
            [
                self.tr("When"),
                self.tr("Movement"),
                self.tr("Qty"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Reason / reference"),
            ]
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        row = QHBoxLayout()
        row.addWidget(_boxed(self.tr("Stock per location"), self.stock))
        row.addWidget(_boxed(self.tr("Issued per department"), self.departments))
        layout.addLayout(row, 1)
        layout.addWidget(_boxed(self.tr("Movement history"), self.history), 2)

    def show_lot(self, di: str, lot: str) -> None:
        store = self.session.store

        def work(_: Progress) -> tuple[Trace, Policy]:
            return lot_trace(store.uow(read_only=True), di, lot), current_policy(
                store.uow(read_only=True)
            )

        self.session.tasks.run(work, self._show, self._unknown)

    def _unknown(self, error: BaseException) -> None:
        self.trace = None
        self.print_button.setEnabled(False)
        self.heading.setText(failure_verdict(error).headline)
        self.loaded.emit(None)

    def _show(self, result: tuple[Trace, Policy]) -> None:
        trace, policy = result
        self.trace = trace
        item, lot = trace["item"], trace["lot"]
        today = self.session.clock.today()
        self.heading.setText(
            self.tr("Lot {lot} · {name}").format(
                lot=lot["lot"], name=item["name_zh"] or item["name"]
            )
        )
        names = " / ".join(n for n in (item["name_zh"], item["name"]) if n)
        self.facts["item"].setText(
            self.tr("{names} — GTIN {di}, model {model}, registration {reg}").format(
                names=names,
                di=item["di"],
                model=item["model"] or "—",
                reg=item["registration_no"] or "—",
            )
        )
        self.facts["production"].setText(cell_text(lot["production_date"]) or "—")
        level = lot_level(policy, item["category"], lot["expiry"], today)
        expiry = expiry_text(lot["expiry"], today)
        self.facts["expiry"].setText(expiry if level is None else f"{expiry} · {level_name(level)}")
        self.facts["expiry"].setStyleSheet(style_for(level))
        self.facts["qc"].setText(self._qc_text(trace))
        status = hold_name(lot["hold"])
        if lot["hold_reason"]:
            status = self.tr("{hold} — reason: {reason}").format(
                hold=status, reason=lot["hold_reason"]
            )
        self.facts["status"].setText(status)
        self.facts["received"].setText(self._received_text(trace))
        self.facts["on_hand"].setText(str(trace["on_hand"]))
        self.stock.set_rows(
            [
                [s["location"], s["name"], s["responsible"] or "—", s["quantity"]]
                for s in trace["stock"]
            ]
        )
        self.departments.set_rows(
            [
                [d["name"] or d["department"], d["issued"], d["returned"], d["net"], d["last"]]
                for d in trace["departments"]
            ]
        )
        self.history.set_rows(
            [
                [
                    m["at"],
                    movement_name(m["type"]),
                    m["quantity"],
                    m["from"],
                    m["to"],
                    m["user"] + (f" ✔{m['override_by']}" if m["override_by"] else ""),
                    " · ".join(x for x in (m["reason"], m["reference"], m["override_reason"]) if x),
                ]
                for m in trace["movements"]
            ]
        )
        self.print_button.setEnabled(True)
        self.loaded.emit(trace)

    def _qc_text(self, trace: Trace) -> str:
        qc = trace["lot"]["qc"]
        decisions = [e for e in trace["qc"] if e["action"] in ("qc_release", "qc_reject")]
        if not decisions:
            return qc_name(qc)
        last = decisions[-1]
        return self.tr("{qc} ({when}, {who})").format(
            qc=qc_name(qc), when=cell_text(last["at"]), who=last["by"]
        )

    def _received_text(self, trace: Trace) -> str:
        lines = [
            self.tr("{when}: {qty} from {supplier} into {into}, by {who} {ref}")
            .format(
                when=cell_text(r["at"]),
                qty=r["quantity"],
                supplier=r["supplier"] or "—",
                into=r["into"],
                who=r["by"],
                ref=f"({r['reference']})" if r["reference"] else "",
            )
            .strip()
            for r in trace["received"]
        ]
        return "\n".join(lines) or self.tr("never received")

    def print_label(self) -> None:
        if self.trace is None:
            return
        di, lot = self.trace["item"]["di"], self.trace["lot"]["lot"]
        dialog = PrintDialog(
            self.session,
            self.tr("Lot label {lot}").format(lot=lot),
            lambda uow: lot_label(uow, di, lot),
            f"lot-{lot}",
            self,
        )
        dialog.open()


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box
