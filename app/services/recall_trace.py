"""Where a recall's lots went, and how far the case has come: read-only, for screens and reports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.domain.model import LocationKind, Lot
from app.domain.recall import AccountKind, LotAccount, Recall, close_verdict, progress
from app.errors import Code, Refused
from app.services.ports import UnitOfWork

_DEPARTMENT = LocationKind.DEPARTMENT.value
_QUARANTINE = LocationKind.QUARANTINE.value
_TRANSIT = LocationKind.TRANSIT.value


def known_recall(uow: UnitOfWork, recall_id: str) -> Recall:
    recall = uow.recalls.get(recall_id)
    if recall is None:
        raise Refused(Code.UNKNOWN_RECALL, f"no recall {recall_id!r}", recall=recall_id)
    return recall


def _lot_where_used(
    lot: Lot,
    stock: Sequence[dict[str, Any]],
    movements: Sequence[dict[str, Any]],
    documented: dict[str, int],
) -> tuple[LotAccount, dict[str, Any]]:
    held = [
        {k: s[k] for k in ("location", "name", "kind", "responsible", "quantity")}
        for s in stock
        if LocationKind(s["kind"]).holds_stock
    ]
    issued, returned, collected, exits = [], [], [], []
    per_department: dict[str, dict[str, Any]] = {}
    for m in movements:
        if m["type"] == "pick":
            department = m["to_code"] or ""
            issued.append(
                {
                    "department": department,
                    "name": m["to_name"] or "",
                    "at": m["at"],
                    "quantity": m["quantity"],
                    "by": m["user"],
                }
            )
            row = per_department.setdefault(
                department,
                {
                    "department": department,
                    "name": m["to_name"] or "",
                    "responsible": m["to_responsible"] or "",
                    "issued": 0,
                    "returned": 0,
                    "first": m["at"],
                    "last": m["at"],
                },
            )
            row["issued"] += m["quantity"]
            row["last"] = m["at"]
        elif m["type"] == "return" and m["from_kind"] in (_DEPARTMENT, None):
            department = m["from_code"] or ""
            returned.append(
                {
                    "department": department,
                    "at": m["at"],
                    "quantity": m["quantity"],
                    "by": m["user"],
                    "into": m["to_code"],
                    "reference": m["reference"],
                    "movement_id": m["id"],
                }
            )
            if department in per_department:
                per_department[department]["returned"] += m["quantity"]
        elif m["type"] == "move" and m["to_kind"] == _QUARANTINE:
            collected.append(
                {
                    "at": m["at"],
                    "quantity": m["quantity"],
                    "by": m["user"],
                    "from": m["from_code"],
                    "into": m["to_code"],
                    "reference": m["reference"],
                    "movement_id": m["id"],
                }
            )
        elif m["type"] in ("return_to_supplier", "dispose"):
            exits.append(
                {
                    "type": m["type"],
                    "at": m["at"],
                    "quantity": m["quantity"],
                    "by": m["user"],
                    "from": m["from_code"],
                    "reference": m["reference"],
                    "reason": m["reason"],
                    "movement_id": m["id"],
                }
            )
    for row in per_department.values():
        row["net"] = row["issued"] - row["returned"]
    issued_total = sum(i["quantity"] for i in issued)
    returned_total = sum(r["quantity"] for r in returned)
    account = LotAccount(
        di=lot.di,
        lot=lot.lot,
        on_shelf=sum(h["quantity"] for h in held if h["kind"] not in (_QUARANTINE, _TRANSIT)),
        in_transit=sum(h["quantity"] for h in held if h["kind"] == _TRANSIT),
        in_quarantine=sum(h["quantity"] for h in held if h["kind"] == _QUARANTINE),
        returned_to_supplier=sum(e["quantity"] for e in exits if e["type"] == "return_to_supplier"),
        disposed=sum(e["quantity"] for e in exits if e["type"] == "dispose"),
        issued_out=issued_total - returned_total,
        used_on_patient=documented.get(AccountKind.USED_ON_PATIENT.value, 0),
        written_off=documented.get(AccountKind.WRITTEN_OFF.value, 0),
    )
    detail = {
        "di": lot.di,
        "lot": lot.lot,
        "expiry": lot.expiry,
        "production_date": lot.production_date,
        "hold": lot.hold.value,
        "affected": account.affected,
        "recovered": account.recovered,
        "on_shelf": account.on_shelf,
        "in_quarantine": account.in_quarantine,
        "in_transit": account.in_transit,
        "returned_to_supplier": account.returned_to_supplier,
        "disposed": account.disposed,
        "issued_out": account.issued_out,
        "used_on_patient": account.used_on_patient,
        "written_off": account.written_off,
        "undocumented_out": account.undocumented_out,
        "unaccounted": account.unaccounted,
        "stock": held,
        "issued": issued,
        "returned": returned,
        "collected": collected,
        "departments": sorted(per_department.values(), key=lambda r: r["department"]),
        "exits": exits,
    }
    return account, detail


def lot_accounts(uow: UnitOfWork, recall: Recall) -> list[tuple[Lot, LotAccount, dict[str, Any]]]:
    """Every affected lot with its account and where-used, in two indexed queries."""
    lots = uow.recalls.lots(recall.id)
    ids = [lot.id for lot in lots if lot.id is not None]
    stock: dict[int, list[dict[str, Any]]] = {}
    for row in uow.recalls.stock_of(ids):
        stock.setdefault(row["lot_id"], []).append(row)
    movements: dict[int, list[dict[str, Any]]] = {}
    for row in uow.recalls.movements_of(ids):
        movements.setdefault(row["lot_id"], []).append(row)
    totals = uow.recalls.account_totals(recall.id)
    out = []
    for lot in lots:
        assert lot.id is not None
        documented = {kind: q for (lot_id, kind), q in totals.items() if lot_id == lot.id}
        account, detail = _lot_where_used(
            lot, stock.get(lot.id, []), movements.get(lot.id, []), documented
        )
        out.append((lot, account, detail))
    return out


def _recovered_at(
    details: Sequence[dict[str, Any]], accounts_log: Sequence[dict[str, Any]], done: bool
) -> datetime | None:
    """When the last affected unit was accounted for; None while some are not."""
    if not done:
        return None
    stamps = [r["at"] for d in details for r in d["returned"]]
    stamps += [e["at"] for d in details for e in d["exits"]]
    stamps += [a["at"] for a in accounts_log]
    return max(stamps, default=None)


def recall_summary(recall: Recall) -> dict[str, Any]:
    return {
        "id": recall.id,
        "di": recall.scope.di,
        "scope": recall.scope.to_json(),
        "level": recall.level,
        "source": recall.source.value,
        "reason": recall.reason,
        "instructions": recall.instructions,
        "deadline": recall.deadline,
        "drill": recall.drill,
        "origin": recall.origin,
        "status": recall.status.value,
        "issued_at": recall.issued_at,
        "issued_by": recall.issued_by,
        "applied_at": recall.applied_at,
        "closed_at": recall.closed_at,
        "closed_by": recall.closed_by,
    }


def recall_trace(uow: UnitOfWork, recall_id: str) -> dict[str, Any]:
    """The case as one DTO: where-used per lot, tasks, progress, timings, what blocks closing."""
    with uow:
        recall = known_recall(uow, recall_id)
        rows = lot_accounts(uow, recall)
        tasks = uow.recalls.tasks(recall_id)
        accounts_log = uow.recalls.accounts(recall_id)
        evidence = uow.evidence.for_recall(recall_id)
        blocked = uow.recalls.lots_blocked(recall_id)
    accounts = [account for _, account, _ in rows]
    details = [detail for _, _, detail in rows]
    recovered, affected = progress(accounts)
    verdict = close_verdict(accounts, qa_signed=True)
    return {
        "recall": recall_summary(recall),
        "lots": details,
        "tasks": tasks,
        "accounts": accounts_log,
        "evidence": evidence,
        "progress": {
            "recovered": recovered,
            "affected": affected,
            "documented": sum(a.documented for a in accounts),
            "unaccounted": sum(a.unaccounted for a in accounts),
        },
        "unaccounted": verdict.problems,
        "timings": {
            "issued": recall.issued_at,
            "locked": recall.applied_at,
            "lots_locked": blocked,
            "notified": {
                t["location"]: t["notified_at"] for t in tasks if t["kind"] == "department"
            },
            "recovered": _recovered_at(details, accounts_log, verdict.ok and bool(accounts)),
        },
    }


def list_recalls(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Every recall with its progress (recovered / affected), newest first."""
    with uow:
        out = []
        for recall in uow.recalls.all():
            accounts = [account for _, account, _ in lot_accounts(uow, recall)]
            recovered, affected = progress(accounts)
            out.append(
                {
                    **recall_summary(recall),
                    "recovered": recovered,
                    "affected": affected,
                    "unaccounted": sum(a.unaccounted for a in accounts),
                }
            )
    return out
