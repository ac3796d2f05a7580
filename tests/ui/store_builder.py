"""A small real store for UI tests: locations, people, two items, stock in FEFO order."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.adapters.store import Store
from app.domain.clock import Clock
from app.services.action import ActionRequest
from app.services.actions import perform
from app.services.master_data import import_rows
from app.services.setup import initialise

SUTURE = "09506000134352"  # GS1's example GTIN
GLOVES = "05012345678900"
UNKNOWN = "04006381333931"  # a valid GTIN no store item has

OPERATOR = ("op1", "1111", "BADGE-OP1")
SUPERVISOR = ("sup1", "2222", "BADGE-SUP1")


def gs1(gtin: str, expiry: date, lot: str, qty: int | None = None, gs: str = "<GS>") -> str:
    """A GS1 element string as a wedge scanner types it (GS stand-in after the lot)."""
    text = f"01{gtin}17{expiry:%y%m%d}10{lot}"
    return text + (f"{gs}30{qty}" if qty is not None else "")


def _rows(header: list[str], *rows: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    return header, [dict(zip(header, r, strict=True)) for r in rows]


def build_store(path: Path, clock: Clock) -> None:
    store = Store(path, create=True)
    initialise(store.uow(), clock, "test-dock")
    tables = {
        "locations": _rows(
            ["code", "name", "kind", "responsible"],
            ["RECV", "Receiving dock", "receiving", ""],
            ["A-01", "Shelf A-01", "storage", "sup1"],
            ["B-02", "Shelf B-02", "storage", "sup1"],
            ["QUAR", "Quarantine cage", "quarantine", "sup1"],
            ["ICU", "Intensive care", "department", ""],
        ),
        "suppliers": _rows(["code", "name", "auto_release"], ["MEDSUP", "Med Supply Co", "yes"]),
        "items": _rows(
            ["gtin", "name", "name_zh", "auto_release"],
            [SUTURE, "Suture kit", "缝合包", "yes"],
            [GLOVES, "Surgical gloves", "外科手套", "yes"],
        ),
        "users": _rows(
            ["username", "role", "pin", "display_name", "badge"],
            [OPERATOR[0], "operator", OPERATOR[1], "李娜", OPERATOR[2]],
            [SUPERVISOR[0], "supervisor", SUPERVISOR[1], "王伟", SUPERVISOR[2]],
        ),
    }
    for kind, (header, rows) in tables.items():
        report = import_rows(store.uow(), clock, kind, header, rows)
        assert report.ok, report
    today = clock.today()
    for gtin, lot, days, qty in (
        (SUTURE, "S-EARLY", 120, 10),
        (SUTURE, "S-LATE", 400, 5),
        (GLOVES, "G-1", 300, 50),
    ):
        result = perform(
            store.uow(),
            clock,
            ActionRequest(
                "receive",
                "sup1",
                scan=gs1(gtin, today + timedelta(days=days), lot, qty),
                location="A-01",
            ),
        )
        assert result.ok, result
    store.close()
