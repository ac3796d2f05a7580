"""Opening the SQLite file: pragmas for durability, migrations, backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect

from app.adapters.migrate import current_revision, head_revision, upgrade
from app.errors import Code, StoreError

# FULL, not NORMAL: in WAL mode NORMAL may lose the last transactions on a
# power cut, and a scan the operator saw accepted must survive one.
SYNCHRONOUS = "FULL"


class DatabaseError(StoreError):
    """The database file cannot be opened, or is not a Lotkeeper database."""

    def __init__(self, message: str, code: Code = Code.STORE_DAMAGED) -> None:
        super().__init__(code, message)


def create_sqlite_engine(path: Path, synchronous: str = SYNCHRONOUS) -> Engine:
    # SQLAlchemy's default pool keeps connections open between actions. Closing
    # the last connection to a WAL database checkpoints it and deletes the WAL,
    # with fsyncs under FULL: that made every action cost ~25 ms instead of ~8.
    engine = create_engine(f"sqlite:///{path}")
    sqlite_transactions(engine, synchronous)
    return engine


def sqlite_transactions(engine: Engine, synchronous: str, busy_timeout_ms: int = 10000) -> None:
    """WAL, foreign keys, the durability asked for, and writers that queue."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue
        # instead of failing half-way with SQLITE_BUSY; readers don't take it.
        read_only = conn.get_execution_options().get("read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before anything writes to it."""
    if not path.exists():
        raise DatabaseError(f"no database at {path}")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            result = conn.execute("PRAGMA quick_check").fetchone()
            ours = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a readable SQLite database: {exc}") from exc
    if result is None or result[0] != "ok":
        raise DatabaseError(f"{path} is damaged: {result[0] if result else 'unknown'}")
    # Checked here, read-only: the engine's first connection switches the file to
    # WAL, which would already have changed someone else's database (or an empty file).
    if ours is None:
        raise DatabaseError(f"{path} is not a Lotkeeper database")


def open_database(
    path: Path, backup_dir: Path | None = None, synchronous: str = SYNCHRONOUS
) -> Engine:
    """Open an existing database, upgrading an older schema after a backup copy."""
    check_sqlite_file(path)
    engine = create_sqlite_engine(path, synchronous)
    if not inspect(engine).has_table("alembic_version"):
        engine.dispose()
        raise DatabaseError(f"{path} is not a Lotkeeper database")
    if current_revision(engine) != head_revision():
        backup_to(path, (backup_dir or path.parent) / f"{path.stem}.pre-upgrade.db")
        upgrade(engine)
    return engine


def create_database(path: Path, synchronous: str = SYNCHRONOUS) -> Engine:
    if path.exists():
        raise DatabaseError(f"{path} already exists; refusing to touch it")
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path, synchronous)
    upgrade(engine)
    return engine


def backup_to(source: Path, target: Path) -> None:
    """A consistent copy while others write (SQLite's online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # Only a finished copy takes the final name.
    shutil.move(partial, target)
