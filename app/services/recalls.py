"""Working a recall case at a site: open it, carry it out, account for every unit, close it.

Every step runs through `execute`, so it is one transaction with its audit
entries and outbox events, and a refusal changes nothing. Stock moves go
through the ordinary actions (return, move, return to supplier, dispose)
with the recall's id as their reference.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.credentials import check_secret
from app.domain.model import LocationKind, Lot
from app.domain.recall import (
    AccountKind,
    Recall,
    RecallScope,
    RecallSource,
    RecallStatus,
    close_verdict,
    new_recall_id,
    progress,
)
from app.services.action import ActionContext, ActionRequest, ActionResult, execute
from app.services.actions import HANDLERS
from app.services.ports import UnitOfWork
from app.services.recall_apply import apply_recall
from app.services.recall_trace import known_recall, lot_accounts

# The ordinary actions a recall is carried out with.
CARRY_OUT = ("return", "move", "return_to_supplier", "dispose")


@dataclass(frozen=True, slots=True)
class NewRecall:
    scope: RecallScope
    level: int
    reason: str
    source: RecallSource = RecallSource.INTERNAL_QA
    instructions: str = ""
    deadline: date | None = None
    drill: bool = False

    def issue(self, at: datetime, issued_by: str, origin: str) -> Recall:
        """The recall as issued here ("site") or at the centre; ValueError says what is wrong."""
        return Recall(
            id=new_recall_id(at),
            scope=self.scope,
            level=self.level,
            reason=self.reason,
            issued_at=at,
            issued_by=issued_by,
            source=self.source,
            instructions=self.instructions,
            deadline=self.deadline,
            drill=self.drill,
            origin=origin,
        )


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """A photo or scan, already copied into the data directory."""

    file_name: str
    stored_as: str
    sha256: str


@dataclass(frozen=True, slots=True)
class CloseResult:
    """`code` says why a close was refused: BAD_CREDENTIALS (the QA PIN), NOT_PERMITTED
    (not QA), UNKNOWN_USER, NOTHING_TO_DO (already closed), BAD_REQUEST (units still
    unaccounted for, listed in `problems`; or no such recall)."""

    ok: bool
    recall_id: str
    problems: list[str] = field(default_factory=list)
    code: Code = Code.ACCEPTED


def _done(message: str, **detail: object) -> ActionResult:
    return ActionResult(ok=True, code=Code.ACCEPTED, message=message, detail=detail)


def _check_pin(ctx: ActionContext, pin: str) -> None:
    if not check_secret(pin, ctx.user.pin_hash):
        raise DomainError(Code.BAD_CREDENTIALS, f"the PIN of {ctx.user.username} is wrong")


def _open(ctx: ActionContext, recall_id: str) -> Recall:
    recall = known_recall(ctx.uow, recall_id)
    if recall.status is RecallStatus.CLOSED:
        raise DomainError(Code.NOTHING_TO_DO, f"recall {recall_id} is closed", recall=recall_id)
    return recall


def _progressed(ctx: ActionContext, recall: Recall) -> None:
    """The case moves on: in progress from its first step; the centre hears the figures."""
    if recall.status is RecallStatus.OPEN:
        recall.status = RecallStatus.IN_PROGRESS
        ctx.uow.recalls.save_status(recall)
        ctx.audit(
            "recall_status",
            "recall",
            recall.id,
            {"status": "open"},
            {"status": recall.status.value},
        )
    accounts = [account for _, account, _ in lot_accounts(ctx.uow, recall)]
    recovered, affected = progress(accounts)
    ctx.uow.outbox.append(
        "recall_progress",
        {
            "id": recall.id,
            "recovered": recovered,
            "affected": affected,
            "unaccounted": sum(a.unaccounted for a in accounts),
            "at": ctx.now,
        },
        ctx.now,
        ctx.user.username,
    )


def _affected_lot(ctx: ActionContext, recall: Recall, di: str, lot_number: str) -> Lot:
    lot = ctx.uow.lots.get(di, lot_number)
    if lot is None or lot.id is None or recall.id not in ctx.uow.recalls.recalls_of_lot(lot.id):
        raise DomainError(
            Code.BAD_REQUEST, f"lot {lot_number} is not part of recall {recall.id}", lot=lot_number
        )
    return lot


def create_recall(
    uow: UnitOfWork, clock: Clock, new: NewRecall, user: str, pin: str, device: str = ""
) -> ActionResult:
    """A supervisor opens a recall here: it blocks at once and reaches the centre on next push."""

    def handler(ctx: ActionContext) -> ActionResult:
        _check_pin(ctx, pin)
        try:
            recall = new.issue(ctx.now, ctx.user.username, origin="site")
        except ValueError as exc:
            raise DomainError(Code.BAD_REQUEST, str(exc)) from exc
        ctx.uow.recalls.add(recall)
        ctx.audit("create_recall", "recall", recall.id, None, recall.to_json())
        ctx.uow.outbox.append("recall_created", recall.to_json(), ctx.now, ctx.user.username)
        applied = apply_recall(ctx.uow, ctx.now, ctx.user.username, recall)
        return _done(
            f"recall {recall.id} opened: {len(applied['lots'])} lot(s) "
            f"{'marked (drill)' if recall.drill else 'blocked'}, {applied['tasks']} task(s)",
            recall_id=recall.id,
            lots=applied["lots"],
            tasks=applied["tasks"],
            deadline=recall.deadline,
        )

    request = ActionRequest(action="create_recall", user=user, device=device)
    return execute(uow, clock, request, {"create_recall": handler})


def carry_out(
    uow: UnitOfWork,
    clock: Clock,
    recall_id: str,
    request: ActionRequest,
    evidence: EvidenceFile | None = None,
) -> ActionResult:
    """Return, move to quarantine, return to supplier or dispose, linked to the recall.

    The ordinary action does the stock, audit and outbox work; this adds the
    check that the lot is part of the case, the evidence (a disposal needs
    one), and the case's progress, in the same transaction.
    """
    if request.action not in CARRY_OUT:
        return ActionResult(
            False, Code.BAD_REQUEST, f"{request.action!r} does not carry out a recall"
        )
    inner = HANDLERS[request.action]

    def handler(ctx: ActionContext) -> ActionResult:
        recall = _open(ctx, recall_id)
        if request.action == "dispose" and evidence is None:
            raise DomainError(Code.BAD_REQUEST, "a recall disposal needs evidence (photo or scan)")
        if request.action == "move":
            target = ctx.location(request.to, "to")
            if target.kind is not LocationKind.QUARANTINE:
                raise DomainError(
                    Code.BAD_REQUEST, "recalled stock is moved only into a quarantine location"
                )
        result = inner(ctx)
        assert ctx.lot is not None and ctx.lot.id is not None
        _affected_lot(ctx, recall, ctx.lot.di, ctx.lot.lot)
        if evidence is not None:
            _record_evidence(ctx, recall, evidence, ctx.lot, result.movement_id, request.reason)
        _progressed(ctx, recall)
        return result

    linked = replace(request, reference=recall_id)
    return execute(uow, clock, linked, {request.action: handler})


def _record_evidence(
    ctx: ActionContext,
    recall: Recall,
    evidence: EvidenceFile,
    lot: Lot | None,
    movement_id: str | None,
    note: str,
) -> None:
    evidence_id = ctx.uow.recalls.add_evidence(
        recall.id,
        lot.id if lot else None,
        movement_id,
        evidence.file_name,
        evidence.stored_as,
        evidence.sha256,
        note,
        ctx.now,
        ctx.user.username,
    )
    after = {
        "recall": recall.id,
        "file": evidence.file_name,
        "sha256": evidence.sha256,
        "lot": lot.lot if lot else None,
        "movement_id": movement_id,
        "note": note,
    }
    ctx.audit("recall_evidence", "recall", recall.id, None, after)
    ctx.uow.outbox.append(
        "recall_evidence", {"evidence_id": evidence_id, **after}, ctx.now, ctx.user.username
    )


def store_evidence(source: Path, evidence_dir: Path) -> EvidenceFile:
    """Copy a photo or scan into the data directory under its own hash (never overwritten)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise DomainError(Code.BAD_REQUEST, f"cannot read evidence {source}: {exc}") from exc
    digest = hashlib.sha256(data).hexdigest()
    evidence_dir.mkdir(parents=True, exist_ok=True)
    target = evidence_dir / f"{digest}{source.suffix.lower()}"
    if not target.exists():
        partial = target.with_suffix(target.suffix + ".partial")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return EvidenceFile(source.name, str(target), digest)


