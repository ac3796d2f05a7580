"""The status bar's warning figures come from one pass over the open warnings."""

from __future__ import annotations

from datetime import timedelta

from app.domain.model import Level
from app.services.alerts import EVERY_WARNING, count_open_warnings, warning_counts
from app.services.ports import WarningCounts, WarningFilter
from tests.integration.core.store_kit import GAUZE, STENT, TODAY, World, days
from tests.integration.loop.loop_kit import raise_today, setting


def test_the_one_count_of_open_warnings_equals_the_lists_counts_by_level_and_due_time(
    world: World,
) -> None:
    setting(world, "category_min_stock", '{"implant": 100}')
    world.on(TODAY - timedelta(days=40))  # each with more than 30 days left
    for lot, left in (("GX", -2), ("GC", 5), ("GW", 20), ("GN", 50), ("G0", 3)):
        world.stocked(GAUZE, lot, days(left), 10)
    world.stocked(STENT, "S1", days(400), 5)  # below the implants' minimum: low stock
    world.on(TODAY)
    raise_today(world)
    # A lot used up with its warning still open: no figure counts it (state set directly).
    world.write("UPDATE lots SET on_hand = 0 WHERE lot = 'G0'")
    world.on(TODAY + timedelta(days=2))  # the expired and critical lots' warnings were due in 1 day
    now = world.clock.now()

    def listed(where: WarningFilter = EVERY_WARNING) -> int:
        return count_open_warnings(world.store.uow(read_only=True), where)

    counts = warning_counts(world.store.uow(read_only=True), now)
    assert counts == WarningCounts(
        total=listed(),
        critical=listed(WarningFilter(level=Level.CRITICAL))
        + listed(WarningFilter(level=Level.EXPIRED)),
        overdue=listed(WarningFilter(overdue_at=now)),
    )
    # GX expired, GC critical, the stent's low stock (critical, raised at its receipt): all
    # three past due; GW's warning and GN's notice are not yet.
    assert counts == WarningCounts(total=5, critical=3, overdue=3)
