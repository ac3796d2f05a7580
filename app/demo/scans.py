"""Scans made up from a store's own data, so screenshots show real results.

Only the screenshots command uses these (through `Screen.demo`); it works on
a throw-away copy of the store because the scans are really performed.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from app.adapters.store import Store
from app.domain.clock import Clock
from app.services.picking import fefo_suggestion

SAMPLE = 400


def hri(di: str, expiry: date | None, lot: str, qty: int | None = None) -> str:
    text = f"(01){di}" + (f"(17){expiry:%y%m%d}" if expiry else "") + f"(10){lot}"
    return text + (f"(30){qty}" if qty else "")


def _rows(store: Store) -> list[dict[str, Any]]:
    with store.uow(read_only=True) as uow:
        rows = uow.queries.search_lots("", 0, SAMPLE)
    return [r for r in rows if len(r["di"]) == 14 and r["di"].isdigit()]


def _usable(row: dict[str, Any]) -> bool:
    return bool(row["on_hand"]) and row["qc"] == "released" and row["hold"] == "none"


def receiving_scan(store: Store, clock: Clock) -> str | None:
    rows = _rows(store)
    if not rows:
        return None
    expiry = clock.today() + timedelta(days=540)
    return hri(rows[0]["di"], expiry, f"D{clock.today():%m%d}A", qty=10)


def picking_example(store: Store, clock: Clock) -> tuple[str, str] | None:
    """(item, a scan of a lot FEFO does not want): the screen then shows the red refusal."""
    by_item: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(store):
        if _usable(row):
            by_item[row["di"]].append(row)
    for di, lots in by_item.items():
        if len(lots) < 2:
            continue
        suggestion = fefo_suggestion(store.uow(read_only=True), clock, di)
        if suggestion is None or suggestion.lot is None:
            continue
        other = next((r for r in lots if r["lot"] != suggestion.lot), None)
        if other is not None:
            return di, hri(di, other["expiry"], other["lot"], qty=None)
    return None


def put_away_scan(store: Store, clock: Clock) -> tuple[str, str] | None:
    """(location the lot is at, scan of one unit of it)."""
    for row in _rows(store):
        if not _usable(row):
            continue
        suggestion = fefo_suggestion(store.uow(read_only=True), clock, row["di"])
        if suggestion is not None and suggestion.lot and suggestion.location:
            return suggestion.location, hri(row["di"], suggestion.expiry, suggestion.lot)
    return None
