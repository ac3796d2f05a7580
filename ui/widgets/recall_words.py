"""A recall's codes in words (level, status, source, task kind, scope): same on every screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def level_text(level: int) -> str:
    names = {
        1: QCoreApplication.translate("Recall", "Level 1 (1 day)"),
        2: QCoreApplication.translate("Recall", "Level 2 (3 days)"),
        3: QCoreApplication.translate("Recall", "Level 3 (7 days)"),
    }
    return names.get(level, str(level))


def status_text(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Recall", "open"),
        "in_progress": QCoreApplication.translate("Recall", "in progress"),
        "closed": QCoreApplication.translate("Recall", "closed"),
    }
    return names.get(status, status)


def source_text(source: str) -> str:
    names = {
        "manufacturer": QCoreApplication.translate("Recall", "manufacturer notice"),
        "regulator": QCoreApplication.translate("Recall", "regulator"),
        "internal_qa": QCoreApplication.translate("Recall", "internal QA"),
    }
    return names.get(source, source)


def task_kind_text(kind: str) -> str:
    names = {
        "location": QCoreApplication.translate("Recall", "collect from shelf"),
        "department": QCoreApplication.translate("Recall", "notify department"),
    }
    return names.get(kind, kind)


def account_kind_text(kind: str) -> str:
    names = {
        "used_on_patient": QCoreApplication.translate("Recall", "used on a patient"),
        "written_off": QCoreApplication.translate("Recall", "written off"),
    }
    return names.get(kind, kind)


def scope_text(scope: dict[str, Any]) -> str:
    kind = scope["kind"]
    if kind == "lots":
        return QCoreApplication.translate("Recall", "GTIN {di}, lots {lots}").format(
            di=scope["di"], lots=", ".join(scope["lots"])
        )
    if kind == "all_lots":
        return QCoreApplication.translate("Recall", "GTIN {di}, all lots").format(di=scope["di"])
    if kind == "produced":
        return QCoreApplication.translate("Recall", "GTIN {di}, produced {start} to {end}").format(
            di=scope["di"], start=scope["produced_from"], end=scope["produced_to"]
        )
    return QCoreApplication.translate("Recall", "GTIN {di}, {n} serial(s)").format(
        di=scope["di"], n=len(scope["serials"])
    )


def drill_text(drill: bool) -> str:
    return QCoreApplication.translate("Recall", "drill") if drill else ""
