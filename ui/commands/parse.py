"""Sub-commands of the scanning layer for `python main.py`.

``parse [RAW ...]`` prints one JSON object per input (arguments, or else one
per line of standard input), in order; exit status 0 if every input parsed,
1 otherwise. The JSON shape is a contract other tools rely on: see
`scan_json` and `error_json`. ``decode`` is `ui.commands.decode`, apart so
that parsing never loads the image decoders.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from scanning.errors import ScanError
from scanning.parse import parse
from scanning.scan import Scan
from scanning.substitutes import DEFAULT_GS_SUBSTITUTES


def scan_json(scan: Scan) -> dict[str, Any]:
    hibc = scan.hibc
    return {
        "ok": True,
        "scheme": scan.scheme,
        "di": scan.di,
        "gtin": scan.gtin,
        "hibc": {"lic": hibc.lic, "pcn": hibc.pcn, "uom": hibc.uom} if hibc else None,
        "lot": scan.lot,
        "expiry": scan.expiry.isoformat() if scan.expiry else None,
        "production_date": scan.production_date.isoformat() if scan.production_date else None,
        "serial": scan.serial,
        "quantity": scan.quantity,
        "symbology": scan.symbology,
        "ais": dict(scan.ais),
        "complete": scan.complete,
        "missing": list(scan.missing),
    }


def error_json(error: ScanError) -> dict[str, Any]:
    return {"ok": False, "error_code": error.code, "error": error.message}


def print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for add in _COMMANDS:
        add(subparsers)


def _add_parse(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "parse",
        help="parse barcode text (GS1, HIBC, Digital Link, GTIN) into JSON lines",
        description="Parse each RAW (or each line of standard input) and print one JSON "
        "object per input. Exit status 1 if any input could not be parsed.",
    )
    cmd.add_argument("raw", nargs="*", metavar="RAW", help="scanned text; GS may be <GS>, ^] ...")
    add_today(cmd)
    cmd.add_argument(
        "--gs-substitute",
        action="append",
        dest="substitutes",
        metavar="TEXT",
        help="text the scanner sends for GS (repeatable; replaces the default list)",
    )
    cmd.set_defaults(func=_run_parse)


def _run_parse(args: argparse.Namespace) -> int:
    substitutes = tuple(args.substitutes) if args.substitutes else DEFAULT_GS_SUBSTITUTES
    inputs: Iterable[str] = args.raw if args.raw else _stdin_lines()
    utf8_stdout()
    status = 0
    for raw in inputs:
        try:
            print_json(scan_json(parse(raw, substitutes=substitutes, today=args.today)))
        except ScanError as error:
            print_json(error_json(error))
            status = 1
    return status


def add_today(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="date (YYYY-MM-DD) that places two-digit years; default: today",
    )


def utf8_stdout() -> None:
    # JSON lines carry Chinese lot text as is (ensure_ascii=False): don't depend on the locale.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _stdin_lines() -> Iterator[str]:
    # Binary read: text mode would turn a lone CR inside the data into a line break.
    for line in sys.stdin.buffer:
        text = line.decode("utf-8", errors="replace").removesuffix("\n").removesuffix("\r")
        if text:
            yield text


_COMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_parse,
)
