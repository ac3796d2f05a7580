"""Hot paths at 1,000,000 lots, each beside a raw floor measured in the same run (issue 16, item 2).

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_hot_paths.py

(LOTKEEPER_BENCH_LOTS=20000 for a quick trial on a small store of its own.)

- pick, CPU per action (thread time, synchronous=NORMAL) <= 2x raw sqlite3 writing
  the same rows (movement, stock, on_hand, audit entry, outbox event);
- batch replay from a file, receive/pick lines without overrides, the uploader
  authenticated once: >= 50 % of the lines/s of raw sqlite3 doing the same
  lookups and writes, committing every 100 lines as replay does;
- RaiseAlerts over every lot <= 1.5x the same INSERT ... SELECT statements run raw,
  and `main.py alerts --json` streamed: peak resident size <= 100 MB;
- a recall of 5,000 lots of one GTIN (block, alerts, tasks, audit) <= 0.5 s;
- where-used of one lot with 20,005 movements <= 2x its raw aggregate.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.services.bus import execute
from app.services.commands import CreateRecall, RaiseAlerts
from app.services.recall_trace import recall_trace
from tests.bench.big_store import (
    DEPARTMENTS,
    ITEMS,
    LOTS,
    PINS,
    TODAY,
    bin_of,
    ensure_built,
    gtin,
)
from tests.bench.test_bench_core import fefo_pick
from tests.kit import People
from ui.commands.batch import BATCH_GROUP, Replay, replay

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 10, tzinfo=UTC)
PICKS = 400
LINES = 1000
RECALL_LOTS = 5000
TRACE_MOVEMENTS = 20_000
FIGURES: list[str] = []


def figure(what: str, ours: str, floor: str, ratio: float, target: str) -> None:
    line = f"{what}: {ours} | floor {floor} | ratio {ratio:.2f} (target {target})"
    FIGURES.append(line)
    print("\n" + line)


@pytest.fixture(scope="module")
def path() -> Path:
    return ensure_built()


@contextlib.contextmanager
def opened(path: Path, synchronous: str = "FULL") -> Iterator[Store]:
    store = Store(path, synchronous=synchronous)
    try:
        yield store
    finally:
        store.close()


def raw(path: Path, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA foreign_keys=ON")
    # As the store's connections: no commit checkpoints the WAL (app.adapters.checkpoints),
    # so neither side's figure holds a checkpoint of the other's pages.
    conn.execute("PRAGMA wal_autocheckpoint=0")
    return conn


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def raw_pick(conn: sqlite3.Connection, lot_id: int, source: int, dept: int, at: str) -> None:
    """What a pick writes, by hand: movement, stock, on_hand, audit entry, outbox event."""
    conn.execute("BEGIN IMMEDIATE")
    movement = str(uuid.uuid4())
    conn.execute(
        'INSERT INTO movements (id, at, "user", device, type, lot_id, quantity, '
        "from_location_id, to_location_id, reference, reason, raw_scan) "
        "VALUES (?, ?, 'operator', 'bench', 'pick', ?, 1, ?, ?, '', '', '')",
        (movement, at, lot_id, source, dept),
    )
    conn.execute(
        "UPDATE stock SET quantity = quantity - 1 WHERE lot_id = ? AND location_id = ? "
        "RETURNING quantity",
        (lot_id, source),
    ).fetchone()
    conn.execute("UPDATE lots SET on_hand = on_hand - 1 WHERE id = ?", (lot_id,))
    seq, prev = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    after = json.dumps({"lot": lot_id, "quantity": 1, "from": source, "to": dept})
    conn.execute(
        'INSERT INTO audit (seq, at, "user", device, action, entity, entity_id, "before", '
        "\"after\", prev_hash, hash) VALUES (?, ?, 'operator', 'bench', 'pick', 'movement', "
        "?, NULL, ?, ?, ?)",
        (seq + 1, at, movement, after, prev, prev),
    )
    conn.execute(
        'INSERT INTO outbox (id, type, payload, at, "user", audit_seq) '
        "VALUES (?, 'movement', ?, ?, 'operator', ?)",
        (str(uuid.uuid4()), after, at, seq + 1),
    )
    conn.execute("COMMIT")


def clean_raw_rows(conn: sqlite3.Connection) -> None:
    """The floor's audit rows are no valid chain: out again, so `audit verify` still holds."""
    conn.execute(
        "DELETE FROM outbox WHERE audit_seq IN (SELECT seq FROM audit WHERE prev_hash = hash)"
    )
    conn.execute("DELETE FROM audit WHERE prev_hash = hash")


