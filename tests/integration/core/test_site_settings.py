"""This site's settings: only an administrator changes them, and it is audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import Code, Refused
from app.services.site_settings import backup_keep_days, set_site_setting, site_settings
from tests.integration.core.store_kit import World


def test_backups_are_kept_fourteen_days_until_an_administrator_says_otherwise(
    world: World,
) -> None:
    assert backup_keep_days(world.store.uow()) == 14
    set_site_setting(world.store.uow(), world.clock, "admin", "backup_keep_days", "30")
    assert backup_keep_days(world.store.uow()) == 30
    with world.store.uow() as uow:
        entry = uow.audit.for_entity("settings", "backup_keep_days")[-1]
    assert (entry.user, entry.before, entry.after) == (
        "admin",
        {"backup_keep_days": "14"},
        {"backup_keep_days": "30"},
    )


def test_an_operator_may_not_change_the_sites_settings(world: World) -> None:
    with pytest.raises(Refused) as refused:
        set_site_setting(world.store.uow(), world.clock, "op", "device_name", "dock-2")
    assert refused.value.code is Code.NOT_PERMITTED
    assert site_settings(world.store.uow())["device_name"] == "test-device"


@pytest.mark.parametrize(("key", "value"), [("backup_keep_days", "0"), ("colour", "red")])
def test_a_bad_setting_is_refused(world: World, key: str, value: str) -> None:
    with pytest.raises(Refused) as refused:
        set_site_setting(world.store.uow(), world.clock, "admin", key, value)
    assert refused.value.code is Code.BAD_REQUEST


def test_daily_backups_older_than_the_kept_days_are_removed(world: World) -> None:
    folder = world.path.parent / "backups"
    old = world.store.daily_backup(date(2026, 1, 1), keep_days=3)
    assert old.exists()
    recent = world.store.daily_backup(date(2026, 1, 3), keep_days=3)
    assert old.exists() and recent.exists()
    newest = world.store.daily_backup(date(2026, 1, 10), keep_days=3)
    assert sorted(p.name for p in folder.iterdir()) == [newest.name]
    assert isinstance(newest, Path)
