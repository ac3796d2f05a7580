"""Picking with FEFO: the right lot ticks the line, a wrong one is refused, overrides record who."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.adapters.store import Store
from app.domain.clock import FixedClock
from tests.ui.conftest import FakeClock
from tests.ui.operator import (
    approve_override,
    band_change,
    scanner_burst,
    stock_at,
    type_slowly,
)
from tests.ui.store_builder import SUPERVISOR, SUTURE, gs1
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.picking import PickingScreen
from ui.session import Session

EARLY_DAYS, LATE_DAYS = 120, 400


@pytest.fixture
def screen(qtbot: QtBot, operator_session: Session, key_clock: FakeClock) -> PickingScreen:
    window = MainWindow(operator_session, [PickingScreen], scanner_clock=key_clock)
    qtbot.addWidget(window)
    window.show()
    screen = window.screens["picking"]
    assert isinstance(screen, PickingScreen)
    operator_session.tasks.wait_idle()
    # The line is typed by a person: slow keys go into the field, Enter adds it.
    screen.line_qty.setValue(2)
    screen.item.setFocus()
    type_slowly(qtbot, window, key_clock, screen.item, SUTURE + "\r")
    qtbot.waitUntil(lambda: len(screen.lines) == 1)
    return screen


def scan_lot(
    qtbot: QtBot,
    screen: PickingScreen,
    key_clock: FakeClock,
    clock: FixedClock,
    days: int,
    lot: str,
) -> None:
    """The scanner reads a suture pack of `lot` expiring in `days`; wait for the band."""
    window = screen.window()
    assert isinstance(window, MainWindow)
    with band_change(qtbot, screen):
        scanner_burst(qtbot, window, key_clock, gs1(SUTURE, clock.today() + timedelta(days), lot))


def test_each_line_names_the_fefo_lot_and_where_it_is(screen: PickingScreen) -> None:
    assert screen.table.item(0, 2).text() == "S-EARLY"
    assert screen.table.item(0, 3).text() == "A-01"


def test_scanning_the_fefo_lot_ticks_the_line_and_moves_stock(
    qtbot: QtBot, screen: PickingScreen, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    scan_lot(qtbot, screen, key_clock, clock, EARLY_DAYS, "S-EARLY")
    assert screen.band.tone is Tone.OK
    assert screen.lines[0].picked_lot == "S-EARLY"
    assert stock_at(store, SUTURE, "S-EARLY", "A-01") == 8


def test_a_lot_that_is_not_fefo_is_refused_names_the_lot_and_moves_nothing(
    qtbot: QtBot, screen: PickingScreen, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    scan_lot(qtbot, screen, key_clock, clock, LATE_DAYS, "S-LATE")
    assert screen.band.tone is not Tone.OK
    assert "S-EARLY" in screen.band.headline.text()
    assert "A-01" in screen.band.detail.text()
    assert screen.property("wrong") is True
    assert screen.override_button.isEnabled()
    assert screen.lines[0].picked_lot is None
    assert stock_at(store, SUTURE, "S-LATE", "A-01") == 5
    assert stock_at(store, SUTURE, "S-EARLY", "A-01") == 10


def test_a_supervisor_override_picks_the_lot_and_records_the_supervisor(
    qtbot: QtBot, screen: PickingScreen, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    scan_lot(qtbot, screen, key_clock, clock, LATE_DAYS, "S-LATE")
    screen.override_button.click()
    approve_override(qtbot, screen, SUPERVISOR[0], SUPERVISOR[1], "S-EARLY is damaged")
    assert screen.band.tone is Tone.OK
    assert screen.property("wrong") is False
    assert stock_at(store, SUTURE, "S-LATE", "A-01") == 3
    with store.uow(read_only=True) as uow:
        lot = uow.lots.get(SUTURE, "S-LATE")
        assert lot is not None and lot.id is not None
        pick = [m for m in uow.movements.for_lot(lot.id) if m["type"] == "pick"]
    assert pick[0]["override_by"] == SUPERVISOR[0]
    assert pick[0]["to_code"] == "ICU"


def test_a_wrong_supervisor_pin_is_refused_and_nothing_moves(
    qtbot: QtBot, screen: PickingScreen, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    scan_lot(qtbot, screen, key_clock, clock, LATE_DAYS, "S-LATE")
    screen.override_button.click()
    approve_override(qtbot, screen, SUPERVISOR[0], "9999", "x")
    assert screen.band.tone is Tone.BLOCKED
    assert stock_at(store, SUTURE, "S-LATE", "A-01") == 5
