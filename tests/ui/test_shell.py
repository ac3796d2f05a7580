"""The shell: navigation by role and F-key, status bar, scanner routing."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.permissions import Action
from tests.ui.conftest import FakeClock
from ui.app import FULL_PASS_EVERY, settle_start_up
from ui.main_window import MainWindow
from ui.screen import Screen
from ui.session import Session


class ScanProbe(Screen):
    key = "probe"
    permission = Action.RECEIVE
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.scans: list[str] = []

    def title(self) -> str:
        return "Probe"

    def handle_scan(self, text: str) -> None:
        self.scans.append(text)


class ManagerOnly(Screen):
    key = "manager"
    permission = Action.MANAGE

    def title(self) -> str:
        return "Manage"


class NoScans(Screen):
    """A screen that takes no scans (as the dashboard)."""

    key = "no_scans"
    permission = Action.RECEIVE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)

    def title(self) -> str:
        return "No scans"


def burst(qtbot: QtBot, widget: QWidget, text: str, clock: FakeClock, gap: float) -> None:
    for ch in text:
        if ch == "\r":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(widget, ch)
        clock.advance(gap)


def test_screens_a_role_may_not_use_are_not_shown(qtbot: QtBot, operator_session: Session) -> None:
    window = MainWindow(operator_session, [ScanProbe, ManagerOnly])
    qtbot.addWidget(window)
    assert list(window.screens) == ["probe"]


def test_status_bar_shows_open_warnings_and_that_the_site_is_not_enrolled(
    qtbot: QtBot, operator_session: Session, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=115))  # S-EARLY has 5 days left: critical
    window = MainWindow(operator_session, [ScanProbe])
    qtbot.addWidget(window)
    # The window raises the day's warnings as it opens; the bar counts the open ones.
    qtbot.waitUntil(lambda: window.warnings.text() == "Warnings: 1 · critical 1")
    assert window.sync_status.text.text() == "Sync: not registered with a centre"


def test_a_scanner_burst_reaches_the_screen_and_not_the_focused_field(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    window = MainWindow(operator_session, [ScanProbe], scanner_clock=key_clock)
    qtbot.addWidget(window)
    probe = window.screens["probe"]
    assert isinstance(probe, ScanProbe)
    burst(qtbot, probe.field, "0109506000134352<GS>10ABC\r", key_clock, 0.004)
    assert probe.scans == ["0109506000134352\x1d10ABC"]
    assert probe.field.text() == ""


def test_slow_typing_still_goes_into_the_focused_field(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    window = MainWindow(operator_session, [ScanProbe], scanner_clock=key_clock)
    qtbot.addWidget(window)
    probe = window.screens["probe"]
    assert isinstance(probe, ScanProbe)
    burst(qtbot, probe.field, "12", key_clock, 0.2)
    window.scanner.flush()
    assert probe.field.text() == "12"
    assert probe.scans == []


def test_the_scanner_listens_only_while_a_screen_that_takes_scans_is_on_show(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    """Its application-wide filter costs every event of every widget a Python call."""
    window = MainWindow(operator_session, [NoScans, ScanProbe], scanner_clock=key_clock)
    qtbot.addWidget(window)
    quiet = window.screens["no_scans"]
    assert isinstance(quiet, NoScans)
    assert not window.scanner.listening
    burst(qtbot, quiet.field, "0109506000134352\r", key_clock, 0.004)
    assert quiet.field.text() == "0109506000134352"  # typed straight in, nothing held
    window.show_screen("probe")
    assert window.scanner.listening
    probe = window.screens["probe"]
    assert isinstance(probe, ScanProbe)
    burst(qtbot, probe.field, "0109506000134352<GS>10ABC\r", key_clock, 0.004)
    assert probe.scans == ["0109506000134352\x1d10ABC"]
    window.show_screen("no_scans")
    assert not window.scanner.listening


def test_keys_and_clicks_in_the_window_or_its_dialogs_count_as_activity(
    qtbot: QtBot, operator_session: Session
) -> None:
    """Watched on the windows themselves, as the window system delivers them."""
    window = MainWindow(operator_session, [NoScans])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None

    def activity(press: Callable[[], None]) -> bool:
        operator_session.last_activity = time.monotonic() - 600
        press()
        return time.monotonic() - operator_session.last_activity < 60

    assert activity(lambda: QTest.keyClick(handle, Qt.Key.Key_A))
    assert activity(lambda: QTest.mouseClick(handle, Qt.MouseButton.LeftButton))
    assert not activity(lambda: None)
    dialog = QDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    box = dialog.windowHandle()
    assert box is not None
    assert activity(lambda: QTest.keyClick(box, Qt.Key.Key_B))
    dialog.close()


def test_the_start_up_is_frozen_out_of_the_collector_and_its_full_passes_are_rare() -> None:
    """A full pass on a worker holds the GIL, and the UI thread waits that long."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        settle_start_up()
        assert gc.get_freeze_count() > frozen
        assert gc.get_threshold() == (threshold[0], threshold[1], FULL_PASS_EVERY)
        assert FULL_PASS_EVERY > 10  # CPython's default
    finally:
        gc.set_threshold(*threshold)
        if not frozen:
            gc.unfreeze()
