"""What sync keeps in the site database: the centre's holds, the outbox's sent marks,
the events the centre refused.

`SyncUnitOfWork` is the ordinary unit of work plus these repositories, so a
page of central changes, its audit entries and the cursor commit together.

A refused event stays in the outbox, unsent, and is listed in
`sync_refusals` with the centre's reason code until a supervisor settles it:
discarded (never sent), or corrected (a compensating event takes its place
in the outbox; the refused one is never sent). Later events for the same lot
wait behind an unsettled refusal, and behind a correction until the
correction is sent, so the centre sees each lot's events in order; other
events go on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Self

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    type_coerce,
    update,
)

from app.adapters import tables as t
from app.adapters.driver import run
from app.adapters.tables import UtcDateTime
from app.adapters.unit_of_work import SqlUnitOfWork
from app.domain.audit import canonical
from app.services.central_data import CentralHold
from app.services.sync_site import Block, Refusal, Unsent, lot_of

central_holds = Table(
    "central_holds",
    t.metadata,
    Column("reference", String(100), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("active", Boolean, nullable=False),
)

sync_refusals = Table(
    "sync_refusals",
    t.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),  # the outbox row's
    Column("event_id", String(36), nullable=False),
    Column("type", String(40), nullable=False),
    # The lot the event is about, when it names one: later events for it wait.
    Column("di", String(64)),
    Column("lot", String(64)),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("refused_at", UtcDateTime, nullable=False),
    Column("resolution", String(20)),  # None (open), DISCARDED or CORRECTED
    Column("resolved_by", String(64)),
    Column("resolved_at", UtcDateTime),
    Column("replacement_seq", Integer),
)

DISCARDED = "discarded"
CORRECTED = "corrected"


# Each master kind: its table and the column the centre keys it by.
_MASTER: dict[str, tuple[Table, str]] = {
    "item": (t.items, "di"),
    "supplier": (t.suppliers, "code"),
    "location": (t.locations, "code"),
    "user": (t.users, "username"),
}
# Well under SQLite's limit on bound parameters in one statement.
_IN_CHUNK = 900


def _master_read(kind: str) -> tuple[str, list[str], list[str]]:
    """A kind's rows by key (users by lower-case name, as SqlUsers.get matches them):
    the statement, its columns, and the flags SQLite holds as 0 and 1 (read as bool,
    as SQLAlchemy's Boolean does)."""
    table, column = _MASTER[kind]
    names = [c.name for c in table.c]
    match = f'lower("{column}")' if kind == "user" else f'"{column}"'
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f'SELECT {columns} FROM "{table.name}" WHERE {match} IN (SELECT value FROM json_each(?))'
    return sql, names, [c.name for c in table.c if isinstance(c.type, Boolean)]


_MASTER_READS = {kind: _master_read(kind) for kind in _MASTER}


# What SQLite holds as an integer.
_SQLITE_INTS = range(-(2**63), 2**63)


def _shared_literal(column: Sequence[Any]) -> str | None:
    """The SQL literal of the one value a column holds in every row, if it is NULL, a
    flag, a whole number or the empty text; None when it must be bound."""
    value = column[0]
    # Counted first, in C (a value the rows share is mostly the very same object).
    if column.count(value) != len(column):
        return None
    if value is None:
        return "NULL"
    if value == "" and isinstance(value, str):
        return "''"
    # True, 1 and 1.0 are equal: one type in every row, or bound.
    if type(value) not in (bool, int) or len(set(map(type, column))) != 1:
        return None
    # A number SQLite cannot hold is bound (and refused), as before.
    return str(int(value)) if value in _SQLITE_INTS else None


class SqlCentralData:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def master_rows(self, kind: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """One statement on the driver, the keys passed as one JSON array."""
        sql, names, flags = _MASTER_READS[kind]
        found: dict[str, dict[str, Any]] = {}
        for row in run(self.conn, sql, (json.dumps(list(keys)),)):
            values = dict(zip(names, row, strict=True))
            for name in flags:
                values[name] = bool(values[name])
            key = str(values[_MASTER[kind][1]])
            found[key.lower() if kind == "user" else key] = values
        return found

    def add_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """One driver executemany per set of columns: a first pull adds 100,000 items.

        The master tables hold plain strings, numbers and booleans (no
        TypeDecorator to run), so the rows go to SQLite as they are. A column
        that every row holds the same plain value in (NULL, a flag, a whole
        number, the empty text: a new item's defaults) is written into the
        statement instead of bound row by row, since binding values is most of
        the insert's cost (`_shared_literal`); no text from the centre is.
        """
        table, key = _MASTER[kind]
        by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(tuple(row.values()))
        for columns, values in by_columns.items():
            names = ", ".join(f'"{table.c[c].name}"' for c in columns)
            by_column = list(zip(*values, strict=True))
            # The key differs from row to row: always bound.
            shared = [
                None if name == key else _shared_literal(column)
                for name, column in zip(columns, by_column, strict=True)
            ]
            bound = [c for c, literal in zip(by_column, shared, strict=True) if literal is None]
            places = ", ".join("?" if literal is None else literal for literal in shared)
            self.conn.exec_driver_sql(
                f'INSERT INTO "{table.name}" ({names}) VALUES ({places})',
                list(zip(*bound, strict=True)),
            )

    def update_master(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        table, _ = _MASTER[kind]
        columns = [c for c in rows[0] if c != "id"]
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(f"_{c}") for c in columns})
        )
        self.conn.execute(stmt, [{f"_{k}": v for k, v in r.items()} for r in rows])

    def record_hold(self, hold: CentralHold) -> None:
        self.conn.execute(
            central_holds.insert()
            .prefix_with("OR REPLACE")
            .values(
                reference=hold.reference,
                di=hold.di,
                lot=hold.lot,
                kind=hold.kind,
                reason=hold.reason,
                active=hold.active,
            )
        )

    def active_holds(self) -> list[CentralHold]:
        rows = self.conn.execute(
            select(central_holds).where(central_holds.c.active.is_(True))
        ).mappings()
        return [CentralHold(**row) for row in rows]