def attach_evidence(
    uow: UnitOfWork,
    clock: Clock,
    recall_id: str,
    user: str,
    evidence: EvidenceFile,
    note: str = "",
    di: str | None = None,
    lot: str | None = None,
    device: str = "",
) -> ActionResult:
    """A document for the case file: a signed return note, a department's confirmation."""

    def handler(ctx: ActionContext) -> ActionResult:
        recall = _open(ctx, recall_id)
        found = _affected_lot(ctx, recall, di, lot) if di and lot else None
        _record_evidence(ctx, recall, evidence, found, None, note)
        return _done(
            f"evidence {evidence.file_name} attached to {recall_id}", sha256=evidence.sha256
        )

    request = ActionRequest(action="recall_account", user=user, device=device)
    return execute(uow, clock, request, {"recall_account": handler})


def account_for(
    uow: UnitOfWork,
    clock: Clock,
    recall_id: str,
    user: str,
    di: str,
    lot: str,
    kind: AccountKind,
    quantity: int,
    department: str | None = None,
    reason: str = "",
    device: str = "",
) -> ActionResult:
    """Units that will not come back: documented as used on a patient, or written off."""

    def handler(ctx: ActionContext) -> ActionResult:
        recall = _open(ctx, recall_id)
        found = _affected_lot(ctx, recall, di, lot)
        if quantity <= 0:
            raise DomainError(Code.BAD_REQUEST, "quantity must be at least 1")
        if kind is AccountKind.WRITTEN_OFF and not reason.strip():
            raise DomainError(Code.BAD_REQUEST, "a write-off needs a reason")
        place = ctx.location(department, "department") if department else None
        if place is not None and place.kind is not LocationKind.DEPARTMENT:
            raise DomainError(Code.BAD_REQUEST, f"{place.code} is not a department")
        account = next(a for lt, a, _ in lot_accounts(ctx.uow, recall) if lt.id == found.id)
        if quantity > account.undocumented_out:
            raise DomainError(
                Code.QUANTITY_MISMATCH,
                f"only {account.undocumented_out} of lot {lot} are out in departments and "
                f"not yet accounted for; {quantity} entered",
                open=account.undocumented_out,
                entered=quantity,
            )
        assert found.id is not None
        ctx.uow.recalls.add_account(
            recall.id,
            found.id,
            kind.value,
            quantity,
            place.id if place else None,
            reason.strip(),
            ctx.now,
            ctx.user.username,
        )
        after = {
            "recall": recall.id,
            "di": di,
            "lot": lot,
            "kind": kind.value,
            "quantity": quantity,
            "department": place.code if place else None,
            "reason": reason.strip(),
        }
        ctx.audit("recall_account", "recall", recall.id, None, after)
        ctx.uow.outbox.append("recall_account", after, ctx.now, ctx.user.username)
        _progressed(ctx, recall)
        return ctx.result(
            found, f"{quantity} of lot {lot}: {kind.value.replace('_', ' ')}", quantity=quantity
        )

    request = ActionRequest(action="recall_account", user=user, reason=reason, device=device)
    return execute(uow, clock, request, {"recall_account": handler})


