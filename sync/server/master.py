"""Master data enters at the centre, checked by the same rules as a site's own import.

The rows are first imported into a scratch site database through
app.services.master_data, so there is one copy of the validation rules; what
that import stored is then published to every site.

A file holds the columns it holds: a record already published keeps every
field whose column the file leaves out (re-importing items without an
`auto_release` column does not reset it). A users file may have a `sites`
column: the sites a user is for, separated by commas or spaces; blank means
every site. A site then receives only its own users, so no PIN hash goes
where its user does not work; a site a user leaves gets the user
deactivated, without the hash.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.policy import Policy
from app.services.context import Context
from app.services.master_data import KEY_COLUMN, ImportReport, Problem, import_table, normalise_di
from app.services.ports import UnitOfWork
from sync.protocol import ChangeKind
from sync.server import schema as s
from sync.server.changes import Record, live, publish

_KIND = {
    "items": ChangeKind.ITEM,
    "suppliers": ChangeKind.SUPPLIER,
    "locations": ChangeKind.LOCATION,
    "users": ChangeKind.USER,
}
# Where a file's column lands in the published record, when not under its own name.
_FIELD_OF = {"gtin": "di", "pin": "pin_hash"}
SITES_COLUMN = "sites"
# A hash no PIN matches: what a site a user left keeps of the user.
REVOKED_PIN = "!revoked"
_SITE_LIST = re.compile(r"[\s,;，；]+")


def import_master_data(
    engine: Engine,
    clock: Clock,
    kind: str,
    header: Sequence[str],
    rows: Sequence[Mapping[str, str]],
) -> ImportReport:
    columns = [c.strip().lower() for c in header]
    audiences, problems = _audiences(kind, columns, rows)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "check.db", create=True)
        try:
            # The site's rules on a scratch store: one copy of the validation.
            with store.uow() as uow:
                report = import_table(
                    Context(uow, clock, Actor.system("centre")), kind, header, rows
                )
                report.problems += problems
                if not report.ok:
                    report.created = report.updated = 0
                    return report
                uow.commit()
            with store.uow(read_only=True) as uow:
                records = [_record(uow, kind, row) for row in rows if _filled(row)]
        finally:
            store.close()
    with engine.begin() as conn:
        _publish(conn, _KIND[kind], records, columns, audiences, clock.now())
    return report


def _filled(row: Mapping[str, str | None]) -> bool:
    return any((v or "").strip() for k, v in row.items() if k is not None)


def _audiences(
    kind: str, columns: Sequence[str], rows: Sequence[Mapping[str, str]]
) -> tuple[list[list[str] | None] | None, list[Problem]]:
    """Each user row's sites (None: every site), or None when the file has no such column."""
    if kind != "users" or SITES_COLUMN not in columns:
        return None, []
    audiences: list[list[str] | None] = []
    problems = []
    for number, raw in enumerate(rows, start=2):
        if not _filled(raw):
            continue
        row = {k.strip().lower(): (v or "") for k, v in raw.items() if k is not None}
        codes = [c for c in _SITE_LIST.split(row.get(SITES_COLUMN, "").strip()) if c]
        if any(len(code) > 64 for code in codes):
            problems.append(Problem(number, SITES_COLUMN, "a site code has at most 64 characters"))
        audiences.append(sorted(set(codes)) or None)
    return audiences, problems


def _publish(
    conn: Connection,
    kind: ChangeKind,
    records: Sequence[Record],
    columns: Sequence[str],
    audiences: Sequence[list[str] | None] | None,
    now: datetime,
) -> None:
    given = {_FIELD_OF.get(c, c) for c in columns}
    earlier = live(conn, kind, [key for key, _ in records])
    merged: list[Record] = []
    for key, data in records:
        before = earlier.get(key)
        if before is None:
            merged.append((key, data))
        else:
            merged.append(
                (key, {**before.payload, **{k: v for k, v in data.items() if k in given}})
            )
    sites: list[list[str] | None] = (
        list(audiences) if audiences is not None else [_kept(earlier, key) for key, _ in records]
    )
    revoked = _revocations(conn, merged, sites, earlier)
    publish(
        conn,
        kind,
        [*merged, *(r for r, _ in revoked)],
        now,
        [*sites, *(audience for _, audience in revoked)],
    )


def _kept(earlier: Mapping[str, Any], key: str) -> list[str] | None:
    """A users file without a `sites` column leaves each user's sites as they were."""
    before = earlier.get(key)
    return before.sites if before is not None else None


def _revocations(
    conn: Connection,
    records: Sequence[Record],
    sites: Sequence[list[str] | None],
    earlier: Mapping[str, Any],
) -> list[tuple[Record, list[str]]]:
    """For each user who left some sites: the user deactivated, without a PIN hash, for those."""
    enrolled: set[str] | None = None
    out: list[tuple[Record, list[str]]] = []
    for (key, data), audience in zip(records, sites, strict=True):
        before = earlier.get(key)
        if audience is None or before is None or "pin_hash" not in data:
            continue
        if before.sites is None:
            if enrolled is None:
                enrolled = set(conn.execute(select(s.devices.c.site).distinct()).scalars())
            had = enrolled
        else:
            had = set(before.sites)
        left = sorted(had - set(audience))
        if left:
            out.append(((key, {**data, "pin_hash": REVOKED_PIN, "active": False}), left))
    return out


def _record(uow: UnitOfWork, kind: str, raw: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
    key = row[KEY_COLUMN[kind]]
    found: Any
    if kind == "items":
        key = normalise_di(key)
        found = uow.items.get(key)
    elif kind == "suppliers":
        found = uow.suppliers.get(key)
    elif kind == "locations":
        found = uow.locations.get(key)
    else:
        found = uow.users.get(key)
    assert found is not None, f"{kind} {key} was imported but cannot be read back"
    data = {k: v for k, v in asdict(found).items() if k not in ("id", "provisional")}
    return key, data


def publish_policy(engine: Engine, clock: Clock, policy: Policy) -> None:
    with engine.begin() as conn:
        publish(conn, ChangeKind.POLICY, [("policy", policy.to_json())], clock.now())
