"""Recall timings. Not run in CI (tests/bench is ignored):

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_recall.py

Targets: the where-used trace of a recall over the 1,000,000-lot /
5,000,000-movement store <= 1 s; notices for 200 departments <= 30 s; a
recall issued at the centre reaches and locks an online site within one
sync round. The big store is copied first (opening it migrates it).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.adapters.database import create_sqlite_engine
from app.adapters.migrate import upgrade
from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.domain.credentials import hash_secret
from app.domain.model import Item, Location, LocationKind, Role, User
from app.domain.recall import NewRecall, Recall, RecallScope, ScopeKind
from app.recall_printouts import recall_notices
from app.services.bus import execute
from app.services.commands import CreateRecall
from app.services.recall_trace import recall_trace
from printing.documents import document_pdf
from sync.server.recalls import issue_recall
from tests.bench.big_store import PINS, TODAY, ensure_built, gtin, lot_number
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEMS,
    REGISTRATION,
    Centre,
    enrolled_site,
    sqlite_centre,
)
from tests.kit import People, command
from tests.stores import Recipe, new_store

__all__ = ["sqlite_centre"]
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 10, tzinfo=UTC)
FIGURES: dict[str, str] = {}


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    copy = Path(str(ensure_built()).replace(".db", "-recall.db"))
    shutil.copyfile(ensure_built(), copy)
    engine = create_sqlite_engine(copy)
    upgrade(engine)  # to head, without the pre-upgrade backup a user's file gets
    engine.dispose()
    store = Store(copy)
    yield store
    store.close()
    copy.unlink()


def test_where_used_over_five_million_movements_within_1_s(big: Store) -> None:
    clock = FixedClock(NOW)
    supervisor = People(big, clock, PINS)["supervisor"]
    scope = RecallScope(gtin(77), ScopeKind.ALL_LOTS)
    started = time.perf_counter()
    opened = execute(big.uow(), clock, supervisor, CreateRecall(NewRecall(scope, 1, "bench")))
    applied = time.perf_counter() - started
    assert opened.ok, opened
    listed = RecallScope(
        gtin(78),
        ScopeKind.LOTS,
        lots=tuple(lot_number(n) for n in range(78, 78 + 20000 * 40, 20000)),
    )
    assert execute(big.uow(), clock, supervisor, CreateRecall(NewRecall(listed, 2, "bench"))).ok

    started = time.perf_counter()
    trace = recall_trace(big.uow(), str(opened.detail["recall_id"]))
    took = time.perf_counter() - started

    assert len(trace["lots"]) == 50 and trace["progress"]["affected"] > 0
    FIGURES["open a 50-lot recall (block, alerts, tasks)"] = f"{applied * 1000:.0f} ms"
    FIGURES["where-used of 50 lots over 5M movements"] = f"{took * 1000:.0f} ms"
    assert took <= 1.0


def test_notices_for_200_departments_within_30_s(tmp_path: Path) -> None:
    store = new_store(tmp_path / "store.db", Recipe(NOW, "bench"))
    clock = FixedClock(NOW)
    di = gtin(1)
    with store.uow() as uow:
        uow.items.add(
            Item(
                di,
                "Syringe",
                "一次性使用无菌注射器",
                unit="支",
                auto_release=True,
                registration_no=REGISTRATION,
            )
        )
        uow.locations.add(Location("RCV", "收货区", LocationKind.RECEIVING))
        for d in range(200):
            uow.locations.add(Location(f"D{d:03d}", f"科室{d}", LocationKind.DEPARTMENT))
        uow.commit()
    people = People(store, clock, PINS)
    for lot in ("B1", "B2"):
        scan = f"01{di}17271231" + f"10{lot}"
        receive = command("receive", scan, qty=400, location="RCV")
        assert execute(store.uow(), clock, people["admin"], receive).ok
        for d in range(200):
            pick = command("pick", scan, qty=2, location="RCV", to=f"D{d:03d}")
            picked = execute(store.uow(), clock, people["admin"], pick)
            assert picked.ok, picked
    with store.uow() as uow:  # a supervisor for the recall
        uow.users.add(User("supervisor", "王芳", Role.SUPERVISOR, hash_secret(PINS["supervisor"])))
        uow.commit()
    scope = RecallScope(di, ScopeKind.ALL_LOTS)
    new = CreateRecall(NewRecall(scope, 2, "密封不良"))
    opened = execute(store.uow(), clock, people["supervisor"], new)
    assert opened.ok

    started = time.perf_counter()
    notices = recall_notices(store.uow(), str(opened.detail["recall_id"]), "王芳")
    pdfs = [document_pdf(notice) for _, notice in notices]
    took = time.perf_counter() - started

    store.close()
    assert len(pdfs) == 200 and all(p.startswith(b"%PDF") for p in pdfs)
    FIGURES["notices for 200 departments (PDF)"] = f"{took:.1f} s"
    assert took <= 30


def test_a_recall_reaches_and_locks_an_online_site_within_one_round(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    sqlite_centre.publish("items", ITEMS)
    sqlite_centre.publish("locations", [{"code": "RCV", "name": "Receiving", "kind": "receiving"}])
    site = enrolled_site(sqlite_centre, tmp_path, "A")
    site.sync()
    for n in range(50):
        assert site.act("receive", ITEM_A, f"L{n}", qty=5, location="RCV").ok
    site.sync()
    recall = Recall(
        "RC-BENCH",
        RecallScope(ITEM_A, ScopeKind.ALL_LOTS),
        1,
        "bench",
        datetime.now(UTC),
        "centre",
        origin="centre",
    )
    issue_recall(sqlite_centre.engine, recall)

    started = time.perf_counter()
    summary = site.sync()
    took = time.perf_counter() - started

    assert not summary.errors
    assert all(site.lot_hold(ITEM_A, f"L{n}") == "recall" for n in range(50))
    FIGURES["issue -> 50 lots locked at an online site: one round"] = f"{took * 1000:.0f} ms"


def test_zz_print_figures() -> None:
    for name, value in FIGURES.items():
        print(f"{name}: {value}")
