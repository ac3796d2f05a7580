"""Recall commands on a site database: open, trace, work, print and close a case.

`sync.recall_cli` registers these and adds the centre's side (`--server-db`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TypeAlias

from app.adapters.database import DatabaseError
from app.adapters.store import Store
from app.cli import _db_arg, emit, fail, open_store
from app.domain.clock import SystemClock
from app.domain.codes import DomainError
from app.domain.recall import AccountKind, RecallScope, RecallSource, ScopeKind
from app.recall_printouts import close_out_report, recall_notices, return_note
from app.services.action import ActionRequest, ActionResult
from app.services.master_data import normalise_di
from app.services.recall_trace import list_recalls, recall_trace
from app.services.recalls import (
    CARRY_OUT,
    NewRecall,
    account_for,
    attach_evidence,
    carry_out,
    close_recall,
    create_recall,
    mark_notified,
    store_evidence,
)
from printing.documents import document_pdf


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


def _answer(result: ActionResult) -> int:
    emit(result.to_json())
    return 0 if result.ok else 1


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def build(sub: Commands) -> tuple[argparse.ArgumentParser, Commands]:
    """Registers `recall ...`; returns `create` and the recall commands, for the centre's."""
    p = sub.add_parser("recall", help="recalls: open, trace, work, print and close a case")
    recall = p.add_subparsers(dest="recall_command", required=True)

    c = recall.add_parser("create", help="open a recall (blocks the lots unless --drill)")
    _db_arg(c)
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
    c.add_argument("--user", default="supervisor")
    c.add_argument("--pin", default="")
    c.set_defaults(func=cmd_create)

    ls = recall.add_parser("list", help="recalls with progress (recovered / affected)")
    _db_arg(ls)
    ls.set_defaults(func=cmd_list)

    t = recall.add_parser("trace", help="where-used of every affected lot, tasks, timings")
    _db_arg(t)
    t.add_argument("id")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_trace)

    d = recall.add_parser(
        "do",
        help="carry out: return, move (to quarantine), "
        "return_to_supplier or dispose, linked to the recall",
    )
    _db_arg(d)
    d.add_argument("id")
    d.add_argument("action", choices=CARRY_OUT)
    d.add_argument("--scan", required=True, help="the label's barcode text")
    d.add_argument("--qty", type=int)
    d.add_argument("--location", help="where the goods are (for return: the department)")
    d.add_argument("--to", help="where they go")
    d.add_argument("--reason", default="")
    d.add_argument("--evidence", type=Path, help="photo or scan (required to dispose)")
    d.add_argument("--user", required=True)
    d.set_defaults(func=cmd_do)

    a = recall.add_parser("account", help="units used on a patient or written off")
    _db_arg(a)
    a.add_argument("id")
    a.add_argument("--gtin", required=True)
    a.add_argument("--lot", required=True)
    how = a.add_mutually_exclusive_group(required=True)
    how.add_argument("--used-on-patient", type=int, metavar="N")
    how.add_argument("--write-off", type=int, metavar="N")
    a.add_argument("--department")
    a.add_argument("--reason", default="")
    a.add_argument("--user", required=True)
    a.set_defaults(func=cmd_account)

    e = recall.add_parser("evidence", help="attach a photo or scan to the case file")
    _db_arg(e)
    e.add_argument("id")
    e.add_argument("file", type=Path)
    e.add_argument("--note", default="")
    e.add_argument("--user", required=True)
    e.set_defaults(func=cmd_evidence)

    n = recall.add_parser("notices", help="one PDF notice per department + the return note")
    _db_arg(n)
    n.add_argument("id")
    n.add_argument("--out", type=Path, required=True)
    n.add_argument("--user", default="supervisor", help="who issues the notices")
    n.set_defaults(func=cmd_notices)

    r = recall.add_parser("report", help="the close-out report (PDF)")
    _db_arg(r)
    r.add_argument("id")
    r.add_argument("--out", type=Path, required=True)
    r.set_defaults(func=cmd_report)

    x = recall.add_parser("close", help="close with QA sign-off; refuses while units are open")
    _db_arg(x)
    x.add_argument("id")
    x.add_argument("--qa", required=True)
    x.add_argument("--pin", required=True)
    x.add_argument("--report", type=Path, help="also write the close-out report here")
    x.set_defaults(func=cmd_close)
    return c, recall


