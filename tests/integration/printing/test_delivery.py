from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from printing import (
    CupsTarget,
    DeliveryError,
    FileTarget,
    LabelSize,
    PrintJob,
    RawTcpTarget,
    deliver,
    render_zpl,
)
from tests.integration.printing.samples import SERIALISED_LOT


class FakePrinter:
    """A raw-port printer on loopback: keeps every job it receives."""

    def __init__(self, port: int = 0) -> None:
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self.server.close()
        self.thread.join(timeout=5)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


def test_raw_printer_receives_the_exact_zpl_bytes(printer: FakePrinter) -> None:
    zpl = render_zpl(SERIALISED_LOT, LabelSize.LARGE)
    deliver(zpl, RawTcpTarget("127.0.0.1", printer.port))
    printer.close()
    assert printer.jobs == [zpl]


def test_printer_that_is_off_gives_an_error_an_operator_can_act_on() -> None:
    with pytest.raises(DeliveryError, match="refused the connection: is it switched on"):
        deliver(b"^XA^XZ", RawTcpTarget("127.0.0.1", _free_port(), timeout=2))


def test_failed_print_job_is_reported_and_succeeds_on_retry() -> None:
    port = _free_port()
    job = PrintJob(b"^XA^FDretry^FS^XZ", RawTcpTarget("127.0.0.1", port, timeout=2), "lot label")
    assert job.run() is False
    first = (job.attempts, job.done, job.last_error or "")
    assert first[:2] == (1, False) and f"127.0.0.1:{port}" in first[2]

    fake = FakePrinter(port)  # the printer has been switched on
    try:
        assert job.run() is True
    finally:
        fake.close()
    assert (job.attempts, job.done, job.last_error) == (2, True, None)
    assert fake.jobs == [job.data]


def test_file_target_writes_the_bytes(tmp_path: Path) -> None:
    target = tmp_path / "out" / "label.zpl"
    deliver(b"^XA^XZ", FileTarget(target))
    assert target.read_bytes() == b"^XA^XZ"


def test_missing_lp_command_says_cups_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(DeliveryError, match="'lp' is missing"):
        deliver(b"%PDF-1.4", CupsTarget())
