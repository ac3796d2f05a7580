"""A real centre on loopback whose clock the test holds, and reading its web pages back.

The web tests need to move the centre's time (session expiry, log-in
windows, expiry tiers), which a `main.py serve` subprocess on the system
clock cannot: this serves the same `create_app` with uvicorn in a thread of
the test process, on a FixedClock. Sites push to it over HTTP as to any centre.
"""

from __future__ import annotations

import json
import re
import threading
import time
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import requests
import uvicorn

from app.domain.clock import FixedClock
from sync.server import admins
from sync.server.app import create_app
from tests.integration.sync.conftest import Centre, free_port

ADMIN = "qa-office"
PASSWORD = "长城-correct-horse-9"


class WebCentre(Centre):
    """Centre's helpers (codes, master data, queries) over an in-process server."""

    def __init__(
        self,
        folder: Path,
        at: datetime,
        tls: tuple[Path, Path] | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(url or str(folder / "centre.db"), free_port(), tls=tls)
        self.clock = FixedClock(at)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        config = uvicorn.Config(
            create_app(self.engine, self.clock),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            ssl_certfile=str(self.tls[0]) if self.tls else None,
            ssl_keyfile=str(self.tls[1]) if self.tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the centre did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        self.engine.dispose()

    def add_admin(self, username: str = ADMIN, password: str = PASSWORD) -> None:
        admins.add(self.engine, username, password, self.clock.now())


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(
    centre: Centre, username: str = ADMIN, password: str = PASSWORD, **verify: Any
) -> tuple[requests.Session, requests.Response]:
    """A browser-like session: open the log-in page, post its form with its token."""
    browser = requests.Session()
    form = browser.get(centre.base + "/web/login", timeout=10, **verify)
    assert form.status_code == 200
    answer = browser.post(
        centre.base + "/web/login",
        data={"csrf": csrf_of(form.text), "username": username, "password": password},
        allow_redirects=False,
        timeout=30,
        **verify,
    )
    return browser, answer


class _Tables(HTMLParser):
    """Every <table id=...> as rows of {data-key: cell text}, and every chart's data."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[dict[str, str]]] = {}
        self.charts: dict[str, dict[str, Any]] = {}
        self._table: str | None = None
        self._row: dict[str, str] | None = None
        self._key: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and a.get("id"):
            self._table = a["id"]
            self.tables[str(self._table)] = []
        elif tag == "tr" and self._table is not None:
            self._row = {}
        elif tag == "td" and self._row is not None and a.get("data-key"):
            self._key, self._text = a["data-key"], []
        elif tag == "canvas" and a.get("data-chart"):
            self.charts[str(a.get("id"))] = json.loads(str(a["data-chart"]))

    def handle_data(self, data: str) -> None:
        if self._key is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._key is not None and self._row is not None:
            self._row[self._key] = "".join(self._text).strip()
            self._key = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if self._row:
                self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None


def read_page(html: str) -> _Tables:
    parser = _Tables()
    parser.feed(html)
    return parser


def by_site(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["site"]: row for row in rows}
