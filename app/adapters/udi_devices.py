"""The national UDI database's devices in the store, and items' packaging levels.

Written for the full download's millions of records: rows go in as tuples,
a batch at a time, with one prepared statement each (executemany), never a
dict or a SQLAlchemy statement per row.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, delete, insert, select

from app.adapters import tables as t
from app.adapters.driver import run
from app.domain.model import AlertKind
from app.domain.packaging import PackageLevel
from app.domain.udi import UdiDevice, UdiPackage, UdiStorage, storage_temperature

# Rows per executemany: big enough that the statement overhead vanishes, small
# enough that a batch's tuples stay a few MB.
BATCH = 2_000

# udi_devices' columns in order: the UdiDevice attribute each is read from.
_DEVICE_COLUMNS = (
    "di",
    "coding_system",
    "generic_name",
    "trade_name",
    "model",
    "registration_no",
    "registrant",
    "registrant_en",
    "registrant_credit_code",
    "classification_code",
    "device_kind",
    "product_kind",
    "use_unit_di",
    "use_units",
    "direct_mark_di",
    "pi_has_lot",
    "pi_has_serial",
    "pi_has_production_date",
    "pi_has_expiry",
    "single_use",
    "sterile_package",
    "sterilisation",
    "withdrawn_on",
    "record_key",
    "version",
    "version_date",
    "change",
)
_STORAGE_COLUMNS = ("storage_condition", "storage_min", "storage_max", "storage_unit")
COLUMNS = (*_DEVICE_COLUMNS, *_STORAGE_COLUMNS)

_PUT_DEVICE = (
    f"INSERT OR REPLACE INTO udi_devices ({', '.join(COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(COLUMNS))})"
)
_PUT_PACKAGE = (
    "INSERT OR REPLACE INTO udi_packages (di, device_di, level, contains, contains_di) "
    "VALUES (?, ?, ?, ?, ?)"
)
_DROP_PACKAGES = "DELETE FROM udi_packages WHERE device_di = ?"

_DEVICE = select(t.udi_devices).where(t.udi_devices.c.di == bindparam("di"))
_PACKAGES_OF = select(t.udi_packages).where(t.udi_packages.c.device_di == bindparam("di"))
_OWNER_OF = select(t.udi_packages.c.device_di).where(t.udi_packages.c.di == bindparam("di"))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


# Lots on hand of a device withdrawn by a day, not yet warned of (driver.run).
_WITHDRAWN_LOTS = (
    "SELECT lots.id, lots.di, lots.lot, udi_devices.withdrawn_on FROM lots "
    "JOIN udi_devices ON udi_devices.di = lots.di WHERE lots.on_hand > 0 "
    "AND udi_devices.withdrawn_on IS NOT NULL AND udi_devices.withdrawn_on <= ? "
    "AND NOT EXISTS (SELECT 1 FROM alerts WHERE alerts.lot_id = lots.id "
    f"AND alerts.kind = '{AlertKind.WITHDRAWN.value}')"
)
_WITHDRAWN_LOT = _WITHDRAWN_LOTS + " AND lots.id = ?"
_READ = attrgetter(*_DEVICE_COLUMNS)
_WITHDRAWN, _VERSION_DATE = (
    _DEVICE_COLUMNS.index("withdrawn_on"),
    _DEVICE_COLUMNS.index("version_date"),
)


def device_row(device: UdiDevice) -> tuple[Any, ...]:
    # One C call for the attributes in column order; dates as the ISO text Date reads back.
    values = list(_READ(device))
    values[_WITHDRAWN], values[_VERSION_DATE] = _iso(device.withdrawn_on), _iso(device.version_date)
    temperature = storage_temperature(device)
    if temperature is None:
        return (*values, "", "", "", "")
    return (
        *values,
        temperature.condition,
        temperature.minimum,
        temperature.maximum,
        temperature.unit,
    )


def device_of(row: RowMapping, packages: Sequence[RowMapping]) -> UdiDevice:
    values = {column: row[column] for column in _DEVICE_COLUMNS}
    storage: tuple[UdiStorage, ...] = ()
    if row["storage_condition"] or row["storage_unit"]:
        storage = (UdiStorage(*(row[column] for column in _STORAGE_COLUMNS)),)
    return UdiDevice(
        **values,
        packages=tuple(
            UdiPackage(p["di"], p["level"], p["contains"], p["contains_di"]) for p in packages
        ),
        storage=storage,
    )


# A batch as it is written: each device's DI, its row, and its levels' rows.
_Batch = tuple[list[tuple[str]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _batches(devices: Iterable[UdiDevice]) -> Iterator[_Batch]:
    """The devices BATCH at a time, as the rows executemany takes.

    Made in the reading thread (`_read_ahead`), so the writing one only hands
    rows to SQLite; each device is dropped as soon as its rows are made, so a
    batch holds tuples of texts and numbers, never thousands of devices (which
    would outlive the garbage collector's young generations and make it sweep
    the whole heap).
    """
    dis: list[tuple[str]] = []
    rows: list[tuple[Any, ...]] = []
    packages: list[tuple[Any, ...]] = []
    for d in devices:
        dis.append((d.di,))
        rows.append(device_row(d))
        packages += [(p.di, d.di, p.level, p.contains, p.contains_di) for p in d.packages]
        if len(rows) == BATCH:
            yield dis, rows, packages
            dis, rows, packages = [], [], []
    if rows:
        yield dis, rows, packages


def _read_ahead(batches: Iterator[_Batch]) -> Iterator[_Batch]:
    """The batches, made by a thread of their own one batch ahead.

    SQLite writes a batch without holding the GIL, so on two cores the next
    batch is parsed meanwhile. A reading error reaches the caller at the batch
    it stopped; a caller that stops early stops the reader.
    """
    ready: queue.Queue[_Batch | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def hand_on(item: _Batch | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in batches:
                if not hand_on(batch):
                    return
            hand_on(None)
        except BaseException as exc:  # handed to the caller's thread, raised there
            hand_on(exc)

    reader = threading.Thread(target=read, name="udid-reader", daemon=True)
    reader.start()
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


class SqlDevices:
    """udi_devices and udi_packages: written in bulk by an import, read one DI at a time."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def put(self, devices: Iterable[UdiDevice], replacing: bool = True) -> tuple[int, int]:
        """Store each device (a record already here is replaced, its levels with it).

        `replacing=False` when the table was empty before: no old levels to drop.
        Returns (devices, package levels) written.
        """
        run = self.conn.exec_driver_sql  # a list of tuples: one executemany on the driver
        written = levels = 0
        for dis, rows, packages in _read_ahead(_batches(devices)):
            if replacing:
                run(_DROP_PACKAGES, dis)
            run(_PUT_DEVICE, rows)
            if packages:
                run(_PUT_PACKAGE, packages)
            written += len(rows)
            levels += len(packages)
        return written, levels

    def count(self) -> int:
        return int(self.conn.exec_driver_sql("SELECT count(*) FROM udi_devices").scalar_one())

    def get(self, di: str) -> UdiDevice | None:
        row = self.conn.execute(_DEVICE, {"di": di}).mappings().first()
        if row is None:
            return None
        return device_of(row, self.conn.execute(_PACKAGES_OF, {"di": di}).mappings().all())

    def owner_of_package(self, di: str) -> UdiDevice | None:
        """The device one of whose packaging levels has DI `di`."""
        owner = self.conn.execute(_OWNER_OF, {"di": di}).scalar()
        return self.get(owner) if owner is not None else None

    def of_items(self) -> Iterator[UdiDevice]:
        """The device of every item whose DI is in the table (thousands, not millions)."""
        dis = self.conn.execute(
            select(t.items.c.di).join(t.udi_devices, t.udi_devices.c.di == t.items.c.di)
        ).scalars()
        for di in list(dis):
            device = self.get(di)
            if device is not None:
                yield device

    def withdrawn_lots(
        self, on: date, lot_id: int | None = None
    ) -> list[tuple[int, str, str, date]]:
        """(lot id, DI, lot, withdrawn on) of each lot on hand (or just `lot_id`) whose
        device was withdrawn by `on` and that has had no withdrawn warning yet."""
        if lot_id is None:
            rows = run(self.conn, _WITHDRAWN_LOTS + " ORDER BY lots.id", (on.isoformat(),))
        else:  # a receipt's one lot: prebuilt, by its id
            rows = run(self.conn, _WITHDRAWN_LOT, (on.isoformat(), lot_id))
        return [(int(r[0]), str(r[1]), str(r[2]), date.fromisoformat(r[3])) for r in rows]


