"""Put-away: a scan moves the pack from one location to another."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.adapters.store import Store
from app.domain.clock import FixedClock
from tests.ui.conftest import FakeClock
from tests.ui.operator import band_change, scanner_burst, stock_at
from tests.ui.store_builder import GLOVES, gs1
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.put_away import PutAwayScreen
from ui.session import Session


def test_a_scan_moves_stock_between_locations(
    qtbot: QtBot,
    operator_session: Session,
    key_clock: FakeClock,
    store: Store,
    clock: FixedClock,
) -> None:
    window = MainWindow(operator_session, [PutAwayScreen], scanner_clock=key_clock)
    qtbot.addWidget(window)
    window.show()
    operator_session.tasks.wait_idle()
    screen = window.screens["put_away"]
    assert isinstance(screen, PutAwayScreen)
    screen.source.setCurrentIndex(screen.source.findData("A-01"))
    screen.target.setCurrentIndex(screen.target.findData("B-02"))
    screen.quantity.setValue(20)
    with band_change(qtbot, screen):
        scanner_burst(qtbot, window, key_clock, "(01)" + GLOVES + "(10)G-1")
    assert screen.band.tone is Tone.OK
    assert (stock_at(store, GLOVES, "G-1", "A-01"), stock_at(store, GLOVES, "G-1", "B-02")) == (
        30,
        20,
    )
    # Moving more than is there is refused and changes nothing.
    screen.quantity.setValue(500)
    with band_change(qtbot, screen):
        scanner_burst(
            qtbot, window, key_clock, gs1(GLOVES, clock.today() + timedelta(days=300), "G-1")
        )
    assert screen.band.tone is Tone.BLOCKED
    assert stock_at(store, GLOVES, "G-1", "B-02") == 20
