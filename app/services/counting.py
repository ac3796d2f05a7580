"""Stock counts: a variance becomes an adjustment only with a supervisor's approval.

The approver must be someone other than the counter (the rule book's
count_approval duty), whether they approve in the count itself (an override)
or later (ApproveCount).
"""

from __future__ import annotations

from typing import Any

from app.domain.model import Alert, AlertKind, Count, Level, Movement, MovementType
from app.errors import Code, Refused
from app.services.commands import ApproveCount
from app.services.commands import Count as CountCommand
from app.services.context import ActionResult, Context
from app.services.ports import UnitOfWork


def count(ctx: Context, cmd: CountCommand) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    lot = ctx.existing_lot(scan, ctx.item(scan))
    location = ctx.stock_location(cmd.location, "location")
    counted = cmd.counted
    if counted is None or counted < 0:
        raise Refused(
            Code.BAD_QUANTITY, "a count needs the counted quantity (0 or more)", quantity=counted
        )
    assert lot.id is not None and location.id is not None
    expected = ctx.uow.stock.quantity(lot.id, location.id)
    record = ctx.uow.counts.add(
        Count(lot.id, location.id, expected, counted, ctx.username, ctx.now)
    )
    state = {
        "count_id": record.id,
        "lot": lot.lot,
        "di": lot.di,
        "location": location.code,
        "expected": expected,
        "counted": counted,
    }
    ctx.change("count", "count", str(record.id), None, state, ("count", state))
    variance = counted - expected
    if variance == 0:
        return ctx.result(
            lot,
            f"count of lot {lot.lot} at {location.code} matches ({counted})",
            count_id=record.id,
            variance=0,
        )
    if cmd.override is not None:
        ctx.approve(cmd.override)
        _check_approver(ctx, record, cmd.override.by.username)
        movement = _adjust(ctx, record, cmd.scan)
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


def _check_approver(ctx: Context, record: Count, approver: str) -> None:
    if ctx.policy.duties.count_approval and approver.lower() == record.counted_by.lower():
        raise Refused(
            Code.SECOND_PERSON_REQUIRED,
            f"{approver} counted this lot: someone else approves the variance",
            rule="count_approval",
            first=record.counted_by,
        )


def _adjust(ctx: Context, record: Count, raw_scan: str = "") -> Movement:
    assert record.id is not None
    lot = ctx.uow.lots.get_by_id(record.lot_id)
    location = ctx.uow.locations.get_by_id(record.location_id)
    assert lot is not None and location is not None
    variance = record.variance
    on_hand = ctx.uow.stock.quantity(record.lot_id, record.location_id)
    if on_hand + variance < 0:
        raise Refused(
            Code.INSUFFICIENT_STOCK,
            f"stock moved since the count: {on_hand} on hand, the adjustment is {variance:+d}",
            on_hand=on_hand,
            asked=-variance,
        )
    source, target = (None, location) if variance > 0 else (location, None)
    movement = ctx.record(
        MovementType.COUNT_ADJUST,
        lot,
        abs(variance),
        source,
        target,
        raw_scan=raw_scan,
        reference=f"count {record.id}",
    )
    approver = ctx.override.supervisor if ctx.override else ctx.username
    ctx.uow.counts.approve(record.id, approver, ctx.now, movement.id)
    return movement


def approve_count(ctx: Context, cmd: ApproveCount) -> ActionResult:
    """A supervisor approves a pending count; its variance is booked as an adjustment."""
    record = ctx.uow.counts.get(cmd.count_id)
    if record is None:
        raise Refused(Code.UNKNOWN_COUNT, f"no count {cmd.count_id}", count_id=cmd.count_id)
    if record.approved_at is not None:
        raise Refused(Code.NOTHING_TO_DO, f"count {cmd.count_id} is already approved")
    if record.variance == 0:
        raise Refused(Code.NOTHING_TO_DO, f"count {cmd.count_id} has no variance")
    _check_approver(ctx, record, ctx.username)
    movement = _adjust(ctx, record)
    lot = ctx.uow.lots.get_by_id(record.lot_id)
    assert lot is not None
    return ctx.result(
        lot,
        f"count {cmd.count_id} approved: {record.variance:+d}",
        movement,
        count_id=cmd.count_id,
        variance=record.variance,
    )


def pending_counts(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Counts whose variance still waits for a supervisor, with lot and location."""
    with uow:
        rows = uow.counts.pending()
    for row in rows:
        row["variance"] = row["counted"] - row["expected"]
    return rows


HANDLERS: dict[type, Any] = {CountCommand: count, ApproveCount: approve_count}
