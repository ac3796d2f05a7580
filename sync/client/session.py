"""One sync round: pull the priority channel, push the outbox, pull the rest. Safe to cut anywhere.

Holds and recalls come first and on their own, so nothing about the push (a
refused event, a centre error) can keep a recall from a ward; and a failed
pull does not keep the push back. Only a failure of the link itself (no
network, a rejected token) ends the round early.

Events are marked sent only after the centre acknowledged them, and a page
of changes is applied in the same transaction that moves the cursor, so an
interrupted round repeats work but never loses or doubles any. Events the
centre refuses are set aside in the site's refused list
(app/adapters/sync_state.py) and the rest go on, except later events of the
same lot, which wait behind them.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Engine

from app.domain.audit import GENESIS
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.notifications import Notice, NoticeCode
from app.services.bus import execute
from app.services.commands import ApplyCentralPage, ApplyRememberedHolds
from app.services.notifications import queue, supervisors
from app.services.settings import device_name
from app.services.sync_site import Block, SyncUnitOfWork, Unsent, lot_of
from sync.client import device_token
from sync.client import settings as keys
from sync.client.errors import ROUND_ENDING, ErrorKind, EventsRefused, SyncError
from sync.client.status import Progress, SyncStatus
from sync.client.transport import Transport
from sync.protocol import MAX_PUSH_EVENTS, PullPage, PushResponse, RefusalCode, RefusedEvent

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
    # Every event the centre refused that no one has settled yet: code, event, message.
    refused: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Link:
    transport: Transport
    site: str


class SiteStore(Protocol):
    """What sync needs of the site's store (app.adapters.store.Store is one)."""

    @property
    def engine(self) -> Engine: ...
    def sync_uow(self, read_only: bool = False) -> SyncUnitOfWork: ...


