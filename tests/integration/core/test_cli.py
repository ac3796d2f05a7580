"""Command-line contracts, run as a user or a script runs them (a real process)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.adapters.store import Store
from app.domain.clock import SystemClock
from app.errors import Code
from app.services.commands import ImportMasterData
from app.services.context import ActionResult
from app.services.master_data import REQUIRED
from app.services.people import authenticate
from tests.integration.core.store_kit import (
    GAUZE,
    PINS,
    REGISTRATION,
    STENT,
    World,
    days,
    gtin14,
    scan,
)
from ui.commands.batch import Replay, replay

ROOT = Path(__file__).parents[3]


def run(
    *args: str | Path, stdin: str | None = None, home: Path, pin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """main.py as a script runs it; `pin` is the acting person's PIN ($LOTKEEPER_PIN)."""
    env = {**os.environ, "LOTKEEPER_HOME": str(home)}
    env.pop("LOTKEEPER_PIN", None)
    if pin is not None:
        env["LOTKEEPER_PIN"] = pin
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


# --- init --------------------------------------------------------------------


def test_init_prints_the_admin_password_once_and_refuses_an_existing_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new.db"
    first = run("init", "--db", db, home=tmp_path)
    assert first.returncode == 0, first.stderr
    lines = [ln for ln in first.stdout.splitlines() if "PIN" in ln]
    assert len(lines) == 1
    password = lines[0].rsplit(" ", 1)[-1]
    assert len(password) >= 10
    raw = db.read_bytes()
    assert password.encode() not in raw

    store = Store(db)
    try:
        admin = authenticate(store.uow(), SystemClock(), "admin", password)
        assert admin.role is not None and admin.role.value == "admin"
    finally:
        store.close()

    before = db.read_bytes()
    again = run("init", "--db", db, home=tmp_path)
    assert again.returncode != 0 and "PIN" not in again.stdout
    assert "exists" in again.stderr
    assert db.read_bytes() == before


# --- import ------------------------------------------------------------------


def _import(world: World, kind: str, header: list[str], rows: list[dict[str, str]]) -> ActionResult:
    return world.run(world.people["admin"], ImportMasterData(kind, header, rows))


def test_import_reads_csv_with_a_bom_and_xlsx(db_path: Path, tmp_path: Path) -> None:
    items = tmp_path / "items.csv"
    new_gtin = gtin14("0690000000050")
    items.write_text(
        "gtin,name,name_zh,category,serialised,registration_no\n"
        f"{new_gtin},Suture,缝合线,consumable,no,{REGISTRATION}\n",
        encoding="utf-8-sig",
    )
    ok = run(
        "import",
        "--db",
        db_path,
        "items",
        items,
        "--user",
        "admin",
        home=tmp_path,
        pin=PINS["admin"],
    )
    assert ok.returncode == 0, ok.stderr

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["code", "name", "kind", "responsible"])
    sheet.append(["OR1", "手术室", "department", "nurse_he"])
    sheet.append(["B9", "Bin B9", "storage", None])
    xlsx = tmp_path / "locations.xlsx"
    book.save(xlsx)
    ok = run(
        "import",
        "--db",
        db_path,
        "locations",
        xlsx,
        "--user",
        "admin",
        home=tmp_path,
        pin=PINS["admin"],
    )
    assert ok.returncode == 0, ok.stderr

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT name_zh FROM items WHERE di=?", (new_gtin,)).fetchall() == [
            ("缝合线",)
        ]
        assert conn.execute(
            "SELECT code, kind, responsible FROM locations WHERE code IN ('OR1','B9') ORDER BY code"
        ).fetchall() == [("B9", "storage", ""), ("OR1", "department", "nurse_he")]
    finally:
        conn.close()


def test_import_is_all_or_none_and_reports_every_bad_row(db_path: Path, tmp_path: Path) -> None:
    users = tmp_path / "users.csv"
    users.write_text(
        "username,role,pin\n"
        "nurse1,operator,4444\n"
        "nurse2,janitor,4444\n"  # row 3: bad role
        "nurse3,operator,12\n"  # row 4: short PIN
        ",operator,5555\n"  # row 5: empty username
        "nurse1,qa,6666\n",  # row 6: duplicate
        encoding="utf-8",
    )
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM users").fetchone()
    result = run(
        "import",
        "--db",
        db_path,
        "users",
        users,
        "--user",
        "admin",
        home=tmp_path,
        pin=PINS["admin"],
    )
    assert result.returncode != 0
    report = result.stderr
    for row, column in [(3, "role"), (4, "pin"), (5, "username"), (6, "username")]:
        assert f"row {row}, column {column}:" in report, report
    assert "row 2," not in report
    after = sqlite3.connect(db_path).execute("SELECT count(*) FROM users").fetchone()
    assert after == before


