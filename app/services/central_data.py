"""Applying what the centre owns: master data, policy and holds arrive here from sync.

The caller holds the transaction (sync applies a page of changes and moves
its cursor in one), so these functions never commit. Every change they make
is audited in that transaction; a record that arrives unchanged writes
nothing. Master data comes in pages of thousands on a first sync, so a page
is compared with the site's rows and written in bulk, under one audit entry
that lists every record's before and after (see `apply_page`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol, cast

from app.domain.model import Hold, Item, LocationKind, Role
from app.domain.packaging import PackageLevel
from app.domain.policy import Policy
from app.services.commands import ApplyCentralPage, ApplyRememberedHolds
from app.services.context import ActionResult, Context, done
from app.services.master_data import OPTIONAL
from app.services.ports import UnitOfWork
from app.services.recall_apply import apply_central_recall
from app.services.transfers import apply_suggestion, apply_transfer


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

    def master_rows(self, kind: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The site's rows of a master kind by key (users by lower-case name), with their id."""
        ...

    def add_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None: ...
    def update_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Rows carry their `id`; every other column is set."""
        ...

    def record_hold(self, hold: CentralHold) -> None: ...
    def active_holds(self) -> list[CentralHold]: ...


class CentralUnitOfWork(UnitOfWork, Protocol):
    @property
    def central(self) -> CentralData: ...


def _central(ctx: Context) -> CentralUnitOfWork:
    return cast(CentralUnitOfWork, ctx.uow)


_ITEM_FIELDS = ("name", *OPTIONAL["items"])
_ITEM_FIELD_SET = frozenset(_ITEM_FIELDS)
# What a new item holds before the centre's fields are laid over it: the domain's defaults.
_NEW_ITEM: dict[str, Any] = {
    k: v for k, v in asdict(Item(di="", name="")).items() if k in _ITEM_FIELDS
}

Row = dict[str, Any]


class _Kind:
    """How one kind of master record is keyed, merged onto what the site has, and audited."""

    def key(self, data: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def lookup(self, key: str) -> str:
        """The key as the site's table matches it."""
        return key

    def merged(self, existing: Row | None, data: Mapping[str, Any]) -> Row:
        """The full row the site should hold (without its id)."""
        raise NotImplementedError

    def shown(self, row: Row, data: Mapping[str, Any]) -> Row:
        """What the audit trail shows of a row: never a secret."""
        return row

    def hidden_change(self, old: Row, new: Row) -> Row:
        """What the audit says of a change it may not show (a secret's value)."""
        return {}


class _ItemKind(_Kind):
    def key(self, data: Mapping[str, Any]) -> str:
        return str(data["di"])

    # Both walk the few fields a record carries, not every field an item has.
    def merged(self, existing: Row | None, data: Mapping[str, Any]) -> Row:
        given = {k: v for k, v in data.items() if k in _ITEM_FIELD_SET}
        base = existing if existing is not None else _NEW_ITEM
        # A provisional item made at receiving becomes the centre's real one.
        return {**base, "di": self.key(data), **given, "provisional": False}

    def shown(self, row: Row, data: Mapping[str, Any]) -> Row:
        # Only the fields the centre sent, as it always was; `provisional` when it flips.
        view = {k: row[k] for k in data if k in _ITEM_FIELD_SET}
        if row["provisional"]:
            view["provisional"] = True
        return view


class _SupplierKind(_Kind):
    def key(self, data: Mapping[str, Any]) -> str:
        return str(data["code"])

    def merged(self, existing: Row | None, data: Mapping[str, Any]) -> Row:
        window = data.get("return_window_days")
        if window is None:  # a record without one keeps the site's
            window = existing["return_window_days"] if existing is not None else 0
        return {
            "code": self.key(data),
            "name": str(data["name"]),
            "auto_release": bool(data.get("auto_release")),
            "return_window_days": int(window),
        }


