"""Repositories for lots, stock on hand and serials."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from app.adapters import tables as t
from app.adapters.driver import run
from app.domain.model import Hold, Location, LocationKind, Lot, QcStatus, StockLine

_LOT_COLUMNS = (
    t.lots.c.id,
    t.lots.c.item_id,
    t.lots.c.di,
    t.lots.c.lot,
    t.lots.c.expiry,
    t.lots.c.production_date,
    t.lots.c.supplier_id,
    t.lots.c.qc,
    t.lots.c.hold,
    t.lots.c.hold_reason,
    t.lots.c.first_received,
)
LOT_QUERY = select(*_LOT_COLUMNS)  # every lot column, as `lot_from_row` reads them


# Enum members by value: a dict look-up, where calling the enum class costs ~10x as
# much, and a pick reads every stock line of its item (tens of lots) to decide FEFO.
_QC = {member.value: member for member in QcStatus}
_HOLD = {member.value: member for member in Hold}
_KIND = {member.value: member for member in LocationKind}


def lot_from_row(row: RowMapping) -> Lot:
    return Lot(
        item_id=row["item_id"],
        di=row["di"],
        lot=row["lot"],
        expiry=row["expiry"],
        production_date=row["production_date"],
        supplier_id=row["supplier_id"],
        qc=_QC[row["qc"]],
        hold=_HOLD[row["hold"]],
        hold_reason=row["hold_reason"],
        first_received=row["first_received"],
        id=row["id"],
    )


def _stored_lot(row: Sequence[Any]) -> Lot:
    """A lot from a driver row (`driver.run`) whose first columns are `_LOT_COLUMNS`:
    its dates and time still as SQLite holds them."""
    lot_id, item_id, di, number, expiry, produced, supplier, qc, hold, why, first = row[:11]
    return Lot(
        item_id,
        di,
        number,
        _day(expiry),
        _day(produced),
        supplier,
        _QC[qc],
        _HOLD[hold],
        why,
        _time(first),
        lot_id,
    )


def stored_lots(conn: Connection, where: str, params: Sequence[Any]) -> list[Lot]:
    """Lots read by the driver: `where` is the plain SQL that picks them (and orders them)."""
    return [_stored_lot(row) for row in run(conn, f"SELECT {_LOT_SQL} FROM lots {where}", params)]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text is not None else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


# The hot path's statements as plain SQL for the driver (app.adapters.driver).
_LOT_SQL = (
    "lots.id, lots.item_id, lots.di, lots.lot, lots.expiry, lots.production_date, "
    "lots.supplier_id, lots.qc, lots.hold, lots.hold_reason, lots.first_received"
)
_LOT_BY_KEY = f"SELECT {_LOT_SQL} FROM lots WHERE di = ? AND lot = ?"
_LINES = (
    f"SELECT {_LOT_SQL}, stock.location_id, stock.quantity, stock.received_at, "
    "locations.code, locations.name, locations.kind, locations.responsible, locations.zone "
    "FROM stock JOIN lots ON stock.lot_id = lots.id "
    "JOIN locations ON locations.id = stock.location_id "
)
_LINES_FOR_ITEM = _LINES + "WHERE stock.item_id = ? AND stock.quantity > 0"
# Read through ix_lots_fefo: the item's lots that expire by a day, then their stock.
_LINES_FOR_ITEM_BY = _LINES + "WHERE lots.item_id = ? AND lots.expiry <= ? AND stock.quantity > 0"
_LINES_FOR_LOT = _LINES + "WHERE stock.lot_id = ? AND stock.quantity > 0"
_QUANTITY = "SELECT quantity FROM stock WHERE lot_id = ? AND location_id = ?"
_ADD_TO_STOCK = (
    "UPDATE stock SET quantity = quantity + ? WHERE lot_id = ? AND location_id = ? "
    "RETURNING quantity"
)
_NEW_STOCK = (
    "INSERT INTO stock (lot_id, location_id, item_id, quantity, received_at) VALUES (?, ?, ?, ?, ?)"
)
_ADD_TO_ON_HAND = "UPDATE lots SET on_hand = on_hand + ? WHERE id = ?"
_NEW_LOT = (
    "INSERT INTO lots (item_id, di, lot, expiry, production_date, supplier_id, qc, hold, "
    "hold_reason, first_received, on_hand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id"
)

# Plain SQL, the rows as tuples: a recall saves thousands at once.
# Ids as one JSON array: a recall holds thousands of lots with one status.
_SAVE_STATUSES = (
    "UPDATE lots SET qc = ?, hold = ?, hold_reason = ? WHERE id IN (SELECT value FROM json_each(?))"
)


class SqlLots:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, di: str, lot: str) -> Lot | None:
        row = run(self.conn, _LOT_BY_KEY, (di, lot)).fetchone()
        return _stored_lot(row) if row else None

    def get_by_id(self, lot_id: int) -> Lot | None:
        row = (
            self.conn.execute(select(*_LOT_COLUMNS).where(t.lots.c.id == lot_id)).mappings().first()
        )
        return lot_from_row(row) if row else None

    def find(self, lot: str) -> list[Lot]:
        rows = self.conn.execute(select(*_LOT_COLUMNS).where(t.lots.c.lot == lot)).mappings()
        return [lot_from_row(r) for r in rows]

    def add(self, lot: Lot) -> Lot:
        row = run(
            self.conn,
            _NEW_LOT,
            (
                lot.item_id,
                lot.di,
                lot.lot,
                _iso(lot.expiry),
                _iso(lot.production_date),
                lot.supplier_id,
                lot.qc.value,
                lot.hold.value,
                lot.hold_reason,
                t.utc_text(lot.first_received) if lot.first_received else None,
            ),
        ).fetchone()
        lot.id = int(row[0])
        return lot

    def save_status(self, lot: Lot) -> None:
        self.save_statuses([lot])

    def save_statuses(self, lots: Sequence[Lot]) -> None:
        """The lots' QC status and hold: one statement for each status they share."""
        shared: dict[tuple[str, str, str], list[int | None]] = {}
        for lot in lots:
            shared.setdefault((lot.qc.value, lot.hold.value, lot.hold_reason), []).append(lot.id)
        for (qc, hold, reason), ids in shared.items():
            run(self.conn, _SAVE_STATUSES, (qc, hold, reason, json.dumps(ids)))


