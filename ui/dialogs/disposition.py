"""Choosing a warning's disposition: a template, and its site, department or reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.domain.disposition import Disposition
from ui.dialogs.form import lay_out, question_label
from ui.widgets.tiers import disposition_name


class DispositionDialog(QDialog):
    def __init__(self, lot: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DispositionDialog")
        self.setWindowTitle(self.tr("Choose a disposition"))
        self.template = QComboBox()
        self.template.setObjectName("template")
        for disposition in Disposition:
            self.template.addItem(disposition_name(disposition.value), disposition.value)
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.target.setPlaceholderText(
            self.tr("transfer: the site it goes to; use first: a department (optional)")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("required for no action"))
        form = QFormLayout()
        form.addRow(self.tr("Disposition"), self.template)
        form.addRow(self.tr("Site or department"), self.target)
        form.addRow(self.tr("Reason"), self.reason)
        question = question_label(
            self.tr("What will be done about lot {lot}?").format(lot=lot or "—")
        )
        lay_out(
            self,
            form,
            ok=self.tr("Choose"),
            cancel=self.tr("Cancel"),
            min_width=460,
            question=question,
        )

    def chosen(self) -> tuple[str, str, str]:
        """(disposition, reason, target) as entered."""
        return str(self.template.currentData()), self.reason.text(), self.target.text()
