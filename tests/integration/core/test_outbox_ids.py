"""Outbox event ids: time-ordered UUIDs (version 7), written as every UUID is written."""

from __future__ import annotations

import time
import uuid

from app.adapters.ledger import event_ids


def test_event_ids_are_version_7_uuids_in_their_canonical_text() -> None:
    ids = event_ids(500)
    assert len(set(ids)) == 500
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_event_ids_begin_with_the_time_in_milliseconds_so_later_ones_sort_after() -> None:
    before = time.time_ns() // 1_000_000
    (first,) = event_ids(1)
    time.sleep(0.002)
    (later,) = event_ids(1)
    after = time.time_ns() // 1_000_000
    stamp = uuid.UUID(first).int >> 80
    assert before <= stamp <= after
    assert later > first
