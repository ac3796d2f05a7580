"""The centre's web page over a big network. Not run in CI (tests/bench is ignored):

    LOTKEEPER_BENCH_CENTRE_LOTS=200000 .venv/bin/python -m pytest -o addopts= -s \
        tests/bench/test_bench_centre_web.py

A centre of 50 sites holding N lots between them (one stock row and one
lot row each, expiries spread over 400 days) and one receipt plus, for one
lot in four, one pick in the last 30 days. Each figure is printed beside
its floor measured in the same run: the same rows read with raw sqlite3,
no Python work on them. Target: the stock page and the KPI page each
answer within 1 s at 200,000 lots.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.server import network
from tests.integration.sync.web_centre import WebCentre, log_in

LOTS = int(os.environ.get("LOTKEEPER_BENCH_CENTRE_LOTS", "200000"))
SITES = 50
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


def _best(work: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _fill(path: Path) -> None:
    db = sqlite3.connect(path)
    text = lambda at: at.isoformat(timespec="microseconds")  # noqa: E731
    stock, lots, events = [], [], []
    for n in range(LOTS):
        site, di, lot = f"S{n % SITES:02d}", f"{n % 997:014d}", f"L{n}"
        expiry = (NOW + timedelta(days=n % 400 - 20)).date().isoformat()
        stock.append((site, di, lot, "SH1", 10))
        lots.append((site, di, lot, None, text(NOW), expiry))
        at = NOW - timedelta(days=n % 30, minutes=1)
        receive = {"type": "receive", "di": di, "lot": lot, "quantity": 12, "to": "SH1"}
        events.append((f"r{n}", "dev", 2 * n + 1, site, "movement", json.dumps(receive), text(at)))
        if n % 4 == 0:
            pick = {"type": "pick", "di": di, "lot": lot, "quantity": 2, "from": "SH1"}
            events.append((f"p{n}", "dev", 2 * n + 2, site, "movement", json.dumps(pick), text(at)))
    db.executemany("INSERT INTO site_stock VALUES (?, ?, ?, ?, ?)", stock)
    db.executemany(
        "INSERT INTO site_lots (site, di, lot, production_date, seen_at, expiry) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        lots,
    )
    db.executemany(
        'INSERT INTO events (id, device_id, seq, site, type, payload, at, "user", received_at) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'u', ?)",
        [(*e, e[-1]) for e in events],
    )
    db.executemany(
        "INSERT INTO devices (id, site, name, token_hash, enrolled_at, last_seq) "
        "VALUES (?, ?, 'till', ?, ?, 0)",
        [(f"d{i}", f"S{i:02d}", f"t{i}", text(NOW)) for i in range(SITES)],
    )
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebCentre]:
    folder = tmp_path_factory.mktemp("centre-web")
    centre = WebCentre(folder, NOW)
    _fill(folder / "centre.db")
    centre.start()
    centre.add_admin()
    yield centre
    centre.stop()


def _report(name: str, figure: float, floor: float, target: float) -> None:
    print(
        f"\n{name} at {LOTS:,} lots: {figure * 1000:.0f} ms; floor (raw sqlite3, same rows) "
        f"{floor * 1000:.0f} ms; ratio {figure / floor:.1f}; target <= {target * 1000:.0f} ms"
    )


def test_bench_the_stock_page(centre: WebCentre, tmp_path: Path) -> None:
    raw = sqlite3.connect(centre.url)
    horizon = (NOW + timedelta(days=60)).date().isoformat()  # the default tiers' widest
    floor = _best(
        lambda: raw.execute(
            "SELECT sl.site, sl.di, sl.lot, SUM(st.quantity), sl.expiry FROM site_lots sl "
            "JOIN site_stock st ON st.site = sl.site AND st.di = sl.di AND st.lot = sl.lot "
            "WHERE sl.expiry <= ? GROUP BY sl.site, sl.di, sl.lot, sl.expiry "
            "HAVING SUM(st.quantity) > 0",
            (horizon,),
        ).fetchall()
    )
    with centre.engine.connect() as conn:
        figures = _best(lambda: network.risk_by_site(network.risk_lots(conn, NOW.date())))
    browser, _ = log_in(centre)
    page = _best(lambda: browser.get(centre.base + "/web/stock", timeout=120).raise_for_status())
    _report("risk lots (network.risk_lots + risk_by_site)", figures, floor, 1.0)
    _report("GET /web/stock (the whole page)", page, floor, 1.0)


def test_bench_the_kpi_page(centre: WebCentre) -> None:
    raw = sqlite3.connect(centre.url)
    since = (NOW - timedelta(days=30)).isoformat(timespec="microseconds")
    floor = _best(
        lambda: raw.execute(
            "SELECT site, payload FROM events WHERE type = 'movement' AND at >= ?", (since,)
        ).fetchall()
    )
    browser, _ = log_in(centre)
    page = _best(
        lambda: requests.Response.raise_for_status(
            browser.get(centre.base + "/web/kpis?days=30", timeout=120)
        )
    )
    _report("GET /web/kpis?days=30 (the whole page)", page, floor, 1.0)
