"""QA's sign-off for closing a recall: their user name and PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label
from ui.signatures import Signature


class QaSignOffDialog(QDialog):
    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("QA sign-off"))
        text = question_label(question)
        self.user = QLineEdit()
        self.user.setObjectName("qa_user")
        self.pin = QLineEdit()
        self.pin.setObjectName("qa_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        # Whoever opened the case closes it only with a second QA's signature.
        self.second_user = QLineEdit()
        self.second_user.setObjectName("second_qa_user")
        self.second_pin = QLineEdit()
        self.second_pin.setObjectName("second_qa_pin")
        self.second_pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("QA user"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(QLabel(self.tr("Second QA (if you opened this recall):")))
        form.addRow(self.tr("QA user"), self.second_user)
        form.addRow(self.tr("PIN"), self.second_pin)
        lay_out(
            self,
            form,
            ok=self.tr("Sign and close"),
            cancel=self.tr("Cancel"),
            min_width=520,
            question=text,
        )

    def signature(self) -> Signature:
        return Signature(self.user.text().strip(), self.pin.text())

    def second(self) -> Signature | None:
        user = self.second_user.text().strip()
        return Signature(user, self.second_pin.text()) if user else None
