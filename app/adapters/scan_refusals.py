"""Scans an action refused, noted for the mismatch rate (app.services.kpis)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert
from sqlalchemy.exc import OperationalError

from app.adapters import tables as t


class SqlScanRefusals:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self,
        at: datetime,
        user: str,
        device: str,
        command: str,
        code: str,
        di: str | None,
        lot: str | None,
    ) -> bool:
        """False when the store cannot take the note (a read-only medium, a full disk):
        the refusal itself must still reach the person, so the note gives way."""
        try:
            self.conn.execute(
                insert(t.scan_refusals).values(
                    at=at, user=user, device=device, command=command, code=code, di=di, lot=lot
                )
            )
        except OperationalError:
            return False
        return True
