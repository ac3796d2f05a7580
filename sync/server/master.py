"""Master data enters at the centre, checked by the same rules as a site's own import.

The rows are first imported into a scratch site database through
app.services.master_data, so there is one copy of the validation rules; what
that import stored is then published to every site.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.policy import Policy
from app.services.context import Context
from app.services.master_data import KEY_COLUMN, ImportReport, import_table, normalise_di
from app.services.ports import UnitOfWork
from sync.protocol import ChangeKind
from sync.server.changes import publish

_KIND = {
    "items": ChangeKind.ITEM,
    "suppliers": ChangeKind.SUPPLIER,
    "locations": ChangeKind.LOCATION,
    "users": ChangeKind.USER,
}


def import_master_data(
    engine: Engine,
    clock: Clock,
    kind: str,
    header: Sequence[str],
    rows: Sequence[Mapping[str, str]],
) -> ImportReport:
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "check.db", create=True)
        try:
            # The site's rules on a scratch store: one copy of the validation.
            with store.uow() as uow:
                report = import_table(
                    Context(uow, clock, Actor.system("centre")), kind, header, rows
                )
                if not report.ok:
                    return report
                uow.commit()
            with store.uow(read_only=True) as uow:
                records = [_record(uow, kind, row) for row in rows]
        finally:
            store.close()
    with engine.begin() as conn:
        publish(conn, _KIND[kind], records, clock.now())
    return report


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
