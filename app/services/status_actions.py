"""Actions that change a lot's state: hold, release, QC decisions."""

from __future__ import annotations

from app.domain.codes import Code, DomainError
from app.domain.model import Hold, LocationKind, Lot, MovementType, QcStatus
from app.services.action import ActionContext, ActionResult, lot_state


def _change(ctx: ActionContext, lot: Lot, action: str) -> None:
    before = lot_state(lot)
    ctx.uow.lots.save_status(lot)
    after = lot_state(lot)
    ctx.audit(action, "lot", f"{lot.di}/{lot.lot}", before, after)
    ctx.uow.outbox.append("lot_status", {"action": action, **after}, ctx.now, ctx.user.username)


def _optional_move(ctx: ActionContext, lot: Lot, type: MovementType) -> int:
    """Move the stated (or all) stock from `location` to `to` along with the status change."""
    req = ctx.request
    if not req.to:
        ctx.record(type, lot, 0, None, None)
        return 0
    source = ctx.stock_location(req.location, "location")
    target = ctx.stock_location(req.to, "to")
    assert lot.id is not None and source.id is not None
    qty = req.qty if req.qty is not None else ctx.uow.stock.quantity(lot.id, source.id)
    if qty <= 0:
        raise DomainError(Code.INSUFFICIENT_STOCK, f"no stock of lot {lot.lot} at {source.code}")
    ctx.check_available(lot, source, qty)
    ctx.record(type, lot, qty, source, target)
    return qty


def quarantine(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    lot = ctx.existing_lot(scan)
    reason = ctx.require_reason()
    if ctx.request.to:
        target = ctx.location(ctx.request.to, "to")
        if target.kind is not LocationKind.QUARANTINE:
            raise DomainError(Code.BAD_REQUEST, f"{target.code} is not a quarantine location")
    if lot.hold is Hold.NONE:
        lot.hold, lot.hold_reason = Hold.QUARANTINE, reason
        _change(ctx, lot, "quarantine")
    moved = _optional_move(ctx, lot, MovementType.QUARANTINE)
    return ctx.result(
        lot, f"lot {lot.lot} is on hold ({reason})", None, moved=moved, hold=lot.hold.value
    )


def release(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    lot = ctx.existing_lot(scan)
    reason = ctx.require_reason()
    if lot.hold is Hold.RECALL:
        raise DomainError(
            Code.RECALLED, f"lot {lot.lot} is recalled: only closing the recall releases it"
        )
    if lot.hold is Hold.NONE:
        raise DomainError(Code.NOTHING_TO_DO, f"lot {lot.lot} is not on hold")
    lot.hold, lot.hold_reason = Hold.NONE, ""
    _change(ctx, lot, "release")
    moved = _optional_move(ctx, lot, MovementType.RELEASE)
    return ctx.result(lot, f"lot {lot.lot} released from hold ({reason})", None, moved=moved)


def qc_release(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    lot = ctx.existing_lot(scan)
    if lot.qc is QcStatus.REJECTED:
        raise DomainError(Code.QC_REJECTED, f"lot {lot.lot} was rejected by QC")
    if lot.qc is QcStatus.RELEASED:
        raise DomainError(Code.NOTHING_TO_DO, f"lot {lot.lot} is already released")
    lot.qc = QcStatus.RELEASED
    _change(ctx, lot, "qc_release")
    ctx.record(MovementType.QC_RELEASE, lot, 0, None, None)
    return ctx.result(lot, f"lot {lot.lot} released by QC")


def qc_reject(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    lot = ctx.existing_lot(scan)
    reason = ctx.require_reason()
    if lot.qc is QcStatus.REJECTED:
        raise DomainError(Code.NOTHING_TO_DO, f"lot {lot.lot} is already rejected")
    lot.qc = QcStatus.REJECTED
    _change(ctx, lot, "qc_reject")
    ctx.record(MovementType.QC_REJECT, lot, 0, None, None)
    return ctx.result(lot, f"lot {lot.lot} rejected by QC ({reason})")
