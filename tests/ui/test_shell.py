"""The shell: navigation by role and F-key, status bar, scanner routing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.permissions import Action
from tests.ui.conftest import FakeClock
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
