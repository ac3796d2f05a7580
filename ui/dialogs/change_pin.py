"""A new PIN for oneself: typed twice; the rule book decides how long it must be."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label
from ui.reasons import Verdict


class ChangePinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change your PIN"))
        self.question = question_label(
            self.tr(
                "Your PIN is shorter than your role needs (six characters for supervisors, "
                "QA and administrators). Choose a new one to go on."
            )
        )
        self.new_pin = QLineEdit()
        self.new_pin.setObjectName("new_pin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_pin")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel("")
        self.problem.setObjectName("pin_problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.new_pin)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow("", self.problem)
        lay_out(
            self,
            form,
            ok=self.tr("Change"),
            cancel=self.tr("Cancel"),
            min_width=520,
            question=self.question,
        )

    def mismatch(self) -> None:
        self.problem.setText(self.tr("The two PINs differ."))

    def refused(self, verdict: Verdict) -> None:
        self.problem.setText(verdict.headline)
