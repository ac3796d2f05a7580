"""A page of the centre's master data is applied in bulk under one honest audit entry.

These execute `ApplyCentralPage` on a real site database as the device, as the
sync session does (the page and the cursors it moves to in one transaction).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.adapters.sync_state import SyncUnitOfWork
from app.domain.audit import AuditEntry, verify_chain
from app.domain.identity import Actor
from app.services.bus import execute
from app.services.commands import ApplyCentralPage
from sync.protocol import ChangeKind
from sync.server.changes import publish, pull, pull_json
from sync.server.db import open_centre
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    START,
    Centre,
    Site,
    enrolled_site,
    gtin,
    make_site,
    seed_master_data,
)

Changes = Sequence[tuple[str, Mapping[str, Any]]]


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return make_site(tmp_path, "A")


def _apply(site: Site, changes: Changes, span: str = "priority 0-0 bulk 0-9") -> int:
    device = Actor.system(f"till-{site.code}")
    page = ApplyCentralPage(changes, span, {"cursor": span})
    result = execute(SyncUnitOfWork(site.store.engine), site.clock, device, page)
    assert result.ok, result
    with site.store.uow(read_only=True) as uow:
        assert uow.settings.get("cursor") == span  # the cursor moved with the page
    written: int = result.detail["changed"]
    return written


def _pages(site: Site) -> list[AuditEntry]:
    with site.store.uow(read_only=True) as uow:
        return [e for e in uow.audit.entries() if e.action == "apply_central_page"]


def _item(di: str, name: str, **more: Any) -> tuple[str, dict[str, Any]]:
    return "item", {"di": di, "name": name, **more}


def test_a_page_writes_one_audit_entry_listing_every_new_record(site: Site) -> None:
    items = [_item(gtin(f"{n:013d}"), f"item {n}", category="gauze") for n in range(1, 301)]
    location = ("location", {"code": "SH9", "name": "Shelf 9", "kind": "storage"})

    written = _apply(site, [*items, location], "priority 0-0 bulk 0-301")

    assert written == 301
    (entry,) = _pages(site)
    assert (entry.entity, entry.entity_id) == ("central_page", "priority 0-0 bulk 0-301")
    assert entry.before == {}  # all new: nothing had a value before
    assert entry.after is not None
    assert len(entry.after["item"]) == 300
    assert entry.after["item"][gtin("0000000000007")] == {"name": "item 7", "category": "gauze"}
    assert entry.after["location"] == {
        "SH9": {"code": "SH9", "name": "Shelf 9", "kind": "storage", "responsible": "", "zone": ""}
    }
    with site.store.uow(read_only=True) as uow:
        stored = uow.items.get(gtin("0000000000007"))
        assert stored is not None and stored.category == "gauze" and not stored.provisional
        assert verify_chain(uow.audit.entries()) is None


def test_new_items_read_back_as_sent_whether_a_value_is_shared_or_not(site: Site) -> None:
    """Values every row of a page shares are written into the insert, the rest bound:
    either way each item reads back as the centre sent it over the domain's defaults."""
    sent = [
        {"di": gtin("0000000000101"), "name": "it's a gauze", "min_stock": 5, "model": ""},
        {
            "di": gtin("0000000000102"),
            "name": "gauze 2",
            "min_stock": 5,
            "model": "",
            "serialised": True,
            "unit_cost": 1.5,
        },
        {
            "di": gtin("0000000000103"),
            "name": "gauze 3",
            "min_stock": 5,
            "model": "",
            "serialised": False,
            "unit_cost": None,
        },
    ]
    assert _apply(site, [("item", data) for data in sent]) == 3
    with site.store.uow(read_only=True) as uow:
        stored = [uow.items.get(data["di"]) for data in sent]
    assert [(i.name, i.min_stock, i.model) for i in stored if i] == [
        ("it's a gauze", 5, ""),
        ("gauze 2", 5, ""),
        ("gauze 3", 5, ""),
    ]
    assert [(i.serialised, i.unit_cost, i.expiry_required) for i in stored if i] == [
        (False, None, True),
        (True, 1.5, True),
        (False, None, True),
    ]


def test_a_synced_page_is_the_devices_derived_write(sqlite_centre: Centre, tmp_path: Path) -> None:
    """What the centre decided is applied by the device itself: the system actor, its device."""
    seed_master_data(sqlite_centre)
    site = enrolled_site(sqlite_centre, tmp_path, "A")
    assert not site.sync().errors
    pages = _pages(site)
    assert pages and {entry.user for entry in pages} == {"system"}
    assert {entry.device for entry in pages} == {"till-A"}


def test_a_locations_zone_from_the_centre_is_kept(site: Site) -> None:
    zoned = {"code": "ST1", "name": "Sterile store", "kind": "storage", "zone": "sterile"}
    _apply(site, [("location", zoned)])
    with site.store.uow(read_only=True) as uow:
        stored = uow.locations.get("ST1")
    assert stored is not None and stored.zone == "sterile"


def test_an_unchanged_location_writes_nothing(site: Site) -> None:
    shelf = ("location", {"code": "SH9", "name": "Shelf 9", "kind": "storage"})
    assert _apply(site, [shelf]) == 1
    before = _table_rows(site)
    assert _apply(site, [shelf], "p 0-0 bulk 9-10") == 0
    assert _table_rows(site) == before


