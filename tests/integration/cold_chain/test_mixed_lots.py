"""Mixed-lot outbound (混批): a delivery holding several lots of one item needs confirmation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.errors import Code
from app.services.commands import SetSiteSetting
from tests.integration.core.store_kit import GAUZE, PINS, STENT, World, days, scan
from tests.integration.one_path.test_entry_points import main_py
from ui.main_window import MainWindow
from ui.screens.picking import PickingScreen
from ui.session import Session
from ui.sounds import Sounds


def two_lots(world: World, gtin: str = GAUZE) -> tuple[str, str]:
    world.stocked(gtin, "L-EARLY", days(200), 2)
    world.stocked(gtin, "L-LATE", days(300), 10)
    early, late = scan(gtin, "L-EARLY", days(200)), scan(gtin, "L-LATE", days(300))
    taken = world.do("pick", early, qty=2, location="A1", to="WARD", reference="PL-1")
    assert taken.ok, taken
    return early, late


def test_a_second_lot_in_one_delivery_needs_the_pickers_confirmation(world: World) -> None:
    _, late = two_lots(world)
    before = world.dump()
    mixed = world.do("pick", late, qty=1, location="A1", to="WARD", reference="PL-1")
    assert mixed.code is Code.MIXED_LOT and mixed.detail["lots"] == ["L-EARLY", "L-LATE"]
    assert world.dump() == before
    confirmed = world.do(
        "pick", late, qty=1, location="A1", to="WARD", reference="PL-1", confirm_mixed_lot=True
    )
    assert confirmed.ok and confirmed.detail["mixed_lots"] == ["L-EARLY", "L-LATE"]
    other = world.do("pick", late, qty=1, location="A1", to="WARD", reference="PL-2")
    assert other.ok and "mixed_lots" not in other.detail


def test_a_single_lot_category_may_not_mix_lots_even_confirmed(world: World) -> None:
    admin = world.people["admin"]
    assert world.run(admin, SetSiteSetting("single_lot_categories", "implant")).ok
    _, late = two_lots(world, STENT)
    refused = world.do(
        "pick", late, qty=1, location="A1", to="WARD", reference="PL-1", confirm_mixed_lot=True
    )
    assert refused.code is Code.MIXED_LOT_FORBIDDEN and refused.detail["category"] == "implant"


def test_batch_gives_mixed_lot_and_takes_the_confirmation(world: World, tmp_path: Path) -> None:
    _, late = two_lots(world)
    world.close()
    line = {"action": "pick", "user": "op", "scan": late, "qty": 1, "location": "A1",
            "to": "WARD", "reference": "PL-1"}  # fmt: skip
    done = main_py(
        "batch", "--db", world.path, "--user", "op", home=tmp_path, pin=PINS["op"],
        stdin=json.dumps(line) + "\n" + json.dumps({**line, "confirm_mixed_lot": True}) + "\n",
    )  # fmt: skip
    answers = [json.loads(x) for x in done.stdout.splitlines()]
    assert [a["code"] for a in answers] == ["MIXED_LOT", "ACCEPTED"]
    assert answers[1]["detail"]["mixed_lots"] == ["L-EARLY", "L-LATE"]


@pytest.fixture
def picking(qtbot: QtBot, world: World) -> Iterator[PickingScreen]:
    session = Session(world.store, world.clock, world.people["op"], sounds=Sounds(False))
    window = MainWindow(session, [PickingScreen])
    qtbot.addWidget(window)
    window.show()
    window.show_screen(PickingScreen.key)
    screen = window.screens[PickingScreen.key]
    assert isinstance(screen, PickingScreen)
    yield screen
    settle(session)
    session.close()


def settle(session: Session) -> None:
    for _ in range(8):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


def test_the_picking_screen_asks_to_confirm_mixed_lots(
    world: World, picking: PickingScreen
) -> None:
    _, late = two_lots(world)
    settle(picking.session)
    picking.department.setCurrentIndex(picking.department.findData("WARD"))
    picking.reference.setText("PL-1")
    picking.handle_scan(late)
    settle(picking.session)
    assert picking.last_outcome is not None
    assert picking.last_outcome.result.code is Code.MIXED_LOT
    assert "L-EARLY" in picking.band.headline.text()
    assert picking.confirm_mixed.isEnabled()
    picking.confirm_mixed.click()
    settle(picking.session)
    assert picking.last_outcome.result.ok
    assert world.qty(GAUZE, "L-LATE", "A1") < 10
