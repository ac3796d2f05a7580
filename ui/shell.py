"""The desktop's life: log in, work, lock when idle, switch user or log out, log in again.

One `Shell` per running app: it shows the log-in, builds a Session and a
MainWindow for whoever logs in, and when the window ends the session
(log-out, switch user, the idle lock) it audits the end and asks again. A
lock that the same person unlocks keeps their window as it was; anyone else
gets a new session. A PIN too short for the role is changed before work starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.clock import Clock
from app.domain.identity import Actor
from app.services.people import log_out
from scanning.wedge import WedgeConfig
from ui.login import LoginDialog
from ui.reasons import describe
from ui.site_opening import Site, SiteOpening
from ui.workers import TaskRunner

if TYPE_CHECKING:
    # Imported once someone has logged in: the session brings the store's modules
    # (SQLAlchemy) and the command path, the main window every screen, the camera
    # and the sync client; the log-in dialog needs none of them.
    from app.services.context import ActionResult
    from ui.dialogs.change_pin import ChangePinDialog
    from ui.main_window import MainWindow
    from ui.screen import Screen
    from ui.session import Session
    from ui.widgets.sync_status import SyncLink

log = logging.getLogger(__name__)


class Shell(QObject):
    finished = Signal()
    """Nobody is logged in any more and the log-in was cancelled: the app may quit."""

    def __init__(
        self,
        opening: SiteOpening,
        clock: Clock,
        tasks: TaskRunner,
        screens: Sequence[type[Screen]],
        *,
        sync: SyncLink | None = None,
        scanner_config: WedgeConfig | None = None,
        show: Callable[[MainWindow], None] = lambda window: window.showMaximized(),
    ) -> None:
        super().__init__()
        self.opening, self.clock, self.tasks = opening, clock, tasks
        self.screens = screens
        self.sync = sync
        self.scanner_config = scanner_config
        self.show = show
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.change_pin: ChangePinDialog | None = None
        self._locked = False

    def start(self) -> None:
        self.ask(None)

    def _site(self) -> Site:
        site = self.opening.site
        assert site is not None, "someone logged in, so the store is open"
        return site

    def ask(self, locked_for: Actor | None) -> None:
        parent: QWidget | None = self.window
        dialog = LoginDialog(self.opening, self.tasks, self.clock, parent, locked_for=locked_for)
        dialog.setObjectName("login_dialog")
        self.login = dialog
        dialog.accepted.connect(lambda: self._logged_in(dialog))
        dialog.rejected.connect(self._cancelled)
        dialog.open()

    def _cancelled(self) -> None:
        if self._locked:
            self.ask(self.session.actor if self.session else None)  # a lock cannot be dismissed
            return
        self.finished.emit()

    def _logged_in(self, dialog: LoginDialog) -> None:
        actor = dialog.actor
        assert actor is not None
        if dialog.weak_pin:
            self._change_pin(actor, dialog)
            return
        self._begin(actor)

    def _begin(self, actor: Actor) -> None:
        if self._locked and self.session is not None and self.window is not None:
            self._locked = False
            if actor.username.lower() == self.session.actor.username.lower():
                self.window.unlock()
                return
            self._close_window()
        from ui.main_window import MainWindow
        from ui.session import Session

        site = self._site()
        self.session = Session(site.store, self.clock, actor, tasks=self.tasks)
        window = MainWindow(
            self.session,
            self.screens,
            scanner_config=self.scanner_config,
            sync=self.sync,
            idle_lock_minutes=site.idle_lock_minutes,
        )
        window.ended.connect(self._ended)
        self.window = window
        self.show(window)

    def _change_pin(self, actor: Actor, login: LoginDialog) -> None:
        """A PIN shorter than the role needs: the person sets a new one before anything else."""
        from app.services.commands import ChangeOwnPin
        from ui.dialogs.change_pin import ChangePinDialog
        from ui.operations import ActionOp
        from ui.session import Session

        session = Session(self._site().store, self.clock, actor, tasks=self.tasks)
        dialog = ChangePinDialog(login.parentWidget())
        dialog.setObjectName("change_pin_dialog")
        self.change_pin = dialog

        def chosen() -> None:
            new = dialog.new_pin.text()
            if new != dialog.repeat.text():
                dialog.mismatch()
                dialog.open()
                return

            def changed(result: ActionResult) -> None:
                if result.ok:
                    session.close()
                    self._begin(actor)
                else:
                    dialog.refused(describe(result, "change_own_pin", self.clock.today()))
                    dialog.open()

            ActionOp(dialog, session, ChangeOwnPin(new)).success(changed).run()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: (session.close(), self.ask(None)))
        dialog.open()

    def _ended(self, why: str) -> None:
        session = self.session
        assert session is not None
        try:
            log_out(self._site().store.uow(), self.clock, session.actor, why)
        except Exception:  # the end of a session must not stop the next log-in
            log.exception("the end of the session could not be audited")
        if why == "locked":
            self._locked = True
            self.ask(session.actor)
            return
        self._close_window()
        self.ask(None)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.session is not None:
            self.session.close()
            self.session = None

    def close(self) -> None:
        self._close_window()