def test_import_names_every_missing_required_column(world: World) -> None:
    expected = {
        "items": ("gtin", "name"),
        "locations": ("code", "name", "kind"),
        "users": ("username", "role", "pin"),
    }
    for kind, columns in expected.items():
        assert set(columns) <= set(REQUIRED[kind])
        report = _import(world, kind, ["comment"], [{"comment": "x"}])
        assert report.code is Code.IMPORT_PROBLEMS
        assert {p["column"] for p in report.detail["problems"]} == set(REQUIRED[kind])


def test_import_refuses_a_location_kind_it_does_not_know(world: World) -> None:
    report = _import(
        world,
        "locations",
        ["code", "name", "kind"],
        [
            {"code": "Z1", "name": "Z", "kind": "attic"},
            {"code": "Z2", "name": "Z", "kind": "storage"},
        ],
    )
    assert [(p["row"], p["column"]) for p in report.detail["problems"]] == [(2, "kind")]
    assert world.sql("SELECT count(*) FROM locations WHERE code LIKE 'Z%'") == [(0,)]


# --- batch -------------------------------------------------------------------

BATCH_KEYS = {"line", "ok", "code", "message", "gtin", "lot", "expiry", "fefo_lot", "movement_id"}


def test_batch_prints_one_result_per_line_and_goes_on_after_bad_lines(
    db_path: Path, tmp_path: Path
) -> None:
    at = "2027-03-01T09:00:00+00:00"
    lines = [
        {
            "action": "receive",
            "user": "op",
            "scan": scan(GAUZE, "LATE", days(300)),
            "qty": 5,
            "location": "RCV",
            "at": at,
        },
        {
            "action": "receive",
            "user": "op",
            "scan": scan(GAUZE, "EARLY", days(200)),
            "qty": 5,
            "location": "RCV",
            "at": at,
        },
        "this is { not json",
        {"action": "qc_release", "user": "ghost", "scan": scan(GAUZE, "LATE", days(300)), "at": at},
        {"action": "pick", "user": "op", "scan": "0112345", "qty": 1, "location": "RCV", "at": at},
        # QC release is not an operator's action: the line carries QA's own PIN.
        {
            "action": "qc_release",
            "user": "qa",
            "pin": PINS["qa"],
            "scan": scan(GAUZE, "LATE", days(300)),
            "at": at,
        },
        {
            "action": "qc_release",
            "user": "qa",
            "pin": PINS["qa"],
            "scan": scan(GAUZE, "EARLY", days(200)),
            "at": at,
        },
        {
            "action": "pick",
            "user": "op",
            "scan": scan(GAUZE, "LATE", days(300)),
            "qty": 1,
            "location": "RCV",
            "to": "WARD",
            "at": at,
        },
        {
            "action": "pick",
            "user": "op",
            "scan": scan(GAUZE, "LATE", days(300)),
            "qty": 1,
            "location": "RCV",
            "to": "WARD",
            "at": at,
            "override": {"supervisor": "sup", "pin": PINS["sup"], "reason": "requested"},
        },
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    batch = tmp_path / "batch.jsonl"
    batch.write_text(text, encoding="utf-8")
    result = run("batch", "--db", db_path, "--user", "op", batch, home=tmp_path, pin=PINS["op"])
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["line"] for o in out] == list(range(1, 10))
    for o in out:
        assert set(o) >= BATCH_KEYS, o
        assert isinstance(o["ok"], bool) and isinstance(o["message"], str)
    assert [o["code"] for o in out] == [
        "ACCEPTED",
        "ACCEPTED",
        "BAD_JSON",
        "UNKNOWN_USER",
        "BAD_BARCODE",
        "ACCEPTED",
        "ACCEPTED",
        "NOT_FEFO",
        "ACCEPTED",
    ]
    first = out[0]
    assert first["ok"] is True and first["gtin"] == GAUZE and first["lot"] == "LATE"
    assert first["expiry"] == days(300).isoformat() and first["movement_id"]
    assert first["fefo_lot"] is None
    not_fefo = out[7]
    assert not_fefo["ok"] is False and not_fefo["fefo_lot"] == "EARLY"
    assert not_fefo["movement_id"] is None
    conn = sqlite3.connect(db_path)
    try:
        ids = {r[0] for r in conn.execute("SELECT id FROM movements")}
    finally:
        conn.close()
    assert {o["movement_id"] for o in out if o["ok"] and o["movement_id"]} <= ids


