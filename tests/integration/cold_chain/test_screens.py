"""STORAGE_MISMATCH from the screens: real widgets offscreen, the real writer thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.errors import Code
from tests.integration.cold_chain.kit import EXPIRY, cold_store
from tests.integration.core.store_kit import GAUZE, PINS, World, scan
from ui.dialogs.override import OverrideDialog
from ui.main_window import MainWindow
from ui.screen import Screen
from ui.screens.put_away import PutAwayScreen
from ui.screens.receiving import ReceivingScreen
from ui.session import Session
from ui.sounds import Sounds


def settle(session: Session) -> None:
    for _ in range(6):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot: QtBot, world: World) -> Iterator[MainWindow]:
    cold_store(world)
    world.receive(GAUZE, "G-DOCK", EXPIRY, 3)
    session = Session(world.store, world.clock, world.people["op"], sounds=Sounds(False))
    win = MainWindow(session, [ReceivingScreen, PutAwayScreen])
    qtbot.addWidget(win)
    win.show()
    settle(session)
    yield win
    settle(session)
    session.close()


def shown(window: MainWindow, kind: type[Screen]) -> Screen:
    window.show_screen(kind.key)
    settle(window.session)
    return window.screens[kind.key]


def sign(dialog: OverrideDialog, window: MainWindow) -> None:
    dialog.supervisor.setText("sup")
    dialog.pin.setText(PINS["sup"])
    dialog.reason.setText("fridge defrost, 2 h")
    dialog.accept()
    settle(window.session)


def test_receiving_onto_a_warm_shelf_asks_a_supervisor_and_then_receives(
    window: MainWindow, world: World
) -> None:
    screen = shown(window, ReceivingScreen)
    assert isinstance(screen, ReceivingScreen)
    screen.location.setCurrentIndex(screen.location.findData("WARM"))
    screen.handle_scan(scan(GAUZE, "G-WARM", EXPIRY))
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.STORAGE_MISMATCH
    assert "WARM" in screen.band.headline.text() and "常温" in screen.band.headline.text()
    assert world.sql("SELECT count(*) FROM lots WHERE lot='G-WARM'") == [(0,)]
    assert isinstance(screen.dialog, OverrideDialog)
    sign(screen.dialog, window)
    assert screen.last_outcome.result.ok
    (row,) = world.sql("SELECT override_by, override_reason FROM movements WHERE type='receive' "
                       "AND lot_id=(SELECT id FROM lots WHERE lot='G-WARM')")  # fmt: skip
    assert row == ("sup", "fridge defrost, 2 h")


def test_putting_a_cold_item_away_in_the_cool_room_is_refused_on_the_screen(
    window: MainWindow, world: World
) -> None:
    screen = shown(window, PutAwayScreen)
    assert isinstance(screen, PutAwayScreen)
    screen.source.setCurrentIndex(screen.source.findData("RCV"))
    screen.target.setCurrentIndex(screen.target.findData("COOL"))
    screen.quantity.setValue(1)
    screen.handle_scan(scan(GAUZE, "G-DOCK", EXPIRY))
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.STORAGE_MISMATCH
    assert world.qty(GAUZE, "G-DOCK", "COOL") == 0
    assert isinstance(screen.dialog, OverrideDialog)
    sign(screen.dialog, window)
    assert screen.last_outcome.result.ok
    assert world.qty(GAUZE, "G-DOCK", "COOL") == 1
