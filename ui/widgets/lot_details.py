"""What was scanned, in big type: item, GTIN, lot, expiry in its tier's colour, quantity."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.services.scan_view import ScanView
from ui.reasons import expiry_text


class LotDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.item = self._row(grid, 0, self.tr("Item"))
        self.di = self._row(grid, 1, self.tr("GTIN / UDI-DI"))
        self.lot = self._row(grid, 2, self.tr("Lot"))
        self.expiry = self._row(grid, 3, self.tr("Expiry"))
        self.quantity = self._row(grid, 4, self.tr("Quantity on label"))
        grid.setColumnStretch(1, 1)

    @staticmethod
    def _row(grid: QGridLayout, row: int, name: str) -> QLabel:
        label = QLabel(name)
        label.setProperty("role", "field")
        value = QLabel("—")
        value.setProperty("role", "value")
        value.setWordWrap(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row, 1)
        return value

    def show_view(self, view: ScanView, today: date, chinese: bool) -> None:
        if view.item_known:
            name = view.item_name_zh if chinese and view.item_name_zh else view.item_name
            if view.provisional:
                name = self.tr("{name} (provisional)").format(name=name)
        else:
            name = self.tr("Unknown item")
        self.item.setText(name)
        self.di.setText(view.di or "—")
        self.lot.setText(view.lot or "—")
        if view.mismatch:
            # The label contradicts the record: both shown, in the alarm colour.
            self.expiry.setText(
                self.tr("label {label} ≠ record {record}").format(
                    label=view.label_expiry.isoformat() if view.label_expiry else "—",
                    record=view.expiry.isoformat() if view.expiry else "—",
                )
            )
            self.expiry.setProperty("level", "mismatch")
        else:
            self.expiry.setText(expiry_text(view.expiry, today))
            self.expiry.setProperty("level", view.level or "ok")
        self.expiry.style().unpolish(self.expiry)
        self.expiry.style().polish(self.expiry)
        self.quantity.setText(str(view.quantity) if view.quantity is not None else "—")

    def clear(self) -> None:
        for label in (self.item, self.di, self.lot, self.expiry, self.quantity):
            label.setText("—")
        self.expiry.setProperty("level", "")
        self.expiry.style().unpolish(self.expiry)
        self.expiry.style().polish(self.expiry)
