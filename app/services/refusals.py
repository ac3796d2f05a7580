"""Events the centre refused: a supervisor corrects or discards each, audited.

The sync client keeps the refused events (app.adapters.sync_state); these
handlers are the only way they are settled, so each settlement is an audit
entry in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol, cast

from app.errors import Code, Refused
from app.services.commands import CorrectRefusedEvent, DiscardRefusedEvent
from app.services.context import ActionResult, Context, done, event_digest


class RefusedEvent(Protocol):
    seq: int
    event_id: str
    type: str
    code: str
    resolution: str | None

    def to_json(self) -> dict[str, Any]: ...


class SyncRefusals(Protocol):
    def get(self, seq: int) -> RefusedEvent | None: ...
    def discard(self, seq: int, by: str, at: datetime) -> RefusedEvent: ...
    def correct(
        self, seq: int, payload: Mapping[str, Any], by: str, at: datetime
    ) -> RefusedEvent: ...


class RefusalsUnitOfWork(Protocol):
    @property
    def sync_refusals(self) -> SyncRefusals: ...


def _open(ctx: Context, seq: int) -> RefusedEvent:
    refusals = cast(RefusalsUnitOfWork, ctx.uow).sync_refusals
    found = refusals.get(seq)
    if found is None or found.resolution is not None:
        raise Refused(Code.NOTHING_TO_DO, f"no open refusal of event {seq}", seq=seq)
    return found


def discard(ctx: Context, cmd: DiscardRefusedEvent) -> ActionResult:
    refused = _open(ctx, cmd.seq)
    reason = ctx.require_reason(cmd.reason)
    settled = cast(RefusalsUnitOfWork, ctx.uow).sync_refusals.discard(
        cmd.seq, ctx.username, ctx.now
    )
    ctx.change(
        "discard_refused_event",
        "outbox",
        str(cmd.seq),
        refused.to_json(),
        {**settled.to_json(), "reason": reason},
    )
    return done(f"event {cmd.seq} discarded", seq=cmd.seq)


def correct(ctx: Context, cmd: CorrectRefusedEvent) -> ActionResult:
    refused = _open(ctx, cmd.seq)
    reason = ctx.require_reason(cmd.reason)
    settled = cast(RefusalsUnitOfWork, ctx.uow).sync_refusals.correct(
        cmd.seq, cmd.payload, ctx.username, ctx.now
    )
    after = {
        **settled.to_json(),
        "reason": reason,
        "payload": dict(cmd.payload),
        "event": event_digest(refused.type, cmd.payload),
    }
    ctx.change("correct_refused_event", "outbox", str(cmd.seq), refused.to_json(), after)
    return done(f"event {cmd.seq} corrected", seq=cmd.seq)


HANDLERS: dict[type, Any] = {DiscardRefusedEvent: discard, CorrectRefusedEvent: correct}
