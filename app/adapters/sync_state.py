"""What sync keeps in the site database: the centre's holds, the outbox's sent marks.

`SyncUnitOfWork` is the ordinary unit of work plus these repositories, so a
page of central changes, its audit entries and the cursor commit together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Self

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
    update,
)

from app.adapters import tables as t
from app.adapters.unit_of_work import SqlUnitOfWork
from app.services.central_data import CentralHold

central_holds = Table(
    "central_holds",
    t.metadata,
    Column("reference", String(100), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("active", Boolean, nullable=False),
)


# Each master kind: its table and the column the centre keys it by.
_MASTER: dict[str, tuple[Table, str]] = {
    "item": (t.items, "di"),
    "supplier": (t.suppliers, "code"),
    "location": (t.locations, "code"),
    "user": (t.users, "username"),
}
# Well under SQLite's limit on bound parameters in one statement.
_IN_CHUNK = 900


class SqlCentralData:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def master_rows(self, kind: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        table, column = _MASTER[kind]
        # Users match without regard to case, as SqlUsers.get does.
        match = func.lower(table.c[column]) if kind == "user" else table.c[column]
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = list(keys[start : start + _IN_CHUNK])
            for row in self.conn.execute(select(table).where(match.in_(chunk))).mappings():
                key = str(row[column])
                found[key.lower() if kind == "user" else key] = dict(row)
        return found

    def add_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        table, _ = _MASTER[kind]
        self.conn.execute(insert(table), [dict(r) for r in rows])

    def update_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        table, _ = _MASTER[kind]
        columns = [c for c in rows[0] if c != "id"]
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(f"_{c}") for c in columns})
        )
        self.conn.execute(stmt, [{f"_{k}": v for k, v in r.items()} for r in rows])

    def record_hold(self, hold: CentralHold) -> None:
        self.conn.execute(
            central_holds.insert()
            .prefix_with("OR REPLACE")
            .values(
                reference=hold.reference,
                di=hold.di,
                lot=hold.lot,
                kind=hold.kind,
                reason=hold.reason,
                active=hold.active,
            )
        )

    def active_holds(self) -> list[CentralHold]:
        rows = self.conn.execute(
            select(central_holds).where(central_holds.c.active.is_(True))
        ).mappings()
        return [CentralHold(**row) for row in rows]


class Unsent(NamedTuple):
    """An outbox row waiting for the centre; `payload` is its stored JSON text."""

    seq: int
    id: str
    type: str
    payload: str
    at: datetime
    user: str


class SqlSyncOutbox:
    """The outbox as sync reads it: its sequence is the device's event sequence."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def unsent(self, limit: int) -> list[Unsent]:
        o = t.outbox
        rows = self.conn.execute(
            select(o.c.seq, o.c.id, o.c.type, o.c.payload, o.c.at, o.c.user)
            .where(o.c.sent_at.is_(None))
            .order_by(o.c.seq)
            .limit(limit)
        )
        return [Unsent._make(r) for r in rows]

    def mark_sent(self, through_seq: int, at: datetime) -> None:
        self.conn.execute(
            update(t.outbox)
            .where(t.outbox.c.sent_at.is_(None), t.outbox.c.seq <= through_seq)
            .values(sent_at=at)
        )

    def high_seq(self) -> int:
        return int(
            self.conn.execute(select(func.coalesce(func.max(t.outbox.c.seq), 0))).scalar_one()
        )


class SyncUnitOfWork(SqlUnitOfWork):
    def __enter__(self) -> Self:
        super().__enter__()
        assert self._conn is not None
        self.central = SqlCentralData(self._conn)
        self.sync_outbox = SqlSyncOutbox(self._conn)
        return self
