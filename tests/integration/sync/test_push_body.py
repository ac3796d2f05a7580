"""The push body is written straight from outbox rows; it must read back as the wire schema."""

from __future__ import annotations

import json
from pathlib import Path

from app.adapters.sync_state import SyncUnitOfWork
from sync.client.session import push_body
from sync.protocol import Event, PushRequest
from tests.integration.sync.conftest import START, make_site


def test_the_push_body_from_the_outbox_reads_back_as_the_push_request_it_stands_for(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path, "A")
    odd = {
        "type": "receive",
        "di": 'he said "ok" \\ 注射器',
        "lot": "L\n1",
        "quantity": 3,
        "to": None,
    }
    with site.store.uow() as uow:
        uow.outbox.append("movement", odd, START, "李伟")
        uow.outbox.append("note", {"n": [1, 2.5, True]}, START, "admin")
        uow.commit()
    with SyncUnitOfWork(site.store.engine, read_only=True) as uow:
        rows = uow.sync_outbox.unsent(10)
    rows = [r for r in rows if r.type in ("movement", "note")]

    body = push_body(42, START, "A", rows)

    expected = PushRequest(
        device_high_seq=42,
        device_now=START,
        events=[
            Event(
                id=r.id,
                seq=r.seq,
                site="A",
                type=r.type,
                payload=json.loads(r.payload),
                at=r.at,
                user=r.user,
            )
            for r in rows
        ],
    )
    assert PushRequest.model_validate_json(body) == expected
    assert expected.events[0].payload == odd and expected.events[0].user == "李伟"
