"""STORAGE_MISMATCH from the screens: real widgets offscreen, the real writer thread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.errors import Code
from app.services.commands import SaveLoggerMapping
from tests.integration.cold_chain.kit import EXPIRY, MAPPING, cold_store, write_csv
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


def test_a_transport_log_attached_on_the_receiving_screen_holds_the_delivery(
    window: MainWindow, world: World
) -> None:
    from tests.integration.cold_chain.kit import FRIDGE_FILE

    screen = shown(window, ReceivingScreen)
    assert isinstance(screen, ReceivingScreen)
    screen.location.setCurrentIndex(screen.location.findData("FRIDGE"))
    screen.reference.setText("DN-TRUCK-9")
    screen.attach_transport_log(FRIDGE_FILE)  # its run has 45 minutes at 9.5 °C
    assert screen.attached.text() == FRIDGE_FILE.name
    screen.handle_scan(scan(GAUZE, "G-TRUCK", EXPIRY))
    settle(window.session)
    assert screen.last_outcome is not None and screen.last_outcome.result.ok
    assert world.lot(GAUZE, "G-TRUCK")["hold_reason"] == "TEMPERATURE_EXCURSION"
    assert "质量" in screen.band.detail.text() or "QA" in screen.band.detail.text()
    (delivery,) = world.sql("SELECT DISTINCT delivery FROM excursions")
    assert delivery == ("DN-TRUCK-9",)


def test_a_csv_transport_log_is_attached_through_a_saved_column_mapping(
    window: MainWindow, world: World, tmp_path: Path
) -> None:
    assert world.run(world.people["sup"], SaveLoggerMapping("truck-csv", MAPPING)).ok
    # The truck's run: 5 °C, then an hour at 9.6 °C (over the 30 minutes 冷藏 allows above).
    log = write_csv(tmp_path / "truck.csv", datetime(2024, 6, 20, 6), [5.0] * 6 + [9.6] * 12)
    screen = shown(window, ReceivingScreen)
    assert isinstance(screen, ReceivingScreen)
    screen.location.setCurrentIndex(screen.location.findData("FRIDGE"))
    screen.reference.setText("DN-CSV-1")
    screen.attach_transport_log(log)

    # No mapping chosen: a table is refused before anything is written.
    screen.handle_scan(scan(GAUZE, "G-CSV", EXPIRY))
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.BAD_LOGGER_FILE
    assert screen.last_outcome.result.detail["logger_code"] == "LOGGER_NO_MAPPING"
    assert world.sql("SELECT count(*) FROM lots WHERE lot='G-CSV'") == [(0,)]

    chosen = screen.transport_mapping.findData("truck-csv")
    assert chosen > 0  # the saved mappings are offered
    screen.transport_mapping.setCurrentIndex(chosen)
    screen.handle_scan(scan(GAUZE, "G-CSV", EXPIRY))
    settle(window.session)
    assert screen.last_outcome.result.ok, screen.last_outcome.result
    assert world.lot(GAUZE, "G-CSV")["hold_reason"] == "TEMPERATURE_EXCURSION"
    (row,) = world.sql("SELECT delivery, minutes FROM excursions")
    assert row == ("DN-CSV-1", 60.0)
    assert world.sql("SELECT file_name FROM climate_files") == [("truck.csv",)]
