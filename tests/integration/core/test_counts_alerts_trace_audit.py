"""Counts, tiered alerts, trace, and the audit trail with its outbox events."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from app.domain.audit import ChainBreak
from app.domain.identity import Actor
from app.domain.model import Hold, Level
from app.errors import Code, Refused
from app.services.alerts import WarningRow, expiry_warnings, open_warnings
from app.services.commands import AcknowledgeAlert, ApproveCount, Command, RaiseAlerts
from app.services.people import authenticate
from app.services.ports import WarningFilter
from app.services.trace import lot_trace
from tests.integration.core.store_kit import GAUZE, PINS, STENT, World, days, scan

# --- counts ----------------------------------------------------------------


def test_a_count_that_matches_changes_no_stock(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    result = world.do("count", scan(GAUZE, "G1", days(300)), qty=10, location="A1")
    assert result.ok and result.detail["variance"] == 0
    assert world.count("alerts") == 0


def test_a_count_variance_awaits_a_supervisor_then_becomes_an_adjustment(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    result = world.do("count", scan(GAUZE, "G1", days(300)), qty=8, location="A1")
    assert result.ok and result.detail["pending_approval"] is True
    assert result.detail["variance"] == -2
    assert world.qty(GAUZE, "G1", "A1") == 10, "nothing changes before approval"
    assert world.sql("SELECT kind, assigned_to FROM alerts") == [("count_discrepancy", "store_liu")]
    count_id = int(result.detail["count_id"])

    by_operator = world.run(world.people["op"], ApproveCount(count_id))
    assert by_operator.code is Code.NOT_PERMITTED
    with pytest.raises(Refused) as wrong_pin:
        authenticate(world.store.uow(), world.clock, "sup", "000000")
    assert wrong_pin.value.code is Code.BAD_CREDENTIALS
    assert world.qty(GAUZE, "G1", "A1") == 10

    approved = world.run(world.people["sup"], ApproveCount(count_id))
    assert approved.ok, approved
    assert world.qty(GAUZE, "G1", "A1") == 8
    assert world.lot(GAUZE, "G1")["on_hand"] == 8
    assert world.sql("SELECT type, quantity FROM movements WHERE id=?", approved.movement_id) == [
        ("count_adjust", 2)
    ]
    assert world.sql("SELECT approved_by, movement_id FROM counts WHERE id=?", count_id) == [
        ("sup", approved.movement_id)
    ]
    again = world.run(world.people["sup"], ApproveCount(count_id))
    assert again.code is Code.NOTHING_TO_DO


def test_the_counter_may_not_approve_their_own_variance(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    counted = world.do("count", scan(GAUZE, "G1", days(300)), user="sup", qty=8, location="A1")
    own = world.run(world.people["sup"], ApproveCount(int(counted.detail["count_id"])))
    assert own.code is Code.SECOND_PERSON_REQUIRED
    assert world.qty(GAUZE, "G1", "A1") == 10
    assert world.run(world.people["sup2"], ApproveCount(int(counted.detail["count_id"]))).ok
    assert world.qty(GAUZE, "G1", "A1") == 8


def test_a_count_with_a_supervisor_present_adjusts_at_once(world: World) -> None:
    world.stocked(GAUZE, "G1", days(300), 10)
    result = world.do(
        "count",
        scan(GAUZE, "G1", days(300)),
        qty=13,
        location="A1",
        override=("sup", PINS["sup"], "found a box"),
    )
    assert result.ok and result.movement_id
    assert world.qty(GAUZE, "G1", "A1") == 13


# --- tiered alerts ---------------------------------------------------------


def _recompute(world: World) -> dict[str, int]:
    result = world.run(Actor.system("test-device"), RaiseAlerts())
    assert result.ok, result
    raised: dict[str, int] = result.detail["raised"]
    return raised


def _open(world: World, **where: Any) -> list[WarningRow]:
    return open_warnings(world.store.uow(), WarningFilter(**where))


def _alert_rows(world: World) -> list[tuple[str, str]]:
    return world.sql(
        "SELECT l.lot, a.level FROM alerts a JOIN lots l ON l.id=a.lot_id ORDER BY a.id"
    )


def test_crossing_into_a_tier_raises_exactly_one_alert(world: World) -> None:
    world.stocked(GAUZE, "G1", days(61), 5)
    assert _recompute(world) == {} or not any(_recompute(world).values())
    world.on(days(1))  # 60 days left: notice
    assert _recompute(world)["notice"] == 1
    assert _recompute(world)["notice"] == 0, "the same day again raises nothing"
    for n in range(2, 31):  # one alert per tier, not one per day
        world.on(days(n))
        _recompute(world)
    assert _alert_rows(world) == [("G1", "notice")]
    world.on(days(31))  # 30 days left: warning
    _recompute(world)
    world.on(days(32))
    _recompute(world)
    assert _alert_rows(world) == [("G1", "notice"), ("G1", "warning")]
    world.on(days(54))  # 7 days left: critical
    _recompute(world)
    world.on(days(62))  # expired
    _recompute(world)
    _recompute(world)
    assert [lvl for _, lvl in _alert_rows(world)] == ["notice", "warning", "critical", "expired"]


def test_a_lot_that_skips_tiers_raises_only_the_tier_it_is_in(world: World) -> None:
    world.stocked(GAUZE, "G1", days(70), 5)  # outside every tier when received
    world.on(days(65))  # 5 days left
    _recompute(world)
    assert _alert_rows(world) == [("G1", "critical")]


def test_alerts_use_the_categorys_own_tiers(world: World) -> None:
    world.stocked(STENT, "ST1", days(200), 2)
    world.stocked(GAUZE, "G1", days(100), 2)
    world.on(days(100))  # stent: 100 days left, inside the implant 120-day notice
    _recompute(world)
    assert set(_alert_rows(world)) == {("ST1", "notice"), ("G1", "critical")}


def test_lots_without_stock_raise_no_alerts(world: World) -> None:
    world.stocked(GAUZE, "G1", days(70), 2)  # outside every tier while in stock
    assert world.do("pick", scan(GAUZE, "G1", days(70)), qty=2, location="A1", to="WARD").ok
    world.on(days(65))
    _recompute(world)
    assert _alert_rows(world) == []


def test_alerts_are_listed_by_level_location_responsible_and_acknowledged(world: World) -> None:
    world.stocked(GAUZE, "G1", days(40), 2, location="A1")
    world.stocked(GAUZE, "G2", days(80), 2, location="A2")
    world.on(days(25))  # G1: 15 days (warning), G2: 55 days (notice)
    _recompute(world)
    uow = world.store.uow
    assert [r.lot for r in _open(world, level=Level.WARNING)] == ["G1"]
    assert [r.lot for r in _open(world, location="A2")] == ["G2"]
    assert [r.lot for r in _open(world, responsible="store_liu")] == ["G1"]
    warnings = expiry_warnings(uow(), world.clock.today())
    assert [(r["lot"], r["level"], r["days_left"]) for r in warnings] == [
        ("G1", "warning", 15),
        ("G2", "notice", 55),
    ]

    alert_id = _open(world, level=Level.WARNING)[0].alert_id
    ack = world.run(world.people["op"], AcknowledgeAlert(alert_id))
    assert ack.ok
    # Seen is not done: the warning stays open until its disposition closes it.
    assert [(r.lot, r.acknowledged_by) for r in _open(world)] == [("G1", "op"), ("G2", None)]
    open_tiers = "SELECT l.lot, a.acknowledged_by FROM alerts a JOIN lots l ON l.id=a.lot_id "
    open_tiers += "WHERE a.superseded_at IS NULL"
    assert dict(world.sql(open_tiers)) == {"G1": "op", "G2": None}
    again = world.run(world.people["op"], AcknowledgeAlert(alert_id))
    assert again.code is Code.NOTHING_TO_DO
    assert world.run(world.people["op"], AcknowledgeAlert(10_000)).code is Code.UNKNOWN_ALERT
    # acknowledged stays acknowledged: recomputing does not raise the same tier again
    alerts = world.count("alerts")
    world.on(days(26))
    _recompute(world)
    assert world.count("alerts") == alerts


# --- trace -----------------------------------------------------------------


def test_trace_shows_the_whole_life_of_a_lot(world: World) -> None:
    world.receive(GAUZE, "G1", days(300), 20, supplier="S1", reference="DN-7")
    g1 = scan(GAUZE, "G1", days(300))
    assert world.do("qc_release", g1, user="qa").ok
    assert world.do("move", g1, qty=20, location="RCV", to="A1").ok
    assert world.do("pick", g1, qty=5, location="A1", to="WARD").ok
    assert world.do("pick", g1, qty=3, location="A1", to="ICU").ok
    assert world.do("return", g1, qty=1, location="WARD", to="A2").ok
    trace = lot_trace(world.store.uow(read_only=True), GAUZE, "G1")
    assert trace["lot"]["supplier"] == "Supplier One" and trace["lot"]["qc"] == "released"
    (received,) = trace["received"]
    assert received["by"] == "op" and received["quantity"] == 20
    assert received["reference"] == "DN-7" and received["supplier"] == "Supplier One"
    assert [q["action"] for q in trace["qc"]] == ["qc_release"]
    assert [m["type"] for m in trace["movements"]] == [
        "receive",
        "qc_release",
        "move",
        "pick",
        "pick",
        "return",
    ]
    assert {s["location"]: s["quantity"] for s in trace["stock"]} == {"A1": 12, "A2": 1}
    assert trace["on_hand"] == 13
    departments = {d["department"]: (d["issued"], d["returned"]) for d in trace["departments"]}
    assert departments == {"WARD": (5, 1), "ICU": (3, 0)}


def test_trace_of_an_unknown_lot_is_refused(world: World) -> None:
    try:
        lot_trace(world.store.uow(read_only=True), GAUZE, "NOPE")
    except Exception as exc:  # Refused
        assert getattr(exc, "code", None) is Code.UNKNOWN_LOT
    else:
        raise AssertionError("no refusal")


# --- audit and outbox ------------------------------------------------------


def test_every_change_writes_an_audit_entry_and_an_outbox_event_with_it(world: World) -> None:
    g1 = scan(GAUZE, "G1", days(300))
    steps = [
        ("receive", {"qty": 10, "location": "RCV"}, "op"),
        ("qc_release", {}, "qa"),
        ("move", {"qty": 10, "location": "RCV", "to": "A1"}, "op"),
        ("pick", {"qty": 2, "location": "A1", "to": "WARD"}, "op"),
        ("return", {"qty": 1, "location": "WARD", "to": "A1"}, "op"),
        ("quarantine", {"reason": "wet"}, "op"),
        ("release", {"reason": "dry"}, "qa"),
        ("count", {"qty": 7, "location": "A1"}, "op"),
        ("dispose", {"qty": 1, "location": "A1", "reason": "torn"}, "sup"),
        ("return_to_supplier", {"qty": 1, "location": "A1", "to": "RET", "reason": "x"}, "sup"),
    ]
    for action, fields, user in steps:
        audit, outbox = world.count("audit"), world.count("outbox")
        result = world.do(action, g1, user=user, **fields)
        assert result.ok, (action, result)
        assert world.count("audit") > audit, action
        assert world.count("outbox") > outbox, action
    # every movement has its own audit entry and event
    movements = {r[0] for r in world.sql("SELECT id FROM movements")}
    audited = {r[0] for r in world.sql("SELECT entity_id FROM audit WHERE entity='movement'")}
    events = {
        json.loads(r[0])["movement_id"]
        for r in world.sql("SELECT payload FROM outbox WHERE type='movement'")
    }
    assert movements == audited == events
    assert world.chain_break() is None


def test_a_refused_action_changes_nothing(world: World) -> None:
    world.stocked(GAUZE, "LATE", days(300), 10)
    world.stocked(GAUZE, "EARLY", days(200), 10)
    world.set_hold(GAUZE, "EARLY", Hold.NONE)
    before = world.dump()
    refusals = [
        ("pick", scan(GAUZE, "LATE", days(300)), {"qty": 1, "location": "A1"}),
        ("pick", scan(GAUZE, "EARLY", days(200)), {"qty": 99, "location": "A1"}),
        ("pick", scan(GAUZE, "EARLY", days(200)), {"qty": 1, "location": "NOWHERE"}),
        ("move", scan(GAUZE, "EARLY", days(200)), {"qty": 1, "location": "A1", "to": "A1"}),
        ("dispose", scan(GAUZE, "EARLY", days(200)), {"qty": 1, "location": "A1"}),
        ("receive", scan(GAUZE, "NEW", days(5)), {"qty": 1}),
        ("receive", "garbage", {"qty": 1}),
        ("release", scan(GAUZE, "EARLY", days(200)), {"reason": "x"}),
        ("count", scan(GAUZE, "EARLY", days(200)), {"location": "A1"}),
    ]
    for action, raw, fields in refusals:
        result = world.do(action, raw, user="qa" if action == "release" else "op", **fields)
        assert not result.ok, (action, result)
        assert world.dump() == before, action
    # A command the executor has no handler for.
    unknown = world.run(world.people["op"], Command())
    assert unknown.code is Code.UNKNOWN_ACTION
    assert world.dump() == before


def test_the_audit_chain_verifies_after_many_actions(world: World) -> None:
    for n in range(15):
        world.stocked(GAUZE, f"L{n:02d}", days(100 + n), 5)
    world.clock.advance(timedelta(days=1))
    for n in range(15):
        world.do("pick", scan(GAUZE, f"L{n:02d}", days(100 + n)), qty=5, location="A1")
    assert world.count("audit") > 60
    assert world.chain_break() is None
    world.write("UPDATE audit SET user='mallory' WHERE seq=7")
    problem = world.chain_break()
    assert isinstance(problem, ChainBreak) and problem.seq == 7
