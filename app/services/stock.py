"""Actions that move stock: receive, move, pick, return, dispose, return to supplier."""

from __future__ import annotations

import math
from typing import Any

from app.domain.model import (
    Hold,
    Item,
    Location,
    LocationKind,
    Lot,
    MovementType,
    QcStatus,
    StockLine,
    WriteOffReason,
)
from app.domain.permissions import Action
from app.domain.rules import (
    IN_STORE_MOVES,
    fefo_choice,
    in_fefo_scope,
    is_expired,
    receive_verdict,
    use_verdict,
)
from app.errors import Code, Refused
from app.services.climate import check_route, check_storage, receive_with_transport_log
from app.services.commands import (
    Approval,
    Dispose,
    EvidenceFile,
    Move,
    Pick,
    Receive,
    Return,
    ReturnToSupplier,
)
from app.services.context import ActionResult, Context, lot_state
from app.services.recall_apply import cover_received_lot
from app.services.settings import single_lot_categories
from app.services.udi import identify_for_receipt, warn_withdrawn
from scanning.scan import Scan


def _serial_at(ctx: Context, lot: Lot, scan: Scan, location: Location) -> None:
    assert lot.id is not None and scan.serial is not None
    known, where = ctx.uow.serials.location_of(lot.id, scan.serial)
    if not known or where != location.id:
        raise Refused(
            Code.WRONG_LOCATION,
            f"serial {scan.serial} is not at {location.code}",
            serial=scan.serial,
            location=location.code,
        )


def block_message(code: Code, lot: Lot) -> str:
    messages = {
        Code.RECALLED: f"lot {lot.lot} is recalled: do not use",
        Code.QUARANTINED: f"lot {lot.lot} is in quarantine: {lot.hold_reason}",
        Code.QC_REJECTED: f"lot {lot.lot} was rejected by QC",
        Code.EXPIRED: f"lot {lot.lot} expired on {lot.expiry}",
        Code.NOT_REGISTERED: f"lot {lot.lot}: the device has no registration or filing number",
        Code.QC_PENDING: f"lot {lot.lot} is waiting for QC release",
        Code.NEAR_EXPIRY: f"lot {lot.lot} expires on {lot.expiry}, inside the do-not-issue window",
    }
    return messages.get(code, code.value)


def _block_use(ctx: Context, lot: Lot, item: Item, approval: Approval | None) -> bool:
    """Refuse a lot that may not be used, unless a supervisor overrides; is it usable?"""
    verdict = use_verdict(
        lot, ctx.today, ctx.policy.do_not_issue_for(item.category), item.registered
    )
    if verdict.ok:
        return True
    refusal = Refused(verdict.code, block_message(verdict.code, lot), **verdict.detail)
    ctx.refuse_unless_overridden(refusal, approval)
    return False


