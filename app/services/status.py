"""Actions that change a lot's state: hold, release, QC decisions."""

from __future__ import annotations

from typing import Any

from app.domain.model import Hold, LocationKind, Lot, MovementType, QcStatus
from app.errors import Code, Refused
from app.services.commands import QcReject, QcRelease, Quarantine, Release
from app.services.context import ActionResult, Context, lot_state


def _changed(ctx: Context, lot: Lot, action: str, before: dict[str, object]) -> None:
    ctx.uow.lots.save_status(lot)
    after = lot_state(lot)
    ctx.change(
        action,
        "lot",
        f"{lot.di}/{lot.lot}",
        before,
        after,
        ("lot_status", {"action": action, **after}),
    )
    ctx.touch(lot)


def _optional_move(
    ctx: Context, lot: Lot, type: MovementType, cmd: Quarantine | Release, reason: str
) -> int:
    """Move the stated (or all) stock from `location` to `to` along with the status change."""
    if not cmd.to:
        ctx.record(type, lot, 0, None, None, raw_scan=cmd.scan, reason=reason)
        return 0
    source = ctx.stock_location(cmd.location, "location")
    target = ctx.stock_location(cmd.to, "to")
    assert lot.id is not None and source.id is not None
    qty = cmd.qty if cmd.qty is not None else ctx.uow.stock.quantity(lot.id, source.id)
    if qty <= 0:
        raise Refused(
            Code.INSUFFICIENT_STOCK,
            f"no stock of lot {lot.lot} at {source.code}",
            on_hand=0,
            asked=qty,
        )
    ctx.check_available(lot, source, qty)
    ctx.record(type, lot, qty, source, target, raw_scan=cmd.scan, reason=reason)
    return qty


def quarantine(ctx: Context, cmd: Quarantine) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    lot = ctx.existing_lot(scan, ctx.item(scan))
    reason = ctx.require_reason(cmd.reason)
    if cmd.to:
        ctx.location_of_kind(cmd.to, "to", LocationKind.QUARANTINE)
    if lot.hold is Hold.NONE:
        before = lot_state(lot)
        lot.hold, lot.hold_reason = Hold.QUARANTINE, reason
        _changed(ctx, lot, "quarantine", before)
    moved = _optional_move(ctx, lot, MovementType.QUARANTINE, cmd, reason)
    return ctx.result(
        lot, f"lot {lot.lot} is on hold ({reason})", None, moved=moved, hold=lot.hold.value
    )


def release(ctx: Context, cmd: Release) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    lot = ctx.existing_lot(scan, ctx.item(scan))
    reason = ctx.require_reason(cmd.reason)
    if lot.hold is Hold.RECALL:
        raise Refused(
            Code.RECALLED,
            f"lot {lot.lot} is recalled: only closing the recall releases it",
            lot=lot.lot,
        )
    if lot.hold is Hold.NONE:
        raise Refused(Code.NOTHING_TO_DO, f"lot {lot.lot} is not on hold", lot=lot.lot)
    assert lot.id is not None
    holding = ctx.uow.climate.open_holding(lot.id)
    if holding:
        raise Refused(
            Code.EXCURSION_OPEN,
            f"lot {lot.lot} is held by temperature excursion {holding[0]}: "
            "QA releases it by deciding the excursion",
            excursions=holding,
        )
    before = lot_state(lot)
    lot.hold, lot.hold_reason = Hold.NONE, ""
    _changed(ctx, lot, "release", before)
    moved = _optional_move(ctx, lot, MovementType.RELEASE, cmd, reason)
    return ctx.result(lot, f"lot {lot.lot} released from hold ({reason})", None, moved=moved)


def qc_release(ctx: Context, cmd: QcRelease) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    lot = ctx.existing_lot(scan, ctx.item(scan))
    if lot.qc is QcStatus.REJECTED:
        raise Refused(Code.QC_REJECTED, f"lot {lot.lot} was rejected by QC", lot=lot.lot)
    if lot.qc is QcStatus.RELEASED:
        raise Refused(Code.NOTHING_TO_DO, f"lot {lot.lot} is already released", lot=lot.lot)
    if ctx.policy.duties.qc_release:
        assert lot.id is not None
        receivers = ctx.uow.movements.receivers(lot.id)
        if ctx.username.lower() in {r.lower() for r in receivers}:
            raise Refused(
                Code.SECOND_PERSON_REQUIRED,
                f"{ctx.username} received lot {lot.lot}: QC release is someone else's",
                rule="qc_release",
                first=ctx.username,
            )
    before = lot_state(lot)
    lot.qc = QcStatus.RELEASED
    _changed(ctx, lot, "qc_release", before)
    ctx.record(MovementType.QC_RELEASE, lot, 0, None, None, raw_scan=cmd.scan, reason=cmd.reason)
    return ctx.result(lot, f"lot {lot.lot} released by QC")


def qc_reject(ctx: Context, cmd: QcReject) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    lot = ctx.existing_lot(scan, ctx.item(scan))
    reason = ctx.require_reason(cmd.reason)
    if lot.qc is QcStatus.REJECTED:
        raise Refused(Code.NOTHING_TO_DO, f"lot {lot.lot} is already rejected", lot=lot.lot)
    before = lot_state(lot)
    lot.qc = QcStatus.REJECTED
    _changed(ctx, lot, "qc_reject", before)
    ctx.record(MovementType.QC_REJECT, lot, 0, None, None, raw_scan=cmd.scan, reason=reason)
    return ctx.result(lot, f"lot {lot.lot} rejected by QC ({reason})")


def hold_for_rule(ctx: Context, lot: Lot, reason: str) -> bool:
    """A rule puts a lot on hold (a temperature excursion): True if it was not held before."""
    if lot.hold is not Hold.NONE:
        return False
    before = lot_state(lot)
    lot.hold, lot.hold_reason = Hold.QUARANTINE, reason
    _changed(ctx, lot, "quarantine", before)
    ctx.record(MovementType.QUARANTINE, lot, 0, None, None, raw_scan="", reason=reason)
    return True


def lift_rule_hold(ctx: Context, lot: Lot, reason: str) -> None:
    """QA's decision lifts the hold a rule put on (a hold anyone else put on stays)."""
    before = lot_state(lot)
    lot.hold, lot.hold_reason = Hold.NONE, ""
    _changed(ctx, lot, "release", before)
    ctx.record(MovementType.RELEASE, lot, 0, None, None, raw_scan="", reason=reason)


def reject_for_rule(ctx: Context, lot: Lot, reason: str) -> None:
    """QA rejects a lot a rule held (it stays held and can only leave for good)."""
    if lot.qc is QcStatus.REJECTED:
        return
    before = lot_state(lot)
    lot.qc = QcStatus.REJECTED
    _changed(ctx, lot, "qc_reject", before)
    ctx.record(MovementType.QC_REJECT, lot, 0, None, None, raw_scan="", reason=reason)


HANDLERS: dict[type, Any] = {
    Quarantine: quarantine,
    Release: release,
    QcRelease: qc_release,
    QcReject: qc_reject,
}
