"""Usage and the forecast of what will expire unused (the rule: app.domain.forecast).

Daily usage u per item (and per department) is read from the ledger: units
picked minus units returned to stock in the `usage_days` (site setting,
default 90) before the forecast date, from the site's midnight. The forecast
runs over every released, unheld lot in stock, lots of an item in FEFO
order, each with its category's do-not-issue window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from itertools import groupby
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.forecast import daily_usage, units_unused
from app.services.ports import UnitOfWork
from app.services.settings import site_setting


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """A lot predicted to leave units unused."""

    gtin: str
    lot: str
    expiry: date
    units_unused: int
    value_unused: float
    disposition: str | None
    usage_per_day: float

    def to_json(self) -> dict[str, Any]:
        return {
            "gtin": self.gtin,
            "lot": self.lot,
            "expiry": self.expiry.isoformat(),
            "units_unused": self.units_unused,
            "value_unused": round(self.value_unused, 2),
            "disposition": self.disposition,
        }


def usage_span(uow: UnitOfWork, on: date) -> tuple[datetime, datetime, int]:
    """[since, until) of the usage behind a forecast on `on`, and its days."""
    days = int(site_setting(uow, "usage_days"))
    try:
        zone = ZoneInfo(site_setting(uow, "time_zone"))
    except ZoneInfoNotFoundError:
        zone = ZoneInfo("UTC")
    until = datetime.combine(on, time(), zone)
    return until - timedelta(days=days), until, days


def usage_rates(uow: UnitOfWork, on: date) -> dict[int, Fraction]:
    """u per item id (units a day) over the usage span before `on`."""
    with uow:
        since, until, days = usage_span(uow, on)
        return {
            item_id: daily_usage(picked, returned, days)
            for item_id, (picked, returned) in uow.loop.usage(since, until).items()
        }


def department_usage(uow: UnitOfWork, on: date) -> list[tuple[int, str, Fraction]]:
    """(item id, department, u) for each department an item went to in the usage span."""
    with uow:
        since, until, days = usage_span(uow, on)
        return [
            (item_id, department, daily_usage(picked, returned, days))
            for item_id, department, picked, returned in uow.loop.usage_by_department(since, until)
        ]


def forecast(uow: UnitOfWork, on: date) -> list[ForecastRow]:
    """Every lot predicted to leave units unused, as of `on`, by item then FEFO order."""
    return list(iter_forecast(uow, on))


def iter_forecast(uow: UnitOfWork, on: date) -> Iterator[ForecastRow]:
    with uow:
        policy = uow.settings.policy()
        since, until, days = usage_span(uow, on)
        usage = uow.loop.usage(since, until)
        chosen = uow.loop.open_dispositions()
        today = on.toordinal()
        for item_id, group in groupby(uow.loop.forecast_lots(), key=itemgetter(0)):
            lots = list(group)
            picked, returned = usage.get(item_id, (0, 0))
            net = max(0, picked - returned)
            window = policy.do_not_issue_for(lots[0][7])
            expiries = [date.fromisoformat(row[4]) if row[4] else None for row in lots]
            usable = (
                (row[5], e.toordinal() - window - today if e is not None else None)
                for row, e in zip(lots, expiries, strict=True)
            )
            per_day = net / days
            for row, expiry, unused in zip(
                lots, expiries, units_unused(net, days, usable), strict=True
            ):
                if unused <= 0 or expiry is None:
                    continue
                yield ForecastRow(
                    gtin=row[2],
                    lot=row[3],
                    expiry=expiry,
                    units_unused=unused,
                    value_unused=unused * float(row[6] or 0),
                    disposition=chosen.get(row[1]),
                    usage_per_day=per_day,
                )
