"""Usage, and the forecast of units that will expire unused, against the rule worked by hand.

The rule (issue 12, app.domain.forecast): u = (units picked − units returned)
over the 90 days before the forecast date ÷ 90; lots consumed in FEFO order
at u; usable days = expiry − do-not-issue window − forecast date.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from app.services.commands import ImportMasterData
from app.services.forecast import department_usage, forecast, usage_rates
from tests.integration.core.store_kit import GAUZE, GLOVE, STENT, TODAY, World, scan
from tests.integration.loop.loop_kit import raise_today, warning_of
from tests.integration.one_path.test_entry_points import main_py

ON = TODAY + timedelta(days=100)  # the forecast date


def at(n: int) -> date:
    """n days from the forecast date."""
    return ON + timedelta(days=n)


def _unit_cost(world: World, gtin: str, name: str, cost: str) -> None:
    header = ["gtin", "name", "unit_cost"]
    rows = [{"gtin": gtin, "name": name, "unit_cost": cost}]
    result = world.run(world.people["admin"], ImportMasterData("items", header, rows))
    assert result.ok, result


@pytest.fixture
def history(world: World) -> World:
    """Gauze used at 4 a day over the 90 days before ON; lots A and B then on the shelf.

    Lot H: 420 received; 20 picked before the 90 days (not counted); in them 400
    picked (280 to Ward 3, 120 to ICU) and 40 returned from Ward 3: u = 360 / 90.
    """
    _unit_cost(world, GAUZE, "Gauze swab", "2.5")
    h = scan(GAUZE, "H", at(400))
    world.on(at(-96))
    world.stocked(GAUZE, "H", at(400), 420, location="A1")
    world.on(at(-95))
    assert world.do("pick", h, qty=20, location="A1", to="WARD").ok  # before the window
    for k in range(10):
        world.on(at(-85 + 5 * k))
        to = "ICU" if k < 3 else "WARD"
        assert world.do("pick", h, qty=40, location="A1", to=to).ok
    world.on(at(-35))
    assert world.do("return", h, qty=40, location="WARD", to="A1", reason="unused").ok
    world.on(at(-30))
    world.stocked(GAUZE, "A", at(10), 60, location="A1")
    world.stocked(GAUZE, "B", at(40), 200, location="A1")
    world.on(ON)
    return world


def test_worked_example_lot_a_leaves_20_unused_and_lot_b_80(history: World) -> None:
    """u = 4/day; A 60 units usable 10 more days, B 200 usable 40: A 20, B 200 − 4 × 30 = 80."""
    item_id = history.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    assert usage_rates(history.store.uow(), ON)[item_id] == Fraction(4)
    rows = forecast(history.store.uow(), ON)
    assert [(r.lot, r.expiry, r.units_unused, r.value_unused) for r in rows] == [
        ("A", at(10), 20, 50.0),
        ("B", at(40), 80, 200.0),
    ]  # H, last in FEFO order, is used up by day 50: nothing of it is left


def test_usage_per_department_is_picks_to_it_minus_its_returns(history: World) -> None:
    by_department = {d: u for _, d, u in department_usage(history.store.uow(), ON)}
    assert by_department == {"ICU": Fraction(3 * 40, 90), "WARD": Fraction(7 * 40 - 40, 90)}


def test_the_usage_window_is_a_setting(history: World) -> None:
    from app.services.commands import SetSiteSetting

    assert history.run(history.people["admin"], SetSiteSetting("usage_days", "30")).ok
    # No pick in the 30 days before ON (the last was at ON−40): no usage, nothing used.
    item_id = history.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    assert usage_rates(history.store.uow(), ON).get(item_id, Fraction(0)) == 0
    rows = forecast(history.store.uow(), ON)
    assert {r.lot: r.units_unused for r in rows} == {"A": 60, "B": 200, "H": 40}


def test_the_forecast_names_the_disposition_chosen_for_a_lot(history: World) -> None:
    raise_today(history)
    alert = warning_of(history, "A").alert_id
    chosen = history.do(
        "choose_disposition", user="sup", alert=alert, disposition="transfer", target="SITE-B"
    )
    assert chosen.ok, chosen
    rows = forecast(history.store.uow(), ON)
    assert [(r.lot, r.disposition) for r in rows] == [("A", "transfer"), ("B", None)]


def test_zero_usage_leaves_every_unit_unused_and_a_lot_without_expiry_never(
    world: World,
) -> None:
    world.write("UPDATE items SET expiry_required = 0 WHERE di = ?", GLOVE)
    world.on(at(-10))
    world.stocked(GLOVE, "GL-1", at(100), 30, location="A1")
    world.stocked(GLOVE, "GL-NOEXP", None, 50, location="A1")
    rows = forecast(world.store.uow(), ON)
    assert [(r.gtin, r.lot, r.units_unused, r.value_unused) for r in rows] == [
        (GLOVE, "GL-1", 30, 0.0)
    ]


def test_the_do_not_issue_window_shortens_a_lots_usable_days(world: World) -> None:
    """Stents: a 30-day do-not-issue window; u = 90 / 90 = 1 a day.

    Lot S2 expires 40 days after ON: usable 10 days, 25 units: 15 left unused.
    A held lot (S-HELD) and one waiting for QC (S-QC) are not forecast at all.
    """
    hs = scan(STENT, "HS", at(300))
    world.on(at(-91))
    world.stocked(STENT, "HS", at(300), 90, location="A1")
    for k in range(9):
        world.on(at(-80 + 5 * k))
        assert world.do("pick", hs, qty=10, location="A1", to="ICU").ok
    world.on(at(-60))
    world.stocked(STENT, "S2", at(40), 25, location="A1")
    world.stocked(STENT, "S-HELD", at(41), 5, location="A1")
    assert world.do("quarantine", scan(STENT, "S-HELD", at(41)), reason="box damaged").ok
    world.receive(STENT, "S-QC", at(42), 5)
    rows = forecast(world.store.uow(), ON)
    assert [(r.lot, r.units_unused) for r in rows] == [("S2", 15)]


def test_forecast_command_lists_each_lot_with_a_surplus_as_json(
    history: World, tmp_path: Path
) -> None:
    history.close()
    done = main_py("forecast", "--db", history.path, "--on", ON.isoformat(), "--json",
                   home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines == [
        {"gtin": GAUZE, "lot": "A", "expiry": at(10).isoformat(), "units_unused": 20,
         "value_unused": 50.0, "disposition": None},
        {"gtin": GAUZE, "lot": "B", "expiry": at(40).isoformat(), "units_unused": 80,
         "value_unused": 200.0, "disposition": None},
    ]  # fmt: skip


def test_forecast_command_with_a_bad_date_says_so_without_a_traceback(
    world: World, tmp_path: Path
) -> None:
    world.close()
    done = main_py("forecast", "--db", world.path, "--on", "2027-02-30", home=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--on" in done.stderr
