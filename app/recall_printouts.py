"""A recall's documents, built from the recall services' DTOs for `printing`.

Recall notices (one per department or customer that received affected
lots), the return-to-supplier note, and the close-out report.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from app.errors import Code, Refused
from app.services.ports import UnitOfWork
from app.services.recall_trace import recall_trace
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


def _supplier(uow: UnitOfWork, di: str, lots: list[str]) -> str:
    with uow:
        names = set()
        for number in lots:
            lot = uow.lots.get(di, number)
            if lot is not None and lot.supplier_id is not None:
                supplier = uow.suppliers.get_by_id(lot.supplier_id)
                if supplier is not None:
                    names.add(supplier.name)
    return "、".join(sorted(names)) or "—"


def recall_notices(
    uow: UnitOfWork, recall_id: str, issued_by: str, on_progress: Progress | None = None
) -> list[tuple[str, RecallNotice]]:
    """(department code, notice) for every department or customer that received affected lots."""
    trace = recall_trace(uow, recall_id)
    recall = trace["recall"]
    zh, en, unit = _item_names(uow, recall["di"])
    supplier = _supplier(uow, recall["di"], [lot["lot"] for lot in trace["lots"]])
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
                    received_on=row["first"].date(),
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
                    supplier=supplier,
                    recipient=f"{names[code]} ({code})",
                    issued_on=recall["issued_at"].date(),
                    deadline=recall["deadline"],
                    instructions=recall["instructions"]
                    or "停止使用，隔离并退回库房。Stop using, set aside and return to the store.",
                    issued_by=issued_by,
                    lines=lines[code],
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
    return ReturnNote(
        reference=recall["id"],
        supplier=_supplier(uow, recall["di"], [x.lot for x in lines]),
        reason=f"召回 Recall {recall['id']}: {recall['reason']}{rma}",
        issued_on=today,
        issued_by=issued_by,
        lines=lines,
    )


def _detail(after: dict[str, Any] | None) -> str:
    return json.dumps(after or {}, ensure_ascii=False, default=str, sort_keys=True)


def _case_movements(lot: dict[str, Any], recall_id: str) -> list[CloseOutEntry]:
    """The lot's returns, moves into quarantine and exits made under this recall."""
    rows = [("return", r, f"{r['department']} → {r['into']}") for r in lot["returned"]]
    rows += [("move", c, f"{c['from']} → {c['into']}") for c in lot["collected"]]
    rows += [(x["type"], x, x["reason"]) for x in lot["exits"]]
    return [
        CloseOutEntry(m["at"], m["by"], action, f"{lot['lot']} ×{m['quantity']} {where}")
        for action, m, where in rows
        if m["reference"] == recall_id
    ]


def close_out_report(uow: UnitOfWork, recall_id: str, site: str) -> CloseOutReport:
    trace = recall_trace(uow, recall_id)
    recall = trace["recall"]
    zh, _, _ = _item_names(uow, recall["di"])
    with uow:
        audit = uow.audit.for_entity("recall", recall_id)
    trail = [CloseOutEntry(e.at, e.user, e.action, _detail(dict(e.after or {}))) for e in audit]
    for lot in trace["lots"]:
        trail += _case_movements(lot, recall_id)
    trail.sort(key=lambda e: e.at)
    timings = trace["timings"]
    steps = [
        CloseOutTiming("发出", "Issued", timings["issued"]),
        CloseOutTiming("本库锁定", f"Locked at {site}", timings["locked"]),
    ]
    steps += [
        CloseOutTiming(f"通知 {code}", f"Notified {code}", at)
        for code, at in sorted(timings["notified"].items())
    ]
    steps += [
        CloseOutTiming("全部追回/说明", "All accounted for", timings["recovered"]),
        CloseOutTiming("结案", "Closed", recall["closed_at"]),
    ]
    return CloseOutReport(
        recall_id=recall["id"],
        level=RecallLevel(recall["level"]),
        reason=recall["reason"],
        source=recall["source"],
        site=site,
        issued_on=recall["issued_at"].date(),
        deadline=recall["deadline"],
        drill=recall["drill"],
        status=recall["status"],
        closed_by=recall["closed_by"],
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
                e["file_name"], e["sha256"], e["lot"] or "", e["at"], e["user"], e["note"]
            )
            for e in trace["evidence"]
        ],
        trail=trail,
    )
