"""A store of 1,000,000 lots and 5,000,000 movements for the core benchmarks.

The schema comes from the real migrations (tests/stores.py new_store); the admin,
users and locations go through the services; the bulk (items, lots, stock,
movements) is written with raw sqlite3 executemany, consistent with what the
services would have produced: each lot received into its item's bin, moved
once, picked three times to departments, and its stock row and `on_hand`
equal to what those movements leave.

Built once and reused: LOTKEEPER_BENCH_DB names the file (default
/tmp/lotkeeper-bench-1M.db; keep one file per size).
`python -m tests.bench.big_store` builds it alone.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.demo.store import gtin_check_digit
from app.domain.clock import FixedClock
from app.services.bus import execute
from app.services.commands import ImportMasterData
from tests.kit import People
from tests.stores import ADMIN_PIN, Recipe, new_store

# LOTKEEPER_BENCH_LOTS shrinks it for a quick trial of the benchmark itself.
LOTS = int(os.environ.get("LOTKEEPER_BENCH_LOTS", "1000000"))
ITEMS = LOTS // 50
BINS = 180
DEPARTMENTS = 17
RECEIVED = 100
PICKED = 5  # per pick, three picks a lot
TODAY = date(2026, 6, 1)
# The mark of a finished build; its value is the build's layout (a different one is rebuilt).
COMPLETE = "bench_complete"
LAYOUT = "2"
PINS = {"admin": ADMIN_PIN, "operator": "1111", "supervisor": "222222"}


def bench_db_path() -> Path:
    return Path(os.environ.get("LOTKEEPER_BENCH_DB", "/tmp/lotkeeper-bench-1M.db"))


def gtin(item: int) -> str:
    body = f"0695{item:09d}"
    return body + gtin_check_digit(body)


def lot_number(lot_id: int) -> str:
    return f"B{lot_id:07d}"


def expiry_of(lot_id: int) -> date:
    # From 30 days past to ~2.5 years ahead: every tier holds thousands of lots.
    return TODAY + timedelta(days=(lot_id * 7919) % 930 - 30)


def item_of(lot_id: int) -> int:
    return (lot_id - 1) % ITEMS + 1


def bin_of(item: int) -> str:
    return f"B-{(item - 1) % BINS + 1:03d}"


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def build(path: Path) -> None:
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    clock = FixedClock(datetime(2025, 1, 2, 8, tzinfo=UTC))
    store = new_store(path, Recipe(clock.now(), "bench"), synchronous="OFF")
    users = [
        {"username": "operator", "role": "operator", "pin": PINS["operator"]},
        {"username": "supervisor", "role": "supervisor", "pin": PINS["supervisor"]},
    ]
    locations = [{"code": "RCV", "name": "收货区", "kind": "receiving"}]
    locations += [{"code": bin_of(b + 1), "name": "货位", "kind": "storage"} for b in range(BINS)]
    locations += [{"code": "QUAR", "name": "隔离区", "kind": "quarantine"}]
    locations += [{"code": "RTS", "name": "退货区", "kind": "supplier_return"}]
    locations += [
        {"code": f"D{d:02d}", "name": f"科室{d}", "kind": "department", "responsible": f"护士长{d}"}
        for d in range(1, DEPARTMENTS + 1)
    ]
    admin = People(store, clock, PINS)["admin"]
    for kind, rows in (("users", users), ("locations", locations)):
        header = [*rows[0], "responsible"]
        report = execute(store.uow(), clock, admin, ImportMasterData(kind, header, rows))
        assert report.ok, report.detail
    store.close()

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    ids = dict(conn.execute("SELECT code, id FROM locations").fetchall())
    receiving = ids["RCV"]
    departments = [ids[f"D{d:02d}"] for d in range(1, DEPARTMENTS + 1)]
    conn.executemany(
        "INSERT INTO items (id, di, name, name_zh, model, manufacturer, registration_no, "
        "category, unit, storage, serialised, min_stock, auto_release, provisional) "
        "VALUES (?, ?, ?, ?, '', '示例医疗器械有限公司', '国械注准20193140001', ?, '支', '', "
        "0, 0, 1, 0)",
        (
            (i, gtin(i), f"Device {i}", f"一次性使用医疗器械 {i}", f"类别{i % 12}")
            for i in range(1, ITEMS + 1)
        ),
    )
    on_hand = RECEIVED - 3 * PICKED
    base = datetime(2025, 1, 2, 8, tzinfo=UTC)

    def received_at(lot_id: int) -> datetime:
        return base + timedelta(seconds=lot_id * 30)

    conn.executemany(
        "INSERT INTO lots (id, item_id, di, lot, expiry, production_date, supplier_id, qc, "
        "hold, hold_reason, first_received, on_hand) "
        "VALUES (?, ?, ?, ?, ?, NULL, NULL, 'released', 'none', '', ?, ?)",
        (
            (
                n,
                item_of(n),
                gtin(item_of(n)),
                lot_number(n),
                expiry_of(n).isoformat(),
                _stamp(received_at(n)),
                on_hand,
            )
            for n in range(1, LOTS + 1)
        ),
    )
    conn.executemany(
        "INSERT INTO stock (lot_id, location_id, item_id, quantity, received_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            (
                n,
                ids[bin_of(item_of(n))],
                item_of(n),
                on_hand,
                _stamp(received_at(n) + timedelta(hours=1)),
            )
            for n in range(1, LOTS + 1)
        ),
    )

    def movements() -> Iterator[tuple[object, ...]]:
        for n in range(1, LOTS + 1):
            at = received_at(n)
            item = item_of(n)
            where = ids[bin_of(item)]
            scan = f"01{gtin(item)}17{expiry_of(n):%y%m%d}10{lot_number(n)}"
            yield (
                str(uuid.uuid4()),
                _stamp(at),
                "operator",
                "receive",
                n,
                RECEIVED,
                None,
                receiving,
                scan,
            )
            yield (
                str(uuid.uuid4()),
                _stamp(at + timedelta(hours=1)),
                "operator",
                "move",
                n,
                RECEIVED,
                receiving,
                where,
                scan,
            )
            for k in range(3):
                yield (
                    str(uuid.uuid4()),
                    _stamp(at + timedelta(days=k + 1)),
                    "operator",
                    "pick",
                    n,
                    PICKED,
                    where,
                    departments[(n + k) % DEPARTMENTS],
                    scan,
                )

    conn.executemany(
        'INSERT INTO movements (id, at, "user", device, type, lot_id, quantity, '
        "from_location_id, to_location_id, serial, reference, reason, raw_scan) "
        "VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, NULL, '', '', ?)",
        movements(),
    )
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (COMPLETE, LAYOUT))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"built {path} in {time.perf_counter() - started:.0f} s")


def ensure_built() -> Path:
    path = bench_db_path()
    if path.exists():
        conn = sqlite3.connect(path)
        try:
            done = conn.execute("SELECT value FROM settings WHERE key = ?", (COMPLETE,)).fetchone()
        except sqlite3.DatabaseError:
            done = None
        finally:
            conn.close()
        if done == (LAYOUT,):
            return path
    build(path)
    return path


if __name__ == "__main__":
    print(ensure_built())