class SyncSession:
    """Sync for one site database; one round at a time (the caller serialises rounds)."""

    def __init__(
        self,
        store: SiteStore,
        clock: Clock,
        *,
        push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE,
        timeout: tuple[float, float] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.store = store
        self.engine = store.engine
        self.clock = clock
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.timeout = timeout
        self.on_progress = on_progress

    def uow(self, read_only: bool = False) -> SyncUnitOfWork:
        return self.store.sync_uow(read_only)

    def run_round(self) -> RoundSummary:
        """Priority pull, push, pull; each failure is recorded for the status and in `errors`."""
        with _older_objects_frozen():
            return self._round()

    def _round(self) -> RoundSummary:
        summary = RoundSummary()
        failure: SyncError | None = None
        try:
            link = self.link()
        except SyncError as exc:
            failure = exc
            summary.errors.append(exc.words)
        else:
            try:
                for step in (self._pull_priority, self._push, self._pull):
                    try:
                        step(link, summary)
                    except SyncError as exc:
                        failure = failure or exc
                        summary.errors.append(exc.words)
                        if exc.kind in ROUND_ENDING:
                            break
            finally:
                link.transport.close()
        self._record(None if failure else self.clock.now(), failure)
        with self.uow(read_only=True) as uow:
            priority, bulk = keys.cursors(uow.settings)
            summary.refused = [r.to_json() for r in uow.sync_refusals.open()]
        summary.cursor = {"priority": priority, "bulk": bulk}
        return summary

    def link(self) -> Link:
        """The transport to the centre, with this device's token; the caller closes it."""
        with self.uow(read_only=True) as uow:
            enrolment = keys.enrolment(uow.settings)
            store_id = uow.settings.get(keys.STORE_ID) or ""
            legacy = uow.settings.get(keys.TOKEN) or ""
        if enrolment is None:
            raise SyncError(
                ErrorKind.NOT_REGISTERED, "this site is not registered with a centre yet"
            )
        if legacy:
            token: str | None = legacy
            self._move_legacy_token(store_id, legacy)
        else:
            token = device_token.load(self.engine, store_id, enrolment.token_store)
        if not token:
            raise SyncError(
                ErrorKind.TOKEN, "this device's token is missing: register the site again"
            )
        kwargs = {"timeout": self.timeout} if self.timeout else {}
        transport = Transport(enrolment.server, token, enrolment.ca_file, **kwargs)
        return Link(transport, enrolment.site)

    def _move_legacy_token(self, store_id: str, token: str) -> None:
        """A token an older version kept in the settings table goes to the token store."""
        where = device_token.save(self.engine, store_id, token)
        with self.uow() as uow:
            uow.settings.put(keys.TOKEN_STORE, where)
            uow.settings.put(keys.TOKEN, "")
            uow.commit()

    def _push(self, link: Link, summary: RoundSummary) -> None:
        """Batches until the outbox is empty; the audit head goes with each, even an empty one.

        An empty push is sent only when the chain grew past the centre's newest
        anchor without an event to carry it (a settled refusal, a pulled page).
        While the centre stores one batch, the one before is marked sent and the
        next is read from the outbox and written out, work that had left the
        centre idle: of a 100,000-event push, the time outside the centre's
        requests fell from 1.2-1.3 s to 0.5-0.7 s (tests/bench/test_bench_sync.py).
        Nothing is marked sent before its own answer, so an interrupted push
        repeats a batch at most, and the centre acknowledges a repeat as duplicates.
        """
        pushed = False
        with self.uow(read_only=True) as uow:
            # The newest anchor the centre named: the entry the next push proves.
            anchored = uow.settings.get(keys.AUDIT_ANCHOR)
            batch = self._batch(uow, link.site)
        answered: tuple[list[Unsent], PushResponse] | None = None  # not marked sent yet
        with ThreadPoolExecutor(1, thread_name_prefix="push") as sender:
            while True:
                if answered is not None and not batch.rows:
                    # The end, unless a refusal was settled meanwhile: a look from the start.
                    self._mark_sent(*answered, summary)
                    answered = None
                    batch = self._first_batch(link.site)
                with self.uow(read_only=True) as uow:
                    high = uow.sync_outbox.high_seq()
                    head = uow.sync_outbox.audit_head()
                    proof = None
                    if anchored:
                        # An entry that is gone proves nothing: the centre sees the mismatch.
                        found = uow.sync_outbox.audit_hash(int(anchored))
                        proof = (int(anchored), found or GENESIS)
                moved = head is not None and head[0] > int(anchored or 0)
                if not batch.rows and (pushed or not moved):
                    return
                pushed = True
                body = _body(high, self.clock.now(), batch.events, head or (0, GENESIS), proof)
                answer = sender.submit(link.transport.post_json, "/v1/push", body, PushResponse)
                if answered is not None:
                    self._mark_sent(*answered, summary)
                    answered = None
                rows = batch.rows
                if rows:
                    # Those after this batch, the blocks as they stand; read again from
                    # the start below should the centre refuse some of this one.
                    with self.uow(read_only=True) as uow:
                        batch = self._batch(uow, link.site, after=rows[-1].seq)
                try:
                    ack = answer.result()
                except EventsRefused as refusal:
                    self._set_aside(rows, refusal.refused, refusal.words)
                    batch = self._first_batch(link.site)
                    continue  # the same batch again, without them and what waits behind them
                except SyncError as exc:
                    unreadable = _unreadable(rows) if exc.kind is ErrorKind.REFUSED_REQUEST else []
                    if not unreadable:
                        raise
                    # A payload that is not JSON spoils the whole body: it is refused here.
                    self._set_aside(rows, unreadable, exc.words)
                    batch = self._first_batch(link.site)
                    continue
                if ack.audit_anchor is not None:
                    anchored = str(ack.audit_anchor)
                answered = (rows, ack)

    def _mark_sent(self, rows: Sequence[Unsent], ack: PushResponse, summary: RoundSummary) -> None:
        with self.uow() as uow:
            uow.sync_outbox.mark_sent([r.seq for r in rows], self.clock.now())
            if ack.audit_anchor is not None:
                uow.settings.put(keys.AUDIT_ANCHOR, str(ack.audit_anchor))
            uow.commit()
        summary.pushed += ack.stored
        summary.duplicates += ack.duplicates

    def _first_batch(self, site: str) -> _Batch:
        with self.uow(read_only=True) as uow:
            return self._batch(uow, site)

    def _batch(self, uow: SyncUnitOfWork, site: str, after: int = 0) -> _Batch:
        rows = self._sendable(uow, after)
        return _Batch(rows, events_json(site, rows))

    def _sendable(self, uow: SyncUnitOfWork, after: int = 0) -> list[Unsent]:
        """The next batch after sequence `after`: unsent events, without those waiting
        behind a refused one."""
        blocks = uow.sync_refusals.blocks()
        if not blocks:
            return uow.sync_outbox.unsent(self.push_batch, after)
        by_lot: dict[tuple[str, str], list[Block]] = {}
        for block in blocks:
            by_lot.setdefault((block.di, block.lot), []).append(block)
        batch: list[Unsent] = []
        while len(batch) < self.push_batch:
            page = uow.sync_outbox.unsent(self.push_batch, after)
            if not page:
                break
            for row in page:
                if not _waits(row, by_lot) and len(batch) < self.push_batch:
                    batch.append(row)
            after = page[-1].seq
        return batch

    def _set_aside(
        self, rows: Sequence[Unsent], refusals: Sequence[RefusedEvent], words: str
    ) -> None:
        named = []
        for refused in refusals:
            if not 0 <= refused.index < len(rows):
                continue
            row = rows[refused.index]
            if refused.id is not None and refused.id != row.id:
                continue
            named.append((row, refused.code.value, refused.message))
        if not named:
            # Nothing to set aside would send the same batch for ever.
            raise SyncError(
                ErrorKind.SERVER,
                f"the centre refused events that are not in the batch sent: {words}",
            )
        with self.uow() as uow:
            now = self.clock.now()
            uow.sync_refusals.record(named, now)
            people = tuple(supervisors(uow))
            for row, code, text in named:
                data = {"seq": str(row.seq), "type": row.type, "code": code, "message": text}
                queue(uow, now, Notice(NoticeCode.SYNC_REFUSED, f"refused:{row.id}", data, people))
            uow.commit()

    def _pull_priority(self, link: Link, summary: RoundSummary) -> None:
        """Holds and recalls alone, before anything else in the round."""
        self._pull_pages(link, summary, only_priority=True)

    def _pull(self, link: Link, summary: RoundSummary) -> None:
        self._pull_pages(link, summary, only_priority=False)
        held = execute(self.uow(), self.clock, self._device(), ApplyRememberedHolds())
        summary.held = int(held.detail.get("held", 0))

    def _pull_pages(self, link: Link, summary: RoundSummary, *, only_priority: bool) -> None:
        """Page by page, each applied while the next comes over the link (a page names
        the cursors to ask from); a page not applied leaves the cursors where they were."""
        with self.uow(read_only=True) as uow:
            priority, bulk = keys.cursors(uow.settings)
        # Read once, not per page: a read while the next page is parsed waits for the
        # parser to let go of the interpreter (0.1 s of a 100,000-item first pull).
        device = self._device()
        start = bulk
        with ThreadPoolExecutor(1, thread_name_prefix="pull") as fetcher:
            coming: Future[PullPage] | None = fetcher.submit(
                self._page, link, priority, bulk, only_priority
            )
            while coming is not None:
                page = coming.result()
                coming = None
                if page.more:
                    coming = fetcher.submit(
                        self._page, link, page.priority_cursor, page.bulk_cursor, only_priority
                    )
                self._apply_page(page, priority, bulk, device)
                priority, bulk = page.priority_cursor, page.bulk_cursor
                summary.pulled += len(page.changes)
                if self.on_progress is not None and page.bulk_head > start:
                    self.on_progress(Progress(bulk - start, page.bulk_head - start))

    def _page(self, link: Link, priority: int, bulk: int, only_priority: bool) -> PullPage:
        params: dict[str, int | bool] = {
            "priority_after": priority,
            "bulk_after": bulk,
            "limit": self.pull_page,
        }
        if only_priority:
            params["only_priority"] = True
        return link.transport.get("/v1/pull", params, PullPage)

    def _apply_page(self, page: PullPage, priority: int, bulk: int, device: Actor) -> None:
        """The page's changes and the cursors after it, in one transaction."""
        span = f"priority {priority}-{page.priority_cursor} bulk {bulk}-{page.bulk_cursor}"
        command = ApplyCentralPage(
            [(c.kind.value, c.payload) for c in page.changes],
            span,
            {
                keys.PRIORITY_CURSOR: str(page.priority_cursor),
                keys.BULK_CURSOR: str(page.bulk_cursor),
            },
        )
        try:
            applied = execute(self.uow(), self.clock, device, command)
        except (ValueError, KeyError, TypeError) as exc:
            # A change this site cannot read: rolled back, kept at the cursor, reported.
            raise SyncError(
                ErrorKind.NOT_APPLIED,
                f"a change from the centre ({span}) could not be applied here: {exc}",
            ) from exc
        if not applied.ok:
            # Rolled back and kept at the cursor: the change is tried again next round.
            raise SyncError(
                ErrorKind.NOT_APPLIED,
                f"a change from the centre ({span}) could not be applied here: "
                f"{applied.code.value} {applied.message}",
            )

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
                pending=uow.sync_outbox.pending(),
                last_error=uow.settings.get(keys.LAST_ERROR) or None,
                last_error_kind=uow.settings.get(keys.LAST_ERROR_KIND) or None,
                running=running,
                progress=progress,
                refused=tuple(uow.sync_refusals.open()),
            )


@contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """The garbage collector's full passes leave out what was there before the round.

    A round of thousands of events or changes makes enough long-lived objects
    (pages, rows, models) to set off full collections, and each walked the
    whole process (the app, its store, a window): 1.6 s of a 7.3 s first pull
    of 100,000 items (tests/bench/test_bench_sync.py). Unfrozen after, so
    nothing is kept from the collector for longer than a round. A process that
    froze its start-up for good (the desktop, ui.app.settle_start_up, before its
    sync starts) is left as it is: unfreezing would undo that too.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _unreadable(rows: Sequence[Unsent]) -> list[RefusedEvent]:
    """Rows whose stored payload is not a JSON object (a damaged or edited outbox)."""
    found = []
    for index, row in enumerate(rows):
        try:
            readable = isinstance(json.loads(row.payload), dict)
        except ValueError:
            readable = False
        if not readable:
            found.append(
                RefusedEvent(
                    index=index,
                    id=row.id,
                    seq=row.seq,
                    code=RefusalCode.MALFORMED,
                    message="payload: the stored payload is not a JSON object",
                )
            )
    return found


def _waits(row: Unsent, by_lot: dict[tuple[str, str], list[Block]]) -> bool:
    lot = lot_of(row.payload)
    if lot is None:
        return False
    return any(
        row.seq > b.after and (b.before is None or row.seq < b.before) for b in by_lot.get(lot, [])
    )


@dataclass(frozen=True, slots=True)
class _Batch:
    """Outbox rows to push, and their events as the push body will carry them."""

    rows: list[Unsent]
    events: str


def push_body(
    high: int,
    now: datetime,
    site: str,
    rows: Sequence[Unsent],
    head: tuple[int, str] | None = None,
    proof: tuple[int, str] | None = None,
) -> bytes:
    """A PushRequest as JSON, written straight from the outbox rows."""
    return _body(high, now, events_json(site, rows), head, proof)


def events_json(site: str, rows: Sequence[Unsent]) -> str:
    """The rows as the push body's list of events, without its brackets.

    Each payload is already stored as canonical JSON text, and each time as UTC
    ISO text, so they are spliced in rather than parsed and serialised again;
    the centre validates the whole body against PushRequest and names any
    event it cannot take.
    """
    dumps = json.dumps
    site_json = dumps(site)
    return ",".join(
        f'{{"id":{dumps(r.id)},"seq":{int(r.seq)},"site":{site_json},"type":{dumps(r.type)},'
        f'"payload":{r.payload},"at":{dumps(r.at)},"user":{dumps(r.user)}}}'
        for r in rows
    )


def _body(
    high: int,
    now: datetime,
    events: str,
    head: tuple[int, str] | None,
    proof: tuple[int, str] | None,
) -> bytes:
    marks = "".join(
        f',"{name}":{{"seq":{int(mark[0])},"hash":{json.dumps(mark[1])}}}'
        for name, mark in (("audit_head", head), ("audit_proof", proof))
        if mark is not None
    )
    return (
        f'{{"device_high_seq":{int(high)},"device_now":"{now.isoformat()}",'
        f'"events":[{events}]{marks}}}'
    ).encode()
