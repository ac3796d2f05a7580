"""`audit verify`: the store's own checks and, with `--centre`, the anchors the centre holds.

The local checks are ui.commands.store's; what the centre adds is the one thing
a store cannot prove about itself: that its chain was not cut short or
rewritten whole (sync/server/anchors.py says what the anchors prove).
"""

from __future__ import annotations

import argparse

from app.domain.audit import lost_anchors
from sync.client.anchors import centre_anchors
from sync.client.errors import SyncError
from ui.commands import store as store_cli
from ui.commands.options import db_arg, fail, open_or_fail


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    v = audit_sub.add_parser(
        "verify",
        help="check the chain, the ledger against it and the file; exit 1 naming each break",
    )
    db_arg(v)
    v.add_argument(
        "--centre",
        action="store_true",
        help="also compare the chain with the anchors the centre holds (needs the network)",
    )
    v.set_defaults(func=cmd_audit_verify)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    code = store_cli.cmd_audit_verify(args)
    if not args.centre or code == 2:
        return code
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        held = centre_anchors(store)
        with store.uow(read_only=True) as uow:
            chain = uow.audit.hashes_at(a.seq for a in held.anchors)
    except SyncError as exc:
        return fail(f"the centre's anchors could not be read: {exc.words}")
    finally:
        store.close()
    lost = lost_anchors(chain, ((a.seq, a.hash) for a in held.anchors))
    for anchor in lost:
        print(f"centre anchor at entry {anchor.seq}: {anchor.problem}")
    if not lost:
        newest = held.anchors[-1].seq if held.anchors else 0
        print(
            f"centre anchors held: {len(held.anchors)} of site {held.site}, "
            f"the newest at entry {newest}"
        )
    return 1 if lost or code else 0
