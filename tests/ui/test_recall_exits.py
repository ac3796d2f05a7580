"""Recalled stock leaves quarantine from the screen: a disposal only with a photo or scan
as evidence, a return to the supplier whose note prints; evidence attached to the case;
a refused close says why in words; a drill's report shows its timings."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.services.bus import execute
from app.services.commands import CarryOutRecall, CreateRecall, MarkDepartmentsNotified
from tests.kit import People, command
from tests.ui.conftest import FakeClock
from tests.ui.operator import scanner_burst, stock_at
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import PINS, QA, SUPERVISOR, SUTURE, gs1
from ui.dialogs.drill_report import DrillReportDialog
from ui.dialogs.print_preview import PrintDialog
from ui.dialogs.qa_sign_off import QaSignOffDialog
from ui.main_window import MainWindow
from ui.screens.recalls import RecallsScreen
from ui.session import Session
from ui.widgets.device_settings import PrinterSettings, save_printer


def _recall_in_quarantine(session: Session, clock: FixedClock, drill: bool = False) -> str:
    """S-EARLY recalled; three went to the ICU, the shelf's seven are collected into QUAR."""
    scan = gs1(SUTURE, clock.today() + timedelta(days=120), "S-EARLY")
    supervisor = People(session.store, clock, PINS)[SUPERVISOR[0]]
    pick = command("pick", scan, qty=3, location="A-01", to="ICU")
    picked = execute(session.store.uow(), clock, supervisor, pick)
    assert picked.ok, picked
    new = NewRecall(RecallScope(SUTURE, ScopeKind.LOTS, lots=("S-EARLY",)), 2, "seal", drill=drill)
    created = execute(session.store.uow(), clock, supervisor, CreateRecall(new))
    assert created.ok, created
    recall_id: str = created.detail["recall_id"]
    if not drill:
        into_quarantine = command("move", scan, qty=7, location="A-01", to="QUAR")
        step = CarryOutRecall(recall_id, into_quarantine)
        moved = execute(session.store.uow(), clock, supervisor, step)
        assert moved.ok, moved
    return recall_id


def _open_case(
    qtbot: QtBot, session: Session, key_clock: FakeClock
) -> tuple[MainWindow, RecallsScreen]:
    window, screen = open_screen(qtbot, session, RecallsScreen, key_clock)
    screen.table.selectRow(0)
    settle(session)
    return window, screen


def _answer_file_dialog(path: Path | None) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    if path is None:
        dialog.reject()
    else:
        dialog.selectFile(str(path))
        dialog.accept()


def _sql(session: Session, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(session.store.path)) as db:
        return db.execute(query).fetchall()


def _printed_text(folder: Path, pattern: str) -> str:
    """The text of the one PDF printed into `folder` under `pattern`."""
    (pdf,) = folder.glob(pattern)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_disposal_without_evidence_is_refused_and_with_a_photo_records_its_sha256(
    qtbot: QtBot,
    supervisor_session: Session,
    key_clock: FakeClock,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    session = supervisor_session
    recall_id = _recall_in_quarantine(session, clock)
    window, screen = _open_case(qtbot, session, key_clock)
    screen.case.tabs.setCurrentWidget(screen.exits)
    assert screen.exits.table.texts(0) == ["S-EARLY"] and screen.exits.table.texts(4) == ["7"]

    # The lot is chosen by scanning its label on this tab; nothing moves yet.
    scanner_burst(qtbot, window, key_clock, gs1(SUTURE, clock.today() + timedelta(120), "S-EARLY"))
    settle(session)
    assert [r["lot"] for r in screen.exits.selected()] == ["S-EARLY"]
    assert stock_at(session.store, SUTURE, "S-EARLY", "QUAR") == 7
    screen.exits.quantity.setValue(4)
    screen.exits.how.setText("incinerated by the contractor")
    movements = _sql(session, "SELECT count(*) FROM movements")

    QTimer.singleShot(0, lambda: _answer_file_dialog(None))
    screen.exits.dispose_button.click()
    settle(session)
    assert screen.band.tone.value == "blocked"
    assert screen.band.headline.text() == "A disposal needs a photo or scan as evidence"
    assert _sql(session, "SELECT count(*) FROM movements") == movements
    assert _sql(session, "SELECT count(*) FROM evidence") == [(0,)]
    assert stock_at(session.store, SUTURE, "S-EARLY", "QUAR") == 7

    photo = tmp_path / "ashes.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 incinerator receipt")
    QTimer.singleShot(0, lambda: _answer_file_dialog(photo))
    screen.exits.dispose_button.click()
    settle(session)
    assert screen.band.tone.value == "ok", screen.band.detail.text()
    assert screen.band.headline.text() == "4 unit(s) disposed of, with evidence"
    assert stock_at(session.store, SUTURE, "S-EARLY", "QUAR") == 3
    (moved,) = _sql(
        session, "SELECT id, quantity, reference, reason FROM movements WHERE type = 'dispose'"
    )
    assert moved[1:] == (4, recall_id, "incinerated by the contractor")
    (evidence,) = _sql(session, "SELECT movement_id, file_name, sha256 FROM evidence")
    assert evidence == (moved[0], "ashes.jpg", hashlib.sha256(photo.read_bytes()).hexdigest())
    assert screen.evidence.table.texts(0) == ["ashes.jpg"]
    assert screen.exits.table.texts(4) == ["3"]


