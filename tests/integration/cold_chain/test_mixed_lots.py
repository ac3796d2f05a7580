"""Mixed-lot outbound (混批): a delivery holding several lots of one item needs confirmation."""

from __future__ import annotations

import json
import re
import subprocess
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


def test_the_pick_notice_lists_every_lot_of_the_delivery_and_marks_the_mixed_ones(
    world: World, tmp_path: Path
) -> None:
    _, late = two_lots(world)
    confirmed = world.do(
        "pick", late, qty=3, location="A1", to="WARD", reference="PL-1", confirm_mixed_lot=True
    )
    assert confirmed.ok, confirmed
    world.stocked(STENT, "S-ONLY", days(400), 4)
    stent = scan(STENT, "S-ONLY", days(400))
    assert world.do("pick", stent, qty=1, location="A1", to="WARD", reference="PL-1").ok
    assert world.do("pick", late, qty=1, location="A1", to="WARD", reference="PL-9").ok
    world.close()
    pdf = tmp_path / "notice.pdf"

    done = main_py(
        "print", "pick-notice", "--db", world.path, "--reference", "PL-1", "--department", "WARD",
        "--out", pdf, home=tmp_path,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    rows = {
        line.split()[3]: line for line in text.splitlines() if re.match(r"\s*\d+\s+\d{14}\s", line)
    }
    assert sorted(rows) == ["L-EARLY", "L-LATE", "S-ONLY"]  # PL-9's pick is not on it
    for lot, (gtin, expiry, qty, mixed) in {
        "L-EARLY": (GAUZE, days(200), "2", True),
        "L-LATE": (GAUZE, days(300), "3", True),
        "S-ONLY": (STENT, days(400), "1", False),
    }.items():
        row = rows[lot]
        assert gtin in row and expiry.isoformat() in row and f" {qty} " in row
        assert ("混批 Mixed" in row) is mixed
    assert "配送单" in text and "Pick Notice" in text and "PL-1" in text
    assert "混批 Mixed lots" in text and "逐批核对" in text

    nothing = main_py(
        "print", "pick-notice", "--db", world.path, "--reference", "PL-404", "--department",
        "WARD", "--out", tmp_path / "none.pdf", home=tmp_path,
    )  # fmt: skip
    assert nothing.returncode == 1 and not (tmp_path / "none.pdf").exists()
