"""Storing a site's pushed events exactly once, and folding them into the picture.

A push is all or nothing. When the centre cannot take an event (it does not
match the wire schema, it reports on a recall the centre does not hold, or
its id is held from another device) it refuses the whole batch with a list
naming each such event, its reason code and its problem, and stores nothing;
the site sets those aside and sends the rest again at once. So a bad event
never stalls the others, and nothing is ever half-written.

Events are known by device + id and by device + sequence: the same id from
the same device is a duplicate (acknowledged, not stored again); an id held
from another device is a conflict; a sequence number the device already used
under another id means its database was restored or copied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json
from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.clock import Clock
from sync.protocol import (
    RECALL_REPORTS,
    AuditMark,
    Cursor,
    ErrorCode,
    Event,
    Moment,
    PushRequest,
    PushResponse,
    RefusalCode,
    RefusedEvent,
    first_problem,
    payload_problems,
)
from sync.server import anchors, projection, recall_picks, recalls, refusals, transfers
from sync.server import schema as s
from sync.server.enrolment import device_for, lineage
from sync.server.errors import CentreError, EventsRefused, invalid

log = logging.getLogger(__name__)

# Beyond this a device clock is reported; events are stored all the same.
SKEW_LIMIT_SECONDS = 300.0
_ATTEMPTS = 5
_IN_CHUNK = 900

T = TypeVar("T")


class _Restored(Exception):
    """The device reuses sequence numbers it already spent: a restored or copied database."""


@dataclass(frozen=True, slots=True)
class Batch:
    """A push as the centre read it: the events it can read, by their place, and the rest."""

    device_high_seq: int
    device_now: datetime
    events: list[tuple[int, Event]]
    refused: list[RefusedEvent]
    audit_head: AuditMark | None = None
    audit_proof: AuditMark | None = None


class _Envelope(BaseModel):
    """A push read without its events: they are read one by one when some are wrong."""

    device_high_seq: Cursor
    device_now: Moment
    events: list[Any]
    audit_head: AuditMark | None = None
    audit_proof: AuditMark | None = None


def read_push(raw: bytes) -> Batch:
    """The push body as a batch; a CentreError when the request itself is wrong."""
    try:
        request = PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors()
        outside = [e for e in errors if not _in_an_event(e["loc"])]
        if outside:
            raise invalid(outside) from None
        batch = _read_one_by_one(raw, errors)
    else:
        batch = Batch(
            request.device_high_seq,
            request.device_now,
            list(enumerate(request.events)),
            [],
            request.audit_head,
            request.audit_proof,
        )
    wrong = payload_problems(batch.events)
    if not wrong:
        return batch
    refused = [
        RefusedEvent(index=i, id=e.id, seq=e.seq, code=RefusalCode.BAD_PAYLOAD, message=wrong[i])
        for i, e in batch.events
        if i in wrong
    ]
    return replace(
        batch,
        events=[(i, e) for i, e in batch.events if i not in wrong],
        refused=sorted([*batch.refused, *refused], key=lambda r: r.index),
    )


def _in_an_event(loc: Sequence[int | str]) -> bool:
    return len(loc) >= 2 and loc[0] == "events" and isinstance(loc[1], int)


def _read_one_by_one(raw: bytes, errors: Sequence[Any]) -> Batch:
    envelope = _Envelope.model_validate_json(raw)  # it passed as part of PushRequest
    wrong: dict[int, list[Any]] = {}
    for error in errors:
        wrong.setdefault(int(error["loc"][1]), []).append({**error, "loc": error["loc"][2:]})
    events: list[tuple[int, Event]] = []
    refused: list[RefusedEvent] = []
    for index, item in enumerate(envelope.events):
        if index in wrong:
            message = first_problem(wrong[index]).replace("Value error, ", "")
            refused.append(_refusal(index, item, RefusalCode.MALFORMED, message))
        else:
            events.append((index, Event.model_validate(item)))
    return Batch(
        envelope.device_high_seq,
        envelope.device_now,
        events,
        refused,
        envelope.audit_head,
        envelope.audit_proof,
    )


def _refusal(index: int, item: Any, code: RefusalCode, message: str) -> RefusedEvent:
    """Named by its place, and by its id and sequence number when they can be read."""
    fields = item if isinstance(item, dict) else {}
    raw_id, raw_seq = fields.get("id"), fields.get("seq")
    event_id = raw_id if isinstance(raw_id, str) and 0 < len(raw_id) <= 36 else None
    seq = raw_seq if type(raw_seq) is int and 0 < raw_seq <= 2**53 else None
    return RefusedEvent(index=index, id=event_id, seq=seq, code=code, message=message)


def retrying(work: Callable[[], T]) -> T:
    """Run a transaction again when a concurrent one won a race (unique key, deadlock)."""
    for attempt in range(_ATTEMPTS):
        try:
            return work()
        except (IntegrityError, DBAPIError) as exc:
            retry = isinstance(exc, IntegrityError) or _transient(exc)
            if retry and attempt + 1 < _ATTEMPTS:
                log.info("retrying after a concurrent write: %s", exc.orig)
                continue
            raise
    raise AssertionError("unreachable")


def _transient(exc: DBAPIError) -> bool:
    # PostgreSQL: serialization_failure, deadlock_detected; SQLite: database is locked.
    code = getattr(exc.orig, "sqlstate", None)
    return code in {"40001", "40P01"} or "locked" in str(exc.orig)


def push(engine: Engine, clock: Clock, authorization: str | None, batch: Batch) -> PushResponse:
    try:
        return retrying(lambda: _push_once(engine, clock, authorization, batch))
    except EventsRefused as refusal:
        with engine.connect() as conn:
            device = device_for(conn, authorization)
            conn.rollback()
        refusals.remember(engine, device["id"], device["site"], refusal.refused, clock.now())
        raise
    except _Restored as restored:
        reason = str(restored)
        with engine.begin() as conn:
            device = device_for(conn, authorization)
            conn.execute(
                update(s.devices)
                .where(s.devices.c.id == device["id"])
                .values(retired_reason=reason)
            )
        raise CentreError(
            409, ErrorCode.RE_ENROL, f"this device must enrol again: {reason}"
        ) from None


def _push_once(
    engine: Engine, clock: Clock, authorization: str | None, batch: Batch
) -> PushResponse:
    now = clock.now()
    with engine.begin() as conn:
        device = device_for(conn, authorization, lock=True)
        events = [e for _, e in batch.events]
        _check_batch(device["site"], events)
        last_seq = int(device["last_seq"])
        if batch.device_high_seq < last_seq:
            raise _Restored(
                f"the centre already holds event {last_seq} from it but its database ends at "
                f"{batch.device_high_seq}: it was restored from a backup or copied"
            )
        refused = list(batch.refused)
        own = lineage(conn, device)
        fresh, conflicts = _sort_known(conn, own, batch.events)
        refused += conflicts
        _check_sequences_unused(conn, device["id"], [e for _, e in fresh if e.seq <= last_seq])
        refused += _unknown_recalls(conn, fresh)
        if refused:
            raise EventsRefused(sorted(refused, key=lambda r: r.index))
        stored = [e for _, e in fresh]
        skew = (batch.device_now - now).total_seconds()
        flagged = skew if abs(skew) > SKEW_LIMIT_SECONDS else None
        if stored:
            _store(conn, device["id"], stored, now, flagged)
            movements = [(e.id, e.payload, e.at) for e in stored if e.type == "movement"]
            folded = projection.fold_movements(conn, movements)
            projection.apply(conn, device["site"], folded, now, skew)
            recalls.ingest(conn, device["site"], stored, now)
            recall_picks.flag(conn, device["id"], device["site"], stored, now, skew)
            transfers.ingest(conn, device["site"], stored, now)
            refusals.settle(conn, sorted(own), [e.id for e in stored], now)
            last_seq = max(last_seq, *(e.seq for e in stored))
        anchor = anchors.record(
            conn, device["id"], device["site"], batch.audit_head, batch.audit_proof, now
        )
        conn.execute(
            update(s.devices)
            .where(s.devices.c.id == device["id"])
            .values(last_seq=last_seq, last_seen=now, clock_skew_seconds=flagged)
        )
    return PushResponse(
        acked_through=events[-1].seq if events else 0,
        stored=len(stored),
        duplicates=len(events) - len(stored),
        device_last_seq=last_seq,
        audit_anchor=anchor,
    )


_EVENT_COLUMNS = 'id, device_id, seq, site, type, payload, at, "user", received_at, skew_seconds'


def _store(
    conn: Connection, device_id: str, events: Sequence[Event], now: datetime, skew: float | None
) -> None:
    """One executemany on the driver: thousands of rows a push, no per-row statement building.

    Times are written as the UtcDateTime columns write them (UTC ISO text); an
    event's time is in UTC already (`Moment`).
    """
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    received = _utc_text(now)
    conn.exec_driver_sql(
        f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({', '.join([marker] * 10)})",
        [
            (
                e.id,
                device_id,
                e.seq,
                e.site,
                e.type,
                to_json(e.payload).decode(),
                e.at.isoformat(timespec="microseconds"),
                e.user,
                received,
                skew,
            )
            for e in events
        ],
    )


def _utc_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _check_batch(site: str, events: Sequence[Event]) -> None:
    previous = 0
    for event in events:
        if event.site != site:
            raise CentreError(
                403,
                ErrorCode.FORBIDDEN,
                f"this device belongs to site {site}; it may not push events for site {event.site}",
            )
        if event.seq <= previous:
            raise CentreError(400, ErrorCode.BAD_REQUEST, "events must be in increasing sequence")
        previous = event.seq


def _chunks(values: Sequence[T]) -> list[Sequence[T]]:
    return [values[i : i + _IN_CHUNK] for i in range(0, len(values), _IN_CHUNK)]


def _sort_known(
    conn: Connection, own: set[str], events: Sequence[tuple[int, Event]]
) -> tuple[list[tuple[int, Event]], list[RefusedEvent]]:
    """Events not stored yet; those whose id the centre holds from another store refused.

    `own`: this device and the devices its store enrolled as before.
    """
    if not events:
        return [], []
    ids = [e.id for _, e in events]
    holder: dict[str, str] = {}
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for chunk in _chunks(ids):
        # On the driver: SQLAlchemy's expanding IN costs more than the lookup at 900 ids.
        found = conn.exec_driver_sql(
            f"SELECT id, device_id FROM events WHERE id IN ({', '.join([marker] * len(chunk))})",
            tuple(chunk),
        )
        holder.update((str(event_id), str(owner)) for event_id, owner in found)
    fresh = [(i, e) for i, e in events if e.id not in holder]
    conflicts = [
        RefusedEvent(
            index=i,
            id=e.id,
            seq=e.seq,
            code=RefusalCode.ID_CONFLICT,
            message=f"event {e.id} is already held from another device: this store's events "
            "must be given new ids (register --new-identity)",
        )
        for i, e in events
        if e.id in holder and holder[e.id] not in own
    ]
    return fresh, conflicts


def _check_sequences_unused(conn: Connection, device_id: str, fresh: Sequence[Event]) -> None:
    """A new id under a sequence number this device already used: a restored database.

    `fresh`: the new events at or below the highest sequence stored (above it
    nothing can be used yet). They may still be new: events the site held
    back behind a refused one are sent once it is settled.
    """
    if not fresh:
        return
    seqs = [e.seq for e in fresh]
    for chunk in _chunks(seqs):
        used = conn.execute(
            select(s.events.c.seq).where(
                s.events.c.device_id == device_id, s.events.c.seq.in_(chunk)
            )
        ).first()
        if used is not None:
            raise _Restored(
                f"it sent new events under sequence numbers already used ({used[0]}): "
                "its database was restored from a backup or copied"
            )


def _unknown_recalls(conn: Connection, events: Sequence[tuple[int, Event]]) -> list[RefusedEvent]:
    """Reports on a recall the centre holds neither already nor from earlier in this push."""
    reports = [(i, e) for i, e in events if e.type in RECALL_REPORTS]
    if not reports:
        return []
    wanted = sorted({str(e.payload["id"]) for _, e in reports})
    known = set(conn.execute(select(s.recalls.c.id).where(s.recalls.c.id.in_(wanted))).scalars())
    refused = []
    for index, event in events:
        recall_id = str(event.payload.get("id", ""))
        if event.type == "recall_created":
            known.add(recall_id)
        elif event.type in RECALL_REPORTS and recall_id not in known:
            refused.append(
                RefusedEvent(
                    index=index,
                    id=event.id,
                    seq=event.seq,
                    code=RefusalCode.UNKNOWN_RECALL,
                    message=f"payload.id: the centre holds no recall {recall_id!r}",
                )
            )
    return refused
