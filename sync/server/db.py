"""Opening the centre's database by URL and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from app.adapters.database import sqlite_transactions

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
        # FULL: an acknowledged event must survive a power cut, or the site
        # would mark it sent and it would be lost.
        sqlite_transactions(engine, "FULL", busy_timeout_ms=30000)
    else:
        engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    _upgrade(engine)
    return engine


def _upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
