"""One log-in: who works, on which store, with which workers."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.codes import Code
from app.domain.model import User
from app.domain.rules import permitted
from app.services.action import ActionRequest, ActionResult
from app.services.actions import perform
from ui.sounds import Sounds
from ui.workers import DbWriter, TaskRunner

T = TypeVar("T")


class Session(QObject):
    """Handed to every screen. `changed` fires after any action has been written."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: User,
        *,
        writer: DbWriter | None = None,
        tasks: TaskRunner | None = None,
        sounds: Sounds | None = None,
        device: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.user = user
        self.device = device
        self.writer = writer or DbWriter(self)
        self.tasks = tasks or TaskRunner(self)
        self.sounds = sounds or Sounds()
        self.last_action_seconds = 0.0

    def may(self, action: str) -> bool:
        return permitted(self.user.role, action)

    def request(self, action: str, **fields: object) -> ActionRequest:
        """An ActionRequest by this user from this device."""
        return ActionRequest(
            action=action,
            user=self.user.username,
            device=self.device,
            **fields,  # type: ignore[arg-type]
        )

    def perform(self, request: ActionRequest, on_result: Callable[[ActionResult], None]) -> None:
        """Queue the action on the serial writer; `on_result` runs on the UI thread."""

        def work() -> ActionResult:
            started = time.perf_counter()
            result = perform(self.store.uow(), self.clock, request)
            self.last_action_seconds = time.perf_counter() - started
            return result

        def done(result: ActionResult) -> None:
            on_result(result)
            self.changed.emit()

        self.writer.submit(work, done, self._failed(on_result, request))

    def submit(self, work: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Any other write (a service call) on the same serial writer."""

        def done(value: T) -> None:
            on_done(value)
            self.changed.emit()

        self.writer.submit(work, done)

    @staticmethod
    def _failed(
        on_result: Callable[[ActionResult], None], request: ActionRequest
    ) -> Callable[[BaseException], None]:
        # A crash inside a service must still answer the operator (red band), not vanish.
        def failed(error: BaseException) -> None:
            on_result(ActionResult(False, Code.BAD_REQUEST, f"{request.action} failed: {error}"))

        return failed

    def close(self) -> None:
        self.writer.close()
