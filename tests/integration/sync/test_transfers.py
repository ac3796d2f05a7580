"""Transfers between two sites through a real centre on loopback, from the centre's suggestion."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, text

from app.domain.forecast import daily_usage
from app.services.commands import (
    AcceptTransferSuggestion,
    ArriveTransfer,
    DeclineTransferSuggestion,
)
from app.services.transfers import list_suggestions, list_transfers
from sync.protocol import Event
from sync.server import schema as s
from sync.server.db import open_centre
from sync.server.transfers import USAGE_DAYS, ingest, network_picture
from tests.integration.sync.conftest import (
    ITEM_A,
    Centre,
    Site,
    enrolled_site,
    seed_master_data,
)

EXPIRY = date(2027, 12, 31)  # what Site.act's scans carry (17)271231
HISTORY = timedelta(days=30)


def _with_usage(centre: Centre, tmp_path: Path) -> tuple[Site, Site]:
    """A holds 500 of L1 and uses 9 in 90 days; B used 60 of its own L0 and has none left."""
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    b = enrolled_site(centre, tmp_path, "B")
    assert not a.sync().errors and not b.sync().errors
    for site in (a, b):
        site.clock.advance(-HISTORY)
    assert a.act("receive", ITEM_A, "L1", qty=500, location="RCV").ok
    assert a.act("pick", ITEM_A, "L1", qty=9, location="RCV", to="ICU").ok
    assert b.act("receive", ITEM_A, "L0", qty=60, location="RCV").ok
    assert b.act("pick", ITEM_A, "L0", qty=60, location="RCV", to="ICU").ok
    for site in (a, b):
        site.clock.advance(HISTORY)
    assert not b.sync().errors
    assert not a.sync().errors  # A's push makes the suggestion; its pull brings it
    return a, b


def _expected_suggestion(centre: Centre) -> int:
    """The rule by hand: A uses 9/90 a day of L1, B 60/90 a day and has no earlier lot."""
    today = centre.scalar(select(s.transfer_suggestions.c.computed_at)).date()
    usable = (EXPIRY - today).days
    unused_at_a = 500 - int(9 / 90 * usable)
    room_at_b = int(60 / 90 * usable)
    return min(unused_at_a, room_at_b)


def _reset_cursors(site: Site) -> None:
    with site.store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE settings SET value = '0' WHERE key IN "
                "('sync.cursor.priority', 'sync.cursor.bulk')"
            )
        )


def test_a_suggested_transfer_moves_from_site_a_to_site_b_exactly_once(
    centre: Centre, tmp_path: Path
) -> None:
    a, b = _with_usage(centre, tmp_path)
    expected = _expected_suggestion(centre)

    [suggestion] = list_suggestions(a.store.uow(read_only=True), open_only=True)
    assert (suggestion["lot"], suggestion["to_site"]) == ("L1", "B")
    assert suggestion["quantity"] == expected
    assert list_suggestions(b.store.uow(read_only=True)) == []  # for the sending site only

    sent = a.run(a.people["admin"], AcceptTransferSuggestion(suggestion["id"]))
    assert sent.ok, sent
    transfer_id = str(sent.detail["transfer_id"])
    assert a.stock() == {(ITEM_A, "L1"): 491}  # still counted: in transit
    refused = a.act("pick", ITEM_A, "L1", qty=1, location="IN-TRANSIT", to="ICU")
    assert refused.code.value == "IN_TRANSIT"

    assert not a.sync().errors
    assert not b.sync().errors
    [expected_here] = list_transfers(b.store.uow(read_only=True))
    assert (expected_here["id"], expected_here["status"]) == (transfer_id, "in_transit")

    scan = f"(01){ITEM_A}(17)271231(10)L1"
    arrived = b.run(b.people["admin"], ArriveTransfer(scan, qty=expected - 2))
    assert arrived.ok, arrived
    assert arrived.detail["difference"] == -2
    again = b.run(b.people["admin"], ArriveTransfer(scan, qty=expected - 2))
    assert again.code.value == "TRANSFER_ARRIVED"

    assert not b.sync().errors
    assert not a.sync().errors
    _reset_cursors(b)  # every change pulled again: nothing may happen twice
    assert not b.sync().errors

    assert a.stock() == {(ITEM_A, "L1"): 491 - expected}
    assert b.stock() == {(ITEM_A, "L1"): expected - 2}
    assert centre.stock("A") == a.stock()
    assert centre.stock("B") == b.stock()
    [row] = centre.rows(select(s.transfers))
    assert (row.status, row.quantity, row.received) == ("arrived", expected, expected - 2)
    [at_a] = list_transfers(a.store.uow(read_only=True))
    [at_b] = list_transfers(b.store.uow(read_only=True))
    assert at_a["status"] == at_b["status"] == "arrived"
    assert at_b["received"] == expected - 2
    status = centre.scalar(select(s.transfer_suggestions.c.status))
    assert status == "accepted"


def test_a_declined_suggestion_stays_declined_with_its_reason(
    centre: Centre, tmp_path: Path
) -> None:
    a, _b = _with_usage(centre, tmp_path)
    [suggestion] = list_suggestions(a.store.uow(read_only=True), open_only=True)

    declined = a.run(
        a.people["admin"], DeclineTransferSuggestion(suggestion["id"], "kept for the new ward")
    )
    assert declined.ok
    assert not a.sync().errors
    assert a.act("pick", ITEM_A, "L1", qty=1, location="RCV", to="ICU").ok  # recomputed
    assert not a.sync().errors

    assert list_suggestions(a.store.uow(read_only=True), open_only=True) == []
    [row] = centre.rows(select(s.transfer_suggestions))
    assert (row.status, row.reason) == ("declined", "kept for the new ward")
    twice = a.run(a.people["admin"], DeclineTransferSuggestion(suggestion["id"], "again"))
    assert twice.code.value == "SUGGESTION_DECIDED"


def test_the_centre_rates_a_sites_usage_by_the_forecasts_daily_usage(tmp_path: Path) -> None:
    """Picks less returns over the 90 days before today ÷ 90 (app.domain.forecast), never
    below 0: the centre and a site's own forecast rate a site alike."""
    engine = open_centre(f"sqlite:///{tmp_path / 'centre.db'}")
    today = date(2027, 3, 1)
    rows = [
        ("A", ITEM_A, today - timedelta(days=91), 500, 0),  # before the 90 days
        ("A", ITEM_A, today - timedelta(days=90), 40, 0),
        ("A", ITEM_A, today - timedelta(days=1), 50, 9),
        ("A", ITEM_A, today, 700, 0),  # today's own: after them
        ("B", ITEM_A, today - timedelta(days=10), 30, 10),
        ("B", ITEM_A, today - timedelta(days=9), 0, 45),  # more back than out: no usage
    ]
    keys = ("site", "di", "day", "picked", "returned")
    try:
        with engine.begin() as conn:
            conn.execute(insert(s.site_usage), [dict(zip(keys, r, strict=True)) for r in rows])
            _, rates = network_picture(conn, [ITEM_A], today, set())[ITEM_A]
    finally:
        engine.dispose()
    assert rates == {
        "A": float(daily_usage(90, 9, USAGE_DAYS)),
        "B": float(daily_usage(30, 55, USAGE_DAYS)),
    }
    assert rates["A"] == 81 / 90 and rates["B"] == 0


