"""The store itself: init, config, backup, audit verify, demo."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.adapters.database import DatabaseError, integrity_problem
from app.adapters.home import default_db_path
from app.adapters.store import Store
from app.demo.store import ADMIN, OPERATOR, QA, SUPERVISOR, create_demo, open_new_demo
from app.domain.clock import SystemClock
from app.errors import LotkeeperError, Refused
from app.services.audit_check import (
    Verification,
    store_verification,
    verification_of,
    verify_store,
)
from app.services.bus import execute
from app.services.commands import SetSiteSetting
from app.services.settings import SITE_SETTINGS, site_settings
from app.services.setup import initialise
from ui.commands.options import (
    actor,
    db_arg,
    fail,
    open_or_fail,
    read_pin,
    refused,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create an empty store with its first administrator")
    db_arg(p)
    p.add_argument(
        "--admin-pin-file",
        type=Path,
        help="the administrator's PIN, first line (owner-only file); else one is made and shown",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("config", help="show or change this site's settings (an administrator)")
    db_arg(p)
    p.add_argument("key", nargs="?", help=", ".join(SITE_SETTINGS))
    p.add_argument("value", nargs="?")
    p.add_argument("--user", help="an administrator (to change a setting)")
    p.add_argument("--pin-file", type=Path, help="their PIN's file (else $LOTKEEPER_PIN, a prompt)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("backup", help="a consistent copy of the store while the app runs")
    db_arg(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("demo", help="create a demo store with months of realistic history")
    p.add_argument("--db", type=Path, required=True, help="new database file (must not exist)")
    p.add_argument("--today", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--lots", type=int, default=3000, help="how many lots to receive")
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = args.db or default_db_path()
    given = None
    if args.admin_pin_file is not None:
        try:
            given = read_pin(args.admin_pin_file, "", "")
        except Refused as exc:
            return refused(exc, 2)
    try:
        store = Store(path, create=True)
    except DatabaseError as exc:
        return fail(str(exc))
    try:
        pin = initialise(store.uow(), SystemClock(), admin_password=given)
    except Refused as exc:
        store.close()
        path.unlink(missing_ok=True)
        return refused(exc, 2)
    store.close()
    print(f"created {path}")
    if given is None:
        print(f"admin PIN (shown once, change it after first log-in): {pin}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """The chain, the ledger against it, and SQLite's full integrity check; exit 1 on any break."""
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        report = verify_store(store.uow())
        damage = integrity_problem(store.path)
    finally:
        store.close()
    _record_integrity(args, damage, verification_of(report, SystemClock().now()))
    if report.chain is not None:
        print(f"audit entry {report.chain.seq}: {report.chain.problem}")
    else:
        print(f"audit chain intact: {report.entries} entries")
    for finding in report.findings:
        print(f"{finding.kind} {finding.ref}: {finding.problem}")
    if damage is not None:
        print(f"the file is damaged: {damage}")
    return 0 if report.ok and damage is None else 1


def _record_integrity(
    args: argparse.Namespace, damage: str | None, verification: Verification
) -> None:
    """Keep the integrity verdict where the file may be written (it blocks writes if damaged),
    and the chain's verdict (the audit completeness KPI reports it)."""
    try:
        store = Store(args.db or default_db_path())
    except (LotkeeperError, sqlite3.Error, DBAPIError):
        sys.stderr.write("warning: read-only medium: the integrity verdict is not recorded\n")
        return
    try:
        store.check_integrity(SystemClock().today())
        with store.uow() as uow:
            store_verification(uow, verification)
            uow.commit()
    except (LotkeeperError, sqlite3.Error, DBAPIError):
        sys.stderr.write("warning: the integrity verdict could not be recorded\n")
    finally:
        store.close()


def cmd_config(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        if args.value is not None:
            if not args.user:
                return fail("changing a setting needs --user (an administrator)")
            who = actor(args, store.uow(), clock)
            result = execute(store.uow(), clock, who, SetSiteSetting(args.key, args.value))
            if not result.ok:
                return fail(f"{result.code.value}: {result.message}", 1)
        values = site_settings(store.uow(read_only=True))
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()
    for key, value in values.items():
        if args.key in (None, key):
            print(f"{key} = {value}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        store.backup(args.out)
        damage = integrity_problem(args.out)
    except OSError as exc:
        return fail(f"{args.out}: {exc.strerror or exc}", 1)
    finally:
        store.close()
    print(f"backup written to {args.out}")
    if damage is not None:
        return fail(f"the copy is damaged, as its source must be: {damage}", 1)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        summary = create_demo(args.db, open_new_demo, args.today, lots=args.lots)
    except (FileExistsError, DatabaseError) as exc:
        return fail(str(exc))
    print(
        f"created {args.db}: {summary.items} items, {summary.lots} lots, "
        f"{summary.actions} actions in {summary.seconds:.1f} s"
    )
    people = ", ".join(f"{name} {pin}" for name, pin, _ in (ADMIN, SUPERVISOR, OPERATOR, QA))
    print(f"users (PIN): {people}")
    return 0
