"""Sub-commands of the scanning layer for `python main.py`.

``parse [RAW ...]`` prints one JSON object per input (arguments, or else one
per line of standard input), in order; exit status 0 if every input parsed,
1 otherwise. The JSON shape is a contract other tools rely on: see
`scan_json` and `error_json`. To add a command, write ``_add_<name>`` and list
it in `_COMMANDS`.

``decode IMAGE [...]`` prints one JSON object per symbol found in each image
(file, format, symbology, text, position, and the parsed `scan`); exit status
2 if an image could not be read or no decoder loads, else 1 if an image held
no symbol.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from scanning.decoders import BACKENDS, DEFAULT_BACKEND, UnreadableImage, decode
from scanning.errors import DecoderUnavailable, ScanError
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
    _add_today(cmd)
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
    _utf8_stdout()
    status = 0
    for raw in inputs:
        try:
            print_json(scan_json(parse(raw, substitutes=substitutes, today=args.today)))
        except ScanError as error:
            print_json(error_json(error))
            status = 1
    return status


def _add_decode(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "decode",
        help="find barcodes in image files and print them, parsed, as JSON lines",
        description="Decode every barcode in each IMAGE and print one JSON object per "
        "symbol. Exit status 2 if an image cannot be read, else 1 if one held no symbol.",
    )
    cmd.add_argument("images", nargs="+", metavar="IMAGE", help="PNG, JPEG, BMP, TIFF ... file")
    cmd.add_argument(
        "--backend", choices=tuple(BACKENDS), default=DEFAULT_BACKEND, help="image decoder"
    )
    _add_today(cmd)
    cmd.set_defaults(func=_run_decode)


def _run_decode(args: argparse.Namespace) -> int:
    _utf8_stdout()
    status = 0
    for image in args.images:
        try:
            symbols = decode(image, backend=args.backend)
        except (UnreadableImage, DecoderUnavailable) as error:
            sys.stderr.write(f"decode: {error}\n")
            status = 2
            continue
        if not symbols:
            sys.stderr.write(f"decode: {image}: no barcode found\n")
            status = max(status, 1)
        for symbol in symbols:
            try:
                scan = scan_json(parse(symbol.raw, today=args.today))
            except ScanError as error:
                scan = error_json(error)
            print_json(
                {
                    "file": image,
                    "format": symbol.format,
                    "symbology": symbol.symbology,
                    "text": symbol.text,
                    "position": [list(point) for point in symbol.position],
                    "scan": scan,
                }
            )
    return status


def _add_today(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="date (YYYY-MM-DD) that places two-digit years; default: today",
    )


def _utf8_stdout() -> None:
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
    _add_decode,
)
