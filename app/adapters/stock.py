"""Repositories for lots, stock on hand and serials."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, RowMapping, insert, select, update

from app.adapters import tables as t
from app.domain.model import Hold, Location, Lot, QcStatus, StockLine

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


def lot_from_row(row: RowMapping) -> Lot:
    return Lot(
        item_id=row["item_id"],
        di=row["di"],
        lot=row["lot"],
        expiry=row["expiry"],
        production_date=row["production_date"],
        supplier_id=row["supplier_id"],
        qc=QcStatus(row["qc"]),
        hold=Hold(row["hold"]),
        hold_reason=row["hold_reason"],
        first_received=row["first_received"],
        id=row["id"],
    )


class SqlLots:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, di: str, lot: str) -> Lot | None:
        row = (
            self.conn.execute(select(*_LOT_COLUMNS).where(t.lots.c.di == di, t.lots.c.lot == lot))
            .mappings()
            .first()
        )
        return lot_from_row(row) if row else None

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
        self.conn.execute(
            update(t.lots)
            .where(t.lots.c.id == lot.id)
            .values(qc=lot.qc.value, hold=lot.hold.value, hold_reason=lot.hold_reason)
        )


class SqlStock:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _lines(self, *where: object) -> list[StockLine]:
        rows = self.conn.execute(
            select(*_LOT_COLUMNS, t.stock.c.location_id, t.stock.c.quantity, t.stock.c.received_at)
            .join_from(t.stock, t.lots, t.stock.c.lot_id == t.lots.c.id)
            .where(*where)  # type: ignore[arg-type]
        ).mappings()
        return [
            StockLine(lot_from_row(r), r["location_id"], r["quantity"], r["received_at"])
            for r in rows
        ]

    def lines_for_item_at(self, item_id: int, location_id: int) -> list[StockLine]:
        return self._lines(
            t.stock.c.item_id == item_id,
            t.stock.c.location_id == location_id,
            t.stock.c.quantity > 0,
        )

    def lines_for_lot(self, lot_id: int) -> list[StockLine]:
        return self._lines(t.stock.c.lot_id == lot_id, t.stock.c.quantity > 0)

    def quantity(self, lot_id: int, location_id: int) -> int:
        qty = self.conn.execute(
            select(t.stock.c.quantity).where(
                t.stock.c.lot_id == lot_id, t.stock.c.location_id == location_id
            )
        ).scalar_one_or_none()
        return int(qty or 0)

    def change(self, lot: Lot, location: Location, delta: int, at: datetime) -> int:
        """Add `delta` at a stock-holding location; returns the new quantity there."""
        assert lot.id is not None and location.id is not None and location.kind.holds_stock
        current = self.conn.execute(
            select(t.stock.c.quantity).where(
                t.stock.c.lot_id == lot.id, t.stock.c.location_id == location.id
            )
        ).scalar_one_or_none()
        new = (current or 0) + delta
        if new < 0:
            raise ValueError("stock would go negative")  # services check first; a bug if seen
        if current is None:
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
        else:
            self.conn.execute(
                update(t.stock)
                .where(t.stock.c.lot_id == lot.id, t.stock.c.location_id == location.id)
                .values(quantity=new)
            )
        self.conn.execute(
            update(t.lots).where(t.lots.c.id == lot.id).values(on_hand=t.lots.c.on_hand + delta)
        )
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