_REFUSED = exists().where(sync_refusals.c.seq == t.outbox.c.seq)


class SqlSyncOutbox:
    """The outbox as sync reads it: its sequence is the device's event sequence."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def unsent(self, limit: int, after: int = 0) -> list[Unsent]:
        """Unsent events after sequence `after`, leaving out those the centre refused."""
        o = t.outbox
        rows = self.conn.execute(
            select(o.c.seq, o.c.id, o.c.type, o.c.payload, type_coerce(o.c.at, String), o.c.user)
            .where(o.c.sent_at.is_(None), o.c.seq > after, ~_REFUSED)
            .order_by(o.c.seq)
            .limit(limit)
        )
        return [Unsent._make(r) for r in rows]

    def pending(self) -> int:
        """Events still to send: not the refused ones, which wait for a person."""
        o = t.outbox
        query = select(func.count()).where(o.c.sent_at.is_(None), ~_REFUSED)
        return int(self.conn.execute(query).scalar_one())

    def mark_sent(self, seqs: Sequence[int], at: datetime) -> None:
        """These events reached the centre (in increasing order)."""
        if not seqs:
            return
        o = t.outbox.c
        if seqs[-1] - seqs[0] + 1 == len(seqs):  # the usual batch: no gaps, one range
            where: list[Any] = [o.seq >= seqs[0], o.seq <= seqs[-1]]
            self.conn.execute(update(t.outbox).where(*where).values(sent_at=at))
            return
        for start in range(0, len(seqs), _IN_CHUNK):
            chunk = list(seqs[start : start + _IN_CHUNK])
            self.conn.execute(update(t.outbox).where(o.seq.in_(chunk)).values(sent_at=at))

    def high_seq(self) -> int:
        return int(
            self.conn.execute(select(func.coalesce(func.max(t.outbox.c.seq), 0))).scalar_one()
        )

    def give_new_ids(self) -> int:
        """A new identity: every unsent event gets a fresh id. Returns how many."""
        o = t.outbox.c
        seqs = list(self.conn.execute(select(o.seq).where(o.sent_at.is_(None))).scalars())
        if seqs:
            self.conn.execute(
                update(t.outbox).where(o.seq == bindparam("_seq")).values(id=bindparam("_id")),
                [{"_seq": seq, "_id": str(uuid.uuid4())} for seq in seqs],
            )
        return len(seqs)

    def audit_head(self) -> tuple[int, str] | None:
        """The newest entry of the audit chain as (seq, hash), or None for an empty chain."""
        a = t.audit.c
        row = self.conn.execute(select(a.seq, a.hash).order_by(a.seq.desc()).limit(1)).first()
        return (int(row[0]), str(row[1])) if row else None

    def audit_hash(self, seq: int) -> str | None:
        found = self.conn.execute(select(t.audit.c.hash).where(t.audit.c.seq == seq)).scalar()
        return str(found) if found is not None else None


class SqlSyncRefusals:
    """Events the centre refused: recorded by sync, settled by a supervisor.

    `discard` and `correct` are storage only: the caller has checked who may
    settle a refusal and writes the audit entry in the same transaction.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def record(self, refused: Iterable[tuple[Unsent, str, str]], at: datetime) -> None:
        """(outbox row, reason code, message) for each event the centre refused."""
        rows = []
        for event, code, message in refused:
            lot = lot_of(event.payload)
            rows.append(
                {
                    "seq": event.seq,
                    "event_id": event.id,
                    "type": event.type,
                    "di": lot[0] if lot else None,
                    "lot": lot[1] if lot else None,
                    "code": code,
                    "message": message,
                    "refused_at": at,
                }
            )
        if rows:
            self.conn.execute(insert(sync_refusals), rows)

    def open(self) -> list[Refusal]:
        """The refusals no one has settled yet, oldest first."""
        r = sync_refusals.c
        query = select(sync_refusals).where(r.resolution.is_(None)).order_by(r.seq)
        return [Refusal._make(row) for row in self.conn.execute(query)]

    def get(self, seq: int) -> Refusal | None:
        row = self.conn.execute(select(sync_refusals).where(sync_refusals.c.seq == seq)).first()
        return Refusal._make(row) if row is not None else None

    def blocks(self) -> list[Block]:
        """What holds later events of a lot back: open refusals, and unsent corrections."""
        r = sync_refusals.c
        o = t.outbox.c
        replacement_unsent = exists().where(o.seq == r.replacement_seq, o.sent_at.is_(None))
        rows = self.conn.execute(
            select(r.di, r.lot, r.seq, r.resolution, r.replacement_seq).where(
                r.lot.is_not(None),
                r.di.is_not(None),
                (r.resolution.is_(None)) | ((r.resolution == CORRECTED) & replacement_unsent),
            )
        )
        return [
            Block(di, lot, seq, replacement if resolution == CORRECTED else None)
            for di, lot, seq, resolution, replacement in rows
        ]

    def discard(self, seq: int, by: str, at: datetime) -> Refusal:
        """The refused event is never sent; what waited behind it goes on. Returns it settled."""
        self._settle(seq, DISCARDED, by, at, None)
        return self._settled(seq)

    def correct(self, seq: int, payload: Mapping[str, Any], by: str, at: datetime) -> Refusal:
        """A compensating event of the same type, with `payload`, stands in for the refused one.

        It is appended to the outbox now; the events that waited behind the
        refused one wait until it is sent, so the centre sees it first.
        """
        refused = self.get(seq)
        if refused is None or refused.resolution is not None:
            raise LookupError(f"no open refusal of event {seq}")
        o = t.outbox.c
        original = self.conn.execute(select(o.user).where(o.seq == seq)).scalar_one()
        replacement = int(
            self.conn.execute(
                insert(t.outbox)
                .values(
                    id=str(uuid.uuid4()),
                    type=refused.type,
                    payload=canonical(payload),
                    at=at,
                    user=original,
                )
                .returning(o.seq)
            ).scalar_one()
        )
        self._settle(seq, CORRECTED, by, at, replacement)
        return self._settled(seq)

    def _settle(
        self, seq: int, resolution: str, by: str, at: datetime, replacement: int | None
    ) -> None:
        r = sync_refusals.c
        done = self.conn.execute(
            update(sync_refusals)
            .where(r.seq == seq, r.resolution.is_(None))
            .values(
                resolution=resolution, resolved_by=by, resolved_at=at, replacement_seq=replacement
            )
        )
        if done.rowcount != 1:
            raise LookupError(f"no open refusal of event {seq}")

    def _settled(self, seq: int) -> Refusal:
        found = self.get(seq)
        assert found is not None
        return found

    def forget_all(self) -> list[Refusal]:
        """A new identity: its events are new to the centre, so none is refused yet.

        Settled refusals stay: a discarded event is still never sent.
        """
        dropped = self.open()
        self.conn.execute(delete(sync_refusals).where(sync_refusals.c.resolution.is_(None)))
        return dropped


class SyncUnitOfWork(SqlUnitOfWork):
    def __enter__(self) -> Self:
        super().__enter__()
        assert self._conn is not None
        self.central = SqlCentralData(self._conn)
        self.sync_outbox = SqlSyncOutbox(self._conn)
        self.sync_refusals = SqlSyncRefusals(self._conn)
        return self
