"""One SQLite transaction per user action, with every repository on it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine

from app.adapters.ledger import SqlAlerts, SqlAuditLog, SqlCounts, SqlMovements, SqlOutbox
from app.adapters.master_data import SqlItems, SqlLocations, SqlSettings, SqlSuppliers, SqlUsers
from app.adapters.queries import SqlQueries
from app.adapters.recalls import SqlRecalls
from app.adapters.stock import SqlLots, SqlSerials, SqlStock


class SqlUnitOfWork:
    """`with uow:` opens a transaction; leaving without `commit()` rolls it back."""

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        self._conn: Connection | None = None

    def __enter__(self) -> Self:
        # The transaction begins on first use (SQLAlchemy's autobegin).
        conn = self.engine.connect().execution_options(read_only=self.read_only)
        self._conn = conn
        self.items = SqlItems(conn)
        self.suppliers = SqlSuppliers(conn)
        self.locations = SqlLocations(conn)
        self.users = SqlUsers(conn)
        self.lots = SqlLots(conn)
        self.stock = SqlStock(conn)
        self.serials = SqlSerials(conn)
        self.movements = SqlMovements(conn)
        self.alerts = SqlAlerts(conn)
        self.counts = SqlCounts(conn)
        self.audit = SqlAuditLog(conn)
        self.outbox = SqlOutbox(conn)
        self.settings = SqlSettings(conn)
        self.queries = SqlQueries(conn)
        self.recalls = SqlRecalls(conn)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn = self._conn
        self._conn = None
        if conn is None:
            return
        try:
            if conn.in_transaction():
                conn.rollback()
        finally:
            conn.close()

    def commit(self) -> None:
        assert self._conn is not None, "commit outside `with`"
        self._conn.commit()

    def rollback(self) -> None:
        assert self._conn is not None, "rollback outside `with`"
        self._conn.rollback()
