"""`transfer out|arrive|list|suggestions|accept|decline`: stock between sites, from the shell.

Writing commands act as --user (a PIN, as every writing command) through the
one command path; `list` and `suggestions` only read, as JSON lines.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.adapters.store import Store
from app.services.commands import (
    AcceptTransferSuggestion,
    ArriveTransfer,
    DeclineTransferSuggestion,
    TransferOut,
)
from app.services.transfers import list_suggestions, list_transfers
from ui.commands.options import (
    db_arg,
    emit,
    open_or_fail,
    run_command,
    user_args,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("transfer", help="transfers between sites and the centre's suggestions")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    out = verbs.add_parser("out", help="send stock to another site (it goes in transit)")
    db_arg(out)
    out.add_argument("--scan", required=True, help="the pack's barcode text")
    out.add_argument("--location", required=True, help="where it leaves from")
    out.add_argument("--to-site", required=True, help="the receiving site's code")
    out.add_argument("--qty", type=int)
    out.add_argument("--reference", default="")
    user_args(out)
    out.set_defaults(
        func=lambda a: run_command(
            a, TransferOut(a.scan, a.location, a.to_site, a.qty, a.reference)
        )
    )

    arrive = verbs.add_parser("arrive", help="confirm a transfer from another site by its scan")
    db_arg(arrive)
    arrive.add_argument("--scan", required=True)
    arrive.add_argument("--transfer", help="the transfer's id (default: the lot's oldest)")
    arrive.add_argument("--location", help="where it goes (default: the receiving location)")
    arrive.add_argument("--qty", type=int, help="units that arrived (default: as sent)")
    arrive.add_argument("--reason", default="", help="why fewer or more arrived")
    user_args(arrive)
    arrive.set_defaults(
        func=lambda a: run_command(
            a, ArriveTransfer(a.scan, a.transfer, a.location, a.qty, a.reason)
        )
    )

    listing = verbs.add_parser("list", help="transfers sent from and expected at this site")
    db_arg(listing)
    listing.set_defaults(
        func=lambda a: _read(a, lambda store: list_transfers(store.uow(read_only=True)))
    )

    shown = verbs.add_parser("suggestions", help="the centre's transfer suggestions")
    db_arg(shown)
    shown.add_argument("--all", action="store_true", help="decided ones too")
    shown.set_defaults(
        func=lambda a: _read(
            a, lambda store: list_suggestions(store.uow(read_only=True), not a.all)
        )
    )

    accept = verbs.add_parser("accept", help="take a suggestion: the transfer leaves")
    db_arg(accept)
    accept.add_argument("suggestion")
    accept.add_argument("--location", help="where it leaves from (default: the fullest shelf)")
    accept.add_argument("--qty", type=int, help="units (default: as suggested)")
    user_args(accept)
    accept.set_defaults(
        func=lambda a: run_command(a, AcceptTransferSuggestion(a.suggestion, a.location, a.qty))
    )

    decline = verbs.add_parser("decline", help="decline a suggestion, with a reason")
    db_arg(decline)
    decline.add_argument("suggestion")
    decline.add_argument("--reason", required=True)
    user_args(decline)
    decline.set_defaults(
        func=lambda a: run_command(a, DeclineTransferSuggestion(a.suggestion, a.reason))
    )


def _read(args: argparse.Namespace, rows: Callable[[Store], list[dict[str, Any]]]) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        for row in rows(store):
            emit(row)
        return 0
    finally:
        store.close()
