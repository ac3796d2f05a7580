"""The network-wide picture folded from sites' events: stock per site per lot, exceptions.

Two sites moving the same lot offline are both facts: nothing here refuses
an event; what looks wrong becomes an exception for a person to resolve.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.domain.model import LocationKind
from sync.protocol import ChangeKind
from sync.server import schema as s

StockKey = tuple[str, str, str, str]  # site, di, lot, location


@dataclass(frozen=True, slots=True)
class Folded:
    """One movement event as the centre reads it."""

    event_id: str
    type: str
    di: str
    lot: str
    at: datetime
    deltas: tuple[tuple[str, int], ...]  # (location, signed quantity)


def _shelf_locations(conn: Connection) -> set[str]:
    """Codes the centre knows as departments or supplier returns, where stock has left."""
    rows = conn.execute(
        select(s.changes.c.key, s.changes.c.payload).where(
            s.changes.c.kind == ChangeKind.LOCATION.value, s.changes.c.superseded.is_(False)
        )
    )
    gone = set()
    for key, payload in rows:
        kind = json.loads(payload).get("kind", "")
        if kind in LocationKind.__members__.values() and not LocationKind(kind).holds_stock:
            gone.add(key)
    return gone


def fold_movements(
    conn: Connection, events: Sequence[tuple[str, Mapping[str, Any], datetime]]
) -> list[Folded]:
    """Movements as signed stock changes; a location the centre does not know holds stock."""
    if not events:
        return []  # a push of counts or recall reports: no need to read the locations
    gone = _shelf_locations(conn)
    folded = []
    for event_id, payload, at in events:
        qty = int(payload.get("quantity") or 0)
        deltas = []
        source, target = payload.get("from"), payload.get("to")
        if qty and source and source not in gone:
            deltas.append((str(source), -qty))
        if qty and target and target not in gone:
            deltas.append((str(target), qty))
        folded.append(
            Folded(
                event_id,
                str(payload.get("type", "")),
                str(payload["di"]),
                str(payload["lot"]),
                at,
                tuple(deltas),
            )
        )
    return folded


def apply(
    conn: Connection, site: str, folded: Sequence[Folded], now: datetime, skew: float
) -> None:
    totals: dict[StockKey, int] = {}
    last_event: dict[StockKey, str] = {}
    for f in folded:
        for location, delta in f.deltas:
            key = (site, f.di, f.lot, location)
            totals[key] = totals.get(key, 0) + delta
            last_event[key] = f.event_id
    if totals:
        _add_stock(conn, totals, now, last_event)
    _flag_picks_after_hold(conn, site, [f for f in folded if f.type == "pick"], now, skew)


def _add_stock(
    conn: Connection,
    totals: Mapping[StockKey, int],
    now: datetime,
    last_event: Mapping[StockKey, str],
) -> None:
    # Sorted, so concurrent pushes lock rows in the same order and cannot deadlock.
    keys = sorted(totals)
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    # One executemany on the driver (the same SQL on SQLite and PostgreSQL).
    conn.exec_driver_sql(
        "INSERT INTO site_stock (site, di, lot, location, quantity) "
        f"VALUES ({', '.join([marker] * 5)}) "
        "ON CONFLICT (site, di, lot, location) "
        "DO UPDATE SET quantity = site_stock.quantity + excluded.quantity",
        [(*key, totals[key]) for key in keys],
    )
    falling = [key for key in keys if totals[key] < 0]
    if not falling:
        return  # stock that only grew cannot have gone below zero
    t = s.site_stock.c
    now_held = {
        (site, di, lot, location): int(quantity)
        for site, di, lot, location, quantity in conn.execute(
            select(t.site, t.di, t.lot, t.location, t.quantity).where(
                t.site == falling[0][0],
                t.quantity < 0,
                t.di.in_(sorted({key[1] for key in falling})),
            )
        )
    }
    negatives = [
        {
            "kind": "negative_stock",
            "site": key[0],
            "event_id": last_event[key],
            "di": key[1],
            "lot": key[2],
            "detail": json.dumps({"location": key[3], "quantity": now_held[key]}),
            "raised_at": now,
        }
        for key in falling
        if key in now_held
    ]
    if negatives:
        conn.execute(insert(s.exceptions), negatives)


def _flag_picks_after_hold(
    conn: Connection, site: str, picks: Sequence[Folded], now: datetime, skew: float
) -> None:
    if not picks:
        return
    # By item, then lot in Python: a plain IN is far cheaper to build and run
    # than a tuple IN of thousands of pairs.
    pairs = {(p.di, p.lot) for p in picks}
    held = {
        (di, lot): issued
        for di, lot, issued in conn.execute(
            select(s.holds.c.di, s.holds.c.lot, func.min(s.holds.c.issued_at))
            .where(
                s.holds.c.di.in_(sorted({di for di, _ in pairs})),
                s.holds.c.lifted_at.is_(None),
                # A recall's own lots are judged by recall_picks.py, which knows
                # when the site applied it and covers every scope kind.
                s.holds.c.reference.not_in(select(s.recalls.c.id)),
            )
            .group_by(s.holds.c.di, s.holds.c.lot)
        )
        if (di, lot) in pairs
    }
    rows = []
    for pick in picks:
        issued = held.get((pick.di, pick.lot))
        # Device time corrected by the skew measured on this push: a site's
        # clock is wrong as often as it is right.
        picked = pick.at - timedelta(seconds=skew)
        if issued is not None and picked >= issued:
            rows.append(
                {
                    "kind": "pick_after_hold",
                    "site": site,
                    "event_id": pick.event_id,
                    "di": pick.di,
                    "lot": pick.lot,
                    "detail": json.dumps(
                        {"picked_at": picked.isoformat(), "held_since": issued.isoformat()}
                    ),
                    "raised_at": now,
                }
            )
    if rows:
        conn.execute(insert(s.exceptions), rows)
