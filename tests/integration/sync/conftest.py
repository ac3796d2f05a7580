"""A real centre on loopback (a `main.py serve` subprocess) and real site databases.

The centre runs on SQLite, and on PostgreSQL too when one is available:
LOTKEEPER_TEST_PG_URL names a server to use, otherwise a throwaway cluster is
started from Debian's packages; without either the PostgreSQL runs skip.
"""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, create_engine, func, select, text

from app.adapters.store import Store
from app.demo.store import gtin_check_digit
from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.services.bus import execute
from app.services.commands import Command
from app.services.context import ActionResult
from sync.client import device_token
from sync.client import settings as keys
from sync.client.registration import register
from sync.client.session import RoundSummary, SyncSession
from sync.server import schema as s
from sync.server.db import open_centre
from sync.server.enrolment import create_code
from sync.server.master import import_master_data
from tests.integration.sync.pg import PostgresCluster, find_pg_bin
from tests.kit import People, command
from tests.stores import ADMIN_PIN, Recipe, new_store

ROOT = Path(__file__).resolve().parents[3]
# Sites start on the real clock, so the centre measures no skew unless a test makes one.
START = datetime.now(UTC).replace(microsecond=0)


def gtin(body: str) -> str:
    """A GTIN-14 with its check digit, from 13 digits."""
    return body + gtin_check_digit(body)


REGISTRATION = "国械注准20213140002"

ITEM_A = gtin("0950600013435")
ITEM_B = gtin("0950600013436")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Centre:
    """The central service as a subprocess, so it can be SIGKILLed and started again."""

    def __init__(
        self, url: str, port: int, tls: tuple[Path, Path] | None = None, workers: int = 1
    ) -> None:
        self.url = url
        self.port = port
        self.tls = tls  # (certificate, key): the centre serves HTTPS only
        self.workers = workers  # `serve --workers`: more than one on PostgreSQL only
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.engine: Engine = open_centre(url)

    def start(self) -> None:
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the process without waiting: several centres can then boot side by side."""
        command = [sys.executable, str(ROOT / "main.py"), "serve", "--db", self.url]
        command += ["--port", str(self.port), "--workers", str(self.workers)]
        if self.tls is not None:
            command += ["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])]
        self.proc = subprocess.Popen(command, cwd=ROOT)

    def wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the centre exited with {self.proc.returncode}")
            if self._healthy():
                return
            time.sleep(0.05)
        raise RuntimeError("the centre did not start")

    def _healthy(self) -> bool:
        """Up and answering; over TLS without checking the certificate (the tests do that)."""
        if self.tls is None:
            try:
                return requests.get(self.base + "/v1/health", timeout=1).ok
            except requests.ConnectionError:
                return False
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, timeout=1, context=context)
        try:
            conn.request("GET", "/v1/health")
            return conn.getresponse().status == 200
        except OSError:
            return False
        finally:
            conn.close()

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()  # its data is thrown away with the test anyway
            self.proc.wait(10)
        self.engine.dispose()

    def code(self, site: str) -> str:
        return create_code(self.engine, FixedClock(datetime.now(UTC)), site)

    def publish(self, kind: str, rows: list[dict[str, str]]) -> None:
        report = import_master_data(self.engine, FixedClock(START), kind, list(rows[0]), rows)
        assert report.ok, report.problems

    def scalar(self, query: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def rows(self, query: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def events_for(self, site: str) -> list[str]:
        return [r[0] for r in self.rows(select(s.events.c.id).where(s.events.c.site == site))]

    def stock(self, site: str) -> dict[tuple[str, str], int]:
        """On hand per lot at a site, over its stock-holding locations."""
        q = (
            select(s.site_stock.c.di, s.site_stock.c.lot, func.sum(s.site_stock.c.quantity))
            .where(s.site_stock.c.site == site)
            .group_by(s.site_stock.c.di, s.site_stock.c.lot)
        )
        return {(di, lot): int(q) for di, lot, q in self.rows(q) if int(q)}


@dataclass
class Site:
    code: str
    store: Store
    clock: FixedClock
    people: People

    def act(self, action: str, di: str, lot: str, **fields: Any) -> ActionResult:
        """`action` by the site's administrator (authenticated once)."""
        scan = f"(01){di}(17)271231(10){lot}"
        return self.run(self.people["admin"], command(action, scan, **fields))

    def run(self, actor: Actor, cmd: Command) -> ActionResult:
        return execute(self.store.uow(), self.clock, actor, cmd)

    def session(self, **kwargs: Any) -> SyncSession:
        return SyncSession(self.store, self.clock, **kwargs)

    def sync(self, **kwargs: Any) -> RoundSummary:
        return self.session(**kwargs).run_round()

    def register(self, server: str, code: str, **kwargs: Any) -> None:
        register(self.store, server, code, actor="admin", **kwargs)

    def token(self) -> str:
        """The device token, from wherever the site keeps it."""
        with self.store.uow(read_only=True) as uow:
            where = uow.settings.get(keys.TOKEN_STORE) or ""
            store_id = uow.settings.get(keys.STORE_ID) or ""
        value = device_token.load(self.store.engine, store_id, where)
        assert value
        return value

    def _query(self, sql: str) -> list[Any]:
        with self.store.engine.connect() as conn:
            return list(conn.execute(text(sql)))

    def outbox_ids(self, sent: bool | None = None) -> list[str]:
        rows = self._query("SELECT id, sent_at FROM outbox")
        return [r[0] for r in rows if sent is None or (r[1] is not None) == sent]

    def stock(self) -> dict[tuple[str, str], int]:
        rows = self._query("SELECT di, lot, on_hand FROM lots WHERE on_hand != 0")
        return {(di, lot): int(q) for di, lot, q in rows}

    def lot_hold(self, di: str, lot: str) -> str:
        with self.store.uow(read_only=True) as uow:
            found = uow.lots.get(di, lot)
        assert found is not None
        return found.hold.value


