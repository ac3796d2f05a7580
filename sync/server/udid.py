"""The national UDI database at the centre, and the item records it publishes to sites.

`import_udid` writes every device of the downloads into the centre's
device table in one transaction (a file that cannot be read imports
nothing), then publishes, on the bulk channel, an item record for each DI
the centre has reason to send and the table knows:

- every item of the centre's master data: its published record, with the
  fields it leaves empty filled from the device record (never overwriting
  what master data says: a contradiction is reported, not published);
- every DI a site's events named (lots and stock the sites reported) that
  master data does not have yet: an item made from the device record,
  registered when the record has a number.

Each record carries the device's packaging levels (`packages`), which a
site applies as the item's package levels. Only records that change are
published again, so a daily incremental file republishes what it changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, union

from app.adapters.udi_devices import COLUMNS, device_of, device_row
from app.domain.packaging import device_levels
from app.domain.udi import ITEM_FLAGS, ITEM_TEXTS, UdiDevice, item_values
from sync.protocol import ChangeKind
from sync.server import schema as s
from sync.server.changes import live, publish

BATCH = 2_000


@dataclass(slots=True)
class CentreImport:
    devices: int = 0
    levels: int = 0
    published: int = 0
    conflicts: list[dict[str, str]] = field(default_factory=list)


def _values(device: UdiDevice) -> dict[str, Any]:
    """A device's row for SQLAlchemy Core: the site's columns, dates as dates."""
    values = dict(zip(COLUMNS, device_row(device), strict=True))
    values.update(withdrawn_on=device.withdrawn_on, version_date=device.version_date)
    return values


def _write(conn: Connection, devices: Iterable[UdiDevice]) -> tuple[int, int]:
    """Every device, replacing a record already here and its levels (any SQL dialect)."""
    written = levels = 0
    stream = iter(devices)
    while batch := list(islice(stream, BATCH)):
        dis = [d.di for d in batch]
        conn.execute(delete(s.udi_packages).where(s.udi_packages.c.device_di.in_(dis)))
        conn.execute(delete(s.udi_devices).where(s.udi_devices.c.di.in_(dis)))
        conn.execute(insert(s.udi_devices), [_values(d) for d in batch])
        packages = [
            {"di": p.di, "device_di": d.di, "level": p.level, "contains": p.contains,
             "contains_di": p.contains_di}
            for d in batch
            for p in d.packages
        ]  # fmt: skip
        if packages:
            # A package DI listed by two records: the later record's.
            conn.execute(
                delete(s.udi_packages).where(s.udi_packages.c.di.in_([p["di"] for p in packages]))
            )
            conn.execute(insert(s.udi_packages), packages)
        written += len(batch)
        levels += len(packages)
    return written, levels


def _named_dis(conn: Connection) -> list[str]:
    """DIs the centre's master data or its sites' lots and stock name."""
    c = s.changes.c
    items = select(c.key.label("di")).where(
        c.kind == ChangeKind.ITEM.value, c.superseded.is_(False)
    )
    sites = select(s.site_lots.c.di.label("di"))
    stock = select(s.site_stock.c.di.label("di"))
    return sorted(conn.execute(union(items, sites, stock)).scalars())


def _devices(conn: Connection, dis: list[str]) -> Iterator[UdiDevice]:
    for start in range(0, len(dis), 500):
        chunk = dis[start : start + 500]
        rows = conn.execute(select(s.udi_devices).where(s.udi_devices.c.di.in_(chunk))).mappings()
        for row in list(rows):
            packages = (
                conn.execute(select(s.udi_packages).where(s.udi_packages.c.device_di == row["di"]))
                .mappings()
                .all()
            )
            yield device_of(row, packages)


def item_record(
    device: UdiDevice, before: dict[str, Any] | None
) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The item record to publish: master data's, its empty fields from the device; conflicts."""
    values = item_values(device)
    record: dict[str, Any] = dict(before or {"di": device.di})
    conflicts = []
    for name in ITEM_TEXTS:
        ours, theirs = str(record.get(name) or "").strip(), str(values.get(name, ""))
        if not ours:
            if theirs:
                record[name] = theirs
        elif (
            name == "registration_no"
            and theirs
            and "".join(ours.split()) != "".join(theirs.split())
        ):
            conflicts.append({"di": device.di, "field": name, "ours": ours, "database": theirs})
    if before is None:
        record.update({k: values[k] for k in ITEM_FLAGS if k in values})
    levels, _ = device_levels(device)
    record["packages"] = [asdict(level) for level in levels]
    return record, conflicts


def import_udid(engine: Engine, devices: Iterable[UdiDevice], now: datetime) -> CentreImport:
    """Raises UdiFileError (nothing written) for a file that cannot be read."""
    report = CentreImport()
    with engine.begin() as conn:
        report.devices, report.levels = _write(conn, devices)
        dis = _named_dis(conn)
        earlier = live(conn, ChangeKind.ITEM, dis)
        records = []
        for device in _devices(conn, dis):
            found = earlier.get(device.di)
            before = found.payload if found is not None else None
            record, conflicts = item_record(device, before)
            report.conflicts += conflicts
            if record != before:
                records.append((device.di, record))
        if records:
            publish(conn, ChangeKind.ITEM, records, now)
        report.published = len(records)
    return report
