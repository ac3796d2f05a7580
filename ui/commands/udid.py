"""`udid import`: the national UDI database (NMPA UDID) into a site store (an administrator).

    main.py udid import --db D FILE... --user ADMIN

Full or incremental downloads, XML or zipped, in the order given (an
incremental file after the full one it updates). All files in one
transaction: a file that cannot be read (malformed XML, a wrong root, a
device without its DI, a truncated zip ...) imports nothing and says where.
Prints one JSON summary; each record that contradicts local master data is
printed on stderr as a warning (reported, not applied).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.adapters.udid_file import read_devices
from app.domain.clock import SystemClock
from app.domain.udi import UdiDevice
from app.errors import LotkeeperError
from app.services.bus import execute
from app.services.commands import ImportUdiDatabase
from ui.commands.options import actor, db_arg, emit, fail, open_or_fail, refused, user_args


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("udid", help="the national UDI database (NMPA UDID): import a download")
    actions = p.add_subparsers(dest="udid_command", required=True)
    i = actions.add_parser(
        "import", help="import full or incremental downloads (XML or .zip), all or nothing"
    )
    db_arg(i)
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    user_args(i, "an administrator")
    i.set_defaults(func=cmd_import)


def devices_of(files: Sequence[Path]) -> Iterator[UdiDevice]:
    """Every file's devices in turn, as the import reads them.

    Every file's up-front checks (there, XML, its root, a whole zip) run
    before the first device is handed over, so a bad second file is found
    before the first is written; the import is refused all the same.
    """
    readers = [read_devices(file) for file in files]
    for reader in readers:
        yield from reader


def warn_conflicts(conflicts: Sequence[dict[str, str]]) -> None:
    for c in conflicts:
        print(
            f"warning: {c['di']}: {c['field']} is {c['ours']!r} here but "
            f"{c['database']!r} in the UDI database (not applied)",
            file=sys.stderr,
        )


def cmd_import(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        command = ImportUdiDatabase(tuple(str(f) for f in args.files), devices_of(args.files))
        result = execute(store.uow(), clock, who, command)
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()
    if not result.ok:
        return fail(f"{result.code.value}: {result.message}", 1)
    warn_conflicts(result.detail.get("conflicts", []))
    emit(result.detail)
    return 0
