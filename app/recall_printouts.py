"""A recall's documents, built from the recall services' DTOs for `printing`.

Recall notices (one per department or customer that received affected
lots, naming only that recipient's lots, quantities and suppliers), the
return-to-supplier note, and the close-out report with the case's audit
entries as stored (printing words them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.errors import Code, Refused
from app.printouts import people
from app.services.ports import UnitOfWork
from app.services.recall_trace import recall_trace
from app.services.settings import site_zone
from printing.content import (
    CloseOutEntry,
    CloseOutEvidence,
    CloseOutLot,
    CloseOutReport,
    CloseOutTiming,
    RecallLevel,
    RecallNotice,
    RecallNoticeLine,
    ReturnLine,
    ReturnNote,
)

Progress = Callable[[int, int], None]


def _item_names(uow: UnitOfWork, di: str) -> tuple[str, str, str]:
    """(Chinese or only name, English name beside a Chinese one, unit)."""
    with uow:
        item = uow.items.get(di)
    if item is None:
        return di, "", ""
    return item.name_zh or item.name, item.name if item.name_zh else "", item.unit


def _suppliers(uow: UnitOfWork, di: str, lots: list[str]) -> dict[str, str]:
    """Each lot's supplier name, for the lots that have one."""
    names: dict[str, str] = {}
    with uow:
        for number in lots:
            lot = uow.lots.get(di, number)
            if lot is not None and lot.supplier_id is not None:
                supplier = uow.suppliers.get_by_id(lot.supplier_id)
                if supplier is not None:
                    names[number] = supplier.name
    return names


def _supplier_of(suppliers: dict[str, str], lots: list[str]) -> str:
    return "、".join(sorted({suppliers[x] for x in lots if x in suppliers})) or "—"


def recall_notices(
    uow: UnitOfWork, recall_id: str, issued_by: str, on_progress: Progress | None = None
) -> list[tuple[str, RecallNotice]]:
    """(department code, notice) for every department or customer that received affected lots."""
    trace = recall_trace(uow, recall_id)
    recall = trace["recall"]
    zh, en, unit = _item_names(uow, recall["di"])
    suppliers = _suppliers(uow, recall["di"], [lot["lot"] for lot in trace["lots"]])
    issuer = people(uow, [issued_by])[issued_by]
    zone = site_zone(uow)
    lines: dict[str, list[RecallNoticeLine]] = {}
    names: dict[str, str] = {}
    for lot in trace["lots"]:
        for row in lot["departments"]:
            names[row["department"]] = row["name"]
            lines.setdefault(row["department"], []).append(
                RecallNoticeLine(
                    gtin=lot["di"],
                    item_name_zh=zh,
                    item_name=en,
                    lot=lot["lot"],
                    expiry=lot["expiry"],
                    quantity=row["net"],
                    unit=unit,
                    received_at=row["first"],
                )
            )
    notices = []
    for n, code in enumerate(sorted(lines), start=1):
        notices.append(
            (
                code,
                RecallNotice(
                    recall_id=recall["id"],
                    level=RecallLevel(recall["level"]),
                    reason=recall["reason"],
                    supplier=_supplier_of(suppliers, [x.lot for x in lines[code]]),
                    recipient=f"{names[code]} ({code})",
                    issued_at=recall["issued_at"],
                    deadline=recall["deadline"],
                    instructions=recall["instructions"],
                    issued_by=issuer,
                    lines=lines[code],
                    zone=zone,
                ),
            )
        )
        if on_progress is not None:
            on_progress(n, len(lines))
    return notices


