"""The name of an item scanned at the dock that the store does not know yet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.form import lay_out, question_label


class ItemNameDialog(QDialog):
    def __init__(self, di: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unknown item"))
        text = question_label(
            self.tr(
                "Item {di} is not in the store's master data. Give it a name to receive it; "
                "it stays provisional until the master data is updated."
            ).format(di=di)
        )
        self.name = QLineEdit()
        self.name.setObjectName("item_name")
        form = QFormLayout()
        form.addRow(self.tr("Item name"), self.name)
        lay_out(
            self,
            form,
            ok=self.tr("Receive"),
            cancel=self.tr("Cancel"),
            min_width=560,
            question=text,
        )
