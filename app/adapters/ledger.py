"""Append-only records: movements, audit chain, outbox; and alerts, counts."""

from __future__ import annotations

import json
import uuid
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
from app.domain.audit import GENESIS, AuditEntry, DamagedEntry, canonical, entry_hash
from app.domain.model import Alert, AlertKind, Count, Level, Movement, MovementType
from app.domain.rules import TierWindow


class SqlMovements:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, movement: Movement, serial: str | None = None) -> None:
        self.conn.execute(
            insert(t.movements),
            {
                "id": movement.id,
                "at": movement.at,
                "user": movement.user,
                "device": movement.device,
                "type": movement.type.value,
                "lot_id": movement.lot_id,
                "quantity": movement.quantity,
                "from_location_id": movement.from_location_id,
                "to_location_id": movement.to_location_id,
                "serial": serial,
                "reference": movement.reference,
                "reason": movement.reason,
                "override_by": movement.override.supervisor if movement.override else None,
                "override_reason": movement.override.reason if movement.override else None,
                "raw_scan": movement.raw_scan,
                "reason_code": movement.reason_code,
                "countersigned_by": movement.countersigned_by,
                "unit_cost": movement.unit_cost,
            },
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

    def raise_expiry(
        self,
        window: TierWindow,
        categories: Sequence[str] | None,
        exclude_categories: Sequence[str],
        raised: datetime,
    ) -> int:
        """One alert per lot in stock whose expiry is inside `window` and has none yet."""
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
                main_location.label("location_id"),
            )
            .join_from(lots, items, items.c.id == lots.c.item_id)
            .where(and_(*conditions), ~already)
            .subquery()
        )
        src = (
            select(
                candidates.c.lot_id,
                literal(AlertKind.EXPIRY.value),
                literal(window.level.value),
                literal(raised, t.UtcDateTime()),
                literal(""),
                candidates.c.location_id,
                func.coalesce(locs.c.responsible, ""),
            )
            .select_from(candidates)
            .outerjoin(locs, locs.c.id == candidates.c.location_id)
        )
        result = self.conn.execute(
            insert(t.alerts).from_select(
                ["lot_id", "kind", "level", "raised", "message", "location_id", "assigned_to"],
                src,
            )
        )
        return int(result.rowcount)

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


_LAST_AUDIT = select(t.audit.c.seq, t.audit.c.hash).order_by(t.audit.c.seq.desc()).limit(1)


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
        last = self.conn.execute(_LAST_AUDIT).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = at.astimezone(UTC)  # hashed as it will read back
        # Store exactly what was hashed, so verification reads the same values back.
        before = json.loads(canonical(before)) if before is not None else None
        after = json.loads(canonical(after)) if after is not None else None
        meta = json.loads(canonical(meta)) if meta is not None else None
        digest = entry_hash(
            prev, seq, at, user, device, action, entity, entity_id, before, after, meta
        )
        self.conn.execute(
            insert(t.audit),
            {
                "seq": seq,
                "at": at,
                "user": user,
                "device": device,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": canonical(before) if before is not None else None,
                "after": canonical(after) if after is not None else None,
                "prev_hash": prev,
                "hash": digest,
                "meta": canonical(meta) if meta is not None else None,
            },
        )
        return AuditEntry(
            seq, at, user, device, action, entity, entity_id, before, after, prev, digest, meta
        )

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
        event_id = str(uuid.uuid4())
        self.conn.execute(
            insert(t.outbox),
            {
                "id": event_id,
                "type": type,
                "payload": canonical(payload),
                "at": at,
                "user": user,
                "audit_seq": audit_seq,
            },
        )
        return event_id

    def pending(self) -> int:
        return int(
            self.conn.execute(select(func.count()).where(t.outbox.c.sent_at.is_(None))).scalar_one()
        )
