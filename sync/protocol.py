"""The wire schema both sides share, versioned.

A site owns its events and pushes them; the centre owns master data and
holds and publishes them in one change log that sites pull after a cursor.
Every request names its protocol version in the `X-Lotkeeper-Protocol`
header; the centre refuses versions it does not speak, so an old client
fails loudly instead of writing data it misunderstands.

Every field has the type, range and length of the column it ends up in:
strings no longer than their column, times with a zone, sequence numbers
and cursors within 0..2^53 (what every JSON reader holds exactly),
quantities whole numbers up to `MAX_QUANTITY`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, NotRequired

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    Strict,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import core_schema as cs
from typing_extensions import TypedDict  # pydantic reads typing's own only from Python 3.12

from app.domain.recall import Recall, RecallSource, ScopeKind

# 3: events are checked one by one and refused alone (`PushRefused`); a push
# carries the site's audit chain head; enrolment names the site already held.
# Older sites are still spoken: they ignore what they do not know.
PROTOCOL_VERSION = 3
SUPPORTED_VERSIONS = frozenset({1, 2, 3})
VERSION_HEADER = "X-Lotkeeper-Protocol"

# Large enough for a month offline in a few hundred requests, small enough
# that one request finishes on a poor link before its timeout.
MAX_PUSH_EVENTS = 2000
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_PAGE = 5000
# Integers above 2^53 are not exact in JavaScript or a float; no counter gets near.
MAX_SEQ = 2**53
# A quantity of one movement or count: ten digits would fit, nine is already absurd.
MAX_QUANTITY = 999_999_999


def _in_utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("time out of range") from None


def _moment_schema(_source: Any, _handler: GetCoreSchemaHandler) -> cs.CoreSchema:
    """An aware time, then in UTC: a time sent in UTC (what every site sends) is taken as
    it is in pydantic's core; only another zone is converted, in Python (about 0.03 s
    saved per 100,000 events). The conversion fails only out of range."""
    return cs.chain_schema(
        [
            cs.datetime_schema(tz_constraint="aware"),
            cs.union_schema(
                [cs.datetime_schema(tz_constraint=0), cs.no_info_plain_validator_function(_in_utc)],
                mode="left_to_right",
                custom_error_type="time_out_of_range",
                custom_error_message="time out of range",
            ),
        ]
    )


Seq = Annotated[int, Strict(), Field(ge=1, le=MAX_SEQ)]
Cursor = Annotated[int, Strict(), Field(ge=0, le=MAX_SEQ)]
# A time with its zone, kept in UTC: a zoneless time means nothing between sites.
Moment = Annotated[datetime, GetPydanticSchema(_moment_schema)]
SiteCode = Annotated[str, Field(min_length=1, max_length=64)]
# Device identifiers, lot numbers, location codes, serials: String(64) columns.
Code = Annotated[str, Strict(), Field(min_length=1, max_length=64)]
LotNumber = Annotated[str, Strict(), Field(max_length=64)]
Quantity = Annotated[int, Strict(), Field(ge=1, le=MAX_QUANTITY)]
Tally = Annotated[int, Strict(), Field(ge=0, le=MAX_QUANTITY)]


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
    # Transfers between sites, for the two sites; suggestions, for the sending site.
    TRANSFER = "transfer"
    TRANSFER_SUGGESTION = "transfer_suggestion"


CHANNEL_OF: dict[ChangeKind, Channel] = {
    ChangeKind.HOLD: Channel.PRIORITY,
    ChangeKind.ITEM: Channel.BULK,
    ChangeKind.SUPPLIER: Channel.BULK,
    ChangeKind.LOCATION: Channel.BULK,
    ChangeKind.USER: Channel.BULK,
    ChangeKind.POLICY: Channel.BULK,
    ChangeKind.TRANSFER: Channel.PRIORITY,
    ChangeKind.TRANSFER_SUGGESTION: Channel.BULK,
}


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EnrolRequest(_Wire):
    code: str = Field(min_length=1, max_length=100)
    device_name: str = Field(default="", max_length=100)
    # The site this store is already enrolled at: a code for another site is
    # refused (`site_mismatch`) without being used up. None: a new identity.
    site: SiteCode | None = None
    # The device this store enrolled as before, for the same site: when the
    # centre retired it (a restored database), its events are this store's
    # own, so resending them is a duplicate, not a conflict.
    previous_device: str | None = Field(default=None, max_length=36)


class EnrolResponse(_Wire):
    device_id: str
    token: str
    site: str


class Event(_Wire):
    """One outbox row: what happened at a site, stamped by the device.

    The envelope only: what the payload of each type must hold is in
    `PAYLOADS`, checked by `payload_problems`, so one bad event is refused alone.
    """

    id: str = Field(min_length=1, max_length=36)
    seq: Seq
    site: SiteCode
    type: str = Field(min_length=1, max_length=40)
    payload: dict[str, Any]
    at: Moment
    user: str = Field(max_length=64)


class AuditMark(_Wire):
    """One entry of a site's audit chain, as (seq, hash)."""

    seq: Cursor
    hash: str = Field(pattern="^[0-9a-f]{64}$")


