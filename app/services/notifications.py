"""Notifications (通知渠道): queued with what causes them, sent when the network allows.

What is sent, and when:

- a new critical (or expired) warning of one lot, as its alert is raised, to
  the supervisors and the location's responsible person; the day's bulk raise
  (`alerts`, the device's timer) as one digest with the count;
- each task a recall makes at this site (a location holding the lots, a
  department that received them), to supervisors, QA and the location's
  responsible person;
- each event the centre refused, to the supervisors (who must settle it);
- the warnings the day's raising escalates (their dispositions overdue), by
  `notify_overdue_dispositions`: one digest naming them all to the supervisors,
  and one to each owner naming that owner's own.

Each reaches the desktop tray (the status bar where there is no tray), the
group robot's webhook if one is set, and by e-mail each person who has an
address (`notify.email.<username>`). One row per cause and recipient: queued
again, it is not duplicated. `app.services.notify_send.send_due`
delivers what is due through the channels the caller hands it and records
each outcome through the bus; a failure waits (doubling, capped at an hour)
and is tried again, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.domain.model import AlertKind, Level, Role
from app.domain.notifications import (
    PENDING,
    Channel,
    Notice,
    NoticeCode,
    id_spans,
    key_of,
    next_attempt,
)
from app.errors import Code, Refused
from app.services.commands import ClaimNotifications, RecordDelivery
from app.services.context import ActionResult, Context, done
from app.services.ports import UnitOfWork
from printing.words import Word, word

EMAIL_PREFIX = "notify.email."
WEBHOOK_SETTING = "notify.webhook_url"
DESK = "desk"
LEASE = timedelta(minutes=2)


def supervisors(uow: UnitOfWork, *roles: Role) -> list[str]:
    wanted = {Role.SUPERVISOR, Role.ADMIN, *roles}
    return sorted(u.username for u in uow.users.all() if u.active and u.role in wanted)


def queue(uow: UnitOfWork, now: datetime, notice: Notice) -> int:
    """The notice's rows for every channel and recipient not queued yet; returns how many."""
    recipients: list[tuple[Channel, str, dict[str, str]]] = []
    if notice.desk:
        recipients.append((Channel.TRAY, DESK, {}))
        if uow.settings.get(WEBHOOK_SETTING):
            recipients.append((Channel.WEBHOOK, "group", {}))
    for person in dict.fromkeys(notice.people):
        address = uow.settings.get(EMAIL_PREFIX + person)
        if address:
            recipients.append((Channel.EMAIL, person, {"to": address}))
    rows = [
        {
            "key": key_of(notice.cause, channel, recipient),
            "cause": notice.cause,
            "code": notice.code.value,
            "data": {**notice.data, **extra},
            "channel": channel.value,
            "recipient": recipient,
            "status": PENDING,
            "attempts": 0,
            "created_at": now,
            "next_attempt_at": now,
            "via": "",
            "last_error": "",
        }
        for channel, recipient, extra in recipients
    ]
    return uow.notifications.queue(rows)


def queue_for(ctx: Context, notice: Notice) -> None:
    """`queue` in the action's transaction, audited when anything was new."""
    queued = queue(ctx.uow, ctx.now, notice)
    if queued:
        ctx.change(
            "queue_notification",
            "notification",
            notice.cause,
            None,
            {"code": notice.code.value, "queued": queued, "people": list(notice.people)},
            by_system=True,
        )


OVERDUE_LISTED = 10
"""How many warnings an overdue digest lists line by line; its spans name every one."""


def notify_overdue_dispositions(
    ctx: Context,
    above: Sequence[str],
    escalated: Sequence[int],
    by_owner: Mapping[str, Sequence[int]],
) -> None:
    """Warnings escalated now (ids in order, and by owner): one digest naming them all for
    the supervisors `above`, the desk and the group, and one for each other owner naming
    theirs; each with the count, every id (as spans) and its first warnings' lots."""
    shares = [(escalated, tuple(above), True)] + [
        (ids, (owner,), False)
        for owner, ids in sorted(by_owner.items())
        if owner and owner not in above
    ]
    listed = sorted({i for ids, _, _ in shares for i in ids[:OVERDUE_LISTED]})
    lines = {
        alert_id: f"{alert_id} / {di} / {lot or '-'} / {due.date().isoformat()}"
        for alert_id, di, lot, due in ctx.uow.loop.overdue_lines(listed)
    }
    cause = f"overdue:{ctx.now.isoformat()}"
    for ids, people, desk in shares:
        more = [f"… +{len(ids) - OVERDUE_LISTED}"] if len(ids) > OVERDUE_LISTED else []
        data = {
            "count": str(len(ids)),
            "alerts": id_spans(ids),
            "lots": "\n".join([lines[i] for i in ids[:OVERDUE_LISTED]] + more),
        }
        queue_for(ctx, Notice(NoticeCode.DISPOSITIONS_OVERDUE, cause, data, people, desk))


