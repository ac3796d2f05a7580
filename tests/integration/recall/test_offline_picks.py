"""Picks an offline site made after a recall was issued but before it arrived: exceptions.

A real centre on loopback and two sites. For each scope kind that the
centre cannot list lots for in advance (all lots of a GTIN, a production
date range, serials), an offline site picks an affected unit of a lot the
centre may never have seen; after its next push the centre holds one
exception per such pick. A pick made before the recall was issued is not
one; a pick after the site applied the recall is refused there.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.recall import Recall, RecallScope, ScopeKind
from app.services.context import ActionResult
from sync.server import schema as s
from sync.server.recall_picks import KIND
from sync.server.recalls import issue_recall, recall_status
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    ITEMS,
    LOCATIONS,
    REGISTRATION,
    Centre,
    Site,
    enrolled_site,
    gtin,
)
from tests.kit import command

ITEM_S = gtin("0950600013437")  # serialised


def _act(
    site: Site,
    action: str,
    di: str,
    lot: str,
    produced: date | None = None,
    serial: str | None = None,
    expiry: date = date(2027, 12, 31),
    **fields: Any,
) -> ActionResult:
    scan = f"(01){di}"
    scan += f"(11){produced:%y%m%d}" if produced else ""
    scan += f"(17){expiry:%y%m%d}(10){lot}"
    scan += f"(21){serial}" if serial else ""
    return site.run(site.people["admin"], command(action, scan, **fields))


def _recall(rid: str, scope: RecallScope, drill: bool = False) -> Recall:
    # Issued on the centre's clock: the sites' clocks are corrected to it.
    issued = datetime.now(UTC)
    return Recall(rid, scope, 2, "label misprint", issued, "centre", drill=drill, origin="centre")


def _sites(centre: Centre, tmp_path: Path) -> tuple[Site, Site]:
    centre.publish("items", ITEMS)
    pump = {"gtin": ITEM_S, "name": "Pump", "auto_release": "yes", "serialised": "yes"}
    centre.publish("items", [{**pump, "registration_no": REGISTRATION}])
    centre.publish("locations", [*LOCATIONS, {"code": "SH2", "name": "Shelf 2", "kind": "storage"}])
    a, b = enrolled_site(centre, tmp_path, "A"), enrolled_site(centre, tmp_path, "B")
    for site in (a, b):
        assert not site.sync().errors
    return a, b


def _recall_exceptions(centre: Centre, site: str) -> list[tuple[str, str, str]]:
    rows = centre.rows(
        select(s.exceptions.c.reference, s.exceptions.c.lot, s.exceptions.c.detail)
        .where(s.exceptions.c.kind == KIND, s.exceptions.c.site == site)
        .order_by(s.exceptions.c.id)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def _refused(result: ActionResult) -> str:
    assert not result.ok, result
    return result.code.value


def test_offline_picks_of_every_scope_kind_become_exceptions_at_the_centre(
    centre: Centre, tmp_path: Path
) -> None:
    a, b = _sites(centre, tmp_path)
    in_range, outside = date(2025, 3, 10), date(2025, 6, 1)
    # FEFO is decided across the store: item B's lots expire in the order B issues them,
    # and P1 and P3 hold one unit each, so each pick below is of the FEFO lot.
    p1, p3 = date(2027, 6, 30), date(2027, 9, 30)
    # Known to the centre before the recall: A's lot of item A, and B's lot P3.
    assert _act(a, "receive", ITEM_A, "A1", qty=5, location="RCV").ok
    assert not a.sync().errors
    assert _act(b, "receive", ITEM_B, "P3", in_range, expiry=p3, qty=1, location="SH1").ok
    assert not b.sync().errors

    # B goes offline. What it receives now the centre has never seen.
    assert _act(b, "receive", ITEM_A, "N1", qty=10, location="RCV").ok
    assert _act(b, "receive", ITEM_B, "P1", in_range, expiry=p1, qty=1, location="RCV").ok
    assert _act(b, "receive", ITEM_B, "P2", produced=outside, qty=10, location="SH2").ok
    for serial in ("S1", "S2", "S3"):
        assert _act(b, "receive", ITEM_S, "SL", serial=serial, location="RCV").ok
    # Before any recall: not an exception.
    assert _act(b, "pick", ITEM_A, "N1", qty=1, location="RCV", to="ICU").ok
    b.clock.advance(timedelta(hours=1))
    a.clock.advance(timedelta(hours=1))

    all_lots = _recall("RC-T-ALL", RecallScope(ITEM_A, ScopeKind.ALL_LOTS))
    produced = _recall(
        "RC-T-PRD",
        RecallScope(
            ITEM_B,
            ScopeKind.PRODUCED,
            produced_from=date(2025, 3, 1),
            produced_to=date(2025, 3, 31),
        ),
    )
    serials = _recall("RC-T-SER", RecallScope(ITEM_S, ScopeKind.SERIALS, serials=("S1",)))
    for recall in (all_lots, produced, serials):
        issue_recall(centre.engine, recall)

    # A is online: the recall arrives in one round and its lot is refused.
    assert not a.sync().errors
    assert _refused(_act(a, "pick", ITEM_A, "A1", qty=1, location="RCV", to="ICU")) == "RECALLED"

    # B has not heard and keeps issuing.
    assert _act(b, "pick", ITEM_A, "N1", qty=2, location="RCV", to="ICU").ok  # (a) all lots
    # (b) a lot in the date range, and one dated earlier
    assert _act(b, "pick", ITEM_B, "P1", expiry=p1, qty=1, location="RCV", to="ICU").ok
    assert _act(b, "pick", ITEM_B, "P3", expiry=p3, qty=1, location="SH1", to="ICU").ok
    assert _act(b, "pick", ITEM_B, "P2", qty=1, location="SH2", to="ICU").ok  # outside the range
    assert _act(b, "pick", ITEM_S, "SL", serial="S1", location="RCV", to="ICU").ok  # (c)
    assert _act(b, "pick", ITEM_S, "SL", serial="S2", location="RCV", to="ICU").ok  # not recalled

    assert not b.sync().errors  # pushes the picks, then pulls and applies the recalls

    flagged = _recall_exceptions(centre, "B")
    assert [(ref, lot) for ref, lot, _ in flagged] == [
        ("RC-T-ALL", "N1"),
        ("RC-T-PRD", "P1"),
        ("RC-T-PRD", "P3"),
        ("RC-T-SER", "SL"),
    ]
    details = [json.loads(d) for _, _, d in flagged]
    assert [d["quantity"] for d in details] == [2, 1, 1, 1]
    assert details[1]["production_date"] == details[2]["production_date"] == "2025-03-10"
    assert details[3]["serial"] == "S1"
    assert not any(d["drill"] for d in details)
    assert _recall_exceptions(centre, "A") == []

    # Applied at B now: the same picks are refused.
    assert _refused(_act(b, "pick", ITEM_A, "N1", qty=1, location="RCV", to="ICU")) == "RECALLED"
    again = _act(b, "pick", ITEM_B, "P1", expiry=p1, qty=1, location="RCV", to="ICU")
    assert _refused(again) == "RECALLED"
    refused = _act(b, "pick", ITEM_S, "SL", serial="S3", location="RCV", to="ICU")
    assert _refused(refused) == "RECALLED"
    assert _act(b, "pick", ITEM_B, "P2", qty=1, location="SH2", to="ICU").ok
    for site in (a, b):
        assert not site.sync().errors
    assert len(_recall_exceptions(centre, "B")) == 4, "nothing new once the recall applied"

    status = recall_status(centre.engine, "RC-T-ALL")
    assert [(e["site"], e["lot"], e["kind"]) for e in status["exceptions"]] == [("B", "N1", KIND)]
    assert {"A1", "N1"} <= set(status["lots"])
    status = recall_status(centre.engine, "RC-T-PRD")
    assert [e["lot"] for e in status["exceptions"]] == ["P1", "P3"]


def test_a_drill_reports_the_picks_it_would_have_caught_marked_as_a_drill(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    _, b = _sites(sqlite_centre, tmp_path)
    assert _act(b, "receive", ITEM_B, "D1", qty=10, location="RCV").ok
    b.clock.advance(timedelta(hours=1))
    drill = _recall("RC-T-DRL", RecallScope(ITEM_B, ScopeKind.ALL_LOTS), drill=True)
    issue_recall(sqlite_centre.engine, drill)

    assert _act(b, "pick", ITEM_B, "D1", qty=1, location="RCV", to="ICU").ok
    assert not b.sync().errors
    # A drill blocks nothing: this pick after it was applied is no exception.
    assert _act(b, "pick", ITEM_B, "D1", qty=1, location="RCV", to="ICU").ok
    assert not b.sync().errors

    status = recall_status(sqlite_centre.engine, drill.id)
    assert [(e["lot"], e["detail"]["drill"]) for e in status["exceptions"]] == [("D1", True)]
    assert status["exceptions"][0]["detail"]["quantity"] == 1
