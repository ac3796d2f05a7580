"""The centre's migrations build exactly what sync/server/schema.py declares, and s0009
dates the lots a centre heard of before it from the events it had stored."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, insert, select

from sync.server import schema as s
from sync.server.db import MIGRATIONS, open_centre

AT = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _upgrade(url: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_the_centres_migrations_build_the_schema_it_declares(tmp_path: Path) -> None:
    engine = open_centre(str(tmp_path / "centre.db"))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, s.metadata) == []
    engine.dispose()


def test_the_web_page_migration_takes_each_lots_expiry_from_the_stored_lot_events(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'centre.db'}"
    _upgrade(url, "s0006_udi")
    engine = create_engine(url)
    said = [("L1", "2027-03-31"), ("L2", None), ("L3", "not a date")]
    with engine.begin() as conn:
        for seq, (lot, expiry) in enumerate(said, start=1):
            payload = {"di": "09506000134352", "lot": lot, "expiry": expiry}
            conn.execute(
                insert(s.events).values(
                    id=f"e{seq}",
                    device_id="d1",
                    seq=seq,
                    site="A",
                    type="lot",
                    payload=json.dumps(payload),
                    at=AT,
                    user="admin",
                    received_at=AT,
                )
            )
            conn.execute(
                insert(s.site_lots).values(site="A", di=payload["di"], lot=lot, seen_at=AT)
            )
    engine.dispose()

    _upgrade(url, "head")

    engine = create_engine(url)
    with engine.connect() as conn:
        rows = dict(conn.execute(select(s.site_lots.c.lot, s.site_lots.c.expiry)).all())
    engine.dispose()
    assert rows == {"L1": date(2027, 3, 31), "L2": None, "L3": None}
