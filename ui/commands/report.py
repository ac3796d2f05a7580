"""`report kpis`: the KPI set for a period, as JSON or a summary; .xlsx and the month's PDF."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date
from pathlib import Path

from app.domain.clock import SystemClock
from app.services.kpis import DEPARTMENT_TOP_ITEMS, KpiSet, Period, kpi_set
from ui.commands.options import db_arg, fail, open_or_fail


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="management reports: the KPIs for a period")
    report_sub = p.add_subparsers(dest="report_command", required=True)
    k = report_sub.add_parser("kpis", help="the KPI set for a period (site days, inclusive)")
    db_arg(k)
    k.add_argument("--from", dest="start", type=_day, required=True, help="YYYY-MM-DD")
    k.add_argument("--to", dest="end", type=_day, required=True, help="YYYY-MM-DD")
    k.add_argument("--json", action="store_true", help="one JSON object with named keys")
    k.add_argument("--xlsx", type=Path, help="also write the KPI set to this .xlsx workbook")
    k.add_argument(
        "--pdf", type=Path, help="also write the bilingual management report (with charts)"
    )
    k.set_defaults(func=cmd_kpis)


def cmd_kpis(args: argparse.Namespace) -> int:
    if args.end < args.start:
        return fail("--to is before --from")
    store = open_or_fail(args, read_only=True)
    if isinstance(store, int):
        return store
    clock = SystemClock()
    try:
        period = Period(args.start, args.end, clock.now().tzinfo or UTC)
        # The workbook and the JSON carry every department's item lines, the summary
        # only what a chart stacks.
        every_line = args.xlsx is not None or args.json
        top = None if every_line else DEPARTMENT_TOP_ITEMS
        kpis = kpi_set(store.uow(read_only=True), period, clock.today(), department_top=top)
    finally:
        store.close()
    if args.xlsx is not None:
        from app.adapters.workbook import write_workbook
        from app.services.export_tables import kpi_sheets

        try:
            lines = [(d.department, line) for d in kpis.departments for line in d.items]
            write_workbook(args.xlsx, kpi_sheets(kpis, lines))
        except OSError as exc:
            return fail(f"cannot write {args.xlsx}: {exc.strerror}")
    if args.pdf is not None:
        from app.management_report import write_management_report

        try:
            write_management_report(kpis, args.pdf)
        except OSError as exc:
            return fail(f"cannot write {args.pdf}: {exc.strerror}")
    if args.json:
        print(json.dumps(kpis.to_json(), ensure_ascii=False, indent=1))
    else:
        _summary(kpis)
    return 0


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _num(value: float | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:.2f}{unit}"


def _summary(k: KpiSet) -> None:
    print(f"KPIs {k.start} to {k.end} (risk lots as of {k.risk_on})")
    for loc in k.locations:
        print(
            f"  risk {loc.location:<10} lots {loc.lots:>6} units {loc.units:>8} value {loc.value}"
        )
    for s in k.suppliers:
        print(
            f"  supplier {s.supplier or '-':<10} received {s.units_received:>7} "
            f"expired {s.units_expired:>6} value {s.value_expired:>10.2f} "
            f"rate {_share(s.expiry_rate)} short-dated {_share(s.short_dated_share)}"
        )
    for i in k.expired_items:
        print(
            f"  expired before use {i.di:<14} units {i.units_expired:>6} "
            f"value {i.value_expired:>10.2f}"
            + (f" ({i.uncosted_expired} uncosted)" if i.uncosted_expired else "")
        )
    for d in k.departments:
        print(f"  department {d.department:<10} units {d.units}")
    t = k.turnover
    print(f"  turnover {_num(t.turnover)} ({t.units_issued} issued / {t.average_on_hand} on hand)")
    loop = k.loop
    print(
        f"  warnings {loop.warnings_raised} raised, median "
        f"{_num(loop.median_hours_to_choice)} h to a disposition, "
        f"{_num(loop.median_hours_to_close)} h to close, "
        f"{_share(loop.closed_within_due)} closed by their due time; "
        f"disposal median {_num(loop.median_days_to_dispose)} d, "
        f"{_share(loop.disposed_within_due)} by their due time"
    )
    m = k.recall_medians
    print(
        f"  recalls {m.recalls}: median to lock {_num(m.median_hours_to_lock)} h, "
        f"to notify {_num(m.median_hours_to_notify)} h, "
        f"to account {_num(m.median_hours_to_account)} h; potential cost {m.potential_cost}"
    )
    o, x = k.outbound, k.mismatch
    print(
        f"  picks {o.picks}: unplanned {_num(o.unplanned_per_1000)}/1000, "
        f"overrides {_num(o.overrides_per_1000)}/1000; "
        f"mismatches {_num(x.mismatches_per_1000)} per 1000 of {x.scans} scans"
    )
    a = k.audit
    chain = (
        "never verified" if a.chain_intact is None else ("intact" if a.chain_intact else "BROKEN")
    )
    print(
        f"  audit: movements {_share(a.movements_share)} audited, closed recalls "
        f"{_share(a.closed_recalls_share)} evidenced, chain {chain}"
        + (f" (verified {a.chain_verified_at:%Y-%m-%d %H:%M})" if a.chain_verified_at else "")
    )
