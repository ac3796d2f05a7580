"""The audit log stores and hashes each value once (`stored_json`, `stored_hash`); the
digest must be the one `entry_hash` gives over the values as they read back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from app.domain.audit import GENESIS, entry_hash, stored_hash, stored_json

AT = datetime(2026, 6, 1, 2, 30, tzinfo=timezone(timedelta(hours=8))).astimezone(UTC)

VALUES: list[dict[str, Any] | None] = [
    None,
    {},
    {"lot_id": 7, "kind": "recall", "level": "critical", "message": "召回 RC-1 (level 1): 密封"},
    {"expiry": date(2027, 1, 31), "at": AT, "quantity": 2.5, "ok": True, "none": None},
    {"nested": {"b": [1, {"z": "x", "a": ["\u0000", '"q"']}], "a": ()}},
    {"by_level": {10: "ten", 9: "nine"}, "mixed": [{2: "b", 11: "a"}]},
]


@pytest.mark.parametrize("value", VALUES)
def test_a_stored_value_reads_back_as_the_same_json(value: dict[str, Any] | None) -> None:
    text = stored_json(value)
    if value is None:
        assert text is None
        return
    assert text is not None
    back = json.loads(text)
    assert stored_json(back) == text


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("at", [AT, AT.replace(microsecond=0)])
def test_the_stored_hash_is_the_entry_hash_of_the_values_read_back(
    value: dict[str, Any] | None, at: datetime
) -> None:
    before, after, meta = stored_json(value), stored_json({"after": value}), stored_json(value)
    back = [json.loads(t) if t is not None else None for t in (before, after, meta)]

    digest = stored_hash(
        GENESIS, 12, at.isoformat(), "王芳", "库房-1", "pick", "lot", "0690/L1", before, after, meta
    )

    assert digest == entry_hash(
        GENESIS, 12, at, "王芳", "库房-1", "pick", "lot", "0690/L1", back[0], back[1], back[2]
    )
