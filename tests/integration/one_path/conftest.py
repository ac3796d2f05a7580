"""Stores staged for the one-path rules: every refusal the same from every entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain.clock import FixedClock
from tests.integration.core.store_kit import World
from tests.integration.one_path.staging import NOW, STAGED
from tests.stores import StoreCopy


@pytest.fixture
def staged(store_copy: StoreCopy) -> Iterator[World]:
    world = World(store_copy(STAGED))
    world.clock = FixedClock(NOW)
    yield world
    world.close()
