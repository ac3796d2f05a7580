"""Append-only records: movements, audit chain, outbox; and alerts, counts."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    RowMapping,
    Text,
    and_,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)

from app.adapters import tables as t
from app.adapters.driver import run, run_many
from app.adapters.loop import owner_and_due
from app.domain.audit import (
    GENESIS,
    AuditEntry,
    DamagedEntry,
    NewEntry,
    canonical,
    stored_hash,
    stored_json,
)
from app.domain.model import Alert, AlertKind, Count, Level, Movement, MovementType
from app.domain.rules import TierWindow
from app.services.ports import NewEvent

_INSERT_MOVEMENT = (
    'INSERT INTO movements (id, at, "user", device, type, lot_id, quantity, from_location_id, '
    "to_location_id, serial, reference, reason, override_by, override_reason, raw_scan, "
    "reason_code, countersigned_by, unit_cost) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class SqlMovements:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, movement: Movement, serial: str | None = None) -> None:
        override = movement.override
        run(
            self.conn,
            _INSERT_MOVEMENT,
            (
                movement.id,
                t.utc_text(movement.at),
                movement.user,
                movement.device,
                movement.type.value,
                movement.lot_id,
                movement.quantity,
                movement.from_location_id,
                movement.to_location_id,
                serial,
                movement.reference,
                movement.reason,
                override.supervisor if override else None,
                override.reason if override else None,
                movement.raw_scan,
                movement.reason_code,
                movement.countersigned_by,
                movement.unit_cost,
            ),
        )

    def for_lot(self, lot_id: int) -> list[dict[str, Any]]:
        src = t.locations.alias("src")
        dst = t.locations.alias("dst")
        rows = self.conn.execute(
            select(
                t.movements,
                src.c.code.label("from_code"),
                dst.c.code.label("to_code"),
                dst.c.kind.label("to_kind"),
                src.c.kind.label("from_kind"),
            )
            .outerjoin(src, src.c.id == t.movements.c.from_location_id)
            .outerjoin(dst, dst.c.id == t.movements.c.to_location_id)
            .where(t.movements.c.lot_id == lot_id)
            .order_by(t.movements.c.seq)
        ).mappings()
        return [dict(r) for r in rows]

    def receivers(self, lot_id: int) -> list[str]:
        """Who received the lot (each person once)."""
        rows = self.conn.execute(
            select(t.movements.c.user)
            .distinct()
            .where(
                t.movements.c.lot_id == lot_id,
                t.movements.c.type == MovementType.RECEIVE.value,
            )
        )
        return [r[0] for r in rows]

    def override_count(self) -> int:
        return int(
            self.conn.execute(
                select(func.count()).where(t.movements.c.override_by.is_not(None))
            ).scalar_one()
        )


def _alert(row: RowMapping) -> Alert:
    return Alert(
        lot_id=row["lot_id"],
        kind=AlertKind(row["kind"]),
        level=Level(row["level"]),
        raised=row["raised"],
        message=row["message"],
        assigned_to=row["assigned_to"],
        location_id=row["location_id"],
        acknowledged_by=row["acknowledged_by"],
        acknowledged_at=row["acknowledged_at"],
        id=row["id"],
        item_id=row["item_id"],
        due_at=row["due_at"],
        disposition=row["disposition"],
        disposition_by=row["disposition_by"],
        disposition_at=row["disposition_at"],
        disposition_reason=row["disposition_reason"],
        disposition_target=row["disposition_target"],
        closed_at=row["closed_at"],
    )


_LAST_ALERT = "SELECT max(id) FROM alerts"


class SqlAlerts:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, alert: Alert) -> Alert:
        alert.id = t.inserted_id(
            self.conn.execute(
                insert(t.alerts),
                {
                    "lot_id": alert.lot_id,
                    "kind": alert.kind.value,
                    "level": alert.level.value,
                    "raised": alert.raised,
                    "message": alert.message,
                    "location_id": alert.location_id,
                    "assigned_to": alert.assigned_to,
                },
            )
        )
        return alert

    def raise_for_lots(
        self,
        lot_ids: Sequence[int],
        kind: AlertKind,
        level: Level,
        message: str,
        raised: datetime,
        due_days: Mapping[str, int],
        owners: Mapping[str, str],
    ) -> list[int]:
        """One alert per lot, in the order given, with its item, owner and due time
        (owner_and_due), in one INSERT ... SELECT over the ids as one JSON array; their ids."""
        if not lot_ids:
            return []
        # The ids SQLite gives them (the last rowid + 1, + 2 ...): the action's
        # transaction began IMMEDIATE, so no other writer comes in between.
        first = self.last_id() + 1
        lots, items = t.lots, t.items
        each = func.json_each(json.dumps(list(lot_ids))).table_valued("key", "value")
        at, stamp = literal(level.value), literal(t.utc_text(raised))
        owner, due = owner_and_due(literal(""), items.c.category, at, stamp, due_days, owners)
        src = (
            select(
                each.c.value,
                lots.c.item_id,
                literal(kind.value),
                at,
                stamp,
                literal(message),
                owner,
                due,
            )
            .select_from(each)
            .join(lots, lots.c.id == each.c.value)
            .join(items, items.c.id == lots.c.item_id)
            .order_by(each.c.key)
        )
        columns = ["lot_id", "item_id", "kind", "level", "raised", "message", "assigned_to"]
        written = self.conn.execute(insert(t.alerts).from_select([*columns, "due_at"], src))
        assert written.rowcount == len(lot_ids), "every lot is stored"
        return list(range(first, first + len(lot_ids)))

    def raise_expiry(
        self,
        window: TierWindow,
        categories: Sequence[str] | None,
        exclude_categories: Sequence[str],
        raised: datetime,
        due_days: Mapping[str, int],
        owners: Mapping[str, str],
    ) -> int:
        """One alert per lot in stock whose expiry is inside `window` and has none yet,
        written with its item, owner and due time (owner_and_due)."""
        lots, items, stock, locs = t.lots, t.items, t.stock, t.locations
        # The location holding most of the lot decides who is responsible.
        main_location = (
            select(stock.c.location_id)
            .where(stock.c.lot_id == lots.c.id, stock.c.quantity > 0)
            .order_by(stock.c.quantity.desc())
            .limit(1)
            .scalar_subquery()
        )
        conditions = [lots.c.on_hand > 0, lots.c.expiry <= window.last]
        if window.first is not None:
            conditions.append(lots.c.expiry >= window.first)
        if categories is not None:
            conditions.append(items.c.category.in_(categories))
        if exclude_categories:
            conditions.append(items.c.category.not_in(exclude_categories))
        already = exists().where(
            t.alerts.c.lot_id == lots.c.id,
            t.alerts.c.kind == AlertKind.EXPIRY.value,
            t.alerts.c.level == window.level.value,
        )
        candidates = (
            select(
                lots.c.id.label("lot_id"),
                lots.c.item_id,
                items.c.category,
                main_location.label("location_id"),
            )
            .join_from(lots, items, items.c.id == lots.c.item_id)
            .where(and_(*conditions), ~already)
            .subquery()
        )
        level, stamp = literal(window.level.value), literal(t.utc_text(raised))
        responsible = func.coalesce(locs.c.responsible, "")
        owner, due = owner_and_due(
            responsible, candidates.c.category, level, stamp, due_days, owners
        )
        src = (
            select(
                candidates.c.lot_id,
                candidates.c.item_id,
                literal(AlertKind.EXPIRY.value),
                level,
                stamp,
                literal(""),
                candidates.c.location_id,
                owner,
                due,
            )
            .select_from(candidates)
            .outerjoin(locs, locs.c.id == candidates.c.location_id)
        )
        result = self.conn.execute(
            insert(t.alerts).from_select(
                [
                    "lot_id",
                    "item_id",
                    "kind",
                    "level",
                    "raised",
                    "message",
                    "location_id",
                    "assigned_to",
                    "due_at",
                ],
                src,
            )
        )
        return int(result.rowcount)

    def last_id(self) -> int:
        """The id of the last alert written (0 in a store without any)."""
        return int(run(self.conn, _LAST_ALERT).fetchone()[0] or 0)

    def raise_for_lot(self, lot_id: int, level: Level, raised: datetime) -> int | None:
        """The lot's expiry alert at `level`, if it is in stock and has none yet; its id."""
        lots, stock, locs = t.lots, t.stock, t.locations
        main = (
            select(stock.c.location_id)
            .where(stock.c.lot_id == lot_id, stock.c.quantity > 0)
            .order_by(stock.c.quantity.desc())
            .limit(1)
            .scalar_subquery()
        )
        already = exists().where(
            t.alerts.c.lot_id == lot_id,
            t.alerts.c.kind == AlertKind.EXPIRY.value,
            t.alerts.c.level == level.value,
        )
        row = self.conn.execute(
            select(main.label("location_id")).where(
                exists().where(lots.c.id == lot_id, lots.c.on_hand > 0), ~already
            )
        ).first()
        if row is None:
            return None
        responsible = (
            self.conn.execute(
                select(locs.c.responsible).where(locs.c.id == row[0])
            ).scalar_one_or_none()
            if row[0] is not None
            else None
        )
        result = self.conn.execute(
            insert(t.alerts),
            {
                "lot_id": lot_id,
                "kind": AlertKind.EXPIRY.value,
                "level": level.value,
                "raised": raised,
                "message": "",
                "location_id": row[0],
                "assigned_to": responsible or "",
            },
        )
        return t.inserted_id(result)

    def supersede_lower(self, lot_ids: Sequence[int] | None, at: datetime) -> int:
        """Close open expiry alerts of a tier below one the same lot has since entered."""
        a, b = t.alerts, t.alerts.alias("higher")
        higher = exists().where(
            b.c.lot_id == a.c.lot_id,
            b.c.kind == AlertKind.EXPIRY.value,
            t.level_rank(b.c.level) > t.level_rank(a.c.level),
        )
        query = (
            update(a)
            .where(
                a.c.kind == AlertKind.EXPIRY.value,
                a.c.acknowledged_at.is_(None),
                a.c.superseded_at.is_(None),
                higher,
            )
            .values(superseded_at=at)
        )
        if lot_ids is not None:
            query = query.where(a.c.lot_id.in_(lot_ids))
        else:
            # Only a lot with two tiers' alerts has one to supersede: found from the
            # tier index alone, not by asking for a higher tier of every alert.
            tiers = t.alerts.alias("tiers")
            several = (
                select(tiers.c.lot_id)
                .where(tiers.c.kind == AlertKind.EXPIRY.value)
                .group_by(tiers.c.lot_id)
                .having(func.count() > 1)
            )
            query = query.where(a.c.lot_id.in_(several))
        return int(self.conn.execute(query).rowcount)

    def get(self, alert_id: int) -> Alert | None:
        row = (
            self.conn.execute(select(t.alerts).where(t.alerts.c.id == alert_id)).mappings().first()
        )
        return _alert(row) if row else None

    def acknowledge(self, alert_id: int, by: str, at: datetime) -> None:
        self.conn.execute(
            update(t.alerts)
            .where(t.alerts.c.id == alert_id)
            .values(acknowledged_by=by, acknowledged_at=at)
        )

    def open_for_lot(self, lot_id: int) -> list[Alert]:
        rows = self.conn.execute(
            select(t.alerts).where(
                t.alerts.c.lot_id == lot_id, t.alerts.c.acknowledged_at.is_(None)
            )
        ).mappings()
        return [_alert(r) for r in rows]


