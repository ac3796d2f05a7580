"""A QA office files the documents as printed: local time, words not codes, readable trail.

A real case is worked through the services on a SQLite file (tests/integration/
printing/recall_case.py), every document is printed, and the PDFs are read back
with pdftotext and pdfplumber.
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from app.domain.identity import Actor
from app.domain.model import Item, Location, LocationKind, Role
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.recall_printouts import close_out_report
from app.services.commands import AttachRecallEvidence, CreateRecall
from app.services.context import Context
from app.services.evidence import store_evidence
from app.services.people import add_user, authenticate
from printing.audit_trail import sentence
from printing.content import CloseOutReport, Document, Person, QuarantineList, RecallNotice
from printing.documents import document_pdf
from printing.fonts import pdf_font
from printing.words import Word, lookup, word
from tests.integration.core.store_kit import PINS, gtin14, scan
from tests.integration.printing.reading import pdftotext
from tests.integration.printing.recall_case import (
    EXP,
    SUPPLIER_NAMES,
    PrintedCase,
    carried,
    prepare_store,
    receive_from,
    work_the_case,
)
from tests.integration.printing.samples import recall_notice
from tests.integration.printing.text_boxes import column_text, opened, overlapping_text

CJK = re.compile(r"[\u3400-\u9fff]")
# A stored code as stored: in_progress, internal_qa, return_to_supplier, close_recall, ...
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> PrintedCase:
    return work_the_case(tmp_path_factory.mktemp("case"))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _raw_text(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext in content order: a table cell's lines come one after the other."""
    path = tmp_path / "raw.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def codes_on(doc: Document) -> tuple[list[Word], list[Word]]:
    """The words of every stored code the document carries, from the words table: those
    printed as "中文 English" in a field or cell, and those inside the trail's sentences."""
    paired: list[Word | None] = []
    inside: list[Word | None] = []
    if isinstance(doc, RecallNotice | CloseOutReport):
        paired.append(lookup("recall_level", str(doc.level.value)))
    if isinstance(doc, QuarantineList):
        paired += [lookup("hold", e.hold) for e in doc.entries]
    if isinstance(doc, CloseOutReport):
        paired += [lookup("recall_source", doc.source), lookup("recall_status", doc.status)]
        paired += [
            None if (w := lookup("recall_step", t.step)) is None else w.fill(place=t.place)
            for t in doc.timings
        ]
        for e in doc.trail:
            if e.entity == "movement":
                inside.append(lookup("movement", e.action))
            for state in (e.before, e.after):
                if "status" in state:
                    inside.append(lookup("recall_status", str(state["status"])))
                if "kind" in state and e.action == "recall_account":
                    inside.append(lookup("account_kind", str(state["kind"])))
    assert None not in paired + inside, "a code the words table does not have"
    return [w for w in paired if w is not None], [w for w in inside if w is not None]


def test_each_department_notice_names_only_its_own_lots_quantities_and_suppliers(
    case: PrintedCase, tmp_path: Path
) -> None:
    ward, icu = case.notices["WARD"], case.notices["ICU"]
    assert [(x.lot, x.quantity) for x in ward.lines] == [("L1", 8)]
    assert [(x.lot, x.quantity) for x in icu.lines] == [("L1", 4), ("L2", 3)]
    assert ward.supplier == SUPPLIER_NAMES["S1"]
    assert icu.supplier == "、".join(sorted([SUPPLIER_NAMES["S1"], SUPPLIER_NAMES["S2"]]))
    text = pdftotext(case.documents["notice WARD"][1], tmp_path)
    assert "L1" in text and "L2" not in text and "L3" not in text
    assert SUPPLIER_NAMES["S1"] in text
    assert SUPPLIER_NAMES["S2"] not in text and SUPPLIER_NAMES["AUTO"] not in text


