"""What every site command shares: --db, who acts (--user and a PIN), JSON out, errors.

A command that writes to a site store acts in an authenticated person's
name: `--user NAME` and the PIN from `--pin-file FILE` (its first line; the
file must be readable by its owner only), else the environment variable
LOTKEEPER_PIN, else a prompt on the terminal. A wrong or missing credential
is BAD_CREDENTIALS (exit 1) and writes nothing but the failure's audit entry.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.adapters.database import DatabaseError, store_failure
from app.adapters.home import default_db_path
from app.adapters.store import Store
from app.domain.clock import Clock, SystemClock
from app.domain.identity import Actor
from app.errors import Code, LotkeeperError, Refused
from app.services.bus import execute
from app.services.commands import Command
from app.services.context import ActionResult, jsonable
from app.services.people import authenticate
from app.services.ports import UnitOfWork

PIN_ENV = "LOTKEEPER_PIN"


def _json_default(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def emit(obj: object) -> None:
    sys.stdout.write(json.dumps(jsonable(obj), ensure_ascii=False, default=_json_default) + "\n")
    sys.stdout.flush()


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"error: {message}\n")
    return code


def refused(error: LotkeeperError, code: int = 1) -> int:
    """A refusal on stderr as its code and message; exit 1 (2 for a store that won't open)."""
    return fail(f"{error.code.value}: {error.message}", code)


def answer(result: ActionResult) -> int:
    """An action's result as one JSON object; exit 0 when accepted, else 1."""
    emit(result.to_json())
    return 0 if result.ok else 1


def db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: per-user data directory)"
    )


def open_store(args: argparse.Namespace) -> Store:
    return Store(args.db or default_db_path())


def user_args(
    parser: argparse.ArgumentParser, who: str = "the person acting", required: bool = True
) -> None:
    parser.add_argument("--user", required=required, help=f"{who} (recorded in the audit trail)")
    parser.add_argument(
        "--pin-file",
        type=Path,
        help=f"file whose first line is the PIN (else ${PIN_ENV}, else a prompt)",
    )


def second_person_args(parser: argparse.ArgumentParser, rule: str) -> None:
    parser.add_argument("--countersign", metavar="USER", help=f"second person who signs ({rule})")
    parser.add_argument(
        "--countersign-pin-file",
        type=Path,
        help="their PIN's file (else $LOTKEEPER_COUNTERSIGN_PIN, else a prompt)",
    )


def read_pin(pin_file: Path | None, env: str, prompt: str) -> str:
    """The PIN from its file (owner-only), the environment, or the terminal; Refused if none."""
    if pin_file is not None:
        try:
            mode = pin_file.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise Refused(
                    Code.BAD_CREDENTIALS,
                    f"{pin_file} may be read by others: chmod 600 it first",
                    file=str(pin_file),
                )
            lines = pin_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise Refused(
                Code.BAD_CREDENTIALS, f"cannot read {pin_file}: {exc.strerror or exc}"
            ) from exc
        return lines[0].strip() if lines else ""
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise Refused(
        Code.BAD_CREDENTIALS, f"no PIN: give --pin-file, set ${env}, or run in a terminal"
    )


def actor(args: argparse.Namespace, uow: UnitOfWork, clock: Clock, via: str = "cli") -> Actor:
    """The authenticated person behind --user; Refused (BAD_CREDENTIALS, LOCKED_OUT) else."""
    try:
        pin = read_pin(args.pin_file, PIN_ENV, f"PIN for {args.user}: ")
    except Refused as missing:
        # A missing PIN is a failed log-in like any other: audited and counted ...
        try:
            authenticate(uow, clock, args.user, "", via=via)
        except Refused as failed:
            if failed.code is Code.LOCKED_OUT:
                raise
        raise missing from None  # ... but the person is told what was missing
    return authenticate(uow, clock, args.user, pin, via=via)


def second_person(args: argparse.Namespace, uow: UnitOfWork, clock: Clock) -> Actor | None:
    if not getattr(args, "countersign", None):
        return None
    pin = read_pin(
        args.countersign_pin_file, "LOTKEEPER_COUNTERSIGN_PIN", f"PIN for {args.countersign}: "
    )
    return authenticate(uow, clock, args.countersign, pin, via="cli countersign")


def open_or_fail(args: argparse.Namespace, read_only: bool = False) -> Store | int:
    """The store, or the exit code after saying why it cannot be opened.

    Commands that only read open it `read_only`: they then work on a read-only
    medium (a copy on a DVD, a mounted backup) as well.
    """
    try:
        return Store(args.db or default_db_path(), read_only=read_only)
    except DatabaseError as exc:
        return fail(f"{exc.code.value}: {exc.message}")
    except (sqlite3.Error, DBAPIError) as exc:
        failure = store_failure(exc)
        return fail(f"{failure.code.value}: {failure.message}" if failure else str(exc), 1)


def run_command(
    args: argparse.Namespace, command: Command | Callable[[UnitOfWork], Command]
) -> int:
    """The one shape of a writing command: open the store, authenticate `--user`, build
    the command (a builder may read the store or files first), execute it through the
    command path, print its result; exit 0 when accepted."""
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        built = command if isinstance(command, Command) else command(store.uow())
        return answer(execute(store.uow(), clock, who, built))
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()
