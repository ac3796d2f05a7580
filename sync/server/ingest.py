"""Storing a site's pushed events exactly once, and folding them into the picture."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.clock import Clock
from sync.protocol import ErrorCode, PushRequest, PushResponse
from sync.server import projection, recall_picks, recalls
from sync.server import schema as s
from sync.server.enrolment import device_for
from sync.server.errors import CentreError

log = logging.getLogger(__name__)

# Beyond this a device clock is reported; events are stored all the same.
SKEW_LIMIT_SECONDS = 300.0
_ATTEMPTS = 5

T = TypeVar("T")


class _Restored(Exception):
    """The device reuses sequence numbers it already spent: a restored or copied database."""


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


def push(
    engine: Engine, clock: Clock, authorization: str | None, request: PushRequest
) -> PushResponse:
    try:
        return retrying(lambda: _push_once(engine, clock, authorization, request))
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
    engine: Engine, clock: Clock, authorization: str | None, request: PushRequest
) -> PushResponse:
    now = clock.now()
    with engine.begin() as conn:
        device = device_for(conn, authorization, lock=True)
        _check_batch(device["site"], request)
        last_seq = int(device["last_seq"])
        if request.device_high_seq < last_seq:
            raise _Restored(
                f"the centre already holds event {last_seq} from it but its database ends at "
                f"{request.device_high_seq}: it was restored from a backup or copied"
            )
        known = _known_ids(conn, [e.id for e in request.events])
        fresh = [e for e in request.events if e.id not in known]
        reused = [e.seq for e in fresh if e.seq <= last_seq]
        if reused:
            raise _Restored(
                f"it sent new events under sequence numbers already used ({reused[0]}): "
                "its database was restored from a backup or copied"
            )
        skew = (request.device_now - now).total_seconds()
        flagged = skew if abs(skew) > SKEW_LIMIT_SECONDS else None
        if fresh:
            conn.execute(
                insert(s.events),
                [
                    {
                        "id": e.id,
                        "device_id": device["id"],
                        "seq": e.seq,
                        "site": e.site,
                        "type": e.type,
                        "payload": json.dumps(e.payload, ensure_ascii=False),
                        "at": e.at,
                        "user": e.user,
                        "received_at": now,
                        "skew_seconds": flagged,
                    }
                    for e in fresh
                ],
            )
            movements = [(e.id, e.payload, e.at) for e in fresh if e.type == "movement"]
            folded = projection.fold_movements(conn, movements)
            projection.apply(conn, device["site"], folded, now, skew)
            recalls.ingest(conn, device["site"], fresh, now)
            recall_picks.flag(conn, device["id"], device["site"], fresh, now, skew)
            last_seq = max(last_seq, fresh[-1].seq)
        conn.execute(
            update(s.devices)
            .where(s.devices.c.id == device["id"])
            .values(last_seq=last_seq, last_seen=now, clock_skew_seconds=flagged)
        )
    return PushResponse(
        acked_through=request.events[-1].seq if request.events else 0,
        stored=len(fresh),
        duplicates=len(request.events) - len(fresh),
        device_last_seq=last_seq,
    )


def _check_batch(site: str, request: PushRequest) -> None:
    previous = 0
    for event in request.events:
        if event.site != site:
            raise CentreError(
                403,
                ErrorCode.FORBIDDEN,
                f"this device belongs to site {site}; it may not push events for site {event.site}",
            )
        if event.seq <= previous:
            raise CentreError(400, ErrorCode.BAD_REQUEST, "events must be in increasing sequence")
        for field in ("di", "lot"):
            if event.type == "movement" and not isinstance(event.payload.get(field), str):
                raise CentreError(400, ErrorCode.BAD_REQUEST, f"movement {event.id} has no {field}")
        previous = event.seq


def _known_ids(conn: Connection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    return set(conn.execute(select(s.events.c.id).where(s.events.c.id.in_(ids))).scalars())
