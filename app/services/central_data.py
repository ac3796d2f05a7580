"""Applying what the centre owns: master data, policy and holds arrive here from sync.

The caller holds the transaction (sync applies a page of changes and moves
its cursor in one), so these functions never commit. Every change they make
is audited; a record that arrives unchanged writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.domain.clock import Clock
from app.domain.model import Hold, Item, Location, LocationKind, Role, Supplier, User
from app.domain.policy import Policy
from app.services.ports import UnitOfWork
from app.services.recall_apply import apply_central_recall

CENTRE = "centre"


@dataclass(frozen=True, slots=True)
class CentralHold:
    reference: str
    kind: str
    di: str
    lot: str
    reason: str
    active: bool


class CentralData(Protocol):
    """Writes only the centre may cause: the site's own actions never call these."""

    def update_supplier(self, supplier: Supplier) -> None: ...
    def update_location(self, location: Location) -> None: ...
    def update_user(self, user: User) -> None: ...
    def record_hold(self, hold: CentralHold) -> None: ...
    def active_holds(self) -> list[CentralHold]: ...


class CentralUnitOfWork(UnitOfWork, Protocol):
    @property
    def central(self) -> CentralData: ...


def _device(uow: UnitOfWork) -> str:
    return uow.settings.get("device_name") or "unknown"


def _audit(
    uow: CentralUnitOfWork,
    clock: Clock,
    action: str,
    entity: str,
    key: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
) -> None:
    uow.audit.append(clock.now(), CENTRE, _device(uow), action, entity, key, before, after)


_ITEM_FIELDS = (
    "name",
    "name_zh",
    "model",
    "manufacturer",
    "registration_no",
    "category",
    "unit",
    "storage",
    "serialised",
    "min_stock",
    "auto_release",
)


