"""SIGKILL in the middle of a batch replay: every acknowledged line is in the file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.domain.audit import verify_chain
from tests.integration.core.store_kit import GAUZE, PINS, days, scan

ROOT = Path(__file__).parents[3]
ACKNOWLEDGED = 60


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_batch_keeps_every_acknowledged_line_and_an_intact_chain(
    db_path: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "long.jsonl"
    with batch.open("w", encoding="utf-8") as f:
        for n in range(5000):
            line = {
                "action": "receive",
                "user": "op",
                "scan": scan(GAUZE, f"K{n:05d}", days(365)),
                "qty": 1 + n % 7,
                "location": "RCV",
                "at": "2027-03-01T09:00:00+00:00",
            }
            f.write(json.dumps(line) + "\n")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "batch",
            "--db",
            str(db_path),
            "--user",
            "op",
            str(batch),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LOTKEEPER_HOME": str(tmp_path), "LOTKEEPER_PIN": PINS["op"]},
    )
    acknowledged: list[dict[str, object]] = []
    try:
        assert proc.stdout is not None
        while len(acknowledged) < ACKNOWLEDGED:
            text = proc.stdout.readline()
            assert text, "the batch ended before it was killed"
            acknowledged.append(json.loads(text))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert all(a["ok"] for a in acknowledged), acknowledged
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = {r[0] for r in conn.execute("SELECT id FROM movements")}
        receipts = conn.execute("SELECT count(*) FROM movements").fetchone()[0]
        lots = conn.execute("SELECT count(*) FROM lots").fetchone()[0]
        mismatched = conn.execute(
            "SELECT count(*) FROM lots WHERE on_hand != "
            "(SELECT coalesce(sum(quantity), 0) FROM stock WHERE lot_id=lots.id)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert {a["movement_id"] for a in acknowledged} <= ids
    assert receipts == lots >= ACKNOWLEDGED  # no half-written action
    assert mismatched == 0
    store = Store(db_path)
    try:
        with store.uow(read_only=True) as uow:
            assert verify_chain(uow.audit.entries()) is None
    finally:
        store.close()
