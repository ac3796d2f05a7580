"""The stock summaries the KPIs read equal what the ledger gives (migration 0017).

kpi_stock_expiry (per expiry day, location and category: stock lines, units, value,
uncosted units) and kpi_item_on_hand are kept by triggers. After each step of a
history — costed and uncosted receipts, a second receipt changing a lot's cost,
moves, picks, a return, a quarantine, a disposal, an item's cost and category
changed by the items import, a lot's expiry and item corrected behind the app's
back — they are compared with the same figures summed from the movements alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from alembic import command
from alembic.config import Config

from app.adapters.database import create_sqlite_engine
from app.adapters.migrate import MIGRATIONS
from app.domain.model import WriteOffReason
from app.services.kpis import Period, kpi_set
from tests.integration.core.store_kit import GAUZE, GLOVE, STENT, World, days
from tests.integration.core.test_kpis import costs, do, items_import, on, receive

# Each (lot, location)'s units from the movements into and out of stock-holding places.
_LEDGER_LINES = """
    WITH held AS (SELECT id FROM locations WHERE kind NOT IN ('department', 'supplier_return')),
    flows AS (
        SELECT lot_id, to_location_id AS location_id, quantity AS q FROM movements
        WHERE to_location_id IN held
        UNION ALL
        SELECT lot_id, from_location_id, -quantity FROM movements
        WHERE from_location_id IN held),
    lines AS (SELECT lot_id, location_id, SUM(q) AS q FROM flows
              GROUP BY lot_id, location_id HAVING SUM(q) > 0)
"""
_LEDGER_RISK = (
    _LEDGER_LINES
    + """,
    costed AS (
        SELECT x.*, l.expiry, l.item_id, i.category,
               COALESCE((SELECT c.unit_cost FROM movements c
                         WHERE c.lot_id = x.lot_id AND c.unit_cost IS NOT NULL
                         ORDER BY c.seq DESC LIMIT 1), i.unit_cost) AS cost
        FROM lines x JOIN lots l ON l.id = x.lot_id JOIN items i ON i.id = l.item_id
        WHERE l.expiry IS NOT NULL)
    SELECT expiry, c.code, category, COUNT(*), SUM(q), ROUND(COALESCE(SUM(q * cost), 0), 2),
           SUM(CASE WHEN cost IS NULL THEN q ELSE 0 END)
    FROM costed JOIN locations c ON c.id = costed.location_id
    GROUP BY expiry, c.code, category ORDER BY expiry, c.code, category
"""
)
_KEPT_RISK = """
    SELECT expiry, c.code, category, lines, units, ROUND(value, 2), uncosted
    FROM kpi_stock_expiry x JOIN locations c ON c.id = x.location_id
    WHERE lines != 0 OR units != 0 OR ROUND(value, 2) != 0 OR uncosted != 0
    ORDER BY expiry, c.code, category
"""
_LEDGER_ON_HAND = (
    _LEDGER_LINES
    + """
    SELECT l.item_id, SUM(q) FROM lines JOIN lots l ON l.id = lines.lot_id
    GROUP BY l.item_id ORDER BY l.item_id
