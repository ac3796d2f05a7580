"""The cold chain's storage: storage classes, loggers, readings, gaps, excursions.

Readings go in and come out as plain tuples over raw SQL, their times as whole
seconds since the epoch: a year of 5-minute readings is 105,000 rows, and a Core
statement (or ISO text) per row would cost more than finding the excursions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, case, delete, func, insert, or_, select, update

from app.adapters import tables as t
from app.adapters.driver import run
from app.domain.climate import (
    DailySummary,
    NoData,
    Range,
    Reading,
    StorageClass,
    Tolerance,
)


def _seconds(at: datetime) -> int:
    """A reading's time as climate_readings keeps it: whole seconds since the epoch (UTC)."""
    return int(at.timestamp())


def _range(low: float | None, high: float | None) -> Range | None:
    return None if low is None and high is None else Range(low, high)


def class_from_row(row: Any) -> StorageClass:
    return StorageClass(
        row.name,
        Range(row.temperature_low, row.temperature_high),
        _range(row.humidity_low, row.humidity_high),
        Tolerance(row.above_minutes, row.below_minutes, row.daily_minutes),
    )


def class_values(storage: StorageClass) -> dict[str, object]:
    humidity = storage.humidity or Range()
    return {
        "name": storage.name,
        "temperature_low": storage.temperature.low,
        "temperature_high": storage.temperature.high,
        "humidity_low": humidity.low,
        "humidity_high": humidity.high,
        "above_minutes": storage.tolerance.above_minutes,
        "below_minutes": storage.tolerance.below_minutes,
        "daily_minutes": storage.tolerance.daily_minutes,
    }


_LOCATION_CLASS = "SELECT class_name FROM location_storage WHERE location_id = ?"
_ITEM_STORAGE = (
    "SELECT class_name, temperature_low, temperature_high FROM item_storage WHERE item_id = ?"
)


