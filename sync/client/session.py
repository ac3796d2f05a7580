"""One sync round: push the outbox, then pull the centre's changes. Safe to cut anywhere.

Events are marked sent only after the centre acknowledged them, and a page
of changes is applied in the same transaction that moves the cursor, so an
interrupted round repeats work but never loses or doubles any.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from app.adapters.sync_state import SyncUnitOfWork, Unsent
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.services.bus import execute
from app.services.commands import ApplyCentralPage, ApplyRememberedHolds
from app.services.settings import device_name
from sync.client import settings as keys
from sync.client.errors import ErrorKind, SyncError
from sync.client.status import Progress, SyncStatus
from sync.client.transport import Transport
from sync.protocol import MAX_PUSH_EVENTS, PullPage, PushResponse

# As many as the centre takes in one request: each request costs the centre
# one durable commit, so fewer, fuller batches push a backlog fastest.
PUSH_BATCH = MAX_PUSH_EVENTS
PULL_PAGE = 1000


@dataclass(slots=True)
class RoundSummary:
    pushed: int = 0
    duplicates: int = 0
    pulled: int = 0
    held: int = 0
    cursor: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SyncSession:
    """Sync for one site database; one round at a time (the caller serialises rounds)."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        *,
        push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE,
        timeout: tuple[float, float] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.timeout = timeout
        self.on_progress = on_progress

    def uow(self, read_only: bool = False) -> SyncUnitOfWork:
        return SyncUnitOfWork(self.engine, read_only=read_only)

    def run_round(self) -> RoundSummary:
        """Push then pull; a failure is recorded for the status and returned in `errors`."""
        summary = RoundSummary()
        try:
            with self.uow(read_only=True) as uow:
                enrolment = keys.enrolment(uow.settings)
            if enrolment is None:
                raise SyncError(
                    ErrorKind.NOT_REGISTERED, "this site is not registered with a centre yet"
                )
            kwargs = {"timeout": self.timeout} if self.timeout else {}
            transport = Transport(enrolment.server, enrolment.token, enrolment.ca_file, **kwargs)
            try:
                self._push(transport, enrolment.site, summary)
                self._pull(transport, summary)
            finally:
                transport.close()
        except SyncError as exc:
            summary.errors.append(exc.words)
            self._record(None, exc)
        else:
            self._record(self.clock.now(), None)
        with self.uow(read_only=True) as uow:
            priority, bulk = keys.cursors(uow.settings)
        summary.cursor = {"priority": priority, "bulk": bulk}
        return summary

    def _push(self, transport: Transport, site: str, summary: RoundSummary) -> None:
        while True:
            with self.uow(read_only=True) as uow:
                rows = uow.sync_outbox.unsent(self.push_batch)
                high = uow.sync_outbox.high_seq()
            if not rows:
                return
            body = push_body(high, self.clock.now(), site, rows)
            ack = transport.post_json("/v1/push", body, PushResponse)
            with self.uow() as uow:
                uow.sync_outbox.mark_sent(ack.acked_through, self.clock.now())
                uow.commit()
            summary.pushed += ack.stored
            summary.duplicates += ack.duplicates

    def _pull(self, transport: Transport, summary: RoundSummary) -> None:
        with self.uow(read_only=True) as uow:
            priority, bulk = keys.cursors(uow.settings)
        start = bulk
        while True:
            page = transport.get(
                "/v1/pull",
                {"priority_after": priority, "bulk_after": bulk, "limit": self.pull_page},
                PullPage,
            )
            span = f"priority {priority}-{page.priority_cursor} bulk {bulk}-{page.bulk_cursor}"
            applied = execute(
                self.uow(),
                self.clock,
                self._device(),
                ApplyCentralPage(
                    [(c.kind.value, c.payload) for c in page.changes],
                    span,
                    {
                        keys.PRIORITY_CURSOR: str(page.priority_cursor),
                        keys.BULK_CURSOR: str(page.bulk_cursor),
                    },
                ),
            )
            if not applied.ok:
                raise SyncError(
                    ErrorKind.PROTOCOL, f"a page could not be applied: {applied.message}"
                )
            priority, bulk = page.priority_cursor, page.bulk_cursor
            summary.pulled += len(page.changes)
            if self.on_progress is not None and page.bulk_head > start:
                self.on_progress(Progress(bulk - start, page.bulk_head - start))
            if not page.more:
                break
        held = execute(self.uow(), self.clock, self._device(), ApplyRememberedHolds())
        summary.held = int(held.detail.get("held", 0))

    def _device(self) -> Actor:
        """Sync applies what the centre decided: the device's own derived writes."""
        with self.uow(read_only=True) as uow:
            return Actor.system(device_name(uow))

    def _record(self, success: datetime | None, error: SyncError | None) -> None:
        with self.uow() as uow:
            if success is not None:
                uow.settings.put(keys.LAST_SUCCESS, success.isoformat())
            uow.settings.put(keys.LAST_ERROR, error.words if error else "")
            uow.settings.put(keys.LAST_ERROR_KIND, error.kind.value if error else "")
            uow.commit()

    def status(self, running: bool = False, progress: Progress | None = None) -> SyncStatus:
        with self.uow(read_only=True) as uow:
            last = uow.settings.get(keys.LAST_SUCCESS)
            return SyncStatus(
                registered=keys.enrolment(uow.settings) is not None,
                last_success=datetime.fromisoformat(last) if last else None,
                pending=uow.outbox.pending(),
                last_error=uow.settings.get(keys.LAST_ERROR) or None,
                last_error_kind=uow.settings.get(keys.LAST_ERROR_KIND) or None,
                running=running,
                progress=progress,
            )


def push_body(high: int, now: datetime, site: str, rows: Sequence[Unsent]) -> bytes:
    """A PushRequest as JSON, written straight from the outbox rows.

    Each payload is already stored as canonical JSON text, so it is spliced in
    rather than parsed and serialised again; the centre validates the whole
    body against PushRequest and refuses it with a clear 4xx if it is wrong.
    """
    dumps = json.dumps
    site_json = dumps(site)
    events = ",".join(
        f'{{"id":{dumps(r.id)},"seq":{int(r.seq)},"site":{site_json},"type":{dumps(r.type)},'
        f'"payload":{r.payload},"at":"{r.at.isoformat()}","user":{dumps(r.user)}}}'
        for r in rows
    )
    return (
        f'{{"device_high_seq":{int(high)},"device_now":"{now.isoformat()}","events":[{events}]}}'
    ).encode()
