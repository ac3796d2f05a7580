"""The app's background sender of notifications: the tray here, e-mail and webhook from a worker.

Every minute (and a few seconds after start) what is due goes out on the
task runner, through the same `send_due` as `main.py notify send`. A tray
notification is shown as a tray message where the desktop has a tray, and
in the status bar where it has none (a bare X server, offscreen): either
way it is recorded as delivered, with how (`tray` or `status_bar`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from app.adapters.notify_channels import EmailChannel, WebhookChannel
from app.domain.identity import Actor
from app.domain.notifications import Channel
from app.services.notifications import Message
from app.services.notify_send import Deliver, SendSummary, send_due
from app.services.settings import device_name
from ui.session import Session

SEND_INTERVAL_MS = 60_000
FIRST_SEND_MS = 5_000
SHOWN_MS = 60_000


class DeskNotifier(QObject):
    shown = Signal(str, str)
    """(title, text) of a tray notification, emitted from the worker, shown on the UI thread."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.show()
        self.via = "tray" if self.tray is not None else "status_bar"
        self.last: tuple[str, str] | None = None
        self.busy = False
        self.shown.connect(self._show)
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_INTERVAL_MS)
        self.timer.timeout.connect(self.send_now)
        self.timer.start()
        QTimer.singleShot(FIRST_SEND_MS, self.send_now)

    def send_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.session.tasks.run(lambda _progress: self._send(), self._done, self._failed)

    def _send(self) -> SendSummary:
        """On the worker: e-mail and webhook as the settings say now, the tray through `shown`."""
        store = self.session.store
        with store.uow(read_only=True) as uow:
            channels: dict[Channel, Deliver] = {
                Channel.EMAIL: EmailChannel.from_settings(uow.settings),
                Channel.WEBHOOK: WebhookChannel.from_settings(uow.settings),
                Channel.TRAY: self._to_desk,
            }
            device = Actor.system(device_name(uow))
        return send_due(store.uow, self.session.clock, device, channels)

    def _to_desk(self, row: Mapping[str, Any], message: Message) -> str:
        self.shown.emit(message.subject, message.text)
        return self.via

    def _show(self, title: str, text: str) -> None:
        chinese, _, english = text.partition("\n\n")
        body = chinese if QLocale().language() == QLocale.Language.Chinese else english or chinese
        self.last = (title, body)
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning)
        else:
            self.window.statusBar().showMessage(body, SHOWN_MS)

    def _done(self, _summary: SendSummary) -> None:
        self.busy = False

    def _failed(self, _error: BaseException) -> None:
        # A store that is busy or gone: the rows stay queued and the next round tries again.
        self.busy = False
