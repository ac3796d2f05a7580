"""A small store on a real SQLite file (KIT, built by tests/stores.py), and scans to drive it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.adapters.store import Store
from app.demo.store import gtin_check_digit
from app.domain.audit import verify_chain
from app.domain.clock import Clock, FixedClock
from app.domain.identity import Actor
from app.domain.model import Hold, Item, Level, Location, LocationKind, Role, Supplier
from app.domain.policy import Policy, Tier
from app.services.bus import execute
from app.services.commands import Approval
from app.services.context import ActionResult, Context
from app.services.people import add_user, authenticate
from tests.kit import People, command
from tests.stores import ADMIN_PIN, Recipe

GS = "\x1d"
START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
TODAY = START.date()

PINS = {
    "op": "1111",
    "op2": "1212",
    "sup": "222222",
    "sup2": "252525",
    "qa": "333333",
    "qa2": "363636",
    "admin": ADMIN_PIN,
}
REGISTRATION = "国械注准20233140001"


def gtin14(body13: str) -> str:
    return body13 + gtin_check_digit(body13)


GAUZE = gtin14("0690000000001")  # category consumable
STENT = gtin14("0690000000002")  # category implant: own tiers, 30-day do-not-issue window
PUMP = gtin14("0690000000003")  # serialised
GLOVE = gtin14("0690000000004")  # auto-released by QC
UNKNOWN = gtin14("0690000000099")

IMPLANT_TIERS = (Tier(120, Level.NOTICE), Tier(90, Level.WARNING), Tier(45, Level.CRITICAL))


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def scan(
    gtin: str,
    lot: str,
    expiry: date | None = None,
    *,
    serial: str | None = None,
    qty: int | None = None,
    produced: date | None = None,
) -> str:
    fixed = f"01{gtin}"
    if produced is not None:
        fixed += f"11{yymmdd(produced)}"
    if expiry is not None:
        fixed += f"17{yymmdd(expiry)}"
    variable = [f"10{lot}"]
    if serial is not None:
        variable.append(f"21{serial}")
    if qty is not None:
        variable.append(f"30{qty}")
    return fixed + GS.join(variable)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def seed(store: Store, clock: Clock) -> None:
    """Six users, seven locations, four items, two suppliers, the implants' policy."""
    with store.uow() as uow:
        uow.settings.set_policy(
            Policy(
                tiers_by_category={"implant": IMPLANT_TIERS},
                do_not_issue_by_category={"implant": 30},
            )
        )
        ctx = Context(uow, clock, Actor.system("test-device"))
        for name, role, display in (
            ("op", Role.OPERATOR, "Operator Wang"),
            ("op2", Role.OPERATOR, "Operator Sun"),
            ("sup", Role.SUPERVISOR, "Supervisor Li"),
            ("sup2", Role.SUPERVISOR, "Supervisor Ma"),
            ("qa", Role.QA, "QA Zhang"),
            ("qa2", Role.QA, "QA Hu"),
        ):
            add_user(ctx, name, role, PINS[name], display)
        ctx.flush()
        for code, name, kind, responsible in [
            ("RCV", "Receiving dock", LocationKind.RECEIVING, "dock_chen"),
            ("A1", "Bin A1", LocationKind.STORAGE, "store_liu"),
            ("A2", "Bin A2", LocationKind.STORAGE, "store_zhao"),
            ("Q", "Quarantine cage", LocationKind.QUARANTINE, "qa_zhang"),
            ("WARD", "Ward 3", LocationKind.DEPARTMENT, "nurse_li"),
            ("ICU", "ICU", LocationKind.DEPARTMENT, "nurse_wu"),
            ("RET", "Supplier returns", LocationKind.SUPPLIER_RETURN, ""),
        ]:
            uow.locations.add(Location(code, name, kind, responsible))
        reg = {"registration_no": REGISTRATION}
        uow.items.add(
            Item(GAUZE, "Gauze swab", "纱布块", category="consumable", unit="pack", **reg)
        )
        uow.items.add(
            Item(STENT, "Coronary stent", "冠脉支架", category="implant", unit="pc", **reg)
        )
        uow.items.add(
            Item(PUMP, "Infusion pump", "输液泵", category="equipment", serialised=True, **reg)
        )
        uow.items.add(
            Item(GLOVE, "Exam glove", "检查手套", category="consumable", auto_release=True, **reg)
        )
        uow.suppliers.add(Supplier("S1", "Supplier One"))
        uow.suppliers.add(Supplier("AUTO", "Trusted Supplier", auto_release=True))
        uow.commit()


