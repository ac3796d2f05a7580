"""`trace`: one lot's whole life (read-only, no credential)."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import LotkeeperError
from app.services.master_data import di_to_look_up
from app.services.trace import lot_trace
from ui.commands.options import db_arg, emit, open_or_fail, refused


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("trace", help="a lot's whole life")
    db_arg(p)
    p.add_argument("--gtin", required=True, help="GTIN (any length) or HIBC device identifier")
    p.add_argument("--lot", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trace)


def cmd_trace(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    try:
        trace = lot_trace(store.uow(read_only=True), di_to_look_up(args.gtin), args.lot)
    except LotkeeperError as exc:
        return refused(exc)
    finally:
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
