"""Transfers between sites: out into transit here, arrival scanned there, through the centre.

Site A's transfer out moves the units from a shelf into its in-transit
location (they stay counted, and a recall finds them, but nothing may pick
them) and tells the centre (`transfer_sent`). The centre passes the transfer
to site B on B's next pull; B scans it in (`ArriveTransfer`), with what
arrived, and tells the centre (`transfer_arrived`), which passes the
arrival back to A, whose in-transit units then leave its books. Each step
happens once: an arrival already scanned is refused, and a transfer or a
suggestion pulled again changes nothing.

The centre's transfer suggestions (app.domain.transfers) arrive the same
way and are accepted (a transfer out) or declined with a reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.domain.model import Location, LocationKind, Lot, MovementType, QcStatus
from app.domain.rules import MAX_QUANTITY, use_verdict
from app.domain.transfers import TRANSIT_LOCATION, TRANSIT_NAME
from app.errors import Code, Refused
from app.services.commands import (
    AcceptTransferSuggestion,
    ArriveTransfer,
    DeclineTransferSuggestion,
    TransferOut,
)
from app.services.context import ActionResult, Context, lot_state
from app.services.ports import UnitOfWork
from app.services.recall_apply import cover_received_lot
from app.services.stock import block_message

# The site code this store is enrolled under (kept by sync's registration).
SITE_SETTING = "sync.site"

IN_TRANSIT = "in_transit"
ARRIVED = "arrived"
OPEN = "open"


def own_site(ctx: Context) -> str:
    site = ctx.uow.settings.get(SITE_SETTING) or ""
    if not site:
        raise Refused(
            Code.NOT_ENROLLED, "this store is not enrolled at a centre: register it first"
        )
    return site


def transit_location(ctx: Context) -> Location:
    """Where sent stock waits; made at the first transfer out."""
    for location in ctx.uow.locations.all():
        if location.kind is LocationKind.TRANSIT:
            return location
    location = ctx.uow.locations.add(Location(TRANSIT_LOCATION, TRANSIT_NAME, LocationKind.TRANSIT))
    ctx.change(
        "create_location",
        "location",
        location.code,
        None,
        {"code": location.code, "name": location.name, "kind": location.kind.value},
    )
    return location


def _send(
    ctx: Context,
    lot: Lot,
    source: Location,
    qty: int,
    to_site: str,
    *,
    raw_scan: str,
    serial: str | None = None,
    reference: str = "",
    suggestion_id: str | None = None,
) -> ActionResult:
    site = own_site(ctx)
    to_site = to_site.strip()
    if not to_site:
        raise Refused(Code.MISSING_FIELD, "to_site is required", field="to_site")
    if to_site == site:
        raise Refused(Code.SAME_SITE, f"this store is site {site}", site=site)
    verdict = use_verdict(lot, ctx.today, 0)
    if not verdict.ok and verdict.code is not Code.QC_PENDING:
        # Held, rejected or expired stock goes nowhere but quarantine, the supplier or disposal.
        raise Refused(verdict.code, block_message(verdict.code, lot), **verdict.detail)
    ctx.check_available(lot, source, qty)
    transit = transit_location(ctx)
    transfer_id = str(uuid.uuid4())
    movement = ctx.record(
        MovementType.TRANSFER_OUT,
        lot,
        qty,
        source,
        transit,
        raw_scan=raw_scan,
        serial=serial,
        reference=reference or transfer_id,
        reason=f"to site {to_site}",
    )
    row = {
        "id": transfer_id,
        "direction": "out",
        "di": lot.di,
        "lot": lot.lot,
        "expiry": lot.expiry,
        "production_date": lot.production_date,
        "qc": lot.qc.value,
        "from_site": site,
        "to_site": to_site,
        "quantity": qty,
        "status": IN_TRANSIT,
        "sent_at": ctx.now,
        "sent_by": ctx.username,
        "suggestion_id": suggestion_id,
    }
    ctx.uow.transfers.add(row)
    payload = {k: v for k, v in row.items() if k not in ("direction", "status", "sent_by")}
    payload = {**payload, "movement_id": movement.id, "serial": serial}
    ctx.change("transfer_out", "transfer", transfer_id, None, row, ("transfer_sent", payload))
    return ctx.result(
        lot,
        f"sent {qty} of lot {lot.lot} to site {to_site}: in transit",
        movement,
        quantity=qty,
        transfer_id=transfer_id,
        to_site=to_site,
    )


def transfer_out(ctx: Context, cmd: TransferOut) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    lot = ctx.existing_lot(scan, item)
    source = ctx.stock_location(cmd.location, "location")
    qty = ctx.quantity(scan, item.serialised, cmd.qty)
    return _send(
        ctx,
        lot,
        source,
        qty,
        cmd.to_site,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=cmd.reference,
    )


def _incoming(ctx: Context, cmd: ArriveTransfer, lot_key: tuple[str, str]) -> dict[str, Any]:
    """The transfer this arrival confirms: named, else the lot's oldest still on its way."""
    uow = ctx.uow
    if cmd.transfer_id:
        found = uow.transfers.get(cmd.transfer_id)
        if found is None or found["direction"] != "in":
            raise Refused(
                Code.UNKNOWN_TRANSFER,
                f"no transfer {cmd.transfer_id} is on its way here",
                transfer=cmd.transfer_id,
            )
        if (found["di"], found["lot"]) != lot_key:
            raise Refused(
                Code.UNKNOWN_TRANSFER,
                f"transfer {cmd.transfer_id} carries lot {found['lot']} of {found['di']}",
                transfer=cmd.transfer_id,
                lot=found["lot"],
            )
        candidates = [found]
    else:
        candidates = uow.transfers.incoming_for_lot(*lot_key)
        if not candidates:
            raise Refused(
                Code.UNKNOWN_TRANSFER,
                f"no transfer of lot {lot_key[1]} is on its way here",
                lot=lot_key[1],
            )
    waiting = [row for row in candidates if row["status"] == IN_TRANSIT]
    if not waiting:
        last = candidates[-1]
        raise Refused(
            Code.TRANSFER_ARRIVED,
            f"transfer {last['id']} already arrived ({last['received']} received)",
            transfer=last["id"],
            received=last["received"],
            arrived_at=last["arrived_at"],
        )
    return waiting[0]