def test_batch_reads_standard_input(db_path: Path, tmp_path: Path) -> None:
    line = {
        "action": "receive",
        "user": "op",
        "scan": scan(GAUZE, "G1", days(300)),
        "qty": 2,
        "at": "2027-03-01T09:00:00+00:00",
    }
    result = run(
        "batch",
        "--db",
        db_path,
        "--user",
        "op",
        stdin=json.dumps(line) + "\n",
        home=tmp_path,
        pin=PINS["op"],
    )
    assert result.returncode == 0, result.stderr
    (out,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert out["ok"] is True and out["line"] == 1


# --- alerts, trace, audit, backup ----------------------------------------------


def _store_with_history(world: World) -> None:
    world.stocked(GAUZE, "G1", days(50), 10, location="A1")
    world.stocked(STENT, "ST1", days(400), 3, location="A2")
    assert world.do("pick", scan(GAUZE, "G1", days(50)), qty=4, location="A1", to="WARD").ok


def test_alerts_json_lists_the_warnings_as_of_a_day(world: World, tmp_path: Path) -> None:
    _store_with_history(world)
    on = date.fromordinal(days(50).toordinal() - 5)  # G1 has 5 days left
    result = run("alerts", "--db", world.path, "--on", on.isoformat(), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["lot"], r["level"], r["days_left"], r["on_hand"]) for r in rows] == [
        ("G1", "critical", 5, 6)
    ]
    assert rows[0]["location"] == "A1" and rows[0]["responsible"] == "store_liu"


def test_trace_json_shows_the_lots_life(world: World, tmp_path: Path) -> None:
    _store_with_history(world)
    result = run(
        "trace", "--db", world.path, "--gtin", GAUZE, "--lot", "G1", "--json", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    trace = json.loads(result.stdout)
    assert trace["received"][0]["quantity"] == 10
    assert [q["action"] for q in trace["qc"]] == ["qc_release"]
    assert [m["type"] for m in trace["movements"]] == ["receive", "qc_release", "move", "pick"]
    assert trace["stock"] == [
        {
            "location": "A1",
            "name": "Bin A1",
            "kind": "storage",
            "responsible": "store_liu",
            "quantity": 6,
        }
    ]
    assert [(d["department"], d["issued"]) for d in trace["departments"]] == [("WARD", 4)]
    missing = run("trace", "--db", world.path, "--gtin", GAUZE, "--lot", "NOPE", home=tmp_path)
    assert missing.returncode != 0


def test_audit_verify_names_the_first_bad_entry_after_tampering(
    world: World, tmp_path: Path
) -> None:
    _store_with_history(world)
    world.close()
    good = run("audit", "verify", "--db", world.path, home=tmp_path)
    assert good.returncode == 0 and "intact" in good.stdout
    conn = sqlite3.connect(world.path)
    conn.execute("""UPDATE audit SET after=replace(after, '"quantity": 4', '"quantity": 1')
                    WHERE action='pick'""")
    seq = conn.execute("SELECT seq FROM audit WHERE action='pick'").fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq=(SELECT max(seq) FROM audit) AND seq > ?", (seq,))
    conn.commit()
    conn.close()
    bad = run("audit", "verify", "--db", world.path, home=tmp_path)
    assert bad.returncode != 0
    assert f"audit entry {seq}" in bad.stdout + bad.stderr


def test_backup_is_consistent_while_another_connection_writes(world: World, tmp_path: Path) -> None:
    # Enough that the writer never runs out while a slow machine starts the CLI.
    world.stocked(GAUZE, "G1", days(300), 1_000_000, location="A1")
    stop = threading.Event()
    writes = 0

    def writer() -> None:
        nonlocal writes
        w = World(world.path)
        try:
            while not stop.is_set():
                r = w.do("pick", scan(GAUZE, "G1", days(300)), qty=1, location="A1", to="WARD")
                assert r.ok, r
                writes += 1
        finally:
            w.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        out = tmp_path / "copy.db"
        result = run("backup", "--db", world.path, "--out", out, home=tmp_path)
    finally:
        stop.set()
        thread.join()
    assert result.returncode == 0, result.stderr
    assert writes > 0
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        on_hand, stock = conn.execute(
            "SELECT on_hand, (SELECT sum(quantity) FROM stock WHERE lot_id=lots.id) FROM lots"
        ).fetchone()
        picks = conn.execute("SELECT count(*) FROM movements WHERE type='pick'").fetchone()[0]
    finally:
        conn.close()
    assert on_hand == stock == 1_000_000 - picks
    copy = Store(out)
    try:
        with copy.uow(read_only=True) as uow:
            from app.domain.audit import verify_chain

            assert verify_chain(uow.audit.entries()) is None
    finally:
        copy.close()


def test_import_reports_sheet_row_numbers_across_blank_rows(db_path: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["code", "name", "kind"])
    sheet.append(["C1", "Bin C1", "storage"])
    sheet.append([None, None, None])  # row 3 left blank in the sheet
    sheet.append(["C2", "Bin C2", "cupboard"])  # row 4: bad kind
    xlsx = tmp_path / "locations.xlsx"
    book.save(xlsx)
    result = run(
        "import",
        "--db",
        db_path,
        "locations",
        xlsx,
        "--user",
        "admin",
        home=tmp_path,
        pin=PINS["admin"],
    )
    assert result.returncode != 0
    assert "row 4, column kind:" in result.stderr, result.stderr
    assert "row 3" not in result.stderr


def test_batch_answers_a_blank_line_so_results_stay_in_step(db_path: Path, tmp_path: Path) -> None:
    lines = '{"action": "pick", "user": "nobody"}\n\n{"action": "nonsense"}\n'
    result = run(
        "batch", "--db", db_path, "--user", "op", stdin=lines, home=tmp_path, pin=PINS["op"]
    )
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(o["line"], o["ok"], o["code"]) for o in out] == [
        (1, False, "MISSING_FIELD"),
        (2, False, "BAD_JSON"),
        (3, False, "UNKNOWN_ACTION"),
    ]


