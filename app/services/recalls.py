"""Working a recall case at a site: open it, carry it out, account for every unit, close it.

Every step is a command through the one executor, so it is one transaction
with its audit entries and outbox events, and a refusal changes nothing.
Stock moves go through the ordinary handlers (return, move, return to
supplier, dispose) with the recall's id as their reference.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.model import LocationKind, Lot
from app.domain.permissions import Action
from app.domain.recall import AccountKind, Recall, RecallStatus, close_verdict, progress
from app.errors import Code, Refused
from app.services import stock
from app.services.commands import (
    AccountRecallUnits,
    AttachRecallEvidence,
    CarryOutRecall,
    CloseRecall,
    CreateRecall,
    Dispose,
    MarkDepartmentsNotified,
    Move,
)
from app.services.context import ActionResult, Context, done
from app.services.recall_apply import apply_recall
from app.services.recall_trace import known_recall, lot_accounts


def _open(ctx: Context, recall_id: str) -> Recall:
    recall = known_recall(ctx.uow, recall_id)
    if recall.status is RecallStatus.CLOSED:
        raise Refused(Code.RECALL_CLOSED, f"recall {recall_id} is closed", recall=recall_id)
    return recall


def _progressed(ctx: Context, recall: Recall) -> None:
    """The case moves on: in progress from its first step; the centre hears the figures."""
    if recall.status is RecallStatus.OPEN:
        recall.status = RecallStatus.IN_PROGRESS
        ctx.uow.recalls.save_status(recall)
        ctx.change(
            "recall_status",
            "recall",
            recall.id,
            {"status": "open"},
            {"status": recall.status.value},
        )
    accounts = [account for _, account, _ in lot_accounts(ctx.uow, recall)]
    recovered, affected = progress(accounts)
    figures = {
        "id": recall.id,
        "recovered": recovered,
        "affected": affected,
        "unaccounted": sum(a.unaccounted for a in accounts),
        "at": ctx.now,
    }
    ctx.change(
        "recall_progress",
        "recall",
        recall.id,
        None,
        figures,
        ("recall_progress", figures),
        by_system=True,
    )


def _affected_lot(ctx: Context, recall: Recall, di: str, lot_number: str) -> Lot:
    lot = ctx.uow.lots.get(di, lot_number)
    if lot is None or lot.id is None or recall.id not in ctx.uow.recalls.recalls_of_lot(lot.id):
        raise Refused(
            Code.NOT_IN_RECALL,
            f"lot {lot_number} is not part of recall {recall.id}",
            lot=lot_number,
            recall=recall.id,
        )
    return lot


def create_recall(ctx: Context, cmd: CreateRecall) -> ActionResult:
    """A supervisor or QA opens a recall here: it blocks at once, reaches the centre on push."""
    try:
        recall = cmd.new.issue(ctx.now, ctx.username, origin="site")
    except ValueError as exc:
        raise Refused(Code.BAD_RECALL, str(exc), problem=str(exc)) from exc
    ctx.uow.recalls.add(recall)
    ctx.change(
        "create_recall",
        "recall",
        recall.id,
        None,
        recall.to_json(),
        ("recall_created", recall.to_json()),
    )
    applied = apply_recall(ctx, recall)
    return done(
        f"recall {recall.id} opened: {len(applied['lots'])} lot(s) "
        f"{'marked (drill)' if recall.drill else 'blocked'}, {applied['tasks']} task(s)",
        recall_id=recall.id,
        lots=applied["lots"],
        tasks=applied["tasks"],
        deadline=recall.deadline,
        drill=recall.drill,
    )


def carry_out(ctx: Context, cmd: CarryOutRecall) -> ActionResult:
    """Return, move into quarantine, return to supplier or dispose, linked to the recall.

    The ordinary handler does the stock, audit and outbox work; this adds the
    check that the lot is part of the case, that a disposal has its evidence,
    and the case's progress, in the same transaction.
    """
    recall = _open(ctx, cmd.recall_id)
    step = replace(cmd.step, reference=recall.id)
    if isinstance(step, Dispose) and step.evidence is None:
        raise Refused(Code.EVIDENCE_REQUIRED, "a recall disposal needs evidence (photo or scan)")
    if isinstance(step, Move):
        ctx.location_of_kind(step.to or "", "to", LocationKind.QUARANTINE)
    ctx.case = recall.id  # the step's evidence goes into the case file
    result: ActionResult = stock.HANDLERS[type(step)](ctx, step)
    assert ctx.lot is not None and ctx.lot.id is not None
    _affected_lot(ctx, recall, ctx.lot.di, ctx.lot.lot)
    _progressed(ctx, recall)
    return result


def attach_evidence(ctx: Context, cmd: AttachRecallEvidence) -> ActionResult:
    """A document for the case file: a signed return note, a department's confirmation."""
    recall = _open(ctx, cmd.recall_id)
    found = _affected_lot(ctx, recall, cmd.di, cmd.lot) if cmd.di and cmd.lot else None
    ctx.case = recall.id
    stock.keep_evidence(ctx, cmd.evidence, found, None, cmd.note)
    return done(
        f"evidence {cmd.evidence.file_name} attached to {recall.id}", sha256=cmd.evidence.sha256
    )