def arrive(ctx: Context, cmd: ArriveTransfer) -> ActionResult:
    scan = ctx.parsed_scan(cmd.scan)
    item = ctx.item(scan)
    number = ctx.lot_number(item, scan)
    transfer = _incoming(ctx, cmd, (item.di, number))
    location = ctx.stock_location(cmd.location, "location") if cmd.location else _receiving(ctx)
    lot = ctx.uow.lots.get(item.di, number)
    if lot is None:
        assert item.id is not None
        # The sending site's lot, as it knew it: its dates, and its QC release.
        lot = ctx.uow.lots.add(
            Lot(
                item_id=item.id,
                di=item.di,
                lot=number,
                expiry=transfer["expiry"],
                production_date=transfer["production_date"],
                qc=QcStatus(transfer["qc"]),
                first_received=ctx.now,
            )
        )
        state = lot_state(lot)
        ctx.change("create_lot", "lot", f"{lot.di}/{lot.lot}", None, state, ("lot", state))
    ctx.lot = lot
    ctx.check_scan_matches(lot, scan)
    sent = int(transfer["quantity"])
    uncounted = cmd.qty is None and scan.quantity is None and ctx.package is None
    # Nothing counted: what was sent arrived. A count, a label's or a package's, is what arrived.
    qty = (
        sent if uncounted and not item.serialised else ctx.quantity(scan, item.serialised, cmd.qty)
    )
    difference = qty - sent
    note = cmd.reason.strip()
    if difference and not note:
        note = f"{qty} arrived of {sent} sent"
    movement = ctx.record(
        MovementType.TRANSFER_IN,
        lot,
        qty,
        None,
        location,
        raw_scan=cmd.scan,
        serial=scan.serial,
        reference=transfer["id"],
        reason=note,
    )
    before = {"status": transfer["status"], "received": transfer["received"]}
    after = {"status": ARRIVED, "received": qty, "difference": difference, "note": note}
    ctx.uow.transfers.update(
        transfer["id"],
        status=ARRIVED,
        received=qty,
        arrived_at=ctx.now,
        arrived_by=ctx.username,
        note=note,
    )
    payload = {
        "id": transfer["id"],
        "di": lot.di,
        "lot": lot.lot,
        "from_site": transfer["from_site"],
        "to_site": transfer["to_site"],
        "quantity_sent": sent,
        "quantity_received": qty,
        "difference": difference,
        "note": note,
        "movement_id": movement.id,
        "at": ctx.now,
    }
    ctx.change(
        "transfer_arrived", "transfer", transfer["id"], before, after, ("transfer_arrived", payload)
    )
    cover_received_lot(ctx, lot, scan.serial)
    return ctx.result(
        lot,
        f"transfer {transfer['id']}: {qty} of lot {lot.lot} arrived from site "
        f"{transfer['from_site']} ({sent} sent)",
        movement,
        quantity=qty,
        sent=sent,
        difference=difference,
        transfer_id=transfer["id"],
        from_site=transfer["from_site"],
    )


