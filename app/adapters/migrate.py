"""Alembic, driven from code: the app upgrades its own database.

Opening a store only compares its revision with the newest one, and that is
read from the migration files themselves (`revision = ...` / `down_revision =
...`), without importing Alembic: loading Alembic and every migration module
cost start-up a quarter of a second, for an answer that is nearly always
"nothing to do". Alembic is imported when there is something to upgrade.
tests/integration/core/test_migrations.py checks both readings agree.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _assigned(source: str, name: str) -> str | None:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                value = ast.literal_eval(node.value) if node.value is not None else None
                return value if isinstance(value, str) else None
    return None


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The revision no other migration builds on (the chain is kept linear)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _assigned(source, "revision")
        if revision is None:
            continue
        revisions.add(revision)
        parent = _assigned(source, "down_revision")
        if parent is not None:
            parents.add(parent)
    heads = sorted(revisions - parents)
    if len(heads) != 1:
        raise RuntimeError(f"the site migrations must form one chain; heads: {heads}")
    return heads[0]


def alembic_head() -> str | None:
    """Alembic's own answer, for the test that keeps `head_revision` honest."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no such table: nothing was ever migrated here
            return None
        finally:
            conn.rollback()
    return None if found is None else str(found)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
