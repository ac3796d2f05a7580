"""A recall case worked through the services on a real SQLite file, and its documents printed.

Three lots of gauze from three suppliers: L1 (S1) went to WARD and ICU, L2 (S2)
to ICU only, L3 (AUTO) stayed on the shelf. A stent lot L9 sits on quarantine
hold on its shelf. The site runs on Asia/Shanghai time; the clock starts at
09:00 UTC, which is 17:00 there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from app.domain.model import Supplier
from app.domain.recall import AccountKind, NewRecall, RecallScope, RecallSource, ScopeKind
from app.printouts import expiry_list, quarantine_list
from app.recall_printouts import close_out_report, recall_notices, return_note
from app.services.commands import (
    AccountRecallUnits,
    CarryOutRecall,
    CloseRecall,
    CreateRecall,
    EvidenceFile,
    MarkDepartmentsNotified,
    SetSiteSetting,
)
from app.services.context import ActionResult
from app.services.evidence import store_evidence
from printing.content import (
    CloseOutReport,
    Document,
    QuarantineList,
    RecallNotice,
)
from printing.documents import document_pdf
from tests.integration.core.store_kit import (
    GAUZE,
    KIT,
    PINS,
    STENT,
    World,
    days,
    scan,
)
from tests.kit import command
from tests.stores import new_store

EXP = days(300)
SITE = "中心库房"
SUPPLIERS = {"L1": "S1", "L2": "S2", "L3": "AUTO"}
SUPPLIER_NAMES = {
    "S1": "Supplier One",
    "S2": "华东康源医疗器械有限公司",
    "AUTO": "Trusted Supplier",
}


@dataclass(frozen=True)
class PrintedCase:
    recall_id: str
    notices: dict[str, RecallNotice]
    quarantine: QuarantineList
    report: CloseOutReport
    documents: dict[str, tuple[Document, bytes]]


def prepare_store(path: Path) -> World:
    """The store kit's store with a second supplier and the site in Shanghai."""
    new_store(path, KIT).close()
    world = World(path)
    with world.store.uow() as uow:
        uow.suppliers.add(Supplier("S2", SUPPLIER_NAMES["S2"]))
        uow.commit()
    assert world.run(world.people["admin"], SetSiteSetting("time_zone", "Asia/Shanghai")).ok
    return world


def receive_from(world: World, gtin: str, lot: str, qty: int, supplier: str, to: str) -> None:
    received = world.do("receive", scan(gtin, lot, EXP), qty=qty, location="RCV", supplier=supplier)
    assert received.ok, received
    if world.lot(gtin, lot)["qc"] == "pending":
        assert world.do("qc_release", scan(gtin, lot, EXP), user="qa").ok
    assert world.do("move", scan(gtin, lot, EXP), qty=qty, location="RCV", to=to).ok


def carried(
    world: World,
    recall_id: str,
    action: str,
    lot: str,
    qty: int,
    location: str,
    to: str | None = None,
    reason: str = "",
    user: str = "sup",
    evidence: EvidenceFile | None = None,
    gtin: str = GAUZE,
) -> ActionResult:
    """An action carried out under the recall, a few minutes after the one before."""
    step = command(
        action, scan(gtin, lot, EXP), qty=qty, location=location, to=to, reason=reason,
        evidence=evidence, countersign=None,
    )  # fmt: skip
    result = world.run(world.people[user], CarryOutRecall(recall_id, step))  # type: ignore[arg-type]
    assert result.ok, result
    world.later(7)
    return result


def work_the_case(folder: Path) -> PrintedCase:
    world = prepare_store(folder / "case.db")
    for lot, supplier in SUPPLIERS.items():
        receive_from(world, GAUZE, lot, {"L1": 32, "L2": 10, "L3": 5}[lot], supplier, "A1")
    for lot, to, qty in (("L1", "WARD", 8), ("L1", "ICU", 4), ("L2", "ICU", 3)):
        # Not first-expiry-first-out on purpose: the departments asked for these lots.
        picked = world.do(
            "pick", scan(GAUZE, lot, EXP), qty=qty, location="A1", to=to,
            override=("sup", PINS["sup"], "department asked for this lot"),
        )  # fmt: skip
        assert picked.ok, picked
    receive_from(world, STENT, "L9", 6, "S1", "A2")
    held = world.do(
        "quarantine", scan(STENT, "L9", EXP), user="sup", location="A2", reason="外包装破损"
    )
    assert held.ok, held

    new = NewRecall(
        RecallScope(GAUZE, ScopeKind.LOTS, lots=tuple(SUPPLIERS)),
        2,
        "sterile seal may leak 无菌封口可能渗漏",
        source=RecallSource.MANUFACTURER,
    )
    opened = world.run(world.people["sup"], CreateRecall(new))
    assert opened.ok, opened
    recall_id = str(opened.detail["recall_id"])
    world.later(20)
    notices = dict(recall_notices(world.store.uow(), recall_id, "sup"))
    assert world.run(world.people["sup"], MarkDepartmentsNotified(recall_id, list(notices))).ok
    world.later(5)

    carried(world, recall_id, "return", "L1", qty=8, location="WARD", to="Q", user="op")
    carried(world, recall_id, "move", "L2", qty=7, location="A1", to="Q", user="op")
    quarantine = quarantine_list(world.store.uow(), world.clock.today(), SITE)

    photo = folder / "销毁照片.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the destruction")
    evidence = store_evidence(photo, folder / "evidence")
    carried(
        world, recall_id, "dispose", "L1", qty=8, location="Q", reason="seal broken",
        evidence=evidence,
    )  # fmt: skip
    carried(world, recall_id, "move", "L1", qty=20, location="A1", to="Q", user="op")
    carried(world, recall_id, "move", "L3", qty=5, location="A1", to="Q", user="op")
    for lot, qty in (("L1", 20), ("L2", 7), ("L3", 5)):
        carried(
            world, recall_id, "return_to_supplier", lot, qty=qty, location="Q", to="RET",
            reason=f"RMA-{lot}",
        )  # fmt: skip
    uow = world.store.uow
    for lot, kind, qty, why in (
        ("L1", AccountKind.USED_ON_PATIENT, 4, "病历 ICU-88"),
        ("L2", AccountKind.WRITTEN_OFF, 3, "lost on the ward"),
    ):
        accounted = AccountRecallUnits(recall_id, GAUZE, lot, kind, qty, "ICU", why)
        assert world.run(world.people["sup"], accounted).ok
    world.later(30)
    closed = world.run(world.people["qa"], CloseRecall(recall_id))
    assert closed.ok, closed

    today = world.clock.today()
    report = close_out_report(uow(), recall_id, SITE)
    documents: dict[str, Document] = {
        **{f"notice {code}": notice for code, notice in notices.items()},
        "return note": return_note(uow(), recall_id, "sup", today),
        "quarantine list": quarantine,
        "expiry list": expiry_list(uow(), today, today + timedelta(days=400), SITE),
        "close-out report": report,
    }
    world.close()
    return PrintedCase(
        recall_id=recall_id,
        notices=notices,
        quarantine=quarantine,
        report=report,
        documents={name: (doc, document_pdf(doc)) for name, doc in documents.items()},
    )
