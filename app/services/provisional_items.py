"""An item first met at the receiving dock: named by the operator, kept provisional.

A scan of an unknown GTIN must not be lost while master data catches up, so
the operator gives the item a name; the item stays provisional until a
master-data import supplies the real record (which clears the flag).
"""

from __future__ import annotations

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.model import Item
from app.services.action import ActionContext, ActionRequest, ActionResult, execute
from app.services.ports import UnitOfWork


def name_item(
    uow: UnitOfWork, clock: Clock, user: str, di: str, name: str, device: str = ""
) -> ActionResult:
    """Create the provisional item `di` named `name`, or rename it if still provisional."""
    name = name.strip()

    def handler(ctx: ActionContext) -> ActionResult:
        if not name:
            raise DomainError(Code.BAD_REQUEST, "the item needs a name")
        item = ctx.uow.items.get(di)
        if item is None:
            ctx.uow.items.add(Item(di=di, name=name, provisional=True))
            after = {"di": di, "name": name, "provisional": True}
            ctx.audit("create_item", "item", di, None, after)
        elif item.provisional:
            before = {"name": item.name}
            item.name = name
            ctx.uow.items.update(item)
            ctx.audit("update_item", "item", di, before, {"name": name})
        else:
            raise DomainError(
                Code.BAD_REQUEST, f"item {di} is in the master data: rename it there", di=di
            )
        ctx.uow.outbox.append("item_seen", {"di": di, "name": name}, ctx.now, ctx.user.username)
        return ActionResult(True, Code.ACCEPTED, f"item {di} named {name!r}", di=di)

    # Naming an item met at the dock is part of receiving: whoever may receive may do it.
    request = ActionRequest(action="receive", user=user, device=device)
    return execute(uow, clock, request, {"receive": handler})
