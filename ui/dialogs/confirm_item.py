"""QA gives a device its registration or filing number (注册证/备案凭证) so its lots may be used."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label


class ConfirmItemDialog(QDialog):
    def __init__(self, di: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registration number"))
        text = question_label(
            self.tr(
                "{name} ({di}) has no registration or filing number: its lots stay blocked. "
                "Enter the number from the certificate."
            ).format(name=name, di=di)
        )
        self.number = QLineEdit()
        self.number.setObjectName("registration_no")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("confirm_name_zh")
        form = QFormLayout()
        form.addRow(self.tr("Registration or filing number"), self.number)
        form.addRow(self.tr("Chinese name (optional)"), self.name_zh)
        lay_out(
            self,
            form,
            ok=self.tr("Confirm"),
            cancel=self.tr("Cancel"),
            min_width=600,
            question=text,
        )
