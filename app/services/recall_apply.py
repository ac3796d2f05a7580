"""A recall reaching a site: its lots blocked, an alert raised, tasks made, in one transaction.

The caller holds the transaction: creating a recall locally, a page of
central changes in sync, or a receipt of a lot an open recall covers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from app.domain.clock import Clock
from app.domain.model import Alert, AlertKind, Hold, Level, LocationKind, Lot
from app.domain.recall import Recall
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name

CENTRE = "centre"


def _take_in(
    uow: UnitOfWork, recall: Recall, lot: Lot, now: datetime, user: str, device: str
) -> bool:
    """Make the lot part of the case; block it unless this is a drill. False if it was already."""
    assert lot.id is not None
    if not uow.recalls.add_lot(recall.id, lot.id, now):
        return False
    if not recall.drill and lot.hold is not Hold.RECALL:
        before = {"hold": lot.hold.value, "hold_reason": lot.hold_reason}
        lot.hold, lot.hold_reason = Hold.RECALL, f"{recall.reason} [{recall.id}]"
        uow.lots.save_status(lot)
        after = {"hold": lot.hold.value, "hold_reason": lot.hold_reason, "recall": recall.id}
        uow.audit.append(
            now, user, device, "recall_block", "lot", f"{lot.di}/{lot.lot}", before, after
        )
    drill = "DRILL 演练 " if recall.drill else ""
    alert = uow.alerts.add(
        Alert(
            lot_id=lot.id,
            kind=AlertKind.RECALL,
            level=Level.CRITICAL,
            raised=now,
            message=f"{drill}recall {recall.id} (level {recall.level}): {recall.reason}",
        )
    )
    after_alert = {
        "lot_id": lot.id,
        "kind": alert.kind.value,
        "level": alert.level.value,
        "message": alert.message,
    }
    uow.audit.append(now, user, device, "raise_alert", "alert", str(alert.id), None, after_alert)
    return True


def _make_tasks(uow: UnitOfWork, recall: Recall, lot_ids: Sequence[int], now: datetime) -> int:
    """One task per location holding stock, one per department that received any."""
    if not lot_ids:
        return 0
    held: dict[str, int] = {}
    for row in uow.recalls.stock_of(lot_ids):
        if LocationKind(row["kind"]).holds_stock and row["quantity"] > 0:
            held[row["location"]] = held.get(row["location"], 0) + row["quantity"]
    received: dict[str, int] = {}
    for m in uow.recalls.movements_of(lot_ids):
        if m["type"] == "pick" and m["to_kind"] == LocationKind.DEPARTMENT.value:
            received[m["to_code"]] = received.get(m["to_code"], 0) + m["quantity"]
        elif m["type"] == "return" and m["from_kind"] == LocationKind.DEPARTMENT.value:
            received[m["from_code"]] = received.get(m["from_code"], 0) - m["quantity"]
    made = 0
    for kind, places in (("location", held), ("department", received)):
        for code, quantity in sorted(places.items()):
            location = uow.locations.get(code)
            assert location is not None and location.id is not None
            uow.recalls.add_task(recall.id, kind, location.id, quantity, now)
            made += 1
    return made


def apply_recall(uow: UnitOfWork, now: datetime, user: str, recall: Recall) -> dict[str, Any]:
    """Bring a recall into force at this site; the recall is already stored."""
    device = device_name(uow)
    lots = [
        lot
        for lot in uow.recalls.matching_lots(recall.scope)
        if _take_in(uow, recall, lot, now, user, device)
    ]
    tasks = _make_tasks(uow, recall, [lot.id for lot in lots if lot.id is not None], now)
    recall.applied_at = now
    uow.recalls.save_status(recall)
    applied = {
        "id": recall.id,
        "applied_at": now,
        "drill": recall.drill,
        "lots": [lot.lot for lot in lots],
        "tasks": tasks,
    }
    uow.audit.append(now, user, device, "apply_recall", "recall", recall.id, None, applied)
    # The centre learns when each site locked the lots (recall timings).
    uow.outbox.append("recall_applied", {**applied, "di": recall.scope.di}, now, user)
    return applied


def apply_central_recall(uow: UnitOfWork, clock: Clock, data: Mapping[str, Any]) -> None:
    """A recall from the centre's change log; a repeat delivery changes nothing."""
    recall = Recall.from_json(data, origin=CENTRE)
    if uow.recalls.get(recall.id) is not None:
        return
    uow.recalls.add(recall)
    uow.audit.append(
        clock.now(), CENTRE, device_name(uow), "receive_recall", "recall", recall.id, None, data
    )
    apply_recall(uow, clock.now(), CENTRE, recall)


def cover_received_lot(
    uow: UnitOfWork, now: datetime, user: str, lot: Lot, serial: str | None
) -> list[str]:
    """A receipt of a lot an open recall covers: it joins the case (and is blocked) at once."""
    serials = [serial] if serial else []
    covering = [
        recall
        for recall in uow.recalls.open_for_di(lot.di)
        if recall.scope.covers(lot.di, lot.lot, lot.production_date, serials)
    ]
    if not covering:
        return []  # the usual receipt: no settings read on this path
    joined = []
    device = device_name(uow)
    for recall in covering:
        if _take_in(uow, recall, lot, now, user, device):
            assert lot.id is not None
            _make_tasks(uow, recall, [lot.id], now)
            after = {"id": recall.id, "lot": lot.lot, "at": now}
            uow.audit.append(now, user, device, "recall_lot", "recall", recall.id, None, after)
            uow.outbox.append(
                "recall_applied", {**after, "di": lot.di, "lots": [lot.lot]}, now, user
            )
            joined.append(recall.id)
    return joined
