"""Recall rules: which lots a scope covers, deadlines by level, when a case may close."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.recall import (
    LotAccount,
    Recall,
    RecallScope,
    ScopeKind,
    close_verdict,
    default_deadline,
    progress,
)

DI = "06900000000014"
ISSUED = datetime(2026, 3, 2, 9, tzinfo=UTC)


def account(**kw: int) -> LotAccount:
    base = dict(on_shelf=0, in_quarantine=0, returned_to_supplier=0, disposed=0, issued_out=0)
    return LotAccount(di=DI, lot="L1", **{**base, **kw})


def test_a_lot_list_scope_covers_only_the_listed_lots_of_its_gtin() -> None:
    scope = RecallScope(DI, ScopeKind.LOTS, lots=("L1", "L2"))
    assert scope.covers(DI, "L1", None)
    assert not scope.covers(DI, "L3", None)
    assert not scope.covers("06900000000021", "L1", None)


def test_an_all_lots_scope_covers_every_lot_of_its_gtin() -> None:
    scope = RecallScope(DI, ScopeKind.ALL_LOTS)
    assert scope.covers(DI, "ANY", None)
    assert not scope.covers("06900000000021", "ANY", None)


def test_a_production_range_covers_lots_made_inside_it_inclusive() -> None:
    scope = RecallScope(
        DI, ScopeKind.PRODUCED, produced_from=date(2025, 1, 1), produced_to=date(2025, 1, 31)
    )
    assert scope.covers(DI, "A", date(2025, 1, 1))
    assert scope.covers(DI, "B", date(2025, 1, 31))
    assert not scope.covers(DI, "C", date(2025, 2, 1))
    assert not scope.covers(DI, "D", None)


def test_a_serial_scope_covers_a_lot_holding_a_listed_serial() -> None:
    scope = RecallScope(DI, ScopeKind.SERIALS, serials=("SN-7",))
    assert scope.covers(DI, "P1", None, ["SN-1", "SN-7"])
    assert not scope.covers(DI, "P1", None, ["SN-1"])


@pytest.mark.parametrize(
    "scope",
    [
        dict(kind=ScopeKind.LOTS),
        dict(kind=ScopeKind.SERIALS),
        dict(kind=ScopeKind.PRODUCED, produced_from=date(2025, 2, 1)),
        dict(kind=ScopeKind.PRODUCED, produced_from=date(2025, 2, 1), produced_to=date(2025, 1, 1)),
    ],
)
def test_a_scope_that_names_nothing_is_refused(scope: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RecallScope(DI, **scope)  # type: ignore[arg-type]


def test_a_scope_survives_its_trip_through_json() -> None:
    scope = RecallScope(
        DI, ScopeKind.PRODUCED, produced_from=date(2025, 1, 1), produced_to=date(2025, 3, 1)
    )
    assert RecallScope.from_json(scope.to_json()) == scope


@pytest.mark.parametrize(("level", "days"), [(1, 1), (2, 3), (3, 7)])
def test_the_deadline_defaults_from_the_level_1_3_7_days(level: int, days: int) -> None:
    recall = Recall("RC-1", RecallScope(DI, ScopeKind.ALL_LOTS), level, "seal", ISSUED, "qa")
    assert recall.deadline is not None
    assert (recall.deadline - ISSUED.date()).days == days
    assert default_deadline(level, ISSUED.date()) == recall.deadline


def test_a_level_outside_1_to_3_or_no_reason_is_refused() -> None:
    with pytest.raises(ValueError):
        Recall("RC-1", RecallScope(DI, ScopeKind.ALL_LOTS), 4, "seal", ISSUED, "qa")
    with pytest.raises(ValueError):
        Recall("RC-1", RecallScope(DI, ScopeKind.ALL_LOTS), 1, "  ", ISSUED, "qa")


def test_a_recall_survives_its_trip_through_json() -> None:
    recall = Recall(
        "RC-1",
        RecallScope(DI, ScopeKind.LOTS, lots=("L1",)),
        2,
        "seal",
        ISSUED,
        "qa",
        drill=True,
        instructions="return all",
    )
    again = Recall.from_json(recall.to_json(), origin="centre")
    assert again.to_json() == recall.to_json() and again.origin == "centre"


def test_units_on_shelves_or_undocumented_in_departments_are_unaccounted() -> None:
    lot = account(on_shelf=2, in_quarantine=5, issued_out=10, used_on_patient=6, written_off=1)
    assert lot.affected == 17 and lot.recovered == 5 and lot.unaccounted == 2 + 3


def test_a_case_closes_only_when_every_unit_is_accounted_for_and_qa_signed() -> None:
    done = account(
        in_quarantine=4, returned_to_supplier=3, disposed=1, issued_out=2, used_on_patient=2
    )
    assert close_verdict([done], qa_signed=True).ok
    assert not close_verdict([done], qa_signed=False).ok
    refused = close_verdict([done, account(on_shelf=1)], qa_signed=True)
    assert not refused.ok and refused.problems == [
        "lot L1: 1 of 1 unaccounted (1 still on shelves, 0 out in departments)"
    ]


def test_progress_is_recovered_over_affected() -> None:
    assert progress([account(in_quarantine=3, issued_out=7), account(disposed=2)]) == (5, 12)
