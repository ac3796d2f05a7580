"""This site's settings: only an administrator changes them, and it is audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import Code
from app.services.commands import SetSiteSetting
from app.services.settings import backup_keep_days, site_settings
from tests.integration.core.store_kit import World


def test_backups_are_kept_fourteen_days_until_an_administrator_says_otherwise(
    world: World,
) -> None:
    assert backup_keep_days(world.store.uow()) == 14
    assert world.run(world.people["admin"], SetSiteSetting("backup_keep_days", "30")).ok
    assert backup_keep_days(world.store.uow()) == 30
    with world.store.uow() as uow:
        entry = uow.audit.for_entity("settings", "backup_keep_days")[-1]
    assert (entry.user, entry.before, entry.after) == (
        "admin",
        {"backup_keep_days": "14"},
        {"backup_keep_days": "30"},
    )


def test_an_operator_may_not_change_the_sites_settings(world: World) -> None:
    refused = world.run(world.people["op"], SetSiteSetting("device_name", "dock-2"))
    assert refused.code is Code.NOT_PERMITTED
    assert site_settings(world.store.uow())["device_name"] == "test-device"


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [("backup_keep_days", "0", Code.BAD_SETTING), ("colour", "red", Code.UNKNOWN_SETTING)],
)
def test_a_bad_setting_is_refused(world: World, key: str, value: str, code: Code) -> None:
    refused = world.run(world.people["admin"], SetSiteSetting(key, value))
    assert refused.code is code
    assert backup_keep_days(world.store.uow()) == 14


def test_daily_backups_older_than_the_kept_days_are_removed(world: World) -> None:
    folder = world.path.parent / "backups"
    old = world.store.daily_backup(date(2026, 1, 1), keep_days=3)
    assert old.exists()
    recent = world.store.daily_backup(date(2026, 1, 3), keep_days=3)
    assert old.exists() and recent.exists()
    newest = world.store.daily_backup(date(2026, 1, 10), keep_days=3)
    assert sorted(p.name for p in folder.iterdir()) == [newest.name]
    assert isinstance(newest, Path)
