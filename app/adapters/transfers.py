"""Transfers between sites as the site keeps them, and the centre's suggestions of them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Date, Index, Integer, String, Table, Text, select
from sqlalchemy import insert as sql_insert
from sqlalchemy import update as sql_update

from app.adapters import tables as t

# Sent from here ("out") or expected here ("in"); one row per transfer, by its id.
transfers = Table(
    "transfers",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("direction", String(3), nullable=False),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("expiry", Date),
    Column("production_date", Date),
    Column("qc", String(10), nullable=False),
    Column("from_site", String(64), nullable=False),
    Column("to_site", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("sent_at", t.UtcDateTime, nullable=False),
    Column("sent_by", String(64), nullable=False, default=""),
    Column("suggestion_id", String(36)),
    Column("received", Integer),
    Column("arrived_at", t.UtcDateTime),
    Column("arrived_by", String(64)),
    Column("note", Text, nullable=False, default=""),
)
Index("ix_transfers_lot", transfers.c.di, transfers.c.lot)

transfer_suggestions = Table(
    "transfer_suggestions",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("expiry", Date),
    Column("to_site", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unused", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("computed_at", t.UtcDateTime, nullable=False),
    Column("decided_at", t.UtcDateTime),
    Column("decided_by", String(64)),
    Column("reason", Text, nullable=False, default=""),
    Column("transfer_id", String(36)),
)


class SqlTransfers:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, transfer_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(select(transfers).where(transfers.c.id == transfer_id)).mappings()
        found = row.first()
        return dict(found) if found is not None else None

    def incoming_for_lot(self, di: str, lot: str) -> list[dict[str, Any]]:
        c = transfers.c
        rows = self.conn.execute(
            select(transfers)
            .where(c.direction == "in", c.di == di, c.lot == lot)
            .order_by(c.sent_at, c.id)
        ).mappings()
        return [dict(r) for r in rows]

    def add(self, row: dict[str, Any]) -> None:
        self.conn.execute(sql_insert(transfers).values(**row))

    def update(self, transfer_id: str, **values: Any) -> None:
        self.conn.execute(sql_update(transfers).where(transfers.c.id == transfer_id).values(values))

    def all(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(transfers).order_by(transfers.c.sent_at.desc(), transfers.c.id)
        ).mappings()
        return [dict(r) for r in rows]

    def suggestion(self, suggestion_id: str) -> dict[str, Any] | None:
        s = transfer_suggestions
        found = self.conn.execute(select(s).where(s.c.id == suggestion_id)).mappings().first()
        return dict(found) if found is not None else None

    def add_suggestion(self, row: dict[str, Any]) -> None:
        self.conn.execute(sql_insert(transfer_suggestions).values(**row))

    def update_suggestion(self, suggestion_id: str, **values: Any) -> None:
        s = transfer_suggestions
        self.conn.execute(sql_update(s).where(s.c.id == suggestion_id).values(values))

    def suggestions(self, open_only: bool = False) -> list[dict[str, Any]]:
        s = transfer_suggestions
        query = select(s).order_by(s.c.expiry, s.c.di, s.c.lot, s.c.id)
        if open_only:
            query = query.where(s.c.status == "open")
        return [dict(r) for r in self.conn.execute(query).mappings()]
