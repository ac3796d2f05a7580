"""Status bar pieces: open critical warnings (sync: ui/widgets/sync_status.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class CriticalWarnings(QLabel):
    """The count of open critical (and expired) warnings, always visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CriticalWarnings")
        self.show_count(None)

    def show_count(self, count: int | None) -> None:
        if count is None:
            self.setText(self.tr("Critical warnings: …"))
        else:
            self.setText(self.tr("Critical warnings: {count}").format(count=count))
        self.setProperty("alarm", bool(count))
        self.style().unpolish(self)
        self.style().polish(self)
