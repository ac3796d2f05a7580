"""The one way anything changes a site store: `execute(uow, clock, actor, command)`.

The screens, `batch`, every CLI command and sync apply call it. In one
transaction it checks that the actor is an active user permitted the
command's action, runs the command's handler, raises any tier alert the
change made due, and writes an audit entry (and outbox event) for each
change the handler reported. A refusal changes nothing, except that a
refusal that raises an alert (DATA_MISMATCH) keeps its alert.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.clock import Clock
from app.domain.identity import Actor
from app.errors import Code, Refused, RefusedWithAlert
from app.services import (
    alerts,
    central_data,
    counting,
    dispositions,
    items,
    master_data,
    notifications,
    people,
    recalls,
    refusals,
    settings,
    status,
    stock,
    transfers,
    udi,
)
from app.services import climate as cold_chain
from app.services.commands import Command
from app.services.context import ActionResult, Context, permitted_actor
from app.services.ports import UnitOfWork

# Where the store keeps the verdict of its last full integrity check (app.adapters.store).
INTEGRITY_SETTING = "integrity_check"

Handler = Callable[[Context, Any], ActionResult]

HANDLERS: dict[type[Command], Handler] = {
    **stock.HANDLERS,
    **status.HANDLERS,
    **counting.HANDLERS,
    **alerts.HANDLERS,
    **items.HANDLERS,
    **master_data.HANDLERS,
    **settings.HANDLERS,
    **recalls.HANDLERS,
    **central_data.HANDLERS,
    **people.HANDLERS,
    **refusals.HANDLERS,
    **udi.HANDLERS,
    **cold_chain.HANDLERS,
    **dispositions.HANDLERS,
    **transfers.HANDLERS,
    **notifications.HANDLERS,
}


def execute(uow: UnitOfWork, clock: Clock, actor: Actor, command: Command) -> ActionResult:
    """Run one command in one transaction; returns what happened, never raises a Refused."""
    handler = HANDLERS.get(type(command))
    if handler is None:
        return ActionResult(False, Code.UNKNOWN_ACTION, f"no handler for {type(command).__name__}")
    with uow:
        ctx = Context(uow, clock, actor)
        try:
            authorise(ctx, command)
            result = handler(ctx, command)
            alerts.raise_due(ctx)
            dispositions.after_change(ctx)
            ctx.flush()
            uow.commit()
            return result
        except RefusedWithAlert as refusal:
            uow.rollback()
            kept = Context(uow, clock, actor)
            alerts.keep_refusal_alert(kept, refusal)
            dispositions.assign_new(kept)
            kept.flush()
            uow.commit()
            return refused(refusal, ctx)
        except Refused as refusal:
            uow.rollback()
            result = refused(refusal, ctx)
            note_refused_scan(uow, ctx, command, result)
            return result


def authorise(ctx: Context, command: Command) -> None:
    """The actor is still an active user (the centre may have changed them) and permitted."""
    action = command.permission()
    actor = ctx.actor
    integrity = ctx.uow.settings.get(INTEGRITY_SETTING) or ""
    if "damaged" in integrity:
        raise Refused(
            Code.STORE_DAMAGED,
            f"the last integrity check found damage ({integrity}): restore the store first",
            checked=integrity,
        )
    if not actor.is_system:
        user = ctx.uow.users.get(actor.username)
        if user is None or not user.active:
            raise Refused(
                Code.UNKNOWN_USER, f"no active user {actor.username!r}", user=actor.username
            )
        if user.role is not actor.role:
            ctx.actor = actor = Actor(
                user.username,
                user.role,
                user.display_name,
                actor.device,
                actor.credential,
                actor.upload,
            )
    if not permitted_actor(actor, action):
        raise Refused(
            Code.NOT_PERMITTED,
            f"{actor.username} ({actor.role.value if actor.role else actor.credential.value}) "
            f"may not {action.value.replace('_', ' ')}",
            action=action.value,
            role=actor.role.value if actor.role else None,
            credential=actor.credential.value,
        )


def refused(refusal: Refused, ctx: Context) -> ActionResult:
    detail = dict(refusal.detail)
    scan, lot = ctx.scan, ctx.lot
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


# Refusals of who acts, not of what was scanned: no scan was judged.
_NOT_A_SCAN_VERDICT = frozenset({Code.NOT_PERMITTED, Code.UNKNOWN_USER, Code.STORE_DAMAGED})


def note_refused_scan(
    uow: UnitOfWork, ctx: Context, command: Command, result: ActionResult
) -> None:
    """A refused scan is noted for the mismatch rate (app.services.kpis), after the rollback."""
    if not getattr(command, "scan", None) or result.code in _NOT_A_SCAN_VERDICT:
        return
    noted = uow.scan_refusals.add(
        ctx.now,
        ctx.username,
        ctx.device,
        type(command).__name__,
        result.code.value,
        result.di,
        result.lot,
    )
    if noted:
        uow.commit()


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
