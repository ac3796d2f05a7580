"""`forecast`: lots predicted to expire unused, by the rule in app.domain.forecast.

    forecast --db D [--on DATE] [--json] [--xlsx F]

Each lot with a predicted surplus: {"gtin", "lot", "expiry", "units_unused",
"value_unused", "disposition"} (the disposition chosen on its open warning,
or null). Reads only.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.domain.clock import SystemClock
from app.loop_printouts import forecast_xlsx
from app.services.forecast import forecast
from ui.commands.options import db_arg, emit, fail, open_or_fail


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("forecast", help="lots predicted to expire before they are used")
    db_arg(p)
    p.add_argument("--on", type=date.fromisoformat, help="the forecast date (default: today)")
    p.add_argument("--json", action="store_true", help="one JSON object per lot")
    p.add_argument("--xlsx", type=Path, help="also write the list as .xlsx here")
    p.set_defaults(func=cmd_forecast)


def cmd_forecast(args: argparse.Namespace) -> int:
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    on = args.on or SystemClock().today()
    try:
        rows = forecast(store.uow(read_only=True), on)
    finally:
        store.close()
    if args.xlsx is not None:
        try:
            args.xlsx.write_bytes(forecast_xlsx(rows))
        except OSError as exc:
            return fail(f"cannot write {args.xlsx}: {exc.strerror or exc}", 1)
    if args.json:
        for row in rows:
            emit(row.to_json())
        return 0
    print(f"lots predicted to expire unused, as of {on}:")
    for r in rows:
        print(
            f"{r.gtin}  lot {r.lot:<14} {r.expiry}  unused {r.units_unused:>7}  "
            f"value {r.value_unused:>12.2f}  {r.disposition or '-'}"
        )
    print(f"{len(rows)} lot(s), {sum(r.units_unused for r in rows)} unit(s)")
    return 0
