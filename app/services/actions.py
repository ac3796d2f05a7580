"""The operator's actions by name, as the batch file, the UI and sync name them."""

from __future__ import annotations

from app.domain.clock import Clock
from app.services.action import ActionRequest, ActionResult, Handler, execute
from app.services.counting import count
from app.services.ports import UnitOfWork
from app.services.status_actions import qc_reject, qc_release, quarantine, release
from app.services.stock_actions import dispose, move, pick, receive, return_, return_to_supplier

HANDLERS: dict[str, Handler] = {
    "receive": receive,
    "move": move,
    "pick": pick,
    "return": return_,
    "quarantine": quarantine,
    "release": release,
    "qc_release": qc_release,
    "qc_reject": qc_reject,
    "dispose": dispose,
    "return_to_supplier": return_to_supplier,
    "count": count,
}


def perform(uow: UnitOfWork, clock: Clock, request: ActionRequest) -> ActionResult:
    return execute(uow, clock, request, HANDLERS)
