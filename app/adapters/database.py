"""Opening the SQLite file: pragmas for durability, migrations, backups."""

from __future__ import annotations

import os
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


def create_sqlite_engine(
    path: Path, synchronous: str = SYNCHRONOUS, autocheckpoint: bool = True
) -> Engine:
    # SQLAlchemy's default pool keeps connections open between actions. Closing
    # the last connection to a WAL database checkpoints it and deletes the WAL,
    # with fsyncs under FULL: that made every action cost ~25 ms instead of ~8.
    engine = create_engine(f"sqlite:///{path}")
    sqlite_transactions(engine, synchronous, autocheckpoint=autocheckpoint)
    translate_store_failures(engine)
    return engine


def sqlite_transactions(
    engine: Engine, synchronous: str, busy_timeout_ms: int = 10000, autocheckpoint: bool = True
) -> None:
    """WAL, foreign keys, the durability asked for, and writers that queue; without
    `autocheckpoint`, no commit checkpoints the WAL (app.adapters.checkpoints does)."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if not autocheckpoint:
            cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue
        # instead of failing half-way with SQLITE_BUSY; readers don't take it.
        # Straight to the driver: SQLAlchemy's execution of it cost every action ~25 us.
        read_only = conn.get_execution_options().get("read_only", False)
        try:
            conn.connection.driver_connection.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            failure = store_failure(exc)
            if failure is not None:
                raise failure from exc
            raise


# SQLite's own words for a store that stopped taking writes, and the code each gets.
_STORE_FAILURES = (
    ("database or disk is full", Code.DISK_FULL),
    ("disk I/O error", Code.DISK_FULL),
    ("attempt to write a readonly database", Code.STORE_READ_ONLY),
    ("readonly database", Code.STORE_READ_ONLY),
    ("database is locked", Code.STORE_BUSY),
    ("database is busy", Code.STORE_BUSY),
    ("unable to open database file", Code.STORE_READ_ONLY),
    ("database disk image is malformed", Code.STORE_DAMAGED),
    ("file is not a database", Code.STORE_DAMAGED),
)


def store_failure(exc: BaseException) -> StoreError | None:
    """The StoreError an SQLite failure means (disk full, read-only, locked, damaged), if any."""
    text = str(exc)
    for words, code in _STORE_FAILURES:
        if words in text:
            return DatabaseError(f"the store cannot be written: {words}", code)
    return None


def translate_store_failures(engine: Engine) -> None:
    """Every statement's SQLite failure reaches the caller as a StoreError with its code."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> Any:
        return store_failure(context.original_exception)


SQLITE_HEADER = b"SQLite format 3\x00"


def _read_only_uri(path: Path) -> str:
    """A read-only URI; on a read-only medium without the WAL's shared-memory file,
    `immutable` (nothing can change the file there) lets SQLite read it at all."""
    uri = f"file:{path}?mode=ro"
    wal_index = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not wal_index.exists():
        uri += "&immutable=1"
    return uri


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a Lotkeeper store before anything writes to it.

    Cheap on any size of store: the file's header and the schema's version
    table. The full integrity check (`integrity_problem`) runs with the daily
    backup, `backup`, `audit verify` and on demand, never at every open.
    """
    if not path.exists():
        raise DatabaseError(f"no database at {path}", Code.STORE_DAMAGED)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a Lotkeeper database (not SQLite)")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            ours = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a readable SQLite database: {exc}") from exc
    # Checked here, read-only: the engine's first connection switches the file to
    # WAL, which would already have changed someone else's database (or an empty file).
    if ours is None:
        raise DatabaseError(f"{path} is not a Lotkeeper database")


def integrity_problem(path: Path) -> str | None:
    """SQLite's full integrity check of the file: None when sound, else what it found."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = [str(r[0]) for r in rows]
    return None if found == ["ok"] else "; ".join(found)


def open_database(
    path: Path,
    backup_dir: Path | None = None,
    synchronous: str = SYNCHRONOUS,
    read_only: bool = False,
    autocheckpoint: bool = True,
) -> Engine:
    """Open an existing store, upgrading an older schema after a backup copy.

    `read_only` opens it for reading only (listings, trace, audit verify,
    backup), which works on a read-only medium too; any write is STORE_READ_ONLY.
    """
    check_sqlite_file(path)
    if read_only:
        # The URL names the file (what reads next to it, a sync token, find it by);
        # the creator is what opens it, read-only.
        engine = create_engine(
            f"sqlite:///{path}", creator=lambda: sqlite3.connect(_read_only_uri(path), uri=True)
        )
        translate_store_failures(engine)
        if current_revision(engine) != head_revision():
            engine.dispose()
            raise DatabaseError(
                f"{path} is an older store: open it once for writing to upgrade it",
                Code.STORE_READ_ONLY,
            )
        return engine
    engine = create_sqlite_engine(path, synchronous, autocheckpoint)
    if not inspect(engine).has_table("alembic_version"):
        engine.dispose()
        raise DatabaseError(f"{path} is not a Lotkeeper database")
    if current_revision(engine) != head_revision():
        backup_to(path, (backup_dir or path.parent) / f"{path.stem}.pre-upgrade.db")
        upgrade(engine)
    return engine


def create_database(
    path: Path, synchronous: str = SYNCHRONOUS, autocheckpoint: bool = True
) -> Engine:
    if path.exists():
        raise DatabaseError(f"{path} already exists; refusing to touch it")
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path, synchronous, autocheckpoint)
    upgrade(engine)
    return engine


def backup_to(source: Path, target: Path) -> None:
    """A consistent copy while others write (SQLite's online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    src = sqlite3.connect(_read_only_uri(source), uri=True)
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
