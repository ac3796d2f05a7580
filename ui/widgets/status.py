"""Status bar pieces: the open warnings (sync: ui/widgets/sync_status.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class OpenWarnings(QLabel):
    """How many warnings are open — the warnings list's own count — and how many critical."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CriticalWarnings")
        self.total: int | None = None
        self.overdue = 0
        self.show_count(None)

    def show_count(self, total: int | None, critical: int = 0, overdue: int = 0) -> None:
        """`overdue`: open warnings past their due time, gone to the supervisor."""
        self.total = total
        self.overdue = overdue
        if total is None:
            self.setText(self.tr("Warnings: …"))
        else:
            text = self.tr("Warnings: {total} · critical {critical}").format(
                total=total, critical=critical
            )
            if overdue:
                text += self.tr(" · overdue {overdue}").format(overdue=overdue)
            self.setText(text)
        self.setProperty("alarm", bool(critical or overdue))
        self.style().unpolish(self)
        self.style().polish(self)
