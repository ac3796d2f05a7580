"""Status bar pieces: the open warnings (sync: ui/widgets/sync_status.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class OpenWarnings(QLabel):
    """How many warnings are open — the warnings list's own count — and how many critical."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CriticalWarnings")
        self.total: int | None = None
        self.show_count(None)

    def show_count(self, total: int | None, critical: int = 0) -> None:
        self.total = total
        if total is None:
            self.setText(self.tr("Warnings: …"))
        else:
            self.setText(
                self.tr("Warnings: {total} · critical {critical}").format(
                    total=total, critical=critical
                )
            )
        self.setProperty("alarm", bool(critical))
        self.style().unpolish(self)
        self.style().polish(self)
