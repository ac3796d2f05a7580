"""Usage and the forecast of what will expire unused (the rule: app.domain.forecast).

Daily usage u per item (and per department) is read from the ledger: units
picked minus units returned to stock in the `usage_days` (site setting,
default 90) before the forecast date, from the site's midnight. The forecast
runs over every released, unheld lot in stock, lots of an item in FEFO
order, each with its category's do-not-issue window.
"""

from __future__ import annotations

import gc
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from functools import partial
from itertools import compress, repeat
from operator import mul, sub
from typing import Any, NamedTuple

from app.domain.forecast import daily_usage, net_use, units_unused
from app.services.ports import UnitOfWork
from app.services.settings import site_setting, zone_of_site


class ForecastRow(NamedTuple):
    """A lot predicted to leave units unused.

    A named tuple, not a frozen dataclass: a whole store's forecast is most of its
    lots (800,000 rows at 1,000,000 lots), and a frozen dataclass costs about
    twice as much to build as the rest of the forecast (tests/bench/test_bench_loop.py).
    """

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
    until = datetime.combine(on, time(), zone_of_site(uow))
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
    # The cyclic collector waits while the rows are built: they hold no cycles, and
    # its passes over a store's worth of new rows (800,000 at 1,000,000 lots) cost
    # more than building them (tests/bench/test_bench_loop.py). Reference counting
    # still frees everything as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with uow:
            return _forecast(uow, on)
    finally:
        if collecting:
            gc.enable()


class _Days(dict[str, int]):
    """Expiry ISO date -> days from the forecast date to it, each worked out once (a
    store's million lots share a few thousand expiry dates); `dates` keeps the dates."""

    def __init__(self, on: date) -> None:
        super().__init__()
        self.on = on
        self.dates: dict[str, date] = {}

    def __missing__(self, expiry: str) -> int:
        day = self.dates[expiry] = date.fromisoformat(expiry)
        self[expiry] = days = (day - self.on).days
        return days


# A row straight from its fields' tuple: the named tuple's own __new__ is a Python
# call, about twice the cost of tuple.__new__ over 800,000 rows.
_row = partial(tuple.__new__, ForecastRow)


def _forecast(uow: UnitOfWork, on: date) -> list[ForecastRow]:
    policy = uow.settings.policy()
    since, until, days = usage_span(uow, on)
    usage = uow.loop.usage(since, until)
    chosen = uow.loop.dispositions_by_item()
    items = uow.loop.item_costs()
    days_to = _Days(on)
    rows: list[ForecastRow] = []
    for item_id, expiries, quantities, lots in uow.loop.forecast_lots():
        net = net_use(*usage.get(item_id, (0, 0)))
        gtin, unit_cost, category = items[item_id]
        window = repeat(policy.do_not_issue_for(category))
        usable = map(sub, map(days_to.__getitem__, expiries), window)
        unused = list(units_unused(net, days, zip(quantities, usable, strict=True)))
        # Each item's rows are built by C loops, its lots with nothing unused left out by
        # compress: a Python loop body per lot was a third of the forecast's time at 1M
        # lots under cProfile (tests/bench/test_bench_loop.py). `unused` is a list, so
        # days_to has seen every expiry (and kept its date) before `dates` is read.
        fields = zip(
            repeat(gtin),
            lots,
            map(days_to.dates.__getitem__, expiries),
            unused,
            map(mul, unused, repeat(unit_cost)),
            map(chosen[item_id].get, lots) if item_id in chosen else repeat(None),
            repeat(net / days),
            strict=False,  # the repeats are endless; the lists are one per lot
        )
        rows.extend(map(_row, compress(fields, unused)))
    return rows