def test_a_return_to_supplier_ships_the_quarantined_lot_and_its_note_prints_the_lot(
    qtbot: QtBot,
    supervisor_session: Session,
    key_clock: FakeClock,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    session = supervisor_session
    save_printer(PrinterSettings(folder=str(tmp_path / "out")))
    recall_id = _recall_in_quarantine(session, clock)
    _, screen = _open_case(qtbot, session, key_clock)
    screen.case.tabs.setCurrentWidget(screen.exits)
    screen.exits.table.selectRow(0)
    assert screen.exits.ship_button.isEnabled()

    screen.exits.ship_button.click()
    settle(session)
    assert screen.band.headline.text() == "Enter the supplier's return reference first"
    assert stock_at(session.store, SUTURE, "S-EARLY", "QUAR") == 7

    screen.exits.reference.setText("RMA-7781")
    screen.exits.ship_button.click()
    settle(session)
    assert screen.band.tone.value == "ok", screen.band.detail.text()
    assert screen.band.headline.text() == "7 unit(s) shipped back to the supplier"
    assert stock_at(session.store, SUTURE, "S-EARLY", "QUAR") == 0
    assert _sql(
        session,
        "SELECT quantity, reference, reason FROM movements WHERE type = 'return_to_supplier'",
    ) == [(7, recall_id, "RMA-7781")]
    assert screen.exits.table.rowCount() == 0
    assert screen.case.progress.value() == 7

    dialog = screen.findChild(PrintDialog)
    assert dialog is not None and dialog.windowTitle() == f"Return note {recall_id}"
    settle(session)
    assert dialog.prepared is not None
    dialog.print_button.click()
    settle(session)
    text = _printed_text(tmp_path / "out", f"return-note-{recall_id}-*.pdf")
    assert "S-EARLY" in text and recall_id in text and "RMA-7781" in text


def test_evidence_attached_to_the_case_is_listed_with_its_lot_and_sha256(
    qtbot: QtBot,
    supervisor_session: Session,
    key_clock: FakeClock,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    session = supervisor_session
    recall_id = _recall_in_quarantine(session, clock)
    _, screen = _open_case(qtbot, session, key_clock)
    screen.case.tabs.setCurrentWidget(screen.evidence)
    scan = tmp_path / "icu-confirmation.pdf"
    scan.write_bytes(b"%PDF-1.4 ICU signed the notice")
    screen.evidence.lot.setCurrentIndex(screen.evidence.lot.findText("S-EARLY"))
    screen.evidence.note.setText("ICU head nurse signed the notice")

    QTimer.singleShot(0, lambda: _answer_file_dialog(scan))
    screen.evidence.attach_button.click()
    settle(session)

    assert screen.band.tone.value == "ok", screen.band.detail.text()
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert _sql(session, "SELECT recall_id, file_name, sha256, note FROM evidence") == [
        (recall_id, "icu-confirmation.pdf", digest, "ICU head nurse signed the notice")
    ]
    stored = Path(str(_sql(session, "SELECT stored_as FROM evidence")[0][0]))
    assert stored.read_bytes() == scan.read_bytes()
    assert screen.evidence.table.texts(1) == ["S-EARLY"]
    assert screen.evidence.table.texts(5) == [digest[:16]]


def test_a_close_with_a_wrong_pin_says_so_in_words_and_the_case_stays_open(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    session = supervisor_session
    recall_id = _recall_in_quarantine(session, clock)
    _, screen = _open_case(qtbot, session, key_clock)

    def sign_off() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QaSignOffDialog)
        dialog.user.setText(QA[0])
        dialog.pin.setText("999999")
        dialog.accept()

    QTimer.singleShot(0, sign_off)
    screen.close_button.click()
    settle(session)
    assert screen.band.tone.value == "blocked"
    assert screen.band.headline.text() == "Wrong user name or PIN"
    assert _sql(session, f"SELECT status FROM recalls WHERE id = '{recall_id}'") != [("closed",)]


def test_a_drill_report_shows_issue_lock_and_notice_times_and_prints_the_close_out(
    qtbot: QtBot,
    supervisor_session: Session,
    key_clock: FakeClock,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    session = supervisor_session
    save_printer(PrinterSettings(folder=str(tmp_path / "out")))
    recall_id = _recall_in_quarantine(session, clock, drill=True)
    later = FixedClock(clock.now() + timedelta(minutes=95))
    notified = MarkDepartmentsNotified(recall_id, ["ICU"])
    assert execute(session.store.uow(), later, session.actor, notified).ok
    _, screen = _open_case(qtbot, session, key_clock)
    assert screen.drill_button.isEnabled()

    screen.drill_button.click()
    dialog = screen.findChild(DrillReportDialog)
    assert dialog is not None
    steps = dict(zip(dialog.timings.texts(0), dialog.timings.texts(2), strict=True))
    assert steps["Issued"] == "0 min" and steps["Lots locked here"] == "0 min"
    assert steps["Department ICU notified"] == "1 h 35 min"
    assert steps["Every unit accounted for"] == ""
    assert "Departments notified: 1 of 1, the last 1 h 35 min after issue." in (
        dialog.summary.text()
    )

    dialog.print_button.click()
    printing = screen.findChild(PrintDialog)
    assert printing is not None
    settle(session)
    printing.print_button.click()
    settle(session)
    text = _printed_text(tmp_path / "out", f"close-out-{recall_id}-*.pdf")
    assert recall_id in text and "Notified ICU" in text
