"""Starting the desktop client: log, language, style, the log-in; the store behind it.

The log-in dialog is what the user waits for, so only what it needs is
imported before it shows. While the user types, workers open the store
(SQLAlchemy and the store's modules: ui/site_opening.py), take the day's
backup, and import the main window (every screen, the camera, numpy and
OpenCV) and the sync client (requests, pydantic, the key store); the window is
built from them after the log-in (tests/bench/test_bench_startup.py measures
both moments).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from PySide6.QtWidgets import QApplication, QMessageBox

from app.adapters.home import default_db_path, setup_logging
from app.domain.clock import Clock, SystemClock
from ui.i18n import choose_language, install_translators
from ui.reasons import failure_verdict
from ui.shell import Shell
from ui.site_opening import Site, SiteOpening
from ui.style import apply_style
from ui.widgets.device_settings import load_scanner
from ui.workers import Progress, TaskRunner

if TYPE_CHECKING:
    from app.adapters.store import Store
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
    from app.adapters.store import Store

    path = Path(db) if db else default_db_path()
    if not path.exists():
        from app.demo.store import ensure_demo, open_new_demo

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
    settle_start_up()


FULL_PASS_EVERY = 100
"""Passes of the middle generation between two full passes of the collector (10 by default)."""


def settle_start_up() -> None:
    """What start-up made (modules, classes, functions: ~200,000 objects once the main
    window's modules are in) lives as long as the process: the cyclic collector stops
    walking it. Its full passes over all of it held the GIL for 70-250 ms each, and a
    worker building a large read (the dashboard's KPI set at 1,000,000 lots) set them
    off every read or two: the UI thread stood still that long. Reference counting
    still frees all of it as usual; a pass now walks only what came since.

    And a full pass waits for 100 passes of the middle generation, not 10: what came
    since is still a KPI set or two (40,000-80,000 objects at 1,000,000 lots), and a
    full pass over them on a worker, beside the day's raise, held the GIL 37-75 ms
    (the dashboard's stalls of 44-74 ms, one per pass, went to 28-33 ms with none).
    Cycles that die young are still found by the young passes as before."""
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_PASS_EVERY)


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


def _open_site(db: str | None, opening: SiteOpening) -> tuple[Site, int]:
    """On a worker: the store and this station's settings. The log-in's checks wait on
    `opening` from their own workers, so it is told here, not from the UI thread."""
    from app.services.settings import site_settings

    try:
        store = open_store(db)
        settings = site_settings(store.uow(read_only=True))
    except BaseException as exc:
        opening.failed(exc)
        raise
    site = Site(store, settings["device_name"], float(settings["idle_lock_minutes"]))
    opening.opened(site)
    return site, int(settings["backup_keep_days"])


def _sum_closed_months(store: Store, clock: Clock) -> list[str]:
    from app.services.kpis import close_months

    return close_months(store.uow(), clock)


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
    tasks = TaskRunner()
    opening = SiteOpening()
    shell = Shell(
        opening,
        clock,
        tasks,
        Screens(),
        # The workstation's own scanner set-up (Settings screen) decides how bursts end.
        scanner_config=load_scanner().wedge_config(),
    )
    shell.finished.connect(app.quit)

    def opened(found: tuple[Site, int]) -> None:
        site, keep_days = found
        # The day's first start copies the whole store: off the UI thread too.
        tasks.run(
            lambda _progress: site.store.daily_backup(clock.today(), keep_days=keep_days),
            lambda path: log.info("daily backup: %s", path),
            lambda exc: log.error("the daily backup could not be written: %s", exc),
        )
        # Then the months that ended are summed for the KPIs (a read never waits on it).
        tasks.run(
            lambda _progress: _sum_closed_months(site.store, clock),
            lambda months: log.info("KPI months summed: %s", ", ".join(months) or "none"),
            lambda exc: log.error("the KPI months could not be summed: %s", exc),
        )
        tasks.run(
            _import_the_main_window,
            lambda _none: _start_sync(shell, site.store, clock),
            lambda exc: log.error("the main window could not be prepared: %s", exc),
        )

    def not_opened(exc: BaseException) -> None:
        log.error("the store could not be opened: %s", exc)
        QMessageBox.critical(None, "Lotkeeper", failure_verdict(exc).headline)
        app.exit(2)

    shell.start()
    tasks.run(lambda _progress: _open_site(db, opening), opened, not_opened)
    code = app.exec()
    if shell.sync is not None:
        shell.sync.stop()
    shell.close()
    tasks.wait_idle()
    if opening.site is not None:
        opening.site.store.close()
    del translators
    return code
