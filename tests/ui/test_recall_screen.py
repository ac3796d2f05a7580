"""Recalls: opened from the screen it blocks its lots; returns are scanned into the case;
closing is refused with the problems shown until every unit is accounted for."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.model import Hold
from app.services.bus import execute
from app.services.recall_trace import recall_trace
from tests.kit import People, command
from tests.ui.conftest import FakeClock
from tests.ui.operator import scanner_burst
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import PINS, QA, SUPERVISOR, SUTURE, gs1
from ui.dialogs.new_recall import NewRecallDialog
from ui.dialogs.qa_sign_off import QaSignOffDialog
from ui.screens.recalls import RecallsScreen
from ui.session import Session


def _issue_three_to_icu(session: Session, clock: FixedClock) -> str:
    """Three of S-EARLY go to the ICU. Returns the lot's scan."""
    scan = gs1(SUTURE, clock.today() + timedelta(days=120), "S-EARLY")
    supervisor = People(session.store, clock, PINS)[SUPERVISOR[0]]
    pick = command("pick", scan, qty=3, location="A-01", to="ICU")
    picked = execute(session.store.uow(), clock, supervisor, pick)
    assert picked.ok, picked
    return scan


def _sign_off(user: str, pin: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QaSignOffDialog)
    dialog.user.setText(user)
    dialog.pin.setText(pin)
    dialog.accept()


def test_a_recall_is_opened_worked_by_scans_and_closes_only_when_accounted_for(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    session = supervisor_session
    scan = _issue_three_to_icu(session, clock)
    window, screen = open_screen(qtbot, session, RecallsScreen, key_clock)
    assert screen.recalls == []

    screen.new_button.click()
    dialog = screen.findChild(NewRecallDialog)
    assert dialog is not None
    dialog.gtin.setText(SUTURE)
    dialog.lots.setText("S-EARLY")
    dialog.reason.setText("seal defect")
    dialog.pin.setText(SUPERVISOR[1])
    dialog.accept()
    settle(session)
    assert "1 lot(s) blocked" in screen.band.headline.text()
    with session.store.uow(read_only=True) as uow:
        lot = uow.lots.get(SUTURE, "S-EARLY")
        late = uow.lots.get(SUTURE, "S-LATE")
    assert lot is not None and lot.hold is Hold.RECALL
    assert late is not None and late.hold is not Hold.RECALL
    assert len(screen.recalls) == 1

    screen.table.selectRow(0)
    settle(session)
    recall_id = screen.recalls[0]["id"]
    assert screen.case.progress.maximum() == 10 and screen.case.progress.value() == 0
    kinds = [(t["kind"], t["location"]) for t in screen.tasks.tasks]
    assert kinds == [("department", "ICU"), ("location", "A-01")]

    # The ICU is told, then sends two back: scanned into quarantine against the case.
    screen.tasks.table.selectRow(0)
    screen.tasks.notify_button.click()
    settle(session)
    assert screen.tasks.table.texts(6)[0] != "—"
    screen.tasks.quantity.setValue(2)
    scanner_burst(qtbot, window, key_clock, scan)
    settle(session)
    assert screen.band.tone.value == "ok", screen.band.headline.text()
    trace = recall_trace(session.store.uow(read_only=True), recall_id)
    (returned,) = trace["lots"][0]["returned"]
    assert returned["reference"] == recall_id and returned["quantity"] == 2
    assert returned["into"] == "QUAR"
    assert screen.case.progress.value() == 2

    # Seven still on the shelf, one out: QA's close is refused, the problems in words.
    QTimer.singleShot(0, lambda: _sign_off(*QA[:2]))
    screen.close_button.click()
    settle(session)
    assert screen.band.headline.text() == "Units are still unaccounted for"
    assert "Lot S-EARLY: 8 of 10 unaccounted (7 on shelves, 1 out in departments)" in (
        screen.band.detail.text()
    )
    assert recall_trace(session.store.uow(read_only=True), recall_id)["recall"]["status"] != (
        "closed"
    )

    # The shelf's seven are collected by scan, the last one documented as used on a patient.
    screen.tasks.table.selectRow(1)
    screen.tasks.quantity.setValue(7)
    scanner_burst(qtbot, window, key_clock, scan)
    settle(session)
    assert screen.band.tone.value == "ok", screen.band.headline.text()
    screen.accounts.department.setCurrentIndex(screen.accounts.department.findData("ICU"))
    screen.accounts.reason.setText("patient 0042, theatre 3")
    screen.accounts.record_button.click()
    settle(session)
    assert screen.band.tone.value == "ok", screen.band.headline.text()

    QTimer.singleShot(0, lambda: _sign_off(*QA[:2]))
    screen.close_button.click()
    settle(session)
    assert screen.band.headline.text() == f"Recall {recall_id} closed"
    trace = recall_trace(session.store.uow(read_only=True), recall_id)
    assert trace["recall"]["status"] == "closed" and trace["recall"]["closed_by"] == "qa1"
    assert trace["progress"] == {"recovered": 9, "affected": 10, "documented": 1, "unaccounted": 0}
    assert not screen.close_button.isEnabled()
