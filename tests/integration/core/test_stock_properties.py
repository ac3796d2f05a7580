"""Random sequences of actions never break the ledger nor let a blocked lot out."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.model import Hold, Item
from app.domain.rules import fefo_choice, in_fefo_scope, use_verdict
from tests.integration.core.store_kit import (
    GAUZE,
    KIT,
    REGISTRATION,
    STENT,
    World,
    days,
    gtin14,
    scan,
)
from tests.stores import Templates

# Lots of this item carry no expiry (its label has none): FEFO puts them last.
SPONGE = gtin14("0690000000005")

LOTS: list[tuple[str, str, date | None]] = [
    (GAUZE, "GA", days(40)),
    (GAUZE, "GB", days(60)),
    (GAUZE, "GC", days(60)),
    (SPONGE, "GN", None),
    (STENT, "SA", days(100)),
]
STOCK_LOCATIONS = ["RCV", "A1", "A2", "Q"]
ALL_LOCATIONS = [*STOCK_LOCATIONS, "WARD", "RET"]
ACTIONS = [
    "receive",
    "move",
    "pick",
    "return",
    "quarantine",
    "release",
    "qc_release",
    "qc_reject",
    "dispose",
    "return_to_supplier",
    "count",
    "recall",  # stands in for the recall issue: sets the hold directly
]

steps = st.lists(
    st.fixed_dictionaries(
        {
            "action": st.sampled_from(ACTIONS),
            "lot": st.integers(0, len(LOTS) - 1),
            "location": st.sampled_from(ALL_LOCATIONS),
            "to": st.sampled_from([None, *ALL_LOCATIONS]),
            "qty": st.integers(0, 8),
            "user": st.sampled_from(["op", "sup", "qa"]),
            "advance": st.sampled_from([0, 0, 0, 1, 7, 20]),
        }
    ),
    min_size=5,
    max_size=30,
)


def check_ledger(world: World) -> None:
    assert world.sql("SELECT count(*) FROM stock WHERE quantity < 0") == [(0,)]
    assert world.sql(
        "SELECT count(*) FROM stock s JOIN locations l ON l.id=s.location_id "
        "WHERE l.kind IN ('department','supplier_return')"
    ) == [(0,)]
    rows = world.sql(
        """
        SELECT l.id, l.on_hand,
          (SELECT coalesce(sum(quantity), 0) FROM stock WHERE lot_id=l.id),
          (SELECT coalesce(sum(CASE WHEN t.kind IN ('receiving','storage','quarantine')
                                    THEN m.quantity ELSE 0 END), 0)
           - coalesce(sum(CASE WHEN f.kind IN ('receiving','storage','quarantine')
                                    THEN m.quantity ELSE 0 END), 0)
           FROM movements m
           LEFT JOIN locations t ON t.id=m.to_location_id
           LEFT JOIN locations f ON f.id=m.from_location_id
           WHERE m.lot_id=l.id)
        FROM lots l
        """
    )
    for lot_id, on_hand, stock, ledger in rows:
        assert on_hand == stock == ledger, (lot_id, on_hand, stock, ledger)
        assert on_hand >= 0


def pick_was_allowed(world: World, gtin: str, lot: str, location: str) -> tuple[bool, str]:
    """Before the pick: may this lot leave, and is it the FEFO lot?"""
    with world.store.uow(read_only=True) as uow:
        found = uow.lots.get(gtin, lot)
        loc = uow.locations.get(location)
        item = uow.items.get(gtin)
        if found is None or loc is None or item is None:
            return False, "unknown"
        window = uow.settings.policy().do_not_issue_for(item.category)
        verdict = use_verdict(found, world.clock.today(), window, item.registered)
        if not verdict.ok:
            return False, verdict.code.value
        assert item.id is not None and loc.id is not None
        # FEFO is decided across the store's storage locations, not the bin alone.
        lines = [
            line for line in uow.stock.lines_for_item(item.id) if in_fefo_scope(line.location, loc)
        ]
        choice = fefo_choice(lines, world.clock.today(), window)
        if choice is None or choice.lot.lot != lot:
            return False, "NOT_FEFO"
    return True, "ok"


def apply(world: World, step: dict[str, Any]) -> None:
    gtin, lot, expiry = LOTS[step["lot"]]
    action = step["action"]
    world.clock.advance(timedelta(days=step["advance"]))
    if action == "recall":
        if world.sql("SELECT 1 FROM lots WHERE di=? AND lot=?", gtin, lot):
            world.set_hold(gtin, lot, Hold.RECALL, "field safety notice")
        return
    fields: dict[str, Any] = {
        "location": step["location"],
        "to": step["to"],
        "qty": step["qty"] or None,
        "reason": "random",
    }
    if action == "receive":
        fields["to"] = None
    allowed = None
    if action == "pick":
        allowed = pick_was_allowed(world, gtin, lot, step["location"])
    result = world.do(action, scan(gtin, lot, expiry), user=step["user"], **fields)
    if action == "pick" and result.ok:
        assert allowed is not None and allowed[0], (allowed, result)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=steps)
def test_random_actions_keep_stock_whole_and_never_let_a_blocked_lot_out(
    store_templates: Templates, sequence: list[dict[str, Any]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(store_templates.copy(KIT, Path(folder) / "store.db"))
        try:
            with world.store.uow() as uow:
                uow.items.add(
                    Item(
                        SPONGE,
                        "Sponge",
                        "海绵",
                        category="consumable",
                        registration_no=REGISTRATION,
                        expiry_required=False,
                    )
                )
                uow.commit()
            # a stocked start, so that picks and moves have something to act on
            for gtin, lot, expiry in LOTS[:3]:
                world.stocked(gtin, lot, expiry, 10, location="A1")
            for step in sequence:
                apply(world, step)
                check_ledger(world)
            assert world.chain_break() is None
        finally:
            world.close()
