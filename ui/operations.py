"""Operations: the only way a widget reaches the store (after Anki's aqt/operations).

``ActionOp(parent, session, command).success(on_result).run()`` executes a
command on the serial writer thread as the session's person; ``QueryOp(parent,
session, read).success(on_rows).run()`` runs a read off the UI thread on a
read-only unit of work. Both call back on the UI thread. A failure — the
store refusing writes, a credential refused while the command was being
built, a bug — is never silent: unless ``.failure(...)`` says otherwise, the
parent's result band turns red with the reason in words (a message box where
there is no band), and the details go to the log. An answer that comes back
after its parent widget was closed and deleted has nowhere to show and is
dropped (an action's session.changed still goes out: the store did change).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from app.domain.identity import Actor
from app.services.bus import execute
from app.services.commands import Command
from app.services.context import ActionResult
from app.services.ports import UnitOfWork
from ui.reasons import failure_verdict
from ui.session import Session
from ui.signatures import Signature
from ui.widgets.result_band import ResultBand
from ui.workers import Progress

log = logging.getLogger(__name__)

T = TypeVar("T")
Failure = Callable[[BaseException], None]


def show_failure(parent: QWidget, error: BaseException) -> None:
    """The default for a failed operation: the reason in words on the parent's band."""
    verdict = failure_verdict(error)
    band = parent if isinstance(parent, ResultBand) else parent.findChild(ResultBand)
    if band is not None:
        band.show_verdict(verdict)
    else:
        QMessageBox.warning(parent, verdict.headline, verdict.detail or verdict.headline)


class ActionOp:
    """A command, executed as the session's person on the serial writer."""

    def __init__(
        self, parent: QWidget, session: Session, command: Command | Callable[[], Command]
    ) -> None:
        self.parent = parent
        self.session = session
        self.command = command
        self._success: Callable[[ActionResult], None] | None = None
        self._failure: Failure | None = None
        self._signer: Signature | None = None
        self._device = False

    def as_device(self) -> ActionOp:
        """Executed as the device itself: a derived write (raising the day's alerts)."""
        self._device = True
        return self

    def signed_by(self, signature: Signature) -> ActionOp:
        """Executed as the person who signs here (a QA sign-off typed at this station)."""
        self._signer = signature
        return self

    def success(self, on_result: Callable[[ActionResult], None]) -> ActionOp:
        self._success = on_result
        return self

    def failure(self, on_failure: Failure) -> ActionOp:
        self._failure = on_failure
        return self

    def run(self) -> None:
        session, command, signer, device = self.session, self.command, self._signer, self._device

        def work() -> ActionResult:
            started = time.perf_counter()
            if device:
                actor = Actor.system(session.device)
            else:
                actor = signer.actor(session, "sign-off") if signer else session.actor
            built = command() if callable(command) else command
            result = execute(session.store.uow(), session.clock, actor, built)
            session.last_action_seconds = time.perf_counter() - started
            return result

        def done(result: ActionResult) -> None:
            if self._success is not None and isValid(self.parent):
                self._success(result)
            session.changed.emit()

        def failed(error: BaseException) -> None:
            if isValid(self.parent):
                (self._failure or (lambda e: show_failure(self.parent, e)))(error)
            session.changed.emit()

        session.touch()
        session.writer.submit(work, done, failed)


class QueryOp(Generic[T]):
    """A read off the UI thread, on a read-only unit of work."""

    def __init__(self, parent: QWidget, session: Session, read: Callable[[UnitOfWork], T]) -> None:
        self.parent = parent
        self.session = session
        self.read = read
        self._success: Callable[[T], None] | None = None
        self._failure: Failure | None = None
        self._label: str | None = None

    def success(self, on_done: Callable[[T], None]) -> QueryOp[T]:
        self._success = on_done
        return self

    def failure(self, on_failure: Failure) -> QueryOp[T]:
        self._failure = on_failure
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        """Behind a progress dialog with Cancel (for reads that may take a while)."""
        self._label = label
        return self

    def run(self) -> Progress | None:
        store, read = self.session.store, self.read

        def work(_: Progress) -> T:
            return read(store.uow(read_only=True))

        def done(value: T) -> None:
            if self._success is not None and isValid(self.parent):
                self._success(value)

        def failed(error: BaseException) -> None:
            if isValid(self.parent):
                (self._failure or (lambda e: show_failure(self.parent, e)))(error)

        if self._label is not None:
            self.session.tasks.run_with_dialog(self.parent, self._label, work, done, failed)
            return None
        return self.session.tasks.run(work, done, failed)
