"""The centre's change log: publishing master data and holds, and paging it to sites."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update

from sync.protocol import CHANNEL_OF, Change, ChangeKind, Channel, HoldRecord, PullPage
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
    rows = _live(conn, Channel.PRIORITY, priority_after, limit)
    if len(rows) < limit:
        rows += _live(conn, Channel.BULK, bulk_after, limit - len(rows))
    changes = [
        Change(seq=seq, channel=Channel(ch), kind=ChangeKind(kind), key=key, payload=json.loads(p))
        for seq, ch, kind, key, p in rows
    ]
    priority = [c.seq for c in changes if c.channel is Channel.PRIORITY]
    bulk = [c.seq for c in changes if c.channel is Channel.BULK]
    return PullPage(
        changes=changes,
        priority_cursor=max(priority, default=priority_after),
        bulk_cursor=max(bulk, default=bulk_after),
        more=len(changes) >= limit,
        bulk_head=_head(conn, Channel.BULK),
    )


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
    return int(
        conn.execute(
            select(func.coalesce(func.max(s.changes.c.seq), 0)).where(
                s.changes.c.channel == channel.value
            )
        ).scalar_one()
    )
