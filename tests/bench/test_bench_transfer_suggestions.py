"""What transfer suggestions add to a push at the centre (not in CI).

`pytest tests/bench/test_bench_transfer_suggestions.py -s -o addopts=`

A network of 20 sites, half of them holding 3 lots each of 500 items, with 90 days of
usage; one site pushes 2,000 movements over those 500 items. Measured: the
centre's transfer work for that push (usage and expiry upserts, every
touched item's suggestions computed again and published) beside a floor
taken in the same run: raw sqlite3 doing the same upserts and reading the
same rows (stock, usage sums, expiries of the 500 items) in one query each.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from sync.protocol import Event
from sync.server import schema as s
from sync.server import transfers
from sync.server.db import open_centre

SITES = 20
ITEMS = 500
LOTS = 3
EVENTS = 2000
NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


def _seed(url: str) -> None:
    engine = open_centre(url)
    today = NOW.date()
    with engine.begin() as conn:
        stock, expiries, usage = [], [], []
        for item in range(ITEMS):
            di = f"{item:014d}"
            for lot in range(LOTS):
                expiries.append(
                    {"di": di, "lot": f"L{lot}", "expiry": today + timedelta(30 * lot + 20)}
                )
            for site in range(SITES):
                for lot in range(LOTS if site % 2 == 0 else 0):
                    stock.append(
                        {
                            "site": f"S{site}",
                            "di": di,
                            "lot": f"L{lot}",
                            "location": "SH1",
                            "quantity": 50 + 40 * (site % 3),
                        }
                    )
                for day in range(0, 90, 9):
                    usage.append(
                        {
                            "site": f"S{site}",
                            "di": di,
                            "day": today - timedelta(days=day + 1),
                            "picked": site % 7,
                            "returned": 0,
                        }
                    )
        conn.execute(insert(s.site_stock), stock)
        conn.execute(insert(s.lot_expiries), expiries)
        conn.execute(insert(s.site_usage), usage)
    engine.dispose()


def _events() -> list[Event]:
    return [
        Event(
            id=f"e-{n}",
            seq=n + 1,
            site="S0",
            type="movement",
            payload={
                "type": "pick",
                "di": f"{n % ITEMS:014d}",
                "lot": "L0",
                "quantity": 1,
                "from": "SH1",
                "to": "ICU",
                "expiry": (NOW.date() + timedelta(20)).isoformat(),
            },
            at=NOW,
            user="op",
        )
        for n in range(EVENTS)
    ]


def _floor(path: Path, events: list[Event]) -> float:
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    items = sorted({str(e.payload["di"]) for e in events})
    marks = ",".join("?" * len(items))
    conn.executemany(
        "INSERT INTO lot_expiries (di, lot, expiry) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(e.payload["di"], e.payload["lot"], e.payload["expiry"]) for e in events],
    )
    conn.executemany(
        "INSERT INTO site_usage (site, di, day, picked, returned) VALUES (?, ?, ?, ?, 0) "
        "ON CONFLICT (site, di, day) DO UPDATE SET picked = site_usage.picked + excluded.picked",
        [("S0", e.payload["di"], NOW.date().isoformat(), 1) for e in events],
    )
    conn.execute(
        f"SELECT * FROM site_stock WHERE di IN ({marks}) AND quantity > 0", items
    ).fetchall()
    conn.execute(
        f"SELECT di, lot, expiry FROM lot_expiries WHERE di IN ({marks})", items
    ).fetchall()
    conn.execute(
        f"SELECT site, di, SUM(picked - returned) FROM site_usage WHERE di IN ({marks}) "
        "AND day >= ? GROUP BY site, di",
        [*items, (NOW.date() - timedelta(90)).isoformat()],
    ).fetchall()
    conn.rollback()
    conn.close()
    return time.perf_counter() - started


def _timed(engine: Engine, events: list[Event], keep: bool) -> tuple[float, int]:
    """One push's transfer work; returns its time and how many changes it published."""
    with engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(s.changes)).scalar_one()
        started = time.perf_counter()
        transfers.ingest(conn, "S0", events, NOW)
        took = time.perf_counter() - started
        after = conn.execute(select(func.count()).select_from(s.changes)).scalar_one()
        if keep:
            conn.commit()
        else:
            conn.rollback()
    return took, after - before


def test_bench_suggestions_for_a_push_of_2000_movements(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    _seed(str(path))
    events = _events()
    floor = min(_floor(path, events) for _ in range(3))
    engine = open_centre(str(path))
    first, published = _timed(engine, events, keep=True)  # every suggestion is new
    steady = min(_timed(engine, events, keep=False)[0] for _ in range(3))
    again = _timed(engine, events, keep=False)[1]
    engine.dispose()
    print(
        f"\ntransfer work for a push of {EVENTS} movements over {ITEMS} items, {SITES} sites: "
        f"first push {first * 1000:.0f} ms ({published} suggestions published), "
        f"a later push {steady * 1000:.0f} ms ({again} published); "
        f"raw floor (same upserts and reads) {floor * 1000:.0f} ms; "
        f"ratio of the later push {steady / floor:.1f}"
    )
    assert published and again == 0
