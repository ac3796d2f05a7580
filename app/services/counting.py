"""Stock counts: a variance becomes an adjustment only with a supervisor's approval."""

from __future__ import annotations

from typing import Any

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.credentials import check_secret
from app.domain.model import Alert, AlertKind, Count, Level, Movement, MovementType
from app.domain.rules import permitted
from app.services.action import ActionContext, ActionRequest, ActionResult, execute
from app.services.ports import UnitOfWork


def count(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    lot = ctx.existing_lot(scan)
    location = ctx.stock_location(ctx.request.location, "location")
    counted = ctx.request.qty
    if counted is None or counted < 0:
        raise DomainError(Code.BAD_REQUEST, "a count needs the counted quantity (0 or more)")
    assert lot.id is not None and location.id is not None
    expected = ctx.uow.stock.quantity(lot.id, location.id)
    record = ctx.uow.counts.add(
        Count(lot.id, location.id, expected, counted, ctx.user.username, ctx.now)
    )
    state = {
        "count_id": record.id,
        "lot": lot.lot,
        "di": lot.di,
        "location": location.code,
        "expected": expected,
        "counted": counted,
    }
    ctx.audit("count", "count", str(record.id), None, state)
    ctx.uow.outbox.append("count", state, ctx.now, ctx.user.username)
    variance = counted - expected
    if variance == 0:
        return ctx.result(
            lot,
            f"count of lot {lot.lot} at {location.code} matches ({counted})",
            count_id=record.id,
            variance=0,
        )
    if ctx.approved_by_supervisor():
        movement = _adjust(ctx, record)
        return ctx.result(
            lot, f"count adjusted by {variance:+d}", movement, count_id=record.id, variance=variance
        )
    ctx.uow.alerts.add(
        Alert(
            lot_id=lot.id,
            kind=AlertKind.COUNT_DISCREPANCY,
            level=Level.WARNING,
            raised=ctx.now,
            message=f"counted {counted}, expected {expected} at {location.code}",
            assigned_to=location.responsible,
            location_id=location.id,
        )
    )
    return ctx.result(
        lot,
        f"counted {counted}, expected {expected}: a variance of {variance:+d} awaits approval",
        count_id=record.id,
        variance=variance,
        pending_approval=True,
    )


def _adjust(ctx: ActionContext, record: Count) -> Movement:
    assert record.id is not None
    lot = ctx.uow.lots.get_by_id(record.lot_id)
    location = ctx.uow.locations.get_by_id(record.location_id)
    assert lot is not None and location is not None
    variance = record.variance
    on_hand = ctx.uow.stock.quantity(record.lot_id, record.location_id)
    if on_hand + variance < 0:
        raise DomainError(
            Code.INSUFFICIENT_STOCK,
            f"stock moved since the count: {on_hand} on hand, the adjustment is {variance:+d}",
        )
    if variance > 0:
        movement = ctx.record(MovementType.COUNT_ADJUST, lot, variance, None, location, raw_scan="")
    else:
        movement = ctx.record(
            MovementType.COUNT_ADJUST, lot, -variance, location, None, raw_scan=""
        )
    approver = ctx.override.supervisor if ctx.override else ctx.user.username
    ctx.uow.counts.approve(record.id, approver, ctx.now, movement.id)
    return movement


def approve_count(
    uow: UnitOfWork, clock: Clock, count_id: int, supervisor: str, pin: str, device: str = ""
) -> ActionResult:
    """A supervisor approves a pending count; its variance is booked as an adjustment."""

    def handler(ctx: ActionContext) -> ActionResult:
        if not check_secret(pin, ctx.user.pin_hash):
            raise DomainError(Code.BAD_CREDENTIALS, "the supervisor's PIN is wrong")
        record = ctx.uow.counts.get(count_id)
        if record is None:
            raise DomainError(Code.BAD_REQUEST, f"no count {count_id}")
        if record.approved_at is not None:
            raise DomainError(Code.NOTHING_TO_DO, f"count {count_id} is already approved")
        if record.variance == 0:
            raise DomainError(Code.NOTHING_TO_DO, f"count {count_id} has no variance")
        movement = _adjust(ctx, record)
        lot = ctx.uow.lots.get_by_id(record.lot_id)
        assert lot is not None and permitted(ctx.user.role, "approve_count")
        return ActionResult(
            True,
            Code.ACCEPTED,
            f"count {count_id} approved: {record.variance:+d}",
            di=lot.di,
            lot=lot.lot,
            expiry=lot.expiry,
            movement_id=movement.id,
        )

    request = ActionRequest(action="approve_count", user=supervisor, device=device)
    return execute(uow, clock, request, {"approve_count": handler})


def pending_counts(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Counts whose variance still waits for a supervisor, with lot and location."""
    with uow:
        rows = uow.counts.pending()
    for row in rows:
        row["variance"] = row["counted"] - row["expected"]
    return rows