class _LocationKind(_Kind):
    def key(self, data: Mapping[str, Any]) -> str:
        return str(data["code"])

    def merged(self, existing: Row | None, data: Mapping[str, Any]) -> Row:
        return {
            "code": self.key(data),
            "name": str(data["name"]),
            "kind": LocationKind(data["kind"]).value,
            "responsible": str(data.get("responsible", "")),
            "zone": str(data.get("zone", "")),
        }


class _UserKind(_Kind):
    def key(self, data: Mapping[str, Any]) -> str:
        return str(data["username"])

    def lookup(self, key: str) -> str:
        return key.lower()  # usernames match without regard to case, as at login

    def merged(self, existing: Row | None, data: Mapping[str, Any]) -> Row:
        return {
            # An existing user keeps the spelling the site knows.
            "username": existing["username"] if existing is not None else self.key(data),
            "display_name": str(data.get("display_name") or data["username"]),
            "role": Role(data["role"]).value,
            "pin_hash": str(data["pin_hash"]),
            "badge": str(data.get("badge", "")),
            "active": bool(data.get("active", True)),
        }

    def shown(self, row: Row, data: Mapping[str, Any]) -> Row:
        # The PIN hash is applied but never written to the audit trail.
        return {k: v for k, v in row.items() if k != "pin_hash"}

    def hidden_change(self, old: Row, new: Row) -> Row:
        # ... but that it changed is.
        return {"pin_changed": True} if old["pin_hash"] != new["pin_hash"] else {}


_KINDS: dict[str, _Kind] = {
    "item": _ItemKind(),
    "supplier": _SupplierKind(),
    "location": _LocationKind(),
    "user": _UserKind(),
}
POLICY = "policy"


class _PageAudit:
    """Before and after of every record a page changed, by kind and key."""

    def __init__(self) -> None:
        self.before: dict[str, dict[str, Row]] = {}
        self.after: dict[str, dict[str, Row]] = {}

    def record(self, kind: str, key: str, before: Row | None, after: Row) -> None:
        after_of = self.after.setdefault(kind, {})
        # A record changed twice in one page keeps its first "before".
        if before is not None and key not in after_of:
            self.before.setdefault(kind, {})[key] = before
        after_of[key] = after

    def __len__(self) -> int:
        return sum(len(records) for records in self.after.values())


def _apply_master(
    ctx: Context,
    kind: str,
    changes: Sequence[Mapping[str, Any]],
    audit: _PageAudit,
) -> None:
    """Compare a page's records of one kind with the site's; write the differences in bulk."""
    uow = _central(ctx)
    spec = _KINDS[kind]
    keys = [spec.key(data) for data in changes]
    found = uow.central.master_rows(kind, sorted({spec.lookup(k) for k in keys}))
    original = {look: {k: v for k, v in row.items() if k != "id"} for look, row in found.items()}
    wanted: dict[str, tuple[Row, str, Mapping[str, Any]]] = {}
    for key, data in zip(keys, changes, strict=True):
        look = spec.lookup(key)
        current = wanted[look][0] if look in wanted else original.get(look)
        wanted[look] = (spec.merged(current, data), key, data)
    added: list[Row] = []
    updated: list[Row] = []
    for look, (row, key, data) in wanted.items():
        old = original.get(look)
        if row == old:
            continue  # a record that arrives unchanged writes nothing
        if old is None:
            added.append(row)
            audit.record(kind, key, None, spec.shown(row, data))
        else:
            updated.append({**row, "id": found[look]["id"]})
            after = {**spec.shown(row, data), **spec.hidden_change(old, row)}
            audit.record(kind, key, spec.shown(old, data), after)
    if added:
        uow.central.add_master(kind, added)
    if updated:
        uow.central.update_master(kind, updated)
    if kind == "item":
        _apply_package_levels(ctx, changes)


