"""Sync in the status bar: last success, what waits to go up, the last error in words, progress.

`SyncLink` runs sync.client's BackgroundSync and brings its callbacks onto the
UI thread through a Qt signal (each emission carries a SyncStatus value);
`SyncStatusWidget` shows a status and offers "Sync now" and, during a long
pull, "Cancel".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.adapters.store import Store
from app.domain.clock import Clock
from sync.client.background import BackgroundSync
from sync.client.errors import ErrorKind
from sync.client.session import SyncSession
from sync.client.settings import enrolment
from sync.client.status import SyncStatus

SYNC_INTERVAL = 60.0


def error_text(kind: str | None) -> str:
    """The last error as a sentence an operator can act on."""
    sentences = {
        ErrorKind.OFFLINE: QCoreApplication.translate(
            "SyncStatus", "No network: work goes on here and is sent later"
        ),
        ErrorKind.REFUSED: QCoreApplication.translate(
            "SyncStatus", "The centre cannot be reached: will try again"
        ),
        ErrorKind.TIMED_OUT: QCoreApplication.translate(
            "SyncStatus", "The centre did not answer in time: will try again"
        ),
        ErrorKind.CERTIFICATE: QCoreApplication.translate(
            "SyncStatus", "The centre's certificate is not trusted: call IT"
        ),
        ErrorKind.SERVER: QCoreApplication.translate(
            "SyncStatus", "The centre had an internal error: will try again"
        ),
        ErrorKind.TOKEN: QCoreApplication.translate(
            "SyncStatus", "The centre no longer accepts this device: register again"
        ),
        ErrorKind.RE_ENROL: QCoreApplication.translate(
            "SyncStatus", "This database was copied or restored: register it again"
        ),
        ErrorKind.PROTOCOL: QCoreApplication.translate(
            "SyncStatus", "The centre speaks another version: update Lotkeeper"
        ),
        ErrorKind.REFUSED_REQUEST: QCoreApplication.translate(
            "SyncStatus", "The centre refused the data: see the log"
        ),
        ErrorKind.NOT_REGISTERED: QCoreApplication.translate(
            "SyncStatus", "Not registered with a centre"
        ),
        ErrorKind.SITE_MISMATCH: QCoreApplication.translate(
            "SyncStatus", "This store belongs to another site: an administrator must check"
        ),
        ErrorKind.NOT_APPLIED: QCoreApplication.translate(
            "SyncStatus", "A change from the centre could not be applied here: see the log"
        ),
        ErrorKind.EVENTS_REFUSED: QCoreApplication.translate(
            "SyncStatus", "The centre refused some events: a supervisor must correct them"
        ),
    }
    try:
        return sentences[ErrorKind(kind or "")]
    except ValueError:
        return QCoreApplication.translate("SyncStatus", "Sync failed: see the log")


def when_text(at: datetime | None, now: datetime) -> str:
    if at is None:
        return QCoreApplication.translate("SyncStatus", "never")
    local = at.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class SyncLink(QObject):
    """BackgroundSync with its callbacks delivered on the UI thread as `status` signals."""

    status = Signal(object)

    def __init__(self, background: BackgroundSync, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.background = background
        background.on_status = self.status.emit

    def start(self) -> None:
        self.background.start()

    def stop(self) -> None:
        self.background.stop()

    def sync_now(self) -> None:
        self.background.sync_now()

    def cancel(self) -> None:
        self.background.cancel()


def site_sync(store: Store, clock: Clock, interval: float = SYNC_INTERVAL) -> SyncLink | None:
    """Background sync (start it once its status is connected) when this site is enrolled."""
    with store.uow(read_only=True) as uow:
        if enrolment(uow.settings) is None:
            return None
    return SyncLink(BackgroundSync(SyncSession(store, clock), interval=interval))


class SyncStatusWidget(QWidget):
    def __init__(self, link: SyncLink | None, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatus")
        self.clock = clock
        self.text = QLabel()
        self.text.setObjectName("SyncText")
        self.error = QLabel()
        self.error.setObjectName("SyncError")
        self.error.setStyleSheet("color:#8b0000;font-weight:bold;")
        self.bar = QProgressBar()
        self.bar.setObjectName("SyncProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setFormat(self.tr("%v of %m"))
        self.now_button = QPushButton(self.tr("Sync now"))
        self.now_button.setObjectName("sync_now")
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("sync_cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.error, self.text, self.bar, self.cancel_button, self.now_button):
            layout.addWidget(widget)
        if link is None:
            self.show_unregistered()
        else:
            link.status.connect(self.show_status)
            self.now_button.clicked.connect(link.sync_now)
            self.cancel_button.clicked.connect(link.cancel)
            self.text.setText(self.tr("Sync: starting…"))
            self._show_progress(None)
            self.error.hide()

    def show_unregistered(self) -> None:
        self.text.setText(self.tr("Sync: not registered with a centre"))
        self.error.hide()
        self.now_button.hide()
        self._show_progress(None)

    def show_status(self, status: SyncStatus) -> None:
        if not status.registered:
            self.show_unregistered()
            return
        self.now_button.show()
        self.now_button.setEnabled(not status.running)
        self.error.setVisible(bool(status.last_error_kind) and not status.running)
        self.error.setText(error_text(status.last_error_kind))
        self.error.setToolTip(status.last_error or "")
        if status.running and status.progress is None:
            state = self.tr("syncing…")
        elif status.running:
            state = self.tr("receiving from the centre")
        else:
            state = self.tr("last sync {when}").format(
                when=when_text(status.last_success, self.clock.now())
            )
        words = self.tr("Sync: {state} · {n} waiting to upload").format(
            state=state, n=status.pending
        )
        if status.refused:  # events the centre refused wait for a supervisor
            words += self.tr(" · {n} refused by the centre").format(n=len(status.refused))
        self.text.setText(words)
        self._show_progress(status if status.running else None)

    def _show_progress(self, status: SyncStatus | None) -> None:
        progress = status.progress if status is not None else None
        self.bar.setVisible(progress is not None)
        self.cancel_button.setVisible(progress is not None)
        if progress is not None:
            self.bar.setRange(0, max(progress.total, 1))
            self.bar.setValue(progress.done)