def test_batch_refuses_an_upload_without_the_uploaders_pin(db_path: Path, tmp_path: Path) -> None:
    line = json.dumps({"action": "receive", "user": "op", "scan": scan(GAUZE, "G1", days(300))})
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM movements").fetchone()
    for pin in (None, "9999"):
        result = run(
            "batch", "--db", db_path, "--user", "op", stdin=line + "\n", home=tmp_path, pin=pin
        )
        assert result.returncode == 1 and "BAD_CREDENTIALS" in result.stderr, result.stderr
        assert result.stdout == ""
    after = sqlite3.connect(db_path).execute("SELECT count(*) FROM movements").fetchone()
    assert after == before


def test_batch_file_lines_stay_atomic_when_they_share_a_commit(
    world: World, tmp_path: Path
) -> None:
    """A refused line inside a commit group changes nothing; its neighbours land."""
    good = scan(GAUZE, "GRP-1", days(400))
    lines = [
        json.dumps({"action": "receive", "user": "op", "scan": good, "qty": 2, "location": "RCV"}),
        json.dumps(
            {"action": "receive", "user": "op", "scan": good, "qty": 99, "location": "NOWHERE"}
        ),
        json.dumps({"action": "receive", "user": "op", "scan": good, "qty": 3, "location": "RCV"}),
    ]
    out = io.StringIO()
    commits = world.store.commit_group()
    try:
        with contextlib.redirect_stdout(out):
            replay(Replay(commits, world.people["op"]), [x.encode() for x in lines], group=10)
    finally:
        commits.close()
    results = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["code"] for r in results] == ["ACCEPTED", "UNKNOWN_LOCATION", "ACCEPTED"]
    conn = sqlite3.connect(world.path)
    try:
        on_hand = conn.execute("SELECT on_hand FROM lots WHERE lot = 'GRP-1'").fetchone()
        moves = conn.execute(
            "SELECT count(*) FROM movements m JOIN lots l ON l.id = m.lot_id WHERE l.lot = 'GRP-1'"
        ).fetchone()
    finally:
        conn.close()
    assert on_hand == (5,) and moves == (2,)