"""
)
_KEPT_ON_HAND = "SELECT item_id, on_hand FROM kpi_item_on_hand WHERE on_hand != 0 ORDER BY item_id"


def assert_kept(w: World) -> list[tuple[Any, ...]]:
    risk = w.sql(_LEDGER_RISK)
    assert w.sql(_KEPT_RISK) == risk
    assert w.sql(_KEPT_ON_HAND) == w.sql(_LEDGER_ON_HAND)
    return risk


def history(w: World) -> None:
    costs(w)  # GAUZE 2.00, STENT 100.00, GLOVE none
    on(w, 3, 1)
    receive(w, GAUZE, "G1", days(5), 10, "A1", unit_cost=3.0)
    receive(w, GAUZE, "G2", days(3), 4, "A1")
    receive(w, STENT, "T1", days(60), 6, "A2")
    receive(w, GLOVE, "K1", days(50), 7)
    receive(w, GLOVE, "K0", days(400), 9)
    w.write("UPDATE lots SET expiry = NULL WHERE lot = 'K0'")  # no expiry: never at risk
    assert_kept(w)
    on(w, 3, 2)
    do(w, "move", GAUZE, "G1", days(5), qty=4, location="A1", to="A2")
    do(w, "pick", GAUZE, "G2", days(3), qty=4, location="A1", to="WARD")  # the line empties
    do(w, "pick", STENT, "T1", days(60), qty=2, location="A2", to="ICU")
    do(w, "return", STENT, "T1", days(60), qty=1, location="ICU", to="A2")
    assert_kept(w)
    on(w, 3, 3)
    receive(w, GAUZE, "G1", days(5), 5, "A1", unit_cost=4.5)  # G1's cost is now 4.50
    do(w, "quarantine", GLOVE, "K1", days(50), reason="wet box", location="RCV", to="Q", qty=3)
    expired = {"reason_code": WriteOffReason.DAMAGED.value, "countersign": "sup2", "user": "sup"}
    do(w, "dispose", GAUZE, "G1", days(5), qty=2, location="A2", **expired)
    assert_kept(w)


def test_the_stock_summaries_follow_every_write_that_moves_stock(world: World) -> None:
    w = world
    history(w)
    # G1: 11 at A1 and 2 at A2 at 4.50; T1: 5 at A2 at 100.00; K1: 4 + 3 with no cost
    assert w.sql(_KEPT_RISK) == [
        (days(5).isoformat(), "A1", "consumable", 1, 11, 49.5, 0),
        (days(5).isoformat(), "A2", "consumable", 1, 2, 9.0, 0),
        (days(50).isoformat(), "Q", "consumable", 1, 3, 0.0, 3),
        (days(50).isoformat(), "RCV", "consumable", 1, 4, 0.0, 4),
        (days(60).isoformat(), "A2", "implant", 1, 5, 500.0, 0),
    ]


def test_an_items_cost_or_category_changed_moves_its_lines_value_and_tiers(world: World) -> None:
    w = world
    history(w)
    items_import(
        w,
        ["gtin", "name", "unit_cost", "category"],
        [
            {"gtin": GLOVE, "name": "Gloves", "unit_cost": "0.5", "category": "implant"},
            {"gtin": STENT, "name": "Coronary stent", "unit_cost": "80", "category": "implant"},
        ],
    )
    risk = assert_kept(w)
    assert (days(50).isoformat(), "RCV", "implant", 1, 4, 2.0, 0) in risk
    assert (days(60).isoformat(), "A2", "implant", 1, 5, 400.0, 0) in risk


def test_a_lots_expiry_or_item_corrected_behind_the_apps_back_is_followed(world: World) -> None:
    w = world
    history(w)
    w.write("UPDATE lots SET expiry = ? WHERE lot = 'T1'", days(3).isoformat())
    w.write("UPDATE lots SET expiry = NULL WHERE lot = 'K1'")
    w.write("UPDATE lots SET expiry = ? WHERE lot = 'K0'", days(8).isoformat())
    assert_kept(w)
    w.write("UPDATE lots SET item_id = (SELECT id FROM items WHERE di = ?) WHERE lot = 'K0'", STENT)
    w.write("DELETE FROM stock WHERE quantity = 0")
    assert_kept(w)


def test_the_kpi_set_reads_the_risk_lots_the_ledger_gives(world: World) -> None:
    w = world
    history(w)
    k = kpi_set(w.store.uow(read_only=True), Period(date(2027, 3, 1), date(2027, 3, 31)), days(0))
    assert sum(c.lots for c in k.risk_lots) == sum(r[3] for r in w.sql(_LEDGER_RISK))
    assert sum(c.units for c in k.risk_lots) == 11 + 2 + 5 + 3 + 4
    on_hand = {i.di: i.on_hand_end for i in k.items}
    assert on_hand == {GAUZE: 13, STENT: 5, GLOVE: 16}


def test_the_migration_sums_a_store_that_had_no_summaries(world: World) -> None:
    w = world
    history(w)
    kept = w.sql(_KEPT_RISK), w.sql(_KEPT_ON_HAND)
    w.close()
    engine = create_sqlite_engine(w.path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        for step, revision in ((command.downgrade, "0016_usage_by_day"), (command.upgrade, "head")):
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                step(config, revision)
    finally:
        engine.dispose()
    assert (w.sql(_KEPT_RISK), w.sql(_KEPT_ON_HAND)) == kept