def _receiving(ctx: Context) -> Location:
    for location in ctx.uow.locations.all():
        if location.kind is LocationKind.RECEIVING:
            return location
    raise Refused(Code.NO_RECEIVING_LOCATION, "no receiving location: say where the goods go")


def _open_suggestion(ctx: Context, suggestion_id: str) -> dict[str, Any]:
    found = ctx.uow.transfers.suggestion(suggestion_id)
    if found is None:
        raise Refused(
            Code.UNKNOWN_SUGGESTION,
            f"no transfer suggestion {suggestion_id}",
            suggestion=suggestion_id,
        )
    if found["status"] != OPEN:
        raise Refused(
            Code.SUGGESTION_DECIDED,
            f"suggestion {suggestion_id} is already {found['status']}",
            suggestion=suggestion_id,
            status=found["status"],
        )
    return found


def accept_suggestion(ctx: Context, cmd: AcceptTransferSuggestion) -> ActionResult:
    suggestion = _open_suggestion(ctx, cmd.suggestion_id)
    lot = ctx.uow.lots.get(suggestion["di"], suggestion["lot"])
    if lot is None or lot.id is None:
        raise Refused(
            Code.UNKNOWN_LOT,
            f"lot {suggestion['lot']} of {suggestion['di']} is not here",
            lot=suggestion["lot"],
        )
    ctx.lot = lot
    qty = cmd.qty if cmd.qty is not None else int(suggestion["quantity"])
    if not 1 <= qty <= MAX_QUANTITY:
        raise Refused(Code.BAD_QUANTITY, f"quantity must be from 1 to {MAX_QUANTITY}", quantity=qty)
    if cmd.location:
        source = ctx.stock_location(cmd.location, "location")
    else:
        # The shelf holding most of the lot: the one a picker would fetch it from.
        lines = [
            line
            for line in ctx.uow.stock.lines_for_lot(lot.id)
            if line.location.kind in (LocationKind.STORAGE, LocationKind.RECEIVING)
        ]
        if not lines:
            raise Refused(
                Code.INSUFFICIENT_STOCK,
                f"no stock of lot {lot.lot} on a shelf",
                on_hand=0,
                asked=qty,
            )
        source = max(lines, key=lambda line: (line.quantity, line.location.code)).location
    result = _send(
        ctx,
        lot,
        source,
        qty,
        suggestion["to_site"],
        raw_scan="",
        suggestion_id=suggestion["id"],
    )
    transfer_id = str(result.detail["transfer_id"])
    _decide(ctx, suggestion, "accepted", "", transfer_id)
    return result


def decline_suggestion(ctx: Context, cmd: DeclineTransferSuggestion) -> ActionResult:
    suggestion = _open_suggestion(ctx, cmd.suggestion_id)
    reason = ctx.require_reason(cmd.reason)
    _decide(ctx, suggestion, "declined", reason, None)
    return ActionResult(
        ok=True,
        code=Code.ACCEPTED,
        message=f"suggestion {suggestion['id']} declined: {reason}",
        di=suggestion["di"],
        lot=suggestion["lot"],
        expiry=suggestion["expiry"],
        detail={"suggestion_id": suggestion["id"], "reason": reason},
    )


def _decide(
    ctx: Context, suggestion: Mapping[str, Any], status: str, reason: str, transfer: str | None
) -> None:
    ctx.uow.transfers.update_suggestion(
        suggestion["id"],
        status=status,
        reason=reason,
        decided_at=ctx.now,
        decided_by=ctx.username,
        transfer_id=transfer,
    )
    after = {"status": status, "reason": reason, "transfer_id": transfer}
    event = (
        ("transfer_suggestion_declined", {"id": suggestion["id"], "reason": reason, "at": ctx.now})
        if status == "declined"
        else None  # an acceptance reaches the centre as the transfer it made
    )
    ctx.change(
        f"transfer_suggestion_{status}",
        "transfer_suggestion",
        suggestion["id"],
        {"status": suggestion["status"]},
        after,
        event,
    )


