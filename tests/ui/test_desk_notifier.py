"""The app's notifier offscreen: no tray there, so the status bar shows what the tray would."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.domain.notifications import Notice, NoticeCode
from app.services.notifications import list_notifications, queue
from ui.main_window import MainWindow
from ui.session import Session


def test_without_a_tray_a_notification_shows_in_the_status_bar_once(
    qtbot: QtBot, supervisor_session: Session
) -> None:
    session = supervisor_session
    notice = Notice(
        NoticeCode.RECALL_TASK,
        "recall_task:RC-9:A1",
        {"recall": "RC-9", "location": "A1", "name": "Bin A1", "quantity": "4", "reason": "seal"},
        ("sup",),
    )
    with session.store.uow() as uow:
        assert queue(uow, session.clock.now(), notice) == 1  # no e-mail or webhook set: the tray
        uow.commit()
    window = MainWindow(session, [])
    qtbot.addWidget(window)
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert window.notifier.tray is None

    window.notifier.send_now()
    qtbot.waitUntil(lambda: not window.notifier.busy, timeout=10_000)
    window.notifier.send_now()  # a second round finds nothing left to show
    qtbot.waitUntil(lambda: not window.notifier.busy, timeout=10_000)

    [row] = list_notifications(session.store.uow(read_only=True))
    assert (row["status"], row["via"], row["attempts"]) == ("sent", "status_bar", 1)
    assert window.notifier.last is not None
    shown = window.statusBar().currentMessage()
    assert "RC-9" in shown and "A1" in shown
