"""A lot's whole life on one page: receipt, QC, movements, stock, departments."""

from __future__ import annotations

from typing import Any

from app.errors import Code, Refused
from app.services.ports import UnitOfWork


def lot_trace(uow: UnitOfWork, di: str, lot_number: str) -> dict[str, Any]:
    with uow:
        lot = uow.lots.get(di, lot_number)
        if lot is None:
            raise Refused(Code.UNKNOWN_LOT, f"no lot {lot_number} of {di}")
        assert lot.id is not None
        item = uow.items.get_by_id(lot.item_id)
        assert item is not None
        supplier = uow.suppliers.get_by_id(lot.supplier_id) if lot.supplier_id else None
        movements = uow.movements.for_lot(lot.id)
        stock = []
        for line in uow.stock.lines_for_lot(lot.id):
            location = uow.locations.get_by_id(line.location_id)
            assert location is not None
            stock.append(
                {
                    "location": location.code,
                    "name": location.name,
                    "kind": location.kind.value,
                    "responsible": location.responsible,
                    "quantity": line.quantity,
                }
            )
        departments = uow.queries.issued_by_department(lot.id)
        history = uow.audit.for_entity("lot", f"{lot.di}/{lot.lot}")
        alerts = uow.alerts.open_for_lot(lot.id)
    receipts = [m for m in movements if m["type"] == "receive"]
    qc_events = [
        {"action": e.action, "at": e.at, "by": e.user, "after": e.after}
        for e in history
        if e.action in ("qc_release", "qc_reject", "quarantine", "release")
    ]
    return {
        "item": {
            "di": item.di,
            "name": item.name,
            "name_zh": item.name_zh,
            "model": item.model,
            "manufacturer": item.manufacturer,
            "registration_no": item.registration_no,
            "category": item.category,
            "unit": item.unit,
            "serialised": item.serialised,
        },
        "lot": {
            "lot": lot.lot,
            "expiry": lot.expiry,
            "production_date": lot.production_date,
            "qc": lot.qc.value,
            "hold": lot.hold.value,
            "hold_reason": lot.hold_reason,
            "first_received": lot.first_received,
            "supplier": supplier.name if supplier else None,
        },
        "received": [
            {
                "at": m["at"],
                "by": m["user"],
                "quantity": m["quantity"],
                "into": m["to_code"],
                "reference": m["reference"],
                "supplier": supplier.name if supplier else None,
            }
            for m in receipts
        ],
        "qc": qc_events,
        "movements": [
            {
                "id": m["id"],
                "at": m["at"],
                "type": m["type"],
                "user": m["user"],
                "device": m["device"],
                "quantity": m["quantity"],
                "from": m["from_code"],
                "to": m["to_code"],
                "reference": m["reference"],
                "reason": m["reason"],
                "override_by": m["override_by"],
                "override_reason": m["override_reason"],
            }
            for m in movements
        ],
        "stock": stock,
        "on_hand": sum(s["quantity"] for s in stock),
        "departments": departments,
        "open_alerts": [
            {"id": a.id, "kind": a.kind.value, "level": a.level.value, "message": a.message}
            for a in alerts
        ],
    }
