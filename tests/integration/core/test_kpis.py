"""Each KPI's formula against a store with a known history, worked out by hand.

Every test writes its history through the executor at set times in March
2027 (the template's items, bins and departments: store_kit) and reads the
period 2027-03-01 .. 2027-03-31 back from app.services.kpis.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from app.domain.model import WriteOffReason
from app.domain.recall import AccountKind, NewRecall, RecallScope, ScopeKind
from app.errors import Code
from app.management_report import write_management_report
from app.services.commands import (
    AccountRecallUnits,
    CarryOutRecall,
    CloseRecall,
    CreateRecall,
    ImportMasterData,
    MarkDepartmentsNotified,
)
from app.services.evidence import store_evidence
from app.services.kpis import KpiSet, Period, department_items, department_usage, kpi_set
from tests.integration.core.store_kit import (
    GAUZE,
    GLOVE,
    PINS,
    STENT,
    UNKNOWN,
    World,
    days,
    scan,
)
from tests.kit import command

ROOT = Path(__file__).parents[3]
MARCH = Period(date(2027, 3, 1), date(2027, 3, 31))
OVERRIDE = ("sup", PINS["sup"], "short-dated, needed today")


def on(w: World, month: int, day: int, hour: int = 9) -> None:
    w.on(date(2027, month, day), hour)


def kpis(w: World, today: date = date(2027, 3, 31)) -> KpiSet:
    return kpi_set(w.store.uow(read_only=True), MARCH, today)


def items_import(w: World, header: list[str], rows: list[dict[str, str]]) -> None:
    result = w.run(w.people["admin"], ImportMasterData("items", header, rows))
    assert result.ok, result


def costs(w: World) -> None:
    """GAUZE costs 2.00 an each, STENT 100.00; GLOVE's cost is not known."""
    items_import(
        w,
        ["gtin", "name", "unit_cost"],
        [
            {"gtin": GAUZE, "name": "Gauze swab", "unit_cost": "2"},
            {"gtin": STENT, "name": "Coronary stent", "unit_cost": "100.00"},
        ],
    )


def receive(
    w: World,
    gtin: str,
    lot: str,
    expiry: date,
    qty: int,
    location: str = "RCV",
    supplier: str | None = None,
    unit_cost: float | None = None,
) -> None:
    """Received (a supervisor accepting a short-dated delivery) into `location`, QC released."""
    result = w.do(
        "receive",
        scan(gtin, lot, expiry),
        qty=qty,
        location="RCV",
        supplier=supplier,
        unit_cost=unit_cost,
        override=OVERRIDE,
    )
    assert result.ok, result
    if w.lot(gtin, lot)["qc"] == "pending":
        assert w.do("qc_release", scan(gtin, lot, expiry), user="qa").ok
    if location != "RCV":
        moved = w.do("move", scan(gtin, lot, expiry), qty=qty, location="RCV", to=location)
        assert moved.ok, moved


def do(w: World, action: str, gtin: str, lot: str, expiry: date, **fields: object) -> None:
    result = w.do(action, scan(gtin, lot, expiry), **fields)  # type: ignore[arg-type]
    assert result.ok, result


def test_items_import_takes_a_unit_cost_and_refuses_one_that_is_not_a_number(
    world: World,
) -> None:
    costs(world)
    assert world.sql("SELECT unit_cost FROM items WHERE di=?", GAUZE) == [(2.0,)]
    bad = world.run(
        world.people["admin"],
        ImportMasterData(
            "items",
            ["gtin", "name", "unit_cost"],
            [{"gtin": GLOVE, "name": "G", "unit_cost": "=1"}],
        ),
    )
    assert bad.code is Code.IMPORT_PROBLEMS
    assert world.sql("SELECT unit_cost FROM items WHERE di=?", GLOVE) == [(None,)]


