"""The status bar's sync: what waits to go up, the last error in words, Sync now, progress."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from sync.client import settings as keys
from sync.client.session import RoundSummary, SyncSession
from sync.client.status import Progress, SyncStatus
from tests.ui.conftest import NOW
from ui.main_window import MainWindow
from ui.session import Session
from ui.widgets.sync_status import SyncLink, site_sync


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def link(operator_session: Session, clock: FixedClock) -> Iterator[SyncLink]:
    """The site enrolled with a centre that is not there (nothing listens on the port)."""
    with operator_session.store.uow() as uow:
        for key, value in (
            (keys.SERVER, f"http://127.0.0.1:{_closed_port()}"),
            (keys.TOKEN, "token"),
            (keys.DEVICE_ID, "device-1"),
            (keys.SITE, "SITE-A"),
        ):
            uow.settings.put(key, value)
        uow.commit()
    made = site_sync(operator_session.store, clock)
    assert made is not None
    yield made
    made.stop()


def test_an_unreachable_centre_shows_pending_work_and_the_error_in_words_and_sync_now_retries(
    qtbot: QtBot, operator_session: Session, link: SyncLink, clock: FixedClock
) -> None:
    rounds: list[RoundSummary] = []
    link.background.on_round = rounds.append
    window = MainWindow(operator_session, [], sync=link)
    qtbot.addWidget(window)
    widget = window.sync_status
    link.start()
    qtbot.waitUntil(lambda: len(rounds) == 1 and not widget.error.isHidden(), timeout=10_000)
    assert widget.error.text() == "The centre cannot be reached: will try again"
    pending = SyncSession(operator_session.store, clock).status().pending
    assert pending > 0
    assert widget.text.text() == f"Sync: last sync never · {pending} waiting to upload"

    widget.now_button.click()
    qtbot.waitUntil(lambda: len(rounds) == 2, timeout=10_000)
    assert rounds[1].errors


def test_a_long_pull_shows_its_progress_and_can_be_stopped(
    qtbot: QtBot, operator_session: Session, link: SyncLink
) -> None:
    window = MainWindow(operator_session, [], sync=link)
    qtbot.addWidget(window)
    widget = window.sync_status
    widget.show_status(SyncStatus(True, NOW, 4, None, None, True, Progress(300, 1000)))
    assert not widget.bar.isHidden() and widget.bar.value() == 300
    assert widget.text.text() == "Sync: receiving from the centre · 4 waiting to upload"
    assert not widget.now_button.isEnabled()
    widget.show_status(SyncStatus(True, NOW, 0, None, None))
    assert widget.bar.isHidden() and widget.cancel_button.isHidden()
