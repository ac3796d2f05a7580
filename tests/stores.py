"""Where every test store comes from: one builder, and copies of it per test (a pytest plugin).

`new_store(path, recipe)` makes a real SQLite file from the real migrations,
initialises it (an administrator whose PIN is ADMIN_PIN) at the recipe's
moment on its device, and runs the recipe's seed: the master data, people
and stock its tests need. The seeds live with the data they use:

- `tests.integration.core.store_kit.KIT`: the integration tests' `world`;
- `tests.ui.store_builder.SCREENS`: the screens' `store`;
- `Recipe(at, device)` with no seed: a bare site (the sync tests' `make_site`,
  the benchmarks).

A PIN hash costs tens of milliseconds, so a seeded store is built once per
session as a template and each test gets a copy (`store_copy`). A sync site is
made fresh instead: a copy would share the template's store id.

tests/conftest.py loads this module through `pytest_plugins`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import pytest

from app.adapters.store import Store
from app.domain.clock import Clock, FixedClock
from app.services.setup import initialise

ADMIN_PIN = "admin-000"

Seed = Callable[[Store, Clock], None]


@dataclass(frozen=True)
class Recipe:
    """A kind of test store: initialised at `at` on `device` (None: the host's name), seeded."""

    at: datetime
    device: str | None = None
    seed: Seed | None = None


def new_store(path: Path, recipe: Recipe, **options: Any) -> Store:
    """The store of `recipe` at `path`, open (`options` go to Store, e.g. synchronous)."""
    store = Store(path, create=True, **options)
    clock = FixedClock(recipe.at)
    initialise(store.uow(), clock, recipe.device, admin_password=ADMIN_PIN)
    if recipe.seed is not None:
        recipe.seed(store, clock)
    return store


class StoreCopy(Protocol):
    """The `store_copy` fixture: a fresh copy of `recipe`'s template in the test's tmp_path."""

    def __call__(self, recipe: Recipe, name: str = "store.db") -> Path: ...


class Templates:
    """Each recipe's store, built once in `folder` the first time a test asks for it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[Recipe, Path] = {}

    def __getitem__(self, recipe: Recipe) -> Path:
        if recipe not in self.built:
            path = self.folder / f"template-{len(self.built)}.db"
            new_store(path, recipe).close()
            self.built[recipe] = path
        return self.built[recipe]

    def copy(self, recipe: Recipe, target: Path) -> Path:
        shutil.copyfile(self[recipe], target)
        return target


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def store_copy(store_templates: Templates, tmp_path: Path) -> StoreCopy:
    def copy(recipe: Recipe, name: str = "store.db") -> Path:
        return store_templates.copy(recipe, tmp_path / name)

    return copy