def test_risk_lots_are_counted_with_units_and_value_per_tier_and_location(world: World) -> None:
    w = world
    costs(w)
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(5), 10, "A1", unit_cost=3.0)  # critical; its receipt's cost
    receive(w, GAUZE, "G2", days(20), 4, "A1")  # warning
    receive(w, GAUZE, "G3", days(20), 6, "A2")  # warning
    receive(w, STENT, "T1", days(100), 3, "A2")  # notice by the implant tiers (120 days)
    receive(w, GLOVE, "K1", days(50), 7)  # notice, at the dock, no cost known
    receive(w, GAUZE, "G4", days(300), 5, "A1")  # no tier

    k = kpis(w, today=date(2027, 3, 1))

    assert k.risk_on == date(2027, 3, 1)
    assert [
        (c.location, c.tier, c.lots, c.units, c.value, c.uncosted_units) for c in k.risk_lots
    ] == [
        ("A1", "warning", 1, 4, 8.0, 0),  # 4 × 2.00
        ("A1", "critical", 1, 10, 30.0, 0),  # 10 × 3.00, the receipt's cost
        ("A2", "notice", 1, 3, 300.0, 0),  # 3 × 100.00
        ("A2", "warning", 1, 6, 12.0, 0),
        ("RCV", "notice", 1, 7, 0.0, 7),
    ]
    a1 = next(loc for loc in k.locations if loc.location == "A1")
    assert (a1.lots, a1.units, a1.value, a1.tiers) == (2, 14, 38.0, {"warning": 4, "critical": 10})


def test_supplier_expiry_rate_is_units_expired_over_units_received_and_short_dated_share(
    world: World,
) -> None:
    w = world
    on(w, 3, 1)
    receive(w, GAUZE, "G1", date(2027, 3, 10), 20, "A1", supplier="S1")  # 9 days left: short
    receive(w, GAUZE, "G2", days(200), 30, "A1", supplier="S1")
    receive(w, GLOVE, "K1", days(100), 50, supplier="AUTO")
    on(w, 3, 5)
    do(w, "pick", GAUZE, "G1", date(2027, 3, 10), qty=5, location="A1", to="WARD")
    on(w, 3, 20)
    expired = {"reason_code": WriteOffReason.EXPIRED.value, "countersign": "sup2", "user": "sup"}
    do(w, "dispose", GAUZE, "G1", date(2027, 3, 10), qty=10, location="A1", **expired)
    on(w, 4, 2)  # after the period: the 5 left were still on hand at its end
    do(w, "dispose", GAUZE, "G1", date(2027, 3, 10), qty=5, location="A1", **expired)

    by_code = {s.supplier: s for s in kpis(w, today=date(2027, 4, 2)).suppliers}

    s1 = by_code["S1"]
    # G1 expired 2027-03-10 with 15 unused: 10 disposed on 03-20 + 5 disposed on 04-02
    assert (s1.units_received, s1.units_expired, s1.expiry_rate) == (50, 15, 15 / 50)
    assert (s1.value_expired, s1.uncosted_expired) == (0.0, 15)  # GAUZE has no cost here
    assert (s1.deliveries, s1.short_dated, s1.short_dated_share) == (2, 1, 0.5)
    auto = by_code["AUTO"]
    assert (auto.units_received, auto.units_expired, auto.expiry_rate) == (50, 0, 0.0)
    assert auto.short_dated_share == 0.0


def test_department_usage_is_picks_less_returns_with_days_of_cover_and_target_deviation(
    world: World,
) -> None:
    w = world
    items_import(
        w,
        ["gtin", "name", "min_stock", "max_stock"],
        [
            {"gtin": GAUZE, "name": "Gauze swab", "min_stock": "50", "max_stock": "80"},
            {"gtin": STENT, "name": "Coronary stent", "min_stock": "8", "max_stock": "0"},
        ],
    )
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(300), 100, "A1")
    receive(w, STENT, "T1", days(300), 10, "A2")
    on(w, 3, 2)
    do(w, "pick", GAUZE, "G1", days(300), qty=30, location="A1", to="WARD")
    do(w, "pick", GAUZE, "G1", days(300), qty=12, location="A1", to="ICU")
    do(w, "pick", STENT, "T1", days(300), qty=4, location="A2", to="ICU")
    on(w, 3, 4)
    do(w, "return", GAUZE, "G1", days(300), qty=2, location="WARD", to="A1")

    k = kpis(w)

    assert [(d.department, d.units, [(i.di, i.units) for i in d.items]) for d in k.departments] == [
        ("ICU", 16, [(GAUZE, 12), (STENT, 4)]),
        ("WARD", 28, [(GAUZE, 28)]),  # 30 picked, 2 returned
    ]
    gauze, stent = (next(i for i in k.items if i.di == di) for di in (GAUZE, STENT))
    # 60 on hand ÷ (42 picked ÷ 31 days); inside 50..80
    assert (gauze.units_issued, gauze.on_hand_end, gauze.deviation) == (42, 60, 0)
    assert gauze.days_of_cover == pytest.approx(60 / (42 / 31))
    # 6 on hand, 2 under the minimum of 8
    assert (stent.units_issued, stent.on_hand_end, stent.deviation) == (4, 6, -2)
    assert stent.days_of_cover == pytest.approx(6 / (4 / 31))


