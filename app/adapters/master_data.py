"""Repositories for items, suppliers, locations, users and settings."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Connection, RowMapping, delete, func, insert, select, update

from app.adapters import tables as t
from app.adapters.driver import run
from app.domain.model import Item, Location, LocationKind, Role, Supplier, User
from app.domain.policy import Policy

# An item's fields in column order, read by the driver (the hot path's look-up); the
# booleans SQLite holds as 0 and 1 made bool again, as SQLAlchemy's Boolean does.
_ITEM_FIELDS: tuple[str, ...] = Item.__slots__
_ITEM_FLAGS = [n for n, f in enumerate(_ITEM_FIELDS) if isinstance(t.items.c[f].type, Boolean)]
_ITEM_BY_DI = f"SELECT {', '.join(_ITEM_FIELDS)} FROM items WHERE di = ?"
_ITEM_BY_ID = f"SELECT {', '.join(_ITEM_FIELDS)} FROM items WHERE id = ?"


def _stored_item(row: Sequence[Any]) -> Item:
    values = list(row)
    for n in _ITEM_FLAGS:
        values[n] = bool(values[n])
    # Positional: the columns are the fields in their order (_ITEM_FIELDS).
    return Item(*values)


_LOCATION_BY_CODE = (
    "SELECT id, code, name, kind, responsible, zone FROM locations WHERE code = ?"  # driver.run
)
_USER_BY_NAME = (
    "SELECT username, display_name, role, pin_hash, badge, active, id FROM users "
    "WHERE lower(username) = ?"
)


class SqlItems:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, di: str) -> Item | None:
        row = run(self.conn, _ITEM_BY_DI, (di,)).fetchone()
        return _stored_item(row) if row else None

    def get_by_id(self, item_id: int) -> Item | None:
        row = run(self.conn, _ITEM_BY_ID, (item_id,)).fetchone()
        return _stored_item(row) if row else None

    def add(self, item: Item) -> Item:
        values = _values(item)
        item.id = t.inserted_id(self.conn.execute(insert(t.items).values(values)))
        return item

    def update(self, item: Item) -> None:
        self.conn.execute(update(t.items).where(t.items.c.id == item.id).values(_values(item)))

    def categories(self) -> list[str]:
        rows = self.conn.execute(select(t.items.c.category).distinct())
        return sorted(r[0] for r in rows if r[0])


class SqlSuppliers:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, code: str) -> Supplier | None:
        row = (
            self.conn.execute(select(t.suppliers).where(t.suppliers.c.code == code))
            .mappings()
            .first()
        )
        return Supplier(**row) if row else None

    def get_by_id(self, supplier_id: int) -> Supplier | None:
        row = (
            self.conn.execute(select(t.suppliers).where(t.suppliers.c.id == supplier_id))
            .mappings()
            .first()
        )
        return Supplier(**row) if row else None

    def add(self, supplier: Supplier) -> Supplier:
        values = _values(supplier)
        supplier.id = t.inserted_id(self.conn.execute(insert(t.suppliers).values(values)))
        return supplier


def _location(row: RowMapping) -> Location:
    return Location(
        code=row["code"],
        name=row["name"],
        kind=LocationKind(row["kind"]),
        responsible=row["responsible"],
        zone=row["zone"],
        id=row["id"],
    )


class SqlLocations:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_id: dict[int, Location] = {}

    def get(self, code: str) -> Location | None:
        row = run(self.conn, _LOCATION_BY_CODE, (code,)).fetchone()
        if row is None:
            return None
        location_id, code, name, kind, responsible, zone = row
        return Location(code, name, LocationKind(kind), responsible, zone, location_id)

    def get_by_id(self, location_id: int) -> Location | None:
        if location_id not in self._by_id:
            row = (
                self.conn.execute(select(t.locations).where(t.locations.c.id == location_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            self._by_id[location_id] = _location(row)
        return self._by_id[location_id]

    def add(self, location: Location) -> Location:
        location.id = t.inserted_id(
            self.conn.execute(insert(t.locations).values(_values(location)))
        )
        return location

    def all(self) -> list[Location]:
        rows = self.conn.execute(select(t.locations).order_by(t.locations.c.code)).mappings()
        return [_location(r) for r in rows]


def _user(row: RowMapping) -> User:
    return User(
        username=row["username"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        pin_hash=row["pin_hash"],
        badge=row["badge"],
        active=row["active"],
        id=row["id"],
    )


class SqlUsers:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, username: str) -> User | None:
        row = run(self.conn, _USER_BY_NAME, (username.lower(),)).fetchone()
        if row is None:
            return None
        name, display_name, role, pin_hash, badge, active, user_id = row
        return User(name, display_name, Role(role), pin_hash, badge, bool(active), user_id)

    def get_by_badge(self, badge: str) -> User | None:
        if not badge:
            return None
        row = self.conn.execute(select(t.users).where(t.users.c.badge == badge)).mappings().first()
        return _user(row) if row else None

    def add(self, user: User) -> User:
        user.id = t.inserted_id(self.conn.execute(insert(t.users).values(_values(user))))
        return user

    def set_pin_hash(self, username: str, pin_hash: str) -> None:
        self.conn.execute(
            update(t.users)
            .where(func.lower(t.users.c.username) == username.lower())
            .values(pin_hash=pin_hash)
        )

    def all(self) -> list[User]:
        rows = self.conn.execute(select(t.users).order_by(t.users.c.username)).mappings()
        return [_user(r) for r in rows]


class SqlLoginFailures:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, username: str) -> tuple[int, datetime | None]:
        row = self.conn.execute(
            select(t.login_failures.c.failures, t.login_failures.c.locked_until).where(
                t.login_failures.c.username == username.lower()
            )
        ).first()
        return (0, None) if row is None else (int(row[0]), row[1])

    def failed(self, username: str, at: datetime, locked_until: datetime | None) -> int:
        """One more wrong PIN; returns the consecutive count."""
        failures, _ = self.get(username)
        values = {
            "username": username.lower(),
            "failures": failures + 1,
            "last_failure": at,
            "locked_until": locked_until,
        }
        self.conn.execute(t.login_failures.insert().prefix_with("OR REPLACE").values(values))
        return failures + 1

    def clear(self, username: str) -> None:
        self.conn.execute(
            delete(t.login_failures).where(t.login_failures.c.username == username.lower())
        )


class SqlSettings:
    """All settings are read in one query, once per unit of work."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._values: dict[str, str] | None = None

    def _all(self) -> dict[str, str]:
        if self._values is None:
            self._values = dict(run(self.conn, "SELECT key, value FROM settings").fetchall())
        return self._values

    def get(self, key: str) -> str | None:
        return self._all().get(key)

    def names(self, prefix: str) -> list[str]:
        """The keys under `prefix` (saved column mappings), the prefix taken off."""
        return sorted(k.removeprefix(prefix) for k in self._all() if k.startswith(prefix))

    def put(self, key: str, value: str) -> None:
        stmt = t.settings.insert().prefix_with("OR REPLACE").values(key=key, value=value)
        self.conn.execute(stmt)
        self._all()[key] = value

    def policy(self) -> Policy:
        raw = self.get("policy")
        return _policy(raw) if raw else Policy()

    def set_policy(self, policy: Policy) -> None:
        self.put("policy", json.dumps(policy.to_json()))


@functools.lru_cache(maxsize=8)
def _policy(stored: str) -> Policy:
    """The stored policy text parsed once per process (a Policy is frozen): every
    action reads it, and it changes only by SetPolicy or the centre."""
    return Policy.from_json(json.loads(stored))


def _values(obj: Any) -> dict[str, Any]:
    values = {k: getattr(obj, k) for k in obj.__slots__ if k != "id"}
    return {k: (v.value if isinstance(v, Enum) else v) for k, v in values.items()}