def return_note(uow: UnitOfWork, recall_id: str, issued_by: str, today: date) -> ReturnNote:
    """The goods of this recall sent back to the supplier (return-to-supplier movements)."""
    trace = recall_trace(uow, recall_id)
    recall = trace["recall"]
    zh, _, unit = _item_names(uow, recall["di"])
    lines = [
        ReturnLine(
            gtin=lot["di"],
            item_name_zh=zh,
            lot=lot["lot"],
            expiry=lot["expiry"],
            quantity=lot["returned_to_supplier"],
            unit=unit,
        )
        for lot in trace["lots"]
        if lot["returned_to_supplier"]
    ]
    if not lines:
        raise Refused(Code.NOTHING_TO_DO, f"nothing of recall {recall_id} went back yet")
    # The supplier's return authorisations (RMA), as given when each shipment left.
    authorisations = sorted(
        {
            exit["reason"]
            for lot in trace["lots"]
            for exit in lot["exits"]
            if exit["type"] == "return_to_supplier" and exit["reason"]
        }
    )
    rma = f" · RMA {', '.join(authorisations)}" if authorisations else ""
    back = [x.lot for x in lines]
    return ReturnNote(
        reference=recall["id"],
        supplier=_supplier_of(_suppliers(uow, recall["di"], back), back),
        reason=f"召回 Recall {recall['id']}: {recall['reason']}{rma}",
        issued_on=today,
        issued_by=people(uow, [issued_by])[issued_by],
        lines=lines,
        zone=site_zone(uow),
    )


def close_out_report(uow: UnitOfWork, recall_id: str, site: str) -> CloseOutReport:
    trace = recall_trace(uow, recall_id)
    recall = trace["recall"]
    zh, _, _ = _item_names(uow, recall["di"])
    # The case's own entries and those of the stock movements made under it, in chain order.
    moved = [
        m["movement_id"]
        for lot in trace["lots"]
        for m in (*lot["returned"], *lot["collected"], *lot["exits"])
        if m["reference"] == recall_id
    ]
    with uow:
        audit = uow.audit.for_entity("recall", recall_id)
        for movement_id in moved:
            audit += uow.audit.for_entity("movement", movement_id)
    audit.sort(key=lambda e: e.seq)
    evidence = trace["evidence"]
    who = people(
        uow,
        [e.user for e in audit] + [e["user"] for e in evidence] + [recall["closed_by"] or ""],
    )
    timings = trace["timings"]
    steps = [
        CloseOutTiming("issued", timings["issued"]),
        CloseOutTiming("locked", timings["locked"], site),
        *(CloseOutTiming("notified", at, code) for code, at in sorted(timings["notified"].items())),
        CloseOutTiming("recovered", timings["recovered"]),
        CloseOutTiming("closed", recall["closed_at"]),
    ]
    return CloseOutReport(
        recall_id=recall["id"],
        level=RecallLevel(recall["level"]),
        reason=recall["reason"],
        source=recall["source"],
        site=site,
        issued_at=recall["issued_at"],
        deadline=recall["deadline"],
        drill=recall["drill"],
        status=recall["status"],
        closed_by=who[recall["closed_by"]] if recall["closed_by"] else None,
        closed_at=recall["closed_at"],
        lots=[
            CloseOutLot(
                gtin=x["di"],
                item_name_zh=zh,
                lot=x["lot"],
                affected=x["affected"],
                recovered=x["recovered"],
                returned_to_supplier=x["returned_to_supplier"],
                disposed=x["disposed"],
                used_on_patient=x["used_on_patient"],
                written_off=x["written_off"],
                unaccounted=x["unaccounted"],
            )
            for x in trace["lots"]
        ],
        timings=steps,
        evidence=[
            CloseOutEvidence(
                e["file_name"], e["sha256"], e["lot"] or "", e["at"], who[e["user"]], e["note"]
            )
            for e in evidence
        ],
        trail=[
            CloseOutEntry(
                at=e.at,
                by=who[e.user],
                entity=e.entity,
                action=e.action,
                before=dict(e.before or {}),
                after=dict(e.after or {}),
                hash=e.hash,
            )
            for e in audit
        ],
        zone=site_zone(uow),
    )