def apply_item(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    di = str(data["di"])
    fields = {k: data[k] for k in _ITEM_FIELDS if k in data}
    existing = uow.items.get(di)
    if existing is None:
        uow.items.add(Item(di=di, **fields))
        _audit(uow, clock, "central_item", "item", di, None, fields)
        return
    before = {k: getattr(existing, k) for k in fields}
    if before == fields and not existing.provisional:
        return
    for k, v in fields.items():
        setattr(existing, k, v)
    # A provisional item made at receiving becomes the centre's real one.
    existing.provisional = False
    uow.items.update(existing)
    _audit(uow, clock, "central_item", "item", di, before, fields)


def apply_supplier(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    supplier = Supplier(str(data["code"]), str(data["name"]), bool(data.get("auto_release")))
    after = {"code": supplier.code, "name": supplier.name, "auto_release": supplier.auto_release}
    existing = uow.suppliers.get(supplier.code)
    if existing is None:
        uow.suppliers.add(supplier)
        _audit(uow, clock, "central_supplier", "supplier", supplier.code, None, after)
        return
    before = {"code": existing.code, "name": existing.name, "auto_release": existing.auto_release}
    if before != after:
        supplier.id = existing.id
        uow.central.update_supplier(supplier)
        _audit(uow, clock, "central_supplier", "supplier", supplier.code, before, after)


def apply_location(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    location = Location(
        str(data["code"]),
        str(data["name"]),
        LocationKind(data["kind"]),
        str(data.get("responsible", "")),
    )
    after = _location_state(location)
    existing = uow.locations.get(location.code)
    if existing is None:
        uow.locations.add(location)
        _audit(uow, clock, "central_location", "location", location.code, None, after)
        return
    before = _location_state(existing)
    if before != after:
        location.id = existing.id
        uow.central.update_location(location)
        _audit(uow, clock, "central_location", "location", location.code, before, after)


def _location_state(location: Location) -> dict[str, str]:
    return {
        "code": location.code,
        "name": location.name,
        "kind": location.kind.value,
        "responsible": location.responsible,
    }


def apply_user(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    user = User(
        username=str(data["username"]),
        display_name=str(data.get("display_name") or data["username"]),
        role=Role(data["role"]),
        pin_hash=str(data["pin_hash"]),
        badge=str(data.get("badge", "")),
        active=bool(data.get("active", True)),
    )
    # The PIN hash is applied but never written to the audit trail.
    after = {"username": user.username, "role": user.role.value, "active": user.active}
    existing = uow.users.get(user.username)
    if existing is None:
        uow.users.add(user)
        _audit(uow, clock, "central_user", "user", user.username, None, after)
        return
    before = {"username": existing.username, "role": existing.role.value, "active": existing.active}
    changed = (existing.display_name, existing.pin_hash, existing.badge) != (
        user.display_name,
        user.pin_hash,
        user.badge,
    )
    if before != after or changed:
        user.id = existing.id
        uow.central.update_user(user)
        _audit(uow, clock, "central_user", "user", user.username, before, after)


def apply_policy(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    policy = Policy.from_json(data)
    before = uow.settings.policy().to_json()
    if before != policy.to_json():
        uow.settings.set_policy(policy)
        _audit(uow, clock, "central_policy", "policy", "policy", before, policy.to_json())


def apply_hold(uow: CentralUnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    """Block (or, when lifted, unblock) each listed lot; lots not here yet are remembered."""
    if data.get("recall"):
        # The whole recall came with it: the site opens the case (protocol 2).
        apply_central_recall(uow, clock, data["recall"])
        return
    for lot in data["lots"]:
        hold = CentralHold(
            reference=str(data["reference"]),
            kind=str(data["kind"]),
            di=str(data["di"]),
            lot=str(lot),
            reason=str(data.get("reason", "")),
            active=bool(data.get("active", True)),
        )
        uow.central.record_hold(hold)
        _hold_lot(uow, clock, hold)


def apply_remembered_holds(uow: CentralUnitOfWork, clock: Clock) -> int:
    """Holds for lots received since the hold arrived: block them now. Returns how many."""
    return sum(_hold_lot(uow, clock, hold) for hold in uow.central.active_holds())


def _hold_lot(uow: CentralUnitOfWork, clock: Clock, hold: CentralHold) -> bool:
    lot = uow.lots.get(hold.di, hold.lot)
    if lot is None:
        return False
    tag = f"[{hold.reference}]"
    before = {"hold": lot.hold.value, "hold_reason": lot.hold_reason}
    if hold.active:
        wanted = Hold(hold.kind)
        # A recall outranks a quarantine; an equal or stronger block stays as it is.
        if lot.hold is wanted or lot.hold is Hold.RECALL:
            return False
        lot.hold, lot.hold_reason = wanted, f"{hold.reason} {tag}".strip()
    else:
        if not lot.hold_reason.endswith(tag):
            return False
        lot.hold, lot.hold_reason = Hold.NONE, ""
    uow.lots.save_status(lot)
    after = {"hold": lot.hold.value, "hold_reason": lot.hold_reason}
    _audit(uow, clock, "central_hold", "lot", f"{lot.di}/{lot.lot}", before, after)
    # The centre learns when each site actually blocked the lot (recall timings).
    uow.outbox.append(
        "hold_applied",
        {"reference": hold.reference, "di": lot.di, "lot": lot.lot, **after},
        clock.now(),
        CENTRE,
    )
    return True


APPLY: dict[str, Callable[[CentralUnitOfWork, Clock, Mapping[str, Any]], None]] = {
    "item": apply_item,
    "supplier": apply_supplier,
    "location": apply_location,
    "user": apply_user,
    "policy": apply_policy,
    "hold": apply_hold,
}


def apply_change(uow: CentralUnitOfWork, clock: Clock, kind: str, data: Mapping[str, Any]) -> None:
    """One change from the centre's log, inside the caller's transaction."""
    APPLY[kind](uow, clock, data)
