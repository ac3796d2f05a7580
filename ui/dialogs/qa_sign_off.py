"""QA's sign-off for closing a recall: their user name and PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label


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
        form = QFormLayout()
        form.addRow(self.tr("QA user"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        lay_out(
            self, form, ok=self.tr("Sign and close"), cancel=self.tr("Cancel"), min_width=520,
            question=text,
        )