def _open(args: argparse.Namespace) -> Store | None:
    try:
        return open_store(args)
    except DatabaseError as exc:
        fail(str(exc))
        return None


def cmd_create(args: argparse.Namespace) -> int:
    try:
        new = new_recall_from(args)
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    store = _open(args)
    if store is None:
        return 2
    try:
        return _answer(create_recall(store.uow(), SystemClock(), new, args.user, args.pin))
    finally:
        store.close()


def cmd_list(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        for row in list_recalls(store.uow()):
            emit(row)
    finally:
        store.close()
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        trace = recall_trace(store.uow(), args.id)
    except DomainError as exc:
        return fail(exc.message, 1)
    finally:
        store.close()
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


def cmd_do(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        evidence = store_evidence(args.evidence, _evidence_dir(store)) if args.evidence else None
        request = ActionRequest(
            action=args.action,
            user=args.user,
            scan=args.scan,
            qty=args.qty,
            location=args.location,
            to=args.to,
            reason=args.reason,
        )
        return _answer(carry_out(store.uow(), SystemClock(), args.id, request, evidence))
    except DomainError as exc:
        return fail(exc.message)
    finally:
        store.close()


def cmd_account(args: argparse.Namespace) -> int:
    kind = AccountKind.USED_ON_PATIENT if args.used_on_patient else AccountKind.WRITTEN_OFF
    quantity = args.used_on_patient or args.write_off
    store = _open(args)
    if store is None:
        return 2
    try:
        result = account_for(
            store.uow(),
            SystemClock(),
            args.id,
            args.user,
            normalise_di(args.gtin),
            args.lot,
            kind,
            quantity,
            args.department,
            args.reason,
        )
        return _answer(result)
    except ValueError as exc:
        return fail(str(exc))
    finally:
        store.close()


def cmd_evidence(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        evidence = store_evidence(args.file, _evidence_dir(store))
        return _answer(
            attach_evidence(store.uow(), SystemClock(), args.id, args.user, evidence, args.note)
        )
    except DomainError as exc:
        return fail(exc.message)
    finally:
        store.close()


def _site(store: Store) -> str:
    with store.uow(read_only=True) as uow:
        return uow.settings.get("device_name") or store.path.stem


def cmd_notices(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    clock = SystemClock()
    try:
        notices = recall_notices(store.uow(), args.id, args.user)
        args.out.mkdir(parents=True, exist_ok=True)
        for code, notice in notices:
            target = args.out / f"{args.id}-notice-{code}.pdf"
            target.write_bytes(document_pdf(notice))
            print(target)
        if notices:
            marked = mark_notified(store.uow(), clock, args.id, [c for c, _ in notices], args.user)
            if not marked.ok:
                return _answer(marked)
        try:
            note = return_note(store.uow(), args.id, args.user, clock.today())
        except DomainError:
            return 0  # nothing went back to the supplier yet
        target = args.out / f"{args.id}-return-to-supplier.pdf"
        target.write_bytes(document_pdf(note))
        print(target)
        return 0
    except DomainError as exc:
        return fail(exc.message, 1)
    finally:
        store.close()


def _write_report(store: Store, recall_id: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(document_pdf(close_out_report(store.uow(), recall_id, _site(store))))


def cmd_report(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        _write_report(store, args.id, args.out)
    except DomainError as exc:
        return fail(exc.message, 1)
    finally:
        store.close()
    print(args.out)
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2
    try:
        result = close_recall(store.uow(), SystemClock(), args.id, args.qa, args.pin)
        if not result.ok:
            fail(f"recall {args.id} cannot close:", 1)
            for problem in result.problems:
                sys.stderr.write(f"  {problem}\n")
            return 1
        print(f"closed {args.id}")
        if args.report:
            _write_report(store, args.id, args.report)
            print(args.report)
        return 0
    finally:
        store.close()
