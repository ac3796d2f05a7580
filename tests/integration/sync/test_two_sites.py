"""Two sites and a centre over real HTTP: offline work arrives once, central data reaches both."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from sync.protocol import HoldRecord
from sync.server import schema as s
from sync.server.changes import issue_hold
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    LOCATIONS,
    START,
    Centre,
    enrolled_site,
    seed_master_data,
)


def test_offline_work_at_two_sites_arrives_exactly_once_and_stock_adds_up(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    b = enrolled_site(centre, tmp_path, "B")
    assert not a.sync().errors and not b.sync().errors  # master data first

    assert a.act("receive", ITEM_A, "L1", qty=10, location="RCV").ok
    assert a.act("move", ITEM_A, "L1", qty=4, location="RCV", to="SH1").ok
    assert a.act("pick", ITEM_A, "L1", qty=3, location="SH1", to="ICU").ok
    assert b.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    assert b.act("receive", ITEM_B, "L9", qty=7, location="RCV").ok

    first_a, first_b = a.sync(), b.sync()
    again_a, again_b = a.sync(), b.sync()

    assert not (first_a.errors or first_b.errors or again_a.errors or again_b.errors)
    assert sorted(centre.events_for("A")) == sorted(a.outbox_ids())
    assert sorted(centre.events_for("B")) == sorted(b.outbox_ids())
    assert a.outbox_ids(sent=False) == [] and b.outbox_ids(sent=False) == []
    assert again_a.pushed == 0 and again_b.pushed == 0
    assert centre.stock("A") == a.stock() == {(ITEM_A, "L1"): 7}
    assert centre.stock("B") == b.stock()
    network = centre.scalar(
        select(func.sum(s.site_stock.c.quantity)).where(s.site_stock.c.di == ITEM_A)
    )
    assert network == a.stock()[(ITEM_A, "L1")] + b.stock()[(ITEM_A, "L1")]


def test_master_data_and_a_hold_made_at_the_centre_reach_both_sites(
    centre: Centre, tmp_path: Path
) -> None:
    centre.publish("locations", LOCATIONS)
    a = enrolled_site(centre, tmp_path, "A")
    b = enrolled_site(centre, tmp_path, "B")
    for site in (a, b):
        site.sync()
        # Not in the master data yet: received as a provisional item.
        assert site.act("receive", ITEM_A, "L1", qty=2, location="RCV").ok
    centre.publish("items", [{"gtin": ITEM_A, "name": "Syringe 5 ml, Luer lock"}])
    issue_hold(
        centre.engine,
        HoldRecord(reference="N-1", kind="recall", di=ITEM_A, lots=["L1"], reason="seal"),
        START,
    )

    for site in (a, b):
        summary = site.sync()
        assert not summary.errors
        with site.store.uow(read_only=True) as uow:
            item = uow.items.get(ITEM_A)
        assert item is not None and item.name == "Syringe 5 ml, Luer lock"
        assert not item.provisional
        assert site.lot_hold(ITEM_A, "L1") == "recall"
        refused = site.act("pick", ITEM_A, "L1", qty=1, location="RCV", to="ICU")
        assert refused.code.value == "RECALLED"


def test_a_hold_for_a_lot_the_site_receives_later_blocks_it_on_the_next_sync(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    issue_hold(
        centre.engine,
        HoldRecord(reference="Q-7", kind="quarantine", di=ITEM_B, lots=["L5"], reason="damp"),
        START,
    )
    a.sync()
    assert a.act("receive", ITEM_B, "L5", qty=3, location="RCV").ok

    summary = a.sync()

    assert summary.held == 1
    assert a.lot_hold(ITEM_B, "L5") == "quarantine"


def test_holds_travel_before_bulk_master_data(centre: Centre, tmp_path: Path) -> None:
    centre.publish("locations", LOCATIONS)
    a = enrolled_site(centre, tmp_path, "A")
    a.sync()
    assert a.act("receive", ITEM_A, "L1", qty=2, location="RCV").ok  # a provisional item
    with a.store.uow(read_only=True) as uow:
        seen = max(e.seq for e in uow.audit.entries())
    centre.publish("items", [{"gtin": ITEM_A, "name": "x"}])
    issue_hold(
        centre.engine,
        HoldRecord(reference="N-2", kind="recall", di=ITEM_A, lots=["L1"]),
        START,
    )

    a.session(pull_page=1).run_round()

    with a.store.uow(read_only=True) as uow:
        central = [
            e
            for e in uow.audit.entries()
            if e.seq > seen and e.action in ("central_hold", "apply_central_page")
        ]
    assert [e.action for e in central] == ["central_hold", "apply_central_page"]
    # The item's page was pulled with the priority cursor already past the hold.
    assert not central[1].entity_id.startswith("priority 0-")


def test_centre_records_a_pick_after_a_hold_and_negative_stock_as_exceptions(
    centre: Centre, tmp_path: Path
) -> None:
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    b = enrolled_site(centre, tmp_path, "B")
    a.sync()
    b.sync()
    assert a.act("receive", ITEM_A, "L1", qty=2, location="RCV").ok
    a.sync()
    issue_hold(
        centre.engine, HoldRecord(reference="N-3", kind="recall", di=ITEM_A, lots=["L1"]), START
    )
    a.clock.advance(timedelta(hours=1))
    # Site A is offline: it has not heard of the hold and keeps picking.
    assert a.act("pick", ITEM_A, "L1", qty=2, location="RCV", to="ICU").ok

    a.sync()

    kinds = {r.kind for r in centre.rows(select(s.exceptions).where(s.exceptions.c.site == "A"))}
    assert "pick_after_hold" in kinds