class SqlCounts:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, count: Count) -> Count:
        count.id = t.inserted_id(
            self.conn.execute(
                insert(t.counts),
                {
                    "lot_id": count.lot_id,
                    "location_id": count.location_id,
                    "expected": count.expected,
                    "counted": count.counted,
                    "counted_by": count.counted_by,
                    "counted_at": count.counted_at,
                },
            )
        )
        return count

    def get(self, count_id: int) -> Count | None:
        row = (
            self.conn.execute(select(t.counts).where(t.counts.c.id == count_id)).mappings().first()
        )
        return Count(**row) if row else None

    def approve(self, count_id: int, by: str, at: datetime, movement_id: str) -> None:
        self.conn.execute(
            update(t.counts)
            .where(t.counts.c.id == count_id)
            .values(approved_by=by, approved_at=at, movement_id=movement_id)
        )

    def pending(self) -> list[dict[str, Any]]:
        """Counts with a variance that no supervisor has approved yet, oldest first."""
        c = t.counts
        rows = self.conn.execute(
            select(
                c.c.id.label("count_id"),
                c.c.expected,
                c.c.counted,
                c.c.counted_by,
                c.c.counted_at,
                t.lots.c.di,
                t.lots.c.lot,
                t.locations.c.code.label("location"),
            )
            .join_from(c, t.lots, t.lots.c.id == c.c.lot_id)
            .join(t.locations, t.locations.c.id == c.c.location_id)
            .where(c.c.approved_at.is_(None), c.c.counted != c.c.expected)
            .order_by(c.c.id)
        ).mappings()
        return [dict(r) for r in rows]


