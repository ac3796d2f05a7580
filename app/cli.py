"""Headless commands of the core for `python main.py`.

init, import, batch, alerts, trace, audit verify, backup, demo. Every
command goes through the same services as the desktop app.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.adapters.database import DatabaseError
from app.adapters.store import Store, default_db_path
from app.adapters.tabular import TableError, read_table
from app.domain.audit import verify_chain
from app.domain.clock import Clock, FixedClock, SystemClock
from app.domain.codes import Code, DomainError
from app.services.action import ActionRequest, ActionResult, OverrideRequest
from app.services.actions import HANDLERS, perform
from app.services.alerts import expiry_warnings, recompute_alerts
from app.services.demo_store import create_demo
from app.services.master_data import KINDS, di_to_look_up, import_rows
from app.services.ports import UnitOfWork
from app.services.setup import initialise
from app.services.site_settings import set_site_setting, site_settings
from app.services.trace import lot_trace


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def emit(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")
    sys.stdout.flush()


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"error: {message}\n")
    return code


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: per-user data directory)"
    )


def open_store(args: argparse.Namespace) -> Store:
    return Store(args.db or default_db_path())


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create an empty database with an admin user")
    _db_arg(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="import master data from CSV or .xlsx, all rows or none")
    _db_arg(p)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.add_argument("--user", default="import", help="who is recorded in the audit trail")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("batch", help="replay scanner actions, one JSON object per line")
    _db_arg(p)
    p.add_argument("file", nargs="?", type=Path, help="JSON lines (default: standard input)")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("alerts", help="expiry warnings as of a day")
    _db_arg(p)
    p.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser("trace", help="a lot's whole life")
    _db_arg(p)
    p.add_argument("--gtin", required=True, help="GTIN (any length) or HIBC device identifier")
    p.add_argument("--lot", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trace)

    p = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    v = audit_sub.add_parser("verify", help="check the hash chain; exit 1 at the first bad entry")
    _db_arg(v)
    v.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("config", help="show or change this site's settings")
    _db_arg(p)
    p.add_argument("key", nargs="?", help="backup_keep_days or device_name")
    p.add_argument("value", nargs="?")
    p.add_argument("--user", default="admin", help="an administrator, recorded in the audit")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("backup", help="a consistent copy of the database while the app runs")
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("demo", help="create a demo store with months of realistic history")
    p.add_argument("--db", type=Path, required=True, help="new database file (must not exist)")
    p.add_argument("--today", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--lots", type=int, default=3000, help="how many lots to receive")
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = args.db or default_db_path()
    try:
        store = Store(path, create=True)
    except DatabaseError as exc:
        return fail(str(exc))
    password = initialise(store.uow(), SystemClock())
    store.close()
    print(f"created {path}")
    print(f"admin password (shown once, change it after first log-in): {password}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        header, rows = read_table(args.file)
        store = open_store(args)
    except (TableError, DatabaseError) as exc:
        return fail(str(exc))
    report = import_rows(store.uow(), SystemClock(), args.kind, header, rows, by=args.user)
    store.close()
    for problem in report.problems:
        print(f"row {problem.row}, column {problem.column}: {problem.problem}", file=sys.stderr)
    if not report.ok:
        print(
            f"nothing imported: {len(report.problems)} problem(s) in {report.rows} rows",
            file=sys.stderr,
        )
        return 1
    print(f"imported {report.rows} {args.kind}: {report.created} new, {report.updated} updated")
    return 0


_INT_FIELDS = ("qty",)
_TEXT_FIELDS = ("user", "scan", "location", "to", "reason", "reference", "supplier", "device")


def request_from_json(obj: Any) -> tuple[ActionRequest, Clock]:
    """A batch line as an ActionRequest and the clock it ran on; DomainError if malformed."""
    if not isinstance(obj, dict):
        raise DomainError(Code.BAD_REQUEST, "each line must be a JSON object")
    action = obj.get("action")
    if action not in HANDLERS:
        raise DomainError(Code.BAD_REQUEST, f"unknown action {action!r}")
    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise DomainError(Code.BAD_REQUEST, f"{name} must be text")
        if value is not None:
            fields[name] = value
    qty = obj.get("qty")
    if qty is not None and (isinstance(qty, bool) or not isinstance(qty, int)):
        raise DomainError(Code.BAD_REQUEST, "qty must be a whole number")
    override = obj.get("override")
    if override is not None:
        if not isinstance(override, dict) or not all(
            isinstance(override.get(k), str) for k in ("supervisor", "pin", "reason")
        ):
            raise DomainError(Code.BAD_REQUEST, "override needs supervisor, pin and reason as text")
        fields["override"] = OverrideRequest(
            override["supervisor"], override["pin"], override["reason"]
        )
    clock: Clock = SystemClock()
    if obj.get("at") is not None:
        try:
            clock = FixedClock(datetime.fromisoformat(str(obj["at"])))
        except ValueError:
            raise DomainError(
                Code.BAD_REQUEST, f"at {obj['at']!r} is not an ISO-8601 time"
            ) from None
    return ActionRequest(action=action, qty=qty, **fields), clock


def _batch_line(n: int, result: ActionResult) -> dict[str, Any]:
    data = result.to_json()
    return {
        "line": n,
        "ok": data["ok"],
        "code": data["code"],
        "message": data["message"],
        "gtin": data["gtin"],
        "lot": data["lot"],
        "expiry": data["expiry"],
        "fefo_lot": data["fefo_lot"],
        "movement_id": data["movement_id"],
        "detail": data["detail"],
    }


# Lines a batch file shares per commit: each stays atomic in its own savepoint.
BATCH_GROUP = 100


def _replay_line(store_uow: UnitOfWork, line: str) -> ActionResult:
    try:
        if not line.strip():
            # Still answered: results are matched to input lines by position.
            raise DomainError(Code.BAD_REQUEST, "empty line")
        request, clock = request_from_json(json.loads(line))
        return perform(store_uow, clock, request)
    except json.JSONDecodeError as exc:
        return ActionResult(False, Code.BAD_REQUEST, f"not JSON: {exc.msg}")
    except DomainError as exc:
        return ActionResult(False, exc.code, exc.message)


def replay(store: Store, lines: Iterable[str], group: int = 1) -> None:
    """Each line is atomic on its own; its result is printed only once it is durable.

    With `group` > 1, up to that many lines share one commit: a crash loses only
    lines whose results were never printed.
    """
    commits = store.commit_group()
    answered: list[dict[str, Any]] = []
    try:
        for n, line in enumerate(lines, start=1):
            answered.append(_batch_line(n, _replay_line(commits.uow(), line)))
            if len(answered) >= group:
                commits.commit()
                for answer in answered:
                    emit(answer)
                answered.clear()
        commits.commit()
        for answer in answered:
            emit(answer)
    finally:
        commits.close()


def cmd_batch(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
    except DatabaseError as exc:
        return fail(str(exc))
    try:
        if args.file is None:
            # A pipe may pause between lines: answer each as soon as it is durable.
            replay(store, sys.stdin)
        else:
            with args.file.open(encoding="utf-8-sig") as f:
                replay(store, f, group=BATCH_GROUP)
    except OSError as exc:
        return fail(str(exc))
    finally:
        store.close()
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
    except DatabaseError as exc:
        return fail(str(exc))
    clock = SystemClock()
    on = args.on or clock.today()
    if on <= clock.today():
        # Raising is what the app does each day; a look ahead only reads.
        recompute_alerts(store.uow(), clock, on=on)
    rows = expiry_warnings(store.uow(read_only=True), on)
    store.close()
    if args.json:
        for row in rows:
            emit({k: row[k] for k in _ALERT_FIELDS})
        return 0
    print(f"expiry warnings as of {on}: {len(rows)}")
    for r in rows:
        ack = f"  ack {r['acknowledged_by']}" if r["acknowledged_by"] else ""
        print(
            f"{r['level']:<8} {r['days_left']:>5}d  {r['expiry']}  {r['di']}  lot {r['lot']:<12} "
            f"{r['on_hand']:>6} {r['unit'] or ''}  {r['location'] or '-'}  "
            f"{r['responsible'] or '-'}  {r['name_zh'] or r['name']}{ack}"
        )
    return 0


_ALERT_FIELDS = (
    "level",
    "days_left",
    "expiry",
    "di",
    "lot",
    "name",
    "name_zh",
    "on_hand",
    "location",
    "responsible",
    "alert_id",
    "acknowledged_by",
    "qc",
    "hold",
)


def cmd_trace(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
        trace = lot_trace(store.uow(read_only=True), di_to_look_up(args.gtin), args.lot)
    except DatabaseError as exc:
        return fail(str(exc))
    except DomainError as exc:
        return fail(exc.message, 1)
    store.close()
    if args.json:
        emit(trace)
        return 0
    _print_trace(trace)
    return 0


def _print_trace(trace: dict[str, Any]) -> None:
    item, lot = trace["item"], trace["lot"]
    print(f"{item['name_zh'] or ''} {item['name']}  [{item['di']}]")
    print(
        f"lot {lot['lot']}  expiry {lot['expiry']}  produced {lot['production_date']}  "
        f"QC {lot['qc']}  hold {lot['hold']} {lot['hold_reason']}"
    )
    for r in trace["received"]:
        print(
            f"received {r['at']:%Y-%m-%d %H:%M} by {r['by']}: {r['quantity']} into {r['into']}"
            f" from {r['supplier'] or '-'} ref {r['reference'] or '-'}"
        )
    print("movements:")
    for m in trace["movements"]:
        override = (
            f"  override {m['override_by']}: {m['override_reason']}" if m["override_by"] else ""
        )
        print(
            f"  {m['at']:%Y-%m-%d %H:%M} {m['type']:<18} {m['quantity']:>6} "
            f"{m['from'] or '-'} -> {m['to'] or '-'}  {m['user']}{override}"
        )
    print("stock now:")
    for s in trace["stock"]:
        print(f"  {s['location']:<10} {s['quantity']:>6}  {s['responsible']}")
    print("issued per department:")
    for d in trace["departments"]:
        print(
            f"  {d['department']:<10} issued {d['issued']:>6}  returned {d['returned']:>6}  "
            f"net {d['net']:>6}"
        )


def cmd_audit_verify(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
    except DatabaseError as exc:
        return fail(str(exc))
    with store.uow(read_only=True) as uow:
        count = 0

        def counted() -> Iterable[Any]:
            nonlocal count
            for entry in uow.audit.entries():
                count += 1
                yield entry

        problem = verify_chain(counted())
    store.close()
    if problem is not None:
        print(f"audit entry {problem.seq}: {problem.problem}")
        return 1
    print(f"audit chain intact: {count} entries")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
    except DatabaseError as exc:
        return fail(str(exc))
    try:
        if args.value is not None:
            set_site_setting(store.uow(), SystemClock(), args.user, args.key, args.value)
        values = site_settings(store.uow(read_only=True))
    except DomainError as exc:
        return fail(exc.message, 1)
    finally:
        store.close()
    for key, value in values.items():
        if args.key in (None, key):
            print(f"{key} = {value}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    try:
        store = open_store(args)
        store.backup(args.out)
    except (DatabaseError, OSError) as exc:
        return fail(str(exc))
    store.close()
    print(f"backup written to {args.out}")
    return 0


def open_new_demo(path: Path) -> Store:
    # No fsync per action while generating: a demo interrupted half-way is rebuilt, not used.
    return Store(path, create=True, synchronous="OFF")


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        summary = create_demo(args.db, open_new_demo, args.today, lots=args.lots)
    except (FileExistsError, DatabaseError) as exc:
        return fail(str(exc))
    print(
        f"created {args.db}: {summary.items} items, {summary.lots} lots, "
        f"{summary.actions} actions in {summary.seconds:.1f} s"
    )
    print("users (PIN): admin 0000, supervisor 2222, operator 1111, qa 3333")
    return 0