class SqlStock:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @staticmethod
    def _lines(rows: Iterable[Sequence[Any]]) -> list[StockLine]:
        # Columns: _LOT_COLUMNS (11), then location id, quantity, received_at, code,
        # name, kind, responsible, zone, as `_LINES` selects them. The item's lines
        # share a few locations: each is made once.
        places: dict[int, Location] = {}
        lines = []
        for r in rows:
            place = places.get(r[11])
            if place is None:
                place = places[r[11]] = Location(r[14], r[15], _KIND[r[16]], r[17], r[18], r[11])
            lines.append(StockLine(_stored_lot(r), place, r[12], _time(r[13])))
        return lines

    def lines_for_item(self, item_id: int, expiring_by: date | None = None) -> list[StockLine]:
        """Every stock line of the item with stock, wherever it is; with `expiring_by`,
        only those of its lots that expire on or before that day."""
        if expiring_by is None:
            return self._lines(run(self.conn, _LINES_FOR_ITEM, (item_id,)))
        return self._lines(run(self.conn, _LINES_FOR_ITEM_BY, (item_id, expiring_by.isoformat())))

    def lines_for_lot(self, lot_id: int) -> list[StockLine]:
        return self._lines(run(self.conn, _LINES_FOR_LOT, (lot_id,)))

    def quantity(self, lot_id: int, location_id: int) -> int:
        row = run(self.conn, _QUANTITY, (lot_id, location_id)).fetchone()
        return int(row[0] or 0) if row else 0

    def change(self, lot: Lot, location: Location, delta: int, at: datetime) -> int:
        """Add `delta` at a stock-holding location; returns the new quantity there."""
        assert lot.id is not None and location.id is not None and location.kind.holds_stock
        row = run(self.conn, _ADD_TO_STOCK, (delta, lot.id, location.id)).fetchone()
        if row is None:
            new = delta
            run(self.conn, _NEW_STOCK, (lot.id, location.id, lot.item_id, new, t.utc_text(at)))
        else:
            new = int(row[0])
        if new < 0:
            raise ValueError("stock would go negative")  # services check first; a bug if seen
        run(self.conn, _ADD_TO_ON_HAND, (delta, lot.id))
        return new


class SqlSerials:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def location_of(self, lot_id: int, serial: str) -> tuple[bool, int | None]:
        row = self.conn.execute(
            select(t.serials.c.location_id).where(
                t.serials.c.lot_id == lot_id, t.serials.c.serial == serial
            )
        ).first()
        return (False, None) if row is None else (True, row[0])

    def put(self, lot_id: int, serial: str, location_id: int | None) -> None:
        self.conn.execute(
            t.serials.insert()
            .prefix_with("OR REPLACE")
            .values(lot_id=lot_id, serial=serial, location_id=location_id)
        )
