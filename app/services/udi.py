"""The national UDI database (NMPA UDID) at a site: its import, and items made or filled from it.

`ImportUdiDatabase` writes every device of a download into the device table
in one transaction (a file that cannot be read refuses the whole import,
BAD_UDI_FILE, nothing written), then brings the site's items up to date
with it:

- an item whose DI is a device's gets, where its own fields are empty, the
  record's name, model, registrant and registration or filing number; a
  provisional item (made at the dock) also its label's lot-data flags, and
  becomes registered once the record has a number;
- a record that contradicts the item (another registration number) is
  reported in the result and the audit entry, never applied: local master
  data wins until a person decides;
- the record's packaging levels become the item's, where it has none by
  that DI;
- a lot on hand of a device the record says was withdrawn (退市, tsrq)
  raises a WITHDRAWN warning, once per lot.

At receiving, a DI first met is looked up in the device table before it
becomes a provisional item (`identify_for_receipt`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from app.domain.model import Alert, AlertKind, Item, Level
from app.domain.packaging import PackageLevel, device_levels
from app.domain.udi import (
    ITEM_FLAGS,
    ITEM_TEXTS,
    UdiDevice,
    UdiFileError,
    item_values,
    storage_temperature,
)
from app.errors import Code, Refused
from app.services.alerts import add_alert
from app.services.commands import ImportUdiDatabase
from app.services.context import ActionResult, Context, done
from app.services.identification import Identified, known, unknown_package
from app.services.ports import UnitOfWork

# Fields where the record and the item's own value must agree, or a person decides.
COMPARED = ("registration_no",)


@dataclass(frozen=True, slots=True)
class Conflict:
    """The device table says `database` where the item says `ours`: reported, not applied."""

    di: str
    field: str
    ours: str
    database: str


@dataclass(frozen=True, slots=True)
class StorageRange:
    """The storage temperature the device record gives, in ℃ (None: no limit that side)."""

    minimum: Decimal | None
    maximum: Decimal | None
    condition: str


def storage_range(uow: UnitOfWork, di: str) -> StorageRange | None:
    """The storage temperature range the national UDI database gives for item `di`.

    For the cold-chain rules, which keep an item's own storage class; None when
    the device is not in the table or its record gives no temperature.
    """
    device = uow.devices.get(di)
    temperature = storage_temperature(device) if device is not None else None
    if temperature is None:
        return None
    low, high = temperature.bounds()
    if low is None and high is None:
        return None
    return StorageRange(low, high, temperature.condition)


def _same(ours: str, theirs: str) -> bool:
    """Equal but for case and spaces (注册证号 are typed both ways)."""
    return "".join(ours.split()).casefold() == "".join(theirs.split()).casefold()


def conflicts(item: Item, device: UdiDevice) -> list[Conflict]:
    values = item_values(device)
    found = []
    for name in COMPARED:
        ours, theirs = str(getattr(item, name)).strip(), str(values.get(name, ""))
        if ours and theirs and not _same(ours, theirs):
            found.append(Conflict(item.di, name, ours, theirs))
    return found


def fill_from_device(item: Item, device: UdiDevice) -> dict[str, Any]:
    """Set the item's empty fields from its record; returns what changed (field -> old value)."""
    values = item_values(device)
    before: dict[str, Any] = {}
    for name in ITEM_TEXTS:
        if name in values and not str(getattr(item, name)).strip():
            before[name] = getattr(item, name)
            setattr(item, name, values[name])
    if item.provisional:
        # A dock-made item's lot rules were never decided: the record's label decides them.
        for name in ITEM_FLAGS:
            if name in values and getattr(item, name) != values[name]:
                before[name] = getattr(item, name)
                setattr(item, name, values[name])
        if item.registration_no.strip():
            before["provisional"] = True
            item.provisional = False
    return before


def add_device_levels(ctx: Context, item: Item, device: UdiDevice) -> list[PackageLevel]:
    """The record's packaging levels the item has not got yet (by package DI)."""
    assert item.id is not None
    have = {level.di for level in ctx.uow.packages.for_item(item.id, item.di)}
    levels, _ = device_levels(device)
    added = []
    for level in levels:
        if level.di in have or ctx.uow.items.get(level.di) is not None:
            continue  # a DI that is an item of its own stays that item
        owner = ctx.uow.packages.get(level.di)
        if owner is not None:
            continue  # another item's level already: master data decided
        ctx.uow.packages.put(item.id, level)
        added.append(level)
    if added:
        ctx.change(
            "add_package_levels",
            "item",
            item.di,
            None,
            {"packages": [asdict(level) for level in added], "source": "udid"},
        )
    return added


def item_from_device(ctx: Context, device: UdiDevice) -> Item:
    """A new item from its device record: registered when the record has a number."""
    values = item_values(device)
    item = Item(di=device.di, name=str(values.get("name") or f"? {device.di}"))
    fill_from_device(item, device)
    for name in ITEM_FLAGS:
        if name in values:
            setattr(item, name, values[name])
    item.provisional = not device.registered
    ctx.uow.items.add(item)
    after = {
        "di": item.di,
        **{f: getattr(item, f) for f in (*ITEM_TEXTS, *ITEM_FLAGS)},
        "provisional": item.provisional,
        "source": "udid",
    }
    ctx.change("create_item", "item", item.di, None, after, ("item_seen", after))
    add_device_levels(ctx, item, device)
    _own_storage_range(ctx, item, device)
    return item


