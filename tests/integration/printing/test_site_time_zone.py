"""The site's time zone: a setting an administrator changes, the operating system's until then."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from app.adapters.store import Store
from app.demo.store import populate
from app.errors import Code
from app.services.commands import SetSiteSetting
from app.services.context import ActionResult
from app.services.settings import site_settings, site_zone
from main import main
from tests.integration.core.store_kit import PINS, World


def set_zone(world: World, value: str, user: str = "admin") -> ActionResult:
    return world.run(world.people[user], SetSiteSetting("time_zone", value))


def test_the_time_zone_is_the_operating_systems_until_an_administrator_sets_one(
    world: World,
) -> None:
    assert site_settings(world.store.uow())["time_zone"] == tzlocal.get_localzone_name()
    assert site_zone(world.store.uow()) == ZoneInfo(tzlocal.get_localzone_name())


def test_an_administrator_sets_the_time_zone_and_the_change_is_audited(world: World) -> None:
    assert set_zone(world, "Asia/Shanghai").ok

    assert site_zone(world.store.uow()) == ZoneInfo("Asia/Shanghai")
    with world.store.uow() as uow:
        entry = uow.audit.for_entity("settings", "time_zone")[-1]
    assert (entry.user, entry.after) == ("admin", {"time_zone": "Asia/Shanghai"})
    assert entry.before == {"time_zone": tzlocal.get_localzone_name()}
    assert PINS["admin"]  # the change was made as the authenticated administrator


@pytest.mark.parametrize(
    "value", ["Mars/Olympus_Mons", "asia/shanghai", "+08:00", "CST", "../../etc/passwd", ""]
)
def test_a_time_zone_that_is_not_a_zone_name_is_refused_and_nothing_changes(
    world: World, value: str
) -> None:
    assert set_zone(world, "Europe/Berlin").ok
    refused = set_zone(world, value)
    assert refused.code is Code.BAD_SETTING
    assert "Asia/Shanghai" in refused.message  # says what a zone name looks like
    assert site_settings(world.store.uow())["time_zone"] == "Europe/Berlin"


def test_an_operator_may_not_change_the_time_zone(world: World) -> None:
    assert set_zone(world, "Asia/Shanghai", user="op").code is Code.NOT_PERMITTED


def test_the_config_command_lists_the_time_zone(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_zone(world, "Asia/Shanghai").ok
    world.close()
    assert main(["config", "--db", str(world.path), "time_zone"]) == 0
    assert capsys.readouterr().out.strip() == "time_zone = Asia/Shanghai"


def test_the_demo_store_keeps_shanghai_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "demo.db", create=True, synchronous="OFF")
    populate(store.uow, date(2026, 11, 20), items=20, lots=40)
    assert site_zone(store.uow()) == ZoneInfo("Asia/Shanghai")
    store.close()
