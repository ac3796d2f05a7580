"""The national UDI database at the centre: imported all or nothing, then published as the
item records its master data and its sites' lots name, with their package levels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from app.domain.clock import SystemClock
from app.domain.identity import Actor
from app.services.commands import ApplyCentralPage
from sync.server import schema as s
from sync.server.db import open_centre
from sync.server.master import import_master_data
from tests.integration.core.store_kit import World
from tests.integration.one_path.test_entry_points import main_py
from tests.integration.udid.udid_kit import box, case, download, each, label
from tests.udid_gen import record


@pytest.fixture
def centre(tmp_path: Path) -> Engine:
    engine = open_centre(str(tmp_path / "centre.db"))
    yield engine  # type: ignore[misc]
    engine.dispose()


def published(engine: Engine) -> dict[str, dict[str, object]]:
    c = s.changes.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(c.key, c.payload).where(c.kind == "item", c.superseded.is_(False))
        )
        return {key: json.loads(payload) for key, payload in rows}


def test_the_centre_publishes_items_its_master_data_and_its_sites_lots_name(
    centre: Engine, tmp_path: Path
) -> None:
    report = import_master_data(
        centre, SystemClock(), "items", ["gtin", "name"], [{"gtin": each(21), "name": "Pad"}]
    )
    assert report.ok
    with centre.begin() as conn:
        conn.execute(
            s.site_lots.insert().values(
                site="WARD3", di=each(15), lot="L1", seen_at=SystemClock().now()
            )
        )
    done = main_py(
        "server", "udid", "import", "--db", tmp_path / "centre.db", download(tmp_path),
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["devices"] == 60 and summary["items_published"] == 2
    items = published(centre)
    assert items[each(21)]["name"] == "Pad"  # master data's own word kept
    assert items[each(21)]["registration_no"] == record(21).registration_no
    assert items[each(15)]["registration_no"] == record(15).registration_no
    assert {p["di"]: p["units"] for p in items[each(15)]["packages"]} == {
        box(15): 10,
        case(15): 200,
    }
    # Nothing changed: an import of the same file publishes nothing again.
    again = main_py(
        "server", "udid", "import", "--db", tmp_path / "centre.db", download(tmp_path),
        home=tmp_path,
    )  # fmt: skip
    assert json.loads(again.stdout)["items_published"] == 0


def test_a_bad_file_at_the_centre_imports_nothing(centre: Engine, tmp_path: Path) -> None:
    file = tmp_path / "bad.xml"
    file.write_text("<products/>", encoding="utf-8")
    done = main_py(
        "server", "udid", "import", "--db", tmp_path / "centre.db", download(tmp_path), file,
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1 and "UDID_WRONG_ROOT" in done.stderr
    with centre.connect() as conn:
        assert conn.execute(select(s.udi_devices.c.di)).first() is None


def test_a_site_applies_the_centres_item_record_with_its_package_levels(
    centre: Engine, world: World, tmp_path: Path
) -> None:
    from sync.server.udid import import_udid
    from ui.commands.udid import devices_of

    with centre.begin() as conn:
        conn.execute(
            s.site_lots.insert().values(
                site="WARD3", di=each(15), lot="L1", seen_at=SystemClock().now()
            )
        )
    import_udid(centre, devices_of([download(tmp_path)]), SystemClock().now())
    payload = published(centre)[each(15)]
    page = ApplyCentralPage([("item", payload)], "1-1", {})
    from app.adapters.sync_state import SyncUnitOfWork
    from app.services.bus import execute

    result = execute(SyncUnitOfWork(world.store.engine), world.clock, Actor.system("d"), page)
    assert result.ok, result
    assert world.sql("SELECT provisional FROM items WHERE di=?", each(15)) == [(0,)]
    assert world.do("receive", label(case(15)), location="RCV").detail["quantity"] == 200