def receive(ctx: Context, cmd: Receive) -> ActionResult:
    if cmd.unit_cost is not None and not (math.isfinite(cmd.unit_cost) and cmd.unit_cost >= 0):
        raise Refused(
            Code.BAD_FIELD, "unit_cost must be a number not below zero", field="unit_cost"
        )
    scan = ctx.parsed_scan(cmd.scan)
    assert scan.di is not None
    location = (
        ctx.stock_location(cmd.location, "location") if cmd.location else _default_receiving(ctx)
    )
    supplier = None
    if cmd.supplier:
        supplier = ctx.uow.suppliers.get(cmd.supplier)
        if supplier is None:
            raise Refused(
                Code.UNKNOWN_SUPPLIER, f"no supplier {cmd.supplier!r}", supplier=cmd.supplier
            )
    found, new_item = identify_for_receipt(ctx, scan.di)
    item = ctx.take(found)
    ctx.check_lot_data(item, scan)
    number = ctx.lot_number(item, scan)
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    # A package's contents are its item's lot: the ledger counts eaches only.
    lot = ctx.uow.lots.get(item.di, number)
    if lot is not None:
        ctx.lot = lot
        ctx.check_scan_matches(lot, scan)
    expiry = lot.expiry if lot is not None else scan.expiry

    verdict = receive_verdict(expiry, ctx.today, ctx.policy.min_receive_shelf_life_days)
    hold, hold_reason = Hold.NONE, ""
    if verdict.code is Code.EXPIRED:
        if location.kind is not LocationKind.QUARANTINE:
            raise Refused(
                Code.EXPIRED,
                f"lot {number} expired on {expiry}: refuse it, or receive it into a "
                "quarantine location for return",
                **verdict.detail,
            )
        hold, hold_reason = Hold.QUARANTINE, "expired on receipt"
    elif verdict.code is Code.SHORT_SHELF_LIFE:
        ctx.refuse_unless_overridden(
            Refused(
                Code.SHORT_SHELF_LIFE,
                f"lot {number} has {verdict.detail['days_left']} days left, less than the "
                f"{verdict.detail['limit']} days required: a supervisor must accept it",
                **verdict.detail,
            ),
            cmd.override,
        )

    check_storage(ctx, item, location, cmd.override)
    if scan.serial is not None and lot is not None and lot.id is not None:
        known, _ = ctx.uow.serials.location_of(lot.id, scan.serial)
        if known:
            raise Refused(
                Code.DUPLICATE_SERIAL,
                f"serial {scan.serial} was already received",
                serial=scan.serial,
            )

    if lot is None:
        auto = item.auto_release or (supplier is not None and supplier.auto_release)
        lot = ctx.uow.lots.add(
            Lot(
                item_id=item.id or 0,
                di=item.di,
                lot=number,
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
        state = lot_state(lot)
        ctx.change("create_lot", "lot", f"{lot.di}/{lot.lot}", None, state, ("lot", state))
    elif hold is not Hold.NONE and lot.hold is Hold.NONE:
        before = lot_state(lot)
        lot.hold, lot.hold_reason = hold, hold_reason
        ctx.uow.lots.save_status(lot)
        ctx.change("quarantine", "lot", f"{lot.di}/{lot.lot}", before, lot_state(lot))
    movement = ctx.record(
        MovementType.RECEIVE,
        lot,
        qty,
        None,
        location,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
        unit_cost=cmd.unit_cost,
    )
    # A lot an open recall covers is blocked the moment it arrives.
    cover_received_lot(ctx, lot, scan.serial)
    warn_withdrawn(ctx, lot.id)
    route = check_route(ctx, lot, supplier, cmd.carrier)
    transport = None
    if cmd.transport_log is not None:
        if not cmd.reference.strip():
            raise Refused(
                Code.MISSING_FIELD,
                "a transport log belongs to a delivery: give the delivery note",
                field="reference",
            )
        transport = receive_with_transport_log(
            ctx, lot, item, qty, cmd.reference.strip(), cmd.transport_log
        )
    return ctx.result(
        lot,
        f"received {qty} of lot {lot.lot} into {location.code}",
        movement,
        quantity=qty,
        qc=lot.qc.value,
        hold=lot.hold.value,
        new_item=new_item,
        registered=item.registered,
        **({"transport": transport} if transport is not None else {}),
        **({"transport_route_warning": route} if route else {}),
    )


def _default_receiving(ctx: Context) -> Location:
    for location in ctx.uow.locations.all():
        if location.kind is LocationKind.RECEIVING:
            return location
    raise Refused(Code.NO_RECEIVING_LOCATION, "no receiving location: say where the goods go")


def move(ctx: Context, cmd: Move) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan, item)
    source = ctx.stock_location(cmd.location, "location")
    target = ctx.stock_location(cmd.to, "to")
    if source.id == target.id:
        raise Refused(Code.SAME_LOCATION, "from and to are the same location", location=source.code)
    if target.kind is not LocationKind.QUARANTINE:
        verdict = use_verdict(lot, ctx.today, 0, item.registered)
        # Put-away before QC release is normal; held or expired stock goes only to quarantine.
        if not verdict.ok and verdict.code not in IN_STORE_MOVES:
            raise Refused(
                verdict.code,
                block_message(verdict.code, lot) + "; it may only go to a quarantine location",
                **verdict.detail,
            )
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    check_storage(ctx, item, target, cmd.override)
    movement = ctx.record(
        MovementType.MOVE,
        lot,
        qty,
        source,
        target,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
    )
    return ctx.result(lot, f"moved {qty} of lot {lot.lot} to {target.code}", movement, quantity=qty)


def pick(ctx: Context, cmd: Pick) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan, item)
    source = ctx.stock_location(cmd.location, "location")
    department = ctx.location_of_kind(cmd.to, "to", LocationKind.DEPARTMENT) if cmd.to else None
    usable = _block_use(ctx, lot, item, cmd.override)
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    assert item.id is not None and source.id is not None
    # FEFO is decided across the store (or the source's zone), not the bin alone.
    lines = _fefo_lines(ctx, item.id, lot, source, usable)
    # FEFO first: a later lot from another bin is the wrong lot, not the wrong bin.
    choice = fefo_choice(
        (line for line in lines if in_fefo_scope(line.location, source)),
        ctx.today,
        ctx.policy.do_not_issue_for(item.category),
    )
    if choice is not None and choice.lot.id != lot.id:
        ctx.refuse_unless_overridden(
            Refused(
                Code.NOT_FEFO,
                f"take lot {choice.lot.lot} first (expires {choice.lot.expiry or 'never'}) "
                f"from {choice.location.code}",
                fefo_lot=choice.lot.lot,
                fefo_expiry=choice.lot.expiry,
                fefo_location=choice.location.code,
            ),
            cmd.override,
        )
    mixed = _mixed_lots(ctx, item, lot, department, cmd)
    here = sum(
        line.quantity for line in lines if line.lot.id == lot.id and line.location_id == source.id
    )
    if here < qty:
        ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    movement = ctx.record(
        MovementType.PICK,
        lot,
        qty,
        source,
        department,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
    )
    where = f" to {department.code}" if department else ""
    return ctx.result(
        lot,
        f"picked {qty} of lot {lot.lot}{where}",
        movement,
        quantity=qty,
        **({"mixed_lots": mixed} if mixed else {}),
    )


