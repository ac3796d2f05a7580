"""The closed loop's pure rules: the forecast's FEFO consumption, the fallback ladder."""

from __future__ import annotations

from datetime import timedelta

from app.domain.disposition import (
    CLOSES_ON,
    TRANSFER_OUT,
    Disposition,
    DueTimes,
    Feasible,
    fallback,
    recommended,
)
from app.domain.forecast import daily_usage, units_unused
from app.domain.model import Level


def test_the_worked_example_a_leaves_20_and_b_80() -> None:
    assert daily_usage(360, 0, 90) == 4
    assert list(units_unused(360, 90, [(60, 10), (200, 40)])) == [20, 80]


def test_a_lot_used_up_early_hands_on_its_remaining_days() -> None:
    # A: 20 units gone by day 5; B then has days 5..40 at 4 a day: 140 used.
    assert list(units_unused(360, 90, [(20, 10), (200, 40)])) == [0, 60]


def test_a_lot_whose_usable_life_ends_before_the_lots_ahead_are_used_is_wholly_unused() -> None:
    assert list(units_unused(360, 90, [(200, 40), (30, 20)])) == [40, 30]


def test_zero_usage_leaves_everything_and_no_expiry_nothing() -> None:
    assert list(units_unused(0, 90, [(5, 10), (7, None)])) == [5, 0]
    assert list(units_unused(10, 90, [(5, 0), (5, -3)])) == [5, 5], "expired or in the window"


def test_returns_beyond_picks_mean_no_usage() -> None:
    assert daily_usage(10, 30, 90) == 0


def test_fractional_usage_is_floored_in_units_used() -> None:
    # u = 1/3: A gets 10 days = 3 units; B gets 30 days = 10 units.
    assert list(units_unused(1, 3, [(20, 10), (200, 40)])) == [17, 190]


def test_the_fallback_is_the_next_feasible_rung_of_the_ladder() -> None:
    usable = Feasible(usable=True, returnable=False)
    assert recommended(usable) is Disposition.USE_FIRST
    assert fallback(None, usable) is Disposition.TRANSFER
    assert fallback(Disposition.TRANSFER, usable) is Disposition.SECOND_INSPECTION
    expired = Feasible(usable=False, returnable=True)
    assert recommended(expired) is Disposition.RETURN_TO_SUPPLIER
    assert fallback(Disposition.RETURN_TO_SUPPLIER, expired) is Disposition.DISPOSE
    assert fallback(Disposition.NO_ACTION, expired) is Disposition.RETURN_TO_SUPPLIER
    assert fallback(Disposition.WRITE_OFF, expired) is None
    item = Feasible(usable=True, returnable=True, has_lot=False)
    assert (recommended(item), fallback(None, item)) == (Disposition.NO_ACTION, None)


def test_due_times_by_level_and_what_closes_each_disposition() -> None:
    due = DueTimes()
    assert due.due_after(Level.CRITICAL) == due.due_after(Level.EXPIRED) == timedelta(days=1)
    assert (due.due_after(Level.WARNING), due.due_after(Level.NOTICE)) == (
        timedelta(days=3),
        timedelta(days=7),
    )
    assert CLOSES_ON[Disposition.TRANSFER] == {TRANSFER_OUT} == {"transfer_out"}
    assert CLOSES_ON[Disposition.NO_ACTION] == frozenset()
