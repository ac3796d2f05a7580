"""Sync speed on loopback (not in CI): run with `pytest tests/bench/test_bench_sync.py -s`.

Targets from the sync issue: push 100,000 queued events <= 30 s; first pull of
100,000 items <= 30 s; a round with nothing to do <= 100 ms; 20 devices
pushing at once without errors, throughput reported.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.domain.audit import verify_chain
from sync.protocol import ChangeKind
from sync.server.changes import publish
from tests.integration.sync.conftest import (
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


def test_push_of_100000_queued_events(centre: Centre, tmp_path: Path) -> None:
    site = enrolled_site(centre, tmp_path, "A")
    _queue(site, EVENTS)

    began = time.perf_counter()
    summary = site.sync(push_batch=2000)
    took = time.perf_counter() - began

    print(f"\npushed {summary.pushed} events in {took:.1f} s ({summary.pushed / took:,.0f}/s)")
    assert not summary.errors and summary.pushed == EVENTS
    assert took <= 30


def test_first_pull_of_100000_items_then_an_empty_round(centre: Centre, tmp_path: Path) -> None:
    records = [
        (gtin(f"{n:013d}"), {"di": gtin(f"{n:013d}"), "name": f"item {n}", "category": "bench"})
        for n in range(1, ITEMS + 1)
    ]
    with centre.engine.begin() as conn:
        publish(conn, ChangeKind.ITEM, records, START)
    site = enrolled_site(centre, tmp_path, "A")

    began = time.perf_counter()
    summary = site.sync(pull_page=2000)
    took = time.perf_counter() - began
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
