"""Starting the desktop client: store, log, backup, language, style, then the shell.

The log-in dialog is what the user waits for, so only what it needs is
imported before it shows: the main window (every screen, the camera, numpy and
OpenCV) and the sync client (requests, pydantic, the key store) are imported
on a worker thread while the user types, and the window is built from them
after the log-in (tests/bench/test_bench_startup.py measures both moments).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from PySide6.QtWidgets import QApplication, QMessageBox

from app.adapters.database import DatabaseError
from app.adapters.store import Store, default_db_path, setup_logging
from app.domain.clock import Clock, SystemClock
from app.services.settings import site_settings
from ui.i18n import choose_language, install_translators
from ui.shell import Shell
from ui.style import apply_style
from ui.widgets.device_settings import load_scanner
from ui.workers import Progress, TaskRunner

if TYPE_CHECKING:
    from ui.screen import Screen

log = logging.getLogger(__name__)

# What the main window needs, imported off the UI thread once the log-in shows.
_AFTER_LOG_IN = ("scanning.parse", "ui.screens", "ui.main_window", "ui.widgets.sync_status")


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName("Lotkeeper")
    return app


def open_store(db: str | None) -> Store:
    """The given file, or the per-user default; a first start gets the demo store."""
    path = Path(db) if db else default_db_path()
    if not path.exists():
        from app.cli.store import open_new_demo
        from app.services.demo_store import ensure_demo

        log.info("no store at %s: creating the demo store", path)
        ensure_demo(path, open_new_demo)
    return Store(path)


class Screens(Sequence["type[Screen]"]):
    """ui.screens.SCREENS, imported the first time the shell builds a main window."""

    @staticmethod
    def _all() -> Sequence[type[Screen]]:
        from ui.screens import SCREENS

        return SCREENS

    @overload
    def __getitem__(self, index: int) -> type[Screen]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[type[Screen]]: ...

    def __getitem__(self, index: int | slice) -> type[Screen] | Sequence[type[Screen]]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())


def _import_the_main_window(_progress: Progress) -> None:
    for module in _AFTER_LOG_IN:
        importlib.import_module(module)


def _start_sync(shell: Shell, store: Store, clock: Clock) -> None:
    """Background sync for an enrolled site, once the sync client is imported.

    A log-in quicker than that import (a badge scanned in the first half second)
    gets its window without the sync status; the sync itself runs all the same,
    and the next window shows it."""
    from ui.widgets.sync_status import site_sync

    sync = site_sync(store, clock)
    shell.sync = sync
    if sync is not None:
        sync.start()


def run_gui(db: str | None, lang: str | None) -> int:
    if db and "LOTKEEPER_HOME" not in os.environ:
        # The log, printouts and this workstation's settings follow the store, as backups do.
        os.environ["LOTKEEPER_HOME"] = str(Path(db).resolve().parent)
    log_path = setup_logging()
    app = application()
    language = choose_language(lang)
    translators = install_translators(app, language)
    apply_style(app)
    log.info("starting the desktop client (language %s, log %s)", language, log_path)
    clock = SystemClock()
    try:
        store = open_store(db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Lotkeeper", str(exc))
        return 2
    settings = site_settings(store.uow(read_only=True))
    tasks = TaskRunner()
    # The day's first start copies the whole store: off the UI thread, so a big
    # store does not hold up the log-in.
    tasks.run(
        lambda _progress: store.daily_backup(
            clock.today(), keep_days=int(settings["backup_keep_days"])
        ),
        lambda path: log.info("daily backup: %s", path),
        lambda exc: log.error("the daily backup could not be written: %s", exc),
    )
    shell = Shell(
        store,
        clock,
        tasks,
        settings["device_name"],
        Screens(),
        idle_lock_minutes=float(settings["idle_lock_minutes"]),
        # The workstation's own scanner set-up (Settings screen) decides how bursts end.
        scanner_config=load_scanner().wedge_config(),
    )
    shell.finished.connect(app.quit)
    shell.start()
    tasks.run(
        _import_the_main_window,
        lambda _none: _start_sync(shell, store, clock),
        lambda exc: log.error("the main window could not be prepared: %s", exc),
    )
    code = app.exec()
    if shell.sync is not None:
        shell.sync.stop()
    shell.close()
    store.close()
    del translators
    return code
