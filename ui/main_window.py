"""Navigation on the left, the screens in a stack, the status bar along the bottom.

The window also keeps the session honest: the warnings count in the status
bar is the warnings list's own count; the day's tier alerts are raised once
the first screen shows what it read (then counted), and whenever the date
changes; a station left idle for
`idle_lock_minutes` locks, and log-out and switch user end the session
(`ended` says why; `ui.shell` takes it from there).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import warning_counts
from app.services.commands import RaiseAlerts
from app.services.ports import WarningCounts
from scanning.wedge import WedgeConfig
from ui.desk_notifier import DeskNotifier
from ui.operations import ActionOp, QueryOp
from ui.scanner_input import ScanHandler, ScannerInput
from ui.screen import Screen
from ui.session import Session
from ui.widgets.status import OpenWarnings
from ui.widgets.sync_status import SyncLink, SyncStatusWidget

ALERT_REFRESH_MS = 60_000
DAY_CHECK_MS = 60_000
IDLE_CHECK_MS = 15_000
MAX_SCREENS = 12  # F1..F12


class MainWindow(QMainWindow):
    ended = Signal(str)
    """The session is over: "logout", "switch" or "locked"."""

    def __init__(
        self,
        session: Session,
        screens: Sequence[type[Screen]],
        *,
        scanner_config: WedgeConfig | None = None,
        scanner_clock: Callable[[], float] = time.monotonic,
        sync: SyncLink | None = None,
        idle_lock_minutes: float | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Lotkeeper — medical device stock"))
        self.screens: dict[str, Screen] = {}
        self._buttons: dict[str, QPushButton] = {}

        self.stack = QStackedWidget()
        nav = QWidget()
        nav.setObjectName("Navigation")
        nav_layout = QVBoxLayout(nav)
        group = QButtonGroup(self)
        group.setExclusive(True)
        visible = [s for s in screens if session.may(s.permission)][:MAX_SCREENS]
        for number, screen_class in enumerate(visible, start=1):
            screen = screen_class(session)
            self.screens[screen.key] = screen
            self.stack.addWidget(screen)
            button = QPushButton(f"F{number}  {screen.title()}")
            button.setObjectName(f"nav_{screen.key}")
            button.setCheckable(True)
            button.setShortcut(QKeySequence(f"F{number}"))
            button.clicked.connect(lambda _=False, key=screen.key: self.show_screen(key))
            group.addButton(button)
            nav_layout.addWidget(button)
            self._buttons[screen.key] = button
        nav_layout.addStretch(1)
        self.user_label = QLabel(
            self.tr("{name} ({role})").format(
                name=session.user.display_name, role=self._role_name()
            )
        )
        self.user_label.setObjectName("UserLabel")
        nav_layout.addWidget(self.user_label)
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setObjectName("switch_user")
        self.switch_button.clicked.connect(lambda: self.end("switch"))
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setObjectName("log_out")
        self.logout_button.clicked.connect(lambda: self.end("logout"))
        nav_layout.addWidget(self.switch_button)
        nav_layout.addWidget(self.logout_button)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.warnings = OpenWarnings()
        self.sync_status = SyncStatusWidget(sync, session.clock)
        status = self.statusBar()
        status.addWidget(QLabel(self.tr("User: {name}").format(name=session.user.username)))
        status.addPermanentWidget(self.warnings)
        status.addPermanentWidget(self.sync_status)
        # Notifications the rules queued: the tray (or this status bar), e-mail, the webhook.
        self.notifier = DeskNotifier(self, session)

        self.scanner = ScannerInput(self._route_scan, scanner_config, scanner_clock, self)

        self._counting = self._recount = False
        self._alert_timer = QTimer(self)
        self._alert_timer.setInterval(ALERT_REFRESH_MS)
        self._alert_timer.timeout.connect(self.refresh_alerts)
        self._alert_timer.start()
        session.changed.connect(self.refresh_alerts)

        # The day's tier alerts: now, and again whenever the date moves on.
        self._alert_day = None
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.raise_due_alerts)
        self._day_timer.start()

        self.idle_lock_seconds = idle_lock_minutes * 60 if idle_lock_minutes else None
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        if self.idle_lock_seconds:
            self._idle_timer.start()
        # Activity is watched on the windows people type and click in, not application-wide:
        # an application's event filter in Python is called, and waits for the GIL, for
        # every event Qt delivers to every widget; beside a worker's read, those waits
        # added up to stalls of 100 ms on the dashboard's charts.
        app = QGuiApplication.instance()
        self._focus_link = (
            app.focusWindowChanged.connect(self._watch_window)
            if isinstance(app, QGuiApplication)
            else None
        )

        # The day's raise, and the count that follows every action, wait for the first
        # screen: at 1,000,000 lots they ran beside the dashboard's first read, on the same
        # two cores and the same GIL, and held its first paint back.
        if self.screens:
            self.show_screen(next(iter(self.screens))).when_settled(self.raise_due_alerts)
        else:
            self.raise_due_alerts()

    def _role_name(self) -> str:
        names = {
            "operator": self.tr("operator"),
            "supervisor": self.tr("supervisor"),
            "qa": self.tr("quality"),
            "admin": self.tr("administrator"),
        }
        role = self.session.user.role
        return names.get(role.value, role.value) if role else ""

    @property
    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def show_screen(self, key: str) -> Screen:
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        # The scanner listens (application-wide: a scan goes to the screen whatever has
        # focus) only while the screen on show takes scans, for the same reason as above.
        if screen.accepts_scans:
            self.scanner.install()
        else:
            self.scanner.uninstall()
        self._buttons[key].setChecked(True)
        screen.activated()
        return screen

    def _route_scan(self, widget: QWidget) -> ScanHandler | None:
        screen = self.current_screen
        if widget.window() is not self or screen is None or not screen.accepts_scans:
            return None
        if not self.isEnabled():
            return None  # locked: scans wait for the log-in
        self.session.touch()
        return screen.handle_scan

    # --- warnings ------------------------------------------------------------------

    def refresh_alerts(self) -> None:
        """Count the open warnings off the UI thread; one count at a time.

        Requests while a count runs are folded into one more count afterwards, so a
        burst of scans on a big store never piles up queries.
        """
        if self._counting:
            self._recount = True
            return
        self._counting, self._recount = True, False

        now = self.session.clock.now()

        def done(counts: WarningCounts | None) -> None:
            self._counting = False
            if counts is not None:
                self.warnings.show_count(counts.total, counts.critical, counts.overdue)
            if self._recount:
                self.refresh_alerts()

        QueryOp(self, self.session, lambda uow: warning_counts(uow, now)).success(done).failure(
            lambda _: done(None)
        ).run()

    def raise_due_alerts(self) -> None:
        today = self.session.clock.today()
        if today == self._alert_day:
            return
        self._alert_day = today
        ActionOp(self, self.session, RaiseAlerts()).as_device().failure(
            lambda _error: setattr(self, "_alert_day", None)  # try again at the next check
        ).run()

    # --- the session's end ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_window(self.windowHandle())

    def _watch_window(self, window: QWindow | None) -> None:
        """Count key and mouse presses in `window` (this one, or a dialog that took focus)
        as activity. Installing twice moves the filter to the front; it is never doubled."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.session.touch()
        return False

    def check_idle(self) -> None:
        idle = time.monotonic() - self.session.last_activity
        if self.idle_lock_seconds and self.isEnabled() and idle >= self.idle_lock_seconds:
            self.end("locked")

    def end(self, why: str) -> None:
        if why == "locked":
            self.setEnabled(False)
        self.ended.emit(why)

    def unlock(self) -> None:
        self.session.touch()
        self.setEnabled(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._focus_link is not None:
            QObject.disconnect(self._focus_link)  # False once already disconnected
        self.scanner.uninstall()
        for timer in (self._alert_timer, self._day_timer, self._idle_timer):
            timer.stop()
        super().closeEvent(event)
