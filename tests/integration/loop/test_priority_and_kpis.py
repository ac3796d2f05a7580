"""The priority disposal list (risk order, fallbacks, PDF, .xlsx) and the loop's KPIs."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from app.domain.disposition import Disposition
from app.loop_printouts import priority_document, priority_xlsx
from app.services.commands import ImportMasterData
from app.services.kpis import Period, kpi_set
from app.services.priority import priority_list
from printing.documents import document_pdf
from tests.integration.core.store_kit import GAUZE, GLOVE, STENT, TODAY, World, days, scan
from tests.integration.loop.loop_kit import raise_today, warning_of
from tests.integration.one_path.test_entry_points import main_py

FORMULA = '=HYPERLINK("http://evil.example/","click")'


def _items(world: World, rows: list[dict[str, str]]) -> None:
    header = ["gtin", "name", "name_zh", "unit_cost"]
    result = world.run(world.people["admin"], ImportMasterData("items", header, rows))
    assert result.ok, result


@pytest.fixture
def risky(world: World) -> World:
    """Risk = quantity × unit value ÷ days left (at least 1), as of TODAY:

    S-OLD stent 3 × 1000 ÷ 1 (expired) = 3000; S1 stent 2 × 1000 ÷ 100 = 20;
    G2 gauze 100 × 2 ÷ 50 = 4; G1 gauze 10 × 2 ÷ 20 = 1; GL1 glove 4 × 1 ÷ 25 = 0.16.
    """
    _items(
        world,
        [
            {"gtin": GAUZE, "name": "Gauze swab", "name_zh": "纱布块", "unit_cost": "2"},
            {"gtin": STENT, "name": "Coronary stent", "name_zh": "冠脉支架", "unit_cost": "1000"},
            {"gtin": GLOVE, "name": FORMULA, "name_zh": "", "unit_cost": "1"},
        ],
    )
    world.on(TODAY - timedelta(days=200))
    world.stocked(STENT, "S-OLD", days(-2), 3, location="A1")
    world.on(TODAY - timedelta(days=20))
    world.stocked(STENT, "S1", days(100), 2, location="A1")
    world.stocked(GAUZE, "G1", days(20), 10, location="A1")
    world.stocked(GAUZE, "G2", days(50), 100, location="A1")
    world.stocked(GLOVE, "GL1", days(25), 4, location="A1")
    world.on(TODAY)
    raise_today(world)
    alert = warning_of(world, "G1").alert_id
    assert world.do(
        "choose_disposition", user="sup", alert=alert, disposition="transfer", target="SITE-B"
    ).ok
    return world


def test_open_warnings_are_ordered_by_risk_with_the_chosen_or_suggested_action_and_a_fallback(
    risky: World,
) -> None:
    rows = priority_list(risky.store.uow(), TODAY)
    assert [(r.lot, round(r.risk, 2)) for r in rows] == [
        ("S-OLD", 3000.0),
        ("S1", 20.0),
        ("G2", 4.0),
        ("G1", 1.0),
        ("GL1", 0.16),
    ]
    by_lot = {r.lot: (r.action, r.chosen, r.fallback) for r in rows}
    # Expired, no supplier to take it back: dispose, else write off.
    assert by_lot["S-OLD"] == (Disposition.DISPOSE, False, Disposition.WRITE_OFF)
    # Chosen: transfer; the next feasible rung is a second inspection.
    assert by_lot["G1"] == (Disposition.TRANSFER, True, Disposition.SECOND_INSPECTION)
    assert by_lot["G2"] == (Disposition.USE_FIRST, False, Disposition.TRANSFER)
    assert [r.lot for r in priority_list(risky.store.uow(), TODAY, 1, 2)] == ["S1", "G2"]


def test_the_priority_list_prints_as_a_bilingual_pdf_read_back(risky: World) -> None:
    pdf = document_pdf(priority_document(risky.store.uow(), TODAY, "Central store"))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "优先处置清单" in text and "Priority Disposal List" in text
    assert "备用方案" in text and "Fallback" in text
    order = [text.index(lot) for lot in ("S-OLD", "S1 ", "G2", "G1", "GL1")]
    assert order == sorted(order), "the rows print in risk order"
    flat = text.replace("\n", " ")
    assert "3000.00" in flat
    assert "销毁 Dispose" in flat and "调拨 Transfer" in flat, "codes in both languages"
    assert "已过期" in flat and "Expired" in flat
    assert "建议" in flat and "suggested" in flat


def test_the_priority_list_exports_as_xlsx_with_no_cell_a_formula(
    risky: World, tmp_path: Path
) -> None:
    data = priority_xlsx(risky.store.uow(), TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["序 No.", "预警级别 Level", "预警类型 Kind", "产品标识 GTIN"]
    assert [r[5] for r in rows[1:]] == ["S-OLD", "S1", "G2", "G1", "GL1"]
    glove = next(row for row in sheet.iter_rows() if row[5].value == "GL1")
    assert (glove[4].value, glove[4].data_type) == (FORMULA, "s")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml, "no formula in the file"


def test_the_disposition_priority_command_writes_json_pdf_and_xlsx(
    risky: World, tmp_path: Path
) -> None:
    risky.close()
    pdf, xlsx = tmp_path / "list.pdf", tmp_path / "list.xlsx"
    done = main_py("disposition", "priority", "--db", risky.path, "--on", TODAY.isoformat(),
                   "--json", "--pdf", pdf, "--xlsx", xlsx, home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(x["lot"], x["disposition"], x["chosen"]) for x in lines[:1]] == [
        ("S-OLD", "dispose", False)
    ]
    assert pdf.read_bytes().startswith(b"%PDF") and zipfile.is_zipfile(xlsx)


# --- KPIs ------------------------------------------------------------------------------


def _at(day_offset: int, hour: int) -> datetime:
    d = TODAY + timedelta(days=day_offset)
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def test_warning_timeliness_medians_and_share_within_due(world: World) -> None:
    world.write("UPDATE locations SET responsible = 'op' WHERE code = 'A1'")
    world.on(TODAY - timedelta(days=20))
    world.stocked(GAUZE, "G1", days(20), 10, location="A1")
    world.stocked(GAUZE, "G2", days(50), 10, location="A1")
    world.on(TODAY)  # 09:00: G1's warning (due in 3 days), G2's notice (7)
    raise_today(world)
    g1, g2 = warning_of(world, "G1").alert_id, warning_of(world, "G2").alert_id
    world.on(TODAY, hour=11)
    assert world.do("choose_disposition", user="op", alert=g1, disposition="dispose").ok
    world.on(TODAY, hour=13)
    assert world.do(
        "choose_disposition", user="op", alert=g2, disposition="no_action", reason="trial"
    ).ok
    world.on(TODAY, hour=19)
    assert world.do("accept_disposition", user="sup", alert=g2).ok  # closed 10 h after raising
    world.on(TODAY + timedelta(days=4))  # 96 h: a day late
    g1_scan = scan(GAUZE, "G1", days(20))
    assert world.do("dispose", g1_scan, user="sup", location="A1", reason="damaged").ok
    kpi = kpi_set(world.store.uow(), Period(TODAY, TODAY), TODAY, trend_months=0).loop
    assert (kpi.warnings_raised, kpi.chosen, kpi.closed, kpi.open_overdue) == (2, 2, 2, 0)
    assert kpi.median_hours_to_choice == pytest.approx(3.0, abs=0.1)
    assert kpi.median_hours_to_close == pytest.approx((10 + 96) / 2, abs=0.1)
    assert kpi.closed_within_due == 0.5


def test_units_and_value_expired_before_use_per_supplier(world: World) -> None:
    _items(world, [{"gtin": GAUZE, "name": "Gauze swab", "name_zh": "纱布块", "unit_cost": "2"}])
    world.on(TODAY - timedelta(days=60))
    x, y = scan(GAUZE, "X", days(5)), scan(GAUZE, "Y", days(8))
    world.receive(GAUZE, "X", days(5), 10, location="RCV", supplier="S1")
    assert world.do("qc_release", x, user="qa").ok
    world.stocked(GAUZE, "Y", days(8), 5, location="A1")
    assert world.do("pick", y, qty=2, location="A1", to="WARD").ok  # used before expiry
    world.on(days(7))
    disposed = world.do("dispose", x, user="sup", location="RCV", qty=4, reason="expired",
                        reason_code="expired", countersign="sup2")  # fmt: skip
    assert disposed.ok, disposed
    world.on(days(9))
    suppliers = kpi_set(
        world.store.uow(), Period(TODAY, days(30)), days(9), trend_months=0
    ).suppliers
    expired = {(s.supplier, s.units_expired, s.value_expired) for s in suppliers if s.units_expired}
    assert expired == {("S1", 10, 20.0), ("", 3, 6.0)}


def test_units_and_value_expired_before_use_per_item_by_hand(world: World, tmp_path: Path) -> None:
    """Expiring from TODAY to TODAY+30, reached unused, per item (and the same units per
    supplier): gauze X 10 (6 left on hand + 4 disposed on day 7, after its expiry on day 5)
    and Y 3 (5 less 2 picked) = 13 units × 2 = 26.00; glove Z 6 × 0.5 = 3.00; glove W
    expires on day 40, outside the period, so it is not counted."""
    _items(
        world,
        [
            {"gtin": GAUZE, "name": "Gauze swab", "name_zh": "纱布块", "unit_cost": "2"},
            {"gtin": GLOVE, "name": "Exam glove", "name_zh": "检查手套", "unit_cost": "0.5"},
        ],
    )
    world.on(TODAY - timedelta(days=60))
    x, y = scan(GAUZE, "X", days(5)), scan(GAUZE, "Y", days(8))
    world.receive(GAUZE, "X", days(5), 10, location="RCV", supplier="S1")
    assert world.do("qc_release", x, user="qa").ok
    world.stocked(GAUZE, "Y", days(8), 5, location="A1")
    assert world.do("pick", y, qty=2, location="A1", to="WARD").ok
    world.stocked(GLOVE, "Z", days(12), 6, location="A1")
    world.stocked(GLOVE, "W", days(40), 8, location="A1")
    world.on(days(7))
    disposed = world.do("dispose", x, user="sup", location="RCV", qty=4, reason="expired",
                        reason_code="expired", countersign="sup2")  # fmt: skip
    assert disposed.ok, disposed
    world.on(days(13))

    kpis = kpi_set(world.store.uow(), Period(TODAY, days(30)), days(13), trend_months=0)
    assert [(i.di, i.item_zh, i.units_expired, i.value_expired) for i in kpis.expired_items] == [
        (GAUZE, "纱布块", 13, 26.0),
        (GLOVE, "检查手套", 6, 3.0),
    ]
    by_supplier = {(s.supplier, s.units_expired, s.value_expired) for s in kpis.suppliers}
    assert {s for s in by_supplier if s[1]} == {("S1", 10, 20.0), ("", 9, 9.0)}

    world.close()
    period = ("--from", TODAY.isoformat(), "--to", days(30).isoformat())
    done = main_py("report", "kpis", "--db", world.path, *period, "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [(i["di"], i["units_expired"], i["value_expired"])
            for i in json.loads(done.stdout)["expired_items"]] == [(GAUZE, 13, 26.0),
                                                                    (GLOVE, 6, 3.0)]  # fmt: skip
    summary = main_py("report", "kpis", "--db", world.path, *period, home=tmp_path).stdout
    assert f"expired before use {GAUZE:<14} units     13 value      26.00" in summary
