"""The events the centre refused from each site, kept for the web page.

A refused push stores nothing (ingest.py), so without this the centre
would forget it ever saw them. Each refused event is one row per device and
event (its id, else its sequence number), counted each time it comes back;
when an event of that id is stored after all (a recall arrived, the site
fixed it) the row says when. A site that discards or corrects an event
locally sends nothing the centre can tie to the refusal: such rows stay as
they were, which the page shows as "not stored".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync.protocol import RefusedEvent
from sync.server import schema as s


def _key(refusal: RefusedEvent) -> str:
    if refusal.id:
        return refusal.id
    return f"#{refusal.seq}" if refusal.seq is not None else f"@{refusal.index}"


def remember(
    engine: Engine, device_id: str, site: str, refused: Sequence[RefusedEvent], now: datetime
) -> None:
    """In a transaction of its own: the push's own was rolled back."""
    t = s.push_refusals
    rows = {
        _key(r): {
            "device_id": device_id,
            "event_key": _key(r),
            "site": site,
            "seq": r.seq,
            "code": r.code.value,
            "message": r.message[:2000],
            "first_at": now,
            "last_at": now,
            "times": 1,
        }
        for r in refused
    }
    with engine.begin() as conn:
        dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        stmt = dialect_insert(t)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.device_id, t.c.event_key],
            set_={
                "code": stmt.excluded.code,
                "message": stmt.excluded.message,
                "last_at": stmt.excluded.last_at,
                "times": t.c.times + 1,
            },
        )
        conn.execute(stmt, [rows[k] for k in sorted(rows)])


def settle(
    conn: Connection, device_ids: Sequence[str], stored_ids: Sequence[str], now: datetime
) -> None:
    """Refusals of events stored now; a cheap look first, as most devices have none."""
    t = s.push_refusals
    open_ = conn.execute(
        select(t.c.event_key).where(t.c.device_id.in_(device_ids), t.c.stored_at.is_(None))
    ).scalars()
    waiting = set(open_) & set(stored_ids)
    if waiting:
        conn.execute(
            update(t)
            .where(t.c.device_id.in_(device_ids), t.c.event_key.in_(sorted(waiting)))
            .values(stored_at=now)
        )
