"""A supervisor's credentials and reason, to re-submit a refused action with an override."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label
from ui.signatures import OverrideAnswer, Signature


class OverrideDialog(QDialog):
    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor decision"))
        text = question_label(question)
        text.setProperty("role", "value")
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("supervisor")
        self.pin = QLineEdit()
        self.pin.setObjectName("supervisor_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        form = QFormLayout()
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        lay_out(
            self,
            form,
            ok=self.tr("Approve"),
            cancel=self.tr("Cancel"),
            min_width=560,
            question=text,
        )

    def answer(self) -> OverrideAnswer:
        """Checked on the writer: a wrong PIN or role comes back refused, in words."""
        return OverrideAnswer(
            Signature(self.supervisor.text().strip(), self.pin.text()), self.reason.text()
        )
