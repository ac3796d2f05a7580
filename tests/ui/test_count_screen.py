"""Stock count: a variance waits; a supervisor's PIN books it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.counting import pending_counts
from app.services.trace import lot_trace
from tests.ui.conftest import FakeClock
from tests.ui.operator import scanner_burst
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import GLOVES, SUPERVISOR, gs1
from ui.reasons import Tone
from ui.screens.counting import CountScreen
from ui.session import Session


def test_a_variance_waits_for_approval_and_the_supervisor_books_it(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    window, screen = open_screen(qtbot, operator_session, CountScreen, key_clock)
    scanner_burst(qtbot, window, key_clock, "A-01")
    assert screen.location.currentData() == "A-01"
    scanner_burst(qtbot, window, key_clock, gs1(GLOVES, clock.today() + timedelta(300), "G-1"))
    assert screen.record_button.isEnabled()
    screen.qty.setValue(47)
    screen.record_button.click()
    settle(operator_session)
    assert screen.band.tone is Tone.DECIDE and "-3" in screen.band.headline.text()
    uow = operator_session.store.uow(read_only=True)
    (pending,) = pending_counts(uow)
    assert pending["variance"] == -3
    assert lot_trace(operator_session.store.uow(read_only=True), GLOVES, "G-1")["on_hand"] == 50
    assert screen.table.rowCount() == 1

    screen.table.selectRow(0)
    dialog = screen.approve_selected()
    assert dialog is not None
    dialog.supervisor.setText(SUPERVISOR[0])
    dialog.pin.setText(SUPERVISOR[1])
    dialog.accept()
    settle(operator_session)
    assert screen.band.tone is Tone.OK
    assert pending_counts(operator_session.store.uow(read_only=True)) == []
    assert lot_trace(operator_session.store.uow(read_only=True), GLOVES, "G-1")["on_hand"] == 47
