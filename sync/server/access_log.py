"""The centre's access log: one JSON line per request.

    {"time": "2026-11-21T01:30:00.123456+00:00", "method": "POST", "path": "/v1/push",
     "status": 200, "duration_ms": 12.4, "worker": 4711, "device": "…", "site": "WARD3"}

`device` and `site` appear once the request authenticated as a device
(`note_caller`, called where the token is checked), `admin` for the admin API.
Headers and the query string are never written, so neither is a token.
Lines go to the `lotkeeper.access` logger; `serve` sends it to standard output.
"""

from __future__ import annotations

import json
import logging
import os
import time
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = "lotkeeper.access"
log = logging.getLogger(LOGGER)

# The caller of the request being served. A dict, not a value: the handlers run
# in worker threads on a copy of the context, and a copy shares the same dict.
_CALLER: ContextVar[dict[str, Any] | None] = ContextVar("caller", default=None)


def note_caller(**who: Any) -> None:
    """Who the current request turned out to be (device and site, or admin)."""
    caller = _CALLER.get()
    if caller is not None:
        caller.update(who)


class AccessLog:
    """ASGI middleware, outermost, so the status it logs is the one the client got."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.worker = os.getpid()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        at = datetime.now(UTC)
        started = time.perf_counter()
        caller: dict[str, Any] = {}
        status = {"code": 500}  # what the server answers when the app fails before replying

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
            await send(message)

        token = _CALLER.set(caller)
        try:
            await self.app(scope, receive, sending)
        finally:
            _CALLER.reset(token)
            line = {
                "time": at.isoformat(timespec="microseconds"),
                "method": scope["method"],
                "path": scope["path"],
                "status": status["code"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "worker": self.worker,
                **caller,
            }
            log.info(json.dumps(line, ensure_ascii=False))


def logging_config(level: str = "warning") -> dict[str, Any]:
    """Uvicorn's logging set-up for `serve`: its own messages at `level`, the access
    log (ours, not uvicorn's) one bare JSON line per request on standard output.
    Passed to uvicorn, so every worker process applies it too."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "line": {"format": "%(message)s"},
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        },
        "handlers": {
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "line",
                "stream": "ext://sys.stdout",
            },
            "errors": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            },
        },
        "loggers": {
            LOGGER: {"handlers": ["access"], "level": "INFO", "propagate": False},
            "uvicorn": {"handlers": ["errors"], "level": level.upper(), "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "sync": {"handlers": ["errors"], "level": "WARNING", "propagate": False},
        },
    }