def _fefo_lines(
    ctx: Context, item_id: int, lot: Lot, source: Location, usable: bool
) -> list[StockLine]:
    """The item's stock lines that decide FEFO for a pick of `lot` from `source`.

    FEFO order (`fefo_key`) is by expiry first, lots without one last: when the scanned
    lot is usable and in stock at the source, no line expiring after it can come first,
    so its item's lots expiring by its day decide (read from ix_lots_fefo: a few of the
    item's lots, not all of them). Otherwise — no expiry, an overridden block, a lot not
    at this bin — every line of the item does, as the refusal must name the FEFO lot.
    """
    if usable and lot.expiry is not None:
        lines = ctx.uow.stock.lines_for_item(item_id, expiring_by=lot.expiry)
        if any(line.lot.id == lot.id and line.location_id == source.id for line in lines):
            return lines
    return ctx.uow.stock.lines_for_item(item_id)


def _mixed_lots(
    ctx: Context, item: Item, lot: Lot, department: Location | None, cmd: Pick
) -> list[str]:
    """混批: this delivery (the reference, to one department) already holds another lot of the
    item. It needs the picker's confirmation; an item of a single-lot category may not."""
    reference = cmd.reference.strip()
    if not reference or department is None or department.id is None or item.id is None:
        return []
    before = ctx.uow.climate.lots_picked_for(reference, department.id, item.id)
    if not [n for n in before if n != lot.lot]:
        return []
    lots = sorted({*before, lot.lot})
    if item.category and item.category in single_lot_categories(ctx.uow):
        raise Refused(
            Code.MIXED_LOT_FORBIDDEN,
            f"{reference} already holds lot {', '.join(before)} of {item.di}: "
            f"category {item.category} ships one lot per delivery",
            lots=lots,
            category=item.category,
        )
    if not cmd.confirm_mixed_lot:
        raise Refused(
            Code.MIXED_LOT,
            f"{reference} already holds lot {', '.join(before)} of {item.di}: confirm mixing lots",
            lots=lots,
        )
    return lots


