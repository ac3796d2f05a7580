"""`import`: master data (and package levels) from CSV or .xlsx into a site store, all rows
or none (an admin). Rows the national UDI database contradicts are warned of on stderr."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.adapters.tabular import TableError, read_table
from app.domain.clock import SystemClock
from app.errors import LotkeeperError
from app.services.bus import execute
from app.services.commands import ImportMasterData
from app.services.master_data import SITE_KINDS
from ui.commands.options import actor, db_arg, fail, open_or_fail, refused, user_args


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import master data from CSV or .xlsx, all rows or none")
    db_arg(p)
    p.add_argument("kind", choices=SITE_KINDS)
    p.add_argument("file", type=Path)
    user_args(p, "an administrator")
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    try:
        header, rows = read_table(args.file)
    except TableError as exc:
        return fail(str(exc))
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        result = execute(store.uow(), clock, who, ImportMasterData(args.kind, header, rows))
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()
    if not result.ok:
        for problem in result.detail.get("problems", []):
            print(
                f"row {problem['row']}, column {problem['column']}: {problem['problem']}",
                file=sys.stderr,
            )
        return fail(f"{result.code.value}: {result.message}", 1)
    for conflict in result.detail.get("conflicts", []):
        print(
            f"warning: row {conflict['row']}, column {conflict['column']}: {conflict['problem']}"
            " (the row's value kept)",
            file=sys.stderr,
        )
    print(result.message)
    return 0