def mark_notified(
    uow: UnitOfWork,
    clock: Clock,
    recall_id: str,
    departments: list[str],
    user: str,
    device: str = "",
) -> ActionResult:
    """Departments were sent their notice: the first notice's time is the case's timing."""

    def handler(ctx: ActionContext) -> ActionResult:
        recall = known_recall(ctx.uow, recall_id)
        notified = []
        for code in departments:
            place = ctx.location(code, "department")
            assert place.id is not None
            if ctx.uow.recalls.mark_notified(recall.id, place.id, ctx.now):
                notified.append(code)
        if notified:
            after = {"recall": recall.id, "departments": notified, "at": ctx.now}
            ctx.audit("recall_notified", "recall", recall.id, None, after)
            ctx.uow.outbox.append("recall_notified", after, ctx.now, ctx.user.username)
        return _done(f"{len(notified)} department(s) notified", notified=notified)

    request = ActionRequest(action="recall_notify", user=user, device=device)
    return execute(uow, clock, request, {"recall_notify": handler})


def close_recall(
    uow: UnitOfWork, clock: Clock, recall_id: str, qa_user: str, pin: str, device: str = ""
) -> CloseResult:
    """Closes only when every affected unit is accounted for, with QA's PIN as sign-off."""
    problems: list[str] = []

    def handler(ctx: ActionContext) -> ActionResult:
        recall = _open(ctx, recall_id)
        _check_pin(ctx, pin)
        accounts = [account for _, account, _ in lot_accounts(ctx.uow, recall)]
        verdict = close_verdict(accounts, qa_signed=True)
        if not verdict.ok:
            problems.extend(verdict.problems)
            raise DomainError(Code.BAD_REQUEST, "; ".join(verdict.problems))
        before = {"status": recall.status.value}
        recall.status = RecallStatus.CLOSED
        recall.closed_at, recall.closed_by = ctx.now, ctx.user.username
        ctx.uow.recalls.save_status(recall)
        recovered, affected = progress(accounts)
        after = {
            "status": "closed",
            "closed_at": ctx.now,
            "signed_off_by": ctx.user.username,
            "recovered": recovered,
            "affected": affected,
            "documented": sum(a.documented for a in accounts),
        }
        ctx.audit("close_recall", "recall", recall.id, before, after)
        ctx.uow.outbox.append(
            "recall_closed", {"id": recall.id, **after}, ctx.now, ctx.user.username
        )
        return _done(f"recall {recall.id} closed")

    request = ActionRequest(action="close_recall", user=qa_user, device=device)
    result = execute(uow, clock, request, {"close_recall": handler})
    if result.ok:
        return CloseResult(True, recall_id)
    return CloseResult(False, recall_id, problems or [result.message], result.code)
