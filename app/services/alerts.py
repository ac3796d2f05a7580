"""Warnings: tier alerts raised when they fall due, listed, acknowledged (seen).

A tier alert is raised in the same transaction as the receipt, move or
status change that makes it due (`raise_due`, called by the executor), and
for every lot in stock by the day's `RaiseAlerts` (the device's timer at
start and at each day change, and the `alerts` command). A lot that enters
a higher tier closes its lower tiers' open alerts. The open warnings — what
the warnings screen lists and the status bar counts, from one query — are
the alerts not closed (app.services.dispositions: an acknowledgement says
someone saw it, it closes nothing) and not superseded by a higher tier, of
lots still in stock (or of any kind other than expiry).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.model import Alert, AlertKind, Level
from app.domain.notifications import Notice, NoticeCode
from app.domain.policy import Policy
from app.domain.rules import TierWindow, days_left, expiry_level, tier_windows
from app.errors import Code, Refused, RefusedWithAlert
from app.services import dispositions
from app.services.commands import AcknowledgeAlert, RaiseAlerts
from app.services.context import ActionResult, Context, done
from app.services.notifications import queue_for, supervisors, warn_critical
from app.services.ports import UnitOfWork, WarningCounts, WarningFilter


def _windows(
    policy: Policy, categories: list[str], on: date
) -> tuple[list[TierWindow], dict[str, list[TierWindow]]]:
    default = tier_windows(on, policy.tiers_for(""))
    special = {
        cat: tier_windows(on, policy.tiers_for(cat))
        for cat in categories
        if cat in policy.tiers_by_category
    }
    return default, special


def alert_event(
    lot_id: int | None, kind: str, level: str, message: str
) -> tuple[str, dict[str, object]]:
    """What the centre hears of an alert raised, from plain values: a recall reports
    thousands."""
    return "alert", {"lot_id": lot_id, "kind": kind, "level": level, "message": message}


def add_alert(ctx: Context, alert: Alert) -> Alert:
    """An alert a rule raised: audited as the device's, heard by the centre."""
    alert = ctx.uow.alerts.add(alert)
    event = alert_event(alert.lot_id, alert.kind.value, alert.level.value, alert.message)
    alert_raised(ctx, alert.id, event)
    # One lot's warning reaches people at once; a recall's many alerts do not (its
    # tasks are what is sent: app.services.recall_apply).
    warn_critical(ctx, alert.id, alert.lot_id, alert.level, alert.kind)
    return alert


def alert_raised(ctx: Context, alert_id: int | None, event: tuple[str, dict[str, object]]) -> None:
    """Report an alert written (`add_alert`, or many at once): the device's change."""
    ctx.change("raise_alert", "alert", str(alert_id), None, event[1], event, by_system=True)


def keep_refusal_alert(ctx: Context, refusal: RefusedWithAlert) -> None:
    add_alert(ctx, refusal.alert)


def raise_due(ctx: Context) -> None:
    """Tier alerts the lots this action touched have fallen into, in its transaction."""
    for lot in ctx.touched.values():
        if lot.expiry is None or lot.id is None:
            continue
        item = ctx.uow.items.get_by_id(lot.item_id)
        level = expiry_level(
            lot.expiry, ctx.today, ctx.policy.tiers_for(item.category if item else "")
        )
        if level is None:
            continue
        alert_id = ctx.uow.alerts.raise_for_lot(lot.id, level, ctx.now)
        if alert_id is None:
            continue
        ctx.uow.alerts.supersede_lower([lot.id], ctx.now)
        state = {"lot_id": lot.id, "kind": AlertKind.EXPIRY.value, "level": level.value}
        ctx.change(
            "raise_alert", "alert", str(alert_id), None, state, ("alert", state), by_system=True
        )
        warn_critical(ctx, alert_id, lot.id, level, AlertKind.EXPIRY)


def raise_alerts(ctx: Context, cmd: RaiseAlerts) -> ActionResult:
    """Raise an alert for every lot in stock that has entered a tier it has no alert for,
    each written with its owner and due time; one audit entry says what was raised and
    how it was assigned."""
    day = cmd.on or ctx.today
    raised: dict[str, int] = {}
    days, owners = dispositions.due_days(ctx.uow), dispositions.category_owners(ctx.uow)
    first = ctx.uow.alerts.last_id() + 1
    default, special = _windows(ctx.policy, ctx.uow.items.categories(), day)
    for categories, exclude, windows in [
        (None, list(special), default),
        *[([category], [], windows) for category, windows in special.items()],
    ]:
        for window in windows:
            n = ctx.uow.alerts.raise_expiry(window, categories, exclude, ctx.now, days, owners)
            raised[window.level.value] = raised.get(window.level.value, 0) + n
    total = sum(raised.values())
    if total:
        ctx.uow.alerts.supersede_lower(None, ctx.now)
        assigned = dispositions.assignment(first, ctx.uow.alerts.last_id(), days, owners)
        after = {"raised": raised, "assigned": assigned}
        ctx.change("raise_expiry_alerts", "alerts", day.isoformat(), None, after)
        critical = raised.get(Level.CRITICAL.value, 0) + raised.get(Level.EXPIRED.value, 0)
        if critical:
            # The day's raise over the whole store: one digest, not one message per lot.
            digest = Notice(
                NoticeCode.CRITICAL_WARNINGS,
                f"critical_warnings:{day.isoformat()}",
                {"day": day.isoformat(), "count": str(critical)},
                tuple(supervisors(ctx.uow)),
            )
            queue_for(ctx, digest)
    low_stock = dispositions.check_minimum_stock(ctx, None)
    dispositions.assign_new(ctx)
    escalated = dispositions.escalate_overdue(ctx)
    return done(
        f"{total} alert(s) raised",
        raised=raised,
        on=day,
        low_stock=low_stock,
        escalated=escalated,
    )


