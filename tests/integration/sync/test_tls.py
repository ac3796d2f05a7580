"""HTTPS to a real centre on loopback: certificates verified, the site's own CA honoured.

A throwaway CA and server certificates are made with the `openssl` command
line; the centre is `main.py serve --tls-cert --tls-key` on an ephemeral port.
"""

from __future__ import annotations

import argparse
import http.server
import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import certifi
import pytest
import uvicorn
from sqlalchemy import func, select

from app.adapters.store import Store
from app.adapters.sync_state import SyncUnitOfWork
from app.domain.clock import FixedClock, SystemClock
from sync.client import settings as keys
from sync.client.errors import ErrorKind, SyncError
from sync.client.registration import register
from sync.server import schema as s
from sync.server.app import create_app
from sync.server.db import open_centre
from sync.server.enrolment import create_code
from tests.integration.sync.conftest import (
    ITEM_A,
    START,
    Centre,
    Site,
    free_port,
    make_site,
    seed_master_data,
    site_on,
)
from tests.stores import ADMIN_PIN
from ui.commands import centre as centre_cli

pytestmark = pytest.mark.skipif(
    shutil.which("openssl") is None,
    reason="the openssl command line is not installed: it makes the throwaway test CA",
)

_EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@dataclass(frozen=True)
class Pki:
    folder: Path
    ca: Path

    def server_certificate(self, name: str, alt_names: str) -> tuple[Path, Path]:
        """A certificate signed by the CA for `alt_names` (subjectAltName syntax), and its key."""
        cert, key, csr = (self.folder / f"{name}.{ext}" for ext in ("pem", "key", "csr"))
        extensions = self.folder / f"{name}.ext"
        extensions.write_text(
            "basicConstraints=critical,CA:FALSE\n"
            "keyUsage=critical,digitalSignature\n"
            "extendedKeyUsage=serverAuth\n"
            f"subjectAltName={alt_names}\n"
            "subjectKeyIdentifier=hash\n"
            "authorityKeyIdentifier=keyid,issuer\n"
        )
        _openssl("req", *_EC_KEY, "-keyout", key.name, "-out", csr.name, "-subj", f"/CN={name}",
                 cwd=self.folder)  # fmt: skip
        _openssl("x509", "-req", "-in", csr.name, "-CA", self.ca.name, "-CAkey", "ca.key",
                 "-CAcreateserial", "-days", "2", "-extfile", extensions.name, "-out", cert.name,
                 cwd=self.folder)  # fmt: skip
        return cert, key


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", *_EC_KEY, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=Lotkeeper throwaway test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign",
             cwd=folder)  # fmt: skip
    return Pki(folder, folder / "ca.pem")


class InProcessCentre:
    """A second centre served by uvicorn in a thread: booting another process costs seconds."""

    def __init__(self, folder: Path, tls: tuple[Path, Path]) -> None:
        self.engine = open_centre(str(folder / "misnamed.db"))
        self.port = free_port()
        self.base = f"https://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(self.engine, SystemClock()),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            ssl_certfile=str(tls[0]),
            ssl_keyfile=str(tls[1]),
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the in-process centre did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.engine.dispose()

    def code(self, site: str) -> str:
        return create_code(self.engine, SystemClock(), site)

    def event_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(s.events)).scalar_one())


@dataclass(frozen=True)
class TlsCentres:
    pki: Pki
    good: Centre  # `main.py serve --tls-cert --tls-key`; certificate for localhost and 127.0.0.1
    misnamed: InProcessCentre  # certificate for centre.example only, same CA


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsCentres]:
    folder = tmp_path_factory.mktemp("tls")
    pki = make_pki(folder / "pki")
    good = Centre(
        str(folder / "centre.db"),
        free_port(),
        tls=pki.server_certificate("centre", "DNS:localhost,IP:127.0.0.1"),
    )
    misnamed = InProcessCentre(folder, pki.server_certificate("misnamed", "DNS:centre.example"))
    try:
        good.launch()
        misnamed.start()
        good.wait_ready()
        seed_master_data(good)
        yield TlsCentres(pki, good, misnamed)
    finally:
        good.stop()
        misnamed.stop()


