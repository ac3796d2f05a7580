"""`python main.py print ...`: labels and documents from the store's data.

print {lot-label,quarantine-label,recall-label} --db PATH --gtin G --lot L
      [--serial S] [--size 50x30|100x50|a4] [--format pdf|zpl] [--dpmm 8]
      (--out FILE | --printer HOST[:PORT] | --system [--cups-printer NAME])
print location-label --db PATH --location CODE (same output options)
print {quarantine-list,expiry-list} --db PATH --out FILE.pdf [--within DAYS]
print pick-notice --db PATH --reference REF --department CODE --out FILE.pdf
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app.adapters.database import DatabaseError
from app.adapters.home import default_db_path
from app.adapters.store import Store
from app.domain.clock import SystemClock
from app.errors import Refused
from app.printouts import (
    expiry_list,
    location_label,
    lot_label,
    pick_notice,
    quarantine_label,
    quarantine_list,
    recall_label,
)
from app.services.master_data import di_to_look_up
from printing import (
    CupsTarget,
    FileTarget,
    LabelSize,
    PrintingError,
    RawTcpTarget,
    Target,
    deliver,
    render_label_sheet,
    render_pdf,
    render_zpl,
)
from printing.content import Document, Label
from ui.commands.options import fail

SIZES = {"50x30": LabelSize.SMALL, "100x50": LabelSize.LARGE}
A4_COPIES = 24  # a full A4 sheet of 50x30 labels (3 x 8)


def _output_args(p: argparse.ArgumentParser, label: bool) -> None:
    p.add_argument("--db", type=Path, default=None, help="database file")
    if label:
        p.add_argument(
            "--size",
            choices=[*SIZES, "a4"],
            default="50x30",
            help="label size; a4 prints a sheet of 50x30 labels",
        )
        p.add_argument("--format", choices=["pdf", "zpl"], default="pdf")
        p.add_argument(
            "--dpmm",
            type=float,
            default=8,
            help="ZPL printer resolution in dots/mm: 8 (203 dpi), 12 (300 dpi)",
        )
        p.add_argument(
            "--copies", type=int, default=None, help=f"labels on an A4 sheet (default {A4_COPIES})"
        )
        where = p.add_mutually_exclusive_group(required=True)
        where.add_argument("--out", type=Path, help="write to this file")
        where.add_argument("--printer", help="raw TCP printer HOST[:PORT] (port 9100 by default)")
        where.add_argument("--system", action="store_true", help="the system printer (CUPS lp)")
        p.add_argument("--cups-printer", help="with --system: a CUPS printer name")
    else:
        p.add_argument("--out", type=Path, required=True, help="PDF file to write")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printer = sub.add_parser("print", help="print labels and documents (PDF or ZPL)")
    what = printer.add_subparsers(dest="printout", required=True)
    for name, helptext in (
        ("lot-label", "GS1 lot label"),
        ("quarantine-label", "隔离 QUARANTINE label for a held lot"),
        ("recall-label", "召回 RECALLED label for a recalled lot"),
    ):
        p = what.add_parser(name, help=helptext)
        p.add_argument("--gtin", required=True, help="GTIN or HIBC device identifier")
        p.add_argument("--lot", required=True)
        if name == "lot-label":
            p.add_argument("--serial", help="print this serial (AI 21) too")
        if name == "recall-label":
            p.add_argument("--recall", required=True, help="recall id printed on the label")
            p.add_argument("--level", type=int, choices=[1, 2, 3], required=True)
        _output_args(p, label=True)
        p.set_defaults(func=cmd_print_label)
    p = what.add_parser("location-label", help="location code as a barcode")
    p.add_argument("--location", required=True)
    _output_args(p, label=True)
    p.set_defaults(func=cmd_print_label)
    for name, helptext in (
        ("quarantine-list", "隔离清单: all stock in quarantine"),
        ("expiry-list", "近效期处置清单: stock expiring within --within days"),
        ("pick-notice", "配送单: every lot picked on --reference to --department (混批 marked)"),
    ):
        p = what.add_parser(name, help=helptext)
        _output_args(p, label=False)
        p.add_argument("--site", default="", help="site name printed in the heading")
        if name == "expiry-list":
            p.add_argument("--within", type=int, default=30, help="days ahead (default 30)")
        if name == "pick-notice":
            p.add_argument("--reference", required=True, help="the pick list / delivery number")
            p.add_argument("--department", required=True, help="the department's location code")
        p.set_defaults(func=cmd_print_document)


def _target(args: argparse.Namespace) -> Target:
    if args.out is not None:
        return FileTarget(args.out)
    if args.printer:
        host, _, port = args.printer.rpartition(":")
        if not host:
            return RawTcpTarget(args.printer)
        if not port.isdigit():
            raise PrintingError(f"printer {args.printer!r}: the port must be a number")
        return RawTcpTarget(host, int(port))
    return CupsTarget(args.cups_printer, raw=args.format == "zpl")


def _label(args: argparse.Namespace, store: Store) -> Label:
    builders: dict[str, Callable[[], Label]] = {
        "lot-label": lambda: lot_label(
            store.uow(read_only=True), di_to_look_up(args.gtin), args.lot, args.serial
        ),
        "quarantine-label": lambda: quarantine_label(
            store.uow(read_only=True), di_to_look_up(args.gtin), args.lot, SystemClock().today()
        ),
        "recall-label": lambda: recall_label(
            store.uow(read_only=True), di_to_look_up(args.gtin), args.lot, args.recall, args.level
        ),
        "location-label": lambda: location_label(store.uow(read_only=True), args.location),
    }
    return builders[args.printout]()


def cmd_print_label(args: argparse.Namespace) -> int:
    try:
        store = Store(args.db or default_db_path(), read_only=True)
        label = _label(args, store)
        store.close()
        if args.size == "a4":
            if args.format == "zpl":
                return fail("ZPL is for label printers: use --size 50x30 or 100x50")
            data = render_label_sheet([label] * (args.copies or A4_COPIES), LabelSize.SMALL)
        elif args.format == "zpl":
            data = render_zpl(label, SIZES[args.size], dpmm=args.dpmm)
        else:
            data = render_pdf(label, SIZES[args.size])
        deliver(data, _target(args))
    except DatabaseError as exc:
        return fail(str(exc))
    except Refused as exc:
        return fail(exc.message, 1)
    except PrintingError as exc:
        return fail(str(exc), 1)
    print(f"printed {args.printout} ({len(data)} bytes)")
    return 0


def cmd_print_document(args: argparse.Namespace) -> int:
    clock = SystemClock()
    try:
        store = Store(args.db or default_db_path(), read_only=True)
        today = clock.today()
        doc: Document
        if args.printout == "quarantine-list":
            doc = quarantine_list(store.uow(read_only=True), today, args.site)
        elif args.printout == "pick-notice":
            doc = pick_notice(
                store.uow(read_only=True), args.reference, args.department, today, args.site
            )
        else:
            doc = expiry_list(
                store.uow(read_only=True), today, today + timedelta(days=args.within), args.site
            )
        store.close()
        deliver(render_pdf(doc), FileTarget(args.out))
    except DatabaseError as exc:
        return fail(str(exc))
    except Refused as exc:
        return fail(exc.message, 1)
    except PrintingError as exc:
        return fail(str(exc), 1)
    print(f"wrote {args.out}")
    return 0
