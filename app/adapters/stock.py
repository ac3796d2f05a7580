"""Repositories for lots, stock on hand and serials."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, insert, select, update

from app.adapters import tables as t
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


def _lot_from_tuple(row: Sequence[Any]) -> Lot:
    """A lot from a plain row whose first columns are `_LOT_COLUMNS`, in that order
    (positional access: a mapping look-up per column costs more than the row itself)."""
    lot_id, item_id, di, number, expiry, produced, supplier, qc, hold, why, first = row[:11]
    return Lot(
        item_id, di, number, expiry, produced, supplier, _QC[qc], _HOLD[hold], why, first, lot_id
    )


# Hot-path statements are built once: SQLAlchemy then reuses their compiled
# form, and each action skips building the same expression again.
_LOT_BY_KEY = select(*_LOT_COLUMNS).where(
    t.lots.c.di == bindparam("di"), t.lots.c.lot == bindparam("b_lot")
)
_LINES = (
    select(
        *_LOT_COLUMNS,
        t.stock.c.location_id,
        t.stock.c.quantity,
        t.stock.c.received_at,
        t.locations.c.code.label("location_code"),
        t.locations.c.name.label("location_name"),
        t.locations.c.kind.label("location_kind"),
        t.locations.c.responsible.label("location_responsible"),
        t.locations.c.zone.label("location_zone"),
    )
    .join_from(t.stock, t.lots, t.stock.c.lot_id == t.lots.c.id)
    .join(t.locations, t.locations.c.id == t.stock.c.location_id)
)
_LINES_FOR_ITEM = _LINES.where(t.stock.c.item_id == bindparam("item_id"), t.stock.c.quantity > 0)
_LINES_FOR_LOT = _LINES.where(t.stock.c.lot_id == bindparam("lot_id"), t.stock.c.quantity > 0)
_QUANTITY = select(t.stock.c.quantity).where(
    t.stock.c.lot_id == bindparam("lot_id"), t.stock.c.location_id == bindparam("location_id")
)
_ADD_TO_STOCK = (
    update(t.stock)
    .where(t.stock.c.lot_id == bindparam("b_lot"), t.stock.c.location_id == bindparam("b_loc"))
    .values(quantity=t.stock.c.quantity + bindparam("delta"))
    .returning(t.stock.c.quantity)
)
_ADD_TO_ON_HAND = (
    update(t.lots)
    .where(t.lots.c.id == bindparam("b_lot"))
    .values(on_hand=t.lots.c.on_hand + bindparam("delta"))
)

# Plain SQL, the rows as tuples: a recall saves thousands at once.
_SAVE_STATUS = "UPDATE lots SET qc = ?, hold = ?, hold_reason = ? WHERE id = ?"


class SqlLots:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, di: str, lot: str) -> Lot | None:
        row = self.conn.execute(_LOT_BY_KEY, {"di": di, "b_lot": lot}).first()
        return _lot_from_tuple(row) if row else None

    def get_by_id(self, lot_id: int) -> Lot | None:
        row = (
            self.conn.execute(select(*_LOT_COLUMNS).where(t.lots.c.id == lot_id)).mappings().first()
        )
        return lot_from_row(row) if row else None

    def find(self, lot: str) -> list[Lot]:
        rows = self.conn.execute(select(*_LOT_COLUMNS).where(t.lots.c.lot == lot)).mappings()
        return [lot_from_row(r) for r in rows]

    def add(self, lot: Lot) -> Lot:
        lot.id = t.inserted_id(
            self.conn.execute(
                insert(t.lots),
                {
                    "item_id": lot.item_id,
                    "di": lot.di,
                    "lot": lot.lot,
                    "expiry": lot.expiry,
                    "production_date": lot.production_date,
                    "supplier_id": lot.supplier_id,
                    "qc": lot.qc.value,
                    "hold": lot.hold.value,
                    "hold_reason": lot.hold_reason,
                    "first_received": lot.first_received,
                    "on_hand": 0,
                },
            )
        )
        return lot

    def save_status(self, lot: Lot) -> None:
        self.save_statuses([lot])

    def save_statuses(self, lots: Sequence[Lot]) -> None:
        rows = [(lot.qc.value, lot.hold.value, lot.hold_reason, lot.id) for lot in lots]
        if rows:
            self.conn.exec_driver_sql(_SAVE_STATUS, rows)


class SqlStock:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @staticmethod
    def _lines(rows: Iterable[Sequence[Any]]) -> list[StockLine]:
        # Columns: _LOT_COLUMNS (11), then location id, quantity, received_at, code,
        # name, kind, responsible, zone, as `_LINES` selects them.
        return [
            StockLine(
                _lot_from_tuple(r),
                Location(r[14], r[15], _KIND[r[16]], r[17], r[18], r[11]),
                r[12],
                r[13],
            )
            for r in rows
        ]

    def lines_for_item(self, item_id: int) -> list[StockLine]:
        """Every stock line of the item with stock, wherever it is."""
        return self._lines(self.conn.execute(_LINES_FOR_ITEM, {"item_id": item_id}).all())

    def lines_for_lot(self, lot_id: int) -> list[StockLine]:
        return self._lines(self.conn.execute(_LINES_FOR_LOT, {"lot_id": lot_id}).all())

    def quantity(self, lot_id: int, location_id: int) -> int:
        params = {"lot_id": lot_id, "location_id": location_id}
        qty = self.conn.execute(_QUANTITY, params).scalar_one_or_none()
        return int(qty or 0)

    def change(self, lot: Lot, location: Location, delta: int, at: datetime) -> int:
        """Add `delta` at a stock-holding location; returns the new quantity there."""
        assert lot.id is not None and location.id is not None and location.kind.holds_stock
        new = self.conn.execute(
            _ADD_TO_STOCK, {"b_lot": lot.id, "b_loc": location.id, "delta": delta}
        ).scalar_one_or_none()
        if new is None:
            new = delta
            self.conn.execute(
                insert(t.stock),
                {
                    "lot_id": lot.id,
                    "location_id": location.id,
                    "item_id": lot.item_id,
                    "quantity": new,
                    "received_at": at,
                },
            )
        if new < 0:
            raise ValueError("stock would go negative")  # services check first; a bug if seen
        self.conn.execute(_ADD_TO_ON_HAND, {"b_lot": lot.id, "delta": delta})
        return int(new)


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