def _audit(row: RowMapping) -> AuditEntry:
    return AuditEntry(
        seq=row["seq"],
        at=row["at"],
        user=row["user"],
        device=row["device"],
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        before=json.loads(row["before"]) if row["before"] is not None else None,
        after=json.loads(row["after"]) if row["after"] is not None else None,
        prev_hash=row["prev_hash"],
        hash=row["hash"],
        meta=json.loads(row["meta"]) if row["meta"] is not None else None,
    )


def _read_entry(row: RowMapping) -> AuditEntry | DamagedEntry:
    try:
        seq = int(row["seq"])
    except (TypeError, ValueError):
        return DamagedEntry(-1, "seq", f"{row['seq']!r} is not a number")
    field = "at"
    try:
        at = datetime.fromisoformat(row["at"])
        if at.tzinfo is None:
            raise ValueError("no time zone")
        values: dict[str, Any] = {}
        for field in ("before", "after", "meta"):
            values[field] = json.loads(row[field]) if row[field] is not None else None
            if values[field] is not None and not isinstance(values[field], dict):
                raise ValueError("not a JSON object")
        for field in ("user", "device", "action", "entity", "entity_id", "prev_hash", "hash"):
            if row[field] is None:
                raise ValueError("empty")
    except (TypeError, ValueError) as exc:
        return DamagedEntry(seq, field, str(exc))
    return AuditEntry(
        seq=seq,
        at=at,
        user=row["user"],
        device=row["device"],
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        before=values["before"],
        after=values["after"],
        prev_hash=row["prev_hash"],
        hash=row["hash"],
        meta=values["meta"],
    )


