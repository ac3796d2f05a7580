"""Units a site issued while a recall was out but had not reached it: exceptions at the centre.

A site offline when a recall is issued keeps picking; nothing it did was
wrong by what it knew, but a recalled unit went to a department and a
person must follow it up. For every issue-type movement in a push, each
recall of that item is checked with the one scope rule
(`RecallScope.covers`, app/domain/recall.py), so every scope kind counts,
whether or not the centre had heard of the lot before:

- listed lots and all lots of a GTIN: by the movement's GTIN and lot;
- a production-date range: by the lot's production date, from the movement
  when it carries one, otherwise from the site's `lot` (or `lot_status`)
  event in this push before the pick or in an earlier push (stored in
  `site_lots`), otherwise from another site's record of the same lot;
- serials: by the movement's serial.

The movement counts when its device time, corrected by the clock skew
measured on this push (as the hold exception does), is at or after the
recall was issued, and the device had not yet applied the recall: no
`recall_applied` event for it from this device with a lower sequence
number. Sequence order is the device's own order of events, so this needs
no comparison between clocks; a pick after the site applied a real recall
is refused there (`RECALLED`) and never arrives.

A drill blocks nothing, which is exactly what a drill tests: the picks a
real recall would have caught are reported the same way, with
`"drill": true` in the detail, so the drill report can show them and
nobody mistakes one for a real case.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from app.domain.recall import Recall
from sync.protocol import Event
from sync.server import schema as s

KIND = "pick_after_recall"
# Movements that hand stock out of the store's control.
ISSUE_TYPES = frozenset({"pick", "issue"})
_LOT_EVENTS = frozenset({"lot", "lot_status"})

LotKey = tuple[str, str]  # di, lot


def _day(raw: object) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def flag(
    conn: Connection,
    device_id: str,
    site: str,
    events: Sequence[Event],
    now: datetime,
    skew: float,
) -> None:
    """Raise the push's recall exceptions, then remember its lots' production dates
    (and their expiry dates, which the centre's web page tiers by)."""
    produced: dict[LotKey, date | None] = {}
    expires: dict[LotKey, date | None] = {}
    # Each issue with its lot's production date as known at that point of the push.
    issues: list[tuple[Event, date | None]] = []
    for event in sorted(events, key=lambda e: e.seq):
        p = event.payload
        if event.type in _LOT_EVENTS and "di" in p and "lot" in p:
            key = (str(p["di"]), str(p["lot"]))
            day = _day(p.get("production_date"))
            if day is not None or key not in produced:
                produced[key] = day
            expiry = _day(p.get("expiry"))
            if expiry is not None or key not in expires:
                expires[key] = expiry
        elif event.type == "movement" and str(p.get("type", "")) in ISSUE_TYPES:
            key = (str(p["di"]), str(p["lot"]))
            issues.append((event, _day(p.get("production_date")) or produced.get(key)))
    # Before this push's lots are stored: a lot event after a pick does not date it.
    if issues:
        _flag_issues(conn, device_id, site, issues, now, skew)
    if produced:
        _remember(conn, site, produced, expires, now)


def _remember(
    conn: Connection,
    site: str,
    produced: Mapping[LotKey, date | None],
    expires: Mapping[LotKey, date | None],
    now: datetime,
) -> None:
    table = s.site_lots
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = dialect_insert(table)
    # A later event without a date does not forget one the site sent before.
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.site, table.c.di, table.c.lot],
        set_={
            "production_date": func.coalesce(
                stmt.excluded.production_date, table.c.production_date
            ),
            "expiry": func.coalesce(stmt.excluded.expiry, table.c.expiry),
            "seen_at": stmt.excluded.seen_at,
        },
    )
    # Sorted, so concurrent pushes lock rows in the same order.
    conn.execute(
        stmt,
        [
            {
                "site": site,
                "di": di,
                "lot": lot,
                "production_date": day,
                "expiry": expires.get((di, lot)),
                "seen_at": now,
            }
            for (di, lot), day in sorted(produced.items())
        ],
    )


