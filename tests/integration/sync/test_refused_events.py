"""An event the centre refuses is set aside alone: holds still arrive, the rest still go.

These run against the SQLite centre: they are about the round, not the database.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.adapters.sync_state import SyncUnitOfWork
from sync.protocol import HoldRecord
from sync.server import schema as s
from sync.server.changes import issue_hold
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    START,
    Centre,
    Site,
    enrolled_site,
    seed_master_data,
)
from tests.integration.sync.proxy import Fault, FaultProxy
from ui.commands import centre as centre_cli


@pytest.fixture
def centre(sqlite_centre: Centre) -> Centre:
    return sqlite_centre


@pytest.fixture
def proxy(sqlite_centre: Centre) -> Iterator[FaultProxy]:
    proxy = FaultProxy(sqlite_centre.port)
    yield proxy
    proxy.close()


def _poison(site: Site, lot: str, value: object = "x") -> str:
    """Spoil the quantity of the site's first unsent movement of `lot`; returns its id."""
    with site.store.engine.begin() as conn:
        rows = conn.execute(text("SELECT seq, id, payload FROM outbox WHERE sent_at IS NULL"))
        for seq, event_id, payload in rows:
            data = json.loads(payload)
            if data.get("lot") == lot and "quantity" in data:
                data["quantity"] = value
                conn.execute(
                    text("UPDATE outbox SET payload = :p WHERE seq = :s"),
                    {"p": json.dumps(data), "s": seq},
                )
                return str(event_id)
    raise AssertionError(f"no unsent movement of {lot}")


def _hold(centre: Centre, lot: str, reference: str = "Q-1") -> None:
    issue_hold(
        centre.engine,
        HoldRecord(reference=reference, kind="quarantine", di=ITEM_A, lots=[lot], reason="x"),
        START,
    )


def _ready(centre: Centre, tmp_path: Path, server: str | None = None) -> Site:
    seed_master_data(centre)
    site = enrolled_site(centre, tmp_path, "A", server=server)
    assert not site.sync().errors
    return site