# --- what the centre sends -------------------------------------------------------------


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def apply_transfer(ctx: Context, data: Mapping[str, Any]) -> None:
    """A transfer the centre knows: expected here, or (sent from here) arrived there."""
    site = ctx.uow.settings.get(SITE_SETTING) or ""
    transfer_id = str(data["id"])
    held = ctx.uow.transfers.get(transfer_id)
    if data["to_site"] == site and held is None:
        row = {
            "id": transfer_id,
            "direction": "in",
            "di": str(data["di"]),
            "lot": str(data["lot"]),
            "expiry": _day(data.get("expiry")),
            "production_date": _day(data.get("production_date")),
            "qc": str(data.get("qc") or QcStatus.PENDING.value),
            "from_site": str(data["from_site"]),
            "to_site": site,
            "quantity": int(data["quantity"]),
            "status": IN_TRANSIT,
            "sent_at": ctx.now if not data.get("sent_at") else _moment(data["sent_at"]),
            "suggestion_id": data.get("suggestion_id"),
        }
        ctx.uow.transfers.add(row)
        ctx.change("transfer_expected", "transfer", transfer_id, None, row, by_system=True)
    elif (
        data["from_site"] == site
        and data.get("status") == ARRIVED
        and held is not None
        and held["direction"] == "out"
        and held["status"] == IN_TRANSIT
    ):
        _settle(ctx, held, int(data.get("received") or 0))


def _moment(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def _settle(ctx: Context, held: Mapping[str, Any], received: int) -> None:
    """The other site has it: the units leave this site's transit location."""
    lot = ctx.uow.lots.get(str(held["di"]), str(held["lot"]))
    transit = next(
        (loc for loc in ctx.uow.locations.all() if loc.kind is LocationKind.TRANSIT), None
    )
    if lot is not None and transit is not None and lot.id is not None:
        there = ctx.uow.stock.quantity(lot.id, transit.id or 0)
        qty = min(int(held["quantity"]), there)
        if qty:
            ctx.record(
                MovementType.TRANSFER_OUT,
                lot,
                qty,
                transit,
                None,
                raw_scan="",
                reference=str(held["id"]),
                reason=f"arrived at site {held['to_site']}",
            )
    ctx.uow.transfers.update(str(held["id"]), status=ARRIVED, received=received, arrived_at=ctx.now)
    ctx.change(
        "transfer_settled",
        "transfer",
        str(held["id"]),
        {"status": IN_TRANSIT},
        {"status": ARRIVED, "received": received},
        by_system=True,
    )


def apply_suggestion(ctx: Context, data: Mapping[str, Any]) -> None:
    """A suggestion for this site: new, changed or withdrawn; one decided here stays decided."""
    suggestion_id = str(data["id"])
    held = ctx.uow.transfers.suggestion(suggestion_id)
    values = {
        "di": str(data["di"]),
        "lot": str(data["lot"]),
        "expiry": _day(data.get("expiry")),
        "to_site": str(data["to_site"]),
        "quantity": int(data["quantity"]),
        "unused": int(data.get("unused") or data["quantity"]),
        "status": str(data.get("status") or OPEN),
        "computed_at": _moment(data["computed_at"]),
    }
    if held is None:
        if values["status"] != OPEN:
            return
        ctx.uow.transfers.add_suggestion({"id": suggestion_id, **values})
        ctx.change(
            "transfer_suggested", "transfer_suggestion", suggestion_id, None, values, by_system=True
        )
        return
    if held["status"] != OPEN:
        return
    before = {k: held[k] for k in values}
    if before == values:
        return
    ctx.uow.transfers.update_suggestion(suggestion_id, **values)
    ctx.change(
        "transfer_suggested", "transfer_suggestion", suggestion_id, before, values, by_system=True
    )


# --- reads -------------------------------------------------------------------------------


def list_transfers(uow: UnitOfWork) -> list[dict[str, Any]]:
    with uow:
        return uow.transfers.all()


def list_suggestions(uow: UnitOfWork, open_only: bool = False) -> list[dict[str, Any]]:
    with uow:
        return uow.transfers.suggestions(open_only)


HANDLERS: dict[type, Any] = {
    TransferOut: transfer_out,
    ArriveTransfer: arrive,
    AcceptTransferSuggestion: accept_suggestion,
    DeclineTransferSuggestion: decline_suggestion,
}