def test_a_lot_first_seen_without_an_expiry_learns_it_from_a_later_movement(
    tmp_path: Path,
) -> None:
    """The first expiry stated wins; none stated leaves it unknown, not fixed at NULL."""
    engine = open_centre(f"sqlite:///{tmp_path / 'centre.db'}")
    at = datetime(2027, 3, 1, 9, tzinfo=UTC)

    def movement(seq: int, lot: str, expiry: str | None) -> Event:
        payload = {"type": "receive", "di": ITEM_A, "lot": lot, "quantity": 1, "to": "RCV"}
        if expiry:
            payload["expiry"] = expiry
        return Event(
            id=f"e{seq}", seq=seq, site="A", type="movement", payload=payload, at=at, user="op"
        )

    try:
        with engine.begin() as conn:
            ingest(conn, "A", [movement(1, "L1", None), movement(2, "L2", None)], at)
            ingest(
                conn,
                "A",
                [movement(3, "L1", None), movement(4, "L1", "2027-12-31"), movement(5, "L3", None)],
                at,
            )
            ingest(conn, "A", [movement(6, "L1", "2028-06-30")], at)  # stated first: kept
            found = dict(conn.execute(select(s.lot_expiries.c.lot, s.lot_expiries.c.expiry)).all())
    finally:
        engine.dispose()
    assert found == {"L1": date(2027, 12, 31), "L2": None, "L3": None}
