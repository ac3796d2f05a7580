"""One SQLite transaction per user action, with every repository on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, Self, TypeVar

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


class HeldConnections:
    """A store's connections kept open from one unit of work to the next.

    Taking one out of SQLAlchemy's pool and putting it back (its checkout, events
    and reset) cost each action more than several of its statements. A unit of
    work takes an idle connection of its kind (writer or reader: they begin their
    transactions differently) and gives it back with no transaction open; another
    thread never gets a connection in use. `close` closes them all, so the last
    one to close still checkpoints the WAL (app.adapters.checkpoints).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._idle: dict[bool, list[Connection]] = {False: [], True: []}
        self._lock = threading.Lock()
        self._closed = False

    def take(self, read_only: bool) -> Connection:
        with self._lock:
            idle = self._idle[read_only]
            if idle:
                return idle.pop()
        return self.engine.connect().execution_options(read_only=read_only)

    def give_back(self, conn: Connection, read_only: bool) -> None:
        """`conn` with no transaction open; one SQLAlchemy gave up on is closed instead."""
        if not (conn.closed or conn.invalidated):
            with self._lock:
                if not self._closed:
                    self._idle[read_only].append(conn)
                    return
        conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = [*self._idle[False], *self._idle[True]]
            self._idle = {False: [], True: []}
        for conn in idle:
            conn.close()


R = TypeVar("R")


class _Repository(Generic[R]):
    """A repository made on first use in a unit of work, on its connection: an action
    uses a few of the two dozen."""

    def __init__(self, make: Callable[[Connection], R]) -> None:
        self.make = make
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, uow: SqlUnitOfWork, owner: type | None = None) -> R:
        conn = uow._conn
        assert conn is not None, f"{self.name} outside `with`"
        repository = self.make(conn)
        uow.__dict__[self.name] = repository  # later look-ups find it without this
        uow._made.append(self.name)
        return repository


class SqlUnitOfWork:
    """`with uow:` opens a transaction; leaving without `commit()` rolls it back.

    Inside a `CommitGroup` the unit of work is a savepoint of the group's
    transaction instead: just as atomic, made durable by the group's commit.
    The savepoint is SQLite's own, on the driver (SQLAlchemy's `begin_nested`
    cost a batch line more than its point queries did). A store's units of work
    reuse its `HeldConnections`.
    """

    items = _Repository(SqlItems)
    devices = _Repository(SqlDevices)
    packages = _Repository(SqlPackageLevels)
    suppliers = _Repository(SqlSuppliers)
    locations = _Repository(SqlLocations)
    users = _Repository(SqlUsers)
    lots = _Repository(SqlLots)
    stock = _Repository(SqlStock)
    serials = _Repository(SqlSerials)
    movements = _Repository(SqlMovements)
    alerts = _Repository(SqlAlerts)
    counts = _Repository(SqlCounts)
    audit = _Repository(SqlAuditLog)
    outbox = _Repository(SqlOutbox)
    settings = _Repository(SqlSettings)
    queries = _Repository(SqlQueries)
    recalls = _Repository(SqlRecalls)
    evidence = _Repository(SqlEvidence)
    login_failures = _Repository(SqlLoginFailures)
    audit_checks = _Repository(SqlAuditChecks)
    climate = _Repository(SqlClimate)
    loop = _Repository(SqlLoop)
    transfers = _Repository(SqlTransfers)
    notifications = _Repository(SqlNotifications)
    scan_refusals = _Repository(SqlScanRefusals)
    kpis = _Repository(SqlKpiQueries)

    def __init__(
        self,
        engine: Engine,
        read_only: bool = False,
        group: Connection | None = None,
        held: HeldConnections | None = None,
    ) -> None:
        self.engine = engine
        self.read_only = read_only
        self.group = group
        self.held = held
        self._conn: Connection | None = None
        self._in_savepoint = False
        self._made: list[str] = []

    def __enter__(self) -> Self:
        if self.group is not None:
            conn = self.group
            run(conn, _SAVEPOINT)
            self._in_savepoint = True
        elif self.held is not None:
            # The transaction begins on first use (SQLAlchemy's autobegin).
            conn = self.held.take(self.read_only)
        else:
            conn = self.engine.connect().execution_options(read_only=self.read_only)
        self._conn = conn
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn = self._conn
        self._conn = None
        # Its repositories go with it: the connection may serve another unit of work next.
        for name in self._made:
            del self.__dict__[name]
        self._made.clear()
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
        except BaseException:
            conn.close()
            raise
        if self.held is not None:
            self.held.give_back(conn, self.read_only)
        else:
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
