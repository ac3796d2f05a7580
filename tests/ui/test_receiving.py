"""Receiving, driven by scanner bursts and typing; the database is checked after."""

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
from tests.ui.store_builder import SUPERVISOR, SUTURE, UNKNOWN, gs1
from ui.dialogs.item_name import ItemNameDialog
from ui.dialogs.override import OverrideDialog
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.receiving import ReceivingScreen
from ui.session import Session


@pytest.fixture
def window(qtbot: QtBot, operator_session: Session, key_clock: FakeClock) -> MainWindow:
    win = MainWindow(operator_session, [ReceivingScreen], scanner_clock=key_clock)
    qtbot.addWidget(win)
    win.show()
    operator_session.tasks.wait_idle()
    return win


def screen_of(window: MainWindow) -> ReceivingScreen:
    screen = window.screens["receiving"]
    assert isinstance(screen, ReceivingScreen)
    return screen


def test_a_scan_receives_the_lot_into_the_chosen_location(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    screen = screen_of(window)
    screen.location.setCurrentIndex(screen.location.findData("B-02"))
    expiry = clock.today() + timedelta(days=200)
    with band_change(qtbot, screen):
        scanner_burst(qtbot, window, key_clock, gs1(SUTURE, expiry, "NEW-7", qty=12))
    assert screen.band.tone is Tone.OK
    assert "NEW-7" in screen.band.headline.text()
    assert "200" in screen.details.expiry.text()
    assert screen.details.item.text() in ("Suture kit", "缝合包")
    assert stock_at(store, SUTURE, "NEW-7", "B-02") == 12


def test_typed_quantity_and_delivery_note_go_with_the_scan(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    screen = screen_of(window)
    screen.quantity.setFocus()
    screen.quantity.lineEdit().selectAll()
    type_slowly(qtbot, window, key_clock, screen.quantity.lineEdit(), "7")
    type_slowly(qtbot, window, key_clock, screen.reference, "DN-1")
    assert (screen.quantity.value(), screen.reference.text()) == (7, "DN-1")
    with band_change(qtbot, screen):
        scanner_burst(
            qtbot, window, key_clock, gs1(SUTURE, clock.today() + timedelta(days=90), "T-1")
        )
    assert screen.band.tone is Tone.OK
    assert stock_at(store, SUTURE, "T-1", "RECV") == 7
    with store.uow(read_only=True) as uow:
        lot = uow.lots.get(SUTURE, "T-1")
        assert lot is not None and lot.id is not None
        assert uow.movements.for_lot(lot.id)[0]["reference"] == "DN-1"


def test_a_pack_of_two_symbols_waits_for_the_lot_then_receives(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    screen = screen_of(window)
    expiry = clock.today() + timedelta(days=300)
    scanner_burst(qtbot, window, key_clock, f"17{expiry:%y%m%d}10PACK-2")
    assert screen.band.tone is Tone.DECIDE
    assert screen.pack.waiting
    key_clock.advance(1.0)
    with band_change(qtbot, screen):
        scanner_burst(qtbot, window, key_clock, f"01{SUTURE}")
    assert screen.band.tone is Tone.OK
    assert stock_at(store, SUTURE, "PACK-2", "RECV") == 1


def test_a_short_dated_lot_waits_for_a_supervisor_without_losing_the_scan(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    screen = screen_of(window)
    with band_change(qtbot, screen):
        scanner_burst(
            qtbot, window, key_clock, gs1(SUTURE, clock.today() + timedelta(days=10), "SHORT")
        )
    assert screen.band.tone is Tone.DECIDE
    assert stock_at(store, SUTURE, "SHORT", "RECV") == 0
    assert isinstance(screen.dialog, OverrideDialog) and screen.dialog.isVisible()
    approve_override(qtbot, screen, *SUPERVISOR[:2], "ward needs it this week")
    assert screen.band.tone is Tone.OK
    assert SUPERVISOR[0] in screen.band.detail.text()
    assert stock_at(store, SUTURE, "SHORT", "RECV") == 1


def test_an_unknown_item_is_named_and_then_received(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock, store: Store, clock: FixedClock
) -> None:
    screen = screen_of(window)
    with band_change(qtbot, screen):
        scanner_burst(
            qtbot, window, key_clock, gs1(UNKNOWN, clock.today() + timedelta(days=365), "U-1")
        )
    assert screen.band.tone is Tone.DECIDE
    dialog = screen.dialog
    assert isinstance(dialog, ItemNameDialog)
    dialog.name.setText("Wound dressing")
    with band_change(qtbot, screen):
        dialog.accept()
    assert screen.band.tone is Tone.OK
    assert stock_at(store, UNKNOWN, "U-1", "RECV") == 1
    with store.uow(read_only=True) as uow:
        item = uow.items.get(UNKNOWN)
    assert item is not None and item.name == "Wound dressing" and item.provisional


def test_an_unreadable_scan_is_refused_in_red(
    qtbot: QtBot, window: MainWindow, key_clock: FakeClock
) -> None:
    screen = screen_of(window)
    with band_change(qtbot, screen):
        scanner_burst(qtbot, window, key_clock, "HELLO-WORLD")
    assert screen.band.tone is Tone.BLOCKED
