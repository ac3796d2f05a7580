"""Sync in the background: every N seconds, backing off while the centre is unreachable.

A plain thread with callbacks; the UI wraps it and moves the callbacks onto
its own thread. Rounds never overlap: "sync now" just wakes the loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sync.client.session import RoundSummary, SyncSession
from sync.client.status import Progress, SyncStatus

log = logging.getLogger(__name__)


class PullCancelled(Exception):
    """Raised from the progress callback: the round ends after the page just applied."""


def backoff_delay(interval: float, failures: int, ceiling: float) -> float:
    """interval, then 2x, 4x, ... after consecutive failures, never above `ceiling`."""
    return float(min(ceiling, interval * 2 ** min(failures, 16)))


class BackgroundSync:
    def __init__(
        self,
        session: SyncSession,
        interval: float = 60.0,
        ceiling: float = 900.0,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_round: Callable[[RoundSummary], None] | None = None,
    ) -> None:
        self.session = session
        self.interval = interval
        self.ceiling = ceiling
        self.on_status = on_status
        self.on_round = on_round
        self.failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._running = False
        self._progress: Progress | None = None
        self._thread: threading.Thread | None = None
        session.on_progress = self._progressed

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="lotkeeper-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._cancel.set()  # exit does not wait for a long pull to finish
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def sync_now(self) -> None:
        self._wake.set()

    def cancel(self) -> None:
        """Stop a long pull after its current page; the next round resumes from there."""
        self._cancel.set()

    def status(self) -> SyncStatus:
        return self.session.status(self._running, self._progress)

    def next_delay(self) -> float:
        return backoff_delay(self.interval, self.failures, self.ceiling)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._running = True
            self._cancel.clear()
            self._emit()
            try:
                summary = self.session.run_round()
            except PullCancelled:
                summary = RoundSummary()  # the pages pulled so far are applied and kept
            except Exception:  # a bug must not kill the loop; it is logged and retried
                log.exception("sync round failed")
                summary = RoundSummary(errors=["internal error in sync; see the log"])
            self._running, self._progress = False, None
            self.failures = self.failures + 1 if summary.errors else 0
            if self.on_round is not None:
                self.on_round(summary)
            self._emit()
            self._wake.wait(self.next_delay())
            self._wake.clear()

    def _progressed(self, progress: Progress) -> None:
        self._progress = progress
        self._emit()
        if self._cancel.is_set():
            raise PullCancelled

    def _emit(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())
