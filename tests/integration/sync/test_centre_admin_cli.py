"""`main.py server admin add|list|disable`: the accounts of the centre's web page."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from main import main
from sync.server import schema as s
from sync.server.db import open_centre

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """`main.py server admin ...` in this process, its exit code and output."""

    def run(*args: str) -> Ran:
        code = main(["server", "admin", *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def _prompted(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    """A process of its own: getpass reads the terminal, or standard input without one."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "server", "admin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_an_admin_is_added_from_a_password_file_hashed_with_argon2id(
    tmp_path: Path, admin: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "centre.db")
    secret = tmp_path / "password"
    secret.write_text("质控办公室-password-1\nignored second line\n", encoding="utf-8")

    added = admin("add", "--db", db, "qa1", "--password-file", str(secret))
    listed = admin("list", "--db", db)

    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "admin qa1 added"
    (account,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert account["username"] == "qa1" and account["disabled_at"] is None
    assert "password" not in listed.stdout and "argon2" not in listed.stdout
    engine = open_centre(db)
    with engine.connect() as conn:
        stored = conn.execute(select(s.admin_users.c.password_hash)).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$") and "质控办公室" not in stored


def test_admin_add_refuses_a_second_account_of_a_name_a_short_password_and_a_bad_name(
    tmp_path: Path, admin: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "centre.db")
    good, short = tmp_path / "good", tmp_path / "short"
    good.write_text("a-long-enough-password\n", encoding="utf-8")
    short.write_text("short\n", encoding="utf-8")
    assert admin("add", "--db", db, "qa1", "--password-file", str(good)).returncode == 0

    again = admin("add", "--db", db, "qa1", "--password-file", str(good))
    weak = admin("add", "--db", db, "qa2", "--password-file", str(short))
    badly_named = admin("add", "--db", db, "qa 3", "--password-file", str(good))
    no_file = admin("add", "--db", db, "qa4", "--password-file", str(tmp_path / "none"))

    assert again.returncode == 1 and "exists already" in again.stderr
    assert weak.returncode == 1 and "10 to 1024 characters" in weak.stderr
    assert badly_named.returncode == 2 and "user name" in badly_named.stderr
    assert no_file.returncode == 2 and "error:" in no_file.stderr
    listed = [
        json.loads(line)["username"] for line in admin("list", "--db", db).stdout.splitlines()
    ]
    assert listed == ["qa1"]


def test_admin_add_asks_twice_at_the_prompt_and_refuses_two_different_answers(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "centre.db")

    differ = _prompted("add", "--db", db, "qa1", stdin="first-password-1\nother-password-2\n")
    same = _prompted("add", "--db", db, "qa1", stdin="first-password-1\nfirst-password-1\n")

    assert differ.returncode == 2 and "differ" in differ.stderr
    assert same.returncode == 0, same.stderr


def test_admin_disable_stops_an_account_and_says_so_in_the_list(
    tmp_path: Path, admin: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "centre.db")
    secret = tmp_path / "password"
    secret.write_text("a-long-enough-password\n", encoding="utf-8")
    assert admin("add", "--db", db, "qa1", "--password-file", str(secret)).returncode == 0

    disabled = admin("disable", "--db", db, "qa1")
    twice = admin("disable", "--db", db, "qa1")
    unknown = admin("disable", "--db", db, "nobody")

    assert disabled.returncode == 0 and disabled.stdout.strip() == "admin qa1 disabled"
    assert twice.returncode == 1 and "disabled already" in twice.stderr
    assert unknown.returncode == 1 and "no admin 'nobody'" in unknown.stderr
    (account,) = [json.loads(line) for line in admin("list", "--db", db).stdout.splitlines()]
    assert account["disabled_at"] is not None