class PushRequest(_Wire):
    # The device's highest outbox sequence: a database restored from a backup
    # shows a lower one than the centre has already stored.
    device_high_seq: Cursor
    device_now: Moment
    # An event the centre cannot read is refused by its place in the batch
    # (`PushRefused`); the envelope above must be right or the push is a 400.
    events: list[Event] = Field(max_length=MAX_PUSH_EVENTS)
    # The site's audit chain as it stands, and its entry at the sequence the
    # centre last anchored (`PushResponse.audit_anchor`), so a chain cut short
    # or re-hashed after an edit shows at the centre. seq 0: an empty chain.
    audit_head: AuditMark | None = None
    audit_proof: AuditMark | None = None


class Anchor(_Wire):
    seq: int
    hash: str
    received_at: datetime


class AnchorList(_Wire):
    """The anchors the centre holds of the calling device's audit chain."""

    device_id: str
    site: str
    anchors: list[Anchor]


class PushResponse(_Wire):
    acked_through: int
    stored: int
    duplicates: int
    device_last_seq: int
    # The newest chain entry the centre holds for this device: prove it next time.
    audit_anchor: int | None = None


class RefusalCode(StrEnum):
    """Why the centre refuses one event; the site lists it as refused by the centre."""

    MALFORMED = "malformed"  # the envelope (id, seq, time, user, type) cannot be read
    BAD_PAYLOAD = "bad_payload"  # the payload does not match its type's schema
    UNKNOWN_RECALL = "unknown_recall"  # recall progress for a recall the centre does not hold
    ID_CONFLICT = "id_conflict"  # the id is held from another device


class RefusedEvent(_Wire):
    index: int  # its place in the batch, which names it even when its id is unreadable
    id: str | None
    seq: int | None
    code: RefusalCode
    message: str


class PushRefused(_Wire):
    """A 409/422 answer: nothing of the batch is stored; send it again without these."""

    error: str
    message: str
    refused: list[RefusedEvent]


class HoldRecord(_Wire):
    """A block the centre puts on lots: a quarantine, or a recall.

    A recall carries its whole record in `recall` (`app.domain.recall.Recall`
    as JSON): a version-2 site opens the case from it, which also covers lots
    the centre has never heard of (all lots, a production range, serials);
    `lots` are the lots known to be affected, which a version-1 site blocks.
    """

    reference: str = Field(min_length=1, max_length=100)
    kind: str = Field(pattern="^(quarantine|recall)$")
    di: Code
    lots: list[LotNumber]
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


class _Payload(TypedDict):
    """What the centre reads of an event's payload; the site may send more.

    Typed dicts, not models: a payload is only checked (the event keeps the
    dict it came as), and checking one into a dict costs half of building a
    model (about 0.06 s of a 100,000-event push).
    """

    __pydantic_config__ = ConfigDict(extra="ignore", populate_by_name=True)  # type: ignore[misc]


# Movements that record a lot's change of state; they move stock only when asked to.
STATUS_MOVEMENTS = frozenset({"qc_release", "qc_reject", "quarantine", "release"})


def _moves_something(quantity: int, info: ValidationInfo) -> int:
    kind = info.data.get("type")
    if quantity == 0 and kind not in STATUS_MOVEMENTS:
        raise ValueError(f"a {kind} moves at least 1 unit")
    return quantity


class MovementPayload(_Payload):
    type: Annotated[str, Field(max_length=20)]
    di: Code
    lot: LotNumber
    quantity: Annotated[Tally, AfterValidator(_moves_something)]
    source: NotRequired[Annotated[Code | None, Field(alias="from")]]
    to: NotRequired[Code | None]
    serial: NotRequired[Code | None]
    production_date: NotRequired[date | None]


class LotPayload(_Payload):
    di: Code
    lot: LotNumber
    production_date: NotRequired[date | None]


class CountPayload(_Payload):
    di: Code
    lot: LotNumber
    location: Code
    expected: Tally
    counted: Tally


class HoldAppliedPayload(_Payload):
    reference: Annotated[str, Field(min_length=1, max_length=100)]
    di: Code
    lot: LotNumber


class ScopePayload(BaseModel):
    model_config = ConfigDict(extra="ignore")

    di: Code
    kind: ScopeKind
    lots: list[LotNumber] = []
    produced_from: date | None = None
    produced_to: date | None = None
    serials: list[Code] = []


