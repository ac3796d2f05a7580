"""The notification queue: one row per cause and recipient, with its delivery state."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, Index, Integer, String, Table, Text, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.adapters import tables as t
from app.domain.notifications import PENDING, SENT

notifications = Table(
    "notifications",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("cause", String(200), nullable=False),
    Column("code", String(40), nullable=False),
    Column("data", Text, nullable=False),
    Column("channel", String(10), nullable=False),
    Column("recipient", String(200), nullable=False),
    Column("status", String(10), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("next_attempt_at", t.UtcDateTime, nullable=False),
    Column("sent_at", t.UtcDateTime),
    Column("via", String(20), nullable=False, default=""),
    Column("last_error", Text, nullable=False, default=""),
)
Index("ix_notifications_due", notifications.c.status, notifications.c.next_attempt_at)


def _row(row: Any) -> dict[str, Any]:
    found = dict(row)
    found["data"] = json.loads(found["data"])
    return found


class SqlNotifications:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def queue(self, rows: Sequence[dict[str, Any]]) -> int:
        """Rows whose key is not queued yet; returns how many were new."""
        if not rows:
            return 0
        values = [{**row, "data": json.dumps(row["data"], ensure_ascii=False)} for row in rows]
        result = self.conn.execute(
            sqlite_insert(notifications).on_conflict_do_nothing(index_elements=["key"]), values
        )
        return int(result.rowcount or 0)

    def due(self, channels: Sequence[str], now: datetime, limit: int) -> list[dict[str, Any]]:
        n = notifications.c
        rows = self.conn.execute(
            select(notifications)
            .where(n.status == PENDING, n.next_attempt_at <= now, n.channel.in_(channels))
            .order_by(n.next_attempt_at, n.id)
            .limit(limit)
        ).mappings()
        return [_row(r) for r in rows]

    def get(self, notification_id: int) -> dict[str, Any] | None:
        found = (
            self.conn.execute(select(notifications).where(notifications.c.id == notification_id))
            .mappings()
            .first()
        )
        return _row(found) if found is not None else None

    def put_off(self, ids: Sequence[int], until: datetime) -> None:
        self.conn.execute(
            update(notifications)
            .where(notifications.c.id.in_(list(ids)))
            .values(next_attempt_at=until)
        )

    def delivered(self, notification_id: int, at: datetime, via: str) -> None:
        self.conn.execute(
            update(notifications)
            .where(notifications.c.id == notification_id)
            .values(
                status=SENT,
                sent_at=at,
                via=via,
                attempts=notifications.c.attempts + 1,
                last_error="",
            )
        )

    def failed(self, notification_id: int, error: str, retry_at: datetime) -> None:
        self.conn.execute(
            update(notifications)
            .where(notifications.c.id == notification_id)
            .values(
                attempts=notifications.c.attempts + 1,
                last_error=error[:2000],
                next_attempt_at=retry_at,
            )
        )

    def all(self, limit: int = 1000) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(notifications).order_by(notifications.c.id.desc()).limit(limit)
        ).mappings()
        return [_row(r) for r in rows]