class SqlClimate:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- storage classes ---------------------------------------------------------

    def classes(self) -> list[StorageClass]:
        rows = self.conn.execute(select(t.storage_classes).order_by(t.storage_classes.c.name))
        return [class_from_row(r) for r in rows]

    def storage_class(self, name: str) -> StorageClass | None:
        row = self.conn.execute(
            select(t.storage_classes).where(t.storage_classes.c.name == name)
        ).first()
        return None if row is None else class_from_row(row)

    def put_class(self, storage: StorageClass) -> None:
        values = class_values(storage)
        done = self.conn.execute(
            update(t.storage_classes)
            .where(t.storage_classes.c.name == storage.name)
            .values({k: v for k, v in values.items() if k != "name"})
        )
        if not done.rowcount:
            self.conn.execute(insert(t.storage_classes), values)

    def item_storage(self, item_id: int) -> StorageClass | None:
        """The item's class, or its own range (a class with no name); None: not checked."""
        row = run(self.conn, _ITEM_STORAGE, (item_id,)).fetchone()  # every receipt asks
        if row is None:
            return None
        class_name, low, high = row
        if class_name:
            return self.storage_class(class_name)
        if low is None and high is None:
            return None
        return StorageClass(None, Range(low, high), None)

    def item_storage_values(self, item_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            select(t.item_storage).where(t.item_storage.c.item_id == item_id)
        ).first()
        return None if row is None else dict(row._mapping)

    def set_item_storage(
        self,
        item_id: int,
        class_name: str | None,
        low: float | None,
        high: float | None,
        transit_hours: float | None,
    ) -> None:
        self.conn.execute(delete(t.item_storage).where(t.item_storage.c.item_id == item_id))
        if class_name or low is not None or high is not None or transit_hours is not None:
            self.conn.execute(
                insert(t.item_storage),
                {
                    "item_id": item_id,
                    "class_name": class_name or None,
                    "temperature_low": low,
                    "temperature_high": high,
                    "transit_hours": transit_hours,
                },
            )

    def location_class_name(self, location_id: int) -> str | None:
        row = run(self.conn, _LOCATION_CLASS, (location_id,)).fetchone()  # every receipt asks
        return None if row is None else str(row[0])

    def location_storage(self, location_id: int) -> StorageClass | None:
        name = self.location_class_name(location_id)
        return None if name is None else self.storage_class(name)

    def set_location_storage(self, location_id: int, class_name: str | None) -> None:
        self.conn.execute(
            delete(t.location_storage).where(t.location_storage.c.location_id == location_id)
        )
        if class_name:
            self.conn.execute(
                insert(t.location_storage), {"location_id": location_id, "class_name": class_name}
            )

    def approved_carriers(self, supplier_id: int) -> list[str]:
        c = t.supplier_carriers.c
        rows = self.conn.execute(
            select(c.carrier).where(c.supplier_id == supplier_id).order_by(c.carrier)
        )
        return [str(v) for v in rows.scalars()]

    def set_approved_carriers(self, supplier_id: int, carriers: Sequence[str]) -> None:
        c = t.supplier_carriers.c
        self.conn.execute(delete(t.supplier_carriers).where(c.supplier_id == supplier_id))
        for carrier in dict.fromkeys(carriers):
            self.conn.execute(
                insert(t.supplier_carriers), {"supplier_id": supplier_id, "carrier": carrier}
            )

    # --- loggers and their files ---------------------------------------------------

    def logger(self, serial: str, place: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            select(t.climate_loggers).where(
                t.climate_loggers.c.serial == serial, t.climate_loggers.c.place == place
            )
        ).first()
        return None if row is None else dict(row._mapping)

    def logger_by_id(self, logger_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            select(t.climate_loggers).where(t.climate_loggers.c.id == logger_id)
        ).first()
        return None if row is None else dict(row._mapping)

    def loggers(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(select(t.climate_loggers).order_by(t.climate_loggers.c.place))
        return [dict(r._mapping) for r in rows]

    def place_zone(self, place: str) -> str:
        """The zone configured for a logger at `place` ("" when none is)."""
        value = self.conn.execute(
            select(t.climate_loggers.c.zone)
            .where(t.climate_loggers.c.place == place, t.climate_loggers.c.zone != "")
            .order_by(t.climate_loggers.c.id.desc())
            .limit(1)
        ).scalar()
        return str(value or "")

    def add_logger(self, values: dict[str, Any]) -> int:
        return t.inserted_id(self.conn.execute(insert(t.climate_loggers), values))

    def update_logger(self, logger_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(
            update(t.climate_loggers).where(t.climate_loggers.c.id == logger_id).values(values)
        )

    def file_logger(self, sha256: str) -> int | None:
        value = self.conn.execute(
            select(t.climate_files.c.logger_id).where(t.climate_files.c.sha256 == sha256)
        ).scalar()
        return None if value is None else int(value)

    def add_file(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(t.climate_files), values)

    # --- readings, days, gaps ------------------------------------------------------

    def add_readings(self, logger_id: int, readings: Iterable[Reading]) -> int:
        """Stores the readings not yet stored (same logger and instant); returns how many."""
        self.conn.execute(select(1))  # inside the unit of work's transaction (its BEGIN)
        raw = self.conn.connection.driver_connection
        assert raw is not None
        before = raw.total_changes
        raw.executemany(
            "INSERT OR IGNORE INTO climate_readings "
            "(logger_id, at, temperature, humidity, out_of_limits) VALUES (?, ?, ?, ?, ?)",
            (
                (logger_id, int(r.at.timestamp()), r.temperature, r.humidity, r.out_of_limits)
                for r in readings  # int(timestamp()): _seconds inlined, 105,000 calls a year
            ),
        )
        return int(raw.total_changes - before)

    def has_readings(self, logger_id: int) -> bool:
        found = self.conn.execute(
            select(t.climate_readings.c.at)
            .where(t.climate_readings.c.logger_id == logger_id)
            .limit(1)
        ).first()
        return found is not None

    def readings(
        self, logger_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[Reading]:
        sql = "SELECT at, temperature, humidity, out_of_limits FROM climate_readings "
        sql += "WHERE logger_id = ?"
        params: list[object] = [logger_id]
        if start is not None:
            sql += " AND at >= ?"
            params.append(_seconds(start))
        if end is not None:
            sql += " AND at <= ?"
            params.append(_seconds(end))
        self.conn.execute(select(1))
        raw = self.conn.connection.driver_connection
        assert raw is not None
        at_second = datetime.fromtimestamp
        return [
            Reading(at_second(at, UTC), temperature, humidity, bool(marked))
            for at, temperature, humidity, marked in raw.execute(sql + " ORDER BY at", params)
        ]

    def add_days(self, logger_id: int, days: Iterable[DailySummary]) -> int:
        added = 0
        for d in days:
            exists = self.conn.execute(
                select(func.count())
                .select_from(t.climate_days)
                .where(t.climate_days.c.logger_id == logger_id, t.climate_days.c.day == d.day)
            ).scalar()
            if exists:
                continue
            self.conn.execute(
                insert(t.climate_days),
                {
                    "logger_id": logger_id,
                    "day": d.day,
                    "start": d.start,
                    "end": d.end,
                    "lowest": d.lowest,
                    "highest": d.highest,
                    "mean": d.mean,
                    "minutes_below": d.minutes_below,
                    "minutes_above": d.minutes_above,
                },
            )
            added += 1
        return added

    def days(self, logger_id: int) -> list[DailySummary]:
        rows = self.conn.execute(
            select(t.climate_days)
            .where(t.climate_days.c.logger_id == logger_id)
            .order_by(t.climate_days.c.day)
        )
        return [
            DailySummary(
                r.day,
                r.start,
                r.end,
                r.lowest,
                r.highest,
                r.mean,
                r.minutes_below,
                r.minutes_above,
            )
            for r in rows
        ]

    def put_gaps(self, logger_id: int, gaps: Iterable[NoData]) -> list[NoData]:
        """The gaps not stored before (a later file may fill one: it is then removed)."""
        found = {g.start: g for g in gaps}
        stored = {
            r.start: r.end
            for r in self.conn.execute(
                select(t.climate_gaps).where(t.climate_gaps.c.logger_id == logger_id)
            )
        }
        for start in set(stored) - set(found):
            self.conn.execute(
                delete(t.climate_gaps).where(
                    t.climate_gaps.c.logger_id == logger_id, t.climate_gaps.c.start == start
                )
            )
        new = [g for start, g in found.items() if stored.get(start) != g.end]
        for gap in new:
            if gap.start in stored:
                self.conn.execute(
                    update(t.climate_gaps)
                    .where(
                        t.climate_gaps.c.logger_id == logger_id,
                        t.climate_gaps.c.start == gap.start,
                    )
                    .values(end=gap.end)
                )
            else:
                self.conn.execute(
                    insert(t.climate_gaps),
                    {"logger_id": logger_id, "start": gap.start, "end": gap.end},
                )
        return new

    def gaps(self, logger_id: int) -> list[NoData]:
        rows = self.conn.execute(
            select(t.climate_gaps)
            .where(t.climate_gaps.c.logger_id == logger_id)
            .order_by(t.climate_gaps.c.start)
        )
        return [NoData(r.start, r.end) for r in rows]

    # --- excursions ------------------------------------------------------------------

    def stored_excursions(self, logger_id: int) -> list[dict[str, Any]]:
        """The logger's stored excursions: id, measure, side, kind, start, end, minutes,
        lowest, highest, open_ended, status."""
        e = t.excursions.c
        rows = self.conn.execute(
            select(
                e.id, e.measure, e.side, e.kind, e.start, e.end, e.minutes, e.lowest,
                e.highest, e.open_ended, e.status,
            )
            .where(e.logger_id == logger_id)
            .order_by(e.start)
        )  # fmt: skip
        return [dict(r._mapping) for r in rows]

    def update_excursion(self, excursion_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(
            update(t.excursions).where(t.excursions.c.id == excursion_id).values(values)
        )

    def add_excursion(self, values: dict[str, Any]) -> int:
        return t.inserted_id(self.conn.execute(insert(t.excursions), values))

    def lots_at(self, location_id: int, start: datetime, end: datetime) -> list[tuple[int, int]]:
        """(lot id, units) of every lot at the location at some moment from start to end:
        its balance there at `start` from the ledger, plus what arrived before `end`."""
        m = t.movements.c
        into = case((m.to_location_id == location_id, m.quantity), else_=0)
        out = case((m.from_location_id == location_id, m.quantity), else_=0)
        before = func.sum(case((m.at <= start, into - out), else_=0))
        arrived = func.sum(case((m.at > start, into), else_=0))
        rows = self.conn.execute(
            select(m.lot_id, before, arrived)
            .where(
                or_(m.to_location_id == location_id, m.from_location_id == location_id),
                m.at <= end,
            )
            .group_by(m.lot_id)
            .having(or_(before > 0, arrived > 0))
            .order_by(m.lot_id)
        )
        return [(int(lot), int(held or 0) + int(came or 0)) for lot, held, came in rows]

    def lots_of_delivery(self, delivery: str) -> list[tuple[int, int]]:
        """(lot id, units) received on this delivery note."""
        m = t.movements.c
        rows = self.conn.execute(
            select(m.lot_id, func.sum(m.quantity))
            .where(m.type == "receive", m.reference == delivery)
            .group_by(m.lot_id)
            .order_by(m.lot_id)
        )
        return [(int(lot), int(units)) for lot, units in rows]

    def add_excursion_lot(self, excursion_id: int, lot_id: int, quantity: int, held: bool) -> None:
        self.conn.execute(
            insert(t.excursion_lots),
            {"excursion_id": excursion_id, "lot_id": lot_id, "quantity": quantity, "held": held},
        )

    def excursion(self, excursion_id: int) -> dict[str, Any] | None:
        rows = self._excursion_rows(t.excursions.c.id == excursion_id)
        return rows[0] if rows else None

    def excursions(self, status: str | None = None) -> list[dict[str, Any]]:
        return self._excursion_rows(None if status is None else t.excursions.c.status == status)

    def _excursion_rows(self, where: Any) -> list[dict[str, Any]]:
        e, loc, lg = t.excursions, t.locations, t.climate_loggers
        query = (
            select(e, loc.c.code.label("location"), lg.c.serial.label("serial"))
            .select_from(
                e.outerjoin(loc, loc.c.id == e.c.location_id).join(lg, lg.c.id == e.c.logger_id)
            )
            .order_by(e.c.start, e.c.id)
        )
        if where is not None:
            query = query.where(where)
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def excursion_lots(self, excursion_id: int) -> list[dict[str, Any]]:
        x, lots, items = t.excursion_lots, t.lots, t.items
        rows = self.conn.execute(
            select(
                x.c.lot_id,
                x.c.quantity,
                x.c.held,
                lots.c.di,
                lots.c.lot,
                lots.c.expiry,
                lots.c.hold,
                lots.c.qc,
                items.c.name,
                items.c.name_zh,
            )
            .select_from(
                x.join(lots, lots.c.id == x.c.lot_id).join(items, items.c.id == lots.c.item_id)
            )
            .where(x.c.excursion_id == excursion_id)
            .order_by(lots.c.di, lots.c.lot)
        )
        return [dict(r._mapping) for r in rows]

    def logger_excursions(self, logger_id: int) -> list[int]:
        """The open excursions found in a logger's readings."""
        e = t.excursions.c
        rows = self.conn.execute(
            select(e.id).where(e.logger_id == logger_id, e.status == "open").order_by(e.id)
        )
        return [int(v) for v in rows.scalars()]

    def excursion_has_lot(self, excursion_id: int, lot_id: int) -> bool:
        x = t.excursion_lots.c
        found = self.conn.execute(
            select(x.lot_id).where(x.excursion_id == excursion_id, x.lot_id == lot_id)
        ).first()
        return found is not None

    def open_holding(self, lot_id: int, other_than: int | None = None) -> list[int]:
        """Open excursions that hold this lot."""
        x, e = t.excursion_lots, t.excursions
        query = (
            select(e.c.id)
            .select_from(x.join(e, e.c.id == x.c.excursion_id))
            .where(x.c.lot_id == lot_id, x.c.held, e.c.status == "open")
        )
        if other_than is not None:
            query = query.where(e.c.id != other_than)
        return [int(v) for v in self.conn.execute(query).scalars()]

    def decide(
        self, excursion_id: int, status: str, by: str, at: datetime, justification: str
    ) -> None:
        self.conn.execute(
            update(t.excursions)
            .where(and_(t.excursions.c.id == excursion_id, t.excursions.c.status == "open"))
            .values(status=status, decided_by=by, decided_at=at, justification=justification)
        )

    # --- mixed-lot outbound (混批), the outbound anomaly of the same issue -----------------

    def lots_picked_for(self, reference: str, department_id: int, item_id: int) -> list[str]:
        """Lot numbers of an item already picked on this reference to this department."""
        m, lots = t.movements.c, t.lots.c
        rows = self.conn.execute(
            select(lots.lot)
            .select_from(t.movements.join(t.lots, t.lots.c.id == m.lot_id))
            .where(
                m.type == "pick",
                m.reference == reference,
                m.to_location_id == department_id,
                lots.item_id == item_id,
            )
            .distinct()
            .order_by(lots.lot)
        )
        return [str(v) for v in rows.scalars()]

    def picked_on(self, reference: str, department_id: int) -> list[dict[str, Any]]:
        """Every lot picked on this reference to this department, with its units, by item."""
        m, lots, items = t.movements.c, t.lots.c, t.items.c
        rows = self.conn.execute(
            select(
                items.id.label("item_id"),
                items.di,
                items.name,
                items.name_zh,
                items.unit,
                lots.lot,
                lots.expiry,
                func.sum(m.quantity).label("quantity"),
            )
            .select_from(
                t.movements.join(t.lots, t.lots.c.id == m.lot_id).join(
                    t.items, t.items.c.id == lots.item_id
                )
            )
            .where(m.type == "pick", m.reference == reference, m.to_location_id == department_id)
            .group_by(items.id, lots.id)
            .order_by(items.di, lots.expiry, lots.lot)
        )
        return [dict(r._mapping) for r in rows]