def acknowledge(ctx: Context, cmd: AcknowledgeAlert) -> ActionResult:
    alert = ctx.uow.alerts.get(cmd.alert_id)
    if alert is None:
        raise Refused(Code.UNKNOWN_ALERT, f"no alert {cmd.alert_id}", alert_id=cmd.alert_id)
    if alert.acknowledged_at is not None:
        raise Refused(
            Code.NOTHING_TO_DO,
            f"alert {cmd.alert_id} was acknowledged by {alert.acknowledged_by}",
            by=alert.acknowledged_by,
        )
    ctx.uow.alerts.acknowledge(cmd.alert_id, ctx.username, ctx.now)
    after = {"alert_id": cmd.alert_id, "by": ctx.username, "at": ctx.now}
    ctx.change(
        "acknowledge_alert",
        "alert",
        str(cmd.alert_id),
        {"acknowledged": False},
        after,
        ("alert_ack", after),
    )
    lot = ctx.uow.lots.get_by_id(alert.lot_id) if alert.lot_id is not None else None
    if lot is None:
        return done(f"alert {cmd.alert_id} acknowledged")
    return ctx.result(lot, f"alert {cmd.alert_id} acknowledged")


HANDLERS: dict[type, Any] = {RaiseAlerts: raise_alerts, AcknowledgeAlert: acknowledge}


# --- reading ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WarningRow:
    """One open warning as the warnings screen lists it."""

    alert_id: int
    kind: AlertKind
    level: Level
    raised: datetime
    message: str
    di: str
    lot: str
    expiry: date | None
    name: str
    name_zh: str
    on_hand: int
    location: str
    responsible: str
    acknowledged_by: str | None
    due_at: datetime | None = None
    disposition: str | None = None
    disposition_by: str | None = None
    disposition_reason: str = ""
    disposition_target: str = ""
    escalated: bool = False

    def overdue(self, now: datetime) -> bool:
        return self.due_at is not None and self.due_at < now

    def item_name(self, chinese: bool) -> str:
        return self.name_zh if chinese and self.name_zh else self.name

    def days_left(self, today: date) -> int | None:
        return days_left(self.expiry, today) if self.expiry else None


def _warning(row: dict[str, Any]) -> WarningRow:
    return WarningRow(
        alert_id=row["alert_id"],
        kind=AlertKind(row["kind"]),
        level=Level(row["level"]),
        raised=row["raised"],
        message=row["message"],
        di=row["di"],
        lot=row["lot"],
        expiry=row["expiry"],
        name=row["name"],
        name_zh=row["name_zh"],
        on_hand=row["on_hand"],
        location=row["location"] or "",
        responsible=row["assigned_to"] or "",
        acknowledged_by=row["acknowledged_by"],
        due_at=row["due_at"],
        disposition=row["disposition"],
        disposition_by=row["disposition_by"],
        disposition_reason=row["disposition_reason"] or "",
        disposition_target=row["disposition_target"] or "",
        escalated=row["escalated_at"] is not None,
    )


def open_warnings(
    uow: UnitOfWork, where: WarningFilter, offset: int = 0, limit: int = 200
) -> list[WarningRow]:
    """A page of the open warnings, most severe and soonest first."""
    with uow:
        return [_warning(r) for r in uow.queries.warnings(where, offset, limit)]


EVERY_WARNING = WarningFilter()


def count_open_warnings(uow: UnitOfWork, where: WarningFilter = EVERY_WARNING) -> int:
    """How many open warnings `where` selects (the warnings list's own count)."""
    with uow:
        return uow.queries.count_warnings(where)


SEVERE = (Level.CRITICAL, Level.EXPIRED)


def warning_counts(uow: UnitOfWork, now: datetime) -> WarningCounts:
    """The status bar's figures, one pass over the open warnings: every open warning (the
    list's count), the critical and expired ones, and those past their due time at `now`."""
    with uow:
        return uow.queries.warning_counts(SEVERE, now)


def warning_choices(uow: UnitOfWork) -> tuple[list[str], list[str]]:
    """The locations and responsible people the open warnings name (for the filters)."""
    with uow:
        return uow.queries.warning_choices()


def expiry_warnings(uow: UnitOfWork, on: date) -> Iterator[dict[str, Any]]:
    """Every lot in stock inside a warning tier as of `on`, with its alert if any, streamed."""
    with uow:
        policy = uow.settings.policy()
        default, special = _windows(policy, uow.items.categories(), on)
        for row in uow.queries.expiry_rows(default, special):
            row["days_left"] = days_left(row["expiry"], on)
            yield row
