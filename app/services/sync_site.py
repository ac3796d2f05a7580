"""What the sync client needs of the site's store: the records it reads and the port it
reads them through.

app.adapters.sync_state implements the port on SQLite (`Store.sync_uow`); sync.client
is handed the store (`SyncSession(store, clock)`) and never imports the adapters. The
records are the outbox rows waiting for the centre, the events it refused, and the
lots whose later events must wait behind a refusal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from app.services.ports import UnitOfWork


class Unsent(NamedTuple):
    """An outbox row waiting for the centre; `payload` is its stored JSON text, `at` its
    stored UTC ISO time: both go into the push body as they are."""

    seq: int
    id: str
    type: str
    payload: str
    at: str
    user: str


def lot_of(payload: str) -> tuple[str, str] | None:
    """The (di, lot) an outbox payload is about, if it names one the way lots are stored."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    di, lot = data.get("di"), data.get("lot")
    if isinstance(di, str) and isinstance(lot, str) and len(di) <= 64 and len(lot) <= 64:
        return di, lot
    return None


class Refusal(NamedTuple):
    """An event the centre refused, and what became of it."""

    seq: int
    event_id: str
    type: str
    di: str | None
    lot: str | None
    code: str
    message: str
    refused_at: datetime
    resolution: str | None
    resolved_by: str | None
    resolved_at: datetime | None
    replacement_seq: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "event": self.event_id,
            "type": self.type,
            "lot": {"di": self.di, "lot": self.lot} if self.lot is not None else None,
            "code": self.code,
            "message": self.message,
            "refused_at": self.refused_at.isoformat(),
        }


class Block(NamedTuple):
    """Events for (di, lot) with a sequence above `after` (and below `before`) must wait."""

    di: str
    lot: str
    after: int
    before: int | None


class SyncOutbox(Protocol):
    """The outbox as sync reads it: its sequence is the device's event sequence."""

    def unsent(self, limit: int, after: int = 0) -> list[Unsent]: ...
    def pending(self) -> int: ...
    def mark_sent(self, seqs: Sequence[int], at: datetime) -> None: ...
    def high_seq(self) -> int: ...
    def give_new_ids(self) -> int: ...
    def audit_head(self) -> tuple[int, str] | None: ...
    def audit_hash(self, seq: int) -> str | None: ...


class RefusalLog(Protocol):
    """The events the centre refused, as sync records and reads them."""

    def record(self, refused: Iterable[tuple[Unsent, str, str]], at: datetime) -> None: ...
    def open(self) -> list[Refusal]: ...
    def blocks(self) -> list[Block]: ...
    def forget_all(self) -> list[Refusal]: ...


class SyncUnitOfWork(UnitOfWork, Protocol):
    @property
    def sync_outbox(self) -> SyncOutbox: ...
    @property
    def sync_refusals(self) -> RefusalLog: ...
