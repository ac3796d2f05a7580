"""Navigation on the left, the screens in a stack, the status bar along the bottom."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
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

from app.services.alerts import open_critical_count
from scanning.wedge import WedgeConfig
from ui.scanner_input import ScanHandler, ScannerInput
from ui.screen import Screen
from ui.session import Session
from ui.widgets.status import CriticalWarnings
from ui.widgets.sync_status import SyncLink, SyncStatusWidget
from ui.workers import Progress

ALERT_REFRESH_MS = 60_000
MAX_SCREENS = 9  # F1..F9


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        screens: Sequence[type[Screen]],
        *,
        scanner_config: WedgeConfig | None = None,
        scanner_clock: Callable[[], float] = time.monotonic,
        sync: SyncLink | None = None,
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

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.critical = CriticalWarnings()
        self.sync_status = SyncStatusWidget(sync, session.clock)
        status = self.statusBar()
        status.addWidget(QLabel(self.tr("User: {name}").format(name=session.user.username)))
        status.addPermanentWidget(self.critical)
        status.addPermanentWidget(self.sync_status)

        self.scanner = ScannerInput(self._route_scan, scanner_config, scanner_clock, self)
        self.scanner.install()

        self._counting = self._recount = False
        self._alert_timer = QTimer(self)
        self._alert_timer.setInterval(ALERT_REFRESH_MS)
        self._alert_timer.timeout.connect(self.refresh_alerts)
        self._alert_timer.start()
        session.changed.connect(self.refresh_alerts)
        self.refresh_alerts()
        if self.screens:
            self.show_screen(next(iter(self.screens)))

    def _role_name(self) -> str:
        names = {
            "operator": self.tr("operator"),
            "supervisor": self.tr("supervisor"),
            "qa": self.tr("quality"),
            "admin": self.tr("administrator"),
        }
        return names.get(self.session.user.role.value, self.session.user.role.value)

    @property
    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def show_screen(self, key: str) -> Screen:
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        self._buttons[key].setChecked(True)
        screen.activated()
        return screen

    def _route_scan(self, widget: QWidget) -> ScanHandler | None:
        screen = self.current_screen
        if widget.window() is not self or screen is None or not screen.accepts_scans:
            return None
        return screen.handle_scan

    def refresh_alerts(self) -> None:
        """Count open critical warnings off the UI thread; one count at a time.

        Requests while a count runs are folded into one more count afterwards, so a
        burst of scans on a big store never piles up queries.
        """
        if self._counting:
            self._recount = True
            return
        self._counting, self._recount = True, False
        store = self.session.store

        def work(_: Progress) -> int:
            return open_critical_count(store.uow(read_only=True))

        def done(count: int | None) -> None:
            self._counting = False
            if count is not None:
                self.critical.show_count(count)
            if self._recount:
                self.refresh_alerts()

        self.session.tasks.run(work, done, lambda _: done(None))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.uninstall()
        self._alert_timer.stop()
        super().closeEvent(event)
