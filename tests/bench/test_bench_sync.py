"""Sync speed on loopback (not in CI): `pytest tests/bench/test_bench_sync.py -s -o addopts=`.

Targets from the sync issue: push 100,000 queued events <= 30 s; first pull of
100,000 items <= 30 s; a round with nothing to do <= 100 ms; 20 devices
pushing at once without errors, throughput reported. Push and pull are also
measured against a floor taken in the same run (tests/bench/sync_floor.py: a
bare FastAPI endpoint doing one executemany of the same rows, over the same
loopback HTTP); the fast-and-shippable targets are push <= 1.5x and pull <=
2x that floor.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from app.adapters.sync_state import SyncUnitOfWork
from app.domain.audit import verify_chain
from sync.client.session import push_body
from sync.protocol import ChangeKind
from sync.server.changes import publish
from tests.bench import sync_floor
from tests.integration.sync.conftest import (
    ROOT,
    START,
    Centre,
    Site,
    enrolled_site,
    free_port,
    gtin,
    seed_master_data,
)

EVENTS = 100_000
ITEMS = 100_000


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[Centre]:
    centre = Centre(str(tmp_path / "centre.db"), free_port())
    centre.start()
    seed_master_data(centre)
    yield centre
    centre.stop()


def _queue(site: Site, count: int) -> None:
    """A month offline at a busy store, written straight into the outbox."""
    with site.store.uow() as uow:
        for n in range(count):
            payload = {
                "type": "receive",
                "di": gtin(f"{n % 5000:013d}"),
                "lot": f"L{n % 97}",
                "quantity": 1,
                "from": None,
                "to": "RCV",
            }
            uow.outbox.append("movement", payload, START, "admin")
        uow.commit()


class Floor:
    """sync_floor's app in its own uvicorn process, as the centre runs in its own."""

    def __init__(self, folder: Path) -> None:
        self.db = folder / "floor.db"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, sync_floor.DB_ENV: str(self.db)}
        command = [sys.executable, "-m", "uvicorn", "tests.bench.sync_floor:create", "--factory"]
        command += ["--port", str(self.port), "--log-level", "warning"]
        self.proc = subprocess.Popen(command, cwd=ROOT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(self.base + "/pull", timeout=1)
                return
            except requests.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("the floor did not start")

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def floor(tmp_path: Path) -> Iterator[Floor]:
    floor = Floor(tmp_path)
    yield floor
    floor.stop()


def _push_floor(floor: Floor, site: Site, batch: int) -> float:
    """The same events, as the same gzip bodies, into the floor's executemany."""
    with SyncUnitOfWork(site.store.engine, read_only=True) as uow:
        rows = uow.sync_outbox.unsent(EVENTS + 10)
    bodies = [
        gzip.compress(push_body(len(rows), START, site.code, rows[i : i + batch]), 5)
        for i in range(0, len(rows), batch)
    ]
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    session = requests.Session()
    began = time.perf_counter()
    for body in bodies:
        assert session.post(floor.base + "/push", data=body, headers=headers, timeout=60).ok
    return time.perf_counter() - began


def _ratio(name: str, took: float, floor_took: float, target: float) -> None:
    ratio = took / floor_took
    verdict = "meets" if ratio <= target else "MISSES"
    print(
        f"\n{name}: {took:.2f} s, floor {floor_took:.2f} s, ratio {ratio:.2f} "
        f"({verdict} the {target}x target)"
    )


def test_push_of_100000_queued_events(centre: Centre, floor: Floor, tmp_path: Path) -> None:
    site = enrolled_site(centre, tmp_path, "A")
    _queue(site, EVENTS)
    floor_took = _push_floor(floor, site, 2000)

    began = time.perf_counter()
    summary = site.sync(push_batch=2000)
    took = time.perf_counter() - began

    print(f"\npushed {summary.pushed} events in {took:.1f} s ({summary.pushed / took:,.0f}/s)")
    _ratio("push of 100,000 events", took, floor_took, 1.5)
    assert not summary.errors and summary.pushed == EVENTS
    assert took <= 30


def _pull_floor(floor: Floor, records: list[tuple[str, dict[str, str]]], page: int) -> float:
    """The same records paged from the floor and written with one executemany per page."""
    with sync_floor.connect(str(floor.db)) as served:
        served.executemany(
            "INSERT INTO changes (kind, key, payload) VALUES ('item', ?, ?)",
            [(key, json.dumps(data)) for key, data in records],
        )
    local = sync_floor.connect(str(floor.db.with_name("floor-site.db")))
    local.execute("CREATE TABLE items (di TEXT PRIMARY KEY, name TEXT, category TEXT)")
    session = requests.Session()
    after, pulled = 0, 0
    began = time.perf_counter()
    while True:
        answer = session.get(
            floor.base + "/pull", params={"after": after, "limit": page}, timeout=60
        ).json()
        rows = [
            (c["payload"]["di"], c["payload"]["name"], c["payload"]["category"])
            for c in answer["changes"]
        ]
        local.execute("BEGIN IMMEDIATE")
        local.executemany("INSERT INTO items VALUES (?, ?, ?)", rows)
        local.execute("COMMIT")
        pulled += len(rows)
        if not answer["more"]:
            break
        after = answer["changes"][-1]["seq"]
    took = time.perf_counter() - began
    assert pulled == len(records)
    return took


def test_first_pull_of_100000_items_then_an_empty_round(
    centre: Centre, floor: Floor, tmp_path: Path
) -> None:
    records = [
        (gtin(f"{n:013d}"), {"di": gtin(f"{n:013d}"), "name": f"item {n}", "category": "bench"})
        for n in range(1, ITEMS + 1)
    ]
    with centre.engine.begin() as conn:
        publish(conn, ChangeKind.ITEM, records, START)
    site = enrolled_site(centre, tmp_path, "A")
    floor_took = _pull_floor(floor, records, 2000)

    began = time.perf_counter()
    summary = site.sync(pull_page=2000)
    took = time.perf_counter() - began
    _ratio("first pull of 100,000 items", took, floor_took, 2.0)
    rounds = []
    for _ in range(10):
        began = time.perf_counter()
        assert not site.sync().errors
        rounds.append(time.perf_counter() - began)

    print(f"\npulled {summary.pulled} changes in {took:.1f} s ({summary.pulled / took:,.0f}/s)")
    print(
        f"empty round: median {sorted(rounds)[5] * 1000:.0f} ms, worst {max(rounds) * 1000:.0f} ms"
    )
    assert not summary.errors and summary.pulled >= ITEMS
    assert took <= 30
    assert sorted(rounds)[5] <= 0.1
    # Still audited: one entry per page, together listing every item, chain intact.
    with site.store.uow(read_only=True) as uow:
        entries = list(uow.audit.entries())
    pages = [e for e in entries if e.action == "apply_central_page"]
    audited = {di for e in pages if e.after for di in e.after.get("item", {})}
    assert {di for di, _ in records} <= audited
    assert len(pages) <= summary.pulled // 2000 + 1
    assert verify_chain(entries) is None


def test_centre_ingests_from_20_devices_at_once(centre: Centre, tmp_path: Path) -> None:
    sites = [enrolled_site(centre, tmp_path, f"S{n}") for n in range(20)]
    for site in sites:
        _queue(site, 2000)

    began = time.perf_counter()
    with ThreadPoolExecutor(20) as pool:
        summaries = list(pool.map(lambda s: s.sync(push_batch=500), sites))
    took = time.perf_counter() - began

    total = sum(s.pushed for s in summaries)
    print(f"\n20 devices: {total} events in {took:.1f} s ({total / took:,.0f} events/s)")
    assert all(not s.errors for s in summaries)
    assert total == 20 * 2000
