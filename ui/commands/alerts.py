"""`alerts`: the day's expiry warnings, raised by the device, then listed (streamed)."""

from __future__ import annotations

import argparse
from datetime import date

from app.domain.clock import SystemClock
from app.domain.identity import Actor
from app.services.alerts import expiry_warnings
from app.services.bus import execute
from app.services.commands import RaiseAlerts
from app.services.settings import device_name
from ui.commands.options import db_arg, emit, fail, open_or_fail

FIELDS = (
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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("alerts", help="expiry warnings as of a day")
    db_arg(p)
    p.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_alerts)


def cmd_alerts(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    on = args.on or clock.today()
    try:
        if on <= clock.today():
            # Raising is the device's daily duty; a look ahead only reads.
            with store.uow(read_only=True) as uow:
                device = Actor.system(device_name(uow))
            result = execute(store.uow(), clock, device, RaiseAlerts(on))
            if not result.ok:
                return fail(f"{result.code.value}: {result.message}", 1)
        rows = expiry_warnings(store.uow(read_only=True), on)
        if args.json:
            for row in rows:
                emit({k: row[k] for k in FIELDS})
            return 0
        print(f"expiry warnings as of {on}:")
        shown = 0
        for r in rows:
            shown += 1
            ack = f"  ack {r['acknowledged_by']}" if r["acknowledged_by"] else ""
            print(
                f"{r['level']:<8} {r['days_left']:>5}d  {r['expiry']}  {r['di']}  "
                f"lot {r['lot']:<12} {r['on_hand']:>6} {r['unit'] or ''}  {r['location'] or '-'}  "
                f"{r['responsible'] or '-'}  {r['name_zh'] or r['name']}{ack}"
            )
        print(f"{shown} lot(s)")
        return 0
    finally:
        store.close()
