"""The closed loop: every warning owned and due, a disposition chosen, the warning closed.

In the statement that raises a warning (the day's `RaiseAlerts`, a recall's
alerts), or else in its transaction (`after_change`, run by the executor after
every handler), the warning gets its owner — the responsible person of the
location holding most of the lot, else the owner of the item's category (site
setting `category_owners`) — and its due time by level
(`due_days_critical|warning|notice`, defaults 1, 3 and 7 days; an expired
lot's is the critical one): one rule, app.adapters.loop.owner_and_due. The
owner, or a supervisor, chooses a disposition (`ChooseDisposition`,
app.domain.disposition says which). The warning closes when the disposition's action is done — the
executor sees the movement it names recorded for the lot (`CLOSES_ON`) — or,
for "no action", when a supervisor other than the one who chose it accepts
the reason (`AcceptNoAction`). The day's raising sends overdue warnings to
the supervisor (`escalated_at`; site setting `escalate_to`), and the status
bar counts them.

Minimum stock: an item's `min_stock`, else its category's
(`category_min_stock`), against its released, unheld units on hand. An item
below it gets one open low-stock warning (the item's, no lot), closed when
stock is back at or above it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from itertools import chain
from typing import Any

from app.domain.disposition import CLOSES_ON, Disposition, DueTimes
from app.domain.model import AlertKind, Level, LocationKind, Lot, QcStatus, Role
from app.domain.notifications import id_spans
from app.domain.rules import fefo_choice
from app.errors import Code, Refused
from app.services.commands import AcceptNoAction, ChooseDisposition
from app.services.context import ActionResult, Context, done, lot_state
from app.services.notifications import notify_overdue_dispositions, supervisors
from app.services.ports import UnitOfWork
from app.services.settings import site_setting

_SUPERVISING = frozenset({Role.SUPERVISOR, Role.ADMIN})


def due_days(uow: UnitOfWork) -> dict[str, int]:
    """Days from a warning's raising to its due time, by level (the site's settings)."""
    due = DueTimes(
        critical_days=int(site_setting(uow, "due_days_critical")),
        warning_days=int(site_setting(uow, "due_days_warning")),
        notice_days=int(site_setting(uow, "due_days_notice")),
    )
    return {level.value: due.due_after(level).days for level in Level}


def assignment(
    first: int, last: int, days: dict[str, int], owners: dict[str, str]
) -> dict[str, object]:
    """What an audit entry says of the warnings it raised with their owners and due times
    (ids first..last): the settings owner_and_due applied."""
    return {
        "alerts": last - first + 1,
        "first": first,
        "last": last,
        "due_days": days,
        "category_owners": owners,
    }


def category_owners(uow: UnitOfWork) -> dict[str, str]:
    owners: dict[str, str] = json.loads(site_setting(uow, "category_owners"))
    return owners


def category_minimums(uow: UnitOfWork) -> dict[str, int]:
    minimums: dict[str, int] = json.loads(site_setting(uow, "category_min_stock"))
    return minimums


# --- what the executor runs after every handler ----------------------------------------


def after_change(ctx: Context) -> None:
    """Close what the handler's movements completed, check minimum stock of the items
    they moved, and give every new warning its owner and due time: a few statements
    over what this action reported, whatever the store holds."""
    moved = _moved_lots(ctx)
    if moved:
        _close_done(ctx, moved)
        watched = _with_minimum(ctx, {item_id for _, item_id, _ in moved})
        if watched:
            check_minimum_stock(ctx, watched)
    assign_new(ctx)


def _with_minimum(ctx: Context, item_ids: set[int]) -> list[int]:
    """The moved items that have a minimum (their own or their category's): only they can
    fall below one. (An item whose minimum was removed has its open low-stock warning
    closed by the day's check of every item, `check_minimum_stock(ctx, None)`.) The items
    the action's scans named are known already; any other is read."""
    minimums = category_minimums(ctx.uow)
    watched = []
    for item_id in sorted(item_ids):
        item = ctx.items.get(item_id) or ctx.uow.items.get_by_id(item_id)
        if item is not None and (item.min_stock > 0 or minimums.get(item.category, 0) > 0):
            watched.append(item_id)
    return watched


def _moved_lots(ctx: Context) -> list[tuple[int, int, str]]:
    """(lot id, item id, movement type) of each movement the handler recorded, in order,
    as `ctx.record` kept them: nothing read back."""
    return [(lot_id, item_id, kind.value) for lot_id, item_id, kind in ctx.recorded]


def _close_done(ctx: Context, moved: Sequence[tuple[int, int, str]]) -> None:
    """The moved lots' warnings whose chosen action one of their movements did, closed by
    the first such movement (one read of ix_alerts_chosen_open for all the lots)."""
    types: dict[int, list[str]] = {}
    for lot_id, _, kind in moved:
        types.setdefault(lot_id, []).append(kind)
    order = {lot_id: n for n, lot_id in enumerate(types)}
    chosen_open = ctx.uow.loop.chosen_for_lots(list(types))
    for alert_id, lot_id, chosen in sorted(chosen_open, key=lambda a: (order[a[1]], a[0])):
        closes_on = CLOSES_ON[Disposition(chosen)]
        done_by = next((m for m in types[lot_id] if m in closes_on), None)
        if done_by is None:
            continue
        how = f"movement:{done_by}"
        ctx.uow.loop.close(alert_id, ctx.now, ctx.username, how)
        after = {"alert_id": alert_id, "disposition": chosen, "closed_how": how}
        ctx.change("close_alert", "alert", str(alert_id), None, after, ("alert_closed", after))


def assign_new(ctx: Context) -> None:
    """Every warning raised in this transaction gets its owner and due time (one statement);
    the settings are read only when there is one (ix_alerts_unassigned says). The day's
    raising and a recall write theirs with them (app.adapters.loop.owner_and_due)."""
    if not ctx.uow.loop.any_unassigned():
        return
    days = due_days(ctx.uow)
    assigned = ctx.uow.loop.assign_unassigned(days, category_owners(ctx.uow))
    if assigned is None:
        return
    n, first, last = assigned
    summary = {"alerts": n, "first": first, "last": last, "due_days": days}
    ctx.change("assign_alerts", "alerts", str(first), None, summary, by_system=True)


def check_minimum_stock(ctx: Context, item_ids: Sequence[int] | None) -> int:
    """Raise low-stock warnings for items below their minimum; close those restocked."""
    below, restocked = ctx.uow.loop.below_minimum(item_ids, category_minimums(ctx.uow))
    for item_id, on_hand, minimum in below:
        alert_id = ctx.uow.loop.raise_low_stock(item_id, on_hand, minimum, "", ctx.now)
        state = {
            "item_id": item_id,
            "kind": AlertKind.LOW_STOCK.value,
            "on_hand": on_hand,
            "minimum": minimum,
        }
        ctx.change(
            "raise_alert", "alert", str(alert_id), None, state, ("alert", state), by_system=True
        )
    for item_id, alert_id in restocked:
        ctx.uow.loop.close(alert_id, ctx.now, ctx.username, "restocked")
        after = {"alert_id": alert_id, "item_id": item_id, "closed_how": "restocked"}
        ctx.change("close_alert", "alert", str(alert_id), None, after, ("alert_closed", after))
    return len(below)


def escalate_overdue(ctx: Context) -> int:
    """Open warnings past due go to the supervisor (the day's raising runs this), marked
    in one statement; the supervisors hear of them in one digest and each owner of theirs
    in another, and the audit entry names every one."""
    by_owner = ctx.uow.loop.escalate(ctx.now)
    escalated = sorted(chain.from_iterable(by_owner.values()))
    n = len(escalated)
    if n:
        to = site_setting(ctx.uow, "escalate_to")
        above = supervisors(ctx.uow) if to == "supervisors" else [to]
        notify_overdue_dispositions(ctx, above, escalated, by_owner)
        after = {"escalated": n, "to": to, "alerts": id_spans(escalated)}
        ctx.change(
            "escalate_alerts",
            "alerts",
            ctx.now.date().isoformat(),
            None,
            after,
            ("alerts_escalated", after),
            by_system=True,
        )
    return n


# --- the owner's choice and the supervisor's acceptance ---------------------------------


def choose(ctx: Context, cmd: ChooseDisposition) -> ActionResult:
    alert = ctx.uow.alerts.get(cmd.alert_id)
    if alert is None:
        raise Refused(Code.UNKNOWN_ALERT, f"no alert {cmd.alert_id}", alert_id=cmd.alert_id)
    if not ctx.uow.loop.is_open(cmd.alert_id):
        raise Refused(Code.ALERT_CLOSED, f"alert {cmd.alert_id} is closed", alert_id=cmd.alert_id)
    try:
        disposition = Disposition(cmd.disposition)
    except ValueError:
        raise Refused(
            Code.BAD_FIELD,
            f"disposition is one of {', '.join(d.value for d in Disposition)}",
            field="disposition",
            known=[d.value for d in Disposition],
        ) from None
    owner = alert.assigned_to
    if ctx.actor.role not in _SUPERVISING and owner.lower() != ctx.username.lower():
        raise Refused(
            Code.NOT_OWNER,
            f"alert {cmd.alert_id} is {owner or 'nobody'}'s to dispose of (or a supervisor's)",
            owner=owner,
            user=ctx.username,
        )
    reason, target = cmd.reason.strip(), cmd.target.strip()
    lot = ctx.uow.lots.get_by_id(alert.lot_id) if alert.lot_id is not None else None
    if lot is None and disposition is not Disposition.NO_ACTION:
        raise Refused(
            Code.NOT_FOR_ITEM_WARNING,
            f"a {alert.kind.value} warning has no lot to {disposition.value}: only no action",
            disposition=disposition.value,
        )
    if lot is not None:
        ctx.lot = lot
        _check(ctx, lot, disposition, target)
    if disposition is Disposition.NO_ACTION:
        reason = ctx.require_reason(reason)
    before = {
        "disposition": alert.disposition,
        "by": alert.disposition_by,
        "reason": alert.disposition_reason,
        "target": alert.disposition_target,
    }
    ctx.uow.loop.choose(cmd.alert_id, disposition.value, ctx.username, ctx.now, reason, target)
    after = {
        "alert_id": cmd.alert_id,
        "disposition": disposition.value,
        "by": ctx.username,
        "at": ctx.now,
        "reason": reason,
        "target": target,
    }
    ctx.change(
        "choose_disposition", "alert", str(cmd.alert_id), before, after, ("disposition", after)
    )
    if disposition is Disposition.SECOND_INSPECTION:
        assert lot is not None
        _qc_hold(ctx, lot)
    message = f"alert {cmd.alert_id}: {disposition.value}"
    detail: dict[str, Any] = {"alert_id": cmd.alert_id, "disposition": disposition.value}
    return ctx.result(lot, message, **detail) if lot is not None else done(message, **detail)


def _check(ctx: Context, lot: Lot, disposition: Disposition, target: str) -> None:
    if disposition is Disposition.USE_FIRST:
        _first_in_fefo(ctx, lot)
        if target:
            ctx.location_of_kind(target, "target", LocationKind.DEPARTMENT)
    elif disposition is Disposition.TRANSFER and not target:
        raise Refused(Code.MISSING_FIELD, "a transfer needs the site it goes to", field="target")
    elif disposition is Disposition.RETURN_TO_SUPPLIER:
        _within_return_window(ctx, lot)


def _first_in_fefo(ctx: Context, lot: Lot) -> None:
    item = ctx.uow.items.get_by_id(lot.item_id)
    assert item is not None and item.id is not None
    lines = [
        line
        for line in ctx.uow.stock.lines_for_item(item.id)
        if line.location.kind is LocationKind.STORAGE
    ]
    first = fefo_choice(lines, ctx.today, ctx.policy.do_not_issue_for(item.category), True)
    if first is None or first.lot.id != lot.id:
        raise Refused(
            Code.NOT_FIRST_IN_FEFO,
            f"lot {lot.lot} is not the first in FEFO order"
            + (f": {first.lot.lot} at {first.location.code} is" if first else ""),
            fefo_lot=first.lot.lot if first else None,
            fefo_location=first.location.code if first else None,
        )


def _within_return_window(ctx: Context, lot: Lot) -> None:
    supplier = ctx.uow.suppliers.get_by_id(lot.supplier_id) if lot.supplier_id else None
    if supplier is None:
        raise Refused(Code.NO_SUPPLIER, f"lot {lot.lot} has no supplier on record")
    received = lot.first_received.date() if lot.first_received else ctx.today
    last = received + timedelta(days=supplier.return_window_days)
    if supplier.return_window_days <= 0 or ctx.today > last:
        raise Refused(
            Code.RETURN_WINDOW_PASSED,
            f"{supplier.code} takes lots back within {supplier.return_window_days} day(s) "
            f"of receipt; lot {lot.lot} was received {received}",
            supplier=supplier.code,
            window_days=supplier.return_window_days,
            received=received,
            last_day=last,
        )


def _qc_hold(ctx: Context, lot: Lot) -> None:
    """Second inspection: the lot waits for QC again (QA's task on the quality screen)."""
    before = lot_state(lot)
    lot.qc = QcStatus.PENDING
    ctx.uow.lots.save_status(lot)
    after = lot_state(lot)
    ctx.change(
        "second_inspection",
        "lot",
        f"{lot.di}/{lot.lot}",
        before,
        after,
        ("lot_status", {"action": "second_inspection", **after}),
    )


def accept(ctx: Context, cmd: AcceptNoAction) -> ActionResult:
    alert = ctx.uow.alerts.get(cmd.alert_id)
    if alert is None:
        raise Refused(Code.UNKNOWN_ALERT, f"no alert {cmd.alert_id}", alert_id=cmd.alert_id)
    if not ctx.uow.loop.is_open(cmd.alert_id):
        raise Refused(Code.ALERT_CLOSED, f"alert {cmd.alert_id} is closed", alert_id=cmd.alert_id)
    if alert.disposition != Disposition.NO_ACTION.value:
        raise Refused(
            Code.NOTHING_TO_ACCEPT,
            f"alert {cmd.alert_id} has no 'no action' reason to accept",
            disposition=alert.disposition,
        )
    chooser = alert.disposition_by or ""
    if chooser.lower() == ctx.username.lower():
        raise Refused(
            Code.SECOND_PERSON_REQUIRED,
            "no action: the reason is accepted by a supervisor other than who gave it",
            rule="no_action_acceptance",
            first=chooser,
        )
    ctx.uow.loop.close(cmd.alert_id, ctx.now, ctx.username, "accepted")
    after = {
        "alert_id": cmd.alert_id,
        "closed_how": "accepted",
        "reason": alert.disposition_reason,
        "chosen_by": chooser,
        "note": cmd.note.strip(),
    }
    ctx.change(
        "accept_disposition", "alert", str(cmd.alert_id), None, after, ("alert_closed", after)
    )
    lot = ctx.uow.lots.get_by_id(alert.lot_id) if alert.lot_id is not None else None
    message = f"alert {cmd.alert_id} closed: no action accepted"
    if lot is not None:
        return ctx.result(lot, message, alert_id=cmd.alert_id)
    return done(message, alert_id=cmd.alert_id)


HANDLERS: dict[type, Any] = {ChooseDisposition: choose, AcceptNoAction: accept}


# --- reads ----------------------------------------------------------------------------


def use_first_lots(uow: UnitOfWork, department: str | None = None) -> set[tuple[str, str]]:
    """(di, lot) of lots their owner chose to use first, for `department`'s pick lists
    (a choice naming no department tops every department's)."""
    with uow:
        return {
            (di, lot)
            for di, lot, target in uow.loop.use_first()
            if not target or department is None or target == department
        }
