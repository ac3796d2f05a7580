"""The wire schema both sides share, versioned.

A site owns its events and pushes them; the centre owns master data and
holds and publishes them in one change log that sites pull after a cursor.
Every request names its protocol version in the `X-Lotkeeper-Protocol`
header; the centre refuses versions it does not speak, so an old client
fails loudly instead of writing data it misunderstands.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

# 2: a hold may carry the whole recall (`HoldRecord.recall`). A version-1
# site ignores it and blocks the listed lots as before, so both are spoken.
PROTOCOL_VERSION = 2
SUPPORTED_VERSIONS = frozenset({1, 2})
VERSION_HEADER = "X-Lotkeeper-Protocol"

# Large enough for a month offline in a few hundred requests, small enough
# that one request finishes on a poor link before its timeout.
MAX_PUSH_EVENTS = 2000
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_PAGE = 5000


class Channel(StrEnum):
    """Priority changes (holds, recalls) are delivered before any bulk change."""

    PRIORITY = "priority"
    BULK = "bulk"


class ChangeKind(StrEnum):
    ITEM = "item"
    SUPPLIER = "supplier"
    LOCATION = "location"
    USER = "user"
    POLICY = "policy"
    HOLD = "hold"


CHANNEL_OF: dict[ChangeKind, Channel] = {
    ChangeKind.HOLD: Channel.PRIORITY,
    ChangeKind.ITEM: Channel.BULK,
    ChangeKind.SUPPLIER: Channel.BULK,
    ChangeKind.LOCATION: Channel.BULK,
    ChangeKind.USER: Channel.BULK,
    ChangeKind.POLICY: Channel.BULK,
}


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EnrolRequest(_Wire):
    code: str = Field(min_length=1, max_length=100)
    device_name: str = Field(default="", max_length=100)


class EnrolResponse(_Wire):
    device_id: str
    token: str
    site: str


class Event(_Wire):
    """One outbox row: what happened at a site, stamped by the device."""

    id: str = Field(min_length=1, max_length=36)
    seq: int = Field(ge=1)
    site: str = Field(min_length=1, max_length=64)
    type: str = Field(min_length=1, max_length=40)
    payload: dict[str, Any]
    at: datetime
    user: str = Field(max_length=64)


class PushRequest(_Wire):
    # The device's highest outbox sequence: a database restored from a backup
    # shows a lower one than the centre has already stored.
    device_high_seq: int = Field(ge=0)
    device_now: datetime
    events: list[Event] = Field(max_length=MAX_PUSH_EVENTS)


class PushResponse(_Wire):
    acked_through: int
    stored: int
    duplicates: int
    device_last_seq: int


class HoldRecord(_Wire):
    """A block the centre puts on lots: a quarantine, or a recall.

    A recall carries its whole record in `recall` (`app.domain.recall.Recall`
    as JSON): a version-2 site opens the case from it, which also covers lots
    the centre has never heard of (all lots, a production range, serials);
    `lots` are the lots known to be affected, which a version-1 site blocks.
    """

    reference: str = Field(min_length=1, max_length=100)
    kind: str = Field(pattern="^(quarantine|recall)$")
    di: str = Field(min_length=1, max_length=64)
    lots: list[str]
    reason: str = ""
    active: bool = True
    recall: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _names_its_lots(self) -> HoldRecord:
        if not self.lots and self.recall is None:
            raise ValueError("a hold names at least one lot")
        return self


class Change(_Wire):
    seq: int
    channel: Channel
    kind: ChangeKind
    key: str
    payload: dict[str, Any]


class PullPage(_Wire):
    changes: list[Change]
    priority_cursor: int
    bulk_cursor: int
    more: bool
    # The newest bulk sequence, so a long first pull can show progress.
    bulk_head: int


class ErrorBody(_Wire):
    error: str
    message: str


class ErrorCode(StrEnum):
    BAD_REQUEST = "bad_request"
    PROTOCOL = "protocol_version"
    UNAUTHORISED = "unauthorised"
    FORBIDDEN = "forbidden"
    TOO_LARGE = "too_large"
    RE_ENROL = "re_enrol"
    BAD_CODE = "bad_enrolment_code"


def version_supported(raw: str | None) -> bool:
    return raw is not None and raw.isdigit() and int(raw) in SUPPORTED_VERSIONS
