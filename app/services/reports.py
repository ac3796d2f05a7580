"""Lists a supervisor prints: quarantined stock, stock near expiry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.model import Hold, LocationKind, StockLine
from app.services.ports import UnitOfWork


def quarantined_lots(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Held stock for the quarantine list, per location, with when and by whom it was held.

    Every lot on quarantine hold wherever it is, and every recalled lot sitting
    in a quarantine location (collected there for the recall): the list is what
    the quarantine area holds and why.
    """
    with uow:
        rows = uow.queries.lot_stock(hold=Hold.QUARANTINE.value) + [
            row
            for row in uow.queries.lot_stock(hold=Hold.RECALL.value)
            if row["location_kind"] == LocationKind.QUARANTINE.value
        ]
        rows.sort(
            key=lambda r: (r["expiry"] is None, r["expiry"], r["di"], r["lot"], r["location"])
        )
        held: dict[tuple[str, str], tuple[Any, str]] = {}
        for row in rows:
            key = (row["di"], row["lot"])
            if key not in held:
                entries = [
                    e
                    for e in uow.audit.for_entity("lot", f"{row['di']}/{row['lot']}")
                    if e.after is not None and e.after.get("hold") == row["hold"]
                ]
                held[key] = (entries[-1].at, entries[-1].user) if entries else (None, "")
            row["held_at"], row["held_by"] = held[key]
    return rows


def expiring_lots(uow: UnitOfWork, expiring_by: date) -> list[dict[str, Any]]:
    """Stock whose expiry is on or before `expiring_by`, per location, soonest first,
    with the disposition chosen on the lot's open warning (the closed loop), if any."""
    with uow:
        chosen = uow.loop.open_dispositions()
        return [
            {**row, "disposition": chosen.get(row["lot_id"])}
            for row in uow.queries.lot_stock(expiring_by=expiring_by)
        ]


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """Stock at one location that QC or QA must decide on, and why."""

    di: str
    lot: str
    expiry: date | None
    name: str
    name_zh: str
    qc: str
    hold: str
    hold_reason: str
    registered: bool
    location: str
    location_kind: str
    quantity: int

    def item_name(self, chinese: bool) -> str:
        return self.name_zh if chinese and self.name_zh else self.name


def _attention(row: dict[str, Any]) -> AttentionRow:
    return AttentionRow(
        di=row["di"],
        lot=row["lot"],
        expiry=row["expiry"],
        name=row["name"],
        name_zh=row["name_zh"],
        qc=row["qc"],
        hold=row["hold"],
        hold_reason=row["hold_reason"],
        registered=not row["provisional"] and bool(row["registration_no"].strip()),
        location=row["location"],
        location_kind=row["location_kind"],
        quantity=row["quantity"],
    )


def attention_rows(uow: UnitOfWork, today: date, offset: int, limit: int) -> list[AttentionRow]:
    """A page of the stock waiting for a decision: held, QC pending, unregistered, expired."""
    with uow:
        return [_attention(r) for r in uow.queries.attention(today, offset, limit)]


def count_attention(uow: UnitOfWork, today: date) -> int:
    with uow:
        return uow.queries.count_attention(today)


def find_stock(uow: UnitOfWork, text: str, limit: int = 50) -> list[AttentionRow]:
    """Stock of the first lots matching a GTIN, lot number or name, per location."""
    with uow:
        found = []
        for row in uow.queries.search_lots(text, 0, limit):
            item = uow.items.get(row["di"])
            registered = item.registered if item else False
            lines: list[StockLine | None] = [*uow.stock.lines_for_lot(row["lot_id"])] or [None]
            for line in lines:
                found.append(
                    AttentionRow(
                        di=row["di"],
                        lot=row["lot"],
                        expiry=row["expiry"],
                        name=row["name"],
                        name_zh=row["name_zh"],
                        qc=row["qc"],
                        hold=row["hold"],
                        hold_reason=row["hold_reason"],
                        registered=registered,
                        location=line.location.code if line else "",
                        location_kind=line.location.kind.value if line else "",
                        quantity=line.quantity if line else 0,
                    )
                )
        return found