def test_stock_turnover_is_units_issued_over_the_average_of_on_hand_at_start_and_end(
    world: World,
) -> None:
    w = world
    on(w, 2, 20)
    receive(w, GAUZE, "G1", days(300), 100, "A1")
    on(w, 3, 5)
    do(w, "pick", GAUZE, "G1", days(300), qty=40, location="A1", to="WARD")
    on(w, 3, 10)
    receive(w, GAUZE, "G2", days(300), 20, "A1")
    on(w, 4, 2)  # after the period
    do(w, "pick", GAUZE, "G1", days(300), qty=10, location="A1", to="WARD")

    t = kpis(w, today=date(2027, 4, 2)).turnover

    # start 100, end 100 - 40 + 20 = 80, average 90
    assert (t.units_issued, t.on_hand_start, t.on_hand_end, t.average_on_hand) == (40, 100, 80, 90)
    assert t.turnover == pytest.approx(40 / 90)


def _alert(w: World, lot: str, level: str) -> int:
    rows = w.sql(
        "SELECT a.id FROM alerts a JOIN lots l ON l.id = a.lot_id WHERE l.lot=? AND a.level=?",
        lot,
        level,
    )
    return int(rows[0][0])


def _choose(w: World, lot: str, level: str, disposition: str) -> None:
    chosen = w.do(
        "choose_disposition", user="sup", alert=_alert(w, lot, level), disposition=disposition
    )
    assert chosen.ok, chosen


def test_warning_timeliness_and_disposal_cycle_time_are_the_closed_loops_records(
    world: World,
) -> None:
    """Due times by level (the defaults): critical 1 day, warning 3 days. Each timed
    step is the first action of its hour (the world's clock moves a minute per action)."""
    w = world
    exp1, exp2, exp3, exp4 = (date(2027, 3, d) for d in (5, 21, 2, 21))
    damaged = {"reason_code": WriteOffReason.DAMAGED.value, "countersign": "sup2", "user": "sup"}
    expired = {"reason_code": WriteOffReason.EXPIRED.value, "countersign": "sup2", "user": "sup"}
    on(w, 3, 1, 9)
    receive(w, GAUZE, "G1", exp1, 10)  # critical at 09:00, due 03-02 09:00
    on(w, 3, 1, 10)
    receive(w, GAUZE, "G2", exp2, 10)  # warning at 10:00, due 03-04 10:00; nothing done
    on(w, 3, 1, 11)
    _choose(w, "G1", "critical", "dispose")  # 2 h after raising
    on(w, 3, 1, 12)
    receive(w, GAUZE, "G3", exp3, 10)  # critical at 12:00, due 03-02 12:00
    on(w, 3, 1, 13)
    receive(w, GLOVE, "K4", exp4, 10, "A1")  # warning at 13:00, due 03-04 13:00
    on(w, 3, 1, 14)
    _choose(w, "K4", "warning", "use_first")  # 1 h
    on(w, 3, 2, 8)
    do(w, "dispose", GAUZE, "G1", exp1, qty=10, location="RCV", **damaged)  # closed: 23 h, in time
    on(w, 3, 2, 13)
    do(w, "pick", GLOVE, "K4", exp4, qty=10, location="A1", to="WARD")  # closed: 24 h, in time
    on(w, 3, 3, 12)
    _choose(w, "G3", "critical", "dispose")  # 48 h
    on(w, 3, 4, 12)
    do(w, "dispose", GAUZE, "G3", exp3, qty=10, location="RCV", **expired)  # closed: 72 h, late

    loop = kpis(w).loop

    assert (loop.warnings_raised, loop.chosen, loop.closed, loop.open_overdue) == (4, 3, 3, 1)
    assert loop.median_hours_to_choice == pytest.approx(2)  # of 2, 48, 1
    assert loop.median_hours_to_close == pytest.approx(24)  # of 23, 72, 24
    assert loop.closed_within_due == pytest.approx(2 / 3)  # G1, K4; not G3
    # closed by a disposal: G1 (23 h) and G3 (72 h); K4 was closed by a pick
    assert loop.disposed == 2
    assert loop.median_days_to_dispose == pytest.approx((23 / 24 + 3) / 2)
    assert loop.disposed_within_due == pytest.approx(1 / 2)


