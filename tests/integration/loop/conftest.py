"""A store with two near-expiry gauze lots whose warnings the operator "op" owns."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.core.store_kit import GAUZE, TODAY, World, days, scan
from tests.integration.loop.loop_kit import raise_today

G1 = scan(GAUZE, "G1", days(20))
G2 = scan(GAUZE, "G2", days(50))
RECEIVED = TODAY - timedelta(days=20)


@pytest.fixture
def shelved(world: World) -> World:
    """G1 (20 days left today: a warning) and G2 (50: a notice) in bin A1, op's bin."""
    world.write("UPDATE locations SET responsible = 'op' WHERE code = 'A1'")
    world.on(RECEIVED)
    world.stocked(GAUZE, "G1", days(20), 10, location="A1")
    world.stocked(GAUZE, "G2", days(50), 10, location="A1")
    world.on(TODAY)
    raise_today(world)
    return world
