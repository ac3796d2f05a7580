"""Recall cases in the site database: the case, its lots, tasks, accounts, evidence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    RowMapping,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    update,
)

from app.adapters import tables as t
from app.adapters.driver import run
from app.adapters.stock import LOT_QUERY, lot_from_row, stored_lots
from app.domain.model import Lot, MovementType
from app.domain.recall import Recall, RecallScope, RecallSource, RecallStatus, ScopeKind

recalls = Table(
    "recalls",
    t.metadata,
    Column("id", String(64), primary_key=True),
    Column("di", String(64), nullable=False),
    Column("scope", Text, nullable=False),
    Column("level", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("instructions", Text, nullable=False),
    Column("source", String(20), nullable=False),
    Column("issued_at", t.UtcDateTime, nullable=False),
    Column("issued_by", String(64), nullable=False),
    Column("deadline", Date, nullable=False),
    Column("drill", Boolean, nullable=False),
    Column("origin", String(10), nullable=False),
    Column("status", String(12), nullable=False),
    Column("applied_at", t.UtcDateTime),
    Column("closed_at", t.UtcDateTime),
    Column("closed_by", String(64), nullable=False),
)
Index("ix_recalls_di_status", recalls.c.di, recalls.c.status)
_ANY_OPEN_FOR_DI = "SELECT 1 FROM recalls WHERE di = ? AND status != ? LIMIT 1"

recall_lots = Table(
    "recall_lots",
    t.metadata,
    Column("recall_id", ForeignKey("recalls.id"), primary_key=True),
    Column("lot_id", ForeignKey("lots.id"), primary_key=True),
    Column("blocked_at", t.UtcDateTime, nullable=False),
)
Index("ix_recall_lots_lot", recall_lots.c.lot_id)

recall_tasks = Table(
    "recall_tasks",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("recall_id", ForeignKey("recalls.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("location_id", ForeignKey("locations.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("notified_at", t.UtcDateTime),
    UniqueConstraint("recall_id", "kind", "location_id"),
)

recall_accounts = Table(
    "recall_accounts",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("recall_id", ForeignKey("recalls.id"), nullable=False),
    Column("lot_id", ForeignKey("lots.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("department_id", ForeignKey("locations.id")),
    Column("reason", Text, nullable=False),
    Column("at", t.UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
)
Index("ix_recall_accounts_recall", recall_accounts.c.recall_id)

# Movement types that matter to a recall's where-used, besides picks (summed, `issued_of`).
_TRACED = [
    MovementType.RETURN.value,
    MovementType.RETURN_TO_SUPPLIER.value,
    MovementType.DISPOSE.value,
    MovementType.MOVE.value,
]
_CHUNK = 500

# A recall's tasks and where-used, thousands of lots at once: the lots go in as one JSON array
# (one statement, no chunks), and rows are summed before their locations are looked up.
# Where a list of types goes with the lots, `+m.type` keeps SQLite on the index by lot
# and type: with the types usable alone it walks the usage index (type, at, ...) over
# every pick in the store instead (0.9 s of a 5,000-lot recall at 100,000 lots).
_LOTS_GIVEN = "SELECT value FROM json_each(?)"
# `WHERE true` tells SQLite's parser the ON CONFLICT is the upsert's, not a join's.
_ADD_LOTS = (
    "INSERT INTO recall_lots (recall_id, lot_id, blocked_at) "
    "SELECT ?, value, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING RETURNING lot_id"
)
_UNITS_HELD = (
    "SELECT s.lot_id, sum(s.quantity) FROM stock s "
    f"WHERE s.lot_id IN ({_LOTS_GIVEN}) AND s.quantity != 0 GROUP BY s.lot_id"
)
_HELD_BY_LOCATION = (
    "SELECT l.code, l.kind, g.units FROM (SELECT s.location_id AS place, "
    "sum(s.quantity) AS units FROM stock s "
    f"WHERE s.lot_id IN ({_LOTS_GIVEN}) AND s.quantity != 0 GROUP BY s.location_id) g "
    "JOIN locations l ON l.id = g.place"
)
# Where-used: the lot's picks alone (index by lot and type), summed before the departments
# are looked up, once per sum and not per pick.
_ISSUED_OF = (
    "SELECT g.lot_id, d.code, d.kind, d.name, d.responsible, g.user, g.quantity, g.picks, "
    'g.first, g.last FROM (SELECT m.lot_id, m.to_location_id AS place, m."user" AS user, '
    "sum(m.quantity) AS quantity, count(*) AS picks, min(m.at) AS first, max(m.at) AS last, "
    "min(m.seq) AS first_seq FROM movements m "
    f"WHERE m.lot_id IN ({_LOTS_GIVEN}) AND m.type = '{MovementType.PICK.value}' "
    'GROUP BY m.lot_id, m.to_location_id, m."user") g '
    "LEFT JOIN locations d ON d.id = g.place ORDER BY g.lot_id, g.first_seq"
)
_FLOWS_BY_LOCATION = (
    "SELECT g.type, l.code, l.kind, g.units FROM (SELECT m.type, "
    f"CASE m.type WHEN '{MovementType.PICK.value}' THEN m.to_location_id "
    "ELSE m.from_location_id END AS place, sum(m.quantity) AS units FROM movements m "
    f"WHERE m.lot_id IN ({_LOTS_GIVEN}) "
    f"AND +m.type IN ('{MovementType.PICK.value}', '{MovementType.RETURN.value}') "
    "GROUP BY 1, 2) g JOIN locations l ON l.id = g.place"
)


def _recall(row: RowMapping) -> Recall:
    return Recall(
        id=row["id"],
        scope=RecallScope.from_json(json.loads(row["scope"])),
        level=row["level"],
        reason=row["reason"],
        instructions=row["instructions"],
        source=RecallSource(row["source"]),
        issued_at=row["issued_at"],
        issued_by=row["issued_by"],
        deadline=row["deadline"],
        drill=row["drill"],
        origin=row["origin"],
        status=RecallStatus(row["status"]),
        applied_at=row["applied_at"],
        closed_at=row["closed_at"],
        closed_by=row["closed_by"],
    )


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


class SqlRecalls:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- the case ---------------------------------------------------------------

    def add(self, recall: Recall) -> None:
        self.conn.execute(
            insert(recalls).values(
                id=recall.id,
                di=recall.scope.di,
                scope=json.dumps(recall.scope.to_json(), ensure_ascii=False),
                level=recall.level,
                reason=recall.reason,
                instructions=recall.instructions,
                source=recall.source.value,
                issued_at=recall.issued_at,
                issued_by=recall.issued_by,
                deadline=recall.deadline,
                drill=recall.drill,
                origin=recall.origin,
                status=recall.status.value,
                applied_at=recall.applied_at,
                closed_at=recall.closed_at,
                closed_by=recall.closed_by,
            )
        )

    def get(self, recall_id: str) -> Recall | None:
        row = self.conn.execute(select(recalls).where(recalls.c.id == recall_id)).mappings()
        found = row.first()
        return _recall(found) if found else None

    def all(self) -> list[Recall]:
        rows = self.conn.execute(select(recalls).order_by(recalls.c.issued_at.desc())).mappings()
        return [_recall(r) for r in rows]

    def open_for_di(self, di: str) -> list[Recall]:
        # Nearly every receipt's GTIN has none: one prebuilt point read of
        # ix_recalls_di_status says so before the recalls are read and parsed.
        if run(self.conn, _ANY_OPEN_FOR_DI, (di, RecallStatus.CLOSED.value)).fetchone() is None:
            return []
        rows = self.conn.execute(
            select(recalls).where(recalls.c.di == di, recalls.c.status != RecallStatus.CLOSED.value)
        ).mappings()
        return [_recall(r) for r in rows]

    def save_status(self, recall: Recall) -> None:
        self.conn.execute(
            update(recalls)
            .where(recalls.c.id == recall.id)
            .values(
                status=recall.status.value,
                applied_at=recall.applied_at,
                closed_at=recall.closed_at,
                closed_by=recall.closed_by,
            )
        )

    # --- affected lots ------------------------------------------------------------

    def matching_lots(self, scope: RecallScope) -> list[Lot]:
        if scope.kind is ScopeKind.ALL_LOTS:  # thousands of lots: tuples, not mappings
            return stored_lots(self.conn, "WHERE di = ? ORDER BY lot", (scope.di,))
        query = LOT_QUERY.where(t.lots.c.di == scope.di)
        if scope.kind is ScopeKind.LOTS:
            query = query.where(t.lots.c.lot.in_(scope.lots))
        elif scope.kind is ScopeKind.PRODUCED:
            query = query.where(
                t.lots.c.production_date.between(scope.produced_from, scope.produced_to)
            )
        elif scope.kind is ScopeKind.SERIALS:
            holding = select(t.serials.c.lot_id).where(t.serials.c.serial.in_(scope.serials))
            query = query.where(t.lots.c.id.in_(holding))
        return [lot_from_row(r) for r in self.conn.execute(query.order_by(t.lots.c.lot)).mappings()]

    def add_lots(self, recall_id: str, lot_ids: Sequence[int], at: datetime) -> list[int]:
        """The lots made part of the case, in one statement; those that were not already."""
        wanted = list(dict.fromkeys(lot_ids))
        if not wanted:
            return []
        rows = run(self.conn, _ADD_LOTS, (recall_id, t.utc_text(at), json.dumps(wanted)))
        joined = {lot_id for (lot_id,) in rows}
        return [lot_id for lot_id in wanted if lot_id in joined]

    def lots(self, recall_id: str) -> list[Lot]:
        rows = self.conn.execute(
            LOT_QUERY.join_from(recall_lots, t.lots, t.lots.c.id == recall_lots.c.lot_id)
            .where(recall_lots.c.recall_id == recall_id)
            .order_by(t.lots.c.lot)
        ).mappings()
        return [lot_from_row(r) for r in rows]

    def lots_blocked(self, recall_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(t.lots.c.di, t.lots.c.lot, recall_lots.c.blocked_at)
            .join_from(recall_lots, t.lots, t.lots.c.id == recall_lots.c.lot_id)
            .where(recall_lots.c.recall_id == recall_id)
            .order_by(recall_lots.c.blocked_at, t.lots.c.lot)
        ).mappings()
        return [dict(r) for r in rows]

    def recalls_of_lot(self, lot_id: int) -> list[str]:
        return list(
            self.conn.execute(
                select(recall_lots.c.recall_id).where(recall_lots.c.lot_id == lot_id)
            ).scalars()
        )

    # --- where-used ---------------------------------------------------------------

    def stock_of(self, lot_ids: Sequence[int]) -> list[dict[str, Any]]:
        loc = t.locations
        rows: list[dict[str, Any]] = []
        for chunk in _chunks(lot_ids):
            rows += [
                dict(r)
                for r in self.conn.execute(
                    select(
                        t.stock.c.lot_id,
                        loc.c.code.label("location"),
                        loc.c.name,
                        loc.c.kind,
                        loc.c.responsible,
                        t.stock.c.quantity,
                    )
                    .join_from(t.stock, loc, loc.c.id == t.stock.c.location_id)
                    .where(t.stock.c.lot_id.in_(chunk), t.stock.c.quantity != 0)
                    .order_by(t.stock.c.lot_id, loc.c.code)
                ).mappings()
            ]
        return rows

    def issued_of(self, lot_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Picks of these lots summed per lot, department and person (a lot may have
        tens of thousands): units, picks, first and last; in the order first issued."""
        rows = run(self.conn, _ISSUED_OF, (json.dumps(list(lot_ids)),))
        return [
            {
                "lot_id": lot_id,
                "to_code": code,
                "to_kind": kind,
                "to_name": name,
                "to_responsible": responsible,
                "user": user,
                "quantity": quantity,
                "picks": picks,
                "first": datetime.fromisoformat(first),
                "last": datetime.fromisoformat(last),
            }
            for lot_id, code, kind, name, responsible, user, quantity, picks, first, last in rows
        ]

    def units_held(self, lot_ids: Sequence[int]) -> dict[int, int]:
        """Units of each of these lots held here (those that hold any)."""
        rows = run(self.conn, _UNITS_HELD, (json.dumps(list(lot_ids)),))
        return {lot_id: int(units) for lot_id, units in rows}

    def held_by_location(self, lot_ids: Sequence[int]) -> list[tuple[str, str, int]]:
        """Units of these lots per location (code, kind, units), all lots together."""
        rows = run(self.conn, _HELD_BY_LOCATION, (json.dumps(list(lot_ids)),))
        return [(code, kind, int(units)) for code, kind, units in rows]

    def flows_by_location(self, lot_ids: Sequence[int]) -> list[tuple[str, str, str, int]]:
        """Units of these lots picked to each location and returned from each, all lots
        together: (type, the location's code, its kind, units)."""
        rows = run(self.conn, _FLOWS_BY_LOCATION, (json.dumps(list(lot_ids)),))
        return [(move, code, kind, int(units)) for move, code, kind, units in rows]

    def movements_of(self, lot_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Returns, moves and exits of these lots, one row each, with their locations' kinds."""
        m = t.movements
        # Core aliases: sqlalchemy.orm (for `aliased`) alone cost start-up ~0.1 s.
        src, dst = t.locations.alias("src"), t.locations.alias("dst")
        rows: list[dict[str, Any]] = []
        for chunk in _chunks(lot_ids):
            rows += [
                dict(r)
                for r in self.conn.execute(
                    select(
                        m.c.id,
                        m.c.lot_id,
                        m.c.type,
                        m.c.at,
                        m.c.user,
                        m.c.quantity,
                        m.c.reference,
                        m.c.reason,
                        src.c.code.label("from_code"),
                        src.c.kind.label("from_kind"),
                        src.c.name.label("from_name"),
                        dst.c.code.label("to_code"),
                        dst.c.kind.label("to_kind"),
                        dst.c.name.label("to_name"),
                        dst.c.responsible.label("to_responsible"),
                    )
                    .select_from(m)
                    .outerjoin(src, src.c.id == m.c.from_location_id)
                    .outerjoin(dst, dst.c.id == m.c.to_location_id)
                    .where(m.c.lot_id.in_(chunk), m.c.type.in_(_TRACED))
                    .order_by(m.c.seq)
                ).mappings()
            ]
        return rows

    # --- tasks, accounts, evidence --------------------------------------------------

    def add_task(
        self, recall_id: str, kind: str, location_id: int, quantity: int, at: datetime
    ) -> None:
        self.conn.execute(
            insert(recall_tasks)
            .prefix_with("OR IGNORE")
            .values(
                recall_id=recall_id,
                kind=kind,
                location_id=location_id,
                quantity=quantity,
                created_at=at,
            )
        )

    def tasks(self, recall_id: str) -> list[dict[str, Any]]:
        loc = t.locations
        rows = self.conn.execute(
            select(
                recall_tasks.c.id,
                recall_tasks.c.kind,
                loc.c.code.label("location"),
                loc.c.name,
                loc.c.responsible,
                recall_tasks.c.quantity,
                recall_tasks.c.created_at,
                recall_tasks.c.notified_at,
            )
            .join_from(recall_tasks, loc, loc.c.id == recall_tasks.c.location_id)
            .where(recall_tasks.c.recall_id == recall_id)
            .order_by(recall_tasks.c.kind, loc.c.code)
        ).mappings()
        return [dict(r) for r in rows]

    def mark_notified(self, recall_id: str, location_id: int, at: datetime) -> bool:
        """False when the task was notified before (the first notice counts)."""
        result = self.conn.execute(
            update(recall_tasks)
            .where(
                recall_tasks.c.recall_id == recall_id,
                recall_tasks.c.location_id == location_id,
                recall_tasks.c.notified_at.is_(None),
            )
            .values(notified_at=at)
        )
        return result.rowcount > 0

    def add_account(
        self,
        recall_id: str,
        lot_id: int,
        kind: str,
        quantity: int,
        department_id: int | None,
        reason: str,
        at: datetime,
        user: str,
    ) -> None:
        self.conn.execute(
            insert(recall_accounts).values(
                recall_id=recall_id,
                lot_id=lot_id,
                kind=kind,
                quantity=quantity,
                department_id=department_id,
                reason=reason,
                at=at,
                user=user,
            )
        )

    def account_totals(self, recall_id: str) -> dict[tuple[int, str], int]:
        """(lot id, kind) -> quantity documented."""
        a = recall_accounts
        rows = self.conn.execute(
            select(a.c.lot_id, a.c.kind, func.sum(a.c.quantity))
            .where(a.c.recall_id == recall_id)
            .group_by(a.c.lot_id, a.c.kind)
        )
        return {(lot_id, kind): int(total) for lot_id, kind, total in rows}

    def accounts(self, recall_id: str) -> list[dict[str, Any]]:
        a, loc = recall_accounts, t.locations
        rows = self.conn.execute(
            select(
                t.lots.c.di,
                t.lots.c.lot,
                a.c.kind,
                a.c.quantity,
                loc.c.code.label("department"),
                a.c.reason,
                a.c.at,
                a.c.user,
            )
            .join_from(a, t.lots, t.lots.c.id == a.c.lot_id)
            .outerjoin(loc, loc.c.id == a.c.department_id)
            .where(a.c.recall_id == recall_id)
            .order_by(a.c.id)
        ).mappings()
        return [dict(r) for r in rows]
