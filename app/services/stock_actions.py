"""Actions that move stock: receive, move, pick, return, dispose, return to supplier."""

from __future__ import annotations

from app.domain.codes import Code, DomainError
from app.domain.model import (
    Hold,
    Item,
    Location,
    LocationKind,
    Lot,
    MovementType,
    QcStatus,
)
from app.domain.rules import fefo_choice, receive_verdict, use_verdict
from app.services.action import ActionContext, ActionResult, lot_state
from app.services.recall_apply import cover_received_lot
from scanning.scan import Scan


def _serial_at(ctx: ActionContext, lot: Lot, scan: Scan, location: Location) -> None:
    assert lot.id is not None and scan.serial is not None
    known, where = ctx.uow.serials.location_of(lot.id, scan.serial)
    if not known or where != location.id:
        raise DomainError(
            Code.WRONG_LOCATION,
            f"serial {scan.serial} is not at {location.code}",
            serial=scan.serial,
            location=location.code,
        )


def _block_use(ctx: ActionContext, lot: Lot, item: Item) -> None:
    verdict = use_verdict(lot, ctx.today, ctx.policy.do_not_issue_for(item.category))
    if verdict.ok:
        return
    refusal = DomainError(verdict.code, _block_message(verdict.code, lot), **verdict.detail)
    ctx.refuse_unless_overridden(refusal)


def _block_message(code: Code, lot: Lot) -> str:
    messages = {
        Code.RECALLED: f"lot {lot.lot} is recalled: do not use",
        Code.QUARANTINED: f"lot {lot.lot} is in quarantine: {lot.hold_reason}",
        Code.QC_REJECTED: f"lot {lot.lot} was rejected by QC",
        Code.EXPIRED: f"lot {lot.lot} expired on {lot.expiry}",
        Code.QC_PENDING: f"lot {lot.lot} is waiting for QC release",
        Code.NEAR_EXPIRY: f"lot {lot.lot} expires on {lot.expiry}, inside the do-not-issue window",
    }
    return messages.get(code, code.value)


def receive(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    assert scan.di is not None and scan.lot is not None
    req = ctx.request
    location = (
        ctx.stock_location(req.location, "location") if req.location else _default_receiving(ctx)
    )
    supplier = None
    if req.supplier:
        supplier = ctx.uow.suppliers.get(req.supplier)
        if supplier is None:
            raise DomainError(Code.BAD_REQUEST, f"no supplier {req.supplier!r}")
    item = ctx.uow.items.get(scan.di)
    new_item = item is None
    if item is None:
        item = ctx.uow.items.add(Item(di=scan.di, name=f"? {scan.di}", provisional=True))
        ctx.audit("create_item", "item", scan.di, None, {"di": scan.di, "provisional": True})
        ctx.uow.outbox.append("item_seen", {"di": scan.di}, ctx.now, ctx.user.username)
    qty = ctx.quantity(scan, item.serialised)
    lot = ctx.uow.lots.get(scan.di, scan.lot)
    if lot is not None:
        ctx.lot = lot
        ctx.check_scan_matches(lot, scan)
    expiry = lot.expiry if lot is not None else scan.expiry

    verdict = receive_verdict(expiry, ctx.today, ctx.policy.min_receive_shelf_life_days)
    hold, hold_reason = Hold.NONE, ""
    if verdict.code is Code.EXPIRED:
        if location.kind is not LocationKind.QUARANTINE:
            raise DomainError(
                Code.EXPIRED,
                f"lot {scan.lot} expired on {expiry}: refuse it, or receive it into a "
                "quarantine location for return",
                **verdict.detail,
            )
        hold, hold_reason = Hold.QUARANTINE, "expired on receipt"
    elif verdict.code is Code.SHORT_SHELF_LIFE:
        ctx.refuse_unless_overridden(
            DomainError(
                Code.SHORT_SHELF_LIFE,
                f"lot {scan.lot} has {verdict.detail['days_left']} days left, less than the "
                f"{verdict.detail['limit']} days required: a supervisor must accept it",
                **verdict.detail,
            )
        )

    if scan.serial is not None and lot is not None and lot.id is not None:
        known, _ = ctx.uow.serials.location_of(lot.id, scan.serial)
        if known:
            raise DomainError(
                Code.DUPLICATE_SERIAL,
                f"serial {scan.serial} was already received",
                serial=scan.serial,
            )

    if lot is None:
        auto = item.auto_release or (supplier is not None and supplier.auto_release)
        lot = ctx.uow.lots.add(
            Lot(
                item_id=item.id or 0,
                di=scan.di,
                lot=scan.lot,
                expiry=scan.expiry,
                production_date=scan.production_date,
                supplier_id=supplier.id if supplier else None,
                qc=QcStatus.RELEASED if auto else QcStatus.PENDING,
                hold=hold,
                hold_reason=hold_reason,
                first_received=ctx.now,
            )
        )
        ctx.lot = lot
        ctx.audit("create_lot", "lot", f"{lot.di}/{lot.lot}", None, lot_state(lot))
        ctx.uow.outbox.append("lot", lot_state(lot), ctx.now, ctx.user.username)
    elif hold is not Hold.NONE and lot.hold is Hold.NONE:
        before = lot_state(lot)
        lot.hold, lot.hold_reason = hold, hold_reason
        ctx.uow.lots.save_status(lot)
        ctx.audit("quarantine", "lot", f"{lot.di}/{lot.lot}", before, lot_state(lot))
    movement = ctx.record(MovementType.RECEIVE, lot, qty, None, location, serial=scan.serial)
    # A lot an open recall covers is blocked the moment it arrives.
    cover_received_lot(ctx.uow, ctx.now, ctx.user.username, lot, scan.serial)
    return ctx.result(
        lot,
        f"received {qty} of lot {lot.lot} into {location.code}",
        movement,
        quantity=qty,
        qc=lot.qc.value,
        hold=lot.hold.value,
        new_item=new_item,
    )


def _default_receiving(ctx: ActionContext) -> Location:
    for location in ctx.uow.locations.all():
        if location.kind is LocationKind.RECEIVING:
            return location
    raise DomainError(Code.BAD_REQUEST, "no receiving location: say where the goods go")


def move(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan)
    source = ctx.stock_location(ctx.request.location, "location")
    target = ctx.stock_location(ctx.request.to, "to")
    if source.id == target.id:
        raise DomainError(Code.BAD_REQUEST, "from and to are the same location")
    if target.kind is not LocationKind.QUARANTINE:
        verdict = use_verdict(lot, ctx.today, 0)
        # Put-away before QC release is normal; held or expired stock goes only to quarantine.
        if not verdict.ok and verdict.code is not Code.QC_PENDING:
            raise DomainError(
                verdict.code,
                _block_message(verdict.code, lot) + "; it may only go to a quarantine location",
                **verdict.detail,
            )
    qty = ctx.quantity(scan, item.serialised)
    ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    movement = ctx.record(MovementType.MOVE, lot, qty, source, target, serial=scan.serial)
    return ctx.result(lot, f"moved {qty} of lot {lot.lot} to {target.code}", movement, quantity=qty)


def pick(ctx: ActionContext) -> ActionResult:
    scan = ctx.parsed_scan()
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan)
    source = ctx.stock_location(ctx.request.location, "location")
    department = None
    if ctx.request.to:
        department = ctx.location(ctx.request.to, "to")
        if department.kind is not LocationKind.DEPARTMENT:
            raise DomainError(Code.BAD_REQUEST, f"{department.code} is not a department: use move")
    _block_use(ctx, lot, item)
    qty = ctx.quantity(scan, item.serialised)
    assert item.id is not None and source.id is not None
    # The FEFO candidates already say how much of this lot is here.
    lines = ctx.uow.stock.lines_for_item_at(item.id, source.id)
    if sum(line.quantity for line in lines if line.lot.id == lot.id) < qty:
        ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    choice = fefo_choice(lines, ctx.today, ctx.policy.do_not_issue_for(item.category))
    if choice is not None and choice.lot.id != lot.id:
        ctx.refuse_unless_overridden(
            DomainError(
                Code.NOT_FEFO,
                f"take lot {choice.lot.lot} first (expires {choice.lot.expiry or 'never'})",
                fefo_lot=choice.lot.lot,
                fefo_expiry=choice.lot.expiry,
                fefo_location=source.code,
            )
        )
    movement = ctx.record(MovementType.PICK, lot, qty, source, department, serial=scan.serial)
    where = f" to {department.code}" if department else ""
    return ctx.result(lot, f"picked {qty} of lot {lot.lot}{where}", movement, quantity=qty)


