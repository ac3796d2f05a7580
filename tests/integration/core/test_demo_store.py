"""The demo store: built through the services, every situation a demo should show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from itertools import groupby
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.demo.store import (
    OPERATOR,
    DemoSummary,
    create_demo,
    ensure_demo,
    gtin_check_digit,
    open_new_demo,
)
from app.domain.audit import verify_chain
from app.domain.clock import FixedClock
from app.domain.model import Hold, Lot, QcStatus, StockLine
from app.errors import Code
from app.services.alerts import WarningRow, expiry_warnings, open_warnings
from app.services.bus import execute
from app.services.commands import Pick
from app.services.people import authenticate
from app.services.ports import WarningFilter

TODAY = date(2026, 3, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = create_demo(path, open_new_demo, TODAY, lots=400, items=80)
    store = Store(path)
    yield store, summary
    store.close()


def _open_warnings(store: Store) -> list[WarningRow]:
    return open_warnings(store.uow(read_only=True), WarningFilter(), limit=100_000)


def _lot(store: Store, key: str) -> tuple[Lot, list[StockLine]]:
    di, lot = key.split("/")
    with store.uow(read_only=True) as uow:
        found = uow.lots.get(di, lot)
        assert found is not None and found.id is not None
        return found, uow.stock.lines_for_lot(found.id)


def test_demo_has_lots_in_every_expiry_tier(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    levels = {row["level"] for row in expiry_warnings(store.uow(read_only=True), TODAY)}
    assert levels == {"notice", "warning", "critical", "expired"}


def test_demo_raised_an_open_alert_for_each_tier(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    kinds = {(a.kind.value, a.level.value) for a in _open_warnings(store)}
    for level in ("notice", "warning", "critical", "expired"):
        assert ("expiry", level) in kinds
    assert ("data_mismatch", "critical") in kinds
    assert ("count_discrepancy", "warning") in kinds


def test_demo_keeps_an_expired_lot_on_the_shelf(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    lot, lines = _lot(store, summary.landmarks["expired"])
    assert lot.expiry is not None and lot.expiry < TODAY
    assert sum(line.quantity for line in lines) > 0


def test_demo_has_a_quarantined_lot_in_the_quarantine_area(
    demo: tuple[Store, DemoSummary],
) -> None:
    store, summary = demo
    lot, lines = _lot(store, summary.landmarks["quarantined"])
    assert lot.hold is Hold.QUARANTINE
    with store.uow(read_only=True) as uow:
        where = [uow.locations.get_by_id(line.location_id) for line in lines]
    assert {loc.kind.value for loc in where if loc is not None} == {"quarantine"}


def test_demo_has_a_lot_waiting_for_qc(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    lot, lines = _lot(store, summary.landmarks["qc_pending"])
    assert lot.qc is QcStatus.PENDING and sum(line.quantity for line in lines) > 0


def test_demo_count_discrepancy_awaits_approval(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    lot, _ = _lot(store, summary.landmarks["count_discrepancy"])
    alerts = [a for a in _open_warnings(store) if a.kind.value == "count_discrepancy"]
    assert [a.lot for a in alerts] == [lot.lot]


def test_demo_audit_chain_verifies(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.uow(read_only=True) as uow:
        entries = list(uow.audit.entries())
    assert verify_chain(entries) is None
    assert len(entries) > summary.actions  # each action writes at least one entry


def test_demo_stock_agrees_with_its_ledger(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.engine.connect() as conn:
        ledger = conn.exec_driver_sql(
            "SELECT l.id, l.on_hand, coalesce((SELECT sum(quantity) FROM stock s "
            "WHERE s.lot_id = l.id), 0) FROM lots l"
        ).all()
    assert all(on_hand == in_stock for _, on_hand, in_stock in ledger)


def test_demo_pick_refuses_a_lot_that_is_not_fefo(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.engine.connect() as conn:
        usable = conn.exec_driver_sql(
            "SELECT l.di, loc.code, l.lot, l.expiry FROM stock s "
            "JOIN lots l ON l.id = s.lot_id JOIN locations loc ON loc.id = s.location_id "
            "JOIN items i ON i.id = l.item_id "
            "WHERE s.quantity > 0 AND loc.kind = 'storage' AND l.qc = 'released' "
            "AND l.hold = 'none' AND l.expiry >= ? AND i.serialised = 0 "
            "AND i.provisional = 0 AND i.registration_no != '' "
            "ORDER BY l.di, loc.code, l.expiry",
            (TODAY.isoformat(),),
        ).all()
    # The latest-expiring of two usable lots of one item in one bin.
    di, bin_code, lot, expiry = next(
        group[-1]
        for _, rows in groupby(usable, key=lambda r: (r[0], r[1]))
        if len(group := list(rows)) >= 2 and group[0][3] < group[-1][3]
    )
    scan = f"01{di}17{date.fromisoformat(expiry):%y%m%d}10{lot}"
    clock = FixedClock(datetime(2026, 3, 15, 9, tzinfo=UTC))
    operator = authenticate(store.uow(), clock, OPERATOR[0], OPERATOR[1])
    result = execute(store.uow(), clock, operator, Pick(scan, bin_code, "ICU", 1))
    assert result.code is Code.NOT_FEFO
    assert result.fefo_lot is not None and result.fefo_lot != lot


def test_demo_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.db"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        create_demo(path, open_new_demo, TODAY, lots=10, items=10)
    assert ensure_demo(path, open_new_demo, TODAY) is None
    assert path.read_bytes() == b"precious"


def test_gtins_carry_their_check_digit() -> None:
    assert gtin_check_digit("0690123456789") == "2"  # 06901234567892
