"""Why a sync failed, in words an operator can act on.

SyncError
├── kind OFFLINE, REFUSED, TIMED_OUT, CERTIFICATE, SERVER   (retried by itself)
└── kind TOKEN, RE_ENROL, PROTOCOL, REFUSED_REQUEST          (needs a person)
"""

from __future__ import annotations

from enum import StrEnum


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


class SyncError(Exception):
    def __init__(self, kind: ErrorKind, words: str) -> None:
        super().__init__(words)
        self.kind = kind
        self.words = words
