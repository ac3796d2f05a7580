"""Lotkeeper: the GUI with no arguments, headless sub-commands otherwise.

`python main.py --help` lists the commands from the table below without
importing any of them; a command's module is imported only when it runs.
Each names a module of `ui.commands` and the function in it that registers
its commands (`register(subparsers)`); each command runs as `func(args) ->
exit code`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

# command -> ("module:function" that registers it, its one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": (
        "ui.commands.parse:register",
        "parse barcode text (GS1, HIBC, Digital Link, GTIN) into JSON",
    ),
    "decode": (
        "ui.commands.decode:register",
        "find barcodes in image files and print them, parsed",
    ),
    "init": ("ui.commands.store:register", "create an empty store with its first administrator"),
    "import": (
        "ui.commands.master:register",
        "import master data from CSV or .xlsx, all rows or none",
    ),
    "udid": ("ui.commands.udid:register", "import the national UDI database (NMPA UDID) download"),
    "batch": ("ui.commands.batch:register", "replay scanner actions, one JSON object per line"),
    "alerts": ("ui.commands.alerts:register", "expiry warnings as of a day"),
    "trace": ("ui.commands.trace:register", "a lot's whole life"),
    "audit": ("ui.commands.audit:register", "audit trail tools (verify)"),
    "config": ("ui.commands.store:register", "show or change this site's settings"),
    "backup": ("ui.commands.store:register", "a consistent copy of the store while the app runs"),
    "demo": ("ui.commands.store:register", "create a demo store with months of realistic history"),
    "print": ("ui.commands.printing:register", "print labels and documents (PDF or ZPL)"),
    "recall": (
        "ui.commands.recall:register",
        "recalls: open, trace, work, print and close a case",
    ),
    "serve": ("ui.commands.centre:register", "run the central sync service"),
    "server": ("ui.commands.centre:register", "administer the centre's database"),
    "register": ("ui.commands.centre:register", "enrol this site's store with a centre"),
    "sync": ("ui.commands.centre:register", "push and pull once; prints a JSON summary"),
    "refused": (
        "ui.commands.centre:register",
        "events the centre refused: list, correct or discard",
    ),
    "screenshots": (
        "ui.commands.screenshots:register",
        "render every main screen to PNG, offscreen",
    ),
    "climate": (
        "ui.commands.climate:register",
        "storage classes, logger files, excursions and QA's decision",
    ),
    # the closed loop (issue 12)
    "disposition": (
        "ui.commands.disposition:register",
        "warnings' dispositions: choose, accept, list",
    ),
    "forecast": ("ui.commands.forecast:register", "lots predicted to expire before they are used"),
    "transfer": (
        "ui.commands.transfer:register",
        "transfers between sites and the centre's suggestions",
    ),
    "notify": (
        "ui.commands.notify:register",
        "send queued notifications (e-mail, webhook); list them",
    ),
    "report": (
        "ui.commands.report:register",
        "management reports: the KPIs for a period (JSON, .xlsx, PDF)",
    ),
}


def build_parser(command: str | None) -> argparse.ArgumentParser:
    """The parser, with the module of `command` (if any) registered in full."""
    parser = argparse.ArgumentParser(
        # "main.py" in the checkout, "lotkeeper" once installed.
        prog=Path(sys.argv[0]).name or "lotkeeper",
        description="Lotkeeper — offline-first lot, expiry and recall client. "
        "With no sub-command the desktop app starts.",
    )
    parser.add_argument(
        "--db", dest="gui_db", help="GUI: SQLite database file (default: per-user data directory)"
    )
    parser.add_argument("--lang", dest="gui_lang", help="GUI: language, zh_CN or en")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    if chosen is not None:
        module, function = chosen.split(":")
        getattr(importlib.import_module(module), function)(sub)
    for name, (target, text) in COMMANDS.items():
        if target != chosen:
            sub.add_parser(name, help=text, add_help=False)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    return next((arg for arg in argv if arg in COMMANDS), None)


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command_in(args_in))
    args = parser.parse_args(args_in)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(db=args.gui_db, lang=args.gui_lang)
    code: int = args.func(args)
    return code


def run() -> None:
    """The installed `lotkeeper` and `lotkeeper-gui` commands ([project.scripts])."""
    sys.exit(main())


if __name__ == "__main__":
    run()
