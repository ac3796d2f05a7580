"""A store that is edited behind the app's back, damaged, read-only or full: named, never crashed.

The read-only and full media are real: a small tmpfs mounted for the test
(skipped where this process may not mount one).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.errors import Code
from app.services.bus import execute
from app.services.commands import RaiseAlerts
from tests.integration.core.store_kit import GAUZE, PINS, TODAY, World, days, scan
from tests.integration.one_path.staging import LATE, NOW
from tests.integration.one_path.test_entry_points import main_py


def verify(world: World, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    world.close()
    return main_py("audit", "verify", "--db", world.path, home=tmp_path)


def test_audit_verify_passes_a_sound_store(staged: World, tmp_path: Path) -> None:
    done = verify(staged, tmp_path)
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("audit chain intact")


def test_audit_verify_shows_a_movement_edited_behind_the_apps_back(
    staged: World, tmp_path: Path
) -> None:
    ((movement,),) = staged.sql("SELECT id FROM movements WHERE type='move' LIMIT 1")
    staged.write("UPDATE movements SET quantity = quantity + 1 WHERE id = ?", movement)
    done = verify(staged, tmp_path)
    assert done.returncode == 1
    assert f"movement {movement}: differs from audit entry" in done.stdout


def test_audit_verify_shows_stock_that_the_ledger_does_not_explain(
    staged: World, tmp_path: Path
) -> None:
    staged.write(
        "UPDATE stock SET quantity = quantity + 5 WHERE lot_id = "
        "(SELECT id FROM lots WHERE lot='G-LATE')"
    )
    done = verify(staged, tmp_path)
    assert done.returncode == 1
    assert f"stock {GAUZE}/G-LATE at A1: stock says 15, the movements leave 10" in done.stdout
    assert f"on_hand {GAUZE}/G-LATE: on hand says 10" in done.stdout


def test_audit_verify_shows_an_unsent_event_edited_after_it_was_sealed(
    staged: World, tmp_path: Path
) -> None:
    (event,) = staged.sql(
        "SELECT id FROM outbox WHERE sent_at IS NULL AND type='movement' ORDER BY seq LIMIT 1"
    )
    staged.write(
        "UPDATE outbox SET payload = replace(payload, '\"quantity\": 10', '\"quantity\": 1') "
        "WHERE id = ?",
        event[0],
    )
    done = verify(staged, tmp_path)
    assert done.returncode == 1
    assert f"outbox {event[0]}: is not the event audit entry" in done.stdout


def test_a_store_whose_integrity_check_failed_refuses_writes_but_reads(
    staged: World, tmp_path: Path
) -> None:
    staged.write(
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('integrity_check', ?)",
        f"{TODAY.isoformat()} damaged: page 7 is never used",
    )
    result = staged.do("pick", LATE, location="A1", to="WARD")
    assert result.code is Code.STORE_DAMAGED
    staged.close()
    trace = main_py("trace", "--db", staged.path, "--gtin", GAUZE, "--lot", "G-LATE", home=tmp_path)
    assert trace.returncode == 0, trace.stderr


# --- real media ---------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "medium"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _onto(world: World, medium: Path) -> Path:
    world.close()
    target = medium / "store.db"
    shutil.copyfile(world.path, target)
    return target


def test_a_store_on_a_read_only_medium_still_answers_reads_and_says_why_it_refuses_writes(
    staged: World, small_disk: Path, tmp_path: Path
) -> None:
    path = _onto(staged, small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for args in (
        ("audit", "verify", "--db", path),
        ("trace", "--db", path, "--gtin", GAUZE, "--lot", "G-LATE"),
        ("backup", "--db", path, "--out", tmp_path / "copy.db"),
    ):
        done = main_py(*args, home=tmp_path)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    line = json.dumps({"action": "quarantine", "user": "op", "scan": LATE, "reason": "dent"})
    write = main_py(
        "batch", "--db", path, "--user", "op", stdin=line + "\n", home=tmp_path, pin=PINS["op"]
    )
    assert write.returncode in (1, 2) and "Traceback" not in write.stderr
    assert "STORE_READ_ONLY" in write.stderr or "read-only" in write.stderr


def test_a_full_disk_ends_a_batch_with_every_answered_line_kept(
    staged: World, small_disk: Path, tmp_path: Path
) -> None:
    path = _onto(staged, small_disk)
    ballast = small_disk / "ballast"
    free = shutil.disk_usage(small_disk).free
    ballast.write_bytes(b"\0" * max(0, free - 2_500_000))
    lines = [
        json.dumps(
            {
                "action": "receive",
                "user": "op",
                "scan": scan(GAUZE, f"FULL-{n:05d}", days(300)),
                "qty": 1,
                "location": "RCV",
                "reference": "x" * 2000,
                "at": NOW.isoformat(),
            }
        )
        for n in range(3000)
    ]
    upload = tmp_path / "upload.jsonl"
    upload.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = main_py("batch", "--db", path, "--user", "op", upload, home=tmp_path, pin=PINS["op"])
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "DISK_FULL" in done.stderr
    answered = [json.loads(x) for x in done.stdout.splitlines()]
    assert answered and all(a["code"] == "ACCEPTED" for a in answered)
    ballast.unlink()
    store = Store(path)
    try:
        with store.uow(read_only=True) as uow:
            for a in answered:
                assert uow.lots.get(a["gtin"], a["lot"]) is not None
    finally:
        store.close()


def test_raising_alerts_on_a_fresh_store_is_the_devices_write(world: World) -> None:
    clock = FixedClock(NOW)
    result = execute(world.store.uow(), clock, Actor.system("test-device"), RaiseAlerts())
    assert result.ok
    assert execute(world.store.uow(), clock, world.people["op"], RaiseAlerts()).code is (
        Code.NOT_PERMITTED
    )
