"""Notifications' pure rules: how a digest names every warning it tells of."""

from __future__ import annotations

from app.domain.notifications import id_spans


def test_a_digest_names_every_id_with_each_run_as_a_span() -> None:
    assert id_spans([41, 43, 44, 45, 47, 48]) == "41, 43-45, 47-48"
    assert id_spans([7]) == "7"
    assert id_spans([]) == ""


def test_a_days_raise_of_a_hundred_thousand_warnings_is_named_in_one_span() -> None:
    assert id_spans(range(1201, 99050)) == "1201-99049"
