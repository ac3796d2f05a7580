"""`server admin add|list|disable`: the accounts that log in to the centre's web page.

The password is read from `--password-file` (its first line) or asked for
twice at the terminal; it never appears on the command line.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from app.domain.clock import SystemClock
from sync.server import admins
from sync.server.db import open_centre
from ui.commands.options import emit, fail


def register(server: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = server.add_parser("admin", help="the centre's admin accounts (its web page's log-in)")
    actions = p.add_subparsers(dest="admin_command", required=True)
    a = actions.add_parser("add", help="add an admin account (password hashed with argon2id)")
    a.add_argument("--db", required=True)
    a.add_argument("user")
    a.add_argument(
        "--password-file", type=Path, help="read the password from this file's first line"
    )
    a.set_defaults(func=cmd_admin_add)
    li = actions.add_parser("list", help="the admin accounts, one JSON object a line")
    li.add_argument("--db", required=True)
    li.add_argument("--attempts", action="store_true", help="the log-in attempts instead")
    li.set_defaults(func=cmd_admin_list)
    d = actions.add_parser("disable", help="stop an account logging in; its sessions end")
    d.add_argument("--db", required=True)
    d.add_argument("user")
    d.set_defaults(func=cmd_admin_disable)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{args.password_file}: {exc}")
            return None
        return lines[0] if lines else ""
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        fail("the two passwords differ: nothing added")
        return None
    return first


def cmd_admin_add(args: argparse.Namespace) -> int:
    try:
        admins.check_username(args.user)
    except admins.AdminProblem as problem:
        return fail(str(problem))
    password = _password(args)
    if password is None:
        return 2
    engine = open_centre(args.db)
    try:
        admins.add(engine, args.user, password, SystemClock().now())
    except admins.AdminProblem as problem:
        return fail(str(problem), 1)
    finally:
        engine.dispose()
    print(f"admin {args.user} added")
    return 0


def cmd_admin_list(args: argparse.Namespace) -> int:
    engine = open_centre(args.db)
    try:
        for row in admins.attempts(engine) if args.attempts else admins.listing(engine):
            emit(row)
    finally:
        engine.dispose()
    return 0


def cmd_admin_disable(args: argparse.Namespace) -> int:
    engine = open_centre(args.db)
    try:
        admins.disable(engine, args.user, SystemClock().now())
    except admins.AdminProblem as problem:
        return fail(str(problem), 1)
    finally:
        engine.dispose()
    print(f"admin {args.user} disabled")
    return 0
