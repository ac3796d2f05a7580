"""What sync keeps in the site database: the centre's holds, the outbox's sent marks.

`SyncUnitOfWork` is the ordinary unit of work plus these repositories, so a
page of central changes, its audit entries and the cursor commit together.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self

from sqlalchemy import Boolean, Column, Connection, String, Table, Text, func, select, update

from app.adapters import tables as t
from app.adapters.unit_of_work import SqlUnitOfWork
from app.domain.model import Location, Supplier, User
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


class SqlCentralData:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def update_supplier(self, supplier: Supplier) -> None:
        self.conn.execute(
            update(t.suppliers)
            .where(t.suppliers.c.id == supplier.id)
            .values(name=supplier.name, auto_release=supplier.auto_release)
        )

    def update_location(self, location: Location) -> None:
        self.conn.execute(
            update(t.locations)
            .where(t.locations.c.id == location.id)
            .values(name=location.name, kind=location.kind.value, responsible=location.responsible)
        )

    def update_user(self, user: User) -> None:
        self.conn.execute(
            update(t.users)
            .where(t.users.c.id == user.id)
            .values(
                display_name=user.display_name,
                role=user.role.value,
                pin_hash=user.pin_hash,
                badge=user.badge,
                active=user.active,
            )
        )

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


class SqlSyncOutbox:
    """The outbox as sync reads it: its sequence is the device's event sequence."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def unsent(self, limit: int) -> list[dict[str, Any]]:
        o = t.outbox
        rows = self.conn.execute(
            select(o.c.seq, o.c.id, o.c.type, o.c.payload, o.c.at, o.c.user)
            .where(o.c.sent_at.is_(None))
            .order_by(o.c.seq)
            .limit(limit)
        ).mappings()
        return [dict(r) for r in rows]

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