def test_a_suppliers_return_window_from_the_centre_is_kept_and_unchanged_writes_nothing(
    site: Site,
) -> None:
    supplier = {"code": "SUP9", "name": "Supplier 9", "auto_release": False}
    assert _apply(site, [("supplier", {**supplier, "return_window_days": 30})]) == 1
    with site.store.uow(read_only=True) as uow:
        stored = uow.suppliers.get("SUP9")
        assert stored is not None and stored.return_window_days == 30
    # The centre publishes every field: the same record again is unchanged.
    assert _apply(site, [("supplier", {**supplier, "return_window_days": 30})]) == 0
    # A record without a window (an older centre) keeps the site's.
    assert _apply(site, [("supplier", supplier)]) == 0
    assert len(_pages(site)) == 1


def test_a_changed_record_shows_before_and_after_and_an_unchanged_one_writes_nothing(
    site: Site,
) -> None:
    _apply(site, [_item(ITEM_A, "Syringe"), _item(ITEM_B, "Catheter")])

    _apply(site, [_item(ITEM_A, "Syringe 5 ml"), _item(ITEM_B, "Catheter")], "p 0-0 bulk 9-11")

    _, second = _pages(site)
    assert second.entity_id == "p 0-0 bulk 9-11"
    assert second.before == {"item": {ITEM_A: {"name": "Syringe"}}}
    assert second.after == {"item": {ITEM_A: {"name": "Syringe 5 ml"}}}
    with site.store.uow(read_only=True) as uow:
        renamed = uow.items.get(ITEM_A)
        assert renamed is not None and renamed.name == "Syringe 5 ml"

    before = _table_rows(site)
    assert _apply(site, [_item(ITEM_A, "Syringe 5 ml"), _item(ITEM_B, "Catheter")]) == 0
    assert _table_rows(site) == before  # nothing written, not even an audit entry


def _table_rows(site: Site) -> dict[str, int]:
    with site.store.engine.connect() as conn:
        return {
            name: int(conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one())
            for name in ("items", "audit", "outbox")
        }


def test_a_provisional_item_becomes_the_centres_and_the_audit_says_so(site: Site) -> None:
    _apply(site, [("location", {"code": "RCV", "name": "Receiving", "kind": "receiving"})])
    assert site.act("receive", ITEM_A, "L1", qty=1, location="RCV").ok  # provisional

    _apply(site, [_item(ITEM_A, "Syringe 5 ml", unit="pcs")])

    _, entry = _pages(site)
    assert entry.before is not None and entry.after is not None
    assert entry.before["item"][ITEM_A]["provisional"] is True
    assert "provisional" not in entry.after["item"][ITEM_A]
    with site.store.uow(read_only=True) as uow:
        item = uow.items.get(ITEM_A)
    assert item is not None and not item.provisional and item.unit == "pcs"


def test_a_users_pin_hash_is_applied_but_never_audited(site: Site) -> None:
    user = {"username": "Li.Wei", "role": "operator", "pin_hash": "secret-hash-1"}
    _apply(site, [("user", user)])
    _apply(site, [("user", {**user, "username": "li.wei", "pin_hash": "secret-hash-2"})])

    first, second = _pages(site)
    assert second.before is not None and second.after is not None
    assert second.after["user"]["li.wei"]["username"] == "Li.Wei"  # the site's spelling stays
    assert second.after["user"]["li.wei"]["pin_changed"] is True
    for entry in (first, second):
        assert "secret-hash" not in repr(entry.before) + repr(entry.after)
    with site.store.uow(read_only=True) as uow:
        stored = uow.users.get("LI.WEI")
    assert stored is not None and stored.pin_hash == "secret-hash-2"


def test_the_same_record_twice_in_a_page_keeps_its_first_before_and_last_after(
    site: Site,
) -> None:
    _apply(site, [_item(ITEM_A, "one")])

    _apply(site, [_item(ITEM_A, "two"), _item(ITEM_A, "three")])

    second = _pages(site)[1]
    assert second.before == {"item": {ITEM_A: {"name": "one"}}}
    assert second.after == {"item": {ITEM_A: {"name": "three"}}}


def test_policy_joins_the_page_entry(site: Site) -> None:
    with site.store.uow(read_only=True) as uow:
        policy = uow.settings.policy().to_json()
    changed = {**policy, "tiers": [[30, "critical"]]}

    _apply(site, [("policy", changed), _item(ITEM_A, "Syringe")])

    (entry,) = _pages(site)
    assert entry.before == {"policy": {"policy": policy}}
    assert entry.after is not None and set(entry.after) == {"policy", "item"}


def test_a_bad_record_changes_nothing_in_the_page(site: Site) -> None:
    before = _table_rows(site)
    bad = ("location", {"code": "X", "name": "X", "kind": "no-such-kind"})

    with pytest.raises(ValueError):
        _apply(site, [_item(ITEM_A, "Syringe"), bad])

    assert _table_rows(site) == before


def test_a_page_built_from_stored_payloads_reads_back_as_the_wire_schema(tmp_path: Path) -> None:
    engine = open_centre(str(tmp_path / "centre.db"))
    odd = 'he said "ok" \\ 注射器'
    with engine.begin() as conn:
        publish(conn, ChangeKind.ITEM, [(odd, {"di": odd, "name": odd})], START)
        page = pull(conn, 0, 0, 10, "A")
        raw = pull_json(conn, 0, 0, 10, "A")
    engine.dispose()
    assert raw.decode().startswith('{"changes":[')
    (change,) = page.changes
    assert change.key == odd and change.payload == {"di": odd, "name": odd}
    assert (page.bulk_cursor, page.bulk_head, page.more) == (change.seq, change.seq, False)
