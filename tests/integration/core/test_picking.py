"""Picking and issuing: FEFO with audited overrides, and every block."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.domain.identity import Actor, Credential
from app.domain.model import Hold, Role
from app.errors import Code, Refused
from app.services.context import ActionResult
from app.services.people import authenticate
from tests.integration.core.store_kit import (
    GAUZE,
    PINS,
    PUMP,
    STENT,
    UNKNOWN,
    World,
    days,
    scan,
)
from tests.kit import command


def test_pick_takes_the_fefo_lot(world: World) -> None:
    world.stocked(GAUZE, "LATE", days(300), 10)
    world.stocked(GAUZE, "EARLY", days(200), 10)
    result = world.do("pick", scan(GAUZE, "EARLY", days(200)), qty=3, location="A1", to="WARD")
    assert result.ok, result
    assert world.qty(GAUZE, "EARLY", "A1") == 7
    assert world.lot(GAUZE, "EARLY")["on_hand"] == 7


def test_pick_refuses_lot_that_is_not_fefo_and_names_the_lot_to_take(world: World) -> None:
    world.stocked(GAUZE, "LATE", days(300), 10)
    world.stocked(GAUZE, "EARLY", days(200), 10)
    before = world.dump()
    result = world.do("pick", scan(GAUZE, "LATE", days(300)), qty=1, location="A1", to="WARD")
    assert result.code is Code.NOT_FEFO and not result.ok
    assert result.fefo_lot == "EARLY" and result.fefo_location == "A1"
    assert world.dump() == before


def test_fefo_is_decided_across_every_storage_location(world: World) -> None:
    world.stocked(GAUZE, "EARLY", days(200), 10, location="A2")
    world.stocked(GAUZE, "LATE", days(300), 10, location="A1")
    result = world.do("pick", scan(GAUZE, "LATE", days(300)), qty=1, location="A1")
    assert result.code is Code.NOT_FEFO
    assert result.fefo_lot == "EARLY" and result.fefo_location == "A2"


def test_fefo_ignores_stock_not_yet_put_away(world: World) -> None:
    world.stocked(GAUZE, "EARLY", days(200), 10, location="RCV")
    world.stocked(GAUZE, "LATE", days(300), 10, location="A1")
    assert world.do("pick", scan(GAUZE, "LATE", days(300)), qty=1, location="A1").ok


def test_fefo_ignores_blocked_lots(world: World) -> None:
    world.stocked(GAUZE, "HELD", days(100), 10)
    world.stocked(GAUZE, "OK", days(300), 10)
    world.set_hold(GAUZE, "HELD", Hold.QUARANTINE, "damaged")
    assert world.do("pick", scan(GAUZE, "OK", days(300)), qty=1, location="A1").ok


def test_a_lot_not_yet_put_away_scanned_at_a_bin_is_refused_for_the_fefo_lot_there(
    world: World,
) -> None:
    # The scanned lot has no stock FEFO counts: a later lot is the one to take, and the
    # refusal names it (a pick reads only the lots expiring by the scanned one's day
    # when that lot is at the bin; here every lot of the item decides).
    world.stocked(GAUZE, "EARLY", days(200), 10, location="RCV")
    world.stocked(GAUZE, "LATE", days(300), 10, location="A1")
    result = world.do("pick", scan(GAUZE, "EARLY", days(200)), qty=1, location="A1")
    assert result.code is Code.NOT_FEFO
    assert result.fefo_lot == "LATE" and result.fefo_location == "A1"


def test_a_supervisor_override_of_fefo_is_recorded_in_movement_and_audit(world: World) -> None:
    world.stocked(GAUZE, "LATE", days(300), 10)
    world.stocked(GAUZE, "EARLY", days(200), 10)
    result = world.do(
        "pick",
        scan(GAUZE, "LATE", days(300)),
        qty=2,
        location="A1",
        to="WARD",
        override=("sup", PINS["sup"], "surgeon asked for this lot"),
    )
    assert result.ok and result.detail["override_by"] == "sup"
    assert world.sql(
        "SELECT override_by, override_reason FROM movements WHERE id=?", result.movement_id
    ) == [("sup", "surgeon asked for this lot")]
    (after,) = world.sql(
        "SELECT after FROM audit WHERE entity='movement' AND entity_id=?", result.movement_id
    )[0]
    assert json.loads(after)["override"] == {
        "supervisor": "sup",
        "reason": "surgeon asked for this lot",
    }
    with world.store.uow(read_only=True) as uow:
        assert uow.movements.override_count() == 1


def test_a_fefo_override_with_a_wrong_pin_or_an_operator_is_refused(world: World) -> None:
    world.stocked(GAUZE, "LATE", days(300), 10)
    world.stocked(GAUZE, "EARLY", days(200), 10)
    late = scan(GAUZE, "LATE", days(300))
    with pytest.raises(Refused) as wrong:
        world.do("pick", late, qty=1, location="A1", override=("sup", "999999", "x"))
    assert wrong.value.code is Code.BAD_CREDENTIALS
    operator = world.do("pick", late, qty=1, location="A1", override=("op", PINS["op"], "x"))
    assert operator.code is Code.NOT_PERMITTED
    assert world.qty(GAUZE, "LATE", "A1") == 10


def _pick(
    world: World, gtin: str, lot: str, expiry_days: int, qty: int = 1, **kw: Any
) -> ActionResult:
    return world.do("pick", scan(gtin, lot, days(expiry_days)), qty=qty, location="A1", **kw)


def test_pick_refuses_an_expired_lot(world: World) -> None:
    world.stocked(GAUZE, "G1", days(40), 5)
    world.on(days(41))
    assert _pick(world, GAUZE, "G1", 40).code is Code.EXPIRED


def test_pick_allows_a_lot_on_its_expiry_day(world: World) -> None:
    world.stocked(GAUZE, "G1", days(40), 5)
    world.on(days(40))
    assert _pick(world, GAUZE, "G1", 40).ok


def test_pick_refuses_inside_the_categorys_do_not_issue_window(world: World) -> None:
    world.stocked(STENT, "ST1", days(100), 5)
    world.stocked(GAUZE, "G1", days(100), 5)
    world.on(days(71))  # 29 days left: inside the implant window of 30, gauze has none
    near = _pick(world, STENT, "ST1", 100)
    assert near.code is Code.NEAR_EXPIRY and near.detail["window"] == 30
    assert _pick(world, GAUZE, "G1", 100).ok
    overridden = _pick(world, STENT, "ST1", 100, override=("sup", PINS["sup"], "last one"))
    assert overridden.ok


def test_pick_at_the_edge_of_the_window_is_allowed(world: World) -> None:
    world.stocked(STENT, "ST1", days(100), 5)
    world.on(days(70))  # exactly 30 days left
    assert _pick(world, STENT, "ST1", 100).ok


def test_pick_refuses_a_lot_pending_qc(world: World) -> None:
    world.receive(GAUZE, "G1", days(300), 5, location="A1")
    assert _pick(world, GAUZE, "G1", 300).code is Code.QC_PENDING


def test_pick_refuses_a_lot_rejected_by_qc(world: World) -> None:
    world.receive(GAUZE, "G1", days(300), 5, location="A1")
    assert world.do("qc_reject", scan(GAUZE, "G1", days(300)), user="qa", reason="torn").ok
    assert _pick(world, GAUZE, "G1", 300).code is Code.QC_REJECTED


def test_pick_refuses_a_quarantined_lot(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    assert world.do("quarantine", scan(GAUZE, "G1", days(300)), reason="wet box").ok
    assert _pick(world, GAUZE, "G1", 300).code is Code.QUARANTINED


def test_pick_refuses_a_recalled_lot(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    world.set_hold(GAUZE, "G1", Hold.RECALL, "FSCA 2027-01")
    result = _pick(world, GAUZE, "G1", 300)
    assert result.code is Code.RECALLED
    assert world.do("release", scan(GAUZE, "G1", days(300)), user="qa", reason="x").code is (
        Code.RECALLED
    )


@pytest.mark.parametrize("code", [Code.EXPIRED, Code.QUARANTINED, Code.RECALLED, Code.QC_PENDING])
def test_a_block_on_use_cannot_be_overridden(world: World, code: Code) -> None:
    world.stocked(GAUZE, "G1", days(40), 5)
    if code is Code.EXPIRED:
        world.on(days(41))
    elif code is Code.QUARANTINED:
        world.set_hold(GAUZE, "G1", Hold.QUARANTINE, "x")
    elif code is Code.RECALLED:
        world.set_hold(GAUZE, "G1", Hold.RECALL, "x")
    else:
        world.receive(GAUZE, "P", days(40), 5, location="A1")
    lot = "P" if code is Code.QC_PENDING else "G1"
    result = _pick(world, GAUZE, lot, 40, override=("sup", PINS["sup"], "please"))
    assert result.code is Code.NOT_OVERRIDABLE and result.detail["refused"] == code.value
    assert world.lot(GAUZE, lot)["on_hand"] == 5


def test_pick_refuses_more_than_is_on_hand(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    result = _pick(world, GAUZE, "G1", 300, qty=6)
    assert result.code is Code.INSUFFICIENT_STOCK
    assert world.qty(GAUZE, "G1", "A1") == 5


def test_pick_refuses_an_unknown_item(world: World) -> None:
    assert _pick(world, UNKNOWN, "X", 300).code is Code.UNKNOWN_ITEM


def test_pick_refuses_a_lot_that_is_elsewhere(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5, location="A2")
    result = _pick(world, GAUZE, "G1", 300)
    assert result.code is Code.WRONG_LOCATION and result.detail["found_at"] == ["A2"]


def test_pick_refuses_a_department_as_the_source(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    result = world.do("pick", scan(GAUZE, "G1", days(300)), qty=1, location="WARD")
    assert result.code is Code.WRONG_LOCATION_KIND


def test_pick_refuses_a_bad_barcode(world: World) -> None:
    result = world.do("pick", "01123", qty=1, location="A1")
    assert result.code is Code.BAD_BARCODE and not result.ok
    assert world.do("pick", "", qty=1, location="A1").code is Code.BAD_BARCODE


def test_pick_by_an_unknown_or_inactive_user_is_refused(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    with pytest.raises(Refused) as unknown:
        authenticate(world.store.uow(), world.clock, "nobody", "1111")
    assert unknown.value.code is Code.BAD_CREDENTIALS
    # An actor the store does not know (or no longer knows) is refused by the executor.
    nobody = Actor("nobody", Role.OPERATOR, "Nobody", "test-device", Credential.PIN)
    g1 = command("pick", scan(GAUZE, "G1", days(300)), qty=1, location="A1")
    assert world.run(nobody, g1).code is Code.UNKNOWN_USER
    world.write("UPDATE users SET active=0 WHERE username='op'")
    assert _pick(world, GAUZE, "G1", 300, user="op").code is Code.UNKNOWN_USER
    assert world.lot(GAUZE, "G1")["on_hand"] == 5


def test_actions_beyond_the_role_are_not_permitted(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 5)
    g1 = scan(GAUZE, "G1", days(300))
    assert world.do("dispose", g1, qty=1, location="A1", reason="x").code is Code.NOT_PERMITTED
    assert (
        world.do("return_to_supplier", g1, qty=1, location="A1", to="RET", reason="x").code
        is Code.NOT_PERMITTED
    )
    assert world.do("qc_reject", g1, reason="x").code is Code.NOT_PERMITTED
    assert world.do("quarantine", g1, reason="x").ok
    assert world.do("release", g1, reason="x").code is Code.NOT_PERMITTED
    assert world.lot(GAUZE, "G1")["on_hand"] == 5


def test_a_serialised_pick_takes_that_serial_only_from_where_it_is(world: World) -> None:
    for serial in ("SN1", "SN2"):
        assert world.do("receive", scan(PUMP, "P1", days(700), serial=serial)).ok
    assert world.do("qc_release", scan(PUMP, "P1", days(700)), user="qa").ok
    moved = world.do("move", scan(PUMP, "P1", days(700), serial="SN1"), location="RCV", to="A1")
    assert moved.ok
    not_here = world.do("pick", scan(PUMP, "P1", days(700), serial="SN2"), location="A1")
    assert not_here.code is Code.WRONG_LOCATION
    assert world.do("pick", scan(PUMP, "P1", days(700), serial="SN1"), location="A1").ok
    again = world.do("pick", scan(PUMP, "P1", days(700), serial="SN1"), location="A1")
    assert not again.ok


def test_a_pick_to_a_department_is_counted_as_issued_there(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    assert _pick(world, GAUZE, "G1", 300, qty=4, to="WARD").ok
    assert world.lot(GAUZE, "G1")["on_hand"] == 6
    assert world.qty(GAUZE, "G1", "WARD") == 0  # a department holds no store stock


# --- block use, not clean-up --------------------------------------------------


def test_expired_stock_can_still_be_quarantined_disposed_and_returned(world: World) -> None:
    world.stocked(GAUZE, "G1", days(40), 9)
    world.on(days(50))
    g1 = scan(GAUZE, "G1", days(40))
    assert world.do("move", g1, qty=1, location="A1", to="A2").code is Code.EXPIRED
    q = world.do("quarantine", g1, reason="expired", location="A1", to="Q", qty=5)
    assert q.ok, q
    assert world.qty(GAUZE, "G1", "Q") == 5
    # Writing off expired stock needs a second person's signature.
    alone = world.do("dispose", g1, user="sup", qty=2, location="Q", reason="expired")
    assert alone.code is Code.SECOND_PERSON_REQUIRED
    d = world.do(
        "dispose", g1, user="sup", qty=2, location="Q", reason="expired", countersign="sup2"
    )
    assert d.ok, d
    r = world.do("return_to_supplier", g1, user="sup", qty=3, location="Q", to="RET", reason="exp")
    assert r.ok, r
    assert world.do(
        "dispose", g1, user="sup", qty=4, location="A1", reason="expired", countersign="sup2"
    ).ok
    assert world.lot(GAUZE, "G1")["on_hand"] == 0


def test_recalled_and_rejected_stock_can_still_be_cleaned_up(world: World) -> None:
    world.stocked(GAUZE, "R", days(300), 4)
    world.set_hold(GAUZE, "R", Hold.RECALL, "FSCA")
    r = scan(GAUZE, "R", days(300))
    assert world.do("move", r, qty=4, location="A1", to="Q").ok
    assert world.do("return_to_supplier", r, user="sup", qty=4, location="Q", reason="recall").ok
    world.receive(GAUZE, "X", days(300), 3, location="A1")
    x = scan(GAUZE, "X", days(300))
    assert world.do("qc_reject", x, user="qa", reason="bad seal").ok
    assert world.do(
        "dispose", x, user="sup", qty=3, location="A1", reason="bad seal", countersign="sup2"
    ).ok


def test_dispose_needs_a_reason(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 4)
    result = world.do("dispose", scan(GAUZE, "G1", days(300)), user="sup", qty=1, location="A1")
    assert result.code is Code.REASON_REQUIRED


def test_a_lot_pending_qc_may_be_put_away(world: World) -> None:
    world.receive(GAUZE, "G1", days(300), 4)
    move = world.do("move", scan(GAUZE, "G1", days(300)), qty=4, location="RCV", to="A1")
    assert move.ok and world.qty(GAUZE, "G1", "A1") == 4


def test_returns_come_back_from_a_department(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    assert _pick(world, GAUZE, "G1", 300, qty=4, to="WARD").ok
    back = world.do("return", scan(GAUZE, "G1", days(300)), qty=1, location="WARD", to="A1")
    assert back.ok, back
    assert world.lot(GAUZE, "G1")["on_hand"] == 7
