"""The closed loop's KPIs, for the dashboards and the reports.

Functions (each opens its own read transaction on the unit of work it is handed):

    warning_timeliness(uow: UnitOfWork, since: datetime, until: datetime) -> Timeliness
        Warnings raised in [since, until) (a tier superseded by a higher one is
        not counted: its lot's higher tier is). Medians in hours from raising to
        the disposition being chosen and to closing, over the warnings that got
        there; the share of the closed ones closed by their due time; how many
        were raised, chosen, closed, and are open past due now (`until`).

    expired_before_use(uow: UnitOfWork, since: date, until: date, by: str) -> list[ExpiredUnused]
        Units and value (units × the item's unit_cost) that reached their expiry
        unused, of lots expiring in [since, until), per supplier (by="supplier")
        or per item (by="item"), most value first. Units reaching expiry unused =
        the lot's units still on hand plus those that left on or after its
        expiry day by disposal, write-off (count adjustment) or return to the
        supplier (picking an expired lot is refused, so nothing else can).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

from app.errors import Code, Refused
from app.services.ports import UnitOfWork

GROUPINGS = ("supplier", "item")


@dataclass(frozen=True, slots=True)
class Timeliness:
    raised: int
    chosen: int
    closed: int
    open_overdue: int
    median_hours_to_choice: float | None
    median_hours_to_close: float | None
    share_closed_within_due: float | None
    """Of the closed warnings, the share closed at or before their due time (0..1)."""


@dataclass(frozen=True, slots=True)
class ExpiredUnused:
    key: str
    """The supplier's code ("" for lots with none) or the item's GTIN."""
    name: str
    name_zh: str
    units: int
    value: float


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def warning_timeliness(uow: UnitOfWork, since: datetime, until: datetime) -> Timeliness:
    with uow:
        rows = uow.loop.timeliness_rows(since, until)
    to_choice = [_hours(r, c) for r, c, _, _ in rows if c is not None]
    to_close = [_hours(r, x) for r, _, x, _ in rows if x is not None]
    closed = [(x, d) for _, _, x, d in rows if x is not None]
    within = [x <= d for x, d in closed if d is not None]
    overdue = sum(1 for _, _, x, d in rows if x is None and d is not None and d < until)
    return Timeliness(
        raised=len(rows),
        chosen=len(to_choice),
        closed=len(to_close),
        open_overdue=overdue,
        median_hours_to_choice=median(to_choice) if to_choice else None,
        median_hours_to_close=median(to_close) if to_close else None,
        share_closed_within_due=sum(within) / len(within) if within else None,
    )


def expired_before_use(uow: UnitOfWork, since: date, until: date, by: str) -> list[ExpiredUnused]:
    if by not in GROUPINGS:
        raise Refused(Code.BAD_FIELD, f"by is one of {', '.join(GROUPINGS)}", field="by")
    with uow:
        rows = uow.loop.expired_unused(since, until, by)
    return [
        ExpiredUnused(
            key=str(r["supplier"] if by == "supplier" else r["di"]),
            name=str(r["name"] or ""),
            name_zh=str(r.get("name_zh") or ""),
            units=int(r["units"]),
            value=float(r["value"] or 0),
        )
        for r in rows
    ]
