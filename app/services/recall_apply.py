"""A recall reaching a site: its lots blocked, an alert raised, tasks made, in one transaction.

Called inside an action's transaction: creating a recall locally, a page of
central changes in sync, or a receipt of a lot an open recall covers. What
the recall does on its own (blocking a lot, raising its alert) is recorded
as the device's, the rules' derived write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.model import AlertKind, Hold, Level, LocationKind, Lot, Role
from app.domain.notifications import Notice, NoticeCode
from app.domain.recall import Recall
from app.services import dispositions
from app.services.alerts import alert_event, alert_raised
from app.services.context import Context
from app.services.notifications import queue_for, responsible, supervisors

CENTRE = "centre"


def _take_in(
    ctx: Context, recall: Recall, lots: Sequence[Lot]
) -> tuple[list[Lot], dict[str, object]]:
    """Make the lots part of the case, each blocked unless this is a drill and alerted;
    returns those that were not part of it already (the rest are left as they are) and
    how their alerts were assigned (dispositions.assignment; empty when there are none).

    Set-based: a recall of a GTIN may cover thousands of lots. One audit entry per
    lot: its block with its figures (the units it held here, its alert), or, when this
    recall blocks nothing (a drill, a lot already under recall), its alert alone. Each
    seals the alert's event to the centre.
    """
    joined = set(ctx.uow.recalls.add_lots(recall.id, [lot.id for lot in lots if lot.id], ctx.now))
    lots = [lot for lot in lots if lot.id in joined]
    # Plain values, looked up once: the loops below run once per lot.
    recalled, kind, level = Hold.RECALL, AlertKind.RECALL.value, Level.CRITICAL.value
    blocked: dict[int | None, dict[str, str]] = {}
    if not recall.drill:
        reason = f"{recall.reason} [{recall.id}]"
        for lot in lots:
            if lot.hold is not recalled:
                blocked[lot.id] = {"hold": lot.hold.value, "hold_reason": lot.hold_reason}
                lot.hold, lot.hold_reason = recalled, reason
        ctx.uow.lots.save_statuses([lot for lot in lots if lot.id in blocked])
    held = ctx.uow.recalls.units_held([lot_id for lot_id in blocked if lot_id is not None])
    drill = "DRILL 演练 " if recall.drill else ""
    message = f"{drill}recall {recall.id} (level {recall.level}): {recall.reason}"
    days, owners = dispositions.due_days(ctx.uow), dispositions.category_owners(ctx.uow)
    ids = ctx.uow.alerts.raise_for_lots(
        [lot.id for lot in lots if lot.id is not None],
        AlertKind.RECALL,
        Level.CRITICAL,
        message,
        ctx.now,
        days,
        owners,
    )
    assigned = dispositions.assignment(ids[0], ids[-1], days, owners) if ids else {}
    hold = recalled.value
    for lot, alert_id in zip(lots, ids, strict=True):
        event = alert_event(lot.id, kind, level, message)
        before = blocked.get(lot.id)
        if before is None:
            alert_raised(ctx, alert_id, event)
            continue
        assert lot.id is not None  # a lot made part of the case is stored
        after = {
            "hold": hold,
            "hold_reason": lot.hold_reason,
            "recall": recall.id,
            "on_hand": held.get(lot.id, 0),
            "alert": alert_id,
            "level": level,
        }
        ctx.change(
            "recall_block", "lot", f"{lot.di}/{lot.lot}", before, after, event, by_system=True
        )
    return lots, assigned


def _make_tasks(ctx: Context, recall: Recall, lot_ids: Sequence[int]) -> int:
    """One task per location holding stock, one per department that received any."""
    if not lot_ids:
        return 0
    uow = ctx.uow
    held: dict[str, int] = {}
    for code, kind, units in uow.recalls.held_by_location(lot_ids):
        if LocationKind(kind).holds_stock and units > 0:
            held[code] = held.get(code, 0) + units
    received: dict[str, int] = {}
    for move, code, kind, units in uow.recalls.flows_by_location(lot_ids):
        if kind == LocationKind.DEPARTMENT.value:
            sign = 1 if move == "pick" else -1
            received[code] = received.get(code, 0) + sign * units
    made = 0
    for kind, places in (("location", held), ("department", received)):
        for code, quantity in sorted(places.items()):
            location = uow.locations.get(code)
            assert location is not None and location.id is not None
            uow.recalls.add_task(recall.id, kind, location.id, quantity, ctx.now)
            made += 1
            people = supervisors(uow, Role.QA) + responsible(uow, location.id)
            task = {
                "recall": recall.id,
                "location": code,
                "name": location.name,
                "quantity": str(quantity),
                "reason": recall.reason,
            }
            cause = f"recall_task:{recall.id}:{code}"
            queue_for(ctx, Notice(NoticeCode.RECALL_TASK, cause, task, tuple(people)))
    return made


def apply_recall(ctx: Context, recall: Recall) -> dict[str, Any]:
    """Bring a recall into force at this site; the recall is already stored."""
    lots, assigned = _take_in(ctx, recall, ctx.uow.recalls.matching_lots(recall.scope))
    tasks = _make_tasks(ctx, recall, [lot.id for lot in lots if lot.id is not None])
    recall.applied_at = ctx.now
    ctx.uow.recalls.save_status(recall)
    applied = {
        "id": recall.id,
        "applied_at": ctx.now,
        "drill": recall.drill,
        "lots": [lot.lot for lot in lots],
        "tasks": tasks,
    }
    # The centre learns when each site locked the lots (recall timings).
    ctx.change(
        "apply_recall",
        "recall",
        recall.id,
        None,
        {**applied, "assigned": assigned},
        ("recall_applied", {**applied, "di": recall.scope.di}),
        by_system=True,
    )
    return applied


def apply_central_recall(ctx: Context, data: Mapping[str, Any]) -> None:
    """A recall from the centre's change log; a repeat delivery changes nothing."""
    recall = Recall.from_json(data, origin=CENTRE)
    if ctx.uow.recalls.get(recall.id) is not None:
        return
    ctx.uow.recalls.add(recall)
    ctx.change("receive_recall", "recall", recall.id, None, dict(data), by_system=True)
    apply_recall(ctx, recall)


def cover_received_lot(ctx: Context, lot: Lot, serial: str | None) -> list[str]:
    """A receipt of a lot an open recall covers: it joins the case (and is blocked) at once."""
    serials = [serial] if serial else []
    covering = [
        recall
        for recall in ctx.uow.recalls.open_for_di(lot.di)
        if recall.scope.covers(lot.di, lot.lot, lot.production_date, serials)
    ]
    joined = []
    for recall in covering:
        taken, assigned = _take_in(ctx, recall, [lot])
        if taken:
            assert lot.id is not None
            _make_tasks(ctx, recall, [lot.id])
            after = {"id": recall.id, "lot": lot.lot, "at": ctx.now}
            ctx.change(
                "recall_lot",
                "recall",
                recall.id,
                None,
                {**after, "assigned": assigned},
                ("recall_applied", {**after, "di": lot.di, "lots": [lot.lot]}),
                by_system=True,
            )
            joined.append(recall.id)
    return joined