def test_pick_cpu_within_twice_raw_sqlite(path: Path) -> None:
    rng = random.Random(21)
    conn = sqlite3.connect(path)
    requests = [
        fefo_pick(conn, rng.randint(1, ITEMS), rng.randint(1, DEPARTMENTS))
        for _ in range(PICKS + 50)
    ]
    targets = [
        conn.execute(
            "SELECT lot_id, location_id FROM stock WHERE item_id = ? AND quantity > 0 LIMIT 1",
            (rng.randint(1, ITEMS),),
        ).fetchone()
        for _ in range(PICKS + 50)
    ]
    dept = conn.execute("SELECT id FROM locations WHERE code = 'D01'").fetchone()[0]
    conn.close()
    ours: list[float] = []
    with opened(path, "NORMAL") as store:
        clock = FixedClock(NOW)
        operator = People(store, clock, PINS)["operator"]
        for n, request in enumerate(requests):
            started = time.thread_time()
            result = execute(store.uow(), clock, operator, request)
            if n >= 50:  # the first ones warm the caches
                ours.append(time.thread_time() - started)
            assert result.ok, result
    floor: list[float] = []
    conn = raw(path, "NORMAL")
    stamp = _stamp(NOW)
    for n, (lot_id, location_id) in enumerate(targets):
        started = time.thread_time()
        raw_pick(conn, lot_id, location_id, dept, stamp)
        if n >= 50:
            floor.append(time.thread_time() - started)
    clean_raw_rows(conn)
    conn.close()
    mine, theirs = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    figure(
        "pick CPU per action (NORMAL), median",
        f"{mine:.2f} ms",
        f"raw sqlite3 same rows {theirs:.2f} ms",
        mine / theirs,
        "<= 2",
    )


