"""Anchors of each site's audit chain at the centre, and flags when a chain broke faith.

Every push carries the site's chain head (seq, hash) and its entry at the
sequence the centre anchored last. The centre keeps each head as an anchor.
What that proves: an entry at or before the newest anchor that was edited,
deleted or re-hashed afterwards changes the hash at that anchor (each hash
covers all before it), and a chain cut short ends before it; both are
flagged here, whoever re-hashed. What it cannot prove: anything about
entries written after the newest anchor, before they are pushed, nor a
change that never wrote an audit entry.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from sync.protocol import AuditMark
from sync.server import schema as s

# Flag kinds, shown by `server audit` and `recall status`.
BACKWARDS = "chain_backwards"  # the head is older than an anchor: entries were deleted
REWRITTEN = "anchor_rewritten"  # the chain's entry at an anchor has another hash now
UNPROVEN = "anchor_unproven"  # a push came with no proof of the newest anchor


def record(
    conn: Connection,
    device_id: str,
    site: str,
    head: AuditMark | None,
    proof: AuditMark | None,
    now: datetime,
) -> int | None:
    """Check the push's head and proof against the anchors; returns the seq to prove next."""
    if head is None:
        return _newest(conn, device_id)  # a site of protocol 2 or older: nothing to check
    a = s.audit_anchors.c
    newest = conn.execute(
        select(a.seq, a.hash).where(a.device_id == device_id).order_by(a.seq.desc()).limit(1)
    ).first()
    flags: list[tuple[str, dict[str, Any]]] = []
    if newest is not None:
        if head.seq < newest.seq:
            flags.append((BACKWARDS, {"head": head.seq, "anchored": newest.seq}))
        if proof is None:
            flags.append((UNPROVEN, {"anchored": newest.seq}))
    for mark in (m for m in (proof, head) if m is not None):
        held = conn.execute(
            select(a.hash).where(a.device_id == device_id, a.seq == mark.seq)
        ).scalar()
        if held is not None and held != mark.hash:
            flags.append((REWRITTEN, {"seq": mark.seq, "anchored": held, "now": mark.hash}))
    if head.seq > 0 and (newest is None or head.seq > newest.seq):
        conn.execute(
            insert(s.audit_anchors).values(
                device_id=device_id, site=site, seq=head.seq, hash=head.hash, received_at=now
            )
        )
    for kind, detail in flags:
        _flag(conn, device_id, site, kind, detail, now)
    return _newest(conn, device_id)


def _newest(conn: Connection, device_id: str) -> int | None:
    a = s.audit_anchors.c
    found = conn.execute(select(func.max(a.seq)).where(a.device_id == device_id)).scalar()
    return int(found) if found is not None else None


def _flag(
    conn: Connection, device_id: str, site: str, kind: str, detail: dict[str, Any], now: datetime
) -> None:
    text = json.dumps(detail, sort_keys=True)
    f = s.audit_flags.c
    seen = conn.execute(
        select(f.id).where(f.device_id == device_id, f.kind == kind, f.detail == text)
    ).first()
    if seen is None:  # the same evidence on every later push is one flag
        conn.execute(
            insert(s.audit_flags).values(
                device_id=device_id, site=site, kind=kind, detail=text, raised_at=now
            )
        )


def anchors_of(conn: Connection, device_id: str) -> list[dict[str, Any]]:
    a = s.audit_anchors.c
    rows = conn.execute(
        select(a.seq, a.hash, a.received_at).where(a.device_id == device_id).order_by(a.seq)
    ).mappings()
    return [dict(r) for r in rows]


def flags_of(conn: Connection, sites: list[str] | None = None) -> list[dict[str, Any]]:
    f = s.audit_flags.c
    query = select(s.audit_flags).order_by(f.site, f.id)
    if sites is not None:
        query = query.where(f.site.in_(sites))
    return [{**r, "detail": json.loads(r["detail"])} for r in conn.execute(query).mappings()]


def site_audit(engine: Engine, site: str | None = None) -> list[dict[str, Any]]:
    """Per site: its devices, each one's newest anchor, and the flags raised on them."""
    with engine.connect() as conn:
        d = s.devices.c
        query = select(d.id, d.site, d.name, d.retired_reason).order_by(d.site, d.enrolled_at)
        if site is not None:
            query = query.where(d.site == site)
        devices = list(conn.execute(query).mappings())
        a = s.audit_anchors.c
        newest = {
            r.device_id: r
            for r in conn.execute(
                select(a.device_id, func.max(a.seq).label("seq"), func.count().label("n")).group_by(
                    a.device_id
                )
            )
        }
        flags = flags_of(conn, None if site is None else [site])
        report: dict[str, dict[str, Any]] = {}

        def entry_of(code: str) -> dict[str, Any]:
            return report.setdefault(code, {"site": code, "devices": [], "flags": []})

        for device in devices:
            entry = entry_of(device["site"])
            anchor = newest.get(device["id"])
            entry["devices"].append(
                {
                    "device_id": device["id"],
                    "name": device["name"],
                    "retired": device["retired_reason"],
                    "anchors": int(anchor.n) if anchor else 0,
                    "newest_anchor": int(anchor.seq) if anchor else None,
                }
            )
        for flag in flags:
            entry = report.setdefault(
                flag["site"], {"site": flag["site"], "devices": [], "flags": []}
            )
            entry["flags"].append(flag)
    for entry in report.values():
        entry["ok"] = not entry["flags"]
    return list(report.values())
