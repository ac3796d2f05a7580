"""The priority disposal list (优先处置清单): open warnings by risk, with a fallback each.

Risk = quantity × unit value (the item's `unit_cost`) ÷ days left (at least
1; a warning with no expiry divides by the days to its due time), highest
first, in SQL so a page of a big store's list costs one sorted read. Each row
carries the disposition chosen (or, with none yet, the recommended one,
marked so) and its fallback (备用方案): the next feasible step on
app.domain.disposition's ladder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.disposition import Disposition, Feasible, fallback, recommended
from app.domain.model import AlertKind, Level
from app.services.ports import UnitOfWork

# The most rows a printed or exported list carries.
EXPORT_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class PriorityRow:
    alert_id: int
    kind: AlertKind
    level: Level
    gtin: str
    lot: str
    expiry: date | None
    name: str
    name_zh: str
    quantity: int
    unit_cost: float
    days_left: int | None
    risk: float
    owner: str
    due_at: datetime | None
    action: Disposition
    """The disposition chosen, or the recommended one when `chosen` is False."""
    chosen: bool
    fallback: Disposition | None
    escalated: bool

    @property
    def value(self) -> float:
        return self.quantity * self.unit_cost

    def item_name(self, chinese: bool) -> str:
        return self.name_zh if chinese and self.name_zh else self.name


def _row(raw: dict[str, Any], today: date, window: int) -> PriorityRow:
    expiry: date | None = raw["expiry"]
    days_left = (expiry - today).days if expiry is not None else None
    received: datetime | None = raw["first_received"]
    return_days = int(raw["return_window_days"])
    returnable = (
        raw["supplier"] is not None
        and return_days > 0
        and received is not None
        and today <= received.date() + timedelta(days=return_days)
    )
    feasible = Feasible(
        usable=days_left is None or days_left - window > 0,
        returnable=returnable,
        has_lot=raw["lot_id"] is not None,
    )
    chosen = Disposition(raw["disposition"]) if raw["disposition"] else None
    return PriorityRow(
        alert_id=raw["alert_id"],
        kind=AlertKind(raw["kind"]),
        level=Level(raw["level"]),
        gtin=raw["di"],
        lot=raw["lot"],
        expiry=expiry,
        name=raw["name"],
        name_zh=raw["name_zh"],
        quantity=int(raw["quantity"]),
        unit_cost=float(raw["unit_cost"] or 0),
        days_left=days_left,
        risk=float(raw["risk"] or 0),
        owner=raw["owner"] or "",
        due_at=raw["due_at"],
        action=chosen or recommended(feasible),
        chosen=chosen is not None,
        fallback=fallback(chosen, feasible),
        escalated=raw["escalated_at"] is not None,
    )


def priority_list(
    uow: UnitOfWork, today: date, offset: int = 0, limit: int = 200
) -> list[PriorityRow]:
    """A page of the open warnings, highest risk first."""
    with uow:
        policy = uow.settings.policy()
        return [
            _row(raw, today, policy.do_not_issue_for(raw["category"]))
            for raw in uow.loop.priority(today, offset, limit)
        ]