@pytest.fixture(autouse=True)
def _ca_bundle_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on many machines: requests must not let this override the site's own CA."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())


@pytest.fixture(autouse=True)
def _site_admin_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    """`register` is the site administrator's command: their PIN, as a script passes it."""
    monkeypatch.setenv("LOTKEEPER_PIN", ADMIN_PIN)


def _main(*args: str) -> int:
    """A sync command through its real parser, in this process (a new one takes seconds)."""
    parser = argparse.ArgumentParser()
    centre_cli.register(parser.add_subparsers(dest="command", required=True))
    parsed = parser.parse_args(args)
    return int(parsed.func(parsed))


def _enrolled(tls: TlsCentres, tmp_path: Path, code: str) -> Site:
    site = make_site(tmp_path, code)
    register(site.store, tls.good.base, tls.good.code(code), str(tls.pki.ca), actor="admin")
    return site


def _reopened(tmp_path: Path, code: str) -> Site:
    return site_on(code, Store(tmp_path / f"{code}.db"), FixedClock(START))


def _set(site: Site, key: str, value: str) -> None:
    with SyncUnitOfWork(site.store.engine) as uow:
        uow.settings.put(key, value)
        uow.commit()


def _assert_nothing_sent(site: Site, tls: TlsCentres, before: list[str]) -> None:
    assert before, "the site should have work waiting"
    assert sorted(site.outbox_ids(sent=False)) == sorted(before)
    assert tls.good.events_for(site.code) == []


