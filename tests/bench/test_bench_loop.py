"""The closed loop at 1,000,000 lots, each figure beside raw SQL measured in the same run.

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_loop.py

(LOTKEEPER_BENCH_LOTS=20000 LOTKEEPER_BENCH_DB=/tmp/lotkeeper-bench-20k.db for a trial.)

- the forecast of the whole store (every released, unheld lot in stock, by the
  issue's rule) <= 2 s; beside it, raw sqlite3 computing the same usage rates
  (units picked minus returned per item over the 90 days), and the ratio;
- the priority disposal list's first page (every open warning ranked by risk)
  <= 1 s; beside it the same usage-rate query and the same ranking query, raw.

The forecast date is three quarters into the span of the store's receipts
(September 2025 at 1M lots): the 90 days before it hold about a quarter of the
store's picks, so most items have a usage and the FEFO walk does real work.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.services.bus import execute
from app.services.commands import RaiseAlerts
from app.services.forecast import forecast
from app.services.priority import priority_list
from tests.bench.big_store import LOTS, TODAY, ensure_built

# Three quarters into the span of the store's receipts (a lot every 30 s from 2025-01-02).
ON = (datetime(2025, 1, 2, tzinfo=UTC) + timedelta(seconds=LOTS * 30 * 3 // 4, days=1)).date()
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 10, tzinfo=UTC)

USAGE_SQL = (
    "SELECT l.item_id, sum(CASE WHEN m.type = 'pick' THEN m.quantity ELSE 0 END), "
    "sum(CASE WHEN m.type = 'return' THEN m.quantity ELSE 0 END) "
    "FROM movements m JOIN lots l ON l.id = m.lot_id "
    "WHERE m.type IN ('pick', 'return') AND m.at >= ? AND m.at < ? GROUP BY l.item_id"
)
RANKING_SQL = (
    "SELECT a.id, coalesce(l.on_hand, 0) * i.unit_cost / max(1, coalesce("
    "julianday(l.expiry) - julianday(?), julianday(substr(a.due_at, 1, 10)) - julianday(?), 1)"
    ") AS risk FROM alerts a LEFT JOIN lots l ON l.id = a.lot_id "
    "JOIN items i ON i.id = coalesce(a.item_id, l.item_id) "
    "WHERE a.closed_at IS NULL AND a.superseded_at IS NULL "
    "AND (a.kind != 'expiry' OR l.on_hand > 0) ORDER BY risk DESC, a.id LIMIT 200"
)


@pytest.fixture(scope="module")
def path() -> Path:
    built = ensure_built()
    conn = sqlite3.connect(built)
    with conn:  # a unit value per item, so risk and value are not all zero
        conn.execute("UPDATE items SET unit_cost = (id % 97) + 0.5 WHERE unit_cost = 0")
    conn.close()
    return built


def _usage_floor(path: Path, on: date) -> float:
    since = datetime(on.year, on.month, on.day, tzinfo=UTC) - timedelta(days=90)
    until = since + timedelta(days=90)
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    rows = conn.execute(
        USAGE_SQL,
        (since.isoformat(timespec="microseconds"), until.isoformat(timespec="microseconds")),
    ).fetchall()
    floor = time.perf_counter() - started
    conn.close()
    assert rows
    return floor


def _line(what: str, ours: float, floor_what: str, floor: float, target: str) -> None:
    print(f"\n{what}: {ours:.2f} s | floor {floor_what} {floor:.3f} s | "
          f"ratio {ours / floor:.1f} (target {target})")  # fmt: skip


def test_forecast_of_the_whole_store_within_2_s(path: Path) -> None:
    store = Store(path)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        rows = forecast(store.uow(read_only=True), ON)
        ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        store.close()
    floor = _usage_floor(path, ON)
    _line(f"forecast over {LOTS:,} lots ({len(rows):,} with units unused)", ours,
          "raw usage-rate query", floor, "<= 2 s")  # fmt: skip
    print(f"(CPU {ours_cpu:.2f} s of it in this process)")
    assert ours <= 2.0


def test_priority_list_within_1_s(path: Path) -> None:
    store = Store(path)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alerts")
        raised = execute(store.uow(), FixedClock(NOW), Actor.system("bench"), RaiseAlerts())
        assert raised.ok, raised
        total = sum(raised.detail["raised"].values())
        started = time.perf_counter()
        page = priority_list(store.uow(read_only=True), TODAY, 0, 200)
        ours = time.perf_counter() - started
        raw = sqlite3.connect(path)
        started = time.perf_counter()
        ranked = raw.execute(RANKING_SQL, (TODAY.isoformat(), TODAY.isoformat())).fetchall()
        ranking_floor = time.perf_counter() - started
        raw.close()
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alerts")  # the store as it was built
    finally:
        store.close()
    assert [r.alert_id for r in page] == [r[0] for r in ranked]
    floor = _usage_floor(path, ON)
    _line(f"priority list, first page of {total:,} open warnings", ours,
          "raw usage-rate query", floor, "<= 1 s")  # fmt: skip
    _line("priority list, same page", ours, "raw ranking query", ranking_floor, "<= 1 s")
    assert ours <= 1.0
