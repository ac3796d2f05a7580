"""A realistic demo store, made the way operators would have made it.

Everything goes through the real command path (`execute`: master-data import,
each action, the day's alert raising) on a FixedClock that walks through the past months, so
the demo's stock, alerts and audit chain are exactly what the app would have
produced. The data is laid out relative to `today` so that every expiry tier
is populated whatever day the demo is built.

The caller hands in a way to open a new store: the CLI and the GUI pass
`open_new_demo` (no fsync per action) — safe here because a half-built demo
is thrown away and rebuilt, never used.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Protocol

from biip.checksums import gs1_standard_check_digit

from app.adapters.store import Store
from app.domain.climate import LoggerFormat, LoggerRecord, Reading
from app.domain.clock import FixedClock, SystemClock
from app.domain.identity import Actor
from app.domain.model import Role, WriteOffReason
from app.errors import Code
from app.services.bus import execute
from app.services.commands import (
    Approval,
    Command,
    Count,
    Dispose,
    ImportLoggerFile,
    ImportMasterData,
    Move,
    Pick,
    QcReject,
    QcRelease,
    Quarantine,
    RaiseAlerts,
    Receive,
    Return,
    ReturnToSupplier,
    SetLocationStorage,
    SetSiteSetting,
)
from app.services.context import ActionResult
from app.services.people import authenticate
from app.services.ports import UnitOfWork
from app.services.setup import initialise
from printing.resource_dir import RESOURCES
from scanning.hibc import mod43

CATALOGUE = RESOURCES / "demo" / "catalogue.json"
SITE_TZ = timezone(timedelta(hours=8), "CST")
HISTORY_DAYS = 180
GS = "\x1d"

# The demo's people; README.md lists them for whoever tries the app.
ADMIN = ("admin", "000000", "系统管理员")
SUPERVISOR = ("supervisor", "222222", "王芳")
OPERATOR = ("operator", "1111", "李强")
QA = ("qa", "333333", "张敏")
DEVICE = "中心库房-演示"

RECEIVING = "RCV-01"
QUARANTINE = "QUAR-01"
SUPPLIER_RETURN = "RTS-01"
FRIDGE = "COLD-01"


class DemoError(RuntimeError):
    """The demo script met a refusal it did not plan for: a bug in the script or a rule."""


class NewStore(Protocol):
    def uow(self) -> UnitOfWork: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class DemoSummary:
    items: int
    lots: int
    actions: int
    seconds: float
    # Lots worth showing ("di/lot" by what they show): expired, quarantined, ...
    landmarks: dict[str, str]


# --- master data -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Maker:
    name: str
    province: str  # the registration prefix of class II products
    prefix: str  # GS1 company prefix, 695xxxx: China's range is 690-699


@dataclass(frozen=True, slots=True)
class _Family:
    zh: str
    en: str
    category: str
    unit: str
    device_class: int
    class_code: str  # the 2017 classification catalogue's chapter
    makers: tuple[int, ...]
    specs: tuple[str, ...]
    serialised: bool = False
    storage: str = "常温，干燥，避光"
    lot_size: tuple[int, int] = (20, 200)
    departments: tuple[str, ...] = ()


# The catalogue is data: makers, device families, departments, suppliers, imported
# (HIBC-labelled) implants. Families name their makers by index; HIBC rows their family.
_CATALOGUE = json.loads(CATALOGUE.read_text(encoding="utf-8"))
_MAKERS = tuple(_Maker(**m) for m in _CATALOGUE["makers"])
_FAMILIES = tuple(
    _Family(
        **{
            **f,
            **{k: tuple(f[k]) for k in ("makers", "specs", "lot_size", "departments")},
        }
    )
    for f in _CATALOGUE["families"]
)
# code, Chinese name, responsible person
_DEPARTMENTS = tuple((d["code"], d["name"], d["responsible"]) for d in _CATALOGUE["departments"])
# code, name, auto_release (audited suppliers skip incoming inspection)
_SUPPLIERS = tuple((s["code"], s["name"], s["auto_release"]) for s in _CATALOGUE["suppliers"])
# LIC, product code, unit of measure, family index
_HIBC = tuple((h["lic"], h["product"], h["unit"], h["family"]) for h in _CATALOGUE["hibc"])


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10 check digit of a GTIN body, as text."""
    return str(gs1_standard_check_digit(body))


