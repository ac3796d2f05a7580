"""One SQLite transaction per user action, with every repository on it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine

from app.adapters.audit_checks import SqlAuditChecks
from app.adapters.climate_store import SqlClimate
from app.adapters.driver import run
from app.adapters.evidence import SqlEvidence
from app.adapters.kpi_queries import SqlKpiQueries
from app.adapters.ledger import SqlAlerts, SqlAuditLog, SqlCounts, SqlMovements, SqlOutbox
from app.adapters.loop import SqlLoop
from app.adapters.master_data import (
    SqlItems,
    SqlLocations,
    SqlLoginFailures,
    SqlSettings,
    SqlSuppliers,
    SqlUsers,
)
from app.adapters.notifications import SqlNotifications
from app.adapters.queries import SqlQueries
from app.adapters.recalls import SqlRecalls
from app.adapters.scan_refusals import SqlScanRefusals
from app.adapters.stock import SqlLots, SqlSerials, SqlStock
from app.adapters.transfers import SqlTransfers
from app.adapters.udi_devices import SqlDevices, SqlPackageLevels

_SAVEPOINT = "SAVEPOINT lk_action"
_RELEASE = "RELEASE lk_action"
_ROLLBACK_TO = "ROLLBACK TO lk_action"


def _driver_in_transaction(conn: Connection) -> bool:
    """False once SQLite itself ended the transaction (a full disk rolls it back)."""
    driver = conn.connection.driver_connection
    return driver is not None and bool(driver.in_transaction)


class SqlUnitOfWork:
    """`with uow:` opens a transaction; leaving without `commit()` rolls it back.

    Inside a `CommitGroup` the unit of work is a savepoint of the group's
    transaction instead: just as atomic, made durable by the group's commit.
    The savepoint is SQLite's own, on the driver (SQLAlchemy's `begin_nested`
    cost a batch line more than its point queries did).
    """

    def __init__(
        self, engine: Engine, read_only: bool = False, group: Connection | None = None
    ) -> None:
        self.engine = engine
        self.read_only = read_only
        self.group = group
        self._conn: Connection | None = None
        self._in_savepoint = False

    def __enter__(self) -> Self:
        if self.group is not None:
            conn = self.group
            run(conn, _SAVEPOINT)
            self._in_savepoint = True
        else:
            # The transaction begins on first use (SQLAlchemy's autobegin).
            conn = self.engine.connect().execution_options(read_only=self.read_only)
        self._conn = conn
        self.items = SqlItems(conn)
        self.devices = SqlDevices(conn)
        self.packages = SqlPackageLevels(conn)
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
        self.evidence = SqlEvidence(conn)
        self.login_failures = SqlLoginFailures(conn)
        self.audit_checks = SqlAuditChecks(conn)
        self.climate = SqlClimate(conn)
        self.loop = SqlLoop(conn)
        self.transfers = SqlTransfers(conn)
        self.notifications = SqlNotifications(conn)
        self.scan_refusals = SqlScanRefusals(conn)
        self.kpis = SqlKpiQueries(conn)
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
        if self.group is not None:
            if self._in_savepoint and _driver_in_transaction(conn):
                run(conn, _ROLLBACK_TO)
                run(conn, _RELEASE)
            self._in_savepoint = False
            return
        try:
            if conn.in_transaction():
                conn.rollback()
        finally:
            conn.close()

    def commit(self) -> None:
        assert self._conn is not None, "commit outside `with`"
        if self.group is not None:
            run(self._conn, _RELEASE)
            run(self._conn, _SAVEPOINT)
        else:
            self._conn.commit()

    def rollback(self) -> None:
        assert self._conn is not None, "rollback outside `with`"
        if self.group is not None:
            # ROLLBACK TO undoes the action's writes and leaves its savepoint open.
            run(self._conn, _ROLLBACK_TO)
        else:
            self._conn.rollback()


class CommitGroup:
    """Many actions, each atomic in its own savepoint, made durable by one commit.

    Batch replay uses it: one fsync for many lines instead of one each, and a
    line is still reported only after the commit that made it durable.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn = engine.connect()

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, group=self._conn)

    def commit(self) -> None:
        if self._conn.in_transaction():
            self._conn.commit()

    def close(self) -> None:
        if self._conn.in_transaction():
            self._conn.rollback()
        self._conn.close()
