"""Every command that writes to a site store acts in an authenticated person's name."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from tests.integration.core.store_kit import PINS, World
from tests.integration.one_path.staging import EXPIRED, HELD, LATE
from tests.integration.one_path.test_entry_points import main_py


def pin_file(tmp_path: Path, pin: str, mode: int = 0o600) -> Path:
    path = tmp_path / f"pin-{mode:o}"
    path.write_text(pin + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def test_recall_work_without_a_pin_is_bad_credentials_and_writes_nothing(
    staged: World, tmp_path: Path
) -> None:
    before = {k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")}
    done = main_py(
        "recall",
        "do",
        "--db",
        staged.path,
        "RC-X",
        "dispose",
        "--scan",
        EXPIRED,
        "--location",
        "A1",
        "--user",
        "sup",
        home=tmp_path,
    )
    assert done.returncode == 1 and "BAD_CREDENTIALS" in done.stderr
    assert "Traceback" not in done.stderr
    after = {k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")}
    assert after == before
    (last,) = staged.sql("SELECT action, entity_id FROM audit ORDER BY seq DESC LIMIT 1")
    assert last == ("login_failed", "sup")


def test_a_pin_file_others_may_read_is_refused(staged: World, tmp_path: Path) -> None:
    loose = pin_file(tmp_path, PINS["admin"], 0o644)
    done = main_py(
        "config",
        "--db",
        staged.path,
        "device_name",
        "dock-2",
        "--user",
        "admin",
        "--pin-file",
        loose,
        home=tmp_path,
    )
    assert done.returncode == 1 and "chmod 600" in done.stderr
    tight = pin_file(tmp_path, PINS["admin"])
    done = main_py(
        "config",
        "--db",
        staged.path,
        "device_name",
        "dock-2",
        "--user",
        "admin",
        "--pin-file",
        tight,
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "device_name = dock-2" in done.stdout


def test_settings_change_only_in_an_administrators_name(staged: World, tmp_path: Path) -> None:
    done = main_py(
        "config",
        "--db",
        staged.path,
        "backup_keep_days",
        "30",
        "--user",
        "sup",
        home=tmp_path,
        pin=PINS["sup"],
    )
    assert done.returncode == 1 and "NOT_PERMITTED" in done.stderr


def test_the_pin_comes_from_the_environment_when_no_file_is_given(
    staged: World, tmp_path: Path
) -> None:
    upload = json.dumps(
        {"action": "quarantine", "user": "op", "scan": LATE, "reason": "dented box"}
    )
    done = main_py(
        "batch",
        "--db",
        staged.path,
        "--user",
        "op",
        stdin=upload + "\n",
        home=tmp_path,
        pin=PINS["op"],
    )
    assert json.loads(done.stdout)["code"] == "ACCEPTED"


def test_init_takes_the_first_administrators_pin_from_a_file(tmp_path: Path) -> None:
    store = tmp_path / "new.db"
    done = main_py(
        "init",
        "--db",
        store,
        "--admin-pin-file",
        pin_file(tmp_path, "first-admin-1"),
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "first-admin-1" not in done.stdout  # never printed back
    short = main_py(
        "init",
        "--db",
        tmp_path / "other.db",
        "--admin-pin-file",
        pin_file(tmp_path, "123"),
        home=tmp_path,
    )
    assert short.returncode == 2 and "WEAK_PIN" in short.stderr
    assert not (tmp_path / "other.db").exists()


def test_init_without_a_pin_file_makes_one_and_shows_it_once(tmp_path: Path) -> None:
    done = main_py("init", "--db", tmp_path / "new.db", home=tmp_path)
    (line,) = [x for x in done.stdout.splitlines() if "admin PIN" in x]
    pin = line.rsplit(" ", 1)[1]
    assert len(pin) >= 6
    config = main_py(
        "config",
        "--db",
        tmp_path / "new.db",
        "device_name",
        "site-9",
        "--user",
        "admin",
        home=tmp_path,
        pin=pin,
    )
    assert config.returncode == 0, config.stderr


def test_read_only_commands_need_no_credential(staged: World, tmp_path: Path) -> None:
    for args in (
        ("trace", "--db", staged.path, "--gtin", LATE[2:16], "--lot", "G-LATE", "--json"),
        ("audit", "verify", "--db", staged.path),
        ("recall", "list", "--db", staged.path),
        ("parse", LATE),
    ):
        done = main_py(*args, home=tmp_path)
        assert done.returncode == 0, (args, done.stderr)


# --- batch lines that cannot be read ---------------------------------------------------


def test_a_batch_line_that_cannot_be_read_gets_its_own_code_and_spoils_no_other(
    staged: World, tmp_path: Path
) -> None:
    good = json.dumps({"action": "quarantine", "user": "op", "scan": LATE, "reason": "dent"})
    lines = [
        good.encode(),
        b'{"action": "pick", "user": "op", "scan": "\xff\xfe"}',
        json.dumps({"action": "pick", "user": None, "scan": LATE}).encode(),
        json.dumps({"action": "receive", "user": "op", "scan": LATE, "qty": 10**30}).encode(),
        b"{not json",
        json.dumps({"action": "teleport", "user": "op", "scan": LATE}).encode(),
        json.dumps(
            {"action": "pick", "user": "op", "scan": LATE, "at": "2027-03-01T09:00"}
        ).encode(),
        json.dumps(
            {"action": "release", "user": "qa", "pin": PINS["qa"], "scan": HELD, "reason": "ok"}
        ).encode(),
    ]
    upload = tmp_path / "upload.jsonl"
    upload.write_bytes(b"\n".join(lines) + b"\n")
    done = main_py(
        "batch", "--db", staged.path, "--user", "op", upload, home=tmp_path, pin=PINS["op"]
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
    codes = [json.loads(x)["code"] for x in done.stdout.splitlines()]
    assert codes == [
        "ACCEPTED",
        "BAD_ENCODING",
        "MISSING_FIELD",
        "BAD_QUANTITY",
        "BAD_JSON",
        "UNKNOWN_ACTION",
        "BAD_FIELD",
        "ACCEPTED",
    ]


def test_a_batch_into_a_read_only_store_says_so_and_keeps_what_was_answered(
    staged: World, tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        # root writes through file modes: make the store read-only by SQLite's own flag.
        conn = sqlite3.connect(staged.path)
        conn.close()
    staged.close()
    line = json.dumps({"action": "quarantine", "user": "op", "scan": LATE, "reason": "dent"})
    uri = f"file:{staged.path}?mode=ro"
    assert sqlite3.connect(uri, uri=True).execute("select 1").fetchone() == (1,)
    done = main_py(
        "batch",
        "--db",
        staged.path,
        "--user",
        "op",
        stdin=line + "\n",
        home=tmp_path,
        pin=PINS["op"],
    )
    assert "Traceback" not in done.stderr


# --- the audit verifier -----------------------------------------------------------------


def test_audit_verify_names_an_entry_whose_time_was_edited_instead_of_crashing(
    staged: World, tmp_path: Path
) -> None:
    staged.close()
    staged.write("UPDATE audit SET at='yesterday-ish' WHERE seq=7")
    done = main_py("audit", "verify", "--db", staged.path, home=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.startswith("audit entry 7: its at cannot be read")


def test_audit_verify_names_an_entry_whose_json_was_edited(staged: World, tmp_path: Path) -> None:
    staged.close()
    staged.write("UPDATE audit SET after='{broken' WHERE seq=9")
    done = main_py("audit", "verify", "--db", staged.path, home=tmp_path)
    assert done.returncode == 1 and done.stdout.startswith("audit entry 9: its after cannot")