def test_a_site_registers_with_the_centres_ca_and_syncs_over_https(
    tls: TlsCentres,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_site(tmp_path, "T1").store.close()
    # `register --ca` with a relative path, as typed in the folder that holds the file.
    monkeypatch.chdir(tls.pki.folder)
    code = tls.good.code("T1")
    db = str(tmp_path / "T1.db")
    assert (
        _main(
            "register",
            "--db",
            db,
            "--user",
            "admin",
            "--server",
            tls.good.base,
            "--code",
            code,
            "--ca",
            "ca.pem",
        )
        == 0
    )
    assert "registered as device" in capsys.readouterr().out
    monkeypatch.chdir(tmp_path)  # later rounds run elsewhere: the CA path was stored absolute

    site = _reopened(tmp_path, "T1")
    first = site.sync()
    assert first.errors == []
    assert first.pulled > 0  # master data arrived
    assert site.act("receive", ITEM_A, "TLS1", qty=6, location="RCV").ok
    second = site.sync()

    assert second.errors == [] and second.pushed == len(site.outbox_ids()) > 0
    assert sorted(tls.good.events_for("T1")) == sorted(site.outbox_ids())
    assert site.outbox_ids(sent=False) == []
    assert tls.good.stock("T1") == site.stock() == {(ITEM_A, "TLS1"): 6}
    assert site.session().status().last_error_kind is None
    site.store.close()
    assert _main("sync", "--db", db) == 0  # `main.py sync` over HTTPS too
    assert json.loads(capsys.readouterr().out)["errors"] == []


def test_without_the_ca_the_site_refuses_the_centre_with_a_certificate_error_and_sends_nothing(
    tls: TlsCentres, tmp_path: Path
) -> None:
    stranger = make_site(tmp_path, "T2X")
    with pytest.raises(SyncError) as refused:
        register(stranger.store, tls.good.base, tls.good.code("T2X"), actor="admin")
    assert refused.value.kind is ErrorKind.CERTIFICATE
    assert "not trusted" in refused.value.words and "--ca" in refused.value.words
    assert stranger.session().status().registered is False

    site = _enrolled(tls, tmp_path, "T2")
    assert site.sync().errors == []
    assert site.act("receive", ITEM_A, "TLS2", qty=3, location="RCV").ok
    waiting = site.outbox_ids(sent=False)
    _set(site, keys.CA_FILE, "")  # the site forgets its CA: only the public roots remain

    summary = site.sync()

    assert len(summary.errors) == 1
    assert "certificate is not trusted" in summary.errors[0]
    status = site.session().status()
    assert status.last_error_kind == ErrorKind.CERTIFICATE.value
    assert status.last_error == summary.errors[0]
    _assert_nothing_sent(site, tls, waiting)


def test_a_certificate_for_another_host_name_is_refused_the_same_way(
    tls: TlsCentres, tmp_path: Path
) -> None:
    stranger = make_site(tmp_path, "T3X")
    with pytest.raises(SyncError) as refused:
        register(
            stranger.store,
            tls.misnamed.base,
            tls.misnamed.code("T3X"),
            str(tls.pki.ca),
            actor="admin",
        )
    assert refused.value.kind is ErrorKind.CERTIFICATE
    assert "127.0.0.1" in refused.value.words and "another name" in refused.value.words

    site = _enrolled(tls, tmp_path, "T3")
    assert site.sync().errors == []
    assert site.act("receive", ITEM_A, "TLS3", qty=2, location="RCV").ok
    waiting = site.outbox_ids(sent=False)
    _set(site, keys.SERVER, tls.misnamed.base)  # same CA, but not this address's certificate

    summary = site.sync()

    assert len(summary.errors) == 1 and "another name" in summary.errors[0]
    assert site.session().status().last_error_kind == ErrorKind.CERTIFICATE.value
    _assert_nothing_sent(site, tls, waiting)
    assert tls.misnamed.event_count() == 0


def test_plain_http_to_the_https_port_fails_at_once_saying_to_use_https(
    tls: TlsCentres, tmp_path: Path
) -> None:
    plain = tls.good.base.replace("https://", "http://")
    stranger = make_site(tmp_path, "T4X")
    began = time.monotonic()
    with pytest.raises(SyncError) as refused:
        register(stranger.store, plain, tls.good.code("T4X"), str(tls.pki.ca), actor="admin")
    assert time.monotonic() - began < 5  # not a hang until the read timeout
    assert refused.value.kind is ErrorKind.REFUSED
    assert "only speaks HTTPS" in refused.value.words and "https://" in refused.value.words

    site = _enrolled(tls, tmp_path, "T4")
    assert site.sync().errors == []
    assert site.act("receive", ITEM_A, "TLS4", qty=1, location="RCV").ok
    waiting = site.outbox_ids(sent=False)
    _set(site, keys.SERVER, plain)

    began = time.monotonic()
    summary = site.sync()

    assert time.monotonic() - began < 5
    assert len(summary.errors) == 1 and "only speaks HTTPS" in summary.errors[0]
    _assert_nothing_sent(site, tls, waiting)


class _PlainHttp(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_https_to_a_plain_http_port_says_it_does_not_speak_https(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PlainHttp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = make_site(tmp_path, "T5")
    try:
        with pytest.raises(SyncError) as refused:
            register(
                site.store,
                f"https://127.0.0.1:{server.server_address[1]}",
                "CODE",
                actor="admin",
            )
    finally:
        server.shutdown()
        server.server_close()
    assert refused.value.kind is ErrorKind.REFUSED
    assert "does not speak HTTPS" in refused.value.words


def test_a_missing_or_empty_ca_file_is_a_certificate_error_not_a_crash(
    tls: TlsCentres, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_site(tmp_path, "T6X").store.close()
    code = tls.good.code("T6X")
    db = str(tmp_path / "T6X.db")
    missing = str(tmp_path / "no-such-ca.pem")
    assert (
        _main(
            "register",
            "--db",
            db,
            "--user",
            "admin",
            "--server",
            tls.good.base,
            "--code",
            code,
            "--ca",
            missing,
        )
        == 2
    )
    assert "CA file" in capsys.readouterr().err

    ca_copy = tmp_path / "ca-copy.pem"
    shutil.copy(tls.pki.ca, ca_copy)
    site = make_site(tmp_path, "T6")
    register(site.store, tls.good.base, tls.good.code("T6"), str(ca_copy), actor="admin")
    assert site.sync().errors == []
    assert site.act("receive", ITEM_A, "TLS6", qty=1, location="RCV").ok
    waiting = site.outbox_ids(sent=False)

    ca_copy.unlink()
    gone = site.sync()
    ca_copy.write_text("not a certificate\n")
    empty = site.sync()

    assert "is missing" in gone.errors[0] and "holds no certificate" in empty.errors[0]
    assert site.session().status().last_error_kind == ErrorKind.CERTIFICATE.value
    _assert_nothing_sent(site, tls, waiting)
