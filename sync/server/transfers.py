"""Transfers between sites at the centre: passing them on, and suggesting them.

In the push's transaction: a site's `transfer_sent` is recorded and published
to both sites (the receiving one learns what is on its way), a
`transfer_arrived` closes it and is published again (the sending one then
clears its transit stock), a declined suggestion is recorded. Movements
feed each site's daily usage and the lots' expiry dates; the items they
touch have their transfer suggestions computed again (app.domain.transfers)
and each new, changed or withdrawn suggestion published to its site.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from app.domain.model import LocationKind
from app.domain.policy import Policy
from app.domain.transfers import TRANSIT_LOCATION, SiteLot, Suggestion, suggestions
from sync.protocol import ChangeKind, Event
from sync.server import changes
from sync.server import schema as s

# Daily usage is the last 90 days' picks minus returns, divided by 90.
USAGE_DAYS = 90
_NAMESPACE = uuid.UUID("5b0c7f4e-3f7e-4a51-9a55-6c1f1d7e2a10")
_MARKER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def ingest(conn: Connection, site: str, events: Sequence[Event], now: datetime) -> None:
    movements = [e for e in events if e.type == "movement"]
    _remember_lots_and_usage(conn, site, movements)
    for event in events:
        p = event.payload
        if event.type == "transfer_sent":
            _sent(conn, site, p, event.at, now)
        elif event.type == "transfer_arrived":
            _arrived(conn, p, event.at, now)
        elif event.type == "transfer_suggestion_declined":
            _declined(conn, p, event.at, now)
    items = sorted({str(e.payload["di"]) for e in movements})
    if items:
        suggest(conn, items, now)


def _sql(conn: Connection, statement: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        marker = _MARKER[conn.dialect.paramstyle]
        conn.exec_driver_sql(statement.replace("?", marker), list(rows))


def _remember_lots_and_usage(conn: Connection, site: str, movements: Sequence[Event]) -> None:
    expiries: dict[tuple[str, str], str | None] = {}
    usage: dict[tuple[str, str, date], list[int]] = {}
    for event in movements:
        p = event.payload
        key = (str(p["di"]), str(p["lot"]))
        if key not in expiries:
            expiries[key] = str(p["expiry"]) if p.get("expiry") else None
        kind = p.get("type")
        if kind in ("pick", "return"):
            tally = usage.setdefault((site, key[0], event.at.date()), [0, 0])
            tally[0 if kind == "pick" else 1] += int(p.get("quantity") or 0)
    _sql(
        conn,
        "INSERT INTO lot_expiries (di, lot, expiry) VALUES (?, ?, ?) "
        "ON CONFLICT (di, lot) DO NOTHING",
        [(di, lot, expiry) for (di, lot), expiry in sorted(expiries.items())],
    )
    _sql(
        conn,
        "INSERT INTO site_usage (site, di, day, picked, returned) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (site, di, day) DO UPDATE SET "
        "picked = site_usage.picked + excluded.picked, "
        "returned = site_usage.returned + excluded.returned",
        [(*key, picked, returned) for key, (picked, returned) in sorted(usage.items())],
    )


def _record(row: Any) -> dict[str, Any]:
    """A transfer as the sites read it."""
    record = dict(row._mapping)
    for key in ("expiry", "production_date", "sent_at", "arrived_at"):
        if record.get(key) is not None:
            record[key] = record[key].isoformat()
    return record


def _publish_transfer(conn: Connection, transfer_id: str, now: datetime) -> None:
    row = conn.execute(select(s.transfers).where(s.transfers.c.id == transfer_id)).one()
    record = _record(row)
    audience = [sorted({record["from_site"], record["to_site"]})]
    changes.publish(conn, ChangeKind.TRANSFER, [(transfer_id, record)], now, audience)


def _sent(conn: Connection, site: str, p: dict[str, Any], at: datetime, now: datetime) -> None:
    transfer_id = str(p["id"])
    exists = conn.execute(select(s.transfers.c.id).where(s.transfers.c.id == transfer_id)).first()
    if exists is not None:
        return
    conn.execute(
        insert(s.transfers).values(
            id=transfer_id,
            from_site=site,
            to_site=str(p["to_site"]),
            di=str(p["di"]),
            lot=str(p["lot"]),
            expiry=_day(p.get("expiry")),
            production_date=_day(p.get("production_date")),
            qc=str(p.get("qc") or "released"),
            quantity=int(p["quantity"]),
            status="in_transit",
            sent_at=at,
            suggestion_id=p.get("suggestion_id"),
            note="",
        )
    )
    if p.get("suggestion_id"):
        conn.execute(
            update(s.transfer_suggestions)
            .where(s.transfer_suggestions.c.id == str(p["suggestion_id"]))
            .values(status="accepted", decided_at=at)
        )
    _publish_transfer(conn, transfer_id, now)


def _arrived(conn: Connection, p: dict[str, Any], at: datetime, now: datetime) -> None:
    transfer_id = str(p["id"])
    t = s.transfers.c
    done = conn.execute(
        update(s.transfers)
        .where(t.id == transfer_id, t.status == "in_transit")
        .values(
            status="arrived",
            received=int(p["quantity_received"]),
            arrived_at=at,
            note=str(p.get("note") or ""),
        )
    )
    if done.rowcount:
        _publish_transfer(conn, transfer_id, now)


def _declined(conn: Connection, p: dict[str, Any], at: datetime, now: datetime) -> None:
    c = s.transfer_suggestions.c
    conn.execute(
        update(s.transfer_suggestions)
        .where(c.id == str(p["id"]))
        .values(status="declined", reason=str(p["reason"]), decided_at=at)
    )
    _publish_suggestions(conn, [str(p["id"])], now)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


# --- suggestions ---------------------------------------------------------------------


def _not_for_use(conn: Connection) -> set[str]:
    """Location codes whose stock is not there for use: quarantine, transit, and the like."""
    rows = conn.execute(
        select(s.changes.c.key, s.changes.c.payload).where(
            s.changes.c.kind == ChangeKind.LOCATION.value, s.changes.c.superseded.is_(False)
        )
    )
    usable = {LocationKind.RECEIVING.value, LocationKind.STORAGE.value}
    return {TRANSIT_LOCATION} | {
        key for key, payload in rows if json.loads(payload).get("kind") not in usable
    }


def _do_not_issue_days(conn: Connection) -> int:
    found = changes.live(conn, ChangeKind.POLICY, ["policy"]).get("policy")
    policy = Policy.from_json(found.payload) if found is not None else Policy()
    return policy.do_not_issue_days


def network_picture(
    conn: Connection, di: str, today: date
) -> tuple[dict[str, list[SiteLot]], dict[str, float]]:
    """Each site's usable lots of an item and its daily usage, as the centre knows them."""
    excluded = _not_for_use(conn)
    held = set(
        conn.execute(
            select(s.holds.c.lot).where(s.holds.c.di == di, s.holds.c.lifted_at.is_(None))
        ).scalars()
    )
    expiry = {
        lot: when
        for lot, when in conn.execute(
            select(s.lot_expiries.c.lot, s.lot_expiries.c.expiry).where(s.lot_expiries.c.di == di)
        )
    }
    totals: dict[tuple[str, str], int] = {}
    k = s.site_stock.c
    for site, lot, location, quantity in conn.execute(
        select(k.site, k.lot, k.location, k.quantity).where(k.di == di, k.quantity > 0)
    ):
        if location not in excluded and lot not in held:
            totals[(site, lot)] = totals.get((site, lot), 0) + int(quantity)
    stock: dict[str, list[SiteLot]] = {}
    for (site, lot), quantity in sorted(totals.items()):
        stock.setdefault(site, []).append(SiteLot(lot, expiry.get(lot), quantity))
    u = s.site_usage.c
    since = today - timedelta(days=USAGE_DAYS)
    rates = {
        site: max(0, int(used or 0)) / USAGE_DAYS
        for site, used in conn.execute(
            select(u.site, func.sum(u.picked - u.returned))
            .where(u.di == di, u.day >= since, u.day < today)
            .group_by(u.site)
        )
    }
    return stock, rates


