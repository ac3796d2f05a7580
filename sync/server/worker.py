"""One worker of `serve --workers N`: uvicorn starts N processes and each imports this.

Workers are stateless: everything they share is in the database, which the
starting process has already migrated, so a worker only connects. They learn
the database from the environment (uvicorn's worker processes take no
arguments); the admin token travels the same way (LOTKEEPER_ADMIN_TOKEN).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.domain.clock import SystemClock
from sync.server.app import create_app
from sync.server.db import open_centre

DB_VARIABLE = "LOTKEEPER_CENTRE_DB"
POOL_VARIABLE = "LOTKEEPER_CENTRE_POOL"


def app() -> FastAPI:
    """The app factory uvicorn calls in each worker."""
    engine = open_centre(
        os.environ[DB_VARIABLE], migrate=False, pool=int(os.environ[POOL_VARIABLE])
    )
    return create_app(engine, SystemClock())
