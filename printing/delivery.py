"""Getting rendered bytes to paper: a file, a raw TCP printer, or CUPS.

`PrintJob.run()` never raises; it records the attempt and the error so the
UI (which runs it off the UI thread) can show it and offer a retry.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

from printing.errors import DeliveryError

RAW_PORT = 9100


@dataclass(frozen=True, slots=True)
class FileTarget:
    path: Path


@dataclass(frozen=True, slots=True)
class RawTcpTarget:
    """A network printer's raw port (JetDirect / Zebra 9100)."""

    host: str
    port: int = RAW_PORT
    timeout: float = 5.0


@dataclass(frozen=True, slots=True)
class CupsTarget:
    """A printer known to CUPS; `printer=None` means the system default."""

    printer: str | None = None
    raw: bool = False
    timeout: float = 30.0


Target = FileTarget | RawTcpTarget | CupsTarget


def _to_file(data: bytes, target: FileTarget) -> None:
    try:
        target.path.parent.mkdir(parents=True, exist_ok=True)
        target.path.write_bytes(data)
    except OSError as exc:
        raise DeliveryError(f"cannot write {target.path}: {exc.strerror or exc}") from exc


def _to_socket(data: bytes, target: RawTcpTarget) -> None:
    where = f"{target.host}:{target.port}"
    try:
        with socket.create_connection((target.host, target.port), timeout=target.timeout) as sock:
            sock.sendall(data)
            # Half-close so the printer sees the end of the job, then wait
            # for it to close: the bytes have left our buffers by then.
            sock.shutdown(socket.SHUT_WR)
            while sock.recv(4096):
                pass
    except ConnectionRefusedError as exc:
        raise DeliveryError(
            f"printer {where} refused the connection: is it switched on and is the port right?"
        ) from exc
    except TimeoutError as exc:
        raise DeliveryError(
            f"printer {where} did not answer within {target.timeout:g} s: "
            "check that it is on and on the network"
        ) from exc
    except socket.gaierror as exc:
        raise DeliveryError(f"printer address {target.host!r} is unknown: check the name") from exc
    except OSError as exc:
        raise DeliveryError(f"sending to printer {where} failed: {exc.strerror or exc}") from exc


def _to_cups(data: bytes, target: CupsTarget) -> None:
    lp = shutil.which("lp")
    if lp is None:
        raise DeliveryError(
            "the system print command 'lp' is missing: install CUPS or print to a file"
        )
    command = [lp, "-s"]
    if target.printer:
        command += ["-d", target.printer]
    if target.raw:
        command += ["-o", "raw"]
    try:
        result = subprocess.run(
            command, input=data, capture_output=True, timeout=target.timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise DeliveryError(f"'lp' did not finish within {target.timeout:g} s") from exc
    if result.returncode != 0:
        why = result.stderr.decode("utf-8", "replace").strip() or f"exit code {result.returncode}"
        raise DeliveryError(f"the system printer refused the job: {why}")


def deliver(data: bytes, target: Target) -> None:
    """Sends `data` to `target`; raises DeliveryError with an operator-facing message."""
    if isinstance(target, FileTarget):
        _to_file(data, target)
    elif isinstance(target, RawTcpTarget):
        _to_socket(data, target)
    else:
        _to_cups(data, target)


@dataclass(slots=True)
class PrintJob:
    """Rendered bytes bound for one target, with the history of attempts."""

    data: bytes
    target: Target
    description: str = ""
    attempts: int = 0
    last_error: str | None = None
    done: bool = False

    def run(self) -> bool:
        """One attempt; True when the job reached the target. Safe to call again."""
        self.attempts += 1
        try:
            deliver(self.data, self.target)
        except DeliveryError as exc:
            self.last_error = exc.message
            return False
        self.last_error = None
        self.done = True
        return True
