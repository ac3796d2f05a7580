"""A recall issued at the centre, carried out at two sites over real HTTP, closed and proven."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.credentials import hash_secret
from app.domain.model import Role, User
from app.domain.recall import Recall, RecallScope, ScopeKind
from app.errors import Code, Refused
from app.recall_printouts import close_out_report
from app.services.commands import CarryOutRecall, CloseRecall
from app.services.context import ActionResult
from app.services.people import authenticate
from app.services.recall_trace import recall_trace
from printing.documents import document_pdf
from sync.server import schema as s
from sync.server.recalls import issue_recall, recall_status
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    ITEMS,
    LOCATIONS,
    START,
    Centre,
    Site,
    enrolled_site,
)
from tests.kit import command

QA_PIN = "333333"

MORE_LOCATIONS = [
    {"code": "Q", "name": "Recall quarantine", "kind": "quarantine"},
    {"code": "RET", "name": "Supplier returns", "kind": "supplier_return"},
    {"code": "WARD", "name": "Ward 3", "kind": "department"},
]


def _recall(di: str, lots: tuple[str, ...], drill: bool = False) -> Recall:
    scope = RecallScope(di, ScopeKind.LOTS, lots=lots)
    return Recall(
        f"RC-T-{di[-3:]}{'-D' if drill else ''}",
        scope,
        1,
        "sterile seal leaks",
        START,
        "centre",
        drill=drill,
        origin="centre",
    )


def _stocked_sites(centre: Centre, tmp_path: Path) -> tuple[Site, Site]:
    centre.publish("items", ITEMS)
    centre.publish("locations", LOCATIONS + MORE_LOCATIONS)
    a, b = enrolled_site(centre, tmp_path, "A"), enrolled_site(centre, tmp_path, "B")
    for site in (a, b):
        assert not site.sync().errors
        for lot in ("L1", "L2"):
            assert site.act("receive", ITEM_A, lot, qty=10, location="RCV").ok
        assert site.act("receive", ITEM_B, "L9", qty=5, location="RCV").ok
        assert site.act("pick", ITEM_A, "L1", qty=4, location="RCV", to="ICU").ok
        assert not site.sync().errors
    return a, b


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_centre_recall_locks_an_online_site_in_one_round_and_an_offline_one_when_it_returns(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    centre = sqlite_centre
    a, b = _stocked_sites(centre, tmp_path)
    issue_recall(centre.engine, _recall(ITEM_A, ("L1",)))
    for site in (a, b):
        site.clock.advance(timedelta(hours=1))

    # A is online: one round locks the lot.
    assert not a.sync().errors
    assert a.lot_hold(ITEM_A, "L1") == "recall"
    assert a.act("pick", ITEM_A, "L1", qty=1, location="RCV", to="ICU").code.value == "RECALLED"
    # B is offline: it has not heard and picks the recalled lot, and keeps working on others.
    assert b.act("pick", ITEM_A, "L1", qty=2, location="RCV", to="ICU").ok
    assert b.act("pick", ITEM_B, "L9", qty=1, location="RCV", to="ICU").ok

    assert not b.sync().errors
    assert b.lot_hold(ITEM_A, "L1") == "recall"
    assert b.act("pick", ITEM_A, "L1", qty=1, location="RCV", to="ICU").code.value == "RECALLED"
    assert b.lot_hold(ITEM_A, "L2") == "none" and b.lot_hold(ITEM_B, "L9") == "none"

    for site in (a, b):  # the lock times travel with the next push
        assert not site.sync().errors
    status = recall_status(centre.engine, "RC-T-" + ITEM_A[-3:])
    assert {row["site"] for row in status["sites"]} == {"A", "B"}
    assert all(row["locked_at"] is not None and row["lots"] == ["L1"] for row in status["sites"])
    picked = [(e["site"], e["lot"]) for e in status["exceptions"]]
    assert picked == [("B", "L1")], "B's offline pick after the recall is an exception"
    network = {(r["site"], r["location"]): r["quantity"] for r in status["stock"]}
    assert network == {("A", "RCV"): 6, ("B", "RCV"): 4}


def test_returns_are_scanned_and_the_case_closes_only_when_all_is_accounted_for(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    a, _ = _stocked_sites(sqlite_centre, tmp_path)
    recall_id = "RC-T-" + ITEM_A[-3:]
    issue_recall(sqlite_centre.engine, _recall(ITEM_A, ("L1",)))
    assert not a.sync().errors
    uow = a.store.uow

    def do(action: str, qty: int, **kw: str) -> None:
        step = command(action, f"(01){ITEM_A}(17)271231(10)L1", qty=qty, **kw)
        result = a.run(a.people["admin"], CarryOutRecall(recall_id, step))
        assert result.ok, result
        a.clock.advance(timedelta(minutes=5))

    def close() -> ActionResult:
        qa = authenticate(uow(), a.clock, "qa", QA_PIN)
        return a.run(qa, CloseRecall(recall_id))

    do("return", 3, location="ICU", to="Q")
    with pytest.raises(Refused) as nobody:  # no QA at this site yet
        close()
    assert nobody.value.code is Code.BAD_CREDENTIALS
    # The site's administrator may not sign a recall off: that is QA's.
    assert a.run(a.people["admin"], CloseRecall(recall_id)).code is Code.NOT_PERMITTED
    with a.store.uow() as w:  # a QA user for the sign-off
        w.users.add(User("qa", "QA Zhang", Role.QA, hash_secret(QA_PIN)))
        w.commit()
    refused = close()
    assert refused.code is Code.UNITS_UNACCOUNTED
    assert refused.message.split("; ") == [
        "lot L1: 7 of 10 unaccounted (6 still on shelves, 1 out in departments)"
    ]
    do("move", 6, location="RCV", to="Q")
    do("return", 1, location="ICU", to="Q")
    do("return_to_supplier", 10, location="Q", to="RET", reason="recall")

    closed = close()

    assert closed.ok, closed
    trace = recall_trace(uow(), recall_id)
    text = _pdf_text(document_pdf(close_out_report(uow(), recall_id, "A")), tmp_path)
    lot = trace["lots"][0]
    row = next(line for line in text.splitlines() if " L1 " in f" {line} ")
    figures = [int(x) for x in row.split() if x.isdigit()]
    assert (
        figures[-7:]
        == [
            lot["affected"],
            lot["recovered"],
            lot["returned_to_supplier"],
            lot["disposed"],
            lot["used_on_patient"],
            lot["written_off"],
            lot["unaccounted"],
        ]
        == [10, 10, 10, 0, 0, 0, 0]
    )
    assert recall_id in text and "signed off and closed the case" in text
    assert not a.sync().errors
    site_row = recall_status(sqlite_centre.engine, recall_id)["sites"][0]
    assert (site_row["recovered"], site_row["affected"], site_row["unaccounted"]) == (10, 10, 0)
    assert site_row["closed_at"] is not None


def test_a_drill_from_the_centre_blocks_nothing_but_records_the_lock_time(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    a, _ = _stocked_sites(sqlite_centre, tmp_path)
    recall = _recall(ITEM_A, ("L1",), drill=True)
    issue_recall(sqlite_centre.engine, recall)

    assert not a.sync().errors
    assert a.lot_hold(ITEM_A, "L1") == "none"
    assert a.act("pick", ITEM_A, "L1", qty=1, location="RCV", to="ICU").ok
    assert recall_trace(a.store.uow(), recall.id)["timings"]["locked"] is not None
    assert not a.sync().errors and not a.sync().errors
    status = recall_status(sqlite_centre.engine, recall.id)
    assert status["sites"][0]["locked_at"] is not None and status["exceptions"] == []
    held = sqlite_centre.rows(select(s.holds).where(s.holds.c.reference == recall.id))
    assert held == []