def make_site(tmp_path: Path, code: str) -> Site:
    """A bare site of its own (never a copy: each site has its own store id)."""
    store = new_store(tmp_path / f"{code}.db", Recipe(START, f"till-{code}"))
    return site_on(code, store, FixedClock(START))


def site_on(code: str, store: Store, clock: FixedClock) -> Site:
    """A site on a store made by make_site (or a copy of one), acting as its administrator."""
    return Site(code, store, clock, People(store, clock, {"admin": ADMIN_PIN}))


@pytest.fixture(scope="session")
def postgres() -> Iterator[str | None]:
    url = os.environ.get("LOTKEEPER_TEST_PG_URL")
    if url:
        yield url
        return
    bin_dir = find_pg_bin()
    if bin_dir is None or shutil.which("runuser") is None:
        yield None
        return
    cluster = PostgresCluster(bin_dir, free_port())
    cluster.start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _fresh_pg_database(server_url: str) -> str:
    name = f"centre_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def _running_centre(backend: str, folder: Path, postgres: str | None) -> Centre:
    if backend == "sqlite":
        url = str(folder / "centre.db")
    else:
        if postgres is None:
            pytest.skip("no PostgreSQL: set LOTKEEPER_TEST_PG_URL or install postgresql")
        url = _fresh_pg_database(postgres)
    centre = Centre(url, free_port())
    centre.start()
    return centre


@pytest.fixture(params=["sqlite", "postgresql"])
def centre(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: str | None
) -> Iterator[Centre]:
    centre = _running_centre(request.param, tmp_path, postgres)
    try:
        yield centre
    finally:
        centre.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared_centre(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, postgres: str | None
) -> Iterator[Centre]:
    """One centre for tests that each use their own site and must not change the centre."""
    centre = _running_centre(request.param, tmp_path_factory.mktemp("centre"), postgres)
    try:
        yield centre
    finally:
        centre.stop()


@pytest.fixture
def sqlite_centre(tmp_path: Path) -> Iterator[Centre]:
    centre = Centre(str(tmp_path / "centre.db"), free_port())
    centre.start()
    try:
        yield centre
    finally:
        centre.stop()


ITEMS = [
    {
        "gtin": ITEM_A,
        "name": "Syringe 5 ml",
        "auto_release": "yes",
        "registration_no": REGISTRATION,
    },
    {"gtin": ITEM_B, "name": "Catheter", "auto_release": "yes", "registration_no": REGISTRATION},
]
LOCATIONS = [
    {"code": "RCV", "name": "Receiving", "kind": "receiving"},
    {"code": "SH1", "name": "Shelf 1", "kind": "storage"},
    {"code": "ICU", "name": "Intensive care", "kind": "department"},
]


def seed_master_data(centre: Centre) -> None:
    centre.publish("items", ITEMS)
    centre.publish("locations", LOCATIONS)


def enrolled_site(centre: Centre, tmp_path: Path, code: str, server: str | None = None) -> Site:
    site = make_site(tmp_path, code)
    site.register(server or centre.base, centre.code(code))
    return site
