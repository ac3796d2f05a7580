"""The same rules from the screens (real widgets offscreen, real store, real writer thread)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.errors import Code
from app.services.alerts import count_open_warnings
from tests.integration.core.store_kit import GAUZE, PINS, World, days, scan
from tests.integration.one_path.staging import EXPIRED, LATE, UNREGISTERED
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screen import Screen
from ui.screens.picking import PickingScreen
from ui.screens.quality import QualityScreen
from ui.screens.receiving import ReceivingScreen
from ui.screens.warnings import WarningsScreen
from ui.session import Session
from ui.sounds import Sounds


@pytest.fixture
def window(qtbot: QtBot, staged: World, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    user, screens = request.param
    session = Session(staged.store, staged.clock, staged.people[user], sounds=Sounds(False))
    win = MainWindow(session, screens)
    qtbot.addWidget(win)
    win.show()
    settle(session)
    yield win
    settle(session)
    session.close()


def settle(session: Session) -> None:
    for _ in range(6):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


def screen_of(window: MainWindow, kind: type[Screen]) -> Screen:
    screen = window.screens[kind.key]
    window.show_screen(kind.key)
    settle(window.session)
    return screen


@pytest.mark.parametrize("window", [("op", [PickingScreen])], indirect=True)
def test_picking_a_later_lot_names_the_fefo_lot_and_its_bin(window: MainWindow) -> None:
    screen = screen_of(window, PickingScreen)
    assert isinstance(screen, PickingScreen)
    screen.department.setCurrentIndex(screen.department.findData("WARD"))
    screen.add_line(GAUZE, 1)
    settle(window.session)
    assert screen.lines[0].suggestion.lot == "G-EARLY"
    assert screen.lines[0].suggestion.location == "A2"
    screen.handle_scan(LATE)
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.NOT_FEFO
    assert "G-EARLY" in screen.band.headline.text() and "A2" in screen.band.detail.text()
    assert screen.override_button.isEnabled()


@pytest.mark.parametrize("window", [("op", [PickingScreen])], indirect=True)
def test_a_scan_with_no_pick_list_line_adds_one_and_picks(window: MainWindow) -> None:
    screen = screen_of(window, PickingScreen)
    assert isinstance(screen, PickingScreen)
    screen.department.setCurrentIndex(screen.department.findData("WARD"))
    screen.handle_scan(scan(GAUZE, "G-EARLY", days(100)))
    settle(window.session)
    assert len(screen.lines) == 1 and screen.lines[0].picked_lot == "G-EARLY"
    assert screen.band.tone is Tone.OK


@pytest.mark.parametrize("window", [("op", [PickingScreen])], indirect=True)
def test_an_unregistered_device_cannot_be_picked_from_the_screen(window: MainWindow) -> None:
    screen = screen_of(window, PickingScreen)
    assert isinstance(screen, PickingScreen)
    screen.handle_scan(UNREGISTERED)
    settle(window.session)
    # No usable stock anywhere: the line says so and nothing was issued.
    assert screen.lines and screen.lines[0].suggestion.lot is None
    assert screen.band.tone in (Tone.IDLE, Tone.BLOCKED)


@pytest.mark.parametrize("window", [("op", [ReceivingScreen])], indirect=True)
def test_receiving_a_label_without_its_expiry_creates_no_lot(
    window: MainWindow, staged: World
) -> None:
    screen = screen_of(window, ReceivingScreen)
    assert isinstance(screen, ReceivingScreen)
    lots = staged.count("lots")
    screen.handle_scan(scan(GAUZE, "G-NOEXP"))
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.INCOMPLETE_SCAN
    assert staged.count("lots") == lots


@pytest.mark.parametrize("window", [("op", [ReceivingScreen])], indirect=True)
def test_an_unreadable_barcode_clears_the_previous_scans_details(window: MainWindow) -> None:
    screen = screen_of(window, ReceivingScreen)
    assert isinstance(screen, ReceivingScreen)
    screen.handle_scan(scan(GAUZE, "G-NEW", days(300)))
    settle(window.session)
    assert screen.details.lot.text() == "G-NEW"
    screen.handle_scan("01123")
    settle(window.session)
    assert screen.details.lot.text() == "—" and screen.details.item.text() == "—"
    assert screen.band.tone is Tone.BLOCKED


@pytest.mark.parametrize("window", [("op", [PickingScreen])], indirect=True)
def test_a_label_mismatch_says_which_field_differs(window: MainWindow) -> None:
    screen = screen_of(window, PickingScreen)
    assert isinstance(screen, PickingScreen)
    screen.department.setCurrentIndex(screen.department.findData("WARD"))
    screen.add_line(GAUZE, 1)
    settle(window.session)
    screen.handle_scan(scan(GAUZE, "G-EARLY", days(130)))
    settle(window.session)
    assert screen.last_outcome is not None
    assert screen.last_outcome.result.code is Code.DATA_MISMATCH
    assert days(130).isoformat() in screen.band.detail.text()
    assert days(100).isoformat() in screen.band.detail.text()
    assert screen.details.expiry.property("level") == "mismatch"


@pytest.mark.parametrize("window", [("sup", [QualityScreen])], indirect=True)
def test_writing_off_expired_stock_on_screen_needs_a_second_supervisor(
    window: MainWindow, staged: World, tmp_path: Path
) -> None:
    screen = screen_of(window, QualityScreen)
    assert isinstance(screen, QualityScreen)
    screen.handle_scan(EXPIRED)
    settle(window.session)
    assert screen.lot is not None and screen.lot.lot == "S-OLD"
    photo = tmp_path / "destroyed.png"
    photo.write_bytes(b"\x89PNG evidence of destruction")

    def write_off(second: str | None) -> None:
        screen.act("dispose")
        dialog = screen.dialog
        assert dialog is not None
        dialog.set_evidence(photo)  # type: ignore[attr-defined]
        if second:
            dialog.second_user.setText(second)  # type: ignore[attr-defined]
            dialog.second_pin.setText(PINS[second])  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]
        settle(window.session)

    write_off(None)
    assert screen.band.tone is Tone.BLOCKED
    assert staged.qty(EXPIRED[2:16], "S-OLD", "A1") == 3
    screen.handle_scan(EXPIRED)
    settle(window.session)
    write_off("sup2")
    assert screen.band.tone is Tone.OK, screen.band.headline.text()
    assert staged.qty(EXPIRED[2:16], "S-OLD", "A1") == 0
    (stored,) = staged.sql("SELECT file_name, recall_id FROM evidence")
    assert stored == ("destroyed.png", None)


@pytest.mark.parametrize("window", [("op", [QualityScreen])], indirect=True)
def test_an_operator_sees_no_release_disposal_or_registration_buttons(window: MainWindow) -> None:
    screen = screen_of(window, QualityScreen)
    assert isinstance(screen, QualityScreen)
    hidden = ("release", "qc_release", "qc_reject", "dispose", "return_to_supplier", "confirm_item")
    assert all(not screen.buttons[name].isVisibleTo(screen) for name in hidden)
    assert screen.buttons["quarantine"].isVisibleTo(screen)


@pytest.mark.parametrize("window", [("op", [WarningsScreen])], indirect=True)
def test_the_status_bar_counts_exactly_the_warnings_the_list_shows(
    window: MainWindow, staged: World
) -> None:
    screen = screen_of(window, WarningsScreen)
    assert isinstance(screen, WarningsScreen)
    settle(window.session)
    total = count_open_warnings(staged.store.uow(read_only=True))
    assert total > 0  # the device raised the day's alerts when the window opened
    assert screen.model.rowCount() == total == window.warnings.total


@pytest.mark.parametrize("window", [("op", [PickingScreen])], indirect=True)
def test_a_failing_write_shows_a_red_band_instead_of_vanishing(
    window: MainWindow, staged: World
) -> None:
    screen = screen_of(window, PickingScreen)
    assert isinstance(screen, PickingScreen)
    staged.write("DROP TABLE audit")  # the store broken behind the app's back
    screen.handle_scan(scan(GAUZE, "G-EARLY", days(100)))
    settle(window.session)
    assert screen.band.tone is Tone.BLOCKED
    assert "Traceback" not in screen.band.headline.text() + screen.band.detail.text()
