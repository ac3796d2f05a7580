"""The same rule from every entry point: the services, batch replay and the command line.

Each case of `staging.CASES` is refused with the same code when asked
through the executor directly (what the screens call) and as a line of a
real `main.py batch` upload; the screens' own test is tests/ui/test_one_path_screens.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.core.store_kit import PINS, World
from tests.integration.one_path.staging import CASES, LATE, NOW, Case

ROOT = Path(__file__).parents[3]


def main_py(
    *args: str | Path, home: Path, stdin: str | None = None, pin: str | None = None
) -> subprocess.CompletedProcess[str]:
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


def batch_line(case: Case) -> str:
    line = {"action": case.action, "user": case.user, "scan": case.scan, "at": NOW.isoformat()}
    line.update(case.fields)
    if case.user != "op":
        line["pin"] = PINS[case.user]  # beyond an operator's actions a line carries its PIN
    return json.dumps(line)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_executor_refuses_each_case_with_its_code(staged: World, case: Case) -> None:
    before = staged.dump()
    result = staged.do(case.action, case.scan, user=case.user, **case.fields)
    assert result.code.value == case.code, result
    assert staged.dump() == before  # a refusal writes nothing


def test_batch_gives_every_case_the_same_code_as_the_executor(
    staged: World, tmp_path: Path
) -> None:
    upload = tmp_path / "upload.jsonl"
    upload.write_text("\n".join(batch_line(c) for c in CASES) + "\n", encoding="utf-8")
    before = {k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")}
    done = main_py(
        "batch", "--db", staged.path, "--user", "op", upload, home=tmp_path, pin=PINS["op"]
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(a["line"], a["code"]) for a in answers] == [
        (n, c.code) for n, c in enumerate(CASES, start=1)
    ]
    after = {k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")}
    assert after == before


def test_a_batch_pick_of_a_later_lot_names_the_fefo_lot_and_its_bin(
    staged: World, tmp_path: Path
) -> None:
    """The handheld sends the operator to a bin holding no earlier lot: still NOT_FEFO."""
    line = json.dumps(
        {
            "action": "pick",
            "user": "op",
            "scan": LATE,
            "location": "A1",
            "to": "WARD",
            "at": NOW.isoformat(),
        }
    )
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
    (answer,) = [json.loads(x) for x in done.stdout.splitlines()]
    assert answer["code"] == "NOT_FEFO"
    assert (answer["fefo_lot"], answer["fefo_location"]) == ("G-EARLY", "A2")


def test_a_batch_without_the_uploaders_credential_writes_nothing_but_its_audit(
    staged: World, tmp_path: Path
) -> None:
    line = json.dumps({"action": "pick", "user": "op", "scan": LATE, "location": "A1"})
    audit_before = staged.count("audit")
    before = {k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")}
    wrong = main_py(
        "batch", "--db", staged.path, "--user", "op", stdin=line + "\n", home=tmp_path, pin="9999"
    )
    assert wrong.returncode == 1
    assert "BAD_CREDENTIALS" in wrong.stderr and wrong.stdout == ""
    missing = main_py(
        "batch", "--db", staged.path, "--user", "op", stdin=line + "\n", home=tmp_path
    )
    assert missing.returncode == 1 and "BAD_CREDENTIALS" in missing.stderr
    assert {
        k: v for k, v in staged.dump().items() if k not in ("audit", "login_failures")
    } == before
    failures = staged.sql("SELECT action FROM audit WHERE seq > ? ORDER BY seq", audit_before)
    assert [a for (a,) in failures] == ["login_failed", "login_failed"]


def test_a_batch_line_beyond_an_operators_role_needs_its_own_pin(
    staged: World, tmp_path: Path
) -> None:
    from tests.integration.one_path.staging import HELD

    without = {"action": "release", "user": "qa", "scan": HELD, "reason": "checked"}
    with_pin = {**without, "pin": PINS["qa"]}
    lines = "\n".join(json.dumps(x) for x in (without, with_pin)) + "\n"
    done = main_py(
        "batch", "--db", staged.path, "--user", "op", stdin=lines, home=tmp_path, pin=PINS["op"]
    )
    codes = [json.loads(x)["code"] for x in done.stdout.splitlines()]
    assert codes == ["NOT_PERMITTED", "ACCEPTED"]
    (meta,) = staged.sql("SELECT meta FROM audit WHERE action='release' AND entity='lot'")
    recorded = json.loads(meta[0])
    assert recorded["uploaded_by"] == "op" and recorded["credential"] == "pin"


def test_a_batch_verifies_each_pin_once_yet_a_lock_it_causes_holds_for_the_rest_of_the_run(
    staged: World, tmp_path: Path
) -> None:
    from app.services.settings import site_setting
    from tests.integration.one_path.staging import HELD

    good = {"action": "release", "user": "qa", "scan": HELD, "reason": "checked"}
    lines = [
        {**good, "pin": PINS["qa"]},  # verified once, kept
        {**good, "pin": PINS["qa"]},  # the kept verification: accepted (nothing left to do)
        *[{**good, "pin": "000000"}] * 5,  # wrong, each checked and audited, until locked
        {**good, "pin": PINS["qa"]},  # the right PIN again: the lock holds
    ]
    audit_before = staged.count("audit")
    done = main_py(
        "batch",
        "--db",
        staged.path,
        "--user",
        "op",
        stdin="\n".join(json.dumps(x) for x in lines) + "\n",
        home=tmp_path,
        pin=PINS["op"],
    )
    codes = [json.loads(x)["code"] for x in done.stdout.splitlines()]
    with staged.store.uow() as uow:
        attempts = int(site_setting(uow, "lockout_attempts"))
    assert codes[0] == "ACCEPTED" and codes[1] != "BAD_CREDENTIALS"
    assert codes[2 : 2 + attempts - 1] == ["BAD_CREDENTIALS"] * (attempts - 1)
    assert codes[2 + attempts - 1 :] == ["LOCKED_OUT"] * (len(lines) - 1 - attempts)
    audited = [a for (a,) in staged.sql("SELECT action FROM audit WHERE seq > ?", audit_before)]
    assert audited.count("login_failed") == attempts