def _recalls_of(conn: Connection, dis: set[str]) -> dict[str, list[Recall]]:
    found: dict[str, list[Recall]] = {}
    rows = conn.execute(
        select(s.recalls.c.payload).where(s.recalls.c.di.in_(sorted(dis))).order_by(s.recalls.c.id)
    )
    for (payload,) in rows:
        recall = Recall.from_json(json.loads(payload), origin="centre")
        found.setdefault(recall.scope.di, []).append(recall)
    return found


def _stored_dates(conn: Connection, site: str, keys: set[LotKey]) -> dict[LotKey, date]:
    """Production dates from earlier pushes: this site's own first, else another site's."""
    if not keys:
        return {}
    t = s.site_lots
    rows = conn.execute(
        select(t.c.site, t.c.di, t.c.lot, t.c.production_date).where(
            t.c.di.in_(sorted({di for di, _ in keys})),
            t.c.lot.in_(sorted({lot for _, lot in keys})),
            t.c.production_date.is_not(None),
        )
    )
    own: dict[LotKey, date] = {}
    other: dict[LotKey, date] = {}
    for row_site, di, lot, day in rows:
        key = (di, lot)
        if key in keys:
            (own if row_site == site else other).setdefault(key, day)
    return {**other, **own}


def _applied_at_seq(conn: Connection, device_id: str) -> dict[str, int]:
    """Recall id -> the sequence number of this device's first `recall_applied` for it."""
    rows = conn.execute(
        select(s.events.c.seq, s.events.c.payload).where(
            s.events.c.device_id == device_id, s.events.c.type == "recall_applied"
        )
    )
    first: dict[str, int] = {}
    for seq, payload in rows:
        recall_id = str(json.loads(payload).get("id", ""))
        if recall_id and (recall_id not in first or int(seq) < first[recall_id]):
            first[recall_id] = int(seq)
    return first


def _flag_issues(
    conn: Connection,
    device_id: str,
    site: str,
    issues: Sequence[tuple[Event, date | None]],
    now: datetime,
    skew: float,
) -> None:
    recalls = _recalls_of(conn, {str(e.payload["di"]) for e, _ in issues})
    if not recalls:
        return
    # Device time corrected by the skew measured on this push, as for holds.
    candidates = []
    for event, day in issues:
        at = event.at - timedelta(seconds=skew)
        issued = [r for r in recalls.get(str(event.payload["di"]), []) if at >= r.issued_at]
        if issued:
            candidates.append((event, day, at, issued))
    if not candidates:
        return
    undated = {(str(e.payload["di"]), str(e.payload["lot"])) for e, d, _, _ in candidates if not d}
    stored = _stored_dates(conn, site, undated)
    applied = _applied_at_seq(conn, device_id)
    rows = []
    for event, day, at, issued in candidates:
        p = event.payload
        di, lot = str(p["di"]), str(p["lot"])
        production = day if day is not None else stored.get((di, lot))
        serial = p.get("serial")
        serials = [str(serial)] if serial else []
        for recall in issued:
            first = applied.get(recall.id)
            if first is not None and first < event.seq:
                continue  # the device had the recall: a real one refuses such a pick
            if not recall.scope.covers(di, lot, production, serials):
                continue
            rows.append(
                {
                    "kind": KIND,
                    "site": site,
                    "event_id": event.id,
                    "di": di,
                    "lot": lot,
                    "reference": recall.id,
                    "detail": json.dumps(
                        {
                            "recall": recall.id,
                            "drill": recall.drill,
                            "scope": recall.scope.kind.value,
                            "movement": str(p.get("type", "")),
                            "quantity": p.get("quantity"),
                            "to": p.get("to"),
                            "serial": serial,
                            "production_date": production.isoformat() if production else None,
                            "picked_at": at.isoformat(),
                            "device_at": event.at.isoformat(),
                            "issued_at": recall.issued_at.isoformat(),
                        },
                        ensure_ascii=False,
                    ),
                    "raised_at": now,
                }
            )
    if rows:
        conn.execute(insert(s.exceptions), rows)