def _suggestion_id(found: Suggestion, di: str) -> str:
    key = f"{found.from_site}|{di}|{found.lot.lot}|{found.to_site}"
    return str(uuid.uuid5(_NAMESPACE, key))


def suggest(conn: Connection, items: Iterable[str], now: datetime) -> int:
    """Compute the items' suggestions again; returns how many were published."""
    today = now.date()
    window = _do_not_issue_days(conn)
    c = s.transfer_suggestions.c
    published: list[str] = []
    for di in items:
        stock, rates = network_picture(conn, di, today)
        wanted = {
            _suggestion_id(found, di): found for found in suggestions(stock, rates, today, window)
        }
        held = {
            row.id: row for row in conn.execute(select(s.transfer_suggestions).where(c.di == di))
        }
        for suggestion_id, found in wanted.items():
            values = {
                "quantity": found.quantity,
                "unused": found.unused,
                "expiry": found.lot.expiry,
            }
            row = held.get(suggestion_id)
            if row is None:
                conn.execute(
                    insert(s.transfer_suggestions).values(
                        id=suggestion_id,
                        from_site=found.from_site,
                        to_site=found.to_site,
                        di=di,
                        lot=found.lot.lot,
                        status="open",
                        computed_at=now,
                        reason="",
                        **values,
                    )
                )
            elif row.status == "open" and (row.quantity, row.unused) != (
                found.quantity,
                found.unused,
            ):
                conn.execute(
                    update(s.transfer_suggestions)
                    .where(c.id == suggestion_id)
                    .values(computed_at=now, **values)
                )
            else:
                continue
            published.append(suggestion_id)
        for suggestion_id, row in held.items():
            if row.status == "open" and suggestion_id not in wanted:
                conn.execute(
                    update(s.transfer_suggestions)
                    .where(c.id == suggestion_id)
                    .values(status="withdrawn", decided_at=now)
                )
                published.append(suggestion_id)
    _publish_suggestions(conn, published, now)
    return len(published)


def _publish_suggestions(conn: Connection, ids: Sequence[str], now: datetime) -> None:
    if not ids:
        return
    rows = conn.execute(
        select(s.transfer_suggestions).where(s.transfer_suggestions.c.id.in_(sorted(ids)))
    ).all()
    records = []
    for row in rows:
        record = dict(row._mapping)
        for key in ("expiry", "computed_at", "decided_at"):
            if record.get(key) is not None:
                record[key] = record[key].isoformat()
        records.append((row.id, record))
    audience: list[Sequence[str] | None] = [[row.from_site] for row in rows]
    changes.publish(conn, ChangeKind.TRANSFER_SUGGESTION, records, now, audience)


def open_suggestions(conn: Connection) -> list[dict[str, Any]]:
    """The centre's open suggestions, for `server transfers`."""
    c = s.transfer_suggestions.c
    rows = conn.execute(
        select(s.transfer_suggestions).where(c.status == "open").order_by(c.expiry, c.di, c.lot)
    )
    return [dict(r._mapping) for r in rows]