KIT = Recipe(START - timedelta(days=30), "test-device", seed)


class World:
    """One store on a file, a clock that tests move, and short-hands for actions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = Store(path)
        self.clock = FixedClock(START)
        self.people = People(self.store, FixedClock(START), PINS)

    def close(self) -> None:
        self.store.close()

    def on(self, day: date, hour: int = 9) -> None:
        self.clock = FixedClock(datetime(day.year, day.month, day.day, hour, tzinfo=UTC))

    def later(self, minutes: int = 1) -> None:
        self.clock.advance(timedelta(minutes=minutes))

    def do(
        self,
        action: str,
        scan_text: str = "",
        *,
        user: str = "op",
        override: tuple[str, str, str] | None = None,
        countersign: str | None = None,
        **fields: Any,
    ) -> ActionResult:
        """`action` by `user` (authenticated once), as the screens and batch would ask it."""
        if override is not None:
            supervisor, pin, reason = override
            fields["override"] = Approval(
                authenticate(self.store.uow(), self.clock, supervisor, pin), reason
            )
        if countersign is not None:
            fields["countersign"] = self.people[countersign]
        result = self.run(self.people[user], command(action, scan_text, **fields))
        return result

    def run(self, actor: Actor, cmd: Any) -> ActionResult:
        result = execute(self.store.uow(), self.clock, actor, cmd)
        self.later()
        return result

    def receive(
        self, gtin: str, lot: str, expiry: date | None, qty: int, location: str = "RCV", **kw: Any
    ) -> ActionResult:
        result = self.do("receive", scan(gtin, lot, expiry), qty=qty, location=location, **kw)
        assert result.ok, result
        return result

    def stocked(
        self, gtin: str, lot: str, expiry: date | None, qty: int, location: str = "A1"
    ) -> None:
        """Received, released by QC and put away at `location`."""
        self.receive(gtin, lot, expiry, qty)
        if self.lot(gtin, lot)["qc"] == "pending":
            assert self.do("qc_release", scan(gtin, lot, expiry), user="qa").ok
        if location != "RCV":
            moved = self.do("move", scan(gtin, lot, expiry), qty=qty, location="RCV", to=location)
            assert moved.ok, moved

    # --- looking at the file directly ------------------------------------------

    def sql(self, query: str, *args: Any) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(query, args).fetchall()
        finally:
            conn.close()

    def write(self, query: str, *args: Any) -> None:
        """Change the file behind the app's back (tampering, or state a later issue sets)."""
        conn = sqlite3.connect(self.path)
        try:
            with conn:
                conn.execute(query, args)
        finally:
            conn.close()

    def lot(self, gtin: str, lot: str) -> dict[str, Any]:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        try:
            row = conn.execute("SELECT * FROM lots WHERE di=? AND lot=?", (gtin, lot)).fetchone()
        finally:
            conn.close()
        assert row is not None, f"no lot {lot}"
        return dict(row)

    def qty(self, gtin: str, lot: str, location: str) -> int:
        rows = self.sql(
            "SELECT s.quantity FROM stock s JOIN lots l ON l.id=s.lot_id "
            "JOIN locations c ON c.id=s.location_id WHERE l.di=? AND l.lot=? AND c.code=?",
            gtin,
            lot,
            location,
        )
        return int(rows[0][0]) if rows else 0

    def set_hold(self, gtin: str, lot: str, hold: Hold, reason: str = "") -> None:
        with self.store.uow() as uow:
            found = uow.lots.get(gtin, lot)
            assert found is not None
            found.hold, found.hold_reason = hold, reason
            uow.lots.save_status(found)
            uow.commit()

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table but the note of refused scans (a refusal's one trace, for the
        mismatch rate: it changes nothing in the store)."""
        tables = [
            r[0]
            for r in self.sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'scan_refusals'"
            )
        ]
        return {name: sorted(self.sql(f'SELECT * FROM "{name}"'), key=repr) for name in tables}

    def count(self, table: str) -> int:
        return int(self.sql(f'SELECT count(*) FROM "{table}"')[0][0])

    def chain_break(self) -> object:
        with self.store.uow(read_only=True) as uow:
            return verify_chain(uow.audit.entries())
