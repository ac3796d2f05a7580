"""Receiving on a real SQLite file: lots, QC, stored data, shelf life, quantities."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Code, Refused
from tests.integration.core.store_kit import (
    GAUZE,
    GLOVE,
    PINS,
    PUMP,
    STENT,
    UNKNOWN,
    World,
    days,
    scan,
)


def test_receive_creates_the_lot_and_its_stock_with_qc_pending(world: World) -> None:
    result = world.do("receive", scan(GAUZE, "G1", days(365)), qty=12, location="RCV")
    assert result.ok and result.code is Code.ACCEPTED
    assert (result.di, result.lot, result.expiry) == (GAUZE, "G1", days(365))
    assert result.movement_id
    lot = world.lot(GAUZE, "G1")
    assert lot["qc"] == "pending" and lot["hold"] == "none" and lot["on_hand"] == 12
    assert lot["expiry"] == days(365).isoformat()
    assert world.qty(GAUZE, "G1", "RCV") == 12
    assert world.sql("SELECT type, quantity FROM movements WHERE id=?", result.movement_id) == [
        ("receive", 12)
    ]


def test_receive_into_the_default_receiving_location(world: World) -> None:
    assert world.do("receive", scan(GAUZE, "G1", days(365)), qty=2).ok
    assert world.qty(GAUZE, "G1", "RCV") == 2


def test_receiving_again_adds_to_the_same_lot(world: World) -> None:
    world.receive(GAUZE, "G1", days(365), 5)
    world.receive(GAUZE, "G1", days(365), 7)
    assert world.count("lots") == 1
    assert world.lot(GAUZE, "G1")["on_hand"] == 12


def test_an_auto_release_item_starts_released(world: World) -> None:
    world.receive(GLOVE, "GL1", days(365), 5)
    assert world.lot(GLOVE, "GL1")["qc"] == "released"


def test_an_auto_release_supplier_starts_released(world: World) -> None:
    world.receive(GAUZE, "G1", days(365), 5, supplier="AUTO")
    world.receive(GAUZE, "G2", days(365), 5, supplier="S1")
    assert world.lot(GAUZE, "G1")["qc"] == "released"
    assert world.lot(GAUZE, "G2")["qc"] == "pending"


def test_an_unknown_item_at_receipt_is_created_provisional(world: World) -> None:
    result = world.do("receive", scan(UNKNOWN, "X1", days(365)), qty=1)
    assert result.ok and result.detail["new_item"] is True
    assert world.sql("SELECT provisional FROM items WHERE di=?", UNKNOWN) == [(1,)]


def test_a_scan_never_overwrites_the_stored_expiry(world: World) -> None:
    world.receive(GAUZE, "G1", days(365), 5)
    before = world.dump()
    result = world.do("receive", scan(GAUZE, "G1", days(400)), qty=5)
    assert not result.ok and result.code is Code.DATA_MISMATCH
    assert result.lot == "G1" and result.expiry == days(365)
    assert world.lot(GAUZE, "G1")["expiry"] == days(365).isoformat()
    after = world.dump()
    # only the alert for a supervisor (its audit entry and event, and its notification
    # to the supervisors: a critical warning) was written
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {"alerts", "audit", "outbox", "notifications"}
    alerts = world.sql("SELECT kind, level, acknowledged_at FROM alerts")
    assert alerts == [("data_mismatch", "critical", None)]


def test_a_data_mismatch_on_pick_is_refused_and_its_alert_persists(world: World) -> None:
    world.stocked(GAUZE, "G1", days(365), 5)
    result = world.do("pick", scan(GAUZE, "G1", days(366)), qty=1, location="A1")
    assert result.code is Code.DATA_MISMATCH
    assert world.qty(GAUZE, "G1", "A1") == 5
    world.do("pick", scan(GAUZE, "G1", days(365)), qty=1, location="A1", to="WARD")
    assert world.sql("SELECT kind FROM alerts") == [("data_mismatch",)]


def test_a_different_production_date_is_a_data_mismatch(world: World) -> None:
    first = world.do(
        "receive", scan(GAUZE, "G1", days(365), produced=days(-30)), qty=1, location="RCV"
    )
    assert first.ok
    again = world.do("receive", scan(GAUZE, "G1", days(365), produced=days(-29)), qty=1)
    assert again.code is Code.DATA_MISMATCH
    assert world.lot(GAUZE, "G1")["production_date"] == days(-30).isoformat()


def test_a_scan_without_expiry_never_wipes_the_stored_one(world: World) -> None:
    # Gauze lots must carry an expiry: a label without one is refused, and the stored one stays.
    world.receive(GAUZE, "G1", days(365), 5)
    result = world.do("receive", scan(GAUZE, "G1"), qty=3)
    assert result.code is Code.INCOMPLETE_SCAN and result.detail["missing"] == ["expiry"]
    lot = world.lot(GAUZE, "G1")
    assert lot["expiry"] == days(365).isoformat() and lot["on_hand"] == 5


def test_already_expired_goods_are_refused(world: World) -> None:
    before = world.dump()
    result = world.do("receive", scan(GAUZE, "OLD", days(-1)), qty=5, location="RCV")
    assert result.code is Code.EXPIRED and not result.ok
    assert world.dump() == before


def test_expired_goods_can_be_received_into_quarantine_held(world: World) -> None:
    result = world.do("receive", scan(GAUZE, "OLD", days(-1)), qty=5, location="Q")
    assert result.ok, result
    lot = world.lot(GAUZE, "OLD")
    assert lot["hold"] == "quarantine" and world.qty(GAUZE, "OLD", "Q") == 5


def test_goods_expiring_today_are_not_expired_on_receipt(world: World) -> None:
    # usable through the expiry date; still short shelf life
    result = world.do("receive", scan(GAUZE, "T", days(0)), qty=1)
    assert result.code is Code.SHORT_SHELF_LIFE


def test_short_shelf_life_needs_a_supervisor(world: World) -> None:
    short = scan(GAUZE, "S1", days(10))
    refused = world.do("receive", short, qty=5)
    assert refused.code is Code.SHORT_SHELF_LIFE and refused.detail["days_left"] == 10
    assert world.count("lots") == 0

    # The supervisor's PIN is checked where it is typed, before any action is asked.
    with pytest.raises(Refused) as wrong_pin:
        world.do("receive", short, qty=5, override=("sup", "000000", "urgent"))
    assert wrong_pin.value.code is Code.BAD_CREDENTIALS
    operator = world.do("receive", short, qty=5, override=("op", PINS["op"], "urgent"))
    assert operator.code is Code.NOT_PERMITTED
    no_reason = world.do("receive", short, qty=5, override=("sup", PINS["sup"], " "))
    assert no_reason.code is Code.REASON_REQUIRED
    assert world.count("lots") == 0 and world.count("movements") == 0

    accepted = world.do("receive", short, qty=5, override=("sup", PINS["sup"], "ward needs it"))
    assert accepted.ok and accepted.detail["override_by"] == "sup"
    assert world.sql(
        "SELECT override_by, override_reason FROM movements WHERE id=?", accepted.movement_id
    ) == [("sup", "ward needs it")]


def test_shelf_life_at_the_limit_needs_no_supervisor(world: World) -> None:
    assert world.do("receive", scan(GAUZE, "S1", days(30)), qty=1).ok


def test_an_override_cannot_accept_expired_goods(world: World) -> None:
    result = world.do(
        "receive", scan(GAUZE, "OLD", days(-3)), qty=1, override=("sup", PINS["sup"], "please")
    )
    assert not result.ok and result.code in (Code.EXPIRED, Code.NOT_OVERRIDABLE)
    assert world.count("lots") == 0


def test_quantity_comes_from_ai_30(world: World) -> None:
    result = world.do("receive", scan(GAUZE, "G1", days(365), qty=24), location="RCV")
    assert result.ok and world.qty(GAUZE, "G1", "RCV") == 24


def test_quantity_comes_from_ai_37(world: World) -> None:
    raw = f"01{GAUZE}17{days(365):%y%m%d}10G1\x1d3736"
    result = world.do("receive", raw, location="RCV")
    assert result.ok, result
    assert world.qty(GAUZE, "G1", "RCV") == 36


def test_an_entered_quantity_that_contradicts_the_label_is_refused(world: World) -> None:
    result = world.do("receive", scan(GAUZE, "G1", days(365), qty=24), qty=20)
    assert result.code is Code.QUANTITY_MISMATCH
    assert world.count("lots") == 0


def test_a_serialised_item_counts_one_per_serial(world: World) -> None:
    for serial in ("SN1", "SN2", "SN3"):
        result = world.do("receive", scan(PUMP, "P1", days(700), serial=serial))
        assert result.ok, result
    assert world.lot(PUMP, "P1")["on_hand"] == 3
    assert world.count("serials") == 3


def test_a_serialised_item_refuses_a_serial_seen_twice(world: World) -> None:
    assert world.do("receive", scan(PUMP, "P1", days(700), serial="SN1")).ok
    again = world.do("receive", scan(PUMP, "P1", days(700), serial="SN1"))
    assert again.code is Code.DUPLICATE_SERIAL
    assert world.lot(PUMP, "P1")["on_hand"] == 1


def test_a_serialised_item_needs_its_serial_and_refuses_a_quantity(world: World) -> None:
    assert world.do("receive", scan(PUMP, "P1", days(700))).code is Code.INCOMPLETE_SCAN
    many = world.do("receive", scan(PUMP, "P1", days(700), serial="SN1"), qty=5)
    assert many.code is Code.QUANTITY_MISMATCH
    assert world.count("lots") == 0


def test_a_scan_without_a_lot_is_incomplete(world: World) -> None:
    result = world.do("receive", f"01{GAUZE}17{days(365):%y%m%d}", qty=1)
    assert result.code is Code.INCOMPLETE_SCAN


def test_receive_refuses_a_department_as_the_target(world: World) -> None:
    result = world.do("receive", scan(GAUZE, "G1", days(365)), qty=1, location="WARD")
    assert result.code is Code.WRONG_LOCATION_KIND and result.detail["kind"] == "department"
    assert world.count("lots") == 0


def test_a_stent_is_received_with_its_category_rules(world: World) -> None:
    world.receive(STENT, "ST1", days(365), 2)
    assert world.lot(STENT, "ST1")["on_hand"] == 2


def test_two_digit_expiry_years_are_placed_by_the_injected_clock(world: World) -> None:
    # GS1 century rule: YY is read within -49..+50 years of *today*, the action's today.
    world.on(date(2080, 1, 10))
    result = world.do("receive", f"01{GAUZE}17810101" + "10C1", qty=1, location="RCV")
    assert result.ok, result
    assert result.expiry == date(2081, 1, 1)
