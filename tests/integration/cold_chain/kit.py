"""A store with a fridge, a cool room and a warm shelf, and the items that need them.

Locations and item classes come in through the master-data import (the
`storage_class` column), as a site would set them up; logger files through
the same intake every entry point uses.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.adapters.logger_files.intake import logger_file_command
from app.services.commands import ImportMasterData
from app.services.context import ActionResult
from tests.integration.core.store_kit import GAUZE, STENT, World, scan

LOGGERS = Path(__file__).parents[2] / "fixtures" / "loggers"
# fridge_tag_2l.txt: Zone +8; 9.5 °C from 2024-07-01 14:00 to 14:40 local (06:00-06:45 UTC).
FRIDGE_FILE = LOGGERS / "fridge_tag_2l.txt"
BEFORE_RUN = date(2024, 6, 28)
EXPIRY = date(2029, 12, 31)

# GAUZE needs 冷藏 (a cold item), STENT its own range 10-25 °C (the UDI database's min/max).
ITEMS = [
    {"gtin": GAUZE, "name": "Gauze swab", "storage_class": "冷藏"},
    {"gtin": STENT, "name": "Coronary stent", "storage_min": "10", "storage_max": "25"},
]
LOCATIONS = [
    {"code": "FRIDGE", "name": "Vaccine fridge 1", "kind": "storage", "storage_class": "冷藏"},
    {"code": "COOL", "name": "Cool room", "kind": "storage", "storage_class": "阴凉"},
    {"code": "WARM", "name": "Shelf B (room)", "kind": "storage", "storage_class": "常温"},
]


def imported(world: World, kind: str, rows: list[dict[str, str]]) -> ActionResult:
    header = sorted({k for row in rows for k in row})
    return world.run(world.people["admin"], ImportMasterData(kind, header, rows))


def cold_store(world: World) -> World:
    assert imported(world, "items", ITEMS).ok
    assert imported(world, "locations", LOCATIONS).ok
    return world


def in_fridge(world: World, gtin: str, lot: str, qty: int, on: date = BEFORE_RUN) -> str:
    """Received into the fridge on `on`, released by QC: stock an excursion would touch."""
    world.on(on)
    text = scan(gtin, lot, EXPIRY)
    received = world.do("receive", text, qty=qty, location="FRIDGE", reference=f"DN-{lot}")
    assert received.ok, received
    assert world.do("qc_release", text, user="qa").ok
    return text


def import_file(world: World, path: Path, user: str = "op", **where: Any) -> ActionResult:
    where.setdefault("location", "FRIDGE")
    command = logger_file_command(world.store.uow(), path, **where)
    return world.run(world.people[user], command)


def write_csv(path: Path, start: datetime, values: list[float], step_minutes: int = 5) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Time", "Temperature(°C)", "RH(%)"])
        for i, value in enumerate(values):
            at = start + timedelta(minutes=step_minutes * i)
            out.writerow([f"{at:%Y-%m-%d %H:%M:%S}", f"{value:.1f}", "50.0"])
    return path


MAPPING = {
    "name": "generic",
    "time_column": "Time",
    "time_format": "%Y-%m-%d %H:%M:%S",
    "temperature_column": "Temperature(°C)",
    "humidity_column": "RH(%)",
    "zone": "UTC",
}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]