def _read(text: str | None) -> Mapping[str, Any] | None:
    return json.loads(text) if text is not None else None


_LAST_AUDIT = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"


# Set-based writes run as plain prepared statements: the rows come ready as tuples,
# so nothing is compiled or processed per row (a recall writes thousands).
_INSERT_AUDIT = (
    'INSERT INTO audit (seq, at, "user", device, action, entity, entity_id, "before", "after", '
    "prev_hash, hash, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_OUTBOX = (
    'INSERT INTO outbox (id, type, payload, at, "user", audit_seq) VALUES (?, ?, ?, ?, ?, ?)'
)


def event_ids(n: int) -> list[str]:
    """`n` new event ids, time-ordered UUIDs (RFC 9562 version 7: the time in ms, then
    random bits): the outbox keeps every event, and a random id (version 4) would land on
    a random page of its unique index, one page written per event of a recall's
    thousands; these land at the index's end."""
    ms = time.time_ns() // 1_000_000
    randomness = os.urandom(10 * n)
    ids = []
    for k in range(0, 10 * n, 10):
        rand = int.from_bytes(randomness[k : k + 10])
        value = ms << 80 | 0x7 << 76 | (rand >> 68) << 64 | 0b10 << 62 | rand & _LOW_62
        # As str(uuid.UUID(int=value)) writes it, without making the UUID (half the cost).
        h = f"{value:032x}"
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


_LOW_62 = (1 << 62) - 1


