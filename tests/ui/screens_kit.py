"""Opening one of the stock/warnings/QC/count/settings screens in a real window."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakeClock
from ui.main_window import MainWindow
from ui.screen import Screen
from ui.session import Session

S = TypeVar("S", bound=Screen)


def open_screen(
    qtbot: QtBot, session: Session, screen_class: type[S], key_clock: FakeClock
) -> tuple[MainWindow, S]:
    window = MainWindow(session, [screen_class], scanner_clock=key_clock)
    qtbot.addWidget(window)
    window.show()
    screen = window.screens[screen_class.key]
    assert isinstance(screen, screen_class)
    settle(session)
    return window, screen


def settle(session: Session) -> None:
    """Let queued reads and writes deliver (and the reads they start)."""
    for _ in range(5):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()
