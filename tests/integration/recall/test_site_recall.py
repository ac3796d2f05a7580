"""Working a recall case at one site through the services, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.model import AlertKind, Level
from app.domain.recall import AccountKind, NewRecall, RecallScope, ScopeKind
from app.errors import Code, Refused
from app.services.alerts import open_warnings
from app.services.audit_check import verify_store
from app.services.commands import (
    AccountRecallUnits,
    CarryOutRecall,
    CloseRecall,
    CreateRecall,
    EvidenceFile,
)
from app.services.context import ActionResult
from app.services.evidence import store_evidence
from app.services.people import authenticate
from app.services.ports import WarningFilter
from app.services.recall_trace import list_recalls, recall_trace
from tests.integration.core.store_kit import (
    GAUZE,
    PUMP,
    World,
    days,
    scan,
)
from tests.kit import command

EXP = days(300)


@pytest.fixture
def world(world: World) -> World:
    """The kit's world, stocked. L1: 20 on A1, 8 to WARD, 4 to ICU. L2: 10 on A2.
    L3 (not recalled): 5 on A1."""
    world.stocked(GAUZE, "L1", EXP, 32)
    world.stocked(GAUZE, "L2", EXP, 10, location="A2")
    world.stocked(GAUZE, "L3", days(200), 5)
    assert world.do("pick", scan(GAUZE, "L3", days(200)), qty=5, location="A1", to="WARD").ok
    assert world.do("pick", scan(GAUZE, "L1", EXP), qty=8, location="A1", to="WARD").ok
    assert world.do("pick", scan(GAUZE, "L1", EXP), qty=4, location="A1", to="ICU").ok
    return world


def create(w: World, new: NewRecall, user: str = "sup") -> ActionResult:
    return w.run(w.people[user], CreateRecall(new))


def open_recall(
    w: World, drill: bool = False, lots: tuple[str, ...] = ("L1", "L2"), user: str = "sup"
) -> str:
    new = NewRecall(
        RecallScope(GAUZE, ScopeKind.LOTS, lots=lots), 2, "sterile seal leaks", drill=drill
    )
    result = create(w, new, user)
    assert result.ok, result
    return str(result.detail["recall_id"])


def close(w: World, recall_id: str, user: str = "qa", countersign: str = "") -> ActionResult:
    second = w.people[countersign] if countersign else None
    return w.run(w.people[user], CloseRecall(recall_id, second))


def test_a_recall_blocks_its_lots_raises_a_critical_alert_and_makes_tasks(world: World) -> None:
    recall_id = open_recall(world)

    assert world.lot(GAUZE, "L1")["hold"] == "recall"
    assert world.lot(GAUZE, "L2")["hold"] == "recall"
    assert world.lot(GAUZE, "L3")["hold"] == "none"
    refused = world.do("pick", scan(GAUZE, "L2", EXP), qty=1, location="A2", to="WARD")
    assert refused.code.value == "RECALLED"
    alerts = open_warnings(
        world.store.uow(), WarningFilter(level=Level.CRITICAL, kind=AlertKind.RECALL)
    )
    assert len(alerts) == 2
    trace = recall_trace(world.store.uow(), recall_id)
    tasks = {(t["kind"], t["location"]): t["quantity"] for t in trace["tasks"]}
    assert tasks == {
        ("location", "A1"): 20,
        ("location", "A2"): 10,
        ("department", "WARD"): 8,
        ("department", "ICU"): 4,
    }
    assert trace["progress"] == {"recovered": 0, "affected": 42, "documented": 0, "unaccounted": 42}
    outbox = [r[0] for r in world.sql("SELECT type FROM outbox")]
    assert "recall_created" in outbox and "recall_applied" in outbox


def test_a_drill_blocks_nothing_but_records_lots_tasks_and_lock_time(world: World) -> None:
    recall_id = open_recall(world, drill=True)

    assert world.lot(GAUZE, "L1")["hold"] == "none"
    assert world.do("pick", scan(GAUZE, "L1", EXP), qty=1, location="A1", to="WARD").ok
    trace = recall_trace(world.store.uow(), recall_id)
    assert trace["recall"]["drill"] and trace["timings"]["locked"] is not None
    assert len(trace["tasks"]) == 4


def test_where_used_names_each_department_with_dates_quantities_and_who_issued(
    world: World,
) -> None:
    recall_id = open_recall(world)

    lot = next(x for x in recall_trace(world.store.uow(), recall_id)["lots"] if x["lot"] == "L1")
    assert [(i["department"], i["quantity"], i["by"]) for i in lot["issued"]] == [
        ("WARD", 8, "op"),
        ("ICU", 4, "op"),
    ]
    assert all(i["at"] is not None for i in lot["issued"])
    assert [(s["location"], s["quantity"]) for s in lot["stock"]] == [("A1", 20)]
    assert lot["unaccounted"] == 32


def test_a_lot_received_after_the_recall_is_blocked_on_arrival(world: World) -> None:
    new = NewRecall(RecallScope(GAUZE, ScopeKind.ALL_LOTS), 1, "wrong sterilisation")
    assert create(world, new).ok

    received = world.do("receive", scan(GAUZE, "L9", EXP), qty=3, location="RCV")

    assert received.ok and received.detail["hold"] == "recall"
    assert world.lot(GAUZE, "L9")["hold"] == "recall"


def test_a_serial_recall_blocks_the_lot_holding_the_serial(world: World) -> None:
    assert world.do("receive", scan(PUMP, "P1", EXP, serial="SN-7"), location="RCV").ok
    new = NewRecall(RecallScope(PUMP, ScopeKind.SERIALS, serials=("SN-7",)), 1, "battery")
    assert create(world, new).ok
    assert world.lot(PUMP, "P1")["hold"] == "recall"


def test_an_operator_or_a_wrong_pin_cannot_open_a_recall(world: World) -> None:
    new = NewRecall(RecallScope(GAUZE, ScopeKind.LOTS, lots=("L1",)), 1, "x")
    assert create(world, new, "op").code is Code.NOT_PERMITTED
    with pytest.raises(Refused) as wrong_pin:
        authenticate(world.store.uow(), world.clock, "sup", "000000")
    assert wrong_pin.value.code is Code.BAD_CREDENTIALS
    assert world.sql("SELECT count(*) FROM recalls") == [(0,)]
    assert world.lot(GAUZE, "L1")["hold"] == "none"


def test_the_case_closes_only_when_every_unit_is_accounted_for_with_qa_sign_off(
    world: World, tmp_path: Path
) -> None:
    recall_id = open_recall(world)
    w, uow = world, world.store.uow

    refused = close(w, recall_id)
    assert not refused.ok and refused.code is Code.UNITS_UNACCOUNTED
    assert refused.message.split("; ") == [
        "lot L1: 32 of 32 unaccounted (20 still on shelves, 12 out in departments)",
        "lot L2: 10 of 10 unaccounted (10 still on shelves, 0 out in departments)",
    ]

    def do(
        action: str, lot: str, qty: int, evidence: EvidenceFile | None = None, **kw: str
    ) -> None:
        step = command(action, scan(GAUZE, lot, EXP), qty=qty, evidence=evidence, **kw)
        result = w.run(w.people["sup"], CarryOutRecall(recall_id, step))
        assert result.ok, result

    do("return", "L1", 6, location="WARD", to="Q")
    do("move", "L1", 20, location="A1", to="Q")
    do("move", "L2", 10, location="A2", to="Q")
    do("return_to_supplier", "L1", 24, location="Q", to="RET", reason="recall")
    photo = tmp_path / "burnt.jpg"
    photo.write_bytes(b"\xff\xd8 evidence")
    evidence = store_evidence(photo, tmp_path / "evidence")
    do("dispose", "L2", 10, evidence, location="Q", reason="incinerated")

    def account(kind: AccountKind, qty: int, department: str, reason: str = "") -> ActionResult:
        account = AccountRecallUnits(recall_id, GAUZE, "L1", kind, qty, department, reason)
        return w.run(w.people["sup"], account)

    assert account(AccountKind.USED_ON_PATIENT, 4, "ICU").ok
    too_many = account(AccountKind.WRITTEN_OFF, 3, "WARD", "lost")
    assert too_many.code.value == "QUANTITY_MISMATCH"

    still = close(w, recall_id)
    assert still.message.split("; ") == [
        "lot L1: 2 of 32 unaccounted (0 still on shelves, 2 out in departments)"
    ]
    assert account(AccountKind.WRITTEN_OFF, 2, "WARD", "lost on the ward").ok
    with pytest.raises(Refused) as wrong_pin:
        authenticate(uow(), w.clock, "qa", "999999")
    assert wrong_pin.value.code is Code.BAD_CREDENTIALS
    not_qa = close(w, recall_id, "sup")
    assert not not_qa.ok and not_qa.code is Code.NOT_PERMITTED

    closed = close(w, recall_id)

    assert closed.ok and closed.code is Code.ACCEPTED, closed
    again = close(w, recall_id)
    assert not again.ok and again.code is Code.RECALL_CLOSED
    trace = recall_trace(uow(), recall_id)
    assert trace["recall"]["status"] == "closed" and trace["recall"]["closed_by"] == "qa"
    assert trace["progress"] == {"recovered": 36, "affected": 42, "documented": 6, "unaccounted": 0}
    assert trace["evidence"][0]["sha256"] == evidence.sha256
    assert Path(trace["evidence"][0]["stored_as"]).read_bytes() == b"\xff\xd8 evidence"
    assert trace["timings"]["recovered"] is not None
    assert [r["status"] for r in list_recalls(uow())] == ["closed"]


def test_a_recall_disposal_without_evidence_changes_nothing(world: World) -> None:
    recall_id = open_recall(world)
    before = world.sql("SELECT count(*) FROM movements")
    step = command("dispose", scan(GAUZE, "L2", EXP), qty=1, location="A2", reason="x")
    result = world.run(world.people["sup"], CarryOutRecall(recall_id, step))
    assert result.code is Code.EVIDENCE_REQUIRED
    assert world.sql("SELECT count(*) FROM movements") == before


def test_carrying_out_a_lot_outside_the_recall_is_refused_and_changes_nothing(
    world: World,
) -> None:
    recall_id = open_recall(world)
    before = world.sql("SELECT count(*) FROM movements")
    step = command("return", scan(GAUZE, "L3", days(200)), qty=1, location="WARD", to="Q")
    result = world.run(world.people["op"], CarryOutRecall(recall_id, step))
    assert result.code is Code.NOT_IN_RECALL and "not part of recall" in result.message
    assert world.sql("SELECT count(*) FROM movements") == before


def test_whoever_opened_a_recall_needs_a_second_qa_to_close_it(world: World) -> None:
    # A lot this site never held: nothing to account for, so only the signatures matter.
    recall_id = open_recall(world, lots=("L0",), user="qa")
    alone = close(world, recall_id)
    assert alone.code is Code.SECOND_PERSON_REQUIRED
    not_qa = close(world, recall_id, countersign="sup")
    assert not_qa.code is Code.NOT_PERMITTED
    closed = close(world, recall_id, countersign="qa2")
    assert closed.ok and closed.detail["countersigned_by"] == "qa2"


def test_a_recall_of_many_lots_records_one_entry_per_lot_with_its_figures_and_the_chain_holds(
    world: World,
) -> None:
    for n in range(40):
        world.receive(GAUZE, f"M{n:02d}", EXP, 2)
    open_recall(world, lots=("L1",))  # L1 is blocked by a recall already
    (before,) = world.sql("SELECT max(seq) FROM audit")[0]

    new = NewRecall(RecallScope(GAUZE, ScopeKind.ALL_LOTS), 1, "every lot of the gauze")
    opened = create(world, new)

    assert opened.ok, opened
    lots = dict(world.sql("SELECT lot, id FROM lots WHERE di = ?", GAUZE))
    assert len(lots) == 43 and all(world.lot(GAUZE, lot)["hold"] == "recall" for lot in lots)
    entries = world.sql(
        "SELECT seq, action, entity_id, after FROM audit WHERE seq > ? ORDER BY seq", before
    )
    blocks = [e for e in entries if e[1] == "recall_block"]
    raised = [e for e in entries if e[1] == "raise_alert"]
    # One entry per lot: the block of each lot it blocked, with the units the lot held
    # here and its alert; the alert alone for L1, which this recall did not block.
    assert sorted(e[2] for e in blocks) == sorted(f"{GAUZE}/{lot}" for lot in lots if lot != "L1")
    assert [json.loads(e[3])["lot_id"] for e in raised] == [lots["L1"]]
    alert_rows = dict(world.sql("SELECT id, lot_id FROM alerts WHERE kind = 'recall'"))
    units = dict(world.sql("SELECT lot_id, sum(quantity) FROM stock GROUP BY lot_id"))
    for block in blocks:
        after = json.loads(block[3])
        lot_id = lots[block[2].split("/", 1)[1]]
        assert alert_rows[after["alert"]] == lot_id and after["level"] == "critical"
        assert after["on_hand"] == units[lot_id] and after["hold"] == "recall"
    assert alert_rows[int(raised[0][2])] == lots["L1"]
    # Each lot's entry seals the one event the centre hears of its alert.
    events = world.sql(
        "SELECT audit_seq, payload FROM outbox WHERE type = 'alert' AND audit_seq > ?", before
    )
    assert sorted(seq for seq, _ in events) == sorted(e[0] for e in blocks + raised)
    report = verify_store(world.store.uow())
    assert report.ok, (report.chain, report.findings)
