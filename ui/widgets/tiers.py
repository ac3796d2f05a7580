"""Warning tiers as colours and words: the same in every table and panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.model import AlertKind, Level

# (background, text): readable on the high-contrast style, distinct without colour vision
# thanks to the level word shown next to it.
_COLOURS: dict[Level, tuple[str, str]] = {
    Level.NOTICE: ("#dbeafe", "#0b3d91"),
    Level.WARNING: ("#ffe0a3", "#5c3b00"),
    Level.CRITICAL: ("#ff9c9c", "#5c0000"),
    Level.EXPIRED: ("#8b0000", "#ffffff"),
}


def colours(level: Level | None) -> tuple[QColor, QColor] | None:
    if level is None:
        return None
    background, text = _COLOURS[level]
    return QColor(background), QColor(text)


def level_name(level: Level) -> str:
    names = {
        Level.NOTICE: QCoreApplication.translate("Tiers", "notice"),
        Level.WARNING: QCoreApplication.translate("Tiers", "warning"),
        Level.CRITICAL: QCoreApplication.translate("Tiers", "critical"),
        Level.EXPIRED: QCoreApplication.translate("Tiers", "expired"),
    }
    return names[level]


def style_for(level: Level | None) -> str:
    """A label style sheet in the tier's colours (empty outside every tier)."""
    if level is None:
        return ""
    background, text = _COLOURS[level]
    return f"background:{background};color:{text};padding:2px 6px;border-radius:3px;"


def qc_name(qc: str) -> str:
    names = {
        "pending": QCoreApplication.translate("Tiers", "QC pending"),
        "released": QCoreApplication.translate("Tiers", "QC released"),
        "rejected": QCoreApplication.translate("Tiers", "QC rejected"),
    }
    return names.get(qc, qc)


def hold_name(hold: str) -> str:
    names = {
        "none": QCoreApplication.translate("Tiers", "no hold"),
        "quarantine": QCoreApplication.translate("Tiers", "quarantine"),
        "recall": QCoreApplication.translate("Tiers", "recalled"),
    }
    return names.get(hold, hold)


def movement_name(kind: str) -> str:
    names = {
        "receive": QCoreApplication.translate("Tiers", "receipt"),
        "move": QCoreApplication.translate("Tiers", "move"),
        "pick": QCoreApplication.translate("Tiers", "issue"),
        "return": QCoreApplication.translate("Tiers", "return"),
        "quarantine": QCoreApplication.translate("Tiers", "hold"),
        "release": QCoreApplication.translate("Tiers", "hold released"),
        "qc_release": QCoreApplication.translate("Tiers", "QC release"),
        "qc_reject": QCoreApplication.translate("Tiers", "QC reject"),
        "dispose": QCoreApplication.translate("Tiers", "disposal"),
        "return_to_supplier": QCoreApplication.translate("Tiers", "return to supplier"),
        "count_adjust": QCoreApplication.translate("Tiers", "count adjustment"),
        "transfer_out": QCoreApplication.translate("Tiers", "transfer out"),
        "transfer_in": QCoreApplication.translate("Tiers", "transfer in"),
    }
    return names.get(kind, kind)


def alert_kind_name(kind: AlertKind) -> str:
    names = {
        AlertKind.EXPIRY: QCoreApplication.translate("Tiers", "expiry"),
        AlertKind.DATA_MISMATCH: QCoreApplication.translate("Tiers", "label mismatch"),
        AlertKind.COUNT_DISCREPANCY: QCoreApplication.translate("Tiers", "count difference"),
        AlertKind.WITHDRAWN: QCoreApplication.translate("Tiers", "withdrawn from the market"),
        AlertKind.RECALL: QCoreApplication.translate("Tiers", "recall"),
        AlertKind.LOW_STOCK: QCoreApplication.translate("Tiers", "low stock"),
        AlertKind.TRANSPORT_ROUTE: QCoreApplication.translate("Tiers", "transport route"),
        AlertKind.LOGGER_GAP: QCoreApplication.translate("Tiers", "logger: no data"),
    }
    return names[kind]


def disposition_name(disposition: str | None) -> str:
    """A disposition template's words (app.domain.disposition.Disposition values)."""
    names = {
        "use_first": QCoreApplication.translate("Tiers", "use first"),
        "transfer": QCoreApplication.translate("Tiers", "transfer to another site"),
        "return_to_supplier": QCoreApplication.translate("Tiers", "return to supplier"),
        "second_inspection": QCoreApplication.translate("Tiers", "second inspection"),
        "dispose": QCoreApplication.translate("Tiers", "dispose"),
        "write_off": QCoreApplication.translate("Tiers", "write off"),
        "no_action": QCoreApplication.translate("Tiers", "no action, with reason"),
    }
    if disposition is None:
        return QCoreApplication.translate("Tiers", "not chosen")
    return names.get(disposition, disposition)
