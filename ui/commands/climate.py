"""`climate`: storage classes, logger files, excursions and QA's decision on them.

    main.py climate classes    --db D [--json]
    main.py climate class      --db D NAME [--low C] [--high C] [--rh-low %] [--rh-high %]
                               [--above MIN] [--below MIN] [--daily MIN|none] --user SUP
    main.py climate assign     --db D --location CODE (--class NAME | --none) --user SUP
    main.py climate mapping    --db D NAME FILE.json --user SUP
    main.py climate import     --db D (--location CODE | --delivery REF) FILE
                               [--mapping NAME] [--zone Z] --user U
    main.py climate excursions --db D [--status open|released|rejected] [--json]
    main.py climate decide     --db D --excursion ID (--release | --reject) --reason TEXT --user QA
    main.py climate report     --db D --excursion ID --out FILE.pdf

A file that cannot be read is BAD_LOGGER_FILE with the reader's code
(LOGGER_TRUNCATED, LOGGER_WRONG_UNITS, LOGGER_NOT_A_LOGGER_FILE ...) and
imports nothing; the same file twice changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.adapters.logger_files import ColumnMapping, LoggerFileError
from app.adapters.logger_files.intake import logger_file_command
from app.domain.climate import Range, StorageClass, Tolerance
from app.errors import Code, Refused
from app.services.climate import excursion_view, list_classes, list_excursions
from app.services.commands import (
    DecideExcursion,
    SaveLoggerMapping,
    SetLocationStorage,
    SetStorageClass,
)
from app.services.ports import UnitOfWork
from ui.commands.options import (
    db_arg,
    emit,
    fail,
    open_or_fail,
    run_command,
    user_args,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("climate", help="storage classes, logger files, excursions")
    actions = p.add_subparsers(dest="climate_command", required=True)

    c = actions.add_parser("classes", help="the storage classes and their ranges")
    db_arg(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_classes)

    s = actions.add_parser("class", help="add a storage class or change one (a supervisor)")
    db_arg(s)
    s.add_argument("name")
    for flag, helptext in (
        ("--low", "lowest temperature, °C"),
        ("--high", "highest temperature, °C"),
        ("--rh-low", "lowest relative humidity, %"),
        ("--rh-high", "highest relative humidity, %"),
    ):
        s.add_argument(flag, type=float, help=helptext)
    s.add_argument("--above", type=int, help="minutes above the range before an excursion")
    s.add_argument("--below", type=int, help="minutes below the range before an excursion")
    s.add_argument("--daily", help="minutes outside in one day before an excursion, or 'none'")
    user_args(s, "a supervisor")
    s.set_defaults(func=cmd_class)

    a = actions.add_parser("assign", help="the storage class a location keeps (a supervisor)")
    db_arg(a)
    a.add_argument("--location", required=True)
    which = a.add_mutually_exclusive_group(required=True)
    which.add_argument("--class", dest="class_name")
    which.add_argument("--none", action="store_true", help="the location is not checked")
    user_args(a, "a supervisor")
    a.set_defaults(func=cmd_assign)

    m = actions.add_parser("mapping", help="save a logger's CSV/.xlsx column mapping")
    db_arg(m)
    m.add_argument("name")
    m.add_argument("file", type=Path, help="the mapping as JSON")
    user_args(m, "a supervisor")
    m.set_defaults(func=cmd_mapping)

    i = actions.add_parser("import", help="import a logger's file (all of it or nothing)")
    db_arg(i)
    place = i.add_mutually_exclusive_group(required=True)
    place.add_argument("--location", help="the location the logger is in")
    place.add_argument("--delivery", help="the delivery note the logger travelled with")
    i.add_argument("file", type=Path)
    i.add_argument("--mapping", help="the saved column mapping of a CSV/.xlsx")
    i.add_argument("--zone", default="", help="the logger's zone (+08:00, Asia/Shanghai)")
    user_args(i)
    i.set_defaults(func=cmd_import)

    x = actions.add_parser("excursions", help="excursions with the lots they touched")
    db_arg(x)
    x.add_argument("--status", choices=("open", "released", "rejected"))
    x.add_argument("--json", action="store_true")
    x.set_defaults(func=cmd_excursions)

    d = actions.add_parser("decide", help="QA: release an excursion's lots, or reject them")
    db_arg(d)
    d.add_argument("--excursion", type=int, required=True)
    verdict = d.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--release", action="store_true")
    verdict.add_argument("--reject", action="store_true")
    d.add_argument("--reason", required=True, help="the justification")
    user_args(d, "QA")
    d.set_defaults(func=cmd_decide)

    r = actions.add_parser("report", help="an excursion's bilingual PDF report")
    db_arg(r)
    r.add_argument("--excursion", type=int, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.set_defaults(func=cmd_report)


def cmd_classes(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        classes = list_classes(store.uow(read_only=True))
    finally:
        store.close()
    rows: list[dict[str, object]] = [
        {
            "name": c.name,
            "temperature": [c.temperature.low, c.temperature.high],
            "humidity": [c.humidity.low, c.humidity.high] if c.humidity else None,
            "above_minutes": c.tolerance.above_minutes,
            "below_minutes": c.tolerance.below_minutes,
            "daily_minutes": c.tolerance.daily_minutes,
        }
        for c in classes
    ]
    if args.json:
        emit(rows)
    else:
        for c in classes:
            low, high = c.temperature.low, c.temperature.high
            print(
                f"{c.name}\t{'' if low is None else low}..{'' if high is None else high} °C"
                f"\t+{c.tolerance.above_minutes}/-{c.tolerance.below_minutes} min"
            )
    return 0


def _storage_class(args: argparse.Namespace, uow: UnitOfWork) -> StorageClass:
    with uow:
        before = uow.climate.storage_class(args.name)
    old_t = before.temperature if before else Range()
    old_h = before.humidity if before else None
    old_tol = before.tolerance if before else Tolerance()

    def pick(new: object, old: object) -> object:
        return old if new is None else new

    daily: int | None = old_tol.daily_minutes
    if args.daily is not None:
        text = str(args.daily).strip().lower()
        if text == "none":
            daily = None
        elif text.isdigit():
            daily = int(text)
        else:
            raise Refused(Code.BAD_STORAGE_CLASS, "--daily is minutes or 'none'")
    try:
        humidity = (
            Range(
                pick(args.rh_low, old_h.low if old_h else None),  # type: ignore[arg-type]
                pick(args.rh_high, old_h.high if old_h else None),  # type: ignore[arg-type]
            )
            if (args.rh_low, args.rh_high) != (None, None) or old_h is not None
            else None
        )
        return StorageClass(
            args.name,
            Range(pick(args.low, old_t.low), pick(args.high, old_t.high)),  # type: ignore[arg-type]
            humidity,
            Tolerance(
                pick(args.above, old_tol.above_minutes),  # type: ignore[arg-type]
                pick(args.below, old_tol.below_minutes),  # type: ignore[arg-type]
                daily,
            ),
        )
    except ValueError as exc:
        raise Refused(Code.BAD_STORAGE_CLASS, str(exc), name=args.name) from None


def cmd_class(args: argparse.Namespace) -> int:
    return run_command(args, lambda uow: SetStorageClass(_storage_class(args, uow)))


def cmd_assign(args: argparse.Namespace) -> int:
    return run_command(
        args, SetLocationStorage(args.location, None if args.none else args.class_name)
    )


def cmd_mapping(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
        mapping = ColumnMapping.from_json(text)
    except OSError as exc:
        return fail(f"{args.file}: {exc.strerror or exc}", 1)
    except LoggerFileError as exc:
        return fail(f"{Code.BAD_LOGGER_FILE.value}: {exc}", 1)
    return run_command(args, SaveLoggerMapping(args.name, mapping.to_json()))


def cmd_import(args: argparse.Namespace) -> int:
    return run_command(
        args,
        lambda uow: logger_file_command(
            uow,
            args.file,
            location=args.location,
            delivery=args.delivery,
            mapping=args.mapping,
            zone=args.zone,
        ),
    )


def cmd_excursions(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        views = list_excursions(store.uow(read_only=True), args.status)
    finally:
        store.close()
    if args.json:
        emit([v.to_json() for v in views])
        return 0
    for v in views:
        lots = ", ".join(x.key for x in v.lots) or "-"
        print(
            f"#{v.id}\t{v.location or v.delivery}\t{v.start:%Y-%m-%d %H:%M}Z\t"
            f"{v.minutes:.0f} min\t{v.lowest}..{v.highest} °C\t{v.status}\t{lots}"
        )
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    return run_command(args, DecideExcursion(args.excursion, bool(args.release), args.reason))


def cmd_report(args: argparse.Namespace) -> int:
    from app.excursion_printout import excursion_report
    from printing.excursion_report import excursion_report_pdf

    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        view = excursion_view(store.uow(read_only=True), args.excursion)
        if view is None:
            return fail(f"{Code.UNKNOWN_EXCURSION.value}: no excursion {args.excursion}", 1)
        report = excursion_report(store.uow(read_only=True), view)
    finally:
        store.close()
    try:
        args.out.write_bytes(excursion_report_pdf(report))
    except OSError as exc:
        return fail(f"{args.out}: {exc.strerror or exc}", 1)
    emit({"excursion": args.excursion, "out": str(args.out)})
    return 0
