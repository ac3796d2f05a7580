"""Log-in: user name and PIN, or a badge scan."""

from __future__ import annotations

import time
from collections.abc import Callable

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

from app.adapters.store import Store
from app.domain.codes import DomainError
from app.domain.model import User
from app.services.people import authenticate, authenticate_badge
from ui.scanner_input import ScanHandler, ScannerInput
from ui.workers import Progress, TaskRunner


class LoginDialog(QDialog):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        scanner_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.user: User | None = None
        self.setWindowTitle(self.tr("Lotkeeper — log in"))
        title = QLabel(self.tr("Log in"))
        title.setProperty("role", "screenTitle")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self.tr("Or scan your badge."))
        self.message.setProperty("role", "hint")
        self.message.setWordWrap(True)
        self.login_button = QPushButton(self.tr("Log in"))
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
        self.scanner = ScannerInput(self._route, clock=scanner_clock, parent=self)
        self.scanner.install()

    def _route(self, widget: QWidget) -> ScanHandler | None:
        return self.scan_badge if widget.window() is self else None

    def submit(self) -> None:
        username, pin = self.username.text().strip(), self.pin.text()
        store = self.store

        def work(_: Progress) -> User:
            return authenticate(store.uow(read_only=True), username, pin)

        self._check(work)

    def scan_badge(self, badge: str) -> None:
        store = self.store

        def work(_: Progress) -> User:
            return authenticate_badge(store.uow(read_only=True), badge)

        self._check(work)

    def _check(self, work: Callable[[Progress], User]) -> None:
        self.login_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.tasks.run(work, self._accepted, self._refused)

    def _accepted(self, user: User) -> None:
        self.user = user
        self.scanner.uninstall()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        if isinstance(error, DomainError):
            self.message.setText(self.tr("Wrong user name, PIN or badge. Try again."))
        else:
            self.message.setText(
                self.tr("The store could not be read: {error}").format(error=error)
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)
