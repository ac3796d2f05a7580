"""`notify send|list`: deliver the queued notifications (e-mail, webhook), list their state.

`send` is the device's own work (no person acts): what is due goes out by
e-mail and to the group robot's webhook as the site's settings say; what
cannot go out now is tried again later. Tray notifications are the desktop
app's to show: `send` leaves them for it.
"""

from __future__ import annotations

import argparse

from app.adapters.notify_channels import EmailChannel, WebhookChannel
from app.domain.clock import SystemClock
from app.domain.identity import Actor
from app.domain.notifications import Channel
from app.services.notifications import list_notifications
from app.services.notify_send import Deliver, send_due
from app.services.settings import device_name
from ui.commands.options import db_arg, emit, open_or_fail

FIELDS = (
    "id",
    "code",
    "cause",
    "channel",
    "recipient",
    "status",
    "attempts",
    "created_at",
    "next_attempt_at",
    "sent_at",
    "via",
    "last_error",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("notify", help="send queued notifications (e-mail, webhook); list them")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    send = verbs.add_parser("send", help="deliver what is due; failures are tried again later")
    db_arg(send)
    send.set_defaults(func=cmd_send)
    listing = verbs.add_parser("list", help="notifications with their delivery status")
    db_arg(listing)
    listing.add_argument("--limit", type=int, default=1000)
    listing.set_defaults(func=cmd_list)


def cmd_send(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    try:
        with store.uow(read_only=True) as uow:
            channels: dict[Channel, Deliver] = {
                Channel.EMAIL: EmailChannel.from_settings(uow.settings),
                Channel.WEBHOOK: WebhookChannel.from_settings(uow.settings),
            }
            device = Actor.system(device_name(uow))
        summary = send_due(store.uow, SystemClock(), device, channels)
        emit(summary.to_json())
        return 0
    finally:
        store.close()


def cmd_list(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        for row in list_notifications(store.uow(read_only=True), args.limit):
            emit({k: row[k] for k in FIELDS})
        return 0
    finally:
        store.close()
