"""Log-in: user name and PIN, or a badge scan; also the lock screen of an idle station.

A wrong PIN is audited and counted; after too many in a row the user is
locked out for a while (the band says until when). A PIN shorter than the
user's role needs must be changed before the session starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.identity import Actor
from app.errors import Code, LotkeeperError
from app.services.people import authenticate, authenticate_badge, pin_problem
from ui.reasons import failure_verdict
from ui.scanner_input import ScanHandler, ScannerInput
from ui.workers import Progress, TaskRunner

if TYPE_CHECKING:
    from ui.site_opening import SiteOpening


class LoginDialog(QDialog):
    def __init__(
        self,
        opening: SiteOpening,
        tasks: TaskRunner,
        clock: Clock,
        parent: QWidget | None = None,
        scanner_clock: Callable[[], float] = time.monotonic,
        locked_for: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.opening = opening
        self.tasks = tasks
        self.clock = clock
        self.actor: Actor | None = None
        self.weak_pin = False
        """The PIN just typed is too short for the role: it must be changed first."""
        self.setWindowTitle(self.tr("Lotkeeper — log in"))
        title = QLabel(
            self.tr("Locked: {name}").format(name=locked_for.display_name)
            if locked_for
            else self.tr("Log in")
        )
        title.setProperty("role", "screenTitle")
        self.username = QLineEdit(locked_for.username if locked_for else "")
        self.username.setObjectName("username")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(
            self.tr("Log in again, or as someone else. Or scan your badge.")
            if locked_for
            else self.tr("Or scan your badge.")
        )
        self.message.setObjectName("login_message")
        self.message.setProperty("role", "hint")
        self.message.setWordWrap(True)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("User"), self.username)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(520)
        if locked_for:
            self.pin.setFocus()
        self.scanner = ScannerInput(self._route, clock=scanner_clock, parent=self)
        self.scanner.install()

    def _route(self, widget: QWidget) -> ScanHandler | None:
        return self.scan_badge if widget.window() is self else None

    def submit(self) -> None:
        username, pin = self.username.text().strip(), self.pin.text()
        opening, clock = self.opening, self.clock

        def work(_: Progress) -> Actor:
            site = opening.wait()
            actor = authenticate(site.store.uow(), clock, username, pin, site.device, via="login")
            self.weak_pin = actor.role is not None and pin_problem(actor.role, pin) is not None
            return actor

        self._check(work)

    def scan_badge(self, badge: str) -> None:
        opening = self.opening

        def work(_: Progress) -> Actor:
            self.weak_pin = False
            site = opening.wait()
            return authenticate_badge(site.store.uow(read_only=True), badge, site.device)

        self._check(work)

    def _check(self, work: Callable[[Progress], Actor]) -> None:
        self.login_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.tasks.run(work, self._accepted, self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.actor = actor
        self.scanner.uninstall()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        if isinstance(error, LotkeeperError) and error.code is Code.BAD_CREDENTIALS:
            self.message.setText(self.tr("Wrong user name, PIN or badge. Try again."))
        else:
            # Locked out, or the store cannot be read: the reason in words.
            self.message.setText(failure_verdict(error).headline)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)
