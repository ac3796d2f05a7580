"""`disposition`: the closed loop from the command line.

    disposition list      --db D [--json]                     open warnings, owner, due, chosen
    disposition choose    --db D ALERT TEMPLATE [--reason R] [--target T] --user U
    disposition accept    --db D ALERT [--note N] --user SUPERVISOR
    disposition priority  --db D [--on DATE] [--json] [--pdf F] [--xlsx F]

TEMPLATE is one of use_first, transfer, return_to_supplier, second_inspection,
dispose, write_off, no_action. Choosing and accepting are commands through the
executor (the owner or a supervisor chooses; a supervisor other than the one
who chose accepts "no action"); the PIN comes from --pin-file or $LOTKEEPER_PIN.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.domain.clock import SystemClock
from app.domain.disposition import Disposition
from app.loop_printouts import priority_document, priority_xlsx
from app.services.alerts import open_warnings
from app.services.commands import AcceptNoAction, ChooseDisposition
from app.services.ports import WarningFilter
from app.services.priority import EXPORT_LIMIT, priority_list
from app.services.settings import device_name
from ui.commands.options import (
    db_arg,
    emit,
    fail,
    open_or_fail,
    run_command,
    user_args,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("disposition", help="warnings' dispositions: list, choose, accept, priority")
    group = p.add_subparsers(dest="disposition_command", metavar="ACTION", required=True)

    listing = group.add_parser("list", help="open warnings with owner, due time and disposition")
    db_arg(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)

    choose = group.add_parser("choose", help="the owner (or a supervisor) chooses a disposition")
    db_arg(choose)
    choose.add_argument("alert", type=int, help="the warning's id (disposition list)")
    choose.add_argument("template", choices=[d.value for d in Disposition])
    choose.add_argument("--reason", default="", help="required for no_action")
    choose.add_argument(
        "--target", default="", help="transfer: the site; use_first: a department (optional)"
    )
    user_args(choose)
    choose.set_defaults(func=cmd_choose)

    accept = group.add_parser("accept", help="a second supervisor accepts a no-action reason")
    db_arg(accept)
    accept.add_argument("alert", type=int)
    accept.add_argument("--note", default="")
    user_args(accept, "the supervisor accepting")
    accept.set_defaults(func=cmd_accept)

    priority = group.add_parser("priority", help="the priority disposal list (优先处置清单)")
    db_arg(priority)
    priority.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    priority.add_argument("--json", action="store_true", help="one JSON object per warning")
    priority.add_argument("--pdf", type=Path, help="write the bilingual PDF here")
    priority.add_argument("--xlsx", type=Path, help="write the .xlsx here")
    priority.set_defaults(func=cmd_priority)


def cmd_choose(args: argparse.Namespace) -> int:
    return run_command(args, ChooseDisposition(args.alert, args.template, args.reason, args.target))


def cmd_accept(args: argparse.Namespace) -> int:
    return run_command(args, AcceptNoAction(args.alert, args.note))


def cmd_list(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        rows = open_warnings(store.uow(read_only=True), WarningFilter(), 0, EXPORT_LIMIT)
    finally:
        store.close()
    for r in rows:
        record = {
            "alert_id": r.alert_id,
            "kind": r.kind.value,
            "level": r.level.value,
            "gtin": r.di,
            "lot": r.lot,
            "expiry": r.expiry,
            "owner": r.responsible,
            "due_at": r.due_at,
            "escalated": r.escalated,
            "disposition": r.disposition,
            "disposition_by": r.disposition_by,
            "reason": r.disposition_reason,
            "target": r.disposition_target,
        }
        if args.json:
            emit(record)
        else:
            print(
                f"{r.alert_id:>6} {r.level.value:<8} {r.kind.value:<14} {r.di} {r.lot or '-':<12} "
                f"owner {r.responsible or '-'}  due {r.due_at:%Y-%m-%d %H:%M}  "
                f"{r.disposition or '-'}{'  ESCALATED' if r.escalated else ''}"
                if r.due_at
                else f"{r.alert_id:>6} {r.level.value:<8} {r.kind.value} {r.di} {r.lot}"
            )
    return 0


def cmd_priority(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    on = args.on or SystemClock().today()
    try:
        rows = priority_list(store.uow(read_only=True), on, 0, EXPORT_LIMIT)
        if args.pdf is not None:
            from printing.documents import document_pdf  # reportlab only when printing

            with store.uow(read_only=True) as uow:
                site = device_name(uow)
            args.pdf.write_bytes(
                document_pdf(priority_document(store.uow(read_only=True), on, site))
            )
        if args.xlsx is not None:
            args.xlsx.write_bytes(priority_xlsx(store.uow(read_only=True), on))
    except OSError as exc:
        return fail(f"cannot write: {exc.strerror or exc}", 1)
    finally:
        store.close()
    for n, r in enumerate(rows, start=1):
        record = {
            "rank": n,
            "alert_id": r.alert_id,
            "kind": r.kind.value,
            "level": r.level.value,
            "gtin": r.gtin,
            "lot": r.lot,
            "expiry": r.expiry,
            "quantity": r.quantity,
            "value": round(r.value, 2),
            "days_left": r.days_left,
            "risk": round(r.risk, 4),
            "disposition": r.action.value,
            "chosen": r.chosen,
            "fallback": r.fallback.value if r.fallback else None,
            "owner": r.owner,
        }
        if args.json:
            emit(record)
        elif not (args.pdf or args.xlsx):
            print(
                f"{n:>4} risk {r.risk:>12.2f}  {r.gtin} {r.lot or '-':<12} ×{r.quantity:<6} "
                f"{r.action.value}{'' if r.chosen else '?'} -> {r.fallback or '-'}  "
                f"{r.owner or '-'}"
            )
    return 0
