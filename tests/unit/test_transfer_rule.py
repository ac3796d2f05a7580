"""The surplus and suggestion rule of app.domain.transfers, against figures worked by hand."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.transfers import SiteLot, room_for, suggestions, unused_units

TODAY = date(2026, 3, 1)


def lot(name: str, days: int | None, quantity: int) -> SiteLot:
    return SiteLot(name, TODAY + timedelta(days=days) if days is not None else None, quantity)


def test_lots_are_used_in_fefo_order_and_what_expires_first_is_left_unused() -> None:
    # u = 4/day; A: 60 usable for 10 days -> 20 unused; B: 200 usable for 40 -> 200 - 4 x 30.
    surplus, _ = unused_units([lot("B", 40, 200), lot("A", 10, 60)], 4.0, TODAY, 0)
    assert [(s.lot.lot, s.unused) for s in surplus] == [("A", 20), ("B", 80)]


def test_the_do_not_issue_window_shortens_a_lots_usable_days() -> None:
    surplus, _ = unused_units([lot("A", 15, 60)], 4.0, TODAY, 5)
    assert [(s.lot.lot, s.unused) for s in surplus] == [("A", 20)]


def test_no_usage_leaves_every_unit_unused_and_no_expiry_never_does() -> None:
    surplus, _ = unused_units([lot("A", 30, 7), lot("N", None, 9)], 0.0, TODAY, 0)
    assert [(s.lot.lot, s.unused) for s in surplus] == [("A", 7)]


def test_a_site_takes_only_what_its_usage_consumes_after_its_own_earlier_lots() -> None:
    # B uses 2/day; its own 30 units expiring first take 15 days; 40 usable days leave 25 -> 50.
    room = room_for(lot("X", 40, 100), [lot("OWN", 20, 30), lot("LATER", 90, 500)], 2.0, TODAY, 0)
    assert room == 50


def test_a_surplus_goes_to_the_site_that_would_use_most_of_it() -> None:
    stock = {"A": [lot("X", 40, 100)], "B": [lot("OWN", 20, 30)], "C": []}
    rates = {"A": 1.0, "B": 2.0, "C": 1.5}
    # A leaves 60 unused; B has room for 50, C (no lot ahead) for 60.
    [found] = suggestions(stock, rates, TODAY, 0)
    assert (found.from_site, found.to_site, found.quantity, found.unused) == ("A", "C", 60, 60)


def test_no_site_with_usage_means_no_suggestion() -> None:
    assert suggestions({"A": [lot("X", 40, 100)], "B": []}, {"A": 1.0}, TODAY, 0) == []
