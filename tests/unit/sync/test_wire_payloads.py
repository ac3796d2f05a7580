"""The wire schema's rules on their own: what a payload must hold, named by place and field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from app.services.sync_site import lot_of
from sync.protocol import MAX_QUANTITY, AuditMark, Event, payload_problems

AT = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
ZERO = timedelta(0)


def _event(kind: str, payload: dict[str, object]) -> Event:
    return Event(id="e1", seq=1, site="A", type=kind, payload=payload, at=AT, user="u")


def _movement(**changes: object) -> Event:
    payload = {"type": "pick", "di": "D1", "lot": "L1", "quantity": 2, "from": "SH1", "to": "ICU"}
    return _event("movement", {**payload, **changes})


def test_a_movement_that_fits_its_type_has_no_problem() -> None:
    assert payload_problems([(0, _movement()), (1, _movement(quantity=MAX_QUANTITY))]) == {}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"quantity": "3"}, "payload.quantity"),
        ({"quantity": 2.0}, "payload.quantity"),
        ({"quantity": True}, "payload.quantity"),
        ({"quantity": MAX_QUANTITY + 1}, "payload.quantity"),
        ({"lot": "L" * 65}, "payload.lot"),
        ({"from": "S" * 65}, "payload.from"),
        ({"di": None}, "payload.di"),
    ],
)
def test_a_movement_payload_out_of_its_columns_is_named_by_place_and_field(
    change: dict[str, object], field: str
) -> None:
    problems = payload_problems([(0, _movement()), (7, _movement(**change))])
    assert list(problems) == [7] and problems[7].startswith(field)


def test_an_event_type_the_centre_does_not_read_is_taken_as_sent() -> None:
    assert payload_problems([(0, _event("alert_ack", {"anything": ["goes", 1.5]}))]) == {}


def test_a_recall_that_breaks_the_domains_rules_is_a_payload_problem() -> None:
    recall = {
        "id": "RC-1",
        "scope": {"di": "D1", "kind": "produced", "produced_from": "2026-02-01"},
        "level": 1,
        "reason": "seal",
        "issued_at": AT.isoformat(),
    }
    problems = payload_problems([(3, _event("recall_created", recall))])
    assert "both dates" in problems[3]


def test_an_event_time_needs_a_zone_and_is_kept_in_utc() -> None:
    with pytest.raises(ValidationError):
        Event(id="e", seq=1, site="A", type="x", payload={}, at=datetime(2026, 1, 1), user="u")
    eastern = datetime.fromisoformat("2026-01-01T08:00:00+08:00")
    event = Event(id="e", seq=1, site="A", type="x", payload={}, at=eastern, user="u")
    assert event.at == eastern and event.at.tzinfo == UTC
    sent_in_utc = Event.model_validate_json(
        '{"id": "e", "seq": 1, "site": "A", "type": "x", "payload": {}, "user": "u",'
        ' "at": "2026-01-01T00:00:00.000001+00:00"}'
    )
    assert sent_in_utc.at == eastern.replace(microsecond=1) and sent_in_utc.at.utcoffset() == ZERO


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-08:00"])
def test_an_event_time_that_leaves_the_calendar_in_utc_is_refused(at: str) -> None:
    with pytest.raises(ValidationError, match="time out of range"):
        Event(id="e", seq=1, site="A", type="x", payload={}, at=at, user="u")


@pytest.mark.parametrize("seq", [0, -1, 2**53 + 1, 2**63])
def test_a_sequence_outside_1_to_2_53_is_refused(seq: int) -> None:
    with pytest.raises(ValidationError):
        Event(id="e", seq=seq, site="A", type="x", payload={}, at=AT, user="u")


def test_an_audit_mark_is_a_sequence_and_a_sha256() -> None:
    assert AuditMark(seq=0, hash="0" * 64).seq == 0
    with pytest.raises(ValidationError):
        AuditMark(seq=1, hash="not a hash")


def test_the_lot_an_outbox_payload_names_is_read_only_when_it_fits_the_lot_columns() -> None:
    assert lot_of('{"di": "D1", "lot": "L1", "quantity": 3}') == ("D1", "L1")
    assert lot_of('{"di": "D1"}') is None
    assert lot_of("[1, 2]") is None
    assert lot_of("{broken") is None
    assert lot_of('{"di": "D1", "lot": "' + "L" * 65 + '"}') is None
