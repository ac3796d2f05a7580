"""The shape every user action shares: request, result, one transaction.

UI, CLI, batch replay and sync all call `execute`; there is no second path.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.credentials import check_secret
from app.domain.model import (
    Alert,
    AlertKind,
    Item,
    Level,
    Location,
    Lot,
    Movement,
    MovementType,
    Override,
    User,
)
from app.domain.rules import OVERRIDABLE, permitted
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name
from scanning.errors import ScanError
from scanning.parse import parse
from scanning.scan import Scan


@dataclass(frozen=True, slots=True)
class OverrideRequest:
    supervisor: str
    pin: str
    reason: str


@dataclass(frozen=True, slots=True)
class ActionRequest:
    action: str
    user: str
    scan: str = ""
    qty: int | None = None
    location: str | None = None
    to: str | None = None
    reason: str = ""
    reference: str = ""
    supplier: str | None = None
    override: OverrideRequest | None = None
    device: str = ""


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
        data = asdict(self)
        data["code"] = self.code.value
        data["gtin"] = data.pop("di")
        data["expiry"] = self.expiry.isoformat() if self.expiry else None
        data["detail"] = {k: _jsonable(v) for k, v in self.detail.items()}
        return data


def _jsonable(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


class Refusal(DomainError):
    """A refusal that still records an alert for a supervisor (e.g. DATA_MISMATCH)."""

    def __init__(self, code: Code, message: str, alert: Alert, **detail: object) -> None:
        super().__init__(code, message, **detail)
        self.alert = alert


Handler = Callable[["ActionContext"], ActionResult]


class ActionContext:
    """One action in flight: the request, its user, its clock, its transaction."""

    def __init__(self, uow: UnitOfWork, clock: Clock, request: ActionRequest, user: User) -> None:
        self.uow = uow
        self.request = request
        self.user = user
        self.now = clock.now()
        self.today = clock.today()
        self.policy = uow.settings.policy()
        self.device = request.device or device_name(uow)
        self.override: Override | None = None
        # What is known so far, so that a refusal can still name the lot.
        self.scan: Scan | None = None
        self.lot: Lot | None = None

    # --- reading the request -------------------------------------------------

    def parsed_scan(self) -> Scan:
        try:
            scan = parse(self.request.scan, today=self.today)
        except ScanError as exc:
            raise DomainError(Code.BAD_BARCODE, exc.message, scan_error=exc.code) from exc
        if scan.di is None or not scan.lot:
            missing = ", ".join(scan.missing) if scan.missing else "lot"
            raise DomainError(
                Code.INCOMPLETE_SCAN,
                f"the scan has no {missing}: scan the symbol that carries it too",
                missing=list(scan.missing) or ["lot"],
            )
        self.scan = scan
        return scan

    def location(self, code: str | None, role: str = "location") -> Location:
        if not code:
            raise DomainError(Code.BAD_REQUEST, f"{role} is required")
        location = self.uow.locations.get(code)
        if location is None:
            raise DomainError(Code.UNKNOWN_LOCATION, f"no location {code!r}", location=code)
        return location

    def stock_location(self, code: str | None, role: str) -> Location:
        location = self.location(code, role)
        if not location.kind.holds_stock:
            raise DomainError(
                Code.WRONG_LOCATION,
                f"{location.code} is a {location.kind.value} location and holds no stock",
                location=location.code,
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
                raise DomainError(
                    Code.WRONG_LOCATION,
                    f"lot {lot.lot} is not at {location.code}; it is at {', '.join(codes)}",
                    location=location.code,
                    found_at=codes,
                )
        raise DomainError(
            Code.INSUFFICIENT_STOCK,
            f"only {on_hand} of lot {lot.lot} at {location.code}, {qty} asked",
            on_hand=on_hand,
            asked=qty,
        )

    def item(self, scan: Scan) -> Item:
        assert scan.di is not None
        item = self.uow.items.get(scan.di)
        if item is None:
            raise DomainError(Code.UNKNOWN_ITEM, f"item {scan.di} is not known here", di=scan.di)
        return item

    def existing_lot(self, scan: Scan) -> Lot:
        assert scan.di is not None and scan.lot is not None
        lot = self.uow.lots.get(scan.di, scan.lot)
        if lot is None:
            raise DomainError(
                Code.UNKNOWN_LOT,
                f"lot {scan.lot} of {scan.di} was never received here",
                lot=scan.lot,
            )
        self.lot = lot
        self.check_scan_matches(lot, scan)
        return lot

    def check_scan_matches(self, lot: Lot, scan: Scan) -> None:
        """A scan never overwrites stored lot data: a difference is refused and raised."""
        differences: dict[str, tuple[date | None, date]] = {}
        if scan.expiry is not None and lot.expiry is not None and scan.expiry != lot.expiry:
            differences["expiry"] = (lot.expiry, scan.expiry)
        if lot.expiry is None and scan.expiry is not None:
            differences["expiry"] = (None, scan.expiry)
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
        raise Refusal(
            Code.DATA_MISMATCH,
            f"the label does not match lot {lot.lot} as recorded ({text}); a supervisor must check",
            Alert(
                lot_id=lot.id,
                kind=AlertKind.DATA_MISMATCH,
                level=Level.CRITICAL,
                raised=self.now,
                message=text,
            ),
            stored={k: a for k, (a, _) in differences.items()},
            scanned={k: b for k, (_, b) in differences.items()},
        )

    def quantity(self, scan: Scan, serialised: bool) -> int:
        qty = self.request.qty
        if serialised:
            if not scan.serial:
                raise DomainError(
                    Code.INCOMPLETE_SCAN,
                    "this item is serialised: scan its serial",
                    missing=["serial"],
                )
            if qty not in (None, 1) or scan.quantity not in (None, 1):
                raise DomainError(Code.QUANTITY_MISMATCH, "a serialised item counts one per serial")
            return 1
        if scan.quantity is not None:
            if qty is not None and qty != scan.quantity:
                raise DomainError(
                    Code.QUANTITY_MISMATCH,
                    f"the label says {scan.quantity} but {qty} was entered",
                    scanned=scan.quantity,
                    entered=qty,
                )
            qty = scan.quantity
        qty = 1 if qty is None else qty
        if qty <= 0:
            raise DomainError(Code.BAD_REQUEST, "quantity must be at least 1")
        return qty

    def require_reason(self) -> str:
        reason = self.request.reason.strip()
        if not reason:
            raise DomainError(Code.BAD_REQUEST, "a reason is required for this action")
        return reason

    # --- overrides -----------------------------------------------------------

    def approved_by_supervisor(self) -> bool:
        """True when the request carries a valid supervisor approval; raises if it is bad."""
        req = self.request.override
        if req is None:
            return False
        supervisor = self.uow.users.get(req.supervisor)
        if (
            supervisor is None
            or not supervisor.active
            or not check_secret(req.pin, supervisor.pin_hash)
        ):
            raise DomainError(Code.BAD_CREDENTIALS, "the supervisor's name or PIN is wrong")
        if not permitted(supervisor.role, "override"):
            raise DomainError(
                Code.NOT_PERMITTED, f"{supervisor.username} is not allowed to override"
            )
        if not req.reason.strip():
            raise DomainError(Code.BAD_REQUEST, "an override needs a reason")
        self.override = Override(supervisor.username, req.reason.strip())
        return True

    def overridden(self, refusal: DomainError) -> bool:
        """True when a valid supervisor override covers this refusal."""
        if self.request.override is None:
            return False
        if refusal.code not in OVERRIDABLE:
            raise DomainError(
                Code.NOT_OVERRIDABLE,
                f"{refusal.code.value} cannot be overridden: {refusal.message}",
                refused=refusal.code.value,
            )
        return self.approved_by_supervisor()

    def refuse_unless_overridden(self, refusal: DomainError) -> None:
        if not self.overridden(refusal):
            raise refusal

    # --- writing -------------------------------------------------------------

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        self.uow.audit.append(
            self.now, self.user.username, self.device, action, entity, entity_id, before, after
        )

    def record(
        self,
        type: MovementType,
        lot: Lot,
        qty: int,
        source: Location | None,
        target: Location | None,
        serial: str | None = None,
        raw_scan: str | None = None,
    ) -> Movement:
        assert lot.id is not None
        movement = Movement(
            id=str(uuid.uuid4()),
            at=self.now,
            user=self.user.username,
            device=self.device,
            type=type,
            lot_id=lot.id,
            quantity=qty,
            from_location_id=source.id if source else None,
            to_location_id=target.id if target else None,
            reference=self.request.reference,
            reason=self.request.reason,
            override=self.override,
            raw_scan=self.request.scan if raw_scan is None else raw_scan,
        )
        self.uow.movements.add(movement, serial)
        if qty:
            if source is not None and source.kind.holds_stock:
                self.uow.stock.change(lot, source, -qty, self.now)
            if target is not None and target.kind.holds_stock:
                self.uow.stock.change(lot, target, qty, self.now)
        if serial is not None:
            self.uow.serials.put(lot.id, serial, target.id if target else None)
        payload = {
            "movement_id": movement.id,
            "type": type.value,
            "di": lot.di,
            "lot": lot.lot,
            "expiry": lot.expiry,
            "quantity": qty,
            "from": source.code if source else None,
            "to": target.code if target else None,
            "serial": serial,
            "reference": movement.reference,
            "reason": movement.reason,
            "override": (
                {"supervisor": self.override.supervisor, "reason": self.override.reason}
                if self.override
                else None
            ),
            "at": self.now,
            "device": self.device,
        }
        self.audit(type.value, "movement", movement.id, None, payload)
        self.uow.outbox.append("movement", payload, self.now, self.user.username)
        return movement

    def result(
        self, lot: Lot, message: str, movement: Movement | None = None, **detail: Any
    ) -> ActionResult:
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


def authorize(uow: UnitOfWork, username: str, action: str) -> User:
    user = uow.users.get(username) if username else None
    if user is None or not user.active:
        raise DomainError(Code.UNKNOWN_USER, f"no active user {username!r}", user=username)
    if not permitted(user.role, action):
        raise DomainError(
            Code.NOT_PERMITTED,
            f"{user.username} ({user.role.value}) may not {action.replace('_', ' ')}",
            role=user.role.value,
        )
    return user


def execute(
    uow: UnitOfWork, clock: Clock, request: ActionRequest, handlers: Mapping[str, Handler]
) -> ActionResult:
    """Run one action in one transaction; a refusal changes nothing but its alert."""
    handler = handlers.get(request.action)
    if handler is None:
        return ActionResult(False, Code.BAD_REQUEST, f"unknown action {request.action!r}")
    with uow:
        ctx: ActionContext | None = None
        try:
            user = authorize(uow, request.user, request.action)
            ctx = ActionContext(uow, clock, request, user)
            result = handler(ctx)
            uow.commit()
            return result
        except Refusal as refusal:
            uow.rollback()
            _record_refusal_alert(uow, clock, request, refusal)
            uow.commit()
            return _refused(refusal, ctx)
        except DomainError as refusal:
            uow.rollback()
            return _refused(refusal, ctx)


def _record_refusal_alert(
    uow: UnitOfWork, clock: Clock, request: ActionRequest, refusal: Refusal
) -> None:
    alert = uow.alerts.add(refusal.alert)
    device = request.device or device_name(uow)
    after = {
        "lot_id": alert.lot_id,
        "kind": alert.kind.value,
        "level": alert.level.value,
        "message": alert.message,
    }
    uow.audit.append(
        clock.now(), request.user, device, "raise_alert", "alert", str(alert.id), None, after
    )
    uow.outbox.append("alert", after, clock.now(), request.user)


def _refused(refusal: DomainError, ctx: ActionContext | None) -> ActionResult:
    detail = dict(refusal.detail)
    scan = ctx.scan if ctx else None
    lot = ctx.lot if ctx else None
    expiry = lot.expiry if lot else (scan.expiry if scan else None)
    return ActionResult(
        ok=False,
        code=refusal.code,
        message=refusal.message,
        di=lot.di if lot else (scan.di if scan else _str_or_none(detail.get("di"))),
        lot=lot.lot if lot else (scan.lot if scan else None),
        expiry=expiry,
        fefo_lot=_str_or_none(detail.pop("fefo_lot", None)),
        fefo_location=_str_or_none(detail.pop("fefo_location", None)),
        detail=detail,
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