def test_every_document_prints_local_time_and_names_the_zone_once(
    case: PrintedCase, tmp_path: Path
) -> None:
    issued = case.report.issued_at
    assert issued.utcoffset() == timedelta(0)  # stored in UTC
    local = (issued + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")
    in_utc = issued.strftime("%Y-%m-%d %H:%M")
    for name, (_, pdf) in case.documents.items():
        text = pdftotext(pdf, tmp_path)
        assert text.count("Asia/Shanghai (+08:00)") == 1, name
        assert text.count("时区") == 1 and "UTC" not in text, name
    for name in ("notice WARD", "notice ICU", "close-out report"):
        text = pdftotext(case.documents[name][1], tmp_path)
        assert local in text and in_utc not in text, name


def test_every_document_in_zh_cn_has_no_ascii_only_code_word_in_a_chinese_column(
    case: PrintedCase, tmp_path: Path
) -> None:
    """Each stored code prints as its Chinese word (never English, never the code) and then
    its English; the audit trail's Chinese sentences are Chinese."""
    for name, (doc, pdf) in case.documents.items():
        text = _raw_text(pdf, tmp_path)
        assert SNAKE_CASE.findall(text) == [], name
        assert '{"' not in text, name
        paired, inside = codes_on(doc)
        for w in paired + inside:
            assert CJK.search(w.zh), f"{name}: {w.en!r} has no Chinese word"
        for w in paired:
            assert flat(f"{w.zh} {w.en}") in flat(text), f"{name}: {w} not printed"
        for w in inside:
            assert flat(w.zh) in flat(text) and flat(w.en) in flat(text), f"{name}: {w}"
    report, pdf = case.report, case.documents["close-out report"][1]
    with opened(pdf) as document:
        entries = flat(column_text(document, "记录"))
    for entry in report.trail:
        said = sentence(entry)
        assert CJK.search(said.zh), f"{entry.action}: {said.zh!r}"
        assert flat(said.zh) in entries and flat(said.en) in entries, said


def test_the_audit_trail_reads_as_sentences_with_each_entrys_hash(
    case: PrintedCase, tmp_path: Path
) -> None:
    report, pdf = case.report, case.documents["close-out report"][1]
    actions = {e.action for e in report.trail}
    assert {"create_recall", "apply_recall", "recall_notified", "recall_status",
            "recall_evidence", "recall_account", "close_recall", "return", "move",
            "dispose", "return_to_supplier"} <= actions  # fmt: skip
    with opened(pdf) as document:
        entries = column_text(document, "记录")
        by = column_text(document, "经办人", beside="记录")
    for entry in report.trail:
        assert f"哈希 Hash {entry.hash}" in entries
    assert len(re.findall(r"哈希 Hash [0-9a-f]{64}", entries)) == len(report.trail)
    text = flat(entries)
    open_, in_progress, closed = (
        word("recall_status", s) for s in ("open", "in_progress", "closed")
    )
    assert flat(f"status changed from {open_.en} to {in_progress.en}") in text
    assert flat(f"状态由“{open_.zh}”改为“{in_progress.zh}”") in text
    assert flat(f"status changed from {in_progress.en} to {closed.en}") in text
    assert flat("Return from a department: lot L1 ×8, WARD → Q") in text
    assert flat("Disposal: lot L1 ×8, Q; seal broken") in text
    assert "QA Zhang (qa)" in by and "Operator Wang (op)" in by


def test_the_quarantine_list_holds_recalled_stock_in_quarantine_marked_recalled(
    case: PrintedCase, tmp_path: Path
) -> None:
    rows = {(e.lot, e.location, e.hold) for e in case.quarantine.entries}
    # L1 and L2 were collected into Q for the recall; L3, recalled but still on
    # its shelf, is not in the quarantine area; L9 is on quarantine hold on A2.
    assert rows == {("L1", "Q", "recall"), ("L2", "Q", "recall"), ("L9", "A2", "quarantine")}
    text = pdftotext(case.documents["quarantine list"][1], tmp_path)
    assert text.count(str(word("hold", "recall"))) == 2
    assert text.count(str(word("hold", "quarantine"))) == 1
    assert "外包装破损" in text and case.recall_id in text


def test_the_near_expiry_list_shows_a_dash_until_a_disposition_is_chosen(
    case: PrintedCase, tmp_path: Path
) -> None:
    doc, pdf = case.documents["expiry list"]
    assert doc.entries and all(e.disposition is None for e in doc.entries)  # type: ignore[union-attr]
    row = next(line for line in pdftotext(pdf, tmp_path).splitlines() if " L9 " in line)
    assert row.rstrip().endswith("—")


def test_the_overlap_check_sees_text_running_into_the_next_cell(tmp_path: Path) -> None:
    """The check used below, on the fault it is for: an unwrapped cell ("00:4supervisor")."""
    buffer = io.BytesIO()
    table = Table([["2027-03-01 17:40", "supervisor"]], colWidths=[40, 60])
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), pdf_font(), 8), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]
        )
    )
    SimpleDocTemplate(buffer).build([table])
    with opened(buffer.getvalue()) as document:
        assert overlapping_text(document)


