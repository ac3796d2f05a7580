"""Notifications: what is sent to whom, through which channel, and when it is tried again.

A notification is queued in the transaction of what causes it, under one key
per cause and recipient, so the same cause never reaches the same person
twice; a sender delivers it when the network allows and, when delivery
fails, tries again after a wait that doubles each time (capped), for ever.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class NoticeCode(StrEnum):
    CRITICAL_WARNING = "CRITICAL_WARNING"
    CRITICAL_WARNINGS = "CRITICAL_WARNINGS"  # the day's bulk raise, as one digest
    RECALL_TASK = "RECALL_TASK"
    SYNC_REFUSED = "SYNC_REFUSED"
    DISPOSITIONS_OVERDUE = "DISPOSITIONS_OVERDUE"  # the day's escalation, as digests


class Channel(StrEnum):
    TRAY = "tray"  # the desktop app's tray, or its status bar where there is no tray
    EMAIL = "email"  # SMTP with STARTTLS
    WEBHOOK = "webhook"  # a group robot (WeCom, DingTalk)


PENDING = "pending"
SENT = "sent"

FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Notice:
    """What happened (a code and the data its words need), and whose business it is."""

    code: NoticeCode
    cause: str
    data: dict[str, str] = field(default_factory=dict)
    people: tuple[str, ...] = ()
    desk: bool = True
    """Whether the desk's tray and the group robot hear it too: a digest's share for one
    person (an owner's own overdue warnings) goes to that person alone."""


class NotSent(Exception):
    """A channel could not deliver (the receiver is down, refused it, or answered an error)."""


def next_attempt(attempts: int, now: datetime) -> datetime:
    """When a notification that failed `attempts` times is tried again."""
    wait = FIRST_WAIT * (1 << min(max(0, attempts - 1), 20))
    return now + min(wait, LONGEST_WAIT)


def key_of(cause: str, channel: Channel, recipient: str) -> str:
    return f"{cause}|{channel.value}:{recipient}"


def id_spans(ids: Sequence[int]) -> str:
    """Ids in ascending order named in one line, each run as a span: "41, 43-45". A digest
    and the audit entry of what it tells name every warning so, however many (a day's
    raise writes its warnings' ids in runs)."""
    runs: list[list[int]] = []
    for n in ids:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in runs)
