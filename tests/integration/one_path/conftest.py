"""Stores staged for the one-path rules: every refusal the same from every entry point."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from tests.integration.core.store_kit import World, build_template, copy_database
from tests.integration.one_path.staging import NOW, stage


@pytest.fixture(scope="session")
def staged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("staged") / "staged.db"
    build_template(path)
    world = World(path)
    stage(world)
    world.close()
    return path


@pytest.fixture
def staged(staged_template: Path, tmp_path: Path) -> Iterator[World]:
    world = World(copy_database(staged_template, tmp_path / "store.db"))
    world.clock = FixedClock(NOW)
    yield world
    world.close()
