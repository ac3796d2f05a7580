"""QC & quarantine: a scanned lot goes on hold into the cage and comes back off it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.trace import lot_trace
from tests.ui.conftest import FakeClock
from tests.ui.operator import scanner_burst
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import GLOVES, gs1
from ui.dialogs.print_preview import PrintDialog
from ui.reasons import Tone
from ui.screens.quality import QualityScreen
from ui.session import Session


def test_hold_with_move_to_quarantine_then_release_changes_the_lot(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    window, screen = open_screen(qtbot, supervisor_session, QualityScreen, key_clock)
    scanner_burst(qtbot, window, key_clock, gs1(GLOVES, clock.today() + timedelta(300), "G-1"))
    settle(supervisor_session)
    assert screen.lot is not None and screen.lot.lot == "G-1"
    screen.reason.setText("torn packaging")
    screen.move.setChecked(True)
    screen.source.setCurrentIndex(screen.source.findData("A-01"))
    screen.target.setCurrentIndex(screen.target.findData("QUAR"))
    screen.buttons["quarantine"].click()
    settle(supervisor_session)
    assert screen.band.tone is Tone.OK
    trace = lot_trace(supervisor_session.store.uow(read_only=True), GLOVES, "G-1")
    assert trace["lot"]["hold"] == "quarantine"
    assert trace["lot"]["hold_reason"] == "torn packaging"
    assert [(s["location"], s["quantity"]) for s in trace["stock"]] == [("QUAR", 50)]
    assert screen.print_button.isEnabled()
    screen.print_button.click()
    dialog = screen.findChild(PrintDialog)
    assert dialog is not None
    settle(supervisor_session)
    assert dialog.prepared is not None
    dialog.close()

    screen.reason.setText("checked, fine")
    screen.move.setChecked(False)
    screen.buttons["release"].click()
    settle(supervisor_session)
    trace = lot_trace(supervisor_session.store.uow(read_only=True), GLOVES, "G-1")
    assert trace["lot"]["hold"] == "none"


def test_a_hold_without_a_reason_is_refused_and_changes_nothing(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    _, screen = open_screen(qtbot, operator_session, QualityScreen, key_clock)
    assert not screen.buttons["qc_release"].isVisibleTo(screen)  # operators may not release
    screen.find.setText("G-1")
    screen.search()
    settle(operator_session)
    screen.buttons["quarantine"].click()
    settle(operator_session)
    assert screen.band.tone is Tone.BLOCKED
    trace = lot_trace(operator_session.store.uow(read_only=True), GLOVES, "G-1")
    assert trace["lot"]["hold"] == "none"