def _apply_package_levels(ctx: Context, changes: Sequence[Mapping[str, Any]]) -> None:
    """Package levels an item record carries (from the centre's UDI database) that the
    site lacks: the site's own levels (its packages import) stay as they are."""
    for data in changes:
        levels = data.get("packages") or []
        item = ctx.uow.items.get(str(data["di"])) if levels else None
        if item is None or item.id is None:
            continue
        have = {level.di for level in ctx.uow.packages.for_item(item.id, item.di)}
        new = [
            PackageLevel(**level)
            for level in levels
            if level["di"] not in have and ctx.uow.packages.get(level["di"]) is None
        ]
        for level in new:
            ctx.uow.packages.put(item.id, level)
        if new:
            ctx.change(
                "add_package_levels",
                "item",
                item.di,
                None,
                {"packages": [asdict(level) for level in new], "source": "centre"},
            )


def _apply_policy(ctx: Context, data: Mapping[str, Any], audit: _PageAudit) -> None:
    uow = ctx.uow
    policy = Policy.from_json(data)
    before = uow.settings.policy().to_json()
    if before != policy.to_json():
        uow.settings.set_policy(policy)
        audit.record(POLICY, POLICY, before, policy.to_json())


def apply_page(ctx: Context, cmd: ApplyCentralPage) -> ActionResult:
    """A page of the centre's log, and the cursors it moves to, in one transaction.

    Master data is compared with what the site holds and written in bulk; the
    page then gets ONE audit entry (entity "central_page", id the page's
    cursor range) whose `after` maps kind -> key -> new values of every
    record the page added or changed, and whose `before` maps kind -> key ->
    previous values of the records that existed and changed (a record in
    `after` but not in `before` is new). Holds, and any other kind that is
    not master data or policy, are applied change by change with their own
    audit entries, in page order: master data queued before them is written
    first.
    """
    audit = _PageAudit()
    queued: dict[str, list[Mapping[str, Any]]] = {}

    def flush() -> None:
        for kind, datas in queued.items():
            _apply_master(ctx, kind, datas, audit)
        queued.clear()

    for kind, data in cmd.changes:
        if kind == POLICY:
            flush()
            _apply_policy(ctx, data, audit)
        elif kind in _KINDS:
            queued.setdefault(kind, []).append(data)
        else:
            flush()
            APPLY[kind](ctx, data)
    flush()
    if audit.after:
        ctx.change("apply_central_page", "central_page", cmd.span, audit.before, audit.after)
    for key, value in cmd.cursors.items():
        ctx.uow.settings.put(key, value)
    return done(f"{len(audit)} record(s) changed", changed=len(audit))


def apply_hold(ctx: Context, data: Mapping[str, Any]) -> None:
    """Block (or, when lifted, unblock) each listed lot; lots not here yet are remembered."""
    uow = _central(ctx)
    if data.get("recall"):
        # The whole recall came with it: the site opens the case (protocol 2).
        apply_central_recall(ctx, data["recall"])
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
        _hold_lot(ctx, hold)


def apply_remembered_holds(ctx: Context, cmd: ApplyRememberedHolds) -> ActionResult:
    """Holds for lots received since the hold arrived: block them now."""
    held = sum(_hold_lot(ctx, hold) for hold in _central(ctx).central.active_holds())
    return done(f"{held} lot(s) held", held=held)


def _hold_lot(ctx: Context, hold: CentralHold) -> bool:
    uow = ctx.uow
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
    # The centre learns when each site actually blocked the lot (recall timings).
    ctx.change(
        "central_hold",
        "lot",
        f"{lot.di}/{lot.lot}",
        before,
        after,
        ("hold_applied", {"reference": hold.reference, "di": lot.di, "lot": lot.lot, **after}),
    )
    ctx.touch(lot)
    return True


APPLY: dict[str, Callable[[Context, Mapping[str, Any]], None]] = {
    "hold": apply_hold,
    "transfer": apply_transfer,
    "transfer_suggestion": apply_suggestion,
}

HANDLERS: dict[type, Any] = {
    ApplyCentralPage: apply_page,
    ApplyRememberedHolds: apply_remembered_holds,
}
