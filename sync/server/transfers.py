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
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from app.domain.forecast import daily_usage
from app.domain.model import LocationKind
from app.domain.policy import Policy
from app.domain.transfers import TRANSIT_LOCATION, SiteLot, Suggestion, suggestions
from sync.protocol import ChangeKind, Event
from sync.server import changes
from sync.server import schema as s

# Daily usage (app.domain.forecast.daily_usage) over the last 90 days.
USAGE_DAYS = 90
_NAMESPACE = uuid.UUID("5b0c7f4e-3f7e-4a51-9a55-6c1f1d7e2a10")
_CHUNK = 500
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


def _in_chunks(conn: Connection, query: str, keys: Sequence[str], *after: Any) -> Iterator[Any]:
    """The rows of `query` for each chunk of `keys`, which fill its `IN ({})`; `after`: the
    parameters that follow them.

    On the driver, as `_sql`: SQLAlchemy's expanding IN costs more to build than the
    lookup of 500 keys, and a push asks it for up to 2,000 items twice.
    """
    marker = _MARKER[conn.dialect.paramstyle]
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        statement = query.replace("?", marker).format(", ".join([marker] * len(chunk)))
        yield from conn.exec_driver_sql(statement, (*chunk, *after))


def _remember_lots_and_usage(conn: Connection, site: str, movements: Sequence[Event]) -> None:
    expiries: dict[tuple[str, str], str | None] = {}
    usage: dict[tuple[str, str, date], list[int]] = {}
    for event in movements:
        p = event.payload
        key = (str(p["di"]), str(p["lot"]))
        if expiries.get(key) is None:  # the first expiry a movement states
            expiries[key] = str(p["expiry"]) if p.get("expiry") else None
        kind = p.get("type")
        if kind in ("pick", "return"):
            tally = usage.setdefault((site, key[0], event.at.date()), [0, 0])
            tally[0 if kind == "pick" else 1] += int(p.get("quantity") or 0)
    _sql(
        conn,
        "INSERT INTO lot_expiries (di, lot, expiry) VALUES (?, ?, ?) "
        "ON CONFLICT (di, lot) DO UPDATE SET expiry = excluded.expiry "
        "WHERE lot_expiries.expiry IS NULL",  # a lot first seen without one learns it
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


Picture = tuple[dict[str, list[SiteLot]], dict[str, float]]


def network_picture(
    conn: Connection, items: Sequence[str], today: date, excluded: set[str]
) -> dict[str, Picture]:
    """Per item some site uses: each site's usable lots (outside `excluded`
    locations), and its daily usage.

    Usage first, for all the items together: an item no site uses has no
    suggestion to make (only a site that uses an item can take any of it,
    app.domain.transfers), so it is left out and its stock, holds and expiries
    are not read. A push of receipts touches thousands of such items.
    """
    since = today - timedelta(days=USAGE_DAYS)
    rates: dict[str, dict[str, float]] = {}
    for site, di, picked, returned in _in_chunks(
        conn,
        "SELECT site, di, SUM(picked), SUM(returned) FROM site_usage "
        "WHERE di IN ({}) AND day >= ? AND day < ? GROUP BY site, di",
        items,
        since,
        today,
    ):
        usage = daily_usage(int(picked or 0), int(returned or 0), USAGE_DAYS)
        rates.setdefault(di, {})[site] = float(usage)
    wanted = [di for di in items if any(rate > 0 for rate in rates.get(di, {}).values())]
    stock = _usable_lots(conn, wanted, excluded)
    return {di: (stock.get(di, {}), rates[di]) for di in wanted}


def _usable_lots(
    conn: Connection, items: Sequence[str], excluded: set[str]
) -> dict[str, dict[str, list[SiteLot]]]:
    """Per item and site: the lots in stock outside `excluded` locations and not held."""
    held: set[tuple[str, str]] = set()
    expiry: dict[tuple[str, str], date | None] = {}
    totals: dict[tuple[str, str, str], int] = {}
    k, h, x = s.site_stock.c, s.holds.c, s.lot_expiries.c
    for start in range(0, len(items), _CHUNK):
        chunk = list(items[start : start + _CHUNK])
        held.update(
            conn.execute(select(h.di, h.lot).where(h.di.in_(chunk), h.lifted_at.is_(None))).all()
        )
        expiry.update(
            ((di, lot), when)
            for di, lot, when in conn.execute(select(x.di, x.lot, x.expiry).where(x.di.in_(chunk)))
        )
        for site, di, lot, location, quantity in conn.execute(
            select(k.site, k.di, k.lot, k.location, k.quantity).where(
                k.di.in_(chunk), k.quantity > 0
            )
        ):
            if location not in excluded and (di, lot) not in held:
                key = (di, site, lot)
                totals[key] = totals.get(key, 0) + int(quantity)
    lots: dict[str, dict[str, list[SiteLot]]] = {}
    for (di, site, lot), quantity in sorted(totals.items()):
        lots.setdefault(di, {}).setdefault(site, []).append(
            SiteLot(lot, expiry.get((di, lot)), quantity)
        )
    return lots


def _suggestion_id(found: Suggestion, di: str) -> str:
    key = f"{found.from_site}|{di}|{found.lot.lot}|{found.to_site}"
    return str(uuid.uuid5(_NAMESPACE, key))


def suggest(conn: Connection, items: Iterable[str], now: datetime) -> int:
    """Compute the items' suggestions again; returns how many were published.

    New ones are inserted, changed open ones updated and open ones no longer
    wanted withdrawn, each set in one statement; a decided one stays as it is.
    """
    today = now.date()
    window = _do_not_issue_days(conn)
    excluded = _not_for_use(conn)
    c = s.transfer_suggestions.c
    wanted_items = list(items)
    existing = {  # id -> status, quantity, unused
        str(key): (str(status), int(quantity), int(unused))
        for key, status, quantity, unused in _in_chunks(
            conn,
            "SELECT id, status, quantity, unused FROM transfer_suggestions WHERE di IN ({})",
            wanted_items,
        )
    }
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    wanted: set[str] = set()
    for di, (stock, rates) in network_picture(conn, wanted_items, today, excluded).items():
        for found in suggestions(stock, rates, today, window):
            suggestion_id = _suggestion_id(found, di)
            wanted.add(suggestion_id)
            held = existing.get(suggestion_id)
            values = {"b_id": suggestion_id, "quantity": found.quantity, "unused": found.unused}
            if held is None:
                fresh.append(
                    {
                        "id": suggestion_id,
                        "from_site": found.from_site,
                        "to_site": found.to_site,
                        "di": di,
                        "lot": found.lot.lot,
                        "expiry": found.lot.expiry,
                        "quantity": found.quantity,
                        "unused": found.unused,
                        "status": "open",
                        "computed_at": now,
                        "reason": "",
                    }
                )
            elif held[0] == "open" and held[1:] != (found.quantity, found.unused):
                changed.append(values)
    gone = [i for i, (status, *_rest) in existing.items() if status == "open" and i not in wanted]
    if fresh:
        conn.execute(insert(s.transfer_suggestions), fresh)
    if changed:
        conn.execute(
            update(s.transfer_suggestions)
            .where(c.id == bindparam("b_id"))
            .values(quantity=bindparam("quantity"), unused=bindparam("unused"), computed_at=now),
            changed,
        )
    for start in range(0, len(gone), _CHUNK):
        conn.execute(
            update(s.transfer_suggestions)
            .where(c.id.in_(gone[start : start + _CHUNK]))
            .values(status="withdrawn", decided_at=now)
        )
    published = [row["id"] for row in fresh] + [row["b_id"] for row in changed] + gone
    _publish_suggestions(conn, published, now)
    return len(published)


def _publish_suggestions(conn: Connection, ids: Sequence[str], now: datetime) -> None:
    if not ids:
        return
    ordered = sorted(ids)
    rows = [
        row
        for start in range(0, len(ordered), _CHUNK)
        for row in conn.execute(
            select(s.transfer_suggestions).where(
                s.transfer_suggestions.c.id.in_(ordered[start : start + _CHUNK])
            )
        )
    ]
    records = []
    for row in rows:
        record = dict(row._mapping)
        for key in ("expiry", "computed_at", "decided_at"):
            if record.get(key) is not None:
                record[key] = record[key].isoformat()
        records.append((row.id, record))
    audience: list[Sequence[str] | None] = [[row.from_site] for row in rows]
    changes.publish(conn, ChangeKind.TRANSFER_SUGGESTION, records, now, audience)