def responsible(uow: UnitOfWork, location_id: int | None) -> list[str]:
    """The location's responsible person, when that is a user of this site."""
    location = uow.locations.get_by_id(location_id) if location_id is not None else None
    if location is None or not location.responsible:
        return []
    user = uow.users.get(location.responsible)
    return [user.username] if user is not None and user.active else []


def warn_critical(
    ctx: Context, alert_id: int | None, lot_id: int | None, level: Level, kind: AlertKind
) -> None:
    """A new warning at critical or beyond (of one lot, or of an item's stock): to
    supervisors and whoever is responsible where the lot lies."""
    if alert_id is None or level.rank < Level.CRITICAL.rank:
        return
    lot = ctx.uow.lots.get_by_id(lot_id) if lot_id is not None else None
    people = supervisors(ctx.uow)
    lines = ctx.uow.stock.lines_for_lot(lot.id) if lot is not None and lot.id else []
    for line in lines:
        people += responsible(ctx.uow, line.location.id)
    data = {
        "di": lot.di if lot else "",
        "lot": lot.lot if lot else "",
        "expiry": lot.expiry.isoformat() if lot and lot.expiry else "-",
        "level": level.value,
        "kind": kind.value,
        "where": ", ".join(sorted({line.location.code for line in lines})) or "-",
    }
    queue_for(ctx, Notice(NoticeCode.CRITICAL_WARNING, f"alert:{alert_id}", data, tuple(people)))


# --- the words ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    subject: str
    text: str


def message(code: str, data: Mapping[str, Any]) -> Message:
    """Chinese first, then English, from the words the screens use (printing.words)."""
    values = {k: str(v) for k, v in data.items()}
    title: Word = word("notify_title", code)
    body = word("notify", code)
    try:
        filled = body.fill(**values)
    except (KeyError, IndexError):
        filled = body  # a template whose data changed: the words, unfilled, still say what
    return Message(
        subject=f"[Lotkeeper] {title.zh} / {title.en}",
        text=f"{filled.zh}\n\n{filled.en}",
    )


# --- sending -------------------------------------------------------------------------


def claim(ctx: Context, cmd: ClaimNotifications) -> ActionResult:
    """The due notifications of these channels, put off for a lease while they are sent."""
    rows = ctx.uow.notifications.due(list(cmd.channels), ctx.now, cmd.limit)
    if rows:
        ctx.uow.notifications.put_off([r["id"] for r in rows], ctx.now + LEASE)
    return done(f"{len(rows)} notification(s) due", notifications=rows)


def record_delivery(ctx: Context, cmd: RecordDelivery) -> ActionResult:
    row = ctx.uow.notifications.get(cmd.notification_id)
    if row is None or row["status"] != PENDING:
        raise Refused(
            Code.NOTHING_TO_DO,
            f"notification {cmd.notification_id} is not waiting",
            notification=cmd.notification_id,
        )
    before = {"status": row["status"], "attempts": row["attempts"]}
    if cmd.error:
        retry = next_attempt(row["attempts"] + 1, ctx.now)
        ctx.uow.notifications.failed(cmd.notification_id, cmd.error, retry)
        after = {"status": PENDING, "attempts": row["attempts"] + 1, "error": cmd.error[:200]}
        ctx.change(
            "notification_failed", "notification", str(row["id"]), before, after, by_system=True
        )
        return done(f"not sent: {cmd.error}", retry_at=retry)
    ctx.uow.notifications.delivered(cmd.notification_id, ctx.now, cmd.via)
    after = {"status": "sent", "via": cmd.via, "recipient": row["recipient"]}
    ctx.change("notification_sent", "notification", str(row["id"]), before, after, by_system=True)
    return done(f"sent via {cmd.via}")


def list_notifications(uow: UnitOfWork, limit: int = 1000) -> list[dict[str, Any]]:
    with uow:
        return uow.notifications.all(limit)


HANDLERS: dict[type, Any] = {
    ClaimNotifications: claim,
    RecordDelivery: record_delivery,
}