def test_one_event_the_centre_refuses_does_not_keep_a_hold_from_the_site(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    assert site.act("receive", ITEM_A, "L2", qty=5, location="RCV").ok
    poisoned = _poison(site, "L1")
    _hold(centre, "L2")

    summary = site.sync()

    assert summary.errors == []
    assert [(r["event"], r["code"]) for r in summary.refused] == [(poisoned, "bad_payload")]
    assert "quantity" in summary.refused[0]["message"]
    refused = site.act("pick", ITEM_A, "L2", qty=1, location="RCV", to="ICU")
    assert refused.code.value == "QUARANTINED"
    stored = set(centre.events_for("A"))
    assert poisoned not in stored
    assert stored == set(site.outbox_ids()) - {poisoned}
    status = site.session().status()
    assert [r.event_id for r in status.refused] == [poisoned] and status.pending == 0


def test_later_events_of_a_refused_events_lot_wait_and_other_lots_go_on(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    poisoned = _poison(site, "L1")
    assert site.act("pick", ITEM_A, "L1", qty=2, location="RCV", to="ICU").ok
    assert site.act("receive", ITEM_B, "L9", qty=4, location="RCV").ok
    waiting = site.outbox_ids(sent=False)

    summary = site.sync()
    again = site.sync()

    assert [r["event"] for r in summary.refused] == [poisoned]
    assert again.pushed == 0 and again.refused == summary.refused
    unsent = set(site.outbox_ids(sent=False))
    behind = unsent - {poisoned}
    assert len(behind) >= 1  # the pick of L1, held back behind the refused receipt
    assert set(centre.events_for("A")) == set(waiting) - unsent
    assert centre.stock("A") == {(ITEM_B, "L9"): 4}  # L1 stays out: nothing of it arrived


def test_a_discarded_refusal_lets_what_waited_behind_it_go(centre: Centre, tmp_path: Path) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    poisoned = _poison(site, "L1")
    assert site.act("move", ITEM_A, "L1", qty=2, location="RCV", to="SH1").ok
    site.sync()
    (refusal,) = site.session().status().refused

    with SyncUnitOfWork(site.store.engine) as uow:
        settled = uow.sync_refusals.discard(refusal.seq, "supervisor", START)
        uow.commit()
    summary = site.sync()

    assert settled.resolution == "discarded" and settled.resolved_by == "supervisor"
    assert summary.refused == [] and summary.errors == []
    assert set(site.outbox_ids(sent=False)) == {poisoned}  # never sent
    assert set(centre.events_for("A")) == set(site.outbox_ids()) - {poisoned}
    assert site.session().status().pending == 0


def test_a_corrected_refusal_reaches_the_centre_before_what_waited_behind_it(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    _poison(site, "L1")
    assert site.act("pick", ITEM_A, "L1", qty=2, location="RCV", to="ICU").ok
    site.sync()
    (refusal,) = site.session().status().refused
    with site.store.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT payload FROM outbox WHERE seq = :s"), {"s": refusal.seq}
        ).scalar_one()
    corrected = {**json.loads(stored), "quantity": 5}

    with SyncUnitOfWork(site.store.engine) as uow:
        settled = uow.sync_refusals.correct(refusal.seq, corrected, "supervisor", START)
        uow.commit()
    summary = site.sync()

    assert settled.resolution == "corrected" and settled.replacement_seq is not None
    assert summary.refused == [] and summary.errors == []
    assert centre.stock("A") == site.stock() == {(ITEM_A, "L1"): 3}
    # The pick came after the corrected receipt: the centre never saw stock go negative.
    negative = select(s.exceptions).where(s.exceptions.c.kind == "negative_stock")
    assert centre.rows(negative) == []
    with pytest.raises(LookupError), SyncUnitOfWork(site.store.engine) as uow:
        uow.sync_refusals.discard(refusal.seq, "supervisor", START)  # settled already


def test_a_push_the_centre_fails_does_not_keep_the_priority_pull_back(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path, server=proxy.url)
    assert site.act("receive", ITEM_A, "L2", qty=5, location="RCV").ok
    _hold(centre, "L2")
    proxy.path_plan = [("/v1/push", Fault.SERVER_ERROR)]

    summary = site.sync()

    assert summary.errors and "internal error" in summary.errors[0]
    assert site.lot_hold(ITEM_A, "L2") == "quarantine"
    assert len(site.outbox_ids(sent=False)) >= 1  # still to send, next round


def test_a_pull_the_centre_fails_does_not_keep_the_push_back(
    centre: Centre, proxy: FaultProxy, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path, server=proxy.url)
    assert site.act("receive", ITEM_A, "L3", qty=5, location="RCV").ok
    proxy.path_plan = [("/v1/pull", Fault.SERVER_ERROR)]

    summary = site.sync()

    assert summary.errors and "internal error" in summary.errors[0]
    assert site.outbox_ids(sent=False) == []
    assert centre.stock("A") == site.stock()


def test_one_poison_event_among_10000_a_hold_still_blocks_and_every_other_event_arrives_once(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "HELD", qty=5, location="RCV").ok
    with site.store.uow() as uow:
        for n in range(10_000 - 3):
            payload = {
                "type": "receive",
                "di": ITEM_B,
                "lot": f"B{n % 50}",
                "quantity": 1,
                "from": None,
                "to": "RCV",
            }
            uow.outbox.append("movement", payload, START, "admin")
        uow.commit()
    assert site.act("receive", ITEM_A, "POISON", qty=2, location="RCV").ok
    poisoned = _poison(site, "POISON", float("nan"))
    assert len(site.outbox_ids(sent=False)) >= 10_000
    _hold(centre, "HELD", "Q-10000")

    summary = site.sync()

    assert summary.errors == []
    assert site.lot_hold(ITEM_A, "HELD") == "quarantine"
    assert site.act("pick", ITEM_A, "HELD", qty=1, location="RCV", to="ICU").code.value == (
        "QUARANTINED"
    )
    assert [r["event"] for r in summary.refused] == [poisoned]
    arrived = Counter(centre.events_for("A"))
    assert set(arrived) == set(site.outbox_ids()) - {poisoned}
    assert max(arrived.values()) == 1


def test_a_payload_that_is_not_json_is_set_aside_at_the_site(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    assert site.act("receive", ITEM_B, "L2", qty=5, location="RCV").ok
    with site.store.engine.begin() as conn:
        seq, event_id = conn.execute(
            text("SELECT seq, id FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT 1")
        ).one()
        conn.execute(text("UPDATE outbox SET payload = '{broken' WHERE seq = :s"), {"s": seq})

    summary = site.sync()

    assert summary.errors == []
    assert [(r["event"], r["code"]) for r in summary.refused] == [(event_id, "malformed")]
    assert set(centre.events_for("A")) == set(site.outbox_ids()) - {event_id}


def test_the_sync_command_prints_the_refused_events_with_their_codes(
    centre: Centre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    poisoned = _poison(site, "L1", 10**30)
    site.store.close()

    code = centre_cli.cmd_sync(argparse.Namespace(db=site.store.path))

    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [(r["event"], r["code"]) for r in printed["refused"]] == [(poisoned, "bad_payload")]


def test_an_event_the_centre_refuses_is_queued_as_a_notification_once(
    centre: Centre, tmp_path: Path
) -> None:
    site = _ready(centre, tmp_path)
    assert site.act("receive", ITEM_A, "L1", qty=5, location="RCV").ok
    poisoned = _poison(site, "L1")

    site.sync()
    site.sync()  # still refused, not sent again: nothing queued twice

    with site.store.engine.connect() as conn:
        queued = list(
            conn.execute(
                text("SELECT cause, code, channel, recipient FROM notifications ORDER BY id")
            )
        )
    assert queued == [(f"refused:{poisoned}", "SYNC_REFUSED", "tray", "desk")]