def _own_storage_range(ctx: Context, item: Item, device: UdiDevice) -> None:
    """The record's storage temperature (储存温度, ℃) becomes the item's own range."""
    condition = storage_temperature(device)
    if condition is None or item.id is None:
        return
    low, high = condition.bounds()
    if (low is None and high is None) or (low is not None and high is not None and low > high):
        return
    values = {
        "temperature_low": None if low is None else float(low),
        "temperature_high": None if high is None else float(high),
    }
    ctx.uow.climate.set_item_storage(
        item.id, None, values["temperature_low"], values["temperature_high"], None
    )
    ctx.change("set_item_storage", "item", item.di, None, {**values, "source": "udid"})


def _new_provisional(ctx: Context, di: str) -> Item:
    """An item first met at the dock, in no table: its lots are held until it is registered."""
    item = ctx.uow.items.add(Item(di=di, name=f"? {di}", provisional=True))
    after = {"di": di, "provisional": True}
    ctx.change("create_item", "item", di, None, after, ("item_seen", {"di": di}))
    return item


def identify_for_receipt(ctx: Context, di: str) -> tuple[Identified, bool]:
    """The item a received DI is, made if need be: (what was scanned, whether it is new).

    Known here first; then the device table, by the device's own DI or one of
    its packages'; a package whose count of eaches is unknown is refused;
    anything else becomes a provisional item.
    """
    uow = ctx.uow
    found = known(uow, di)
    if found is not None:
        return found, False
    device = uow.devices.get(di)
    if device is not None:
        return Identified(item_from_device(ctx, device)), True
    device = uow.devices.owner_of_package(di)
    if device is not None:
        item = uow.items.get(device.di)
        new = item is None
        if item is None:
            item = item_from_device(ctx, device)
        else:
            add_device_levels(ctx, item, device)
        level = uow.packages.get(di)
        if level is not None and level.item_di == item.di:
            return Identified(item, level), new
    refusal = unknown_package(uow, di)
    if refusal is not None:
        raise refusal
    return Identified(_new_provisional(ctx, di)), True


def warn_withdrawn(ctx: Context, lot_id: int | None = None) -> int:
    """A WITHDRAWN warning for each lot on hand (or just `lot_id`) of a withdrawn device."""
    raised = 0
    for found_id, di, lot, day in ctx.uow.devices.withdrawn_lots(ctx.today, lot_id):
        add_alert(
            ctx,
            Alert(
                lot_id=found_id,
                kind=AlertKind.WITHDRAWN,
                level=Level.WARNING,
                raised=ctx.now,
                message=f"{di} lot {lot}: withdrawn from the market on {day.isoformat()}",
            ),
        )
        raised += 1
    return raised


@dataclass(slots=True)
class ItemsBrought:
    filled: int = 0
    levels: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def bring_items_up_to_date(ctx: Context) -> ItemsBrought:
    """Every item whose DI is a device's: filled, given its levels, its conflicts reported."""
    brought = ItemsBrought()
    for device in list(ctx.uow.devices.of_items()):
        item = ctx.uow.items.get(device.di)
        assert item is not None
        brought.conflicts += conflicts(item, device)
        before = fill_from_device(item, device)
        if before:
            ctx.uow.items.update(item)
            after = {k: getattr(item, k) for k in before}
            ctx.change("update_item", "item", item.di, before, {**after, "source": "udid"})
            brought.filled += 1
        brought.levels += len(add_device_levels(ctx, item, device))
    return brought


def _file_problem(error: UdiFileError) -> Refused:
    return Refused(
        Code.BAD_UDI_FILE,
        str(error),
        udid_code=error.code.value,
        file=error.file,
        line=error.line,
        column=error.column,
        record=error.record,
        field=error.field,
    )


def import_udi_database(ctx: Context, cmd: ImportUdiDatabase) -> ActionResult:
    replacing = ctx.uow.devices.count() > 0
    try:
        devices, levels = ctx.uow.devices.put(cmd.devices, replacing)
    except UdiFileError as error:
        raise _file_problem(error) from None
    brought = bring_items_up_to_date(ctx)
    withdrawn = warn_withdrawn(ctx)
    found = [asdict(c) for c in brought.conflicts]
    summary = {
        "files": list(cmd.files),
        "devices": devices,
        "package_levels": levels,
        "items_filled": brought.filled,
        "item_levels_added": brought.levels,
        "withdrawn_warnings": withdrawn,
        "conflicts": found,
    }
    ctx.change("import_udid", "udi_database", ctx.now.date().isoformat(), None, summary)
    return done(
        f"imported {devices} devices ({levels} package levels): {brought.filled} items filled, "
        f"{len(found)} conflict(s) reported, {withdrawn} withdrawn warning(s)",
        **summary,
    )


HANDLERS: dict[type, Any] = {ImportUdiDatabase: import_udi_database}
