"""The centre's change log: publishing master data and holds, and paging it to sites."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update

from sync.protocol import CHANNEL_OF, ChangeKind, Channel, HoldRecord, PullPage
from sync.server import schema as s

# Any constant: the key of PostgreSQL's advisory lock that orders publishers.
_PUBLISH_LOCK = 7_202_006


Record = tuple[str, Mapping[str, Any]]


def publish(
    conn: Connection,
    kind: ChangeKind,
    records: Sequence[Record],
    at: datetime,
    sites: Sequence[Sequence[str] | None] | None = None,
) -> None:
    """Append records to the log; each supersedes the older change to the same record.

    `sites`, one per record when given: the sites it is for (None: every site).
    """
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
                "sites": json.dumps(sorted(audience)) if audience is not None else None,
            }
            for (key, payload), audience in zip(
                records, sites if sites is not None else [None] * len(records), strict=True
            )
        ],
    )


def live(conn: Connection, kind: ChangeKind, keys: Sequence[str]) -> dict[str, Live]:
    """The newest change of each of these records, with the sites it is for.

    A record published with a revocation for the sites it left has two live
    changes; the record is the first of them.
    """
    c = s.changes.c
    found: dict[str, Live] = {}
    for start in range(0, len(keys), 500):
        rows = conn.execute(
            select(c.key, c.payload, c.sites)
            .where(
                c.kind == kind.value, c.key.in_(keys[start : start + 500]), c.superseded.is_(False)
            )
            .order_by(c.seq)
        )
        for key, payload, sites in rows:
            if key not in found:
                audience = json.loads(sites) if sites is not None else None
                found[key] = Live(json.loads(payload), audience)
    return found


@dataclass(frozen=True, slots=True)
class Live:
    payload: dict[str, Any]
    sites: list[str] | None


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


def pull(
    conn: Connection,
    priority_after: int,
    bulk_after: int,
    limit: int,
    site: str,
    only_priority: bool = False,
) -> PullPage:
    """Priority changes first; bulk fills the rest of the page."""
    page = pull_json(conn, priority_after, bulk_after, limit, site, only_priority)
    return PullPage.model_validate_json(page)


def pull_json(
    conn: Connection,
    priority_after: int,
    bulk_after: int,
    limit: int,
    site: str,
    only_priority: bool = False,
) -> bytes:
    """The same page as `pull`, written as PullPage JSON straight from the stored payloads.

    Payloads are kept as JSON text, so a page of thousands splices them in
    instead of parsing each into a dict and serialising it again; the site
    validates the page against PullPage when it reads it. A change for other
    sites only is left out, but the cursor moves past it all the same.
    """
    rows = _live(conn, Channel.PRIORITY, priority_after, limit)
    if len(rows) < limit and not only_priority:
        rows += _live(conn, Channel.BULK, bulk_after, limit - len(rows))
    priority, bulk = priority_after, bulk_after
    parts = []
    for seq, channel, kind, key, payload, sites in rows:
        if channel == Channel.PRIORITY:
            priority = max(priority, seq)
        else:
            bulk = max(bulk, seq)
        if sites is not None and site not in json.loads(sites):
            continue
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
            select(c.seq, c.channel, c.kind, c.key, c.payload, c.sites)
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
