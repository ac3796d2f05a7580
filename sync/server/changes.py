"""The centre's change log: publishing master data and holds, and paging it to sites."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update

from sync.protocol import CHANNEL_OF, ChangeKind, Channel, HoldRecord, PullPage
from sync.server import schema as s

# Any constant: the key of PostgreSQL's advisory lock that orders publishers.
_PUBLISH_LOCK = 7_202_006


def publish(
    conn: Connection,
    kind: ChangeKind,
    records: Sequence[tuple[str, Mapping[str, Any]]],
    at: datetime,
) -> None:
    """Append records to the log; each supersedes the older change to the same record."""
    if conn.dialect.name == "postgresql":
        # Sequence values are taken in commit order only if publishers queue;
        # otherwise a site could read seq 12 before seq 11 commits and skip it.
        conn.execute(text(f"SELECT pg_advisory_xact_lock({_PUBLISH_LOCK})"))
    keys = [key for key, _ in records]
    for start in range(0, len(keys), 500):
        conn.execute(
            update(s.changes)
            .where(
                s.changes.c.kind == kind.value,
                s.changes.c.key.in_(keys[start : start + 500]),
                s.changes.c.superseded.is_(False),
            )
            .values(superseded=True)
        )
    conn.execute(
        insert(s.changes),
        [
            {
                "channel": CHANNEL_OF[kind].value,
                "kind": kind.value,
                "key": key,
                "payload": json.dumps(payload, ensure_ascii=False, default=str),
                "at": at,
                "superseded": False,
            }
            for key, payload in records
        ],
    )


def issue_hold(engine: Engine, hold: HoldRecord, at: datetime) -> None:
    with engine.begin() as conn:
        for lot in hold.lots:
            key = {"reference": hold.reference, "di": hold.di, "lot": lot}
            conn.execute(s.holds.delete().where(*(s.holds.c[k] == v for k, v in key.items())))
            conn.execute(
                insert(s.holds).values(
                    **key,
                    kind=hold.kind,
                    reason=hold.reason,
                    issued_at=at,
                    lifted_at=None if hold.active else at,
                )
            )
        publish(conn, ChangeKind.HOLD, [(f"{hold.reference}|{hold.di}", hold.model_dump())], at)


def pull(conn: Connection, priority_after: int, bulk_after: int, limit: int) -> PullPage:
    """Priority changes first; bulk fills the rest of the page."""
    return PullPage.model_validate_json(pull_json(conn, priority_after, bulk_after, limit))


def pull_json(conn: Connection, priority_after: int, bulk_after: int, limit: int) -> bytes:
    """The same page as `pull`, written as PullPage JSON straight from the stored payloads.

    Payloads are kept as JSON text, so a page of thousands splices them in
    instead of parsing each into a dict and serialising it again; the site
    validates the page against PullPage when it reads it.
    """
    rows = _live(conn, Channel.PRIORITY, priority_after, limit)
    if len(rows) < limit:
        rows += _live(conn, Channel.BULK, bulk_after, limit - len(rows))
    priority, bulk = priority_after, bulk_after
    parts = []
    for seq, channel, kind, key, payload in rows:
        if channel == Channel.PRIORITY:
            priority = max(priority, seq)
        else:
            bulk = max(bulk, seq)
        parts.append(
            f'{{"seq":{int(seq)},"channel":{_text(channel)},"kind":{_text(kind)},'
            f'"key":{_text(key)},"payload":{payload}}}'
        )
    tail = {
        "priority_cursor": priority,
        "bulk_cursor": bulk,
        "more": len(rows) >= limit,
        "bulk_head": _head(conn, Channel.BULK),
    }
    return f'{{"changes":[{",".join(parts)}],{json.dumps(tail)[1:]}'.encode()


_text = json.dumps


def _live(conn: Connection, channel: Channel, after: int, limit: int) -> list[Any]:
    c = s.changes.c
    return list(
        conn.execute(
            select(c.seq, c.channel, c.kind, c.key, c.payload)
            .where(c.channel == channel.value, c.superseded.is_(False), c.seq > bindparam("after"))
            .order_by(c.seq)
            .limit(limit),
            {"after": after},
        )
    )


def _head(conn: Connection, channel: Channel) -> int:
    # The newest change of a channel is never superseded, so asking among the
    # live ones gives the same answer straight from ix_changes_live.
    c = s.changes.c
    return int(
        conn.execute(
            select(func.coalesce(func.max(c.seq), 0)).where(
                c.channel == channel.value, c.superseded.is_(False)
            )
        ).scalar_one()
    )
