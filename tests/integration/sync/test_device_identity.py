"""Devices and events keep their identity: a copied store can never pass for the original."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.adapters.store import Store
from sync.client import settings as keys
from sync.client.errors import ErrorKind, SyncError
from sync.server import schema as s
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    Centre,
    Site,
    enrolled_site,
    make_site,
    seed_master_data,
    site_on,
)


@pytest.fixture
def centre(sqlite_centre: Centre) -> Centre:
    return sqlite_centre


def _copy(site: Site, tmp_path: Path, name: str) -> Site:
    """The store's database file copied to another machine (its token file stays behind)."""
    site.store.close()
    target = tmp_path / "elsewhere" / f"{name}.db"
    target.parent.mkdir()
    shutil.copy(site.store.path, target)
    site.store = Store(site.store.path)
    return site_on(name, Store(target), site.clock)


def _setting(site: Site, key: str) -> str:
    with site.store.uow(read_only=True) as uow:
        return uow.settings.get(key) or ""


def test_a_store_enrolled_at_one_site_refuses_a_code_for_another_and_the_code_stays_good(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    code_b = centre.code("B")

    with pytest.raises(SyncError) as refused:
        a.register(centre.base, code_b)

    assert refused.value.kind is ErrorKind.SITE_MISMATCH
    assert "site B" in refused.value.words and "--new-identity" in refused.value.words
    assert _setting(a, keys.SITE) == "A"
    fresh = make_site(tmp_path, "B")
    fresh.register(centre.base, code_b)  # the code was not used up
    assert _setting(fresh, keys.SITE) == "B"


def test_a_copied_store_registered_at_the_same_site_gets_409_conflicts_never_silent_duplicates(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    assert not a.sync().errors
    assert a.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    copy = _copy(a, tmp_path, "A")
    assert not a.sync().errors  # the original sends its events first
    before = centre.stock("A")
    copy.register(centre.base, centre.code("A"))

    summary = copy.sync()

    assert summary.errors == []
    assert {r["code"] for r in summary.refused} == {"id_conflict"}
    assert {r["event"] for r in summary.refused} == set(copy.outbox_ids(sent=False))
    assert "already held from another device" in summary.refused[0]["message"]
    assert centre.stock("A") == before
    assert summary.duplicates == 0


def test_a_copy_given_a_new_identity_keeps_its_data_and_its_events_get_new_ids_audited(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    assert not a.sync().errors
    assert a.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok  # not sent yet
    copy = _copy(a, tmp_path, "B")
    old_store, old_unsent = _setting(copy, keys.STORE_ID), copy.outbox_ids(sent=False)
    assert not a.sync().errors
    a_at_centre = centre.stock("A")

    copy.register(centre.base, centre.code("B"), new_identity=True)
    assert copy.act("receive", ITEM_B, "L9", qty=2, location="RCV").ok
    summary = copy.sync()

    assert summary.errors == [] and summary.refused == []
    assert _setting(copy, keys.SITE) == "B" and _setting(copy, keys.STORE_ID) != old_store
    renamed = copy.outbox_ids(sent=False)
    assert renamed == [] and not set(old_unsent) & set(copy.outbox_ids())
    assert centre.stock("A") == a_at_centre  # the original's picture is untouched
    assert (ITEM_B, "L9") in centre.stock("B")
    assert copy.stock()[(ITEM_A, "L1")] == 5  # the data stayed
    with copy.store.uow(read_only=True) as uow:
        (entry,) = [e for e in uow.audit.entries() if e.action == "new_identity"]
    assert entry.user == "admin" and entry.before is not None and entry.after is not None
    assert entry.before["site"] == "A" and entry.after["site"] == "B"
    assert entry.after["events_renamed"] == len(old_unsent)


def test_a_restored_store_enrolled_again_resends_its_own_events_as_duplicates(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    assert not a.sync().errors
    assert a.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    a.store.backup(tmp_path / "monday.db")  # taken before the receipt was sent
    assert a.act("receive", ITEM_A, "L2", qty=5, location="RCV").ok
    assert not a.sync().errors
    first_device = _setting(a, keys.DEVICE_ID)
    a.store.close()
    for stale in a.store.path.parent.glob(a.store.path.name + "-*"):
        stale.unlink()
    shutil.move(tmp_path / "monday.db", a.store.path)
    restored = site_on("A", Store(a.store.path), a.clock)
    refused = restored.sync()
    assert refused.errors and "restored from a backup" in refused.errors[0]

    waiting = len(restored.outbox_ids(sent=False))  # the receipt of L1, sent before the restore

    restored.register(centre.base, centre.code("A"))
    summary = restored.sync()

    assert summary.errors == [] and summary.refused == []
    assert summary.duplicates == waiting >= 1 and summary.pushed == 0
    devices = centre.rows(select(s.devices.c.predecessor).where(s.devices.c.site == "A"))
    assert [r[0] for r in devices if r[0]] == [first_device]
    assert centre.stock("A") == {(ITEM_A, "L1"): 5, (ITEM_A, "L2"): 5}
