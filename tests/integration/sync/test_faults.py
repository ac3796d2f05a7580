"""Sync through a link that cuts, loses, delays and repeats: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.adapters.store import Store
from sync.server import schema as s
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    ROOT,
    Centre,
    Site,
    enrolled_site,
    gtin,
    seed_master_data,
    site_on,
)
from tests.integration.sync.proxy import Fault, FaultProxy


@pytest.fixture
def centre(sqlite_centre: Centre) -> Centre:
    """Faults are about the link and the processes; they run against the SQLite centre."""
    return sqlite_centre


@pytest.fixture
def proxy(sqlite_centre: Centre) -> Iterator[FaultProxy]:
    proxy = FaultProxy(sqlite_centre.port)
    yield proxy
    proxy.close()


def _busy_site(centre: Centre, tmp_path: Path, proxy: FaultProxy, code: str = "A") -> Site:
    seed_master_data(centre)
    site = enrolled_site(centre, tmp_path, code, server=proxy.url)
    assert not site.sync().errors
    for n in range(5):
        assert site.act("receive", ITEM_A, f"L{n}", qty=10 + n, location="RCV").ok
    assert site.act("pick", ITEM_A, "L0", qty=4, location="RCV", to="ICU").ok
    return site


def _converged(centre: Centre, site: Site) -> None:
    assert sorted(centre.events_for(site.code)) == sorted(site.outbox_ids())
    assert site.outbox_ids(sent=False) == []
    assert centre.stock(site.code) == site.stock()


def test_a_push_cut_before_the_centre_saw_it_is_sent_again(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _busy_site(centre, tmp_path, proxy)
    proxy.path_plan = [("/v1/push", Fault.CUT)]

    failed = site.sync(push_batch=2)
    recovered = site.sync(push_batch=2)

    assert failed.errors and "connection" in failed.errors[0]
    assert not recovered.errors
    _converged(centre, site)


def test_a_push_cut_in_its_second_batch_keeps_the_first_sent_and_sends_each_event_once(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    # The next batch is read while one is at the centre, and the one before is
    # marked sent meanwhile: a cut then must leave exactly the answered batch sent.
    site = _busy_site(centre, tmp_path, proxy)
    waiting = len(site.outbox_ids(sent=False))
    proxy.path_plan = [("/v1/push", Fault.NONE), ("/v1/push", Fault.CUT)]

    failed = site.sync(push_batch=2)

    assert failed.errors and failed.pushed == 2
    assert len(site.outbox_ids(sent=False)) == waiting - 2
    assert len(centre.events_for("A")) == 2
    recovered = site.sync(push_batch=2)
    assert not recovered.errors
    assert recovered.pushed == waiting - 2 and recovered.duplicates == 0
    _converged(centre, site)


def test_an_answer_lost_after_the_centre_committed_does_not_double_the_events(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _busy_site(centre, tmp_path, proxy)
    proxy.path_plan = [("/v1/push", Fault.LOSE_ANSWER)]

    waiting = len(site.outbox_ids(sent=False))
    failed = site.sync()
    assert failed.errors and len(site.outbox_ids(sent=False)) == waiting
    assert len(centre.events_for("A")) == waiting
    recovered = site.sync()

    assert recovered.duplicates == waiting and recovered.pushed == 0
    _converged(centre, site)


def test_requests_delivered_twice_are_stored_once(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _busy_site(centre, tmp_path, proxy)
    proxy.chooser = lambda _path: Fault.DUPLICATE

    assert not site.sync(push_batch=2).errors
    _converged(centre, site)


def test_a_slow_centre_is_reported_as_timed_out_and_retried(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _busy_site(centre, tmp_path, proxy)
    proxy.delay = 1.0
    proxy.plan = [Fault.HOLD_ANSWER]

    failed = site.sync(timeout=(2.0, 0.3))
    recovered = site.sync()

    assert failed.errors == ["the centre did not answer in time; will try again"]
    assert site.session().status().last_success is not None
    assert not recovered.errors
    _converged(centre, site)


def test_a_site_killed_between_push_and_acknowledgement_resends_and_the_centre_keeps_one(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _busy_site(centre, tmp_path, proxy)
    waiting = len(site.outbox_ids(sent=False))
    site.store.close()
    proxy.delay = 30.0
    proxy.path_plan = [("/v1/push", Fault.HOLD_ANSWER)]
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "sync", "--db", str(site.store.path)], cwd=ROOT
    )
    deadline = time.monotonic() + 30
    while len(centre.events_for("A")) < waiting and time.monotonic() < deadline:
        time.sleep(0.05)
    child.kill()
    child.wait()
    # The centre has them all; the site never heard back.
    assert len(site.outbox_ids(sent=False)) == waiting

    proxy.path_plan = []
    recovered = site.sync()

    assert recovered.duplicates == waiting
    _converged(centre, site)


def test_a_pull_interrupted_by_a_killed_centre_resumes_from_its_cursor(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    seed_master_data(centre)
    rows = [{"gtin": gtin(f"{n:013d}"), "name": f"item {n}"} for n in range(1, 1201)]
    centre.publish("items", rows)
    site = enrolled_site(centre, tmp_path, "A", server=proxy.url)
    pulls = 0

    def kill_on_third_pull(path: str) -> Fault:
        nonlocal pulls
        # The round's first pull, of the priority channel alone, does not count.
        if path.startswith("/v1/pull") and "only_priority" not in path:
            pulls += 1
            if pulls == 3:
                centre.kill()
        return Fault.NONE

    proxy.chooser = kill_on_third_pull
    failed = site.sync(pull_page=200)
    centre.start()
    proxy.chooser = None
    resumed = site.sync(pull_page=200)

    assert failed.errors and failed.pulled == 400
    assert not resumed.errors and resumed.pulled == len(rows) + 5 - 400
    with site.store.uow(read_only=True) as uow:
        assert all(uow.items.get(r["gtin"]) is not None for r in rows)


def test_a_site_clock_days_off_is_flagged_and_its_events_still_count(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    site = enrolled_site(centre, tmp_path, "A")
    site.sync()
    site.clock.advance(timedelta(days=3))
    assert site.act("receive", ITEM_B, "L1", qty=3, location="RCV").ok
    before = datetime.now(UTC)

    assert not site.sync().errors

    # The site's clock is frozen, so the real skew is measured, not assumed to be 3 days.
    expected = (site.clock.now() - before).total_seconds()
    skew = centre.scalar(select(s.devices.c.clock_skew_seconds).where(s.devices.c.site == "A"))
    event = centre.rows(select(s.events).where(s.events.c.site == "A"))[0]
    assert expected > 2.9 * 86400
    assert skew == pytest.approx(expected, abs=60)
    assert event.skew_seconds == pytest.approx(expected, abs=60)
    assert event.received_at >= before - timedelta(seconds=1)  # the centre's own clock
    _converged(centre, site)


def test_a_database_restored_from_a_backup_must_enrol_again(centre: Centre, tmp_path: Path) -> None:
    seed_master_data(centre)
    site = enrolled_site(centre, tmp_path, "A")
    site.sync()
    assert site.act("receive", ITEM_A, "L1", qty=3, location="RCV").ok
    site.sync()
    site.store.backup(tmp_path / "monday.db")
    assert site.act("receive", ITEM_A, "L2", qty=3, location="RCV").ok
    site.sync()
    site.store.close()
    # Restored where it was: the device token beside it is still the device's.
    for stale in site.store.path.parent.glob(site.store.path.name + "-*"):
        stale.unlink()
    os.replace(tmp_path / "monday.db", site.store.path)
    restored = site_on("A", Store(site.store.path), site.clock)
    assert restored.act("receive", ITEM_A, "L3", qty=1, location="RCV").ok  # reuses a sequence

    refused = restored.sync()
    assert refused.errors and "enrol again" in refused.errors[0]
    assert "restored from a backup" in refused.errors[0]

    restored.register(centre.base, centre.code("A"))
    assert not restored.sync().errors
    assert set(restored.outbox_ids()) <= set(centre.events_for("A"))
    assert len(centre.events_for("A")) == len(set(centre.events_for("A")))
