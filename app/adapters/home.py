"""Where this user's Lotkeeper data lives, and its log file.

Apart from the store itself so that the desktop can find both before it
imports SQLAlchemy (ui/site_opening.py says why that matters).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Lotkeeper"


def data_dir() -> Path:
    """Per-user data directory; LOTKEEPER_HOME moves it (tests, portable installs)."""
    override = os.environ.get("LOTKEEPER_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "lotkeeper.db"


def setup_logging(level: int = logging.INFO) -> Path:
    """A rotating log file in the data directory: 5 files of 2 MB."""
    log_path = data_dir() / "lotkeeper.log"
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return log_path
