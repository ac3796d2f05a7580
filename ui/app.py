"""Starting the desktop client: store, log, backup, language, style, then the shell."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.adapters.database import DatabaseError
from app.adapters.store import Store, default_db_path, setup_logging
from app.cli.store import open_new_demo
from app.domain.clock import SystemClock
from app.services.demo_store import ensure_demo
from app.services.settings import site_settings
from ui.i18n import choose_language, install_translators
from ui.screens import SCREENS
from ui.shell import Shell
from ui.style import apply_style
from ui.widgets.device_settings import load_scanner
from ui.widgets.sync_status import site_sync
from ui.workers import TaskRunner

log = logging.getLogger(__name__)


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
        log.info("no store at %s: creating the demo store", path)
        ensure_demo(path, open_new_demo)
    return Store(path)


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
    sync = site_sync(store, clock)
    shell = Shell(
        store,
        clock,
        tasks,
        settings["device_name"],
        SCREENS,
        idle_lock_minutes=float(settings["idle_lock_minutes"]),
        sync=sync,
        # The workstation's own scanner set-up (Settings screen) decides how bursts end.
        scanner_config=load_scanner().wedge_config(),
    )
    shell.finished.connect(app.quit)
    shell.start()
    if sync is not None:
        sync.start()
    code = app.exec()
    if sync is not None:
        sync.stop()
    shell.close()
    store.close()
    del translators
    return code
