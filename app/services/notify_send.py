"""Sending what the notification queue holds: claimed, delivered, each outcome recorded.

The channels are handed in (app.adapters.notify_channels for e-mail and the
webhook, the desktop's tray): the services reach no network themselves. A
claim puts the rows off for a lease, so two senders (the CLI and the app)
do not send the same row; a delivery that fails is recorded and tried again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.notifications import Channel, NotSent
from app.services.bus import execute
from app.services.commands import ClaimNotifications, RecordDelivery
from app.services.notifications import Message, message
from app.services.ports import UnitOfWork

Deliver = Callable[[Mapping[str, Any], Message], str]
"""Delivers one notification row; returns how it went out (e.g. "smtp"), or raises NotSent."""


@dataclass
class SendSummary:
    sent: int = 0
    failed: int = 0

    def to_json(self) -> dict[str, int]:
        return {"sent": self.sent, "failed": self.failed}


def send_due(
    uow: Callable[[], UnitOfWork],
    clock: Clock,
    device: Actor,
    channels: Mapping[Channel, Deliver],
    limit: int = 100,
) -> SendSummary:
    """Deliver every due notification of these channels, each outcome through the bus."""
    summary = SendSummary()
    while True:
        claimed = execute(uow(), clock, device, ClaimNotifications(tuple(channels), limit))
        rows: Iterable[Mapping[str, Any]] = claimed.detail.get("notifications", [])
        batch = list(rows)
        if not claimed.ok or not batch:
            return summary
        for row in batch:
            deliver = channels[Channel(row["channel"])]
            try:
                via = deliver(row, message(row["code"], row["data"]))
            except NotSent as failure:
                execute(uow(), clock, device, RecordDelivery(row["id"], "", str(failure) or "?"))
                summary.failed += 1
            else:
                execute(uow(), clock, device, RecordDelivery(row["id"], via, ""))
                summary.sent += 1
        if len(batch) < limit:
            return summary
