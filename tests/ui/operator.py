"""Driving the window as an operator does: scanner bursts and slow typing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.adapters.store import Store
from tests.ui.conftest import FakeClock
from ui.dialogs.override import OverrideDialog
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.scan_screen import ScanScreen

SCANNER_GAP = 0.004  # a USB scanner types a key every few ms
PERSON_GAP = 0.25  # people need far longer


def key_in(qtbot: QtBot, widget: QWidget, ch: str) -> None:
    if ch == "\r":
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    elif ch == "\t":
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        qtbot.keyClicks(widget, ch)


def scanner_burst(qtbot: QtBot, window: MainWindow, clock: FakeClock, text: str) -> None:
    """The scanner types `text` and Enter into whatever has focus (or the window)."""
    target = window.focusWidget() or window
    for ch in text + "\r":
        key_in(qtbot, target, ch)
        clock.advance(SCANNER_GAP)


def type_slowly(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, widget: QWidget, text: str
) -> None:
    for ch in text:
        key_in(qtbot, widget, ch)
        clock.advance(PERSON_GAP)
    window.scanner.flush()


@contextmanager
def band_change(qtbot: QtBot, screen: ScanScreen) -> Iterator[None]:
    """Wait for the screen's band to show the answer to what happens inside."""
    before = (screen.band.headline.text(), screen.band.detail.text())
    yield
    qtbot.waitUntil(
        lambda: (
            screen.band.tone is not Tone.IDLE
            and (screen.band.headline.text(), screen.band.detail.text()) != before
        ),
        timeout=5000,
    )
    screen.session.tasks.wait_idle()


def approve_override(
    qtbot: QtBot, screen: ScanScreen, supervisor: str, pin: str, reason: str
) -> None:
    """Fill in the screen's open supervisor dialog and approve; wait for the band's answer."""
    dialog = screen.dialog
    assert isinstance(dialog, OverrideDialog)
    dialog.supervisor.setText(supervisor)
    dialog.pin.setText(pin)
    dialog.reason.setText(reason)
    with band_change(qtbot, screen):
        dialog.accept()


def stock_at(store: Store, di: str, lot: str, location: str) -> int:
    with store.uow(read_only=True) as uow:
        found = uow.lots.get(di, lot)
        where = uow.locations.get(location)
        if found is None or where is None:
            return 0
        assert found.id is not None and where.id is not None
        return uow.stock.quantity(found.id, where.id)
