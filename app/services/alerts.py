"""Tiered expiry warnings: raised once per tier, listed, acknowledged."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.model import Level
from app.domain.policy import Policy
from app.domain.rules import TierWindow, days_left, tier_windows
from app.services.action import ActionContext, ActionRequest, ActionResult, execute
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name


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


def recompute_alerts(
    uow: UnitOfWork, clock: Clock, user: str = "system", on: date | None = None
) -> dict[str, int]:
    """Raise an alert for every lot in stock that has entered a tier it has no alert for."""
    day = on or clock.today()
    now = clock.now()
    raised: dict[str, int] = {}
    with uow:
        policy = uow.settings.policy()
        default, special = _windows(policy, uow.items.categories(), day)
        for window in default:
            n = uow.alerts.raise_expiry(window, None, list(special), now)
            raised[window.level.value] = raised.get(window.level.value, 0) + n
        for category, windows in special.items():
            for window in windows:
                n = uow.alerts.raise_expiry(window, [category], [], now)
                raised[window.level.value] = raised.get(window.level.value, 0) + n
        if any(raised.values()):
            device = device_name(uow)
            uow.audit.append(
                now, user, device, "raise_expiry_alerts", "alerts", day.isoformat(), None, raised
            )
        uow.commit()
    return raised


def expiry_warnings(uow: UnitOfWork, on: date) -> list[dict[str, Any]]:
    """Every lot in stock inside a warning tier as of `on`, with its open alert if any."""
    with uow:
        policy = uow.settings.policy()
        default, special = _windows(policy, uow.items.categories(), on)
        rows = uow.queries.expiry_rows(default, special)
        open_alerts = {
            (r["lot_id"], r["level"]): r
            for r in uow.queries.alerts(None, None, None, include_acknowledged=True)
            if r["kind"] == "expiry"
        }
    for row in rows:
        row["days_left"] = days_left(row["expiry"], on)
        alert = open_alerts.get((row["lot_id"], row["level"]))
        row["alert_id"] = alert["alert_id"] if alert else None
        row["acknowledged_by"] = alert["acknowledged_by"] if alert else None
    rank = {lvl.value: lvl.rank for lvl in Level}
    rows.sort(key=lambda r: (-rank[r["level"]], r["expiry"]))
    return rows


def list_alerts(
    uow: UnitOfWork,
    level: Level | None = None,
    location: str | None = None,
    responsible: str | None = None,
    include_acknowledged: bool = False,
) -> list[dict[str, Any]]:
    with uow:
        return uow.queries.alerts(level, location, responsible, include_acknowledged)


def open_critical_count(uow: UnitOfWork) -> int:
    with uow:
        return uow.queries.open_alert_count([Level.CRITICAL, Level.EXPIRED])


def acknowledge(
    uow: UnitOfWork, clock: Clock, alert_id: int, user: str, device: str = ""
) -> ActionResult:
    def handler(ctx: ActionContext) -> ActionResult:
        alert = ctx.uow.alerts.get(alert_id)
        if alert is None:
            raise DomainError(Code.BAD_REQUEST, f"no alert {alert_id}")
        if alert.acknowledged_at is not None:
            raise DomainError(
                Code.NOTHING_TO_DO, f"alert {alert_id} was acknowledged by {alert.acknowledged_by}"
            )
        ctx.uow.alerts.acknowledge(alert_id, ctx.user.username, ctx.now)
        after = {"alert_id": alert_id, "by": ctx.user.username, "at": ctx.now}
        ctx.audit("acknowledge_alert", "alert", str(alert_id), {"acknowledged": False}, after)
        ctx.uow.outbox.append("alert_ack", after, ctx.now, ctx.user.username)
        lot = ctx.uow.lots.get_by_id(alert.lot_id)
        assert lot is not None
        return ctx.result(lot, f"alert {alert_id} acknowledged")

    request = ActionRequest(action="acknowledge_alert", user=user, device=device)
    return execute(uow, clock, request, {"acknowledge_alert": handler})
