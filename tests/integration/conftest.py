"""Integration tests share one store builder: a template store copied per test (store_kit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.core.store_kit import World, build_template, copy_database


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    build_template(path)
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    return copy_database(template_db, tmp_path / "store.db")


@pytest.fixture
def world(db_path: Path) -> Iterator[World]:
    w = World(db_path)
    yield w
    w.close()