def return_(ctx: ActionContext) -> ActionResult:
    """Goods come back from a department: `to` (or `location`) is where they go."""
    scan = ctx.parsed_scan()
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan)
    req = ctx.request
    source = None
    if req.to:
        source = ctx.location(req.location, "location") if req.location else None
        target = ctx.stock_location(req.to, "to")
    else:
        target = ctx.stock_location(req.location, "location")
    if source is not None and source.kind is not LocationKind.DEPARTMENT:
        raise DomainError(Code.BAD_REQUEST, f"{source.code} is not a department: use move")
    qty = ctx.quantity(scan, item.serialised)
    if item.serialised:
        assert lot.id is not None and scan.serial is not None
        known, where = ctx.uow.serials.location_of(lot.id, scan.serial)
        at = ctx.uow.locations.get_by_id(where) if where is not None else None
        if not known or (at is not None and at.kind.holds_stock):
            raise DomainError(
                Code.WRONG_LOCATION,
                f"serial {scan.serial} was not issued from this store",
                serial=scan.serial,
            )
    # Returns are accepted whatever the lot's state: a recalled lot must come back.
    movement = ctx.record(MovementType.RETURN, lot, qty, source, target, serial=scan.serial)
    return ctx.result(
        lot,
        f"returned {qty} of lot {lot.lot} into {target.code}",
        movement,
        quantity=qty,
        hold=lot.hold.value,
    )


def _take_out(
    ctx: ActionContext, type: MovementType, target_kind: LocationKind | None
) -> ActionResult:
    """Stock leaves for good; allowed whatever the lot's state (block use, not clean-up)."""
    scan = ctx.parsed_scan()
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan)
    reason = ctx.require_reason()
    source = ctx.stock_location(ctx.request.location, "location")
    target = None
    if ctx.request.to:
        target = ctx.location(ctx.request.to, "to")
        if target.kind is not target_kind:
            raise DomainError(Code.BAD_REQUEST, f"{type.value} cannot go to {target.code}")
    qty = ctx.quantity(scan, item.serialised)
    ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    movement = ctx.record(type, lot, qty, source, target, serial=scan.serial)
    return ctx.result(
        lot,
        f"{type.value.replace('_', ' ')}: {qty} of lot {lot.lot} ({reason})",
        movement,
        quantity=qty,
    )


def dispose(ctx: ActionContext) -> ActionResult:
    return _take_out(ctx, MovementType.DISPOSE, None)


def return_to_supplier(ctx: ActionContext) -> ActionResult:
    return _take_out(ctx, MovementType.RETURN_TO_SUPPLIER, LocationKind.SUPPLIER_RETURN)