def test_recall_response_times_and_potential_cost_are_given_per_recall(
    world: World, tmp_path: Path
) -> None:
    w = world
    costs(w)
    exp = days(300)
    on(w, 3, 1)
    receive(w, GAUZE, "L1", exp, 32, "A1", unit_cost=5.0)
    receive(w, GAUZE, "L2", exp, 10, "A2")  # the item's 2.00
    do(w, "pick", GAUZE, "L1", exp, qty=8, location="A1", to="WARD")
    do(w, "pick", GAUZE, "L1", exp, qty=4, location="A1", to="ICU")
    on(w, 3, 2, 9)
    new = NewRecall(RecallScope(GAUZE, ScopeKind.LOTS, lots=("L1", "L2")), 2, "seal leaks")
    opened = w.run(w.people["sup"], CreateRecall(new))
    assert opened.ok, opened
    recall_id = str(opened.detail["recall_id"])
    on(w, 3, 2, 13)
    assert w.run(w.people["sup"], MarkDepartmentsNotified(recall_id, ["WARD", "ICU"])).ok

    def step(action: str, lot: str, qty: int, **kw: object) -> None:
        cmd = command(action, scan(GAUZE, lot, exp), qty=qty, **kw)
        result = w.run(w.people["sup"], CarryOutRecall(recall_id, cmd))
        assert result.ok, result

    on(w, 3, 3)
    step("return", "L1", 6, location="WARD", to="Q")
    step("move", "L1", 20, location="A1", to="Q")
    step("move", "L2", 10, location="A2", to="Q")
    step("return_to_supplier", "L1", 26, location="Q", to="RET", reason="recall")
    photo = tmp_path / "burnt.jpg"
    photo.write_bytes(b"\xff\xd8 evidence")
    evidence = store_evidence(photo, tmp_path / "evidence")
    step("dispose", "L2", 10, evidence=evidence, location="Q", reason="incinerated")
    on(w, 3, 4, 8)
    used = AccountRecallUnits(recall_id, GAUZE, "L1", AccountKind.USED_ON_PATIENT, 4, "ICU", "")
    assert w.run(w.people["sup"], used).ok
    on(w, 3, 4, 9)  # the last units accounted for: 48 h after issue
    lost = AccountRecallUnits(recall_id, GAUZE, "L1", AccountKind.WRITTEN_OFF, 2, "WARD", "lost")
    assert w.run(w.people["sup"], lost).ok
    on(w, 3, 5)
    assert w.run(w.people["qa"], CloseRecall(recall_id)).ok

    k = kpis(w)

    [r] = k.recalls
    assert (r.recall, r.status, r.affected_units) == (recall_id, "closed", 42)
    assert (r.hours_to_lock, r.hours_to_notify, r.hours_to_account) == (0.0, 4.0, 48.0)
    assert (r.potential_cost, r.uncosted_units) == (32 * 5.0 + 10 * 2.0, 0)
    assert (r.disposals, r.disposals_with_evidence) == (1, 1)
    assert (k.recall_medians.median_hours_to_notify, k.recall_medians.potential_cost) == (4.0, 180)
    assert (k.audit.closed_recalls, k.audit.closed_recalls_evidenced) == (1, 1)


def test_unplanned_outbound_and_overrides_are_counted_per_1000_picks(world: World) -> None:
    w = world
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(100), 10, "A1")
    receive(w, GAUZE, "G2", days(200), 10, "A1")
    pick = {"qty": 1, "location": "A1", "to": "WARD"}
    do(w, "pick", GAUZE, "G1", days(100), reference="PL-1", **pick)
    do(w, "pick", GAUZE, "G1", days(100), reference="  ", **pick)  # no pick list: unplanned
    do(w, "pick", GAUZE, "G1", days(100), reference="PL-2", **pick)
    refused = w.do("pick", scan(GAUZE, "G2", days(200)), reference="PL-3", **pick)  # type: ignore[arg-type]
    assert refused.code is Code.NOT_FEFO  # refused: not a pick
    overridden = ("sup", PINS["sup"], "the ward asked for the later lot")
    do(w, "pick", GAUZE, "G2", days(200), reference="PL-3", override=overridden, **pick)

    o = kpis(w).outbound

    assert (o.picks, o.unplanned, o.overrides) == (4, 1, 1)
    assert (o.unplanned_per_1000, o.overrides_per_1000) == (250.0, 250.0)


