"""The recall screen's screenshot state, made through the services like any other case:
the demo store's first item recalled three hours ago by its supervisor, the first
department notified 85 minutes after issue, and one shelf's units collected into quarantine.
"""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import FixedClock
from app.domain.model import LocationKind
from app.domain.recall import RecallScope, ScopeKind
from app.services.action import ActionRequest
from app.services.demo_store import SUPERVISOR
from app.services.lookups import find_lots, locations
from app.services.recall_trace import recall_trace
from app.services.recalls import NewRecall, carry_out, create_recall, mark_notified
from ui.screens.quality import lot_reference
from ui.session import Session


def demo_recall(session: Session) -> None:
    store, now = session.store, session.clock.now()
    user, pin = SUPERVISOR[0], SUPERVISOR[1]
    lots = find_lots(store.uow(read_only=True), "", limit=1)
    if not lots:
        return
    clock = FixedClock(now - timedelta(hours=3))
    scope = RecallScope(lots[0]["di"], ScopeKind.ALL_LOTS)
    new = NewRecall(scope, 2, "包装密封不良 seal defect")
    created = create_recall(store.uow(), clock, new, user, pin)
    if not created.ok:
        return
    recall_id = created.detail["recall_id"]
    trace = recall_trace(store.uow(read_only=True), recall_id)
    departments = [t["location"] for t in trace["tasks"] if t["kind"] == "department"]
    clock.advance(timedelta(minutes=85))
    mark_notified(store.uow(), clock, recall_id, departments[:1], user)
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
        request = ActionRequest(
            "move",
            user,
            scan=lot_reference(di, lot),
            qty=quantity,
            location=shelf,
            to=quarantine[0],
        )
        carry_out(store.uow(), clock, recall_id, request)
