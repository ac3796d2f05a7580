"""The rules the one command path enforces for everyone: credentials, duties, lot data, alerts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.domain.model import Level, Location, LocationKind
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.errors import Code, Refused
from app.services.alerts import count_open_warnings, open_warnings
from app.services.bus import execute
from app.services.commands import (
    ApproveCount,
    CloseRecall,
    ConfirmItem,
    CreateRecall,
    RaiseAlerts,
    SetSiteSetting,
)
from app.services.people import authenticate
from app.services.ports import WarningFilter
from tests.integration.core.store_kit import GAUZE, PINS, STENT, World, days, scan
from tests.integration.one_path.staging import EXPIRED, LATE, NEW_DEVICE, UNREGISTERED


def wrong_pin(world: World, user: str) -> Code:
    try:
        authenticate(world.store.uow(), world.clock, user, "000000-wrong")
    except Refused as refused:
        return refused.code
    raise AssertionError("a wrong PIN was accepted")


# --- credentials ------------------------------------------------------------------


def test_five_wrong_pins_in_a_row_lock_the_user_for_fifteen_minutes(world: World) -> None:
    codes = [wrong_pin(world, "sup") for _ in range(5)]
    assert codes == [Code.BAD_CREDENTIALS] * 4 + [Code.LOCKED_OUT]
    with pytest.raises(Refused) as locked:
        authenticate(world.store.uow(), world.clock, "sup", PINS["sup"])
    assert locked.value.code is Code.LOCKED_OUT
    assert locked.value.detail["until"] == world.clock.now() + timedelta(minutes=15)
    world.clock.advance(timedelta(minutes=15, seconds=1))
    assert authenticate(world.store.uow(), world.clock, "sup", PINS["sup"]).username == "sup"
    actions = [a for (a,) in world.sql("SELECT action FROM audit WHERE entity_id='sup'")]
    assert actions.count("login_failed") == 5
    assert actions.count("lock_user") == 1 and "login_refused" in actions


def test_a_successful_log_in_starts_the_count_of_wrong_pins_again(world: World) -> None:
    for _ in range(4):
        wrong_pin(world, "op")
    authenticate(world.store.uow(), world.clock, "op", PINS["op"])
    assert [wrong_pin(world, "op") for _ in range(4)] == [Code.BAD_CREDENTIALS] * 4


def test_the_lock_lasts_as_long_as_the_site_setting_says(world: World) -> None:
    admin = authenticate(world.store.uow(), world.clock, "admin", PINS["admin"])
    assert execute(world.store.uow(), world.clock, admin, SetSiteSetting("lockout_minutes", "2")).ok
    for _ in range(5):
        wrong_pin(world, "qa")
    world.clock.advance(timedelta(minutes=2, seconds=1))
    assert authenticate(world.store.uow(), world.clock, "qa", PINS["qa"]).username == "qa"


def test_a_deactivated_user_can_no_longer_act_with_an_earlier_log_in(world: World) -> None:
    operator = world.people["op"]
    world.write("UPDATE users SET active=0 WHERE username='op'")
    result = world.run(operator, world_receive(world))
    assert result.code is Code.UNKNOWN_USER


def world_receive(world: World):  # type: ignore[no-untyped-def]
    from tests.kit import command

    return command("receive", scan(GAUZE, "G-X", days(200)), qty=1, location="RCV")


# --- separation of duties ---------------------------------------------------------------


def test_qc_release_is_by_someone_other_than_the_receiver(world: World) -> None:
    world.receive(GAUZE, "G-1", days(200), 5, user="sup")
    by_receiver = world.do("qc_release", scan(GAUZE, "G-1", days(200)), user="sup")
    assert by_receiver.code is Code.SECOND_PERSON_REQUIRED
    assert by_receiver.detail["rule"] == "qc_release"
    assert world.do("qc_release", scan(GAUZE, "G-1", days(200)), user="qa").ok


def test_a_count_variance_is_approved_by_someone_other_than_the_counter(world: World) -> None:
    world.stocked(GAUZE, "G-2", days(200), 10, location="A1")
    counted = world.do("count", scan(GAUZE, "G-2", days(200)), user="sup", qty=8, location="A1")
    count_id = counted.detail["count_id"]
    own = world.run(world.people["sup"], ApproveCount(count_id))
    assert own.code is Code.SECOND_PERSON_REQUIRED
    assert world.qty(GAUZE, "G-2", "A1") == 10
    assert world.run(world.people["sup2"], ApproveCount(count_id)).ok
    assert world.qty(GAUZE, "G-2", "A1") == 8


def test_a_counter_cannot_approve_their_own_count_through_an_override(world: World) -> None:
    world.stocked(GAUZE, "G-3", days(200), 10, location="A1")
    result = world.do(
        "count",
        scan(GAUZE, "G-3", days(200)),
        user="sup",
        qty=8,
        location="A1",
        override=("sup", PINS["sup"], "recount done"),
    )
    assert result.code is Code.SECOND_PERSON_REQUIRED


def test_disposing_of_expired_stock_needs_a_second_supervisors_signature(staged: World) -> None:
    alone = staged.do("dispose", EXPIRED, user="sup", location="A1", reason_code="expired")
    assert alone.code is Code.SECOND_PERSON_REQUIRED
    same = staged.do(
        "dispose", EXPIRED, user="sup", location="A1", reason_code="expired", countersign="sup"
    )
    assert same.code is Code.SECOND_PERSON_REQUIRED
    signed = staged.do(
        "dispose", EXPIRED, user="sup", location="A1", reason_code="expired", countersign="sup2"
    )
    assert signed.ok and signed.detail["countersigned_by"] == "sup2"
    (row,) = staged.sql("SELECT reason_code, countersigned_by FROM movements WHERE type='dispose'")
    assert row == ("expired", "sup2")


def test_an_operator_cannot_countersign_a_disposal(staged: World) -> None:
    result = staged.do(
        "dispose", EXPIRED, user="sup", location="A1", reason_code="expired", countersign="op"
    )
    assert result.code is Code.NOT_PERMITTED


def test_whoever_opened_a_recall_cannot_close_it_alone(world: World) -> None:
    world.stocked(STENT, "S-1", days(300), 2, location="A1")
    new = NewRecall(RecallScope(STENT, ScopeKind.LOTS, lots=("S-1",)), 2, "sterility doubt")
    opened = world.run(world.people["qa"], CreateRecall(new))
    recall_id = opened.detail["recall_id"]
    assert world.do("move", scan(STENT, "S-1", days(300)), qty=2, location="A1", to="Q").ok
    alone = world.run(world.people["qa"], CloseRecall(recall_id))
    assert alone.code is Code.SECOND_PERSON_REQUIRED and alone.detail["rule"] == "recall_close"
    closed = world.run(world.people["qa"], CloseRecall(recall_id, world.people["qa2"]))
    assert closed.ok and closed.detail["countersigned_by"] == "qa2"


def test_a_second_qa_closes_a_recall_they_did_not_open_without_a_countersignature(
    world: World,
) -> None:
    world.stocked(STENT, "S-2", days(300), 2, location="A1")
    new = NewRecall(RecallScope(STENT, ScopeKind.LOTS, lots=("S-2",)), 2, "label error")
    recall_id = world.run(world.people["sup"], CreateRecall(new)).detail["recall_id"]
    world.do("move", scan(STENT, "S-2", days(300)), qty=2, location="A1", to="Q")
    assert world.run(world.people["qa"], CloseRecall(recall_id)).ok


# --- FEFO across the store, by zone ------------------------------------------------------


def test_fefo_is_decided_across_every_storage_bin_not_the_one_picked_from(staged: World) -> None:
    result = staged.do("pick", LATE, location="A1", to="WARD")
    assert result.code is Code.NOT_FEFO
    assert (result.fefo_lot, result.fefo_location) == ("G-EARLY", "A2")


def test_a_supervisor_override_still_lets_a_later_lot_go(staged: World) -> None:
    result = staged.do(
        "pick",
        LATE,
        location="A1",
        to="WARD",
        qty=1,
        override=("sup", PINS["sup"], "surgeon asked for this lot"),
    )
    assert result.ok and result.detail["override_by"] == "sup"


def test_fefo_stays_inside_the_pickers_zone_where_the_site_sets_zones(world: World) -> None:
    with world.store.uow() as uow:
        uow.locations.add(Location("N1", "North bin 1", LocationKind.STORAGE, zone="north"))
        uow.locations.add(Location("S1", "South bin 1", LocationKind.STORAGE, zone="south"))
        uow.commit()
    world.stocked(GAUZE, "G-SOUTH", days(50), 5, location="S1")
    world.stocked(GAUZE, "G-NORTH", days(90), 5, location="N1")
    north = world.do("pick", scan(GAUZE, "G-NORTH", days(90)), location="N1", to="WARD")
    assert north.ok, north
    # Outside any zone, the earlier lot anywhere in storage comes first.
    world.stocked(GAUZE, "G-LOOSE", days(95), 5, location="A1")
    loose = world.do("pick", scan(GAUZE, "G-LOOSE", days(95)), location="A1", to="WARD")
    assert loose.code is Code.NOT_FEFO and loose.fefo_location == "S1"


def test_quarantine_and_receiving_stock_is_never_the_fefo_lot(world: World) -> None:
    world.receive(GAUZE, "G-DOCK", days(30 + 20), 5, override=("sup", PINS["sup"], "short ok"))
    world.do("qc_release", scan(GAUZE, "G-DOCK", days(50)), user="qa")
    world.stocked(GAUZE, "G-SHELF", days(200), 5, location="A1")
    assert world.do("pick", scan(GAUZE, "G-SHELF", days(200)), location="A1", to="WARD").ok


# --- lot data and registration ------------------------------------------------------


def test_an_item_that_carries_no_expiry_accepts_lots_without_one(world: World) -> None:
    world.write("UPDATE items SET expiry_required=0 WHERE di=?", GAUZE)
    assert world.do("receive", scan(GAUZE, "G-NOEXP"), qty=2, location="RCV").ok


def test_a_scan_without_a_required_part_creates_no_lot(world: World) -> None:
    lots = world.count("lots")
    result = world.do("receive", scan(GAUZE, "G-NOEXP"), qty=2, location="RCV")
    assert result.code is Code.INCOMPLETE_SCAN and result.detail["missing"] == ["expiry"]
    assert world.count("lots") == lots


def test_an_unknown_device_is_held_until_qa_confirms_its_registration(staged: World) -> None:
    assert staged.do("pick", UNREGISTERED, location="A1", to="WARD").code is Code.NOT_REGISTERED
    refused = staged.run(staged.people["op"], ConfirmItem(NEW_DEVICE, "国械注准20243141234"))
    assert refused.code is Code.NOT_PERMITTED
    confirmed = staged.run(staged.people["qa"], ConfirmItem(NEW_DEVICE, "国械注准20243141234"))
    assert confirmed.ok
    assert staged.do("pick", UNREGISTERED, location="A1", to="WARD", qty=1).ok


def test_an_imported_item_without_a_registration_number_is_not_registered(world: World) -> None:
    world.write("UPDATE items SET registration_no='' WHERE di=?", GAUZE)
    world.stocked(GAUZE, "G-NR", days(200), 5, location="A1")
    result = world.do("pick", scan(GAUZE, "G-NR", days(200)), location="A1", to="WARD")
    assert result.code is Code.NOT_REGISTERED


# --- alerts in real time ---------------------------------------------------------------


def test_a_lot_received_four_days_before_expiry_has_its_critical_alert_at_once(
    world: World,
) -> None:
    short = scan(GAUZE, "G-SHORT", days(4))
    received = world.do(
        "receive", short, qty=3, location="RCV", override=("sup", PINS["sup"], "urgent")
    )
    assert received.ok
    (warning,) = open_warnings(world.store.uow(read_only=True), WarningFilter())
    assert (warning.lot, warning.level) == ("G-SHORT", Level.CRITICAL)


def test_the_status_bar_count_equals_the_warnings_list(staged: World) -> None:
    device = Actor.system("test-device")
    assert execute(staged.store.uow(), staged.clock, device, RaiseAlerts()).ok
    listed = open_warnings(staged.store.uow(read_only=True), WarningFilter(), 0, 10_000)
    assert count_open_warnings(staged.store.uow(read_only=True)) == len(listed) > 0
    # A label mismatch is a warning too, and is counted.
    staged.do("pick", scan(GAUZE, "G-EARLY", days(101)), location="A2", to="WARD")
    kinds = {w.kind.value for w in open_warnings(staged.store.uow(read_only=True), WarningFilter())}
    assert "data_mismatch" in kinds
    assert count_open_warnings(staged.store.uow(read_only=True)) == len(listed) + 1


def test_a_lot_entering_a_higher_tier_closes_its_lower_tier_alert(world: World) -> None:
    world.stocked(GAUZE, "G-T", days(40), 5, location="A1")
    device = Actor.system("test-device")
    execute(world.store.uow(), world.clock, device, RaiseAlerts())
    world.clock = FixedClock(world.clock.now() + timedelta(days=15))
    execute(world.store.uow(), world.clock, device, RaiseAlerts())
    levels = [w.level for w in open_warnings(world.store.uow(read_only=True), WarningFilter())]
    assert levels == [Level.WARNING]
