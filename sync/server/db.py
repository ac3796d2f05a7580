"""Opening the centre's database by URL and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from app.adapters.database import sqlite_transactions

MIGRATIONS = Path(__file__).with_name("migrations")
# Connections one centre process keeps (and may add under load). `serve --workers N`
# shares them out, so N workers ask PostgreSQL for no more than one process would.
POOL = 20


def database_url(raw: str) -> str:
    """A bare path means an SQLite file; anything with a scheme is taken as a URL."""
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).resolve()}"


def is_sqlite(raw_url: str) -> bool:
    return make_url(database_url(raw_url)).get_backend_name() == "sqlite"


def open_centre(raw_url: str, *, migrate: bool = True, pool: int = POOL) -> Engine:
    """The centre's engine; `migrate` upgrades the schema first (a worker of
    `serve --workers` leaves that to the process that started it)."""
    url = make_url(database_url(raw_url))
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, pool_size=pool, max_overflow=pool)
        # FULL: an acknowledged event must survive a power cut, or the site
        # would mark it sent and it would be lost.
        sqlite_transactions(engine, "FULL", busy_timeout_ms=30000)
    else:
        engine = create_engine(url, pool_size=pool, max_overflow=pool, pool_pre_ping=True)
    if migrate:
        _upgrade(engine)
    return engine


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _upgrade(engine: Engine) -> None:
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def readiness_problem(engine: Engine, head: str | None) -> str | None:
    """None when the database answers and its schema is at `head`, else what is wrong
    (in words that name no host, user or password)."""
    try:
        with engine.connect() as conn:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            conn.rollback()
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        return f"the database cannot be reached or read ({type(cause).__name__})"
    if current != head:
        return f"the database schema is at {current!r}, this centre needs {head!r}: migrate it"
    return None
