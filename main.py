"""Lotkeeper: the GUI with no arguments, headless sub-commands otherwise.

`python main.py --help` lists the commands from the table below without
importing any of them; a command's module is imported only when it runs.
Each module registers its commands (`register(subparsers)`); each command
runs as `func(args) -> exit code`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

# command -> (the module that registers it, its one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("scanning.cli", "parse barcode text (GS1, HIBC, Digital Link, GTIN) into JSON"),
    "decode": ("scanning.decode_cli", "find barcodes in image files and print them, parsed"),
    "init": ("app.cli.store", "create an empty store with its first administrator"),
    "import": ("app.cli.master", "import master data from CSV or .xlsx, all rows or none"),
    "udid": ("app.cli.udid", "import the national UDI database (NMPA UDID) download"),
    "batch": ("app.cli.batch", "replay scanner actions, one JSON object per line"),
    "alerts": ("app.cli.alerts", "expiry warnings as of a day"),
    "trace": ("app.cli.trace", "a lot's whole life"),
    "audit": ("sync.audit_cli", "audit trail tools (verify)"),
    "config": ("app.cli.store", "show or change this site's settings"),
    "backup": ("app.cli.store", "a consistent copy of the store while the app runs"),
    "demo": ("app.cli.store", "create a demo store with months of realistic history"),
    "print": ("app.cli.printing", "print labels and documents (PDF or ZPL)"),
    "recall": ("sync.recall_cli", "recalls: open, trace, work, print and close a case"),
    "serve": ("sync.cli", "run the central sync service"),
    "server": ("sync.cli", "administer the centre's database"),
    "register": ("sync.cli", "enrol this site's store with a centre"),
    "sync": ("sync.cli", "push and pull once; prints a JSON summary"),
    "refused": ("sync.cli", "events the centre refused: list, correct or discard"),
    "screenshots": ("ui.cli", "render every main screen to PNG, offscreen"),
    "climate": ("app.cli.climate", "storage classes, logger files, excursions and QA's decision"),
    # the closed loop (issue 12)
    "disposition": (
        "app.cli.disposition",
        "warnings' dispositions: choose, accept, list",
    ),
    "forecast": ("app.cli.forecast", "lots predicted to expire before they are used"),
    "transfer": ("app.cli.transfer", "transfers between sites and the centre's suggestions"),
    "notify": ("app.cli.notify", "send queued notifications (e-mail, webhook); list them"),
    "report": ("app.cli.report", "management reports: the KPIs for a period (JSON, .xlsx, PDF)"),
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
        importlib.import_module(chosen).register(sub)
    for name, (module, text) in COMMANDS.items():
        if module != chosen:
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
