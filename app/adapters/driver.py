"""Hot statements straight to the SQLite driver, on the unit of work's own connection.

SQLAlchemy's execution of a statement (its context, events and result) costs
several times what SQLite takes to run a point query, and a pick runs a dozen;
a recall writes thousands of rows. The hot paths' statements are therefore
plain SQL with tuples, run by the driver in the same connection and
transaction; their values go in and come out as SQLite holds them (times as
UTC ISO text, `tables.utc_text`), and SQLite's failures still reach the
caller as StoreErrors with their codes (`database.store_failure`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from app.adapters.database import store_failure


def _driver(conn: Connection) -> sqlite3.Connection:
    if not conn.in_transaction():
        conn.begin()  # as SQLAlchemy's first statement would: BEGIN IMMEDIATE for a writer
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def run(
    conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
) -> sqlite3.Cursor:
    """One statement (positional or named parameters); its rows as plain tuples."""
    try:
        return _driver(conn).execute(sql, params)
    except sqlite3.Error as exc:
        _raise_as_store_failure(exc)
        raise


def run_many(conn: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """One statement for each row (executemany: prepared once)."""
    try:
        _driver(conn).executemany(sql, rows)
    except sqlite3.Error as exc:
        _raise_as_store_failure(exc)
        raise


def _raise_as_store_failure(exc: sqlite3.Error) -> None:
    failure = store_failure(exc)
    if failure is not None:
        raise failure from exc