@dataclass(frozen=True, slots=True)
class _Item:
    di: str
    hibc: bool
    family: _Family
    spec: str
    bin: str


def _item_rows(count: int, bins: Sequence[str], rng: random.Random) -> list[dict[str, str]]:
    # Every family's first spec comes first, so a small demo still covers them all.
    variants = sorted(
        (
            (family, spec, _MAKERS[maker])
            for family in _FAMILIES
            for spec in family.specs
            for maker in family.makers
        ),
        key=lambda v: v[0].specs.index(v[1]),
    )
    registrations: dict[tuple[str, str], str] = {}
    rows: list[dict[str, str]] = []
    for lic, pcn, uom, family_index in _HIBC:
        family = _FAMILIES[family_index]
        registration = (
            f"国械注进{rng.randint(2018, 2024)}3{family.class_code}{rng.randint(1, 999):04d}"
        )
        rows.append(
            _item_row(
                lic + pcn + uom, family, f"{family.specs[0]}（进口）", _MAKERS[3], registration, rng
            )
        )
    refs: dict[str, int] = {}
    for family, spec, maker in variants[: max(0, count - len(rows))]:
        refs[maker.prefix] = refs.get(maker.prefix, 0) + 1
        body = f"0{maker.prefix}{refs[maker.prefix]:05d}"
        key = (family.zh, maker.name)
        if key not in registrations:
            registrations[key] = _registration(family, maker, rng)
        rows.append(
            _item_row(body + gtin_check_digit(body), family, spec, maker, registrations[key], rng)
        )
    for n, row in enumerate(rows):
        row["bin"] = bins[n % len(bins)]
    return rows


def _registration(family: _Family, maker: _Maker, rng: random.Random) -> str:
    """One certificate covers one maker's product family, every spec of it."""
    year = rng.randint(2018, 2024)
    number = rng.randint(1, 2999)
    if family.device_class == 3:
        return f"国械注准{year}3{family.class_code}{number:04d}"
    if family.device_class == 2:
        return f"{maker.province}械注准{year}2{family.class_code}{number:04d}"
    return f"{maker.province}械备{year}{number:04d}号"


def _item_row(
    di: str, family: _Family, spec: str, maker: _Maker, registration: str, rng: random.Random
) -> dict[str, str]:
    return {
        "gtin": di,
        "name": f"{family.en} {spec}",
        "name_zh": f"{family.zh} {spec}",
        "model": spec,
        "manufacturer": maker.name,
        "registration_no": registration,
        "category": family.category,
        "unit": family.unit,
        "storage": family.storage,
        "serialised": "yes" if family.serialised else "no",
        "min_stock": str(rng.choice((0, 10, 20, 50))),
        # Class III devices get an incoming inspection unless the supplier is audited.
        "auto_release": "no" if family.device_class == 3 else "yes",
        # What a unit costs the store, roughly by class (the value of stock at risk).
        "unit_cost": _UNIT_COST[family.device_class],
    }


_UNIT_COST = {1: "3.5", 2: "28", 3: "120"}


def _location_rows(bins: Sequence[str]) -> list[dict[str, str]]:
    rows = [
        {"code": RECEIVING, "name": "收货区", "kind": "receiving", "responsible": OPERATOR[2]},
        {"code": QUARANTINE, "name": "待处理隔离区", "kind": "quarantine", "responsible": QA[2]},
        {
            "code": SUPPLIER_RETURN,
            "name": "供应商退货区",
            "kind": "supplier_return",
            "responsible": SUPERVISOR[2],
        },
    ]
    rows += [
        {
            "code": b,
            "name": f"{b[0]}区 {b[2:4]}架 {b[5:]}层",
            "kind": "storage",
            "responsible": OPERATOR[2],
        }
        for b in bins
    ]
    rows.append({"code": FRIDGE, "name": "医用冷藏柜 1号", "kind": "storage", "responsible": QA[2]})
    rows += [
        {"code": code, "name": name, "kind": "department", "responsible": person}
        for code, name, person in _DEPARTMENTS
    ]
    return rows


