"""Recall commands on a site database: open, trace, work, print and close a case.

Every command that changes the case authenticates its --user. The centre's side:
`recall create --server-db URL` issues a recall at the centre, writing its
database directly as `server hold` does; `recall status --server-db URL ID`
shows each site's lock time and progress and the network-wide stock.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from app.adapters.store import Store
from app.domain.clock import SystemClock
from app.domain.identity import Actor
from app.domain.model import WriteOffReason
from app.domain.recall import AccountKind, NewRecall, RecallScope, RecallSource, ScopeKind
from app.errors import LotkeeperError, Refused
from app.recall_printouts import close_out_report, recall_notices, return_note
from app.services.bus import execute
from app.services.commands import (
    AccountRecallUnits,
    AttachRecallEvidence,
    CarryOutRecall,
    CloseRecall,
    Command,
    CreateRecall,
    Dispose,
    MarkDepartmentsNotified,
    Move,
    Return,
    ReturnToSupplier,
)
from app.services.evidence import store_evidence
from app.services.master_data import normalise_di
from app.services.recall_trace import list_recalls, recall_trace
from printing.documents import document_pdf
from sync.server.db import open_centre
from sync.server.errors import CentreError
from sync.server.recalls import issue_recall, recall_status
from ui.commands.options import (
    actor,
    answer,
    db_arg,
    emit,
    fail,
    open_or_fail,
    refused,
    second_person,
    second_person_args,
    user_args,
)

# The ordinary actions a recall is carried out with.
CARRY_OUT = ("return", "move", "return_to_supplier", "dispose")


def scope_from(args: argparse.Namespace) -> RecallScope:
    """The scope named on the command line; ValueError says what is wrong."""
    di = normalise_di(args.gtin)
    if args.lots:
        lots = tuple(x.strip() for x in args.lots.split(",") if x.strip())
        return RecallScope(di, ScopeKind.LOTS, lots=lots)
    if args.produced:
        first, _, last = args.produced.partition("..")
        return RecallScope(
            di,
            ScopeKind.PRODUCED,
            produced_from=date.fromisoformat(first),
            produced_to=date.fromisoformat(last),
        )
    if args.serials:
        serials = tuple(x.strip() for x in args.serials.read_text().splitlines() if x.strip())
        return RecallScope(di, ScopeKind.SERIALS, serials=serials)
    return RecallScope(di, ScopeKind.ALL_LOTS)


def new_recall_from(args: argparse.Namespace) -> NewRecall:
    return NewRecall(
        scope=scope_from(args),
        level=args.level,
        reason=args.reason,
        source=RecallSource(args.source),
        instructions=args.instructions,
        deadline=args.deadline,
        drill=args.drill,
    )


def _evidence_dir(store: Store) -> Path:
    return store.path.parent / "evidence"


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Commands) -> None:
    p = sub.add_parser("recall", help="recalls: open, trace, work, print and close a case")
    recall = p.add_subparsers(dest="recall_command", required=True)

    c = recall.add_parser("create", help="open a recall (blocks the lots unless --drill)")
    db_arg(c)
    c.add_argument("--gtin", required=True)
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--lots", help="comma-separated lot numbers")
    which.add_argument("--all-lots", action="store_true")
    which.add_argument("--produced", help="production dates FROM..TO (YYYY-MM-DD..YYYY-MM-DD)")
    which.add_argument("--serials", type=Path, help="file with one serial a line")
    c.add_argument("--level", type=int, choices=(1, 2, 3), required=True)
    c.add_argument("--reason", required=True)
    c.add_argument("--instructions", default="")
    c.add_argument(
        "--source", choices=[s.value for s in RecallSource], default=RecallSource.MANUFACTURER.value
    )
    c.add_argument("--deadline", type=date.fromisoformat, help="default: 1/3/7 days by level")
    c.add_argument(
        "--drill", action="store_true", help="召回演练: same workflow, stock not blocked"
    )
    # Not required: issued at the centre (--server-db) it is the file's holder who acts.
    user_args(c, "a supervisor or QA (at a site)", required=False)
    c.add_argument("--server-db", help="issue at the centre (SQLite path or database URL)")
    c.set_defaults(func=cmd_create)

    ls = recall.add_parser("list", help="recalls with progress (recovered / affected)")
    db_arg(ls)
    ls.set_defaults(func=cmd_list)

    t = recall.add_parser("trace", help="where-used of every affected lot, tasks, timings")
    db_arg(t)
    t.add_argument("id")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_trace)

    d = recall.add_parser(
        "do",
        help="carry out: return, move (to quarantine), "
        "return_to_supplier or dispose, linked to the recall",
    )
    db_arg(d)
    d.add_argument("id")
    d.add_argument("action", choices=CARRY_OUT)
    d.add_argument("--scan", required=True, help="the label's barcode text")
    d.add_argument("--qty", type=int)
    d.add_argument("--location", help="where the goods are (for return: the department)")
    d.add_argument("--to", help="where they go")
    d.add_argument("--reason", default="")
    d.add_argument("--evidence", type=Path, help="photo or scan (required to dispose)")
    user_args(d)
    second_person_args(d, "disposal of expired or rejected stock")
    d.set_defaults(func=cmd_do)

    a = recall.add_parser("account", help="units used on a patient or written off")
    db_arg(a)
    a.add_argument("id")
    a.add_argument("--gtin", required=True)
    a.add_argument("--lot", required=True)
    how = a.add_mutually_exclusive_group(required=True)
    how.add_argument("--used-on-patient", type=int, metavar="N")
    how.add_argument("--write-off", type=int, metavar="N")
    a.add_argument("--department")
    a.add_argument("--reason", default="")
    user_args(a, "a supervisor or QA")
    a.set_defaults(func=cmd_account)

    e = recall.add_parser("evidence", help="attach a photo or scan to the case file")
    db_arg(e)
    e.add_argument("id")
    e.add_argument("file", type=Path)
    e.add_argument("--note", default="")
    user_args(e, "a supervisor or QA")
    e.set_defaults(func=cmd_evidence)

    n = recall.add_parser("notices", help="one PDF notice per department + the return note")
    db_arg(n)
    n.add_argument("id")
    n.add_argument("--out", type=Path, required=True)
    user_args(n, "who issues the notices")
    n.set_defaults(func=cmd_notices)

    r = recall.add_parser("report", help="the close-out report (PDF)")
    db_arg(r)
    r.add_argument("id")
    r.add_argument("--out", type=Path, required=True)
    r.set_defaults(func=cmd_report)

    x = recall.add_parser("close", help="close with QA sign-off; refuses while units are open")
    db_arg(x)
    x.add_argument("id")
    user_args(x, "the QA user who signs the case off")
    second_person_args(x, "a second QA when the one closing opened it")
    x.add_argument("--report", type=Path, help="also write the close-out report here")
    x.set_defaults(func=cmd_close)

    status = recall.add_parser(
        "status", help="the centre's view of a recall: lock time and progress per site"
    )
    status.add_argument("--server-db", required=True)
    status.add_argument("id")
    status.set_defaults(func=cmd_status)


def _act(args: argparse.Namespace, build: Callable[[Store, Actor], Command]) -> int:
    """Authenticate --user, build the command (it may need the store), execute, answer."""
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        return answer(execute(store.uow(), clock, who, build(store, who)))
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()


def cmd_create(args: argparse.Namespace) -> int:
    if args.server_db:
        return _create_at_centre(args)
    try:
        new = new_recall_from(args)
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    if not args.user:
        return fail("a recall at a site is opened by --user (a supervisor or QA)")
    return _act(args, lambda _store, _who: CreateRecall(new))


def _read(args: argparse.Namespace, read: Callable[[Store], Any]) -> Any:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        raise SystemExit(store)
    try:
        return read(store)
    finally:
        store.close()


def cmd_list(args: argparse.Namespace) -> int:
    for row in _read(args, lambda store: list_recalls(store.uow(read_only=True))):
        emit(row)
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    try:
        trace = _read(args, lambda store: recall_trace(store.uow(read_only=True), args.id))
    except LotkeeperError as exc:
        return refused(exc)
    if args.json:
        emit(trace)
        return 0
    r, p = trace["recall"], trace["progress"]
    print(
        f"{r['id']} level {r['level']} {r['status']}{' DRILL' if r['drill'] else ''}: "
        f"{r['reason']} (deadline {r['deadline']})"
    )
    print(
        f"recovered {p['recovered']} / affected {p['affected']}; documented {p['documented']};"
        f" unaccounted {p['unaccounted']}"
    )
    for lot in trace["lots"]:
        print(
            f"  lot {lot['lot']}: on shelves {lot['on_shelf']}, quarantine "
            f"{lot['in_quarantine']}, out {lot['issued_out']}, returned to supplier "
            f"{lot['returned_to_supplier']}, disposed {lot['disposed']}, used "
            f"{lot['used_on_patient']}, written off {lot['written_off']}"
        )
        for s in lot["stock"]:
            print(f"    at {s['location']}: {s['quantity']}")
        for d in lot["departments"]:
            print(f"    {d['department']}: issued {d['issued']}, returned {d['returned']}")
    return 0


def _step(args: argparse.Namespace, store: Store) -> Return | Move | ReturnToSupplier | Dispose:
    evidence = store_evidence(args.evidence, _evidence_dir(store)) if args.evidence else None
    if args.action == "return":
        return Return(args.scan, args.location, args.to, args.qty, reason=args.reason)
    if args.action == "move":
        return Move(args.scan, args.location, args.to, args.qty)
    if args.action == "return_to_supplier":
        return ReturnToSupplier(
            args.scan,
            args.location,
            args.to,
            args.reason,
            WriteOffReason.RECALLED,
            args.qty,
            evidence=evidence,
        )
    return Dispose(
        args.scan,
        args.location,
        args.reason,
        WriteOffReason.RECALLED,
        args.qty,
        evidence=evidence,
        countersign=second_person(args, store.uow(), SystemClock()),
    )


def cmd_do(args: argparse.Namespace) -> int:
    return _act(args, lambda store, _who: CarryOutRecall(args.id, _step(args, store)))


def cmd_account(args: argparse.Namespace) -> int:
    kind = AccountKind.USED_ON_PATIENT if args.used_on_patient else AccountKind.WRITTEN_OFF
    quantity = args.used_on_patient or args.write_off
    try:
        di = normalise_di(args.gtin)
    except ValueError as exc:
        return fail(str(exc))
    return _act(
        args,
        lambda _store, _who: AccountRecallUnits(
            args.id, di, args.lot, kind, quantity, args.department, args.reason
        ),
    )


def cmd_evidence(args: argparse.Namespace) -> int:
    return _act(
        args,
        lambda store, _who: AttachRecallEvidence(
            args.id, store_evidence(args.file, _evidence_dir(store)), args.note
        ),
    )


def _site(store: Store) -> str:
    with store.uow(read_only=True) as uow:
        return uow.settings.get("device_name") or store.path.stem


def cmd_notices(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        notices = recall_notices(store.uow(read_only=True), args.id, who.username)
        args.out.mkdir(parents=True, exist_ok=True)
        for code, notice in notices:
            target = args.out / f"{args.id}-notice-{code}.pdf"
            target.write_bytes(document_pdf(notice))
            print(target)
        if notices:
            marked = execute(
                store.uow(), clock, who, MarkDepartmentsNotified(args.id, [c for c, _ in notices])
            )
            if not marked.ok:
                return answer(marked)
        try:
            note = return_note(store.uow(read_only=True), args.id, who.username, clock.today())
        except Refused:
            return 0  # nothing went back to the supplier yet
        target = args.out / f"{args.id}-return-to-supplier.pdf"
        target.write_bytes(document_pdf(note))
        print(target)
        return 0
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()


def _write_report(store: Store, recall_id: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(
        document_pdf(close_out_report(store.uow(read_only=True), recall_id, _site(store)))
    )


def cmd_report(args: argparse.Namespace) -> int:
    try:
        _read(args, lambda store: _write_report(store, args.id, args.out))
    except LotkeeperError as exc:
        return refused(exc)
    print(args.out)
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        who = actor(args, store.uow(), clock)
        second = second_person(args, store.uow(), clock)
        result = execute(store.uow(), clock, who, CloseRecall(args.id, second))
        if not result.ok:
            fail(f"recall {args.id} cannot close: {result.code.value}: {result.message}", 1)
            for lot in result.detail.get("lots", []):
                sys.stderr.write(
                    f"  lot {lot['lot']}: {lot['unaccounted']} of {lot['affected']} unaccounted "
                    f"({lot['on_shelf']} still on shelves, {lot['out']} out in departments)\n"
                )
            return 1
        print(f"closed {args.id}")
        if args.report:
            _write_report(store, args.id, args.report)
            print(args.report)
        return 0
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()


def _create_at_centre(args: argparse.Namespace) -> int:
    try:
        # The centre's database belongs to whoever holds the file: the OS user issues it.
        recall = new_recall_from(args).issue(
            SystemClock().now(), getpass.getuser(), origin="centre"
        )
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    engine = open_centre(args.server_db)
    try:
        lots = issue_recall(engine, recall)
    except CentreError as exc:
        return fail(exc.message, 1)
    finally:
        engine.dispose()
    emit({"id": recall.id, "lots": lots, "deadline": recall.deadline, "drill": recall.drill})
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    engine = open_centre(args.server_db)
    try:
        emit(recall_status(engine, args.id))
    except CentreError as exc:
        return fail(exc.message, 1)
    finally:
        engine.dispose()
    return 0
