"""The recall screen's screenshot state, made through the command path like any other case:
the demo store's first item recalled three hours ago by its supervisor, the first
department notified 85 minutes after issue, and one shelf's units collected into quarantine.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.adapters.store import Store
from app.demo.store import SUPERVISOR
from app.domain.clock import FixedClock
from app.domain.model import LocationKind
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.services.bus import execute
from app.services.commands import CarryOutRecall, CreateRecall, MarkDepartmentsNotified, Move
from app.services.lookups import find_lots, locations, lot_reference
from app.services.people import authenticate
from app.services.recall_trace import recall_trace


def demo_recall(store: Store, now: datetime, device: str) -> None:
    lots = find_lots(store.uow(read_only=True), "", limit=1)
    if not lots:
        return
    clock = FixedClock(now - timedelta(hours=3))
    supervisor = authenticate(store.uow(), clock, SUPERVISOR[0], SUPERVISOR[1], device)
    scope = RecallScope(lots[0]["di"], ScopeKind.ALL_LOTS)
    new = NewRecall(scope, 2, "包装密封不良 seal defect")
    created = execute(store.uow(), clock, supervisor, CreateRecall(new))
    if not created.ok:
        return
    recall_id = created.detail["recall_id"]
    trace = recall_trace(store.uow(read_only=True), recall_id)
    departments = [t["location"] for t in trace["tasks"] if t["kind"] == "department"]
    clock.advance(timedelta(minutes=85))
    execute(store.uow(), clock, supervisor, MarkDepartmentsNotified(recall_id, departments[:1]))
    quarantine = [
        loc.code
        for loc in locations(store.uow(read_only=True))
        if loc.kind is LocationKind.QUARANTINE
    ]
    shelves = [
        (s["quantity"], lot["di"], lot["lot"], s["location"])
        for lot in trace["lots"]
        for s in lot["stock"]
        if s["kind"] == LocationKind.STORAGE.value and s["quantity"] > 0
    ]
    if quarantine and shelves:
        # A shelf of a few dozen shows on the progress bar; the smallest if none is that big.
        quantity, di, lot, shelf = min((s for s in shelves if s[0] >= 20), default=min(shelves))
        clock.advance(timedelta(minutes=45))
        step = Move(lot_reference(di, lot), shelf, quarantine[0], quantity)
        execute(store.uow(), clock, supervisor, CarryOutRecall(recall_id, step))