def account_for(ctx: Context, cmd: AccountRecallUnits) -> ActionResult:
    """Units that will not come back: documented as used on a patient, or written off."""
    recall = _open(ctx, cmd.recall_id)
    found = _affected_lot(ctx, recall, cmd.di, cmd.lot)
    if cmd.quantity <= 0:
        raise Refused(Code.BAD_QUANTITY, "quantity must be at least 1", quantity=cmd.quantity)
    if cmd.kind is AccountKind.WRITTEN_OFF and not cmd.reason.strip():
        raise Refused(Code.REASON_REQUIRED, "a write-off needs a reason")
    place = (
        ctx.location_of_kind(cmd.department, "department", LocationKind.DEPARTMENT)
        if cmd.department
        else None
    )
    account = next(a for lt, a, _ in lot_accounts(ctx.uow, recall) if lt.id == found.id)
    if cmd.quantity > account.undocumented_out:
        raise Refused(
            Code.QUANTITY_MISMATCH,
            f"only {account.undocumented_out} of lot {cmd.lot} are out in departments and "
            f"not yet accounted for; {cmd.quantity} entered",
            open=account.undocumented_out,
            entered=cmd.quantity,
        )
    assert found.id is not None
    ctx.uow.recalls.add_account(
        recall.id,
        found.id,
        cmd.kind.value,
        cmd.quantity,
        place.id if place else None,
        cmd.reason.strip(),
        ctx.now,
        ctx.username,
    )
    after = {
        "recall": recall.id,
        "di": cmd.di,
        "lot": cmd.lot,
        "kind": cmd.kind.value,
        "quantity": cmd.quantity,
        "department": place.code if place else None,
        "reason": cmd.reason.strip(),
    }
    ctx.change("recall_account", "recall", recall.id, None, after, ("recall_account", after))
    _progressed(ctx, recall)
    return ctx.result(
        found,
        f"{cmd.quantity} of lot {cmd.lot}: {cmd.kind.value.replace('_', ' ')}",
        quantity=cmd.quantity,
        kind=cmd.kind.value,
    )


def mark_notified(ctx: Context, cmd: MarkDepartmentsNotified) -> ActionResult:
    """Departments were sent their notice: the first notice's time is the case's timing."""
    recall = known_recall(ctx.uow, cmd.recall_id)
    notified = []
    for code in cmd.departments:
        place = ctx.location(code, "department")
        assert place.id is not None
        if ctx.uow.recalls.mark_notified(recall.id, place.id, ctx.now):
            notified.append(code)
    if notified:
        after = {"recall": recall.id, "departments": notified, "at": ctx.now}
        ctx.change("recall_notified", "recall", recall.id, None, after, ("recall_notified", after))
    return done(f"{len(notified)} department(s) notified", notified=notified)


def close_recall(ctx: Context, cmd: CloseRecall) -> ActionResult:
    """Closes only when every affected unit is accounted for, with QA's sign-off; the one
    who opened it needs a second QA's signature (the rule book's recall_close duty)."""
    recall = _open(ctx, cmd.recall_id)
    second = None
    if ctx.policy.duties.recall_close and recall.issued_by.lower() == ctx.username.lower():
        second = ctx.second_person(cmd.countersign, Action.CLOSE_RECALL, "recall_close")
    accounts = [account for _, account, _ in lot_accounts(ctx.uow, recall)]
    verdict = close_verdict(accounts, qa_signed=True)
    if not verdict.ok:
        raise Refused(
            Code.UNITS_UNACCOUNTED,
            "; ".join(verdict.problems),
            lots=[
                {
                    "lot": a.lot,
                    "unaccounted": a.unaccounted,
                    "affected": a.affected,
                    "on_shelf": a.on_shelf,
                    "in_transit": a.in_transit,
                    "out": a.undocumented_out,
                }
                for a in verdict.unaccounted
            ],
        )
    before = {"status": recall.status.value}
    recall.status = RecallStatus.CLOSED
    recall.closed_at, recall.closed_by = ctx.now, ctx.username
    ctx.uow.recalls.save_status(recall)
    recovered, affected = progress(accounts)
    after = {
        "status": "closed",
        "closed_at": ctx.now,
        "signed_off_by": ctx.username,
        "countersigned_by": second,
        "recovered": recovered,
        "affected": affected,
        "documented": sum(a.documented for a in accounts),
    }
    ctx.change(
        "close_recall",
        "recall",
        recall.id,
        before,
        after,
        ("recall_closed", {"id": recall.id, **after}),
    )
    return done(f"recall {recall.id} closed", recall_id=recall.id, countersigned_by=second)


HANDLERS: dict[type, Any] = {
    CreateRecall: create_recall,
    CarryOutRecall: carry_out,
    AttachRecallEvidence: attach_evidence,
    AccountRecallUnits: account_for,
    MarkDepartmentsNotified: mark_notified,
    CloseRecall: close_recall,
}