def _bins() -> list[str]:
    return [
        f"{zone}-{rack:02d}-{level:02d}"
        for zone in "ABCD"
        for rack in range(1, 6)
        for level in range(1, 5)
    ]


# --- the stock history -----------------------------------------------------------


@dataclass(slots=True)
class _Lot:
    item: _Item
    lot: str
    expiry: date
    received: datetime
    quantity: int
    supplier: str
    via_dock: bool
    released: bool
    where: str = ""
    on_hand: int = 0
    held: bool = False
    serials: list[str] = field(default_factory=list)
    # When it first reached its bin: the stock row's received_at, FEFO's tie-break.
    shelved: datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.item.di}/{self.lot}"

    def scan(self, serial: str | None = None, expiry: date | None = None) -> str:
        """The label as the scanner delivers it: GS1 element string or HIBC."""
        exp = expiry or self.expiry
        if self.item.hibc:
            text = f"+{self.item.di}/$$3{exp:%y%m%d}{self.lot}"
            return text + mod43(text)
        data = f"01{self.item.di}17{exp:%y%m%d}10{self.lot}"
        return data + (f"{GS}21{serial}" if serial else "")


class _Demo:
    def __init__(
        self, new_uow: Callable[[], UnitOfWork], today: date, lots: int, rng: random.Random
    ) -> None:
        self.new_uow = new_uow
        self.today = today
        self.lot_count = lots
        self.rng = rng
        self.actions = 0
        self.sequence = 0
        self.lots: list[_Lot] = []
        self.by_item: dict[str, list[_Lot]] = {}
        self.issued: list[tuple[_Lot, str, int]] = []
        self.landmarks: dict[str, str] = {}
        self.events: list[tuple[datetime, int, Callable[[datetime], None]]] = []
        self.people: dict[str, Actor] = {}

    # -- plumbing

    def at(self, day: date, hour: float) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=SITE_TZ) + timedelta(hours=hour)

    def later(self, when: datetime, run: Callable[[datetime], None]) -> None:
        self.sequence += 1
        heapq.heappush(self.events, (when, self.sequence, run))

    def act(
        self, when: datetime, who: str, command: Command, expect: Code = Code.ACCEPTED
    ) -> ActionResult:
        self.actions += 1
        result = execute(self.new_uow(), FixedClock(when), self.people[who], command)
        if result.code is not expect:
            raise DemoError(
                f"{command.action.value} at {when}: {result.code.value} {result.message}"
            )
        return result

    # -- planning

    def plan_lots(self, items: Sequence[_Item], suppliers: dict[str, bool]) -> None:
        start = self.today - timedelta(days=HISTORY_DAYS)
        yesterday = self.today - timedelta(days=1)
        # The first lots are placed in every expiry tier so none is ever empty.
        planted = [-3, -12, 3, 6, 12, 20, 27, 35, 45, 58]
        for n in range(self.lot_count):
            item = items[n % len(items)] if n < len(items) else self.rng.choice(items)
            roll = self.rng.random()
            if n < len(planted):
                left = planted[n]
            elif roll < 0.03:
                left = self.rng.randint(0, 7)
            elif roll < 0.07:
                left = self.rng.randint(8, 30)
            elif roll < 0.12:
                left = self.rng.randint(31, 60)
            else:
                left = self.rng.randint(61, 1000)
            expiry = self.today + timedelta(days=left)
            # Receipt leaves at least the policy's 30 days of shelf life.
            latest = min(yesterday, expiry - timedelta(days=31))
            day = start + timedelta(days=self.rng.randint(0, max(0, (latest - start).days)))
            supplier = self.rng.choice(list(suppliers))
            low, high = item.family.lot_size
            if n < len(planted) and not item.family.serialised:
                low = max(low, 60)
                high = max(high, low)
            lot = _Lot(
                item=item,
                lot=f"{day:%y%m%d}{n % 97:02d}{chr(65 + n % 26)}",
                expiry=expiry,
                received=self.at(day, 8.5 + self.rng.random() * 3),
                quantity=self.rng.randint(low, high),
                supplier=supplier,
                via_dock=not item.family.serialised and self.rng.random() < 0.3,
                released=suppliers[supplier] or item.family.device_class < 3,
            )
            self.lots.append(lot)
            self.by_item.setdefault(item.di, []).append(lot)
            self.later(lot.received, partial(self.receive, lot=lot))

    def plan_picks(self, items: Sequence[_Item]) -> None:
        for _ in range(self.lot_count // 3):
            day = self.today - timedelta(days=self.rng.randint(1, HISTORY_DAYS))
            item = self.rng.choice(items)
            self.later(self.at(day, 9 + self.rng.random() * 8), partial(self.pick_fefo, item=item))

    # -- what the operators did

    def receive(self, when: datetime, lot: _Lot) -> None:
        to = RECEIVING if lot.via_dock else lot.item.bin
        if lot.item.family.serialised:
            for k in range(lot.quantity):
                serial = f"SN{lot.lot}{k + 1:03d}"
                self.act(
                    when,
                    OPERATOR[0],
                    Receive(
                        lot.scan(serial),
                        location=to,
                        supplier=lot.supplier,
                        reference=f"PO{when:%Y%m%d}",
                    ),
                )
                lot.serials.append(serial)
        else:
            self.act(
                when,
                OPERATOR[0],
                Receive(
                    lot.scan(),
                    qty=lot.quantity,
                    location=to,
                    supplier=lot.supplier,
                    reference=f"PO{when:%Y%m%d}",
                ),
            )
        lot.where, lot.on_hand = to, lot.quantity
        if to == lot.item.bin:
            lot.shelved = when
        if lot.via_dock:
            self.later(
                when + timedelta(minutes=self.rng.randint(30, 150)), lambda w: self.put_away(w, lot)
            )
        if not lot.released and lot.key not in self.landmarks.values():
            self.later(
                when + timedelta(days=self.rng.randint(1, 3), hours=4),
                lambda w: self.qc_release(w, lot),
            )

    def put_away(self, when: datetime, lot: _Lot) -> None:
        if lot.where != RECEIVING:
            return
        self.act(
            when,
            OPERATOR[0],
            Move(
                lot.scan(),
                qty=lot.on_hand,
                location=RECEIVING,
                to=lot.item.bin,
            ),
        )
        lot.where, lot.shelved = lot.item.bin, when

    def qc_release(self, when: datetime, lot: _Lot) -> None:
        if lot.released or when.date() >= self.today or lot.key in self.landmarks.values():
            return
        self.act(when, QA[0], QcRelease(lot.scan()))
        lot.released = True

    def usable(self, item: _Item, on: date) -> list[_Lot]:
        lots = [
            lot
            for lot in self.by_item.get(item.di, [])
            if lot.where == item.bin
            and lot.on_hand > 0
            and lot.released
            and not lot.held
            and lot.expiry >= on
        ]
        return sorted(lots, key=lambda lot: (lot.expiry, lot.shelved or lot.received, lot.lot))

    def pick_fefo(self, when: datetime, item: _Item) -> None:
        usable = self.usable(item, when.date())
        if usable:
            self.pick(when, usable[0])

    def pick(self, when: datetime, lot: _Lot, override: Approval | None = None) -> None:
        department = self.rng.choice(
            lot.item.family.departments or tuple(code for code, _, _ in _DEPARTMENTS)
        )
        serial = lot.serials.pop() if lot.serials else None
        qty = 1 if serial else self.rng.randint(1, max(1, lot.quantity // 12))
        qty = min(qty, lot.on_hand)
        self.act(
            when,
            OPERATOR[0],
            Pick(
                lot.scan(serial),
                qty=None if serial else qty,
                location=lot.where,
                to=department,
                reference=f"申领单 {when:%m%d}-{department}",
                override=override,
            ),
        )
        lot.on_hand -= qty
        if not serial:
            self.issued.append((lot, department, qty))

    # -- the situations a demo should show

    def plan_stories(self) -> None:
        def days_ago(days: int, hour: float) -> datetime:
            return self.at(self.today - timedelta(days=days), hour)

        self.later(days_ago(60, 10.2), self.fefo_override)
        self.later(days_ago(20, 9.5), self.qc_reject_and_return)
        self.later(days_ago(2, 15.0), self.department_returns)
        self.later(days_ago(1, 10.0), self.awaiting_qc)
        self.later(days_ago(1, 14.0), self.quarantine_damaged)
        self.later(days_ago(1, 15.5), self.dispose_expired)
        self.later(days_ago(1, 16.0), self.mismatched_label)
        self.later(days_ago(1, 16.5), self.count_discrepancy)
        self.later(days_ago(8, 10.0), self.into_the_fridge)
        self.later(days_ago(1, 17.5), self.fridge_logger_read)

    def fefo_override(self, when: datetime) -> None:
        for item in sorted({lot.item for lot in self.lots}, key=lambda i: i.di):
            usable = [lot for lot in self.usable(item, when.date()) if not lot.serials]
            if len(usable) >= 2:
                reason = "手术室指定批号（跟台手术）"
                self.pick(when, usable[1], Approval(self.people[SUPERVISOR[0]], reason))
                self.landmarks["fefo_override"] = usable[1].key
                return

    def _in_bin(self, when: datetime, serialised: bool = False) -> _Lot:
        lots = [
            lot
            for lot in self.lots
            if lot.where == lot.item.bin
            and lot.on_hand >= 10
            and lot.released
            and not lot.held
            and lot.item.family.serialised is serialised
            and lot.expiry > self.today + timedelta(days=90)
            and lot.received < when
            and lot.key not in self.landmarks.values()
        ]
        return self.rng.choice(lots)

    def qc_reject_and_return(self, when: datetime) -> None:
        lot = self.incoming_for_inspection(when - timedelta(days=1), "qc_rejected", "R")
        self.act(
            when,
            QA[0],
            QcReject(lot.scan(), reason="灭菌指示标识缺失，与随货同行单不符"),
        )
        lot.released, lot.held = True, True  # no longer waiting, and never usable
        self.act(
            when + timedelta(hours=2),
            SUPERVISOR[0],
            ReturnToSupplier(
                lot.scan(),
                qty=lot.on_hand,
                location=lot.where,
                to=SUPPLIER_RETURN,
                reason="来货检验不合格，退回供应商",
                reference="退货单 RT-0017",
            ),
        )
        lot.where, lot.on_hand = SUPPLIER_RETURN, 0
        self.landmarks["qc_rejected"] = lot.key

    def department_returns(self, when: datetime) -> None:
        for lot, department, qty in self.rng.sample(self.issued, min(3, len(self.issued))):
            if lot.where != lot.item.bin:
                continue
            self.act(
                when,
                OPERATOR[0],
                Return(
                    lot.scan(),
                    qty=min(qty, 2),
                    location=department,
                    to=lot.where,
                    reason="科室未使用，退回库房",
                ),
            )
            lot.on_hand += min(qty, 2)
            self.landmarks["returned"] = lot.key

    def quarantine_damaged(self, when: datetime) -> None:
        lot = self._in_bin(when)
        self.act(
            when,
            QA[0],
            Quarantine(
                lot.scan(),
                location=lot.where,
                to=QUARANTINE,
                reason="外包装破损，疑似受潮",
            ),
        )
        lot.where, lot.held = QUARANTINE, True
        self.landmarks["quarantined"] = lot.key

    def dispose_expired(self, when: datetime) -> None:
        # The second planted lot expired 12 days ago: out of the bin, then destroyed.
        lot = self.lots[1]
        self.act(
            when,
            OPERATOR[0],
            Move(lot.scan(), qty=lot.on_hand, location=lot.where, to=QUARANTINE),
        )
        self.act(
            when + timedelta(minutes=20),
            SUPERVISOR[0],
            Dispose(
                lot.scan(),
                qty=lot.on_hand,
                location=QUARANTINE,
                reason="过期报废，交医疗废物处置",
                reason_code=WriteOffReason.EXPIRED,
                # Expired stock leaves for good only with a second person's signature.
                countersign=self.people[ADMIN[0]],
            ),
        )
        lot.where, lot.on_hand = QUARANTINE, 0
        self.landmarks["disposed"] = lot.key
        # The first one (3 days past expiry) is still on the shelf: what the alerts are for.
        self.landmarks["expired"] = self.lots[0].key

    def mismatched_label(self, when: datetime) -> None:
        lot = self._in_bin(when)
        wrong = lot.expiry + timedelta(days=31)
        self.act(
            when,
            OPERATOR[0],
            Pick(lot.scan(expiry=wrong), qty=1, location=lot.where, to="ED"),
            expect=Code.DATA_MISMATCH,
        )
        self.landmarks["data_mismatch"] = lot.key

    def count_discrepancy(self, when: datetime) -> None:
        lot = self._in_bin(when)
        self.act(
            when,
            OPERATOR[0],
            Count(lot.scan(), counted=lot.on_hand - 2, location=lot.where),
        )
        self.landmarks["count_discrepancy"] = lot.key

    def awaiting_qc(self, when: datetime) -> None:
        self.incoming_for_inspection(when, "qc_pending", "Q")

    def incoming_for_inspection(self, when: datetime, landmark: str, tag: str) -> _Lot:
        """A class III lot from a supplier without audit: it waits for QA's decision."""
        item = next(
            lot.item
            for lot in self.lots
            if lot.item.family.device_class == 3 and not lot.item.family.serialised
        )
        supplier = next(code for code, _, auto in _SUPPLIERS if not auto)
        expiry = self.today + timedelta(days=540)
        lot = _Lot(item, f"{when:%y%m%d}{tag}01", expiry, when, 40, supplier, True, False)
        # Named before it is received, so no QC release gets scheduled for it.
        self.landmarks[landmark] = lot.key
        self.lots.append(lot)
        self.by_item[item.di].append(lot)
        self.receive(when, lot)
        return lot

    def into_the_fridge(self, when: datetime) -> None:
        """Some of a lot goes into the medical fridge (its logger reads out a week later)."""
        lot = self._in_bin(when)
        self.act(when, OPERATOR[0], Move(lot.scan(), qty=5, location=lot.where, to=FRIDGE))
        lot.on_hand -= 5
        self.landmarks["in_fridge"] = lot.key

    def fridge_logger_read(self, when: datetime) -> None:
        """The fridge's logger: a week at 4-6 °C, and 70 minutes at 10.8 °C (door left open)."""
        start = (when - timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        opened = self.at(self.today - timedelta(days=2), 13.0).astimezone(UTC)
        readings = []
        for i in range(7 * 24 * 6):
            at = (start + timedelta(minutes=10 * i)).astimezone(UTC)
            value = round(5.0 + 0.8 * math.sin(i / 72 * math.pi), 1)
            if opened <= at < opened + timedelta(minutes=70):
                value = 10.8
            readings.append(Reading(at, value, 48.0))
        record = LoggerRecord(
            LoggerFormat.TABLE,
            "Elitech RC-5+",
            "EL-RC5-000137",
            SITE_TZ,
            True,
            timedelta(minutes=10),
            readings[0].at,
            readings[-1].at,
            readings=tuple(readings),
        )
        name = f"{FRIDGE}_{when:%Y%m%d}.csv"
        digest = hashlib.sha256(f"{name}{len(readings)}".encode()).hexdigest()
        self.act(when, OPERATOR[0], ImportLoggerFile(name, digest, record, location=FRIDGE))
        fridge_lot = self.landmarks.get("in_fridge")
        for lot in self.lots:
            if lot.key == fridge_lot:
                lot.held = True

    def run(self) -> None:
        while self.events:
            when, _, step = heapq.heappop(self.events)
            step(when)


# --- the entry points --------------------------------------------------------------


def populate(
    new_uow: Callable[[], UnitOfWork],
    today: date | None = None,
    items: int = 300,
    lots: int = 3000,
    seed: int = 2024,
) -> DemoSummary:
    """Fill a new, empty store with months of history ending yesterday."""
    started = time.perf_counter()
    today = today or SystemClock(SITE_TZ).today()
    rng = random.Random(seed)
    demo = _Demo(new_uow, today, lots, rng)
    setup_clock = FixedClock(demo.at(today - timedelta(days=HISTORY_DAYS + 1), 9))
    initialise(
        new_uow(),
        setup_clock,
        DEVICE,
        device_id="demo-0000-0000-0000-000000000001",
        admin_password=ADMIN[1],
        admin_name=ADMIN[2],
    )

    bins = _bins()
    item_rows = _item_rows(items, bins, rng)
    tables: list[tuple[str, list[dict[str, str]]]] = [
        (
            "suppliers",
            [
                # Audited suppliers take near-expiry lots back within 60 days of receipt.
                {
                    "code": c,
                    "name": n,
                    "auto_release": "yes" if a else "no",
                    "return_window_days": "60" if a else "0",
                }
                for c, n, a in _SUPPLIERS
            ],
        ),
        ("locations", _location_rows(bins)),
        ("items", [{k: v for k, v in row.items() if k != "bin"} for row in item_rows]),
        (
            "users",
            [
                {"username": u, "pin": p, "display_name": d, "role": role.value}
                for (u, p, d), role in (
                    (SUPERVISOR, Role.SUPERVISOR),
                    (OPERATOR, Role.OPERATOR),
                    (QA, Role.QA),
                )
            ],
        ),
    ]
    admin = authenticate(new_uow(), setup_clock, ADMIN[0], ADMIN[1], DEVICE)
    zone = execute(new_uow(), setup_clock, admin, SetSiteSetting("time_zone", "Asia/Shanghai"))
    if not zone.ok:
        raise DemoError(f"demo time zone refused: {zone.message}")
    for kind, rows in tables:
        result = execute(new_uow(), setup_clock, admin, ImportMasterData(kind, list(rows[0]), rows))
        if not result.ok:
            raise DemoError(f"demo {kind} refused: {result.detail.get('problems', [])[:3]}")
    fridge = execute(new_uow(), setup_clock, admin, SetLocationStorage(FRIDGE, "冷藏"))
    if not fridge.ok:
        raise DemoError(f"demo fridge refused: {fridge.message}")
    demo.people = {
        name: authenticate(new_uow(), setup_clock, name, pin, DEVICE)
        for name, pin, _ in (ADMIN, SUPERVISOR, OPERATOR, QA)
    }

    catalogue = [
        _Item(row["gtin"], not row["gtin"].isdigit(), _family_of(row), row["model"], row["bin"])
        for row in item_rows
    ]
    demo.plan_lots(catalogue, {code: auto for code, _, auto in _SUPPLIERS})
    demo.plan_picks(catalogue)
    demo.plan_stories()
    demo.run()
    execute(new_uow(), FixedClock(demo.at(today, 7)), Actor.system(DEVICE), RaiseAlerts())
    return DemoSummary(
        items=len(catalogue),
        lots=len(demo.lots),
        actions=demo.actions,
        seconds=time.perf_counter() - started,
        landmarks=dict(demo.landmarks),
    )


def _family_of(row: dict[str, str]) -> _Family:
    return next(f for f in _FAMILIES if row["name_zh"].startswith(f.zh + " "))


def open_new_demo(path: Path) -> Store:
    # No fsync per action while generating: a demo interrupted half-way is rebuilt, not used.
    return Store(path, create=True, synchronous="OFF")


def create_demo(
    path: Path,
    open_new: Callable[[Path], NewStore],
    today: date | None = None,
    lots: int = 3000,
    items: int = 300,
) -> DemoSummary:
    """Build the demo beside `path` and give it that name only when it is complete."""
    if path.exists():
        raise FileExistsError(f"{path} already exists; refusing to touch it")
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    store = open_new(partial)
    try:
        summary = populate(store.uow, today, items=items, lots=lots)
    finally:
        store.close()
    # It was written without fsyncs; make it durable before it takes the real name.
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(path)
    return summary


def ensure_demo(
    path: Path, open_new: Callable[[Path], NewStore], today: date | None = None
) -> DemoSummary | None:
    """First start: a demo store at `path` unless something is there already."""
    if path.exists():
        return None
    return create_demo(path, open_new, today)
