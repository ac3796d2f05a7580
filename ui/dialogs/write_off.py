"""Writing stock off for good: disposal or return to the supplier, with its reason and evidence.

The dialog collects; the core decides. Expired or QC-rejected stock is
disposed of only with a second person's signature (the rule book), so the
countersignature fields are always there; a refusal says when they were needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.model import WriteOffReason
from app.services.reports import AttentionRow
from ui.dialogs.form import lay_out, question_label
from ui.signatures import Signature


def reason_name(reason: WriteOffReason) -> str:
    names = {
        WriteOffReason.EXPIRED: QCoreApplication.translate("WriteOff", "expired"),
        WriteOffReason.DAMAGED: QCoreApplication.translate("WriteOff", "damaged"),
        WriteOffReason.QC_REJECTED: QCoreApplication.translate("WriteOff", "rejected by QC"),
        WriteOffReason.RECALLED: QCoreApplication.translate("WriteOff", "recalled"),
        WriteOffReason.OTHER: QCoreApplication.translate("WriteOff", "other (say why)"),
    }
    return names[reason]


class WriteOffDialog(QDialog):
    def __init__(
        self,
        row: AttentionRow,
        dispose: bool,
        supplier_returns: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispose = dispose
        self.setWindowTitle(self.tr("Dispose") if dispose else self.tr("Return to supplier"))
        text = question_label(
            self.tr("Lot {lot} at {location}: {quantity} on hand.").format(
                lot=row.lot, location=row.location, quantity=row.quantity
            )
        )
        self.quantity = QSpinBox()
        self.quantity.setObjectName("write_off_qty")
        self.quantity.setRange(1, max(1, row.quantity))
        self.quantity.setValue(max(1, row.quantity))
        self.reason_code = QComboBox()
        self.reason_code.setObjectName("reason_code")
        for reason in WriteOffReason:
            self.reason_code.addItem(reason_name(reason), reason.value)
        self.reason_code.setCurrentIndex(self.reason_code.findData(_likely(row).value))
        self.reason = QLineEdit()
        self.reason.setObjectName("write_off_reason")
        self.to = QComboBox()
        self.to.setObjectName("write_off_to")
        for code, name in supplier_returns:
            self.to.addItem(f"{code} — {name}", code)
        self.evidence: Path | None = None
        self.evidence_label = QLabel(self.tr("none"))
        self.evidence_label.setObjectName("evidence_file")
        choose = QPushButton(self.tr("Photo or scan…"))
        choose.setObjectName("choose_evidence")
        choose.clicked.connect(self._choose)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_label, 1)
        evidence_row.addWidget(choose)
        self.second_user = QLineEdit()
        self.second_user.setObjectName("second_user")
        self.second_pin = QLineEdit()
        self.second_pin.setObjectName("second_pin")
        self.second_pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Reason"), self.reason_code)
        form.addRow(self.tr("Details"), self.reason)
        if not dispose:
            form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Evidence"), evidence_row)
        if dispose:
            form.addRow(QLabel(self.tr("Second person (expired or rejected stock):")))
            form.addRow(self.tr("User"), self.second_user)
            form.addRow(self.tr("PIN"), self.second_pin)
        lay_out(
            self,
            form,
            ok=self.tr("Write off"),
            cancel=self.tr("Cancel"),
            min_width=620,
            question=text,
        )

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Evidence"), "", self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)")
        )
        if path:
            self.set_evidence(Path(path))

    def set_evidence(self, path: Path) -> None:
        self.evidence = path
        self.evidence_label.setText(path.name)

    def reason_chosen(self) -> WriteOffReason:
        return WriteOffReason(self.reason_code.currentData())

    def countersign(self) -> Signature | None:
        user = self.second_user.text().strip()
        return Signature(user, self.second_pin.text()) if user else None


def _likely(row: AttentionRow) -> WriteOffReason:
    if row.hold == "recall":
        return WriteOffReason.RECALLED
    if row.qc == "rejected":
        return WriteOffReason.QC_REJECTED
    return WriteOffReason.EXPIRED if row.expiry is not None else WriteOffReason.OTHER
