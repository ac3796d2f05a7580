"""One worker of `serve --workers N`: uvicorn starts N processes and each imports this.

Workers are stateless: everything they share is in the database, which the
starting process has already migrated, so a worker only connects. They learn
the database from the environment (uvicorn's worker processes take no
arguments); the admin token travels the same way (LOTKEEPER_ADMIN_TOKEN).
"""

from __future__ import annotations

import gc
import os

from fastapi import FastAPI
from sqlalchemy import Engine

from app.domain.clock import Clock, SystemClock
from sync.server.app import create_app
from sync.server.db import open_centre

DB_VARIABLE = "LOTKEEPER_CENTRE_DB"
POOL_VARIABLE = "LOTKEEPER_CENTRE_POOL"


def app() -> FastAPI:
    """The app factory uvicorn calls in each worker."""
    engine = open_centre(
        os.environ[DB_VARIABLE], migrate=False, pool=int(os.environ[POOL_VARIABLE])
    )
    return served(engine, SystemClock())


def served(engine: Engine, clock: Clock) -> FastAPI:
    """The app as a serving process (`serve`, or one of its workers) runs it for good.

    What is loaded by now (modules, routes, schemas: most of the heap) lives as
    long as the process, so it is frozen out of the garbage collector's full
    passes, which otherwise walk all of it every few pushes: 2.2 s of a
    100,000-event push's 9.4 s at the centre (tests/bench/test_bench_sync.py).
    """
    api = create_app(engine, clock)
    gc.collect()
    gc.freeze()
    return api
