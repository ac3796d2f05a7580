"""Lists a supervisor prints: quarantined stock, stock near expiry."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.model import Hold, LocationKind
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
    """Stock whose expiry is on or before `expiring_by`, per location, soonest first."""
    with uow:
        return uow.queries.lot_stock(expiring_by=expiring_by)
