"""A request is judged by its credentials before its body, and its body by its size as it comes.

A 256 MB push must cost the centre neither its memory nor a parse; the API's
own description is for administrators only.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.protocol import MAX_BODY_BYTES, VERSION_HEADER
from sync.server.recalls import ADMIN_TOKEN_ENV
from tests.integration.sync.conftest import Centre, enrolled_site, free_port

ADMIN = "admin-secret-for-tests"
HUGE = 256 * 1024 * 1024


@pytest.fixture
def centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Centre]:
    monkeypatch.setenv(ADMIN_TOKEN_ENV, ADMIN)
    centre = Centre(str(tmp_path / "centre.db"), free_port())
    centre.start()
    yield centre
    centre.stop()


def _peak_rss_kib(centre: Centre) -> int:
    assert centre.proc is not None
    for line in Path(f"/proc/{centre.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _send_huge(centre: Centre, token: str, *, chunked: bool) -> tuple[int, int]:
    """Push HUGE bytes of junk; returns (HTTP status, bytes the centre let us send)."""
    head = [
        "POST /v1/push HTTP/1.1",
        f"Host: 127.0.0.1:{centre.port}",
        f"{VERSION_HEADER}: 3",
        f"Authorization: Bearer {token}",
        "Content-Type: application/json",
        "Transfer-Encoding: chunked" if chunked else f"Content-Length: {HUGE}",
    ]
    block = b"x" * (1024 * 1024)
    frame = f"{len(block):x}\r\n".encode() + block + b"\r\n" if chunked else block
    sent = 0
    with socket.create_connection(("127.0.0.1", centre.port), timeout=30) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        try:
            while sent < HUGE:
                sock.sendall(frame)
                sent += len(block)
        except OSError:
            pass  # the centre answered and closed: the rest is never read
        sock.settimeout(10)
        answer = b""
        try:
            while b"\r\n" not in answer:
                piece = sock.recv(4096)
                if not piece:
                    break
                answer += piece
        except OSError:
            pass
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
    return status, sent


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_256_mb_push_is_refused_without_raising_the_centres_memory(
    centre: Centre, tmp_path: Path, chunked: bool
) -> None:
    token = enrolled_site(centre, tmp_path, "A").token()
    time.sleep(0.2)
    before = _peak_rss_kib(centre)

    status, sent = _send_huge(centre, token, chunked=chunked)

    grown_mib = (_peak_rss_kib(centre) - before) / 1024
    print(f"\n{sent / 2**20:.0f} MiB sent before the 413; centre's peak grew {grown_mib:.1f} MiB")
    assert status == 413
    assert grown_mib < 2 * MAX_BODY_BYTES / 2**20 + 16, f"peak memory grew {grown_mib:.0f} MiB"
    assert requests.get(centre.base + "/v1/health", timeout=10).ok


def test_a_huge_body_without_a_valid_token_is_refused_before_it_is_read(
    centre: Centre,
) -> None:
    before = _peak_rss_kib(centre)

    status, _ = _send_huge(centre, "forged", chunked=True)

    assert status == 401
    assert (_peak_rss_kib(centre) - before) / 1024 < 16


def test_the_openapi_document_needs_the_admin_token_and_the_docs_pages_are_off(
    centre: Centre,
) -> None:
    anonymous = requests.get(centre.base + "/openapi.json", timeout=10)
    forged = requests.get(
        centre.base + "/openapi.json", headers={"Authorization": "Bearer nope"}, timeout=10
    )
    admin = requests.get(
        centre.base + "/openapi.json", headers={"Authorization": f"Bearer {ADMIN}"}, timeout=10
    )

    assert anonymous.status_code == 401 and forged.status_code == 401
    assert admin.status_code == 200
    push = admin.json()["paths"]["/v1/push"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "PushRequest"
    )
    for page in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        assert requests.get(centre.base + page, timeout=10).status_code == 404