class RecallPayload(BaseModel):
    """A model, not a typed dict: the domain checks the whole record, defaults filled in."""

    model_config = ConfigDict(extra="ignore")

    id: Code
    scope: ScopePayload
    level: Annotated[int, Strict(), Field(ge=1, le=3)]
    reason: str = Field(min_length=1)
    instructions: str = ""
    source: RecallSource = RecallSource.MANUFACTURER
    deadline: date | None = None
    drill: Annotated[bool, Strict()] = False
    issued_at: Moment
    issued_by: str = Field(default="", max_length=64)

    @model_validator(mode="after")
    def _is_a_recall(self) -> RecallPayload:
        # The domain's own rules (a scope's lots, date order, the deadline).
        Recall.from_json(self.model_dump(mode="json", by_alias=True), origin="site")
        return self


class RecallRef(_Payload):
    """recall_closed, and the part of the others that names the recall."""

    id: Code


class RecallAppliedPayload(RecallRef):
    lots: NotRequired[list[LotNumber]]


class RecallProgressPayload(RecallRef):
    recovered: Tally
    affected: Tally
    unaccounted: Tally


class TransferSentPayload(_Payload):
    id: Annotated[str, Field(min_length=1, max_length=36)]
    di: Code
    lot: LotNumber
    expiry: NotRequired[date | None]
    production_date: NotRequired[date | None]
    qc: NotRequired[Annotated[str, Field(max_length=10)]]
    from_site: SiteCode
    to_site: SiteCode
    quantity: Quantity
    suggestion_id: NotRequired[Annotated[str | None, Field(max_length=36)]]


class TransferArrivedPayload(_Payload):
    id: Annotated[str, Field(min_length=1, max_length=36)]
    quantity_received: Tally
    quantity_sent: NotRequired[Tally]
    note: NotRequired[str]


class SuggestionDeclinedPayload(_Payload):
    id: Annotated[str, Field(min_length=1, max_length=36)]
    reason: Annotated[str, Field(min_length=1)]


# Event types whose payload the centre reads; any other type is stored as sent.
PAYLOADS: dict[str, type[_Payload] | type[RecallPayload]] = {
    "movement": MovementPayload,
    "lot": LotPayload,
    "lot_status": LotPayload,
    "count": CountPayload,
    "hold_applied": HoldAppliedPayload,
    "recall_created": RecallPayload,
    "recall_applied": RecallAppliedPayload,
    "recall_progress": RecallProgressPayload,
    "recall_closed": RecallRef,
    "transfer_sent": TransferSentPayload,
    "transfer_arrived": TransferArrivedPayload,
    "transfer_suggestion_declined": SuggestionDeclinedPayload,
}
# Each type's payloads checked as one list: one pass in pydantic's core per batch.
_PAYLOAD_LISTS: dict[str, TypeAdapter[list[Any]]] = {
    kind: TypeAdapter(list[model])  # type: ignore[valid-type]  # a class from the table
    for kind, model in PAYLOADS.items()
}


def payload_problems(events: Sequence[tuple[int, Event]]) -> dict[int, str]:
    """The events (by their place in the batch) whose payload does not fit its type, and why."""
    by_type: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for index, event in events:
        if event.type in _PAYLOAD_LISTS:
            by_type.setdefault(event.type, []).append((index, event.payload))
    problems: dict[int, str] = {}
    for kind, items in by_type.items():
        try:
            _PAYLOAD_LISTS[kind].validate_python([payload for _, payload in items])
        except ValidationError as exc:
            for error in exc.errors():
                index = items[int(error["loc"][0])][0]
                if index not in problems:
                    where = {**error, "loc": tuple(error["loc"][1:])}
                    problems[index] = first_problem([where], "payload").replace("Value error, ", "")
    return problems


# Events that report on a recall: the centre must hold it (or be told of it first).
RECALL_REPORTS = frozenset({"recall_applied", "recall_progress", "recall_closed"})


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
    SITE_MISMATCH = "site_mismatch"
    EVENTS_REFUSED = "events_refused"
    NOT_FOUND = "not_found"


def first_problem(errors: Sequence[Mapping[str, Any]], prefix: str = "") -> str:
    """A validation error as the field it is about and what is wrong with it."""
    if not errors:
        return f"{prefix or 'body'}: malformed"
    first = errors[0]
    where = ".".join(str(p) for p in (prefix, *first["loc"]) if p != "") or "body"
    return f"{where}: {first['msg']}"


def version_supported(raw: str | None) -> bool:
    return raw is not None and raw.isdigit() and int(raw) in SUPPORTED_VERSIONS
