"""The usage summary (usage_days, migration 0016_usage_by_day) is the ledger's sums.

Whatever writes the movements (a pick, a return, a movement changed or removed
behind the app's back, a lot moved to another item), each (item, UTC day,
location) row is the ledger's picks and returns there; and the usage behind a
forecast, read from the summary and the window's edge hours, is the ledger's
over the window between the site's midnights.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from app.domain.clock import FixedClock
from app.services.commands import SetSiteSetting
from app.services.forecast import department_usage, usage_rates
from tests.integration.core.store_kit import GAUZE, GLOVE, TODAY, World, scan

G1 = scan(GAUZE, "G1", TODAY + timedelta(days=400))
GL1 = scan(GLOVE, "GL1", TODAY + timedelta(days=400))

LEDGER = (
    "SELECT l.item_id, substr(m.at, 1, 10), coalesce(CASE m.type WHEN 'pick' "
    "THEN m.to_location_id ELSE m.from_location_id END, 0) AS place, "
    "sum(CASE m.type WHEN 'pick' THEN m.quantity ELSE 0 END), "
    "sum(CASE m.type WHEN 'return' THEN m.quantity ELSE 0 END) "
    "FROM movements m JOIN lots l ON l.id = m.lot_id WHERE m.type IN ('pick', 'return') "
    "GROUP BY l.item_id, 2, place ORDER BY 1, 2, 3"
)


def _summary_is_the_ledger(world: World) -> None:
    summary = world.sql("SELECT * FROM usage_days ORDER BY item_id, day, location_id")
    assert summary == world.sql(LEDGER)


def _at(world: World, when: datetime) -> None:
    world.clock = FixedClock(when)


@pytest.fixture
def used(world: World) -> World:
    """Gauze G1 and gloves GL1 on the shelf, picked to Ward 3 and the ICU over two days,
    some of it returned."""
    world.on(TODAY - timedelta(days=5))
    world.stocked(GAUZE, "G1", TODAY + timedelta(days=400), 500, location="A1")
    world.stocked(GLOVE, "GL1", TODAY + timedelta(days=400), 500, location="A1")
    for day in (4, 3):
        world.on(TODAY - timedelta(days=day))
        assert world.do("pick", G1, qty=10, location="A1", to="WARD").ok
        assert world.do("pick", G1, qty=7, location="A1", to="ICU").ok
        assert world.do("pick", GL1, qty=3, location="A1", to="WARD").ok
    assert world.do("return", G1, qty=4, location="WARD", to="A1", reason="unused").ok
    return world


def test_picks_and_returns_are_summed_per_item_day_and_department(used: World) -> None:
    _summary_is_the_ledger(used)
    ward = used.sql("SELECT id FROM locations WHERE code = 'WARD'")[0][0]
    gauze = used.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    last = (TODAY - timedelta(days=3)).isoformat()
    assert used.sql(
        "SELECT picked, returned FROM usage_days WHERE item_id = ? AND day = ? AND location_id = ?",
        gauze,
        last,
        ward,
    ) == [(10, 4)]


def test_a_movement_changed_behind_the_apps_back_moves_its_units(used: World) -> None:
    pick = "SELECT min(seq) FROM movements WHERE type = 'pick'"
    used.write(f"UPDATE movements SET quantity = 25 WHERE seq = ({pick})")
    _summary_is_the_ledger(used)
    used.write(f"UPDATE movements SET at = '2027-01-01T23:59:59.000000+00:00' WHERE seq = ({pick})")
    _summary_is_the_ledger(used)
    icu = used.sql("SELECT id FROM locations WHERE code = 'ICU'")[0][0]
    used.write(f"UPDATE movements SET to_location_id = ? WHERE seq = ({pick})", icu)
    _summary_is_the_ledger(used)
    glove_lot = used.sql("SELECT id FROM lots WHERE lot = 'GL1'")[0][0]
    used.write(f"UPDATE movements SET lot_id = ? WHERE seq = ({pick})", glove_lot)
    _summary_is_the_ledger(used)
    used.write("UPDATE movements SET type = 'move' WHERE type = 'return'")
    _summary_is_the_ledger(used)
    used.write("UPDATE movements SET type = 'return' WHERE type = 'move' AND to_location_id = "
               "(SELECT id FROM locations WHERE code = 'A1') AND from_location_id = "
               "(SELECT id FROM locations WHERE code = 'WARD')")  # fmt: skip
    _summary_is_the_ledger(used)


def test_a_movement_removed_takes_its_units_and_leaves_no_empty_day(used: World) -> None:
    used.write("DELETE FROM movements WHERE type = 'pick' AND lot_id = "
               "(SELECT id FROM lots WHERE lot = 'GL1')")  # fmt: skip
    _summary_is_the_ledger(used)
    glove = used.sql("SELECT id FROM items WHERE di = ?", GLOVE)[0][0]
    assert used.sql("SELECT count(*) FROM usage_days WHERE item_id = ?", glove) == [(0,)]


def test_a_lot_moved_to_another_item_takes_its_usage_with_it(used: World) -> None:
    glove = used.sql("SELECT id FROM items WHERE di = ?", GLOVE)[0][0]
    used.write("UPDATE lots SET item_id = ? WHERE lot = 'G1'", glove)
    _summary_is_the_ledger(used)
    gauze = used.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    assert used.sql("SELECT count(*) FROM usage_days WHERE item_id = ?", gauze) == [(0,)]


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai", "America/New_York", "Asia/Kathmandu"])
def test_the_usage_window_runs_between_the_sites_midnights(world: World, zone: str) -> None:
    """Picks a minute either side of the window's first and last site midnights (and of
    UTC's): the usage read is the ledger's over exactly [since, until)."""
    assert world.run(world.people["admin"], SetSiteSetting("time_zone", zone)).ok
    assert world.run(world.people["admin"], SetSiteSetting("usage_days", "30")).ok
    on = TODAY + timedelta(days=40)
    site = ZoneInfo(zone)
    since = datetime.combine(on - timedelta(days=30), time(), site)
    until = datetime.combine(on, time(), site)
    world.on(TODAY)
    world.stocked(GAUZE, "G1", TODAY + timedelta(days=400), 5000, location="A1")
    minute = timedelta(minutes=1)
    moments = sorted(
        edge + step
        for edge in (
            since,
            until,
            datetime.combine(since.astimezone(UTC).date(), time(), UTC),
            datetime.combine(until.astimezone(UTC).date(), time(), UTC),
            datetime.combine(on - timedelta(days=15), time(12), site),
        )
        for step in (-minute, timedelta(0), minute)
    )
    for n, moment in enumerate(moments, start=1):
        _at(world, moment)
        picked = world.do("pick", G1, qty=n, location="A1", to="WARD" if n % 2 else "ICU")
        assert picked.ok, picked
        if n % 3 == 0:
            back = world.do("return", G1, qty=1, location="WARD" if n % 2 else "ICU", to="A1",
                            reason="unused")  # fmt: skip
            assert back.ok, back
    _summary_is_the_ledger(world)
    inside = [
        (kind, qty, code)
        for kind, qty, at, code in world.sql(
            "SELECT m.type, m.quantity, m.at, c.code FROM movements m JOIN locations c ON c.id = "
            "CASE m.type WHEN 'pick' THEN m.to_location_id ELSE m.from_location_id END "
            "WHERE m.type IN ('pick', 'return')"
        )
        if since <= datetime.fromisoformat(at) < until
    ]

    def net(*codes: str) -> int:
        return sum(q if k == "pick" else -q for k, q, c in inside if c in codes)

    item_id = world.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    assert usage_rates(world.store.uow(), on) == {item_id: Fraction(net("ICU", "WARD"), 30)}
    assert {d: u for _, d, u in department_usage(world.store.uow(), on)} == {
        "ICU": Fraction(net("ICU"), 30),
        "WARD": Fraction(net("WARD"), 30),
    }


def test_a_window_shorter_than_a_utc_day_is_read_from_the_ledger(world: World) -> None:
    assert world.run(world.people["admin"], SetSiteSetting("time_zone", "Asia/Shanghai")).ok
    assert world.run(world.people["admin"], SetSiteSetting("usage_days", "1")).ok
    on: date = TODAY + timedelta(days=3)
    world.on(TODAY)
    world.stocked(GAUZE, "G1", TODAY + timedelta(days=400), 500, location="A1")
    start = datetime.combine(on - timedelta(days=1), time(), ZoneInfo("Asia/Shanghai"))
    for hours, qty in ((-1, 100), (0, 1), (12, 2), (23, 4), (24, 100)):
        _at(world, start + timedelta(hours=hours))
        assert world.do("pick", G1, qty=qty, location="A1", to="WARD").ok
    item_id = world.sql("SELECT id FROM items WHERE di = ?", GAUZE)[0][0]
    assert usage_rates(world.store.uow(), on) == {item_id: Fraction(7)}
