"""The name of an item scanned at the dock that the store does not know yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ItemNameDialog(QDialog):
    def __init__(self, di: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unknown item"))
        text = QLabel(
            self.tr(
                "Item {di} is not in the store's master data. Give it a name to receive it; "
                "it stays provisional until the master data is updated."
            ).format(di=di)
        )
        text.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("item_name")
        form = QFormLayout()
        form.addRow(self.tr("Item name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
