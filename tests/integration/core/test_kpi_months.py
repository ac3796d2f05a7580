"""Closed months' stored totals give the very figures the movements give (app.services.kpis).

A history from February to April 2027 is read from its movements, then with
February to April summed (close_months); a movement back-dated into summed
March strikes March out, and the figures follow it, summed again or not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.clock import FixedClock
from app.domain.model import WriteOffReason
from app.services.kpis import Period, close_months, kpi_set
from tests.integration.core.store_kit import GAUZE, GLOVE, PINS, STENT, World, days
from tests.integration.core.test_kpis import do, on, receive

PERIODS = {
    "March": Period(date(2027, 3, 1), date(2027, 3, 31)),
    # Site midnights are not UTC ones: the edges of the month come from the movements.
    "March in Shanghai": Period(date(2027, 3, 1), date(2027, 3, 31), ZoneInfo("Asia/Shanghai")),
    "March in New York": Period(date(2027, 3, 1), date(2027, 3, 31), ZoneInfo("America/New_York")),
    "20 Feb to 10 Apr": Period(date(2027, 2, 20), date(2027, 4, 10)),
    "April": Period(date(2027, 4, 1), date(2027, 4, 30)),
}
TODAY = date(2027, 5, 3)


def figures(w: World) -> dict[str, dict[str, Any]]:
    return {
        name: kpi_set(w.store.uow(read_only=True), period, TODAY).to_json()
        for name, period in PERIODS.items()
    }


def summed(w: World) -> list[str]:
    return [r[0] for r in w.sql("SELECT month FROM kpi_months ORDER BY month")]


def history(w: World) -> None:
    expired = {"reason_code": WriteOffReason.EXPIRED.value, "countersign": "sup2", "user": "sup"}
    on(w, 2, 27, 23)
    receive(w, GAUZE, "G1", date(2027, 3, 10), 40, "A1", supplier="S1", unit_cost=2.0)
    receive(w, STENT, "T1", days(300), 10, "A2", supplier="S1")
    on(w, 3, 1, 2)  # before midnight in New York, after it in Shanghai
    do(w, "pick", GAUZE, "G1", date(2027, 3, 10), qty=5, location="A1", to="WARD")
    receive(w, GLOVE, "K1", days(100), 50, supplier="AUTO")
    on(w, 3, 5)
    do(w, "pick", STENT, "T1", days(300), qty=3, location="A2", to="ICU", reference="  ")
    do(w, "pick", GLOVE, "K1", days(100), qty=7, location="RCV", to="WARD", reference="PL-1")
    on(w, 3, 8)
    do(w, "return", STENT, "T1", days(300), qty=1, location="ICU", to="A2")
    on(w, 3, 20)
    do(w, "dispose", GAUZE, "G1", date(2027, 3, 10), qty=10, location="A1", **expired)
    on(w, 3, 31, 20)  # 1 April in Shanghai
    do(w, "pick", GLOVE, "K1", days(100), qty=2, location="RCV", to="ICU")
    on(w, 4, 2)
    do(w, "dispose", GAUZE, "G1", date(2027, 3, 10), qty=5, location="A1", **expired)
    overridden = ("sup", PINS["sup"], "the ward asked for it")
    receive(w, GLOVE, "K2", days(200), 20, supplier="AUTO")
    do(w, "pick", GLOVE, "K2", days(200), qty=4, location="RCV", to="WARD", override=overridden)
    on(w, 5, 2)  # the open month
    do(w, "pick", STENT, "T1", days(300), qty=2, location="A2", to="ICU")


def test_summed_months_give_the_figures_the_movements_give(world: World) -> None:
    w = world
    history(w)
    from_movements = figures(w)

    closed = close_months(w.store.uow(), FixedClock(datetime(2027, 5, 3, 9, tzinfo=UTC)))

    assert closed == ["2027-02", "2027-03", "2027-04"] == summed(w)  # May is still open
    # March: picks of 5, 3, 7 and 2 less 1 returned
    assert w.sql("SELECT SUM(units) FROM kpi_department_months WHERE month = '2027-03'") == [(16,)]
    assert figures(w) == from_movements
    assert close_months(w.store.uow(), FixedClock(datetime(2027, 5, 3, 9, tzinfo=UTC))) == []


def test_a_movement_back_dated_into_a_summed_month_is_counted(world: World) -> None:
    w = world
    history(w)
    clock = FixedClock(datetime(2027, 5, 3, 9, tzinfo=UTC))
    close_months(w.store.uow(), clock)
    before = figures(w)

    on(w, 3, 15)  # e.g. a pick made offline in March, replayed in May
    do(w, "pick", STENT, "T1", days(300), qty=1, location="A2", to="WARD")

    assert summed(w) == ["2027-02", "2027-04"]  # March is read from its movements again
    struck_out = figures(w)
    assert struck_out["March"]["outbound"]["picks"] == before["March"]["outbound"]["picks"] + 1
    assert close_months(w.store.uow(), clock) == ["2027-03"]
    summed_again = figures(w)
    w.write("DELETE FROM kpi_months")
    assert struck_out == summed_again == figures(w)
