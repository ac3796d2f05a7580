"""Evidence: photos and scans kept under their SHA-256, for a recall's file or a write-off."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    insert,
    select,
)

from app.adapters import tables as t

# Photos and scans kept by their SHA-256: a recall's case file, or a write-off's.
evidence = Table(
    "evidence",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("recall_id", ForeignKey("recalls.id")),
    Column("lot_id", ForeignKey("lots.id")),
    Column("movement_id", String(36)),
    Column("file_name", String(255), nullable=False),
    Column("stored_as", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("note", Text, nullable=False),
    Column("at", t.UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
)
Index("ix_evidence_recall", evidence.c.recall_id)
Index("ix_evidence_movement", evidence.c.movement_id)


class SqlEvidence:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self,
        recall_id: str | None,
        lot_id: int | None,
        movement_id: str | None,
        file_name: str,
        stored_as: str,
        sha256: str,
        note: str,
        at: datetime,
        user: str,
    ) -> int:
        result = self.conn.execute(
            insert(evidence).values(
                recall_id=recall_id,
                lot_id=lot_id,
                movement_id=movement_id,
                file_name=file_name,
                stored_as=stored_as,
                sha256=sha256,
                note=note,
                at=at,
                user=user,
            )
        )
        return t.inserted_id(result)

    def for_recall(self, recall_id: str) -> list[dict[str, Any]]:
        e = evidence
        rows = self.conn.execute(
            select(
                e.c.id,
                t.lots.c.lot,
                e.c.movement_id,
                e.c.file_name,
                e.c.stored_as,
                e.c.sha256,
                e.c.note,
                e.c.at,
                e.c.user,
            )
            .outerjoin(t.lots, t.lots.c.id == e.c.lot_id)
            .where(e.c.recall_id == recall_id)
            .order_by(e.c.id)
        ).mappings()
        return [dict(r) for r in rows]
