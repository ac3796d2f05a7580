"""Migration 0018: a notice of one overdue disposition still queued becomes a digest of one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.adapters.database import create_sqlite_engine
from app.adapters.migrate import MIGRATIONS
from app.services.notifications import message

BEFORE = "0017_kpi_stock_summaries"
OLD = {"alert": "41", "di": "06901234567892", "lot": "L7", "due": "2026-11-30"}


def _migrate(path: Path, step: object, revision: str) -> None:
    engine = create_sqlite_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            step(config, revision)  # type: ignore[operator]
    finally:
        engine.dispose()


def _rows(path: Path) -> list[tuple[str, dict[str, str], str]]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT code, data, status FROM notifications ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(code, json.loads(data), status) for code, data, status in found]


def test_a_queued_overdue_notice_reads_as_a_digest_of_its_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _migrate(path, command.upgrade, BEFORE)
    conn = sqlite3.connect(path)
    old, other = json.dumps(OLD), json.dumps({"lot": "L9"})
    rows = [
        ("overdue:41|email:sup", "DISPOSITION_OVERDUE", old, "email", "sup", "pending"),
        ("overdue:41|tray:desk", "DISPOSITION_OVERDUE", old, "tray", "desk", "sent"),
        ("alert:9|tray:desk", "CRITICAL_WARNING", other, "tray", "desk", "sent"),
    ]
    conn.executemany(
        "INSERT INTO notifications (key, cause, code, data, channel, recipient, status, "
        "attempts, created_at, next_attempt_at, via, last_error) "
        "VALUES (?, 'overdue:41', ?, ?, ?, ?, ?, 0, '2026-12-01 09:00:00.000000', "
        "'2026-12-01 09:00:00.000000', '', '')",
        rows,
    )
    conn.commit()
    conn.close()

    _migrate(path, command.upgrade, "head")
    digest = {"count": "1", "alerts": "41", "lots": "41 / 06901234567892 / L7 / 2026-11-30"}
    assert _rows(path) == [
        ("DISPOSITIONS_OVERDUE", digest, "pending"),
        ("DISPOSITIONS_OVERDUE", digest, "sent"),
        ("CRITICAL_WARNING", {"lot": "L9"}, "sent"),
    ]
    words = message("DISPOSITIONS_OVERDUE", digest)
    assert "DISPOSITIONS_OVERDUE" not in words.subject + words.text  # the words, not the code
    assert "41 / 06901234567892 / L7 / 2026-11-30" in words.text

    _migrate(path, command.downgrade, BEFORE)
    assert [(code, data) for code, data, _ in _rows(path)] == [
        ("DISPOSITION_OVERDUE", OLD),
        ("DISPOSITION_OVERDUE", OLD),
        ("CRITICAL_WARNING", {"lot": "L9"}),
    ]