def _level(row: RowMapping, item_di: str) -> PackageLevel:
    return PackageLevel(
        row["di"], item_di, row["level"], row["contains"], row["contains_di"], row["units"]
    )


class SqlPackageLevels:
    """item_packages: each package DI with its item and its count of eaches."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, di: str) -> PackageLevel | None:
        p, i = t.item_packages.c, t.items.c
        row = (
            self.conn.execute(
                select(t.item_packages, i.di.label("item_di"))
                .join(t.items, i.id == p.item_id)
                .where(p.di == di)
            )
            .mappings()
            .first()
        )
        return _level(row, row["item_di"]) if row else None

    def for_item(self, item_id: int, item_di: str) -> list[PackageLevel]:
        p = t.item_packages.c
        rows = self.conn.execute(
            select(t.item_packages).where(p.item_id == item_id).order_by(p.units)
        ).mappings()
        return [_level(r, item_di) for r in rows]

    def put(self, item_id: int, level: PackageLevel) -> None:
        self.conn.execute(delete(t.item_packages).where(t.item_packages.c.di == level.di))
        self.conn.execute(
            insert(t.item_packages).values(
                di=level.di,
                item_id=item_id,
                level=level.level,
                contains=level.contains,
                contains_di=level.contains_di,
                units=level.units,
            )
        )
