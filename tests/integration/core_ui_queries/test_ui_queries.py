"""Read queries and small services the screens need, on a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.domain.model import LocationKind
from app.errors import Code
from app.services.bus import execute
from app.services.commands import NameItem
from app.services.context import ActionResult
from app.services.locations import list_locations
from app.services.people import authenticate
from app.services.picking import fefo_suggestion
from app.services.scan_view import describe_scan
from scanning.parse import parse
from tests.stores import StoreCopy
from tests.ui.store_builder import GLOVES, NOW, OPERATOR, SCREENS, SUTURE, UNKNOWN, gs1


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def store(store_copy: StoreCopy) -> Iterator[Store]:
    s = Store(store_copy(SCREENS))
    yield s
    s.close()


def test_fefo_suggestion_names_the_earliest_expiring_lot_and_its_shelf(
    store: Store, clock: FixedClock
) -> None:
    suggestion = fefo_suggestion(store.uow(read_only=True), clock, SUTURE)
    assert suggestion is not None
    assert (suggestion.lot, suggestion.location, suggestion.on_hand) == ("S-EARLY", "A-01", 10)
    assert suggestion.days_left == 120


def test_fefo_suggestion_accepts_a_scanned_gtin_and_says_when_nothing_is_left(
    store: Store, clock: FixedClock
) -> None:
    by_scan = fefo_suggestion(store.uow(read_only=True), clock, f"01{GLOVES}")
    assert by_scan is not None and by_scan.lot == "G-1"
    assert fefo_suggestion(store.uow(read_only=True), clock, UNKNOWN) is None


def test_describe_scan_gives_item_days_left_and_tier(store: Store, clock: FixedClock) -> None:
    scan = parse(gs1(SUTURE, datetime(2025, 3, 15).date(), "NEW-1"))
    view = describe_scan(store.uow(read_only=True), clock, scan)
    assert view.item_known and view.item_name_zh == "缝合包"
    assert (view.days_left, view.level, view.lot_known) == (5, "critical", False)


def _name_item(store: Store, clock: FixedClock, di: str, name: str) -> ActionResult:
    operator = authenticate(store.uow(), clock, OPERATOR[0], OPERATOR[1])
    return execute(store.uow(), clock, operator, NameItem(di, name))


def test_name_item_creates_a_provisional_item_that_receiving_then_uses(
    store: Store, clock: FixedClock
) -> None:
    result = _name_item(store, clock, UNKNOWN, "Wound dressing")
    assert result.ok
    with store.uow(read_only=True) as uow:
        item = uow.items.get(UNKNOWN)
    assert item is not None and item.provisional and item.name == "Wound dressing"


def test_name_item_refuses_to_rename_master_data(store: Store, clock: FixedClock) -> None:
    result = _name_item(store, clock, SUTURE, "Other")
    assert not result.ok and result.code is Code.ITEM_IN_MASTER_DATA


def test_list_locations_filters_by_kind(store: Store) -> None:
    storage = list_locations(store.uow(read_only=True), {LocationKind.STORAGE})
    assert [loc.code for loc in storage] == ["A-01", "B-02"]