def test_mismatch_rate_counts_data_mismatch_not_fefo_and_wrong_item_scans_per_1000_scans(
    world: World,
) -> None:
    w = world
    on(w, 3, 1)
    receive(w, GLOVE, "K1", days(100), 10)  # scan 1 (GLOVE is released on receipt)
    receive(w, GLOVE, "K2", days(200), 10)  # scan 2
    do(w, "pick", GLOVE, "K1", days(100), qty=1, location="RCV", to="WARD")  # scan 3
    not_fefo = w.do("pick", scan(GLOVE, "K2", days(200)), qty=1, location="RCV", to="WARD")
    unknown = w.do("pick", scan(UNKNOWN, "X1", days(200)), qty=1, location="RCV", to="WARD")
    mismatched = w.do("receive", scan(GLOVE, "K1", days(150)), qty=1, location="RCV")
    assert (not_fefo.code, unknown.code, mismatched.code) == (
        Code.NOT_FEFO,
        Code.UNKNOWN_ITEM,
        Code.DATA_MISMATCH,
    )

    m = kpis(w).mismatch

    # 3 scans kept in the ledger + 2 refused + 1 DATA_MISMATCH
    assert (m.scans, m.data_mismatch, m.not_fefo, m.wrong_item) == (6, 1, 1, 1)
    assert m.mismatches_per_1000 == pytest.approx(3 * 1000 / 6)
    assert m.not_fefo_per_1000 == pytest.approx(1000 / 6)


def _verify(path: Path) -> int:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "audit", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return done.returncode


def test_audit_completeness_reports_the_last_stored_verification_not_a_rehash(
    world: World,
) -> None:
    w = world
    on(w, 3, 1)
    receive(w, GLOVE, "K1", days(100), 10)
    do(w, "pick", GLOVE, "K1", days(100), qty=1, location="RCV", to="WARD")
    assert kpis(w).audit.chain_intact is None  # never verified

    assert _verify(w.path) == 0
    verified = kpis(w).audit
    entries = w.sql("SELECT count(*) FROM audit")[0][0]
    assert (verified.chain_intact, verified.chain_entries) == (True, entries)
    assert (verified.movements, verified.movements_audited, verified.movements_share) == (2, 2, 1)

    # Behind the app's back: an entry edited, a movement with no audit entry.
    w.write("UPDATE audit SET user='mallory' WHERE seq=(SELECT max(seq) FROM audit)")
    w.write(
        "INSERT INTO movements (id, at, user, device, type, lot_id, quantity, reference, reason,"
        " raw_scan, reason_code) SELECT 'forged', '2027-03-02T09:00:00.000000+00:00', 'mallory',"
        " 'd', 'pick', id, 1, '', '', '', '' FROM lots WHERE lot='K1'"
    )
    stale = kpis(w).audit
    assert stale.chain_intact is True  # the stored verdict stands until the next verify
    assert (stale.movements, stale.movements_audited) == (3, 2)
    assert stale.movements_share == pytest.approx(2 / 3)
    assert _verify(w.path) == 1
    assert kpis(w).audit.chain_intact is False


def test_the_kpi_set_carries_the_department_lines_of_the_items_issued_most_and_every_line_on_asking(
    world: World,
) -> None:
    w = world
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(300), 100, "A1")
    receive(w, STENT, "T1", days(300), 10, "A2")
    on(w, 3, 2)
    do(w, "pick", GAUZE, "G1", days(300), qty=30, location="A1", to="WARD")
    do(w, "pick", STENT, "T1", days(300), qty=4, location="A2", to="ICU")
    do(w, "pick", STENT, "T1", days(300), qty=1, location="A2", to="WARD")

    k = kpis(w)
    uow = w.store.uow(read_only=True)
    with uow:
        top_one = department_usage(uow.kpis, MARCH, k.items, top=1)

    # Gauze is issued most (30 units): only its lines; the totals count every item.
    assert [(d.department, d.units, [(i.di, i.units) for i in d.items]) for d in top_one] == [
        ("ICU", 4, []),
        ("WARD", 31, [(GAUZE, 30)]),
    ]
    assert [(code, i.di, i.units) for code, i in department_items(w.store.uow(), MARCH)] == [
        ("ICU", STENT, 4),
        ("WARD", GAUZE, 30),
        ("WARD", STENT, 1),
    ]
    assert [(c, i.di) for c, i in department_items(w.store.uow(), MARCH, "ICU")] == [("ICU", STENT)]