def return_(ctx: Context, cmd: Return) -> ActionResult:
    """Goods come back from a department: `to` (or, alone, `location`) is where they go."""
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan, item)
    source = None
    if cmd.to:
        if cmd.location:
            source = ctx.location_of_kind(cmd.location, "location", LocationKind.DEPARTMENT)
        target = ctx.stock_location(cmd.to, "to")
    else:
        target = ctx.stock_location(cmd.location, "location")
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    if item.serialised:
        assert lot.id is not None and scan.serial is not None
        known, where = ctx.uow.serials.location_of(lot.id, scan.serial)
        at = ctx.uow.locations.get_by_id(where) if where is not None else None
        if not known or (at is not None and at.kind.holds_stock):
            raise Refused(
                Code.WRONG_LOCATION,
                f"serial {scan.serial} was not issued from this store",
                serial=scan.serial,
            )
    # Returns are accepted whatever the lot's state: a recalled lot must come back.
    movement = ctx.record(
        MovementType.RETURN,
        lot,
        qty,
        source,
        target,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
        reason=cmd.reason,
    )
    return ctx.result(
        lot,
        f"returned {qty} of lot {lot.lot} into {target.code}",
        movement,
        quantity=qty,
        hold=lot.hold.value,
    )


def _take_out(
    ctx: Context,
    type: MovementType,
    cmd: Dispose | ReturnToSupplier,
    target: Location | None,
    check: Any = None,
) -> ActionResult:
    """Stock leaves for good; allowed whatever the lot's state (block use, not clean-up)."""
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan, item)
    reason = (
        ctx.require_reason(cmd.reason)
        if cmd.reason_code is WriteOffReason.OTHER
        else cmd.reason.strip()
    )
    source = ctx.stock_location(cmd.location, "location")
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    ctx.check_available(lot, source, qty)
    if item.serialised:
        _serial_at(ctx, lot, scan, source)
    signed_by = check(ctx, lot) if check is not None else None
    movement = ctx.record(
        type,
        lot,
        qty,
        source,
        target,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
        reason=reason,
        reason_code=cmd.reason_code.value,
        countersigned_by=signed_by,
    )
    if cmd.evidence is not None:
        keep_evidence(ctx, cmd.evidence, lot, movement.id, reason)
    return ctx.result(
        lot,
        f"{type.value.replace('_', ' ')}: {qty} of lot {lot.lot} ({cmd.reason_code.value})",
        movement,
        quantity=qty,
        reason_code=cmd.reason_code.value,
        countersigned_by=signed_by,
    )


def keep_evidence(
    ctx: Context,
    evidence: EvidenceFile,
    lot: Lot | None,
    movement_id: str | None,
    note: str,
) -> int:
    """A photo or scan in the record, by its hash: a write-off's, in its recall's file if any."""
    recall_id = ctx.case
    evidence_id = ctx.uow.evidence.add(
        recall_id,
        lot.id if lot else None,
        movement_id,
        evidence.file_name,
        evidence.stored_as,
        evidence.sha256,
        note,
        ctx.now,
        ctx.username,
    )
    after = {
        "recall": recall_id,
        "file": evidence.file_name,
        "sha256": evidence.sha256,
        "lot": lot.lot if lot else None,
        "movement_id": movement_id,
        "note": note,
    }
    # A recall's evidence stays the case file's ("recall_evidence", as the centre knows it).
    kind, entity, entity_id = (
        ("recall_evidence", "recall", recall_id)
        if recall_id
        else ("evidence", "movement", movement_id or "")
    )
    ctx.change(kind, entity, entity_id, None, after, (kind, {"evidence_id": evidence_id, **after}))
    return evidence_id


def _second_signature(cmd: Dispose) -> Any:
    def check(ctx: Context, lot: Lot) -> str | None:
        # Writing off stock that failed (expired, rejected) is where one person could hide a loss.
        failed = is_expired(lot.expiry, ctx.today) or lot.qc is QcStatus.REJECTED
        if not (ctx.policy.duties.disposal and failed):
            return None
        return ctx.second_person(cmd.countersign, Action.DISPOSE, "disposal")

    return check


def dispose(ctx: Context, cmd: Dispose) -> ActionResult:
    return _take_out(ctx, MovementType.DISPOSE, cmd, None, _second_signature(cmd))


def return_to_supplier(ctx: Context, cmd: ReturnToSupplier) -> ActionResult:
    target = ctx.location_of_kind(cmd.to, "to", LocationKind.SUPPLIER_RETURN) if cmd.to else None
    return _take_out(ctx, MovementType.RETURN_TO_SUPPLIER, cmd, target)


HANDLERS: dict[type, Any] = {
    Receive: receive,
    Move: move,
    Pick: pick,
    Return: return_,
    Dispose: dispose,
    ReturnToSupplier: return_to_supplier,
}
