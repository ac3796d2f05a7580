"""The store itself: init, config, backup, audit verify, demo."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from app.adapters.database import DatabaseError
from app.adapters.store import Store, default_db_path
from app.cli.options import (
    actor,
    db_arg,
    fail,
    open_or_fail,
    read_pin,
    refused,
)
from app.domain.audit import AuditEntry, DamagedEntry, verify_chain
from app.domain.clock import SystemClock
from app.errors import LotkeeperError, Refused
from app.services.bus import execute
from app.services.commands import SetSiteSetting
from app.services.demo_store import ADMIN, OPERATOR, QA, SUPERVISOR, create_demo
from app.services.settings import SITE_SETTINGS, site_settings
from app.services.setup import initialise


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create an empty store with its first administrator")
    db_arg(p)
    p.add_argument(
        "--admin-pin-file",
        type=Path,
        help="the administrator's PIN, first line (owner-only file); else one is made and shown",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    v = audit_sub.add_parser("verify", help="check the hash chain; exit 1 naming the first break")
    db_arg(v)
    v.set_defaults(func=cmd_audit_verify)

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
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    count = 0
    with store.uow(read_only=True) as uow:

        def counted() -> Iterator[AuditEntry | DamagedEntry]:
            nonlocal count
            for entry in uow.audit.entries():
                count += 1
                yield entry

        problem = verify_chain(counted())
    store.close()
    if problem is not None:
        print(f"audit entry {problem.seq}: {problem.problem}")
        return 1
    print(f"audit chain intact: {count} entries")
    return 0


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
    try:
        store = Store(args.db or default_db_path())
        store.backup(args.out)
    except (DatabaseError, OSError) as exc:
        return fail(str(exc))
    store.close()
    print(f"backup written to {args.out}")
    return 0


def open_new_demo(path: Path) -> Store:
    # No fsync per action while generating: a demo interrupted half-way is rebuilt, not used.
    return Store(path, create=True, synchronous="OFF")


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