def test_report_kpis_prints_named_keys_with_lists_per_supplier_item_department_location_recall(
    world: World, tmp_path: Path
) -> None:
    w = world
    costs(w)
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(20), 10, "A1", supplier="S1")
    do(w, "pick", GAUZE, "G1", days(20), qty=3, location="A1", to="WARD", reference="=HYPERLINK(1)")
    w.close()
    book = tmp_path / "kpis.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "report",
            "kpis",
            "--db",
            str(w.path),
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-31",
            "--json",
            "--xlsx",
            str(book),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert {"suppliers", "items", "departments", "locations", "recalls", "risk_lots"} <= set(out)
    assert out["suppliers"] == [
        {
            "supplier": "S1",
            "name": "Supplier One",
            "units_received": 10,
            "units_expired": 7,  # G1 expired on 2027-03-21 with 7 on hand
            "expiry_rate": 0.7,
            "value_expired": 14.0,  # 7 × GAUZE's 2.00
            "uncosted_expired": 0,
            "deliveries": 1,
            "short_dated": 1,
            "short_dated_share": 1.0,
        }
    ]
    assert out["departments"][0]["department"] == "WARD" and out["departments"][0]["units"] == 3
    # The JSON carries every department's item lines, not only the chart's top items.
    assert [i["di"] for i in out["departments"][0]["items"]] == [GAUZE]
    # Risk is as of the earlier of the period's end and today (the real clock's, here).
    assert out["risk_on"] == min(date(2027, 3, 31), date.today()).isoformat()
    assert isinstance(out["locations"], list) and out["recalls"] == []
    assert out["outbound"]["picks"] == 1 and out["turnover"]["units_issued"] == 3
    assert set(out["loop"]) == {
        "warnings_raised",
        "chosen",
        "closed",
        "open_overdue",
        "median_hours_to_choice",
        "median_hours_to_close",
        "closed_within_due",
        "disposed",
        "median_days_to_dispose",
        "disposed_within_due",
    }
    sheets = load_workbook(book).sheetnames
    assert {"kpis", "suppliers", "items", "departments", "locations", "recalls"} <= set(sheets)

    bad = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "report",
            "kpis",
            "--db",
            str(w.path),
            "--from",
            "2027-03-31",
            "--to",
            "2027-03-01",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and "before" in bad.stderr and "Traceback" not in bad.stderr


def test_a_period_is_site_days_from_the_first_midnight_to_the_day_after_the_last() -> None:
    p = Period.month(2027, 2)
    assert (p.start, p.end, p.days) == (date(2027, 2, 1), date(2027, 2, 28), 28)
    assert (p.since, p.until) == (
        datetime(2027, 2, 1, tzinfo=UTC),
        datetime(2027, 3, 1, tzinfo=UTC),
    )
    assert Period.month(2026, 12).until == datetime(2027, 1, 1, tzinfo=UTC)


def test_the_management_report_is_a_bilingual_pdf_with_its_charts_drawn_as_vectors(
    world: World, tmp_path: Path
) -> None:
    w = world
    costs(w)
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(20), 10, "A1", supplier="S1")
    receive(w, GLOVE, "K1", days(50), 6, supplier="AUTO")
    do(w, "pick", GAUZE, "G1", days(20), qty=3, location="A1", to="WARD")
    k = kpis(w, today=date(2027, 3, 1))
    path = tmp_path / "report.pdf"

    write_management_report(k, path)

    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        bars = sum(len(page.rects) for page in pdf.pages)
        lines = sum(len(page.lines) + len(page.curves) for page in pdf.pages)
    for words in (
        "库存管理月报",
        "Management report",
        "供应商过期率",
        "Supplier expiry rate",
        "Risk units per location and tier",
        "Monthly trend",
        "Recall response",
        "库存周转率",
        "Stock turnover",
    ):
        assert words in text, words
    # The categories under the bars are the suppliers' codes and the locations.
    assert {"S1", "AUTO", "A1", "RCV"} <= set(text.split())
    assert bars >= 4 and lines > 0  # supplier and risk bars, axes and the trend line
