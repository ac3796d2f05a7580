"""Integration tests' store: a copy of store_kit's (KIT, built once by tests/stores.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.core.store_kit import KIT, World
from tests.stores import StoreCopy


@pytest.fixture
def db_path(store_copy: StoreCopy) -> Path:
    return store_copy(KIT)


@pytest.fixture
def world(db_path: Path) -> Iterator[World]:
    w = World(db_path)
    yield w
    w.close()
