"""Items met at the dock, and QA's confirmation that one may reach a patient.

A scan of an unknown GTIN must not be lost while master data catches up, so
the operator gives the item a name; it stays provisional, and its lots are
held (NOT_REGISTERED), until it gets its registration or filing number:
from a master-data import, the centre, the national UDI database, or a QA
user's confirmation here.
"""

from __future__ import annotations

from typing import Any

from app.domain.model import Item
from app.errors import Code, Refused
from app.services.commands import ConfirmItem, NameItem
from app.services.context import ActionResult, Context


def name_item(ctx: Context, cmd: NameItem) -> ActionResult:
    """Create the provisional item `di` named `name`, or rename it if still provisional."""
    name = cmd.name.strip()
    if not name:
        raise Refused(Code.MISSING_FIELD, "the item needs a name", field="name")
    item = ctx.uow.items.get(cmd.di)
    event = ("item_seen", {"di": cmd.di, "name": name})
    if item is None:
        ctx.uow.items.add(Item(di=cmd.di, name=name, provisional=True))
        after = {"di": cmd.di, "name": name, "provisional": True}
        ctx.change("create_item", "item", cmd.di, None, after, event)
    elif item.provisional:
        before = {"name": item.name}
        item.name = name
        ctx.uow.items.update(item)
        ctx.change("update_item", "item", cmd.di, before, {"name": name}, event)
    else:
        raise Refused(
            Code.ITEM_IN_MASTER_DATA,
            f"item {cmd.di} is in the master data: rename it there",
            di=cmd.di,
        )
    return ActionResult(True, Code.ACCEPTED, f"item {cmd.di} named {name!r}", di=cmd.di)


def confirm_item(ctx: Context, cmd: ConfirmItem) -> ActionResult:
    """QA gives a provisional item its registration number: its lots may now be used."""
    number = cmd.registration_no.strip()
    if not number:
        raise Refused(
            Code.MISSING_FIELD,
            "a registration or filing number is required",
            field="registration_no",
        )
    item = ctx.uow.items.get(cmd.di)
    if item is None:
        raise Refused(Code.UNKNOWN_ITEM, f"item {cmd.di} is not known here", di=cmd.di)
    before = {
        "registration_no": item.registration_no,
        "provisional": item.provisional,
        "name": item.name,
        "name_zh": item.name_zh,
    }
    item.registration_no = number
    item.provisional = False
    item.name = cmd.name.strip() or item.name
    item.name_zh = cmd.name_zh.strip() or item.name_zh
    after = {
        "registration_no": number,
        "provisional": False,
        "name": item.name,
        "name_zh": item.name_zh,
    }
    if before == after:
        raise Refused(Code.NOTHING_TO_DO, f"item {cmd.di} already has that number", di=cmd.di)
    ctx.uow.items.update(item)
    ctx.change(
        "confirm_item", "item", cmd.di, before, after, ("item_confirmed", {"di": cmd.di, **after})
    )
    return ActionResult(True, Code.ACCEPTED, f"item {cmd.di} registered as {number}", di=cmd.di)


HANDLERS: dict[type, Any] = {NameItem: name_item, ConfirmItem: confirm_item}
