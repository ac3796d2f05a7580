"""Transfers from the put-away screen: real widgets offscreen, the real store and writer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.identity import Actor
from app.services.commands import ApplyCentralPage
from tests.integration.core.store_kit import GAUZE, World, days
from tests.integration.one_path.staging import LATE, NOW
from tests.integration.one_path.test_screens import screen_of, settle
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.put_away import SEND, PutAwayScreen
from ui.session import Session
from ui.sounds import Sounds


@pytest.fixture
def screen(qtbot: QtBot, staged: World) -> Iterator[PutAwayScreen]:
    staged.write("INSERT INTO settings (key, value) VALUES ('sync.site', 'S1')")
    suggestion = {
        "id": "SG-1",
        "from_site": "S1",
        "to_site": "S2",
        "di": GAUZE,
        "lot": "G-LATE",
        "expiry": days(300).isoformat(),
        "quantity": 3,
        "unused": 5,
        "status": "open",
        "computed_at": NOW.isoformat(),
    }
    page = ApplyCentralPage([("transfer_suggestion", suggestion)], "test", {})
    assert staged.run(Actor.system("test-device"), page).ok
    session = Session(staged.store, staged.clock, staged.people["sup"], sounds=Sounds(False))
    win = MainWindow(session, [PutAwayScreen])
    qtbot.addWidget(win)
    win.show()
    settle(session)
    found = screen_of(win, PutAwayScreen)
    assert isinstance(found, PutAwayScreen)
    yield found
    settle(session)
    session.close()


def test_a_scan_in_send_mode_puts_the_stock_in_transit(
    screen: PutAwayScreen, staged: World
) -> None:
    screen.mode.setCurrentIndex(screen.mode.findData(SEND))
    screen.source.setCurrentIndex(screen.source.findData("A1"))
    screen.site.setText("S2")
    screen.quantity.setValue(4)
    screen.handle_scan(LATE)
    settle(screen.session)
    assert screen.band.tone is Tone.OK, screen.band.headline.text()
    assert (staged.qty(GAUZE, "G-LATE", "A1"), staged.qty(GAUZE, "G-LATE", "IN-TRANSIT")) == (6, 4)
    assert screen.transfers.on_the_way.rowCount() == 1


def test_a_suggestion_is_declined_on_screen_only_with_a_reason(
    screen: PutAwayScreen, staged: World
) -> None:
    panel = screen.transfers
    assert panel.suggestions.rowCount() == 1
    panel.suggestions.selectRow(0)
    panel.decline_button.click()
    settle(screen.session)
    assert screen.band.tone is not Tone.OK
    panel.suggestions.selectRow(0)
    panel.reason.setText("kept for the theatre")
    panel.decline_button.click()
    settle(screen.session)
    assert screen.band.tone is Tone.OK
    assert panel.suggestions.rowCount() == 0
    assert staged.sql("SELECT status, reason FROM transfer_suggestions") == [
        ("declined", "kept for the theatre")
    ]
