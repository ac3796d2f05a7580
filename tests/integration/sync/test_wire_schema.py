"""The wire schema refuses what the database could not hold: a 4xx, nothing stored, never a 500.

Each shape here once reached the centre's database or crashed it. Against
both centres (SQLite and PostgreSQL), since column limits differ between them.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sync.protocol import VERSION_HEADER
from sync.server import schema as s
from tests.integration.sync.conftest import ITEM_A, Centre, enrolled_site

NOW = datetime.now(UTC).isoformat()


@pytest.fixture
def centre(shared_centre: Centre) -> Centre:
    return shared_centre


@pytest.fixture
def site() -> str:
    return f"W{uuid.uuid4().hex[:8]}"


@pytest.fixture
def token(centre: Centre, tmp_path: Path, site: str) -> str:
    return enrolled_site(centre, tmp_path, site).token()


def _event(site: str, seq: int, type: str = "movement", **payload: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "receive",
        "di": ITEM_A,
        "lot": "L1",
        "quantity": 3,
        "from": None,
        "to": "RCV",
    }
    if type != "movement":
        body = {}
    return {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "site": site,
        "type": type,
        "payload": {**body, **payload},
        "at": NOW,
        "user": "admin",
    }


def _post(centre: Centre, token: str, body: bytes | dict[str, Any]) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {VERSION_HEADER: "3", "Authorization": f"Bearer {token}"}
    return requests.post(centre.base + "/v1/push", data=data, headers=headers, timeout=30)


def _push(events: list[dict[str, Any]], **envelope: Any) -> dict[str, Any]:
    return {"device_high_seq": 10**6, "device_now": NOW, "events": events, **envelope}


def _stored(centre: Centre, site: str) -> dict[str, int]:
    counts = {}
    for name, table, column in (
        ("events", s.events, s.events.c.site),
        ("stock", s.site_stock, s.site_stock.c.site),
        ("recall_sites", s.recall_sites, s.recall_sites.c.site),
    ):
        counts[name] = centre.scalar(select(func.count()).select_from(table).where(column == site))
    return counts


NOTHING = {"events": 0, "stock": 0, "recall_sites": 0}


def _refused_alone(
    centre: Centre,
    token: str,
    site: str,
    bad: dict[str, Any],
    code: str,
    words: str,
    good_seq: int = 1,
) -> None:
    """A good event and the bad one: 422 naming the bad one, nothing stored, then the good goes."""
    stored_before = _stored(centre, site)
    good = _event(site, good_seq)
    answer = _post(centre, token, _push([good, bad]))
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "events_refused"
    assert [(r["index"], r["code"]) for r in body["refused"]] == [(1, code)]
    assert words in body["refused"][0]["message"]
    assert _stored(centre, site) == stored_before
    again = _post(centre, token, _push([good]))
    assert again.status_code == 200 and again.json()["stored"] == 1


def test_a_quantity_that_is_not_a_number_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, quantity="x")
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.quantity")


def test_a_nan_quantity_is_refused(centre: Centre, token: str, site: str) -> None:
    good, bad = _event(site, 1), _event(site, 2, quantity=0)
    raw = json.dumps(_push([good, bad])).replace('"quantity": 0', '"quantity": NaN').encode()
    answer = _post(centre, token, raw)
    assert answer.status_code in (400, 422), answer.text
    assert _stored(centre, site) == NOTHING


def test_a_huge_quantity_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, quantity=10**30)
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.quantity")


def test_a_quantity_of_2_7_is_refused_not_truncated(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, quantity=2.7)
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.quantity")


def test_a_negative_or_zero_quantity_of_a_movement_is_refused(
    centre: Centre, token: str, site: str
) -> None:
    _refused_alone(centre, token, site, _event(site, 2, quantity=-3), "bad_payload", "quantity")
    assert _stored(centre, site)["events"] == 1  # the good one, after the refusal
    zero = _event(site, 4, quantity=0)
    _refused_alone(centre, token, site, zero, "bad_payload", "quantity", good_seq=3)


def test_a_count_of_zero_is_a_status_event_and_is_stored(
    centre: Centre, token: str, site: str
) -> None:
    count = _event(site, 1, "count", di=ITEM_A, lot="L1", location="SH1", expected=0, counted=0)
    answer = _post(centre, token, _push([count]))
    assert answer.status_code == 200 and answer.json()["stored"] == 1


def test_device_now_without_a_time_zone_is_a_400(centre: Centre, token: str, site: str) -> None:
    body = _push([_event(site, 1)], device_now="2026-01-01T10:00:00")
    answer = _post(centre, token, body)
    assert answer.status_code == 400 and "device_now" in answer.json()["message"]
    assert _stored(centre, site) == NOTHING


def test_an_event_time_without_a_zone_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = {**_event(site, 2), "at": "2026-01-01T10:00:00"}
    _refused_alone(centre, token, site, bad, "malformed", "at")


def test_a_sequence_of_2_63_is_refused(centre: Centre, token: str, site: str) -> None:
    _refused_alone(centre, token, site, _event(site, 2**63), "malformed", "seq")


def test_a_sequence_of_2_63_minus_1_is_refused_and_does_not_retire_the_device(
    centre: Centre, token: str, site: str
) -> None:
    _refused_alone(centre, token, site, _event(site, 2**63 - 1), "malformed", "seq")
    retired = centre.scalar(select(s.devices.c.retired_reason).where(s.devices.c.site == site))
    assert retired is None
    assert _post(centre, token, _push([_event(site, 5)])).status_code == 200


def test_a_pull_cursor_of_2_70_is_a_400(centre: Centre, token: str) -> None:
    for name in ("priority_after", "bulk_after"):
        answer = requests.get(
            centre.base + "/v1/pull",
            params={name: 2**70},
            headers={VERSION_HEADER: "3", "Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert answer.status_code == 400 and name in answer.json()["message"]


def test_a_malformed_recall_created_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, "recall_created", id="RC-X", scope={"di": ITEM_A}, level="high")
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.")
    assert centre.scalar(select(func.count()).where(s.recalls.c.id == "RC-X")) == 0


def test_a_recall_created_with_a_naive_issue_time_is_refused(
    centre: Centre, token: str, site: str
) -> None:
    recall = {
        "id": "RC-NAIVE",
        "scope": {"di": ITEM_A, "kind": "lots", "lots": ["L1"]},
        "level": 1,
        "reason": "seal",
        "issued_at": "2026-01-01T10:00:00",
    }
    bad = _event(site, 2, "recall_created", **recall)
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.issued_at")


def test_a_malformed_recall_progress_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, "recall_progress", id="RC-1", recovered="many", affected=1)
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.")


def test_a_malformed_recall_applied_is_refused(centre: Centre, token: str, site: str) -> None:
    bad = _event(site, 2, "recall_applied", id=["RC-1"], lots="L1")
    _refused_alone(centre, token, site, bad, "bad_payload", "payload.")


def test_progress_for_a_recall_the_centre_does_not_hold_is_refused_and_creates_no_row(
    centre: Centre, token: str, site: str
) -> None:
    bad = _event(
        site, 2, "recall_progress", id="RC-NOWHERE", recovered=1, affected=2, unaccounted=1
    )
    _refused_alone(centre, token, site, bad, "unknown_recall", "RC-NOWHERE")
    rows = select(func.count()).where(s.recall_sites.c.recall_id == "RC-NOWHERE")
    assert centre.scalar(rows) == 0


def test_a_1_mb_lot_or_location_is_refused(centre: Centre, token: str, site: str) -> None:
    huge = "L" * 1_000_000
    _refused_alone(centre, token, site, _event(site, 2, lot=huge), "bad_payload", "payload.lot")
    far = _event(site, 4, to=huge)
    _refused_alone(centre, token, site, far, "bad_payload", "payload.to", good_seq=3)


def test_every_refused_event_of_a_batch_is_named_at_once(
    centre: Centre, token: str, site: str
) -> None:
    events = [_event(site, 1), _event(site, 2, quantity="x"), _event(site, 3, lot=7)]
    events[2]["id"] = "a" * 37  # unreadable id: named by its place
    answer = _post(centre, token, _push(events))
    assert answer.status_code == 422
    named = [(r["index"], r["id"], r["code"]) for r in answer.json()["refused"]]
    assert named == [(1, events[1]["id"], "bad_payload"), (2, None, "malformed")]
