"""Work off the UI thread, results back on it.

`DbWriter` is the one thread that runs actions against SQLite, in the order
they were submitted (SQLite takes one writer at a time; queuing here keeps
the UI from ever waiting on a commit). `TaskRunner` runs long or read-only
work on a QThreadPool with progress and cancel (imports, recomputing
warnings, printing, later sync). In both, callbacks run on the UI thread:
the worker emits a signal and Qt queues it to the receiver's thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorCallback = Callable[[BaseException], None]


@dataclass(slots=True)
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: ErrorCallback | None


class DbWriter(QObject):
    """A single serial writer thread; `submit` never blocks the caller."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="db-writer", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
    ) -> None:
        self._pending += 1
        self._queue.put(_Job(work, on_done, on_error))

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every submitted job has delivered (tests, screenshots)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        return not self._pending

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(5.0)

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                self._finished.emit((job, job.work(), None))
            except Exception as exc:  # reported on the UI thread, never lost
                log.exception("database job failed")
                self._finished.emit((job, None, exc))

    def _deliver(self, payload: tuple[_Job, Any, BaseException | None]) -> None:
        job, value, error = payload
        self._pending -= 1
        if error is None:
            job.on_done(value)
        elif job.on_error is not None:
            job.on_error(error)


class Cancelled(Exception):
    """Raised by long work that saw `Progress.cancelled`."""


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Progress:
    """What long work is handed: report progress, look at cancel."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Call from the work; raises Cancelled once the user has cancelled."""
        if self.cancelled:
            raise Cancelled
        self._signals.progress.emit(done, total, text)


class _Task(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _TaskSignals, progress: Progress
    ) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            # Wrapped: a bare None sent through a cross-thread Signal(object) crashes
            # PySide6 6.12 after a while (none_dealloc refcount error).
            self._signals.finished.emit((self._work(self._progress),))
        except Exception as exc:
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self._signals.failed.emit(exc)


class TaskRunner(QObject):
    """Background work on a thread pool; callbacks on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._live: set[_TaskSignals] = set()

    @property
    def in_flight(self) -> int:
        """How many tasks have not delivered yet."""
        return len(self._live)

    def run(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Progress:
        # Parented, and deleted later: dropping the last Python reference inside one of
        # its own slots would free the sender mid-emission (PySide6 then crashes).
        signals = _TaskSignals(self)
        self._live.add(signals)
        progress = Progress(signals)

        def finished(boxed: tuple[T]) -> None:
            self._live.discard(signals)
            signals.deleteLater()
            on_done(boxed[0])

        def failed(error: BaseException) -> None:
            self._live.discard(signals)
            signals.deleteLater()
            if on_error is not None:
                on_error(error)

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._pool.start(_Task(work, signals, progress))
        return progress

    def run_with_dialog(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
    ) -> QProgressDialog:
        """Long work behind a modal progress bar with Cancel."""
        dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def done(value: T) -> None:
            dialog.reset()
            on_done(value)

        def failed(error: BaseException) -> None:
            dialog.reset()
            if on_error is not None and not isinstance(error, Cancelled):
                on_error(error)

        handle = self.run(work, done, failed, progress)
        dialog.canceled.connect(handle.cancel)
        return dialog

    def wait_idle(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while self._live and time.monotonic() < deadline:
            self._pool.waitForDone(10)
            QCoreApplication.processEvents()
        return not self._live
