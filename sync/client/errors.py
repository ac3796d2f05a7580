"""Why a sync failed, in words an operator can act on.

SyncError
├── kind OFFLINE, REFUSED, TIMED_OUT, CERTIFICATE, SERVER   (retried by itself)
├── kind TOKEN, RE_ENROL, PROTOCOL, REFUSED_REQUEST,
│        NOT_REGISTERED, SITE_MISMATCH, NOT_APPLIED          (needs a person)
└── EventsRefused, kind EVENTS_REFUSED: the centre named events it cannot
    take; the round sets them aside and goes on (they are listed, not errors)
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sync.protocol import RefusedEvent


class ErrorKind(StrEnum):
    OFFLINE = "offline"
    REFUSED = "connection_refused"
    TIMED_OUT = "timed_out"
    CERTIFICATE = "certificate"
    SERVER = "server_error"
    TOKEN = "token_rejected"
    RE_ENROL = "re_enrol"
    PROTOCOL = "protocol_version"
    REFUSED_REQUEST = "request_refused"
    NOT_REGISTERED = "not_registered"
    SITE_MISMATCH = "site_mismatch"
    NOT_APPLIED = "change_not_applied"
    EVENTS_REFUSED = "events_refused"


# The link or the device's standing is at fault: the round's other steps would fail too.
ROUND_ENDING = frozenset(
    {
        ErrorKind.OFFLINE,
        ErrorKind.REFUSED,
        ErrorKind.TIMED_OUT,
        ErrorKind.CERTIFICATE,
        ErrorKind.TOKEN,
        ErrorKind.RE_ENROL,
        ErrorKind.PROTOCOL,
        ErrorKind.NOT_REGISTERED,
    }
)


class SyncError(Exception):
    def __init__(self, kind: ErrorKind, words: str) -> None:
        super().__init__(words)
        self.kind = kind
        self.words = words


class EventsRefused(SyncError):
    def __init__(self, words: str, refused: Sequence[RefusedEvent]) -> None:
        super().__init__(ErrorKind.EVENTS_REFUSED, words)
        self.refused = list(refused)
