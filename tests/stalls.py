"""How long the UI thread was ever busy: a timer that should tick every few milliseconds.

Between two ticks of a 5 ms timer the event loop was unable to run for the
gap minus 5 ms; the longest gap while the watched work runs is the longest
freeze a person at the screen would have felt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TICK_MS = 5


class StallMonitor(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self.where = ""
        self._last = 0.0
        self._label = ""
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def label(self, text: str) -> None:
        """What is going on now (named in `where` if the longest stall happens during it)."""
        self._label = text

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last - TICK_MS / 1000
        if gap > self.longest:
            self.longest, self.where = gap, self._label
        self._last = now

    def run_until(self, done: Callable[[], bool], timeout: float = 120.0) -> None:
        """Let the event loop run (and the monitor tick) until `done()` or the timeout."""
        deadline = time.perf_counter() + timeout
        while not done() and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.001)
