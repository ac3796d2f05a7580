"""Lotkeeper: the GUI with no arguments, headless sub-commands otherwise.

`python main.py --help` lists the sub-commands. Each package registers its
own (scanning.cli, app.cli, sync.cli, ui.cli), so this file only wires them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module has `register(subparsers)`; its commands set `func(args) -> exit code`.
COMMAND_MODULES = (
    "scanning.cli",
    "app.cli",
    "app.print_cli",
    "sync.cli",
    "sync.recall_cli",
    "ui.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Lotkeeper — offline-first lot, expiry and recall client. "
        "With no sub-command the desktop app starts.",
    )
    parser.add_argument(
        "--db", dest="gui_db", help="GUI: SQLite database file (default: per-user data directory)"
    )
    parser.add_argument("--lang", dest="gui_lang", help="GUI: language, zh_CN or en")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(db=args.gui_db, lang=args.gui_lang)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
