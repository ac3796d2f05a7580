"""One action in flight: who, when, in which transaction, and what it changed.

Handlers read the store through `ctx.uow`, check with the helpers here, and
report what they changed with `ctx.change(...)`; the executor
(`app.services.bus.execute`) writes each change's audit entry and outbox
event, in the same transaction, once the handler has returned.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.audit import NewEntry, canonical, stored_json_of
from app.domain.clock import Clock
from app.domain.identity import SYSTEM, Actor, Credential
from app.domain.model import (
    Alert,
    AlertKind,
    Item,
    Level,
    Location,
    LocationKind,
    Lot,
    Movement,
    MovementType,
    Override,
)
from app.domain.packaging import PackageLevel
from app.domain.permissions import SYSTEM_ACTIONS, Action, open_to_operators, permitted
from app.domain.policy import Policy
from app.domain.rules import MAX_QUANTITY, OVERRIDABLE, lot_data_verdict
from app.errors import Code, Refused, RefusedWithAlert
from app.services.commands import Approval
from app.services.identification import Identified, identified
from app.services.ports import NewEvent, UnitOfWork
from scanning.errors import ScanError
from scanning.scan import Scan


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    code: Code
    message: str
    di: str | None = None
    lot: str | None = None
    expiry: date | None = None
    fefo_lot: str | None = None
    fefo_location: str | None = None
    movement_id: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        # Field by field: dataclasses.asdict deep-copies the detail only to convert it again.
        return {
            "ok": self.ok,
            "code": self.code.value,
            "message": self.message,
            "lot": self.lot,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "fefo_lot": self.fefo_lot,
            "fefo_location": self.fefo_location,
            "movement_id": self.movement_id,
            "detail": {k: jsonable(v) for k, v in self.detail.items()},
            "gtin": self.di,  # last, where the printed JSON has always had it
        }


def jsonable(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Change:
    """One audited change; `event` is what the centre hears of it (type, payload)."""

    action: str
    entity: str
    entity_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    event: tuple[str, Mapping[str, Any]] | None = None
    by_system: bool = False
    """A write the rules made on their own (an alert, a recall's block): the device's."""


def event_digest(kind: str, payload: Mapping[str, Any]) -> str:
    """The SHA-256 of an outbox event as stored (its type and canonical payload)."""
    return stored_event_digest(kind, canonical(payload))


def stored_event_digest(kind: str, payload: str) -> str:
    """`event_digest` of a payload already encoded as the outbox stores it."""
    return hashlib.sha256(f"{kind}\n{payload}".encode()).hexdigest()


def lot_state(lot: Lot) -> dict[str, object]:
    return {
        "di": lot.di,
        "lot": lot.lot,
        "expiry": lot.expiry,
        "production_date": lot.production_date,
        "qc": lot.qc.value,
        "hold": lot.hold.value,
        "hold_reason": lot.hold_reason,
    }


class Context:
    """What a handler is handed: the transaction, the actor, the time, the rule book."""

    def __init__(self, uow: UnitOfWork, clock: Clock, actor: Actor) -> None:
        self.uow = uow
        self.actor = actor
        self.now = clock.now()
        self.today = clock.today()
        self.device = actor.device
        self.override: Override | None = None
        self.changes: list[Change] = []
        self.case: str | None = None
        """The recall this action is a step of, if any."""
        self.touched: dict[int, Lot] = {}
        """Lots whose stock or state changed: their tier alerts may have fallen due."""
        self.recorded: list[tuple[int, int, MovementType]] = []
        """(lot id, item id, type) of each movement `record` wrote, in order."""
        self.items: dict[int, Item] = {}
        """The items scans named, as read in this transaction, by id."""
        # What is known so far, so that a refusal can still name the lot.
        self.scan: Scan | None = None
        self.lot: Lot | None = None
        self.package: PackageLevel | None = None
        """The package level the scan named (a box or case), None for the item itself."""
        self.unit = ""
        """The scanned item's unit of issue (支, 个 ...), for the words of a package."""
        self._policy: Policy | None = None

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = self.uow.settings.policy()
        return self._policy

    @property
    def username(self) -> str:
        return self.actor.username

    # --- reading what the command says -------------------------------------------

    def parsed_scan(self, raw: str) -> Scan:
        """The scan as a UDI with its device identifier; the lot data are checked per item."""
        # Imported here: the AI tables cost the desktop's log-in dialog a fifth of a
        # second, and it imports this module (ui/app.py loads the parser behind it).
        from scanning.parse import parse

        try:
            scan = parse(raw, today=self.today)
        except ScanError as exc:
            raise Refused(Code.BAD_BARCODE, exc.message, scan_error=exc.code) from exc
        if scan.di is None:
            missing = list(scan.missing) or ["gtin"]
            raise Refused(
                Code.INCOMPLETE_SCAN,
                f"the scan has no {', '.join(missing)}: scan the symbol that carries it too",
                missing=missing,
            )
        self.scan = scan
        return scan

    def check_lot_data(self, item: Item, scan: Scan) -> None:
        """The label carries what the item's lots must carry, with dates that can be true."""
        verdict = lot_data_verdict(
            item,
            lot=scan.lot,
            expiry=scan.expiry,
            production_date=scan.production_date,
            serial=scan.serial,
            today=self.today,
        )
        if verdict.ok:
            return
        words = {
            Code.INCOMPLETE_SCAN: "the scan lacks what this item's label must carry: "
            + ", ".join(_strings(verdict.detail.get("missing"))),
            Code.PRODUCTION_AFTER_EXPIRY: "the production date is after the expiry date",
            Code.PRODUCTION_IN_FUTURE: "the production date is in the future",
        }
        raise Refused(verdict.code, words[verdict.code], **verdict.detail)

    def lot_number(self, item: Item, scan: Scan) -> str:
        """The scanned lot; an item whose lots carry no lot number keeps one lot per item."""
        if scan.lot:
            return scan.lot
        if item.lot_required:
            raise Refused(
                Code.INCOMPLETE_SCAN,
                "the scan has no lot: scan the symbol that carries it",
                missing=["lot"],
            )
        return ""

    def location(self, code: str | None, field_name: str = "location") -> Location:
        if not code:
            raise Refused(Code.MISSING_FIELD, f"{field_name} is required", field=field_name)
        location = self.uow.locations.get(code)
        if location is None:
            raise Refused(Code.UNKNOWN_LOCATION, f"no location {code!r}", location=code)
        return location

    def stock_location(self, code: str | None, field_name: str) -> Location:
        location = self.location(code, field_name)
        if location.kind is LocationKind.TRANSIT:
            # Stock on its way to another site is counted, never taken, shelved or counted here.
            raise Refused(
                Code.IN_TRANSIT,
                f"{location.code} holds stock in transit to another site",
                location=location.code,
            )
        if not location.kind.holds_stock:
            raise Refused(
                Code.WRONG_LOCATION_KIND,
                f"{location.code} is a {location.kind.value} location and holds no stock",
                location=location.code,
                kind=location.kind.value,
            )
        return location

    def location_of_kind(self, code: str, field_name: str, kind: object) -> Location:
        location = self.location(code, field_name)
        if location.kind is not kind:
            raise Refused(
                Code.WRONG_LOCATION_KIND,
                f"{location.code} is not a {getattr(kind, 'value', kind)} location",
                location=location.code,
                kind=location.kind.value,
                wanted=getattr(kind, "value", str(kind)),
            )
        return location

    def check_available(self, lot: Lot, location: Location, qty: int) -> None:
        assert lot.id is not None and location.id is not None
        on_hand = self.uow.stock.quantity(lot.id, location.id)
        if on_hand >= qty:
            return
        if on_hand == 0:
            elsewhere = [
                line
                for line in self.uow.stock.lines_for_lot(lot.id)
                if line.location_id != location.id
            ]
            if elsewhere:
                codes = sorted(
                    loc.code
                    for line in elsewhere
                    if (loc := self.uow.locations.get_by_id(line.location_id)) is not None
                )
                raise Refused(
                    Code.WRONG_LOCATION,
                    f"lot {lot.lot} is not at {location.code}; it is at {', '.join(codes)}",
                    location=location.code,
                    found_at=codes,
                )
        raise Refused(
            Code.INSUFFICIENT_STOCK,
            f"only {on_hand} of lot {lot.lot} at {location.code}, {qty} asked",
            on_hand=on_hand,
            asked=qty,
        )

    def item(self, scan: Scan) -> Item:
        """The scanned item, also through one of its package levels (then `self.package`)."""
        assert scan.di is not None
        return self.take(identified(self.uow, scan.di))

    def take(self, found: Identified) -> Item:
        """The item identified; a package of it is remembered for the quantity."""
        package = found.package
        if package is not None and found.item.serialised:
            # Its serial is the package's, not the units': each unit is scanned on its own.
            raise Refused(
                Code.PACKAGE_OF_SERIALISED,
                f"{package.di} is a {package.level} of serialised item {package.item_di}: "
                "scan each unit's own serial",
                di=package.di,
                level=package.level,
            )
        self.package = package
        self.unit = found.item.unit
        if found.item.id is not None:
            self.items[found.item.id] = found.item
        return found.item

    def existing_lot(self, scan: Scan, item: Item) -> Lot:
        """The item's lot the scan names; a package's lot is its item's (the ledger's eaches)."""
        number = self.lot_number(item, scan)
        lot = self.uow.lots.get(item.di, number)
        if lot is None:
            raise Refused(
                Code.UNKNOWN_LOT, f"lot {number} of {item.di} was never received here", lot=number
            )
        self.lot = lot
        self.check_scan_matches(lot, scan)
        return lot

    def check_scan_matches(self, lot: Lot, scan: Scan) -> None:
        """A scan never overwrites stored lot data: a difference is refused and raised."""
        differences: dict[str, tuple[date | None, date]] = {}
        if scan.expiry is not None and scan.expiry != lot.expiry:
            differences["expiry"] = (lot.expiry, scan.expiry)
        if (
            scan.production_date is not None
            and lot.production_date is not None
            and scan.production_date != lot.production_date
        ):
            differences["production_date"] = (lot.production_date, scan.production_date)
        if not differences:
            return
        assert lot.id is not None
        text = "; ".join(f"{k}: stored {a}, scanned {b}" for k, (a, b) in differences.items())
        raise RefusedWithAlert(
            Code.DATA_MISMATCH,
            f"the label does not match lot {lot.lot} as recorded ({text}); a supervisor must check",
            Alert(
                lot_id=lot.id,
                kind=AlertKind.DATA_MISMATCH,
                level=Level.CRITICAL,
                raised=self.now,
                message=text,
            ),
            fields=sorted(differences),
            stored={k: a for k, (a, _) in differences.items()},
            scanned={k: b for k, (_, b) in differences.items()},
        )

    def quantity(self, scan: Scan, serialised: bool, qty: int | None) -> int:
        """Eaches the action moves: the scan's (or entered) count, times a package's eaches.

        With a package scanned, `qty` and the label's count are packages.
        """
        count = self._count(scan, serialised, qty)
        if self.package is None:
            return count
        units = count * self.package.units
        if units > MAX_QUANTITY:
            raise Refused(
                Code.BAD_QUANTITY, f"quantity must be from 1 to {MAX_QUANTITY}", quantity=units
            )
        return units

    def _count(self, scan: Scan, serialised: bool, qty: int | None) -> int:
        if serialised:
            if not scan.serial:
                raise Refused(
                    Code.INCOMPLETE_SCAN,
                    "this item is serialised: scan its serial",
                    missing=["serial"],
                )
            if qty not in (None, 1) or scan.quantity not in (None, 1):
                raise Refused(Code.QUANTITY_MISMATCH, "a serialised item counts one per serial")
            return 1
        if scan.quantity is not None:
            if qty is not None and qty != scan.quantity:
                raise Refused(
                    Code.QUANTITY_MISMATCH,
                    f"the label says {scan.quantity} but {qty} was entered",
                    scanned=scan.quantity,
                    entered=qty,
                )
            qty = scan.quantity
        qty = 1 if qty is None else qty
        if not 1 <= qty <= MAX_QUANTITY:
            raise Refused(
                Code.BAD_QUANTITY, f"quantity must be from 1 to {MAX_QUANTITY}", quantity=qty
            )
        return qty

    @staticmethod
    def require_reason(reason: str) -> str:
        if not reason.strip():
            raise Refused(Code.REASON_REQUIRED, "a reason is required for this action")
        return reason.strip()

    # --- the word of a second person -------------------------------------------------

    def approve(self, approval: Approval) -> None:
        """A supervisor's override, authenticated by the entry point, checked here."""
        if not permitted_actor(approval.by, Action.OVERRIDE):
            raise Refused(
                Code.NOT_PERMITTED,
                f"{approval.by.username} is not allowed to override",
                user=approval.by.username,
            )
        if not approval.reason.strip():
            raise Refused(Code.REASON_REQUIRED, "an override needs a reason")
        self.override = Override(approval.by.username, approval.reason.strip())

    def refuse_unless_overridden(self, refusal: Refused, approval: Approval | None) -> None:
        if approval is None:
            raise refusal
        if refusal.code not in OVERRIDABLE:
            raise Refused(
                Code.NOT_OVERRIDABLE,
                f"{refusal.code.value} cannot be overridden: {refusal.message}",
                refused=refusal.code.value,
            )
        self.approve(approval)

    def second_person(self, second: Actor | None, action: Action, rule: str) -> str:
        """A countersignature by another person permitted `action`; returns their name."""
        if second is None or second.username.lower() == self.username.lower():
            raise Refused(
                Code.SECOND_PERSON_REQUIRED,
                f"{rule}: a second person must sign",
                rule=rule,
                first=self.username,
            )
        if not permitted_actor(second, action):
            raise Refused(
                Code.NOT_PERMITTED,
                f"{second.username} may not sign for {action.value}",
                user=second.username,
                rule=rule,
            )
        return second.username

    # --- reporting what changed ----------------------------------------------------

    def change(
        self,
        action: str,
        entity: str,
        entity_id: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        event: tuple[str, Mapping[str, Any]] | None = None,
        *,
        by_system: bool = False,
    ) -> None:
        self.changes.append(Change(action, entity, entity_id, before, after, event, by_system))

    def flush(self) -> None:
        """Each reported change's audit entry and outbox event, in this transaction:
        the chain computed here, the rows written set-based (a recall reports thousands)."""
        if not self.changes:
            return
        meta = self.actor.audit_meta()
        entries: list[NewEntry] = []
        events: list[NewEvent] = []
        for change in self.changes:
            user = SYSTEM if change.by_system else self.username
            sealed = meta
            after_stored = None
            if change.event is not None:
                kind, sent = change.event
                payload = canonical(sent)
                if sent is change.after:
                    after_stored = stored_json_of(sent, payload)
                # The entry seals the event it sent: an unsent event edited later no longer matches.
                sealed = {**(meta or {}), "event": stored_event_digest(kind, payload)}
                events.append((kind, payload, self.now, user, len(entries)))
            entries.append(
                NewEntry(
                    self.now,
                    user,
                    self.device,
                    change.action,
                    change.entity,
                    change.entity_id,
                    change.before,
                    change.after,
                    sealed,
                    after_stored,
                )
            )
        seqs = self.uow.audit.append_all(entries)
        # Each event names the entry that sealed it (its place in `entries` until now).
        self.uow.outbox.append_all([(*event[:4], seqs[event[4]]) for event in events])
        self.changes.clear()

    def touch(self, lot: Lot) -> None:
        if lot.id is not None:
            self.touched[lot.id] = lot

    def record(
        self,
        type: MovementType,
        lot: Lot,
        qty: int,
        source: Location | None,
        target: Location | None,
        *,
        raw_scan: str,
        serial: str | None = None,
        reference: str = "",
        reason: str = "",
        reason_code: str = "",
        countersigned_by: str | None = None,
        unit_cost: float | None = None,
    ) -> Movement:
        """A movement in the ledger, with its stock change, audit entry and event."""
        assert lot.id is not None
        movement = Movement(
            id=str(uuid.uuid4()),
            at=self.now,
            user=self.username,
            device=self.device,
            type=type,
            lot_id=lot.id,
            quantity=qty,
            from_location_id=source.id if source else None,
            to_location_id=target.id if target else None,
            reference=reference,
            reason=reason,
            override=self.override,
            raw_scan=raw_scan,
            reason_code=reason_code,
            countersigned_by=countersigned_by,
            unit_cost=unit_cost,
        )
        self.uow.movements.add(movement, serial)
        self.recorded.append((lot.id, lot.item_id, type))
        if qty:
            if source is not None and source.kind.holds_stock:
                self.uow.stock.change(lot, source, -qty, self.now)
            if target is not None and target.kind.holds_stock:
                self.uow.stock.change(lot, target, qty, self.now)
                self.touch(lot)
        if serial is not None:
            self.uow.serials.put(lot.id, serial, target.id if target else None)
        payload: dict[str, Any] = {
            "movement_id": movement.id,
            "type": type.value,
            "di": lot.di,
            "lot": lot.lot,
            "expiry": lot.expiry,
            "quantity": qty,
            "from": source.code if source else None,
            "to": target.code if target else None,
            "serial": serial,
            "reference": reference,
            "reason": reason,
            "reason_code": reason_code or None,
            "countersigned_by": countersigned_by,
            "override": (
                {"supervisor": self.override.supervisor, "reason": self.override.reason}
                if self.override
                else None
            ),
            "at": self.now,
            "device": self.device,
        }
        if unit_cost is not None:
            payload["unit_cost"] = unit_cost
        self.change(type.value, "movement", movement.id, None, payload, ("movement", payload))
        return movement

    def result(
        self, lot: Lot, message: str, movement: Movement | None = None, **detail: Any
    ) -> ActionResult:
        package = self.package
        if package is not None:
            # "1 箱 = 10 支": the screens and the label say both the package and its eaches.
            detail = {
                **detail,
                "package_di": package.di,
                "package_level": package.level,
                "package_units": package.units,
                "unit": self.unit,
            }
        return ActionResult(
            ok=True,
            code=Code.ACCEPTED,
            message=message,
            di=lot.di,
            lot=lot.lot,
            expiry=lot.expiry,
            movement_id=movement.id if movement else None,
            detail={"override_by": self.override.supervisor, **detail} if self.override else detail,
        )


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def done(message: str, **detail: object) -> ActionResult:
    """An accepted action that concerns no one lot."""
    return ActionResult(ok=True, code=Code.ACCEPTED, message=message, detail=detail)


def permitted_actor(actor: Actor, action: Action) -> bool:
    """The rule book's permission for this actor: the system only for derived writes,
    a vouched batch operator only for an operator's actions."""
    if actor.is_system:
        return action in SYSTEM_ACTIONS
    if actor.role is None or not permitted(actor.role, action):
        return False
    return actor.credential is not Credential.VOUCHED or open_to_operators(action)
