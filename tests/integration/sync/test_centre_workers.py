"""A centre that scales out: stateless workers on PostgreSQL, health and readiness, access log."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select, text

from sync.server import schema as s
from tests.integration.sync.conftest import (
    ROOT,
    Centre,
    _fresh_pg_database,
    free_port,
    gtin,
)
from tests.integration.sync.raw_device import RawDevice

ITEM = gtin("0950600013437")
ROUNDS = 6
EVENTS = 200


@pytest.fixture
def pg_url(postgres: str | None) -> str:
    if postgres is None:
        pytest.skip("no PostgreSQL: set LOTKEEPER_TEST_PG_URL or install postgresql")
    return _fresh_pg_database(postgres)


@pytest.fixture
def two_workers(pg_url: str) -> Iterator[tuple[Centre, Centre]]:
    """Two centre processes on one PostgreSQL database: what `--workers 2` runs, each
    at an address of its own so that a test can send to both at the same moment."""
    first, second = Centre(pg_url, free_port()), Centre(pg_url, free_port())
    first.launch()
    second.launch()
    try:
        first.wait_ready()
        second.wait_ready()
        yield first, second
    finally:
        first.stop()
        second.stop()


def test_the_same_batch_pushed_to_two_workers_at_once_is_stored_exactly_once(
    two_workers: tuple[Centre, Centre],
) -> None:
    first, second = two_workers
    site = f"S{uuid.uuid4().hex[:6]}"
    device = RawDevice.enrol(first.base, first.code(site), site)
    answers: list[dict[str, Any]] = []
    for _ in range(ROUNDS):
        body = device.movements(EVENTS, ITEM, "RACE", quantity=2)
        start = threading.Barrier(2)
        got: dict[str, Any] = {}

        def send(centre: Centre, body: bytes = body, start: Any = start, got: Any = got) -> None:
            start.wait()
            got[centre.base] = device.push(body, centre.base)

        threads = [threading.Thread(target=send, args=(c,)) for c in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert all(a.status_code == 200 for a in got.values()), [a.text for a in got.values()]
        pair = [a.json() for a in got.values()]
        answers += pair
        # Between them the two workers stored each event once and called the rest duplicates.
        assert sum(a["stored"] for a in pair) == EVENTS
        assert sum(a["duplicates"] for a in pair) == EVENTS
        assert all(a["acked_through"] == device.next_seq - 1 for a in pair)

    held = first.scalar(select(func.count()).where(s.events.c.site == site))
    on_hand = first.scalar(
        select(func.sum(s.site_stock.c.quantity)).where(s.site_stock.c.site == site)
    )
    assert held == ROUNDS * EVENTS
    assert on_hand == ROUNDS * EVENTS * 2  # each receipt folded into the stock once
    assert first.scalar(select(func.max(s.devices.c.last_seq))) == ROUNDS * EVENTS


def test_serve_with_two_workers_runs_two_processes_that_all_store_exactly_once(
    pg_url: str,
) -> None:
    centre = Centre(pg_url, free_port(), workers=2)
    centre.start()
    try:
        assert requests.get(centre.base + "/readyz", timeout=10).json() == {"ok": True}
        assert centre.proc is not None
        workers = _children(centre.proc.pid)
        site = f"S{uuid.uuid4().hex[:6]}"
        device = RawDevice.enrol(centre.base, centre.code(site), site)
        bodies = [device.movements(50, ITEM, "W2") for _ in range(8)]
        for body in bodies:
            assert device.push(body).json()["stored"] == 50
        # The last sent again (a lost acknowledgement): acknowledged, not stored twice.
        assert device.push(bodies[-1]).json()["duplicates"] == 50
        assert centre.scalar(select(func.count()).where(s.events.c.site == site)) == 400
    finally:
        centre.stop()
    assert len(workers) == 2


def _children(pid: int) -> list[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        # uvicorn's supervisor also starts multiprocessing's resource tracker.
        workers = [int(c) for c in found if b"resource_tracker" not in _cmdline(int(c))]
        if len(workers) >= 2:
            return workers
        time.sleep(0.1)
    return []


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_an_sqlite_centre_refuses_more_than_one_worker(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "serve",
            "--db",
            str(tmp_path / "c.db"),
            "--workers",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers 3 needs a PostgreSQL centre" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "c.db").exists()  # refused before anything was created


class LoggedCentre:
    """A centre on SQLite whose standard output (the access log) the test reads."""

    def __init__(self, folder: Path) -> None:
        self.url = str(folder / "centre.db")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.centre = Centre(self.url, self.port)  # for codes and queries
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "serve",
                "--db",
                self.url,
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.centre.proc = self.proc
        self.centre.wait_ready()

    def stop(self) -> tuple[list[str], str]:
        self.proc.terminate()
        out, err = self.proc.communicate(timeout=30)
        self.centre.engine.dispose()
        return out.decode().splitlines(), err.decode()


def test_the_access_log_is_one_json_line_per_request_naming_the_device_but_never_its_token(
    tmp_path: Path,
) -> None:
    centre = LoggedCentre(tmp_path)
    try:
        site = "WARD3"
        device = RawDevice.enrol(centre.base, centre.centre.code(site), site)
        assert device.push(device.movements(3, ITEM, "LOG")).status_code == 200
        forged = requests.get(
            centre.base + "/v1/pull",
            headers={"Authorization": "Bearer forged-token", "X-Lotkeeper-Protocol": "3"},
            timeout=10,
        )
        assert forged.status_code == 401
    finally:
        lines, errors = centre.stop()
    logged = [json.loads(line) for line in lines]
    requests_seen = [(entry["method"], entry["path"], entry["status"]) for entry in logged]
    assert ("POST", "/v1/enrol", 200) in requests_seen
    assert ("POST", "/v1/push", 200) in requests_seen
    assert ("GET", "/v1/pull", 401) in requests_seen
    push = next(e for e in logged if e["path"] == "/v1/push")
    assert push["site"] == site and push["device"]
    assert set(push) == {
        "time",
        "method",
        "path",
        "status",
        "duration_ms",
        "worker",
        "device",
        "site",
    }
    assert push["duration_ms"] >= 0 and push["time"].endswith("+00:00")
    assert "device" not in next(e for e in logged if e["status"] == 401)
    everything = "\n".join(lines) + errors
    assert device.token not in everything and "forged-token" not in everything


def test_readyz_says_not_ready_while_the_schema_is_behind_and_healthz_stays_up(
    tmp_path: Path,
) -> None:
    centre = Centre(str(tmp_path / "centre.db"), free_port())
    centre.start()
    try:
        assert requests.get(centre.base + "/readyz", timeout=10).status_code == 200
        with centre.engine.begin() as conn:
            head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            conn.execute(text("UPDATE alembic_version SET version_num = 's0001'"))
        behind = requests.get(centre.base + "/readyz", timeout=10)
        alive = requests.get(centre.base + "/healthz", timeout=10)
        with centre.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": head})
        again = requests.get(centre.base + "/readyz", timeout=10)
    finally:
        centre.stop()
    assert behind.status_code == 503
    assert "migrate" in behind.json()["problem"] and behind.json()["ok"] is False
    assert alive.status_code == 200 and alive.json() == {"ok": True}
    assert again.status_code == 200
