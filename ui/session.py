"""One log-in: who works, on which store, with which workers.

The session holds the authenticated Actor the executor is handed with every
command; log-out, switching user and the idle lock end it (see
`ui.main_window`). Widgets reach the store only through `ui.operations`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.permissions import Action, permitted
from ui.sounds import Sounds
from ui.workers import DbWriter, TaskRunner


class Session(QObject):
    """Handed to every screen. `changed` fires after any action has been written."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        *,
        writer: DbWriter | None = None,
        tasks: TaskRunner | None = None,
        sounds: Sounds | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.actor = actor
        self.writer = writer or DbWriter(self)
        self.tasks = tasks or TaskRunner(self)
        self.sounds = sounds or Sounds()
        self.last_action_seconds = 0.0
        self.last_activity = time.monotonic()

    @property
    def user(self) -> Actor:
        return self.actor

    @property
    def device(self) -> str:
        return self.actor.device

    def may(self, action: Action) -> bool:
        return self.actor.role is not None and permitted(self.actor.role, action)

    def touch(self) -> None:
        """Someone is working here (the idle lock counts from the last touch)."""
        self.last_activity = time.monotonic()

    def close(self) -> None:
        self.writer.close()