def replay_lines(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    """Half FEFO picks, half receipts of new lots, as a handheld uploads them."""
    lines: list[dict[str, Any]] = []
    conn = sqlite3.connect(path)
    for n in range(LINES):
        at = (NOW + timedelta(seconds=n)).isoformat()
        if n % 2:
            pick = fefo_pick(conn, rng.randint(1, ITEMS), 1 + n % DEPARTMENTS)
            lines.append(
                {
                    "action": "pick",
                    "user": "operator",
                    "scan": pick.scan,
                    "qty": 1,
                    "location": pick.location,
                    "to": pick.to,
                    "at": at,
                }
            )
        else:
            item = rng.randint(1, ITEMS)
            lot = f"R{uuid.uuid4().hex[:10]}"
            lines.append(
                {
                    "action": "receive",
                    "user": "operator",
                    "scan": f"01{gtin(item)}17{TODAY.year % 100 + 2:02d}0630" + f"10{lot}",
                    "qty": 50,
                    "location": bin_of(item),
                    "at": at,
                }
            )
    conn.close()
    return lines


def raw_replay(conn: sqlite3.Connection, lines: list[bytes]) -> None:
    """The same lines by hand: parse, look up, write the same rows, commit every 100."""
    locations = dict(conn.execute("SELECT code, id FROM locations").fetchall())
    conn.execute("BEGIN IMMEDIATE")
    for n, raw_line in enumerate(lines, 1):
        line = json.loads(raw_line)
        scan = line["scan"]
        di, expiry, lot = scan[2:16], scan[18:24], scan[26:]
        at = _stamp(datetime.fromisoformat(line["at"]))
        item_id = conn.execute("SELECT id FROM items WHERE di = ?", (di,)).fetchone()[0]
        where = locations[line["location"]]
        if line["action"] == "receive":
            lot_id = conn.execute(
                "INSERT INTO lots (item_id, di, lot, expiry, qc, hold, hold_reason, "
                "first_received, on_hand) VALUES (?, ?, ?, ?, 'released', 'none', '', ?, 0) "
                "RETURNING id",
                (item_id, di, lot, f"20{expiry[:2]}-{expiry[2:4]}-{expiry[4:]}", at),
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO stock (lot_id, location_id, item_id, quantity, received_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (lot_id, where, item_id, line["qty"], at),
            )
            source, target, delta = None, where, line["qty"]
        else:
            lot_id = conn.execute(
                "SELECT id FROM lots WHERE di = ? AND lot = ?", (di, lot)
            ).fetchone()[0]
            conn.execute(
                "SELECT lot_id, quantity FROM stock WHERE item_id = ? AND quantity > 0",
                (item_id,),
            ).fetchall()  # the FEFO candidates
            conn.execute(
                "UPDATE stock SET quantity = quantity - ? WHERE lot_id = ? AND location_id = ?",
                (line["qty"], lot_id, where),
            )
            source, target, delta = where, locations[line["to"]], -line["qty"]
        conn.execute("UPDATE lots SET on_hand = on_hand + ? WHERE id = ?", (delta, lot_id))
        movement = str(uuid.uuid4())
        conn.execute(
            'INSERT INTO movements (id, at, "user", device, type, lot_id, quantity, '
            "from_location_id, to_location_id, reference, reason, raw_scan) "
            "VALUES (?, ?, 'operator', 'bench', ?, ?, ?, ?, ?, '', '', ?)",
            (movement, at, line["action"], lot_id, line["qty"], source, target, scan),
        )
        seq, prev = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        after = json.dumps({"lot": lot_id, "quantity": line["qty"], "to": target})
        conn.execute(
            'INSERT INTO audit (seq, at, "user", device, action, entity, entity_id, "before", '
            "\"after\", prev_hash, hash) VALUES (?, ?, 'operator', 'bench', ?, 'movement', "
            "?, NULL, ?, ?, ?)",
            (seq + 1, at, line["action"], movement, after, prev, prev),
        )
        conn.execute(
            'INSERT INTO outbox (id, type, payload, at, "user", audit_seq) '
            "VALUES (?, 'movement', ?, ?, 'operator', ?)",
            (str(uuid.uuid4()), after, at, seq + 1),
        )
        print(json.dumps({"line": n, "ok": True, "movement_id": movement}))
        if n % 100 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")


def test_batch_replay_at_least_half_the_raw_floor(path: Path) -> None:
    rng = random.Random(5)
    ours_lines = [json.dumps(line).encode() for line in replay_lines(path, rng)]
    floor_lines = [json.dumps(line).encode() for line in replay_lines(path, rng)]
    out = io.StringIO()
    with opened(path) as store, contextlib.redirect_stdout(out):
        uploader = People(store, FixedClock(NOW), PINS)["operator"]  # authenticated once
        commits = store.commit_group()
        try:
            started = time.perf_counter()
            # As `batch FILE` replays: BATCH_GROUP lines per commit, like the floor.
            replay(Replay(commits, uploader), ours_lines, group=BATCH_GROUP)
            ours = LINES / (time.perf_counter() - started)
        finally:
            commits.close()
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(r["ok"] for r in results), [r for r in results if not r["ok"]][:3]
    conn = raw(path, "FULL")
    with contextlib.redirect_stdout(io.StringIO()):
        started = time.perf_counter()
        raw_replay(conn, floor_lines)
        floor = LINES / (time.perf_counter() - started)
    clean_raw_rows(conn)
    conn.close()
    figure(
        "batch replay from a file (FULL, receive/pick)",
        f"{ours:.0f} lines/s",
        f"raw sqlite3, commit per 100 lines, {floor:.0f} lines/s",
        ours / floor,
        ">= 0.5",
    )


def captured_inserts(store: Store) -> tuple[list[tuple[str, Any]], Callable[[], None]]:
    seen: list[tuple[str, Any]] = []

    def listen(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ALERTS"):
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", listen)
    return seen, lambda: event.remove(store.engine, "before_cursor_execute", listen)


def test_raising_alerts_within_one_and_a_half_raw_insert_select(path: Path) -> None:
    with opened(path) as store:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alerts WHERE kind = 'expiry'")
        inserts, stop = captured_inserts(store)
        device = Actor.system("bench")
        started = time.perf_counter()
        raised = execute(store.uow(), FixedClock(NOW), device, RaiseAlerts())
        ours = time.perf_counter() - started
        stop()
        assert raised.ok and inserts
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alerts WHERE kind = 'expiry'")
    conn = raw(path, "FULL")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for statement, params in inserts:
        conn.execute(statement, params)
    conn.execute("COMMIT")
    floor = time.perf_counter() - started
    conn.close()
    total = sum(raised.detail["raised"].values())
    figure(
        f"RaiseAlerts over {LOTS:,} lots ({total:,} alerts)",
        f"{ours:.2f} s",
        f"the same {len(inserts)} INSERT ... SELECT raw, {floor:.2f} s",
        ours / floor,
        "<= 1.5",
    )


def test_alerts_command_streams_within_100_mb(path: Path) -> None:
    def peak(argv: list[str]) -> tuple[float, int, int]:
        # Through /usr/bin/time: a child forked from this big process would report
        # this process's size as its own peak.
        mark = path.with_suffix(".peak")
        started = time.perf_counter()
        proc = subprocess.Popen(
            ["/usr/bin/time", "-q", "-f", "%M", "-o", str(mark), *argv],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        lines = sum(1 for _ in proc.stdout)
        assert proc.wait() == 0
        kib = int(mark.read_text().split()[-1])
        mark.unlink()
        return time.perf_counter() - started, kib // 1024, lines

    day = TODAY.isoformat()
    took, mb, lines = peak(
        [sys.executable, "main.py", "alerts", "--db", str(path), "--on", day, "--json"]
    )
    query = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "[print(r) for r in c.execute('SELECT a.*, l.di, l.lot, l.expiry FROM alerts a "
        "JOIN lots l ON l.id = a.lot_id WHERE a.acknowledged_at IS NULL')]"
    )
    floor_took, floor_mb, floor_lines = peak([sys.executable, "-c", query, str(path)])
    figure(
        f"`main.py alerts --json`, {lines:,} lines",
        f"{took:.2f} s, peak {mb} MB",
        f"one raw query printing {floor_lines:,} rows {floor_took:.2f} s, {floor_mb} MB",
        mb / floor_mb,
        "peak <= 100 MB",
    )


def big_lot_family(path: Path, lots: int, movements_per_lot: int) -> tuple[str, list[int]]:
    """A new item with `lots` lots in stock in its bin, each with its receipt and picks."""
    conn = raw(path, "OFF")
    conn.execute("BEGIN")
    item_id = conn.execute("SELECT max(id) + 1 FROM items").fetchone()[0]
    di = gtin(900_000 + item_id % 90_000)
    conn.execute(
        "INSERT INTO items (id, di, name, name_zh, model, manufacturer, registration_no, "
        "category, unit, storage, serialised, min_stock, auto_release, provisional) "
        "VALUES (?, ?, 'Bench family', '基准', '', '', '国械注准20193140001', '', '支', '', "
        "0, 0, 1, 0)",
        (item_id, di),
    )
    ids = dict(conn.execute("SELECT code, id FROM locations").fetchall())
    where, dept = ids[bin_of(1)], ids["D01"]
    received = movements_per_lot + 100
    stamp = _stamp(NOW - timedelta(days=30))
    lot_ids = []
    for n in range(lots):
        lot_ids.append(
            conn.execute(
                "INSERT INTO lots (item_id, di, lot, expiry, qc, hold, hold_reason, "
                "first_received, on_hand) VALUES (?, ?, ?, ?, 'released', 'none', '', ?, ?) "
                "RETURNING id",
                (item_id, di, f"F{n:05d}", "2028-01-31", stamp, received - movements_per_lot),
            ).fetchone()[0]
        )
    conn.executemany(
        "INSERT INTO stock (lot_id, location_id, item_id, quantity, received_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(lot_id, where, item_id, received - movements_per_lot, stamp) for lot_id in lot_ids],
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for lot_id in lot_ids:
            yield (str(uuid.uuid4()), stamp, "receive", lot_id, received, None, where)
            for _ in range(movements_per_lot):
                yield (str(uuid.uuid4()), stamp, "pick", lot_id, 1, where, dept)

    conn.executemany(
        'INSERT INTO movements (id, at, "user", device, type, lot_id, quantity, '
        "from_location_id, to_location_id, reference, reason, raw_scan) "
        "VALUES (?, ?, 'operator', 'bench', ?, ?, ?, ?, ?, '', '', '')",
        rows(),
    )
    conn.execute("COMMIT")
    conn.close()
    return di, lot_ids


def test_recall_of_5000_lots_within_half_a_second(path: Path) -> None:
    di, lot_ids = big_lot_family(path, RECALL_LOTS, 1)
    with opened(path) as store:
        statements = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        clock = FixedClock(NOW)
        qa = People(store, clock, PINS)["supervisor"]
        new = NewRecall(RecallScope(di, ScopeKind.ALL_LOTS), 1, "bench: 5,000 lots")
        started, cpu = time.perf_counter(), time.thread_time()
        opened_recall = execute(store.uow(), clock, qa, CreateRecall(new))
        took, cpu = time.perf_counter() - started, time.thread_time() - cpu
        assert opened_recall.ok, opened_recall
    conn = raw(path, "FULL")
    marks = ",".join("?" * len(lot_ids))
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"UPDATE lots SET hold = hold WHERE id IN ({marks})", lot_ids)
    conn.execute("COMMIT")
    floor = time.perf_counter() - started
    conn.close()
    figure(
        f"recall of all {RECALL_LOTS:,} lots of a GTIN ({len(statements):,} statements)",
        f"{took:.2f} s (CPU {cpu:.2f} s: a loaded machine shows in the difference)",
        f"one raw UPDATE of the lots {floor * 1000:.0f} ms",
        took / floor,
        "<= 0.5 s",
    )


def test_where_used_within_twice_its_raw_aggregate(path: Path) -> None:
    di, (lot_id,) = big_lot_family(path, 1, TRACE_MOVEMENTS + 4)
    with opened(path) as store:
        clock = FixedClock(NOW)
        qa = People(store, clock, PINS)["supervisor"]
        new = NewRecall(RecallScope(di, ScopeKind.ALL_LOTS), 2, "bench: where-used")
        recall = execute(store.uow(), clock, qa, CreateRecall(new))
        assert recall.ok, recall
        recall_id = str(recall.detail["recall_id"])
        recall_trace(store.uow(), recall_id)  # warm
        times = []
        for _ in range(5):
            started = time.perf_counter()
            trace = recall_trace(store.uow(), recall_id)
            times.append(time.perf_counter() - started)
        assert trace["progress"]["affected"] > 0
    conn = sqlite3.connect(path)
    floor_times = []
    for _ in range(6):
        started = time.perf_counter()
        conn.execute(
            "SELECT m.type, m.from_location_id, m.to_location_id, sum(m.quantity), count(*), "
            "max(m.at) FROM movements m WHERE m.lot_id = ? "
            "GROUP BY m.type, m.from_location_id, m.to_location_id",
            (lot_id,),
        ).fetchall()
        floor_times.append(time.perf_counter() - started)
    conn.close()
    ours, floor = statistics.median(times), statistics.median(floor_times[1:])
    figure(
        f"where-used (recall trace) of one lot with {TRACE_MOVEMENTS + 5:,} movements",
        f"{ours * 1000:.0f} ms",
        f"raw aggregate {floor * 1000:.1f} ms",
        ours / floor,
        "<= 2",
    )


def test_zz_report() -> None:
    print(f"\n\nhot paths, {LOTS:,} lots:")
    for line in FIGURES:
        print("  " + line)