@pytest.fixture(scope="module")
def long_case(tmp_path_factory: pytest.TempPathFactory) -> CloseOutReport:
    """Long names everywhere, 25 evidence files and over 200 audit entries."""
    folder = tmp_path_factory.mktemp("long")
    world = prepare_store(folder / "long.db")
    gtin = gtin14("0690000000098")
    with world.store.uow() as uow:
        uow.items.add(
            Item(
                gtin,
                "Single-use sterile central venous catheter kit, triple lumen, 7 Fr x 20 cm",
                "一次性使用无菌中心静脉导管套件（三腔，含导丝、扩张器、穿刺针及固定夹）7Fr×20cm",
                unit="套",
                registration_no="国械注准20173660001",
            )
        )
        uow.locations.add(
            Location(
                "CT-SURG-ICU-EAST-12F",
                "心胸外科重症监护病房（第二住院部十二楼东区）Cardiothoracic Surgery ICU",
                LocationKind.DEPARTMENT,
                "护士长",
            )
        )
        ctx = Context(uow, world.clock, Actor.system("test-device"))
        add_user(ctx, "sup3", Role.SUPERVISOR, "246810",
                 "欧阳 Maximilian-Alexander 王（质量与设备管理部）")  # fmt: skip
        ctx.flush()
        uow.commit()
    sup3 = authenticate(world.store.uow(), world.clock, "sup3", "246810")
    lots = ("CVC2027-LONGLOT-001A", "CVC2027-LONGLOT-002B", "CVC2027-LONGLOT-003C")
    for lot in lots:
        receive_from(world, gtin, lot, 80, "S2", "A1")
        assert world.do("pick", scan(gtin, lot, EXP), qty=6, location="A1",
                        to="CT-SURG-ICU-EAST-12F",
                        override=("sup", PINS["sup"], "the department's own order")).ok  # fmt: skip
    new = NewRecall(RecallScope(gtin, ScopeKind.LOTS, lots=lots), 1, "导管尖端可能断裂 " * 12)
    opened = world.run(sup3, CreateRecall(new))
    assert opened.ok, opened
    recall_id = str(opened.detail["recall_id"])
    for n in range(25):
        scanned = (
            folder
            / f"2027-03-01_科室签收单_心胸外科重症监护病房_第二住院部十二楼东区_第{n:02d}页.pdf"
        )
        scanned.write_bytes(f"%PDF-1.4 page {n}".encode())
        attached = world.run(sup3, AttachRecallEvidence(
            recall_id, store_evidence(scanned, folder / "evidence"),
            "科室护士长签收确认，附床旁清点记录与使用登记表复印件 signed by the head nurse " * 2,
        ))  # fmt: skip
        assert attached.ok, attached
        world.later(3)
    for n in range(180):  # one unit at a time: an audit entry each
        carried(world, recall_id, "move", lots[n % 3], qty=1, location="A1", to="Q", user="op",
                gtin=gtin)  # fmt: skip
    report = close_out_report(world.store.uow(), recall_id, "中心库房（第二住院部地下一层）")
    world.close()
    return report


def test_a_long_case_wraps_every_table_without_any_text_overlapping(
    long_case: CloseOutReport,
) -> None:
    assert len(long_case.trail) >= 200 and len(long_case.evidence) == 25
    pdf = document_pdf(long_case)
    with opened(pdf) as document:
        assert overlapping_text(document) == []
        # Nothing cut off: every hash and every evidence file is there in full.
        entries = column_text(document, "记录")
        files = flat(column_text(document, "文件"))
    assert all(e.hash in entries for e in long_case.trail)
    assert all(flat(e.file_name) in files for e in long_case.evidence)


def test_a_stored_instant_prints_in_the_zone_the_document_names(tmp_path: Path) -> None:
    notice = recall_notice(1)
    assert notice.issued_at == datetime(2026, 3, 1, 1, 27, tzinfo=UTC)
    shanghai = pdftotext(document_pdf(notice), tmp_path)
    berlin = pdftotext(document_pdf(replace(notice, zone=ZoneInfo("Europe/Berlin"))), tmp_path)
    assert "2026-03-01 09:27" in shanghai and "Asia/Shanghai (+08:00)" in shanghai
    assert "2026-03-01 02:27" in berlin and "Europe/Berlin (+01:00)" in berlin


def test_entries_the_centre_made_name_the_centre_and_a_drill_says_so(
    case: PrintedCase, tmp_path: Path
) -> None:
    first, *rest = case.report.trail
    from_centre = replace(
        case.report,
        drill=True,
        trail=[replace(first, by=Person("centre"), action="receive_recall"), *rest],
    )
    pdf = document_pdf(from_centre)
    with opened(pdf) as document:
        by = column_text(document, "经办人", beside="记录")
        entries = flat(column_text(document, "记录"))
    assert str(word("actor", "centre")) in by
    assert flat("received a Class II recall from the centre") in entries
    assert "召回演练 Drill" in pdftotext(pdf, tmp_path)
