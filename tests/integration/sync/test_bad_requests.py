"""Bad requests get a 4xx with a clear message, write nothing, and the centre keeps serving."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sync.protocol import MAX_PUSH_EVENTS, VERSION_HEADER
from sync.server import schema as s
from tests.integration.sync.conftest import Centre, enrolled_site


def _event(site: str, seq: int) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "site": site,
        "type": "count",
        "payload": {"di": "D", "lot": "L1", "location": "SH1", "expected": 3, "counted": 3},
        "at": datetime.now(UTC).isoformat(),
        "user": "admin",
    }


def _push(events: list[dict[str, Any]]) -> bytes:
    now = datetime.now(UTC).isoformat()
    return json.dumps({"device_high_seq": 10**6, "device_now": now, "events": events}).encode()


@pytest.fixture
def centre(shared_centre: Centre) -> Centre:
    return shared_centre


@pytest.fixture
def site() -> str:
    """A site of its own for each test, so the centre can be shared."""
    return f"S{uuid.uuid4().hex[:8]}"


@pytest.fixture
def token(centre: Centre, tmp_path: Path, site: str) -> str:
    return enrolled_site(centre, tmp_path, site).token()


Case = Callable[[str, str], tuple[dict[str, str], bytes]]

CASES: dict[str, tuple[Case, int, str]] = {
    "malformed JSON": (
        lambda t, site: ({"Authorization": f"Bearer {t}"}, b"{not json"),
        400,
        "JSON",
    ),
    "missing token": (lambda t, site: ({}, _push([_event(site, 1)])), 401, "token"),
    "wrong token": (
        lambda t, site: ({"Authorization": "Bearer forged"}, _push([_event(site, 1)])),
        401,
        "rejected",
    ),
    "another site's events": (
        lambda t, site: ({"Authorization": f"Bearer {t}"}, _push([_event("B", 1)])),
        403,
        "site B",
    ),
    "batch over the limit": (
        lambda t, site: (
            {"Authorization": f"Bearer {t}"},
            _push([_event(site, n) for n in range(1, MAX_PUSH_EVENTS + 2)]),
        ),
        413,
        "smaller batches",
    ),
    "unknown protocol version": (
        lambda t, site: (
            {"Authorization": f"Bearer {t}", VERSION_HEADER: "99"},
            _push([_event(site, 1)]),
        ),
        400,
        "update the client",
    ),
    "damaged gzip": (
        lambda t, site: ({"Authorization": f"Bearer {t}", "Content-Encoding": "gzip"}, b"not gzip"),
        400,
        "gzip",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_push_is_refused_with_a_clear_message_and_writes_nothing(
    centre: Centre, token: str, site: str, case: str
) -> None:
    build, status, words = CASES[case]
    headers, body = build(token, site)
    headers = {VERSION_HEADER: "1", "Content-Type": "application/json", **headers}

    answer = requests.post(centre.base + "/v1/push", data=body, headers=headers, timeout=10)

    assert answer.status_code == status
    assert words in answer.json()["message"]
    written = select(func.count()).where(s.events.c.site.in_([site, "B"]))
    assert centre.scalar(written) == 0
    good = requests.post(
        centre.base + "/v1/push",
        data=gzip.compress(_push([_event(site, 1)])),
        headers={
            VERSION_HEADER: "1",
            "Authorization": f"Bearer {token}",
            "Content-Encoding": "gzip",
        },
        timeout=10,
    )
    assert good.status_code == 200 and good.json()["stored"] == 1


def test_an_enrolment_code_works_once(centre: Centre, site: str) -> None:
    code = centre.code(site)
    body = json.dumps({"code": code}).encode()
    headers = {VERSION_HEADER: "1"}

    first = requests.post(centre.base + "/v1/enrol", data=body, headers=headers, timeout=10)
    second = requests.post(centre.base + "/v1/enrol", data=body, headers=headers, timeout=10)

    assert first.status_code == 200 and first.json()["site"] == site
    assert second.status_code == 403 and "already used" in second.json()["message"]


def test_a_pull_with_a_nonsense_cursor_is_refused(centre: Centre, token: str) -> None:
    answer = requests.get(
        centre.base + "/v1/pull",
        params={"bulk_after": "yesterday"},
        headers={VERSION_HEADER: "1", "Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer.status_code == 400 and "bulk_after" in answer.json()["message"]
