"""A small real store for UI tests: locations, people, two items, stock in FEFO order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.adapters.store import Store
from app.domain.clock import Clock
from app.services.bus import execute
from app.services.commands import ImportMasterData
from tests.kit import People, command
from tests.stores import ADMIN_PIN, Recipe

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)

SUTURE = "09506000134352"  # GS1's example GTIN
GLOVES = "05012345678900"
UNKNOWN = "04006381333931"  # a valid GTIN no store item has
REGISTRATION = "国械注准20243020001"

# (user, PIN, badge); supervisors and QA need six-character PINs.
OPERATOR = ("op1", "1111", "BADGE-OP1")
SUPERVISOR = ("sup1", "222222", "BADGE-SUP1")
SECOND_SUPERVISOR = ("sup2", "252525", "BADGE-SUP2")
QA = ("qa1", "333333", "BADGE-QA1")
SECOND_QA = ("qa2", "363636", "BADGE-QA2")
ADMIN = ("admin", ADMIN_PIN)
PINS = {who[0]: who[1] for who in (OPERATOR, SUPERVISOR, SECOND_SUPERVISOR, QA, SECOND_QA, ADMIN)}


def gs1(gtin: str, expiry: date, lot: str, qty: int | None = None, gs: str = "<GS>") -> str:
    """A GS1 element string as a wedge scanner types it (GS stand-in after the lot)."""
    text = f"01{gtin}17{expiry:%y%m%d}10{lot}"
    return text + (f"{gs}30{qty}" if qty is not None else "")


def _rows(header: list[str], *rows: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    return header, [dict(zip(header, r, strict=True)) for r in rows]


def seed(store: Store, clock: Clock) -> None:
    """Master data imported as a site would, then three lots received onto A-01."""
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
            ["gtin", "name", "name_zh", "auto_release", "registration_no"],
            [SUTURE, "Suture kit", "缝合包", "yes", REGISTRATION],
            [GLOVES, "Surgical gloves", "外科手套", "yes", REGISTRATION],
        ),
        "users": _rows(
            ["username", "role", "pin", "display_name", "badge"],
            [OPERATOR[0], "operator", OPERATOR[1], "李娜", OPERATOR[2]],
            [SUPERVISOR[0], "supervisor", SUPERVISOR[1], "王伟", SUPERVISOR[2]],
            [
                SECOND_SUPERVISOR[0],
                "supervisor",
                SECOND_SUPERVISOR[1],
                "赵刚",
                SECOND_SUPERVISOR[2],
            ],
            [QA[0], "qa", QA[1], "张敏", QA[2]],
            [SECOND_QA[0], "qa", SECOND_QA[1], "胡静", SECOND_QA[2]],
        ),
    }
    people = People(store, clock, PINS)
    for kind, (header, rows) in tables.items():
        result = execute(store.uow(), clock, people["admin"], ImportMasterData(kind, header, rows))
        assert result.ok, result
    today = clock.today()
    for gtin, lot, days, qty in (
        (SUTURE, "S-EARLY", 120, 10),
        (SUTURE, "S-LATE", 400, 5),
        (GLOVES, "G-1", 300, 50),
    ):
        scan = gs1(gtin, today + timedelta(days=days), lot, qty)
        result = execute(
            store.uow(), clock, people["sup1"], command("receive", scan, location="A-01")
        )
        assert result.ok, result


SCREENS = Recipe(NOW, "test-dock", seed)
