"""Opening the centre's database by URL and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(raw: str) -> str:
    """A bare path means an SQLite file; anything with a scheme is taken as a URL."""
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).resolve()}"


def open_centre(raw_url: str) -> Engine:
    url = make_url(database_url(raw_url))
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, pool_size=20, max_overflow=20)
        _sqlite_pragmas(engine)
    else:
        engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    _upgrade(engine)
    return engine


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: an acknowledged event must survive a power cut, or the site
        # would mark it sent and it would be lost.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers queue for the lock up front instead of failing half-way;
        # readers take no lock, so pulls never wait for pushes.
        read_only = conn.get_execution_options().get("read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