class SqlAuditLog:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def append(
        self,
        at: datetime,
        user: str,
        device: str,
        action: str,
        entity: str,
        entity_id: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        meta: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        new = NewEntry(at, user, device, action, entity, entity_id, before, after, meta)
        (row,) = self._append_all([new])
        seq, stored_at, *_, before_text, after_text, prev, digest, meta_text = row
        return AuditEntry(
            seq,
            datetime.fromisoformat(stored_at),
            user,
            device,
            action,
            entity,
            entity_id,
            _read(before_text),
            _read(after_text),
            prev,
            digest,
            _read(meta_text),
        )

    def append_all(self, entries: Sequence[NewEntry]) -> list[int]:
        """The entries chained in order after the last one: one read, one many-row insert;
        their seqs. Each entry's values are stored exactly as they were hashed."""
        return [row[0] for row in self._append_all(entries)]

    def _append_all(self, entries: Sequence[NewEntry]) -> list[tuple[Any, ...]]:
        if not entries:
            return []
        last = run(self.conn, _LAST_AUDIT).fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        stamps: dict[datetime, tuple[str, str]] = {}
        rows: list[tuple[Any, ...]] = []
        for new in entries:
            seq += 1
            if new.at not in stamps:
                at = new.at.astimezone(UTC)  # hashed as it will read back
                stamps[new.at] = (at.isoformat(), t.utc_text(at))
            hashed_at, stored_at = stamps[new.at]
            before = stored_json(new.before)
            after = new.after_stored if new.after_stored is not None else stored_json(new.after)
            meta = stored_json(new.meta)
            digest = stored_hash(
                prev,
                seq,
                hashed_at,
                new.user,
                new.device,
                new.action,
                new.entity,
                new.entity_id,
                before,
                after,
                meta,
            )
            rows.append(
                (
                    seq,
                    stored_at,
                    new.user,
                    new.device,
                    new.action,
                    new.entity,
                    new.entity_id,
                    before,
                    after,
                    prev,
                    digest,
                    meta,
                )
            )
            prev = digest
        run_many(self.conn, _INSERT_AUDIT, rows)
        return rows

    def entries(self) -> Iterator[AuditEntry | DamagedEntry]:
        """Every entry in order; one that cannot be read back comes as a DamagedEntry.

        The columns are read as stored text, so an edited value (a timestamp
        that is no time, JSON that is no JSON) is named, not raised.
        """
        a = t.audit
        raw = select(*[a.c[c.name].cast(Text).label(c.name) for c in a.columns]).order_by(a.c.seq)
        for row in self.conn.execution_options(yield_per=5000).execute(raw).mappings():
            yield _read_entry(row)

    def hashes_at(self, seqs: Iterable[int]) -> dict[int, str]:
        """The stored hash of each of these entries that exists."""
        wanted = list(seqs)
        found: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            query = select(t.audit.c.seq, t.audit.c.hash).where(t.audit.c.seq.in_(part))
            found.update((int(seq), str(digest)) for seq, digest in self.conn.execute(query))
        return found

    def for_entity(self, entity: str, entity_id: str) -> list[AuditEntry]:
        rows = self.conn.execute(
            select(t.audit)
            .where(t.audit.c.entity == entity, t.audit.c.entity_id == entity_id)
            .order_by(t.audit.c.seq)
        ).mappings()
        return [_audit(r) for r in rows]


class SqlOutbox:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def append(
        self,
        type: str,
        payload: Mapping[str, Any],
        at: datetime,
        user: str,
        audit_seq: int | None = None,
    ) -> str:
        (event_id,) = event_ids(1)
        row = (event_id, type, canonical(payload), t.utc_text(at), user, audit_seq)
        run(self.conn, _INSERT_OUTBOX, row)
        return event_id

    def append_all(self, events: Sequence[NewEvent]) -> list[str]:
        """Events (type, stored payload, at, user, audit seq) in one many-row insert; their ids."""
        ids = event_ids(len(events))
        stamps = {at: t.utc_text(at) for at in {event[2] for event in events}}
        rows = [
            (event_id, type, payload, stamps[at], user, audit_seq)
            for event_id, (type, payload, at, user, audit_seq) in zip(ids, events, strict=True)
        ]
        if rows:
            run_many(self.conn, _INSERT_OUTBOX, rows)
        return ids

    def pending(self) -> int:
        return int(
            self.conn.execute(select(func.count()).where(t.outbox.c.sent_at.is_(None))).scalar_one()
        )
