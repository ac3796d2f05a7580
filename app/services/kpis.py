"""The store's KPIs for a period: each a formula over the ledger, alerts and recalls.

A period is a run of site calendar days, `start` to `end` inclusive; its
moments run from `start` 00:00 to the day after `end` 00:00 at the site.
`kpi_set(uow, period, today)` computes every KPI below in one read; each
function's docstring is its formula (README "KPIs" repeats them). Stock
"at a moment" is today's stock less what the movements since then added.
A rate whose denominator is zero is None (nothing to measure), never 0.

Movement totals of closed months are summed once (`close_months`, run after the
daily backup) and read from there; a month not summed, or struck out since by a
movement that came in late, is read from its movements: the figures are the same.
Risk stock and each item's units on hand are read from summaries the writes that
move stock keep in their own transaction (migration 0017_kpi_stock_summaries).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from app.domain.clock import Clock
from app.domain.model import Level
from app.domain.policy import Policy
from app.errors import Code
from app.services.audit_check import Verification, last_verification
from app.services.expiry_tiers import lot_level
from app.services.ports import KpiQueries, UnitOfWork
from app.services.recall_trace import recall_trace

# Refusals counted as a wrong item scanned: not this store's item or lot, or not here.
WRONG_ITEM_CODES = (Code.UNKNOWN_ITEM.value, Code.UNKNOWN_LOT.value, Code.WRONG_LOCATION.value)
TIERS = tuple(level.value for level in Level)
DEPARTMENT_TOP_ITEMS = 5
"""Department usage: the items issued most whose lines the KPI set carries (a chart's stacks)."""


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    site_tz: tzinfo = UTC

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time(), self.site_tz)

    @property
    def until(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time(), self.site_tz)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @classmethod
    def month(cls, year: int, month: int, site_tz: tzinfo = UTC) -> Period:
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return cls(first, following - timedelta(days=1), site_tz)


def _rate(numerator: float, denominator: float, per: float = 1.0) -> float | None:
    return None if not denominator else numerator * per / denominator


def _median(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.median(found) if found else None


def _hours(later: datetime | None, earlier: datetime) -> float | None:
    return None if later is None else (later - earlier).total_seconds() / 3600


# --- risk lots ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RiskCell:
    location: str
    name: str
    tier: str
    lots: int
    units: int
    value: float
    uncosted_units: int


@dataclass(frozen=True, slots=True)
class LocationRisk:
    location: str
    name: str
    lots: int
    units: int
    value: float
    tiers: dict[str, int]
    """Units per tier."""


def _widest_tier(policy: Policy) -> int:
    return max(
        [t.days for t in policy.tiers]
        + [t.days for tiers in policy.tiers_by_category.values() for t in tiers]
        + [0]
    )


def risk_lots(q: KpiQueries, policy: Policy, on: date) -> list[RiskCell]:
    """Stock in a warning tier on day `on`, per location and tier.

    A lot's tier is `expiry_level(expiry, on, tiers of its item's category)`
    (expired, critical, warning, notice). lots = stock lines (lot at a
    location) in the tier, units = their quantity, value = Σ quantity × unit
    cost (a lot's latest costed receipt, else its item's `unit_cost`);
    uncosted_units have neither and add nothing to the value.
    """
    widest = _widest_tier(policy)
    cells: dict[tuple[str, str], list[Any]] = {}
    names: dict[str, str] = {}
    for code, name, category, expiry, lots, units, value, uncosted in q.risk_stock(
        on + timedelta(days=widest)
    ):
        level = lot_level(policy, category, expiry, on)
        if level is None:
            continue
        names[code] = name
        cell = cells.setdefault((code, level.value), [0, 0, 0.0, 0])
        cell[0] += lots
        cell[1] += units
        cell[2] += value
        cell[3] += uncosted
    return [
        RiskCell(code, names[code], tier, c[0], c[1], round(c[2], 2), c[3])
        for (code, tier), c in sorted(
            cells.items(), key=lambda kv: (kv[0][0], TIERS.index(kv[0][1]))
        )
    ]


def risk_lot_rows(
    uow: UnitOfWork, on: date, location: str | None = None, tier: str | None = None
) -> list[dict[str, Any]]:
    """The stock lines behind risk cells (one location and/or tier): what a click shows."""
    with uow:
        policy = uow.settings.policy()
        rows = uow.queries.lot_stock(expiring_by=on + timedelta(days=_widest_tier(policy)))
    out = []
    for row in rows:
        level = lot_level(policy, row["category"], row["expiry"], on)
        if level is None or (tier and level.value != tier):
            continue
        if location and row["location"] != location:
            continue
        out.append({**row, "tier": level.value})
    return out


def risk_by_location(cells: Sequence[RiskCell]) -> list[LocationRisk]:
    """The risk cells summed per location: lots, units, value, and units per tier."""
    out: dict[str, LocationRisk] = {}
    for c in cells:
        was = out.get(c.location)
        tiers = dict(was.tiers) if was else {}
        tiers[c.tier] = tiers.get(c.tier, 0) + c.units
        out[c.location] = LocationRisk(
            c.location,
            c.name,
            (was.lots if was else 0) + c.lots,
            (was.units if was else 0) + c.units,
            round((was.value if was else 0.0) + c.value, 2),
            tiers,
        )
    return list(out.values())


# --- suppliers ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupplierExpiry:
    supplier: str
    name: str
    units_received: int
    units_expired: int
    expiry_rate: float | None
    value_expired: float
    uncosted_expired: int
    deliveries: int
    short_dated: int
    short_dated_share: float | None


ExpiredUnused = Sequence[tuple[str | None, str, str, str, int, float, int]]
"""(supplier, di, item, item_zh, units, value, uncosted units) expired unused, per
supplier and item: KpiQueries.expired_unused, read once for both lists below."""


def supplier_expiry(
    q: KpiQueries, policy: Policy, period: Period, expired: ExpiredUnused
) -> list[SupplierExpiry]:
    """Per supplier (a lot's supplier; "" for none):

    expiry_rate = units_expired ÷ units_received, where units_received = units
    received in the period, and units_expired = units that reached their expiry
    unused, of lots whose expiry date is in the period: the lot's units still
    on hand plus those that left on or after its expiry day by a disposal
    (dispose, return to supplier, count adjustment: picking an expired lot is
    refused, so nothing else takes it then); value_expired = Σ those units ×
    unit cost (uncosted_expired: units with none);
    short_dated_share = deliveries (receive lines) with fewer days left than
    the policy's minimum shelf life on arrival ÷ deliveries in the period.
    """
    received = {
        r[0]: r for r in q.received(period.since, period.until, policy.min_receive_shelf_life_days)
    }
    per_supplier: dict[str | None, tuple[int, float, int]] = {}
    for code, _, _, _, units, value, uncosted in expired:
        was = per_supplier.get(code, (0, 0.0, 0))
        per_supplier[code] = (was[0] + units, was[1] + value, was[2] + uncosted)
    out = []
    for code in sorted(set(received) | set(per_supplier), key=lambda c: c or ""):
        _, name, deliveries, units, short = received.get(code, (code, "", 0, 0, 0))
        gone, value, uncosted = per_supplier.get(code, (0, 0.0, 0))
        out.append(
            SupplierExpiry(
                supplier=code or "",
                name=name or "",
                units_received=units,
                units_expired=gone,
                expiry_rate=_rate(gone, units),
                value_expired=round(value, 2),
                uncosted_expired=uncosted,
                deliveries=deliveries,
                short_dated=short,
                short_dated_share=_rate(short, deliveries),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ItemExpiry:
    di: str
    item: str
    item_zh: str
    units_expired: int
    value_expired: float
    uncosted_expired: int


def item_expiry(expired: ExpiredUnused) -> list[ItemExpiry]:
    """Per item, of lots whose expiry date is in the period: units_expired = units
    that reached their expiry unused, value_expired and uncosted_expired — the
    same units as the suppliers' (above), summed over the item's lots of every
    supplier; highest value first, then most units, then GTIN."""
    per_item: dict[str, tuple[str, str, int, float, int]] = {}
    for _, di, name, name_zh, units, value, uncosted in expired:
        was = per_item.get(di, (name, name_zh, 0, 0.0, 0))
        per_item[di] = (name, name_zh, was[2] + units, was[3] + value, was[4] + uncosted)
    out = [
        ItemExpiry(di, name, name_zh, units, round(value, 2), uncosted)
        for di, (name, name_zh, units, value, uncosted) in per_item.items()
    ]
    return sorted(out, key=lambda i: (-i.value_expired, -i.units_expired, i.di))


# --- departments, items, turnover --------------------------------------------------


@dataclass(frozen=True, slots=True)
class DepartmentItem:
    di: str
    item: str
    item_zh: str
    units: int


@dataclass(frozen=True, slots=True)
class DepartmentUsage:
    department: str
    name: str
    units: int
    items: list[DepartmentItem]


@dataclass(frozen=True, slots=True)
class ItemStock:
    di: str
    item: str
    item_zh: str
    units_issued: int
    on_hand_start: int
    on_hand_end: int
    days_of_cover: float | None
    min_stock: int
    max_stock: int
    deviation: int
    turnover: float | None


@dataclass(frozen=True, slots=True)
class Turnover:
    units_issued: int
    on_hand_start: int
    on_hand_end: int
    average_on_hand: float
    turnover: float | None


def department_usage(
    q: KpiQueries,
    period: Period,
    items: Sequence[ItemStock],
    top: int | None = DEPARTMENT_TOP_ITEMS,
) -> list[DepartmentUsage]:
    """Per department: units = units picked to it in the period less units it returned;
    items = the same per item for the `top` items issued most in the period (ties by
    GTIN), every other item's rows are `department_items`' (a month at a large store has
    a line for every item each department used: the set stays the size of a chart);
    top None: every item's line (the JSON and the workbook)."""
    chosen: list[str] | None = None
    if top is not None:
        most = sorted(
            (i for i in items if i.units_issued > 0), key=lambda i: (-i.units_issued, i.di)
        )
        chosen = [i.di for i in most[:top]]
    lines: dict[str, list[DepartmentItem]] = {}
    for code, di, item, item_zh, units in q.department_items(
        period.since, period.until, dis=chosen
    ):
        lines.setdefault(code, []).append(DepartmentItem(di, item, item_zh, units))
    return [
        DepartmentUsage(code, name, units, lines.get(code, []))
        for code, name, units in sorted(q.department_use(period.since, period.until))
    ]


def department_items(
    uow: UnitOfWork, period: Period, department: str | None = None
) -> list[tuple[str, DepartmentItem]]:
    """Every (department, item line) of the period, or one department's: the rows behind
    a department's bar and the export's department_items sheet."""
    with uow:
        rows = uow.kpis.department_items(period.since, period.until, department)
    return [
        (code, DepartmentItem(di, item, item_zh, units)) for code, di, item, item_zh, units in rows
    ]


def item_stock(q: KpiQueries, period: Period) -> list[ItemStock]:
    """Per item, over the period:

    units_issued = units picked; on_hand_start / on_hand_end = units in
    stock-holding locations at the period's first and last moment;
    days_of_cover = on_hand_end ÷ (units_issued ÷ days in the period);
    deviation = on_hand_end − min_stock below the target range, on_hand_end −
    max_stock above it (max_stock 0: no top), else 0;
    turnover = units_issued ÷ ((on_hand_start + on_hand_end) ÷ 2).
    """
    out = []
    for di, name, name_zh, low, high, issued, now, since_start, after_end in q.item_stock(
        period.since, period.until
    ):
        start, end = now - since_start, now - after_end
        if end < low:
            deviation = end - low
        elif high and end > high:
            deviation = end - high
        else:
            deviation = 0
        out.append(
            ItemStock(
                di=di,
                item=name,
                item_zh=name_zh,
                units_issued=issued,
                on_hand_start=start,
                on_hand_end=end,
                days_of_cover=_rate(end, issued, period.days),
                min_stock=low,
                max_stock=high,
                deviation=deviation,
                turnover=_rate(issued, (start + end) / 2),
            )
        )
    return sorted(out, key=lambda i: i.di)


def stock_turnover(items: Sequence[ItemStock]) -> Turnover:
    """turnover = units picked in the period ÷ average units on hand, where the
    average is (on hand at the period's start + at its end) ÷ 2, over all items."""
    issued = sum(i.units_issued for i in items)
    start = sum(i.on_hand_start for i in items)
    end = sum(i.on_hand_end for i in items)
    average = (start + end) / 2
    return Turnover(issued, start, end, average, _rate(issued, average))


# --- warnings and disposals (the closed loop) ------------------------------------------


@dataclass(frozen=True, slots=True)
class LoopMeasures:
    warnings_raised: int
    chosen: int
    closed: int
    open_overdue: int
    median_hours_to_choice: float | None
    median_hours_to_close: float | None
    closed_within_due: float | None
    disposed: int
    median_days_to_dispose: float | None
    disposed_within_due: float | None


def loop_measures(q: KpiQueries, period: Period) -> LoopMeasures:
    """Warning timeliness and disposal cycle time, from the closed loop's records of
    the warnings raised in the period (every kind; a tier superseded by a higher one
    is not counted, its lot's higher tier is).

    Warning timeliness: median hours from raising to the disposition being chosen
    (over the warnings chosen) and to closing (over those closed);
    closed_within_due = warnings closed at or before their own due time (set by
    level when raised) ÷ warnings closed; open_overdue = warnings not closed
    whose due time is before the period's end. Disposal cycle time: over the
    warnings closed by a disposal movement (dispose, return to supplier, count
    adjustment), median days from raising to closing, and disposed_within_due =
    those closed by their due time ÷ those closed by a disposal.
    """
    raised, chosen, closed, overdue, closed_by_due, disposed, disposed_by_due, *medians = (
        q.warning_loop(period.since, period.until)
    )
    to_choice, to_close, to_dispose = medians
    return LoopMeasures(
        warnings_raised=raised,
        chosen=chosen,
        closed=closed,
        open_overdue=overdue,
        median_hours_to_choice=to_choice,
        median_hours_to_close=to_close,
        closed_within_due=_rate(closed_by_due, closed),
        disposed=disposed,
        median_days_to_dispose=to_dispose,
        disposed_within_due=_rate(disposed_by_due, disposed),
    )


# --- recalls ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecallResponse:
    recall: str
    di: str
    status: str
    issued_at: datetime
    hours_to_lock: float | None
    hours_to_notify: float | None
    hours_to_account: float | None
    affected_units: int
    potential_cost: float
    uncosted_units: int
    disposals: int
    disposals_with_evidence: int


@dataclass(frozen=True, slots=True)
class RecallMedians:
    recalls: int
    median_hours_to_lock: float | None
    median_hours_to_notify: float | None
    median_hours_to_account: float | None
    potential_cost: float


def recall_response(uow: UnitOfWork, ids: Sequence[str]) -> list[RecallResponse]:
    """Per recall active in the period (issued before its end, not closed before it):

    hours_to_lock = issued → every affected lot blocked (the recall applied);
    hours_to_notify = issued → the last department notified (None while one is not);
    hours_to_account = issued → the last affected unit accounted for (None while not);
    potential_cost = Σ affected units × unit cost over its lots (the recall cost KPI);
    disposals / disposals_with_evidence: its lots' disposals, and those with evidence.
    """
    out = []
    for recall_id in ids:
        trace = recall_trace(uow, recall_id)
        case, timings = trace["recall"], trace["timings"]
        issued = case["issued_at"]
        notified = [at for at in timings["notified"].values()]
        lots = trace["lots"]
        with uow:
            costs = uow.kpis.lot_costs([(d["di"], d["lot"]) for d in lots])
        cost = sum(d["affected"] * (costs[(d["di"], d["lot"])] or 0.0) for d in lots)
        uncosted = sum(d["affected"] for d in lots if costs[(d["di"], d["lot"])] is None)
        evidenced = {e["movement_id"] for e in trace["evidence"] if e["movement_id"]}
        disposals = [e["movement_id"] for d in lots for e in d["exits"] if e["type"] == "dispose"]
        out.append(
            RecallResponse(
                recall=recall_id,
                di=case["di"],
                status=case["status"],
                issued_at=issued,
                hours_to_lock=_hours(timings["locked"], issued),
                hours_to_notify=(
                    _hours(max(notified), issued) if notified and None not in notified else None
                ),
                hours_to_account=_hours(timings["recovered"], issued),
                affected_units=sum(d["affected"] for d in lots),
                potential_cost=round(cost, 2),
                uncosted_units=uncosted,
                disposals=len(disposals),
                disposals_with_evidence=sum(m in evidenced for m in disposals),
            )
        )
    return out


def recall_medians(recalls: Sequence[RecallResponse]) -> RecallMedians:
    """The median of each response time over the recalls that reached it; the total cost."""
    return RecallMedians(
        recalls=len(recalls),
        median_hours_to_lock=_median(
            r.hours_to_lock for r in recalls if r.hours_to_lock is not None
        ),
        median_hours_to_notify=_median(
            r.hours_to_notify for r in recalls if r.hours_to_notify is not None
        ),
        median_hours_to_account=_median(
            r.hours_to_account for r in recalls if r.hours_to_account is not None
        ),
        potential_cost=round(sum(r.potential_cost for r in recalls), 2),
    )


# --- outbound and scans --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outbound:
    picks: int
    unplanned: int
    overrides: int
    unplanned_per_1000: float | None
    overrides_per_1000: float | None


@dataclass(frozen=True, slots=True)
class Mismatch:
    scans: int
    data_mismatch: int
    not_fefo: int
    wrong_item: int
    mismatches_per_1000: float | None
    data_mismatch_per_1000: float | None
    not_fefo_per_1000: float | None
    wrong_item_per_1000: float | None


def outbound(q: KpiQueries, period: Period) -> Outbound:
    """Per 1,000 picks in the period: unplanned = picks naming no pick list or
    requisition (an empty reference), overrides = picks a supervisor overrode."""
    picks, unplanned, overrides = q.picks(period.since, period.until)
    return Outbound(
        picks, unplanned, overrides, _rate(unplanned, picks, 1000), _rate(overrides, picks, 1000)
    )


def mismatch(q: KpiQueries, period: Period) -> Mismatch:
    """Per 1,000 scans in the period, where scans = movements made from a scan +
    refused scans + DATA_MISMATCH alerts (a scan whose data contradicts the lot's):
    data_mismatch = DATA_MISMATCH alerts, not_fefo = scans refused NOT_FEFO,
    wrong_item = scans refused as an unknown item or lot or not at that location."""
    kept, mismatched, refused = q.scans(period.since, period.until)
    scans = kept + mismatched + sum(refused.values())
    not_fefo = refused.get(Code.NOT_FEFO.value, 0)
    wrong = sum(refused.get(code, 0) for code in WRONG_ITEM_CODES)
    return Mismatch(
        scans=scans,
        data_mismatch=mismatched,
        not_fefo=not_fefo,
        wrong_item=wrong,
        mismatches_per_1000=_rate(mismatched + not_fefo + wrong, scans, 1000),
        data_mismatch_per_1000=_rate(mismatched, scans, 1000),
        not_fefo_per_1000=_rate(not_fefo, scans, 1000),
        wrong_item_per_1000=_rate(wrong, scans, 1000),
    )


# --- audit completeness ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditCompleteness:
    movements: int
    movements_audited: int
    movements_share: float | None
    closed_recalls: int
    closed_recalls_evidenced: int
    closed_recalls_share: float | None
    chain_intact: bool | None
    """The last `audit verify`'s verdict on the chain; None: never verified."""
    chain_verified_at: datetime | None
    chain_entries: int


def audit_completeness(
    q: KpiQueries,
    period: Period,
    recalls: Sequence[RecallResponse],
    verified: Verification | None,
) -> AuditCompleteness:
    """movements_share = movements in the period with their audit entry ÷ movements;
    closed_recalls_share = recalls closed in the period with evidence for every
    disposal ÷ recalls closed in the period; chain_intact = the stored verdict of
    the last `audit verify` (not a re-hash: that is the verify's job)."""
    moved, audited = q.audited_movements(period.since, period.until)
    closed = [r for r in recalls if r.status == "closed"]
    evidenced = sum(r.disposals_with_evidence == r.disposals for r in closed)
    return AuditCompleteness(
        movements=moved,
        movements_audited=audited,
        movements_share=_rate(audited, moved),
        closed_recalls=len(closed),
        closed_recalls_evidenced=evidenced,
        closed_recalls_share=_rate(evidenced, len(closed)),
        chain_intact=verified.chain_intact if verified else None,
        chain_verified_at=verified.at if verified else None,
        chain_entries=verified.entries if verified else 0,
    )


# --- the set -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthPoint:
    month: str
    received: int
    issued: int
    expired_written_off: int


@dataclass(frozen=True, slots=True)
class KpiSet:
    start: date
    end: date
    risk_on: date
    risk_lots: list[RiskCell]
    locations: list[LocationRisk]
    suppliers: list[SupplierExpiry]
    expired_items: list[ItemExpiry]
    departments: list[DepartmentUsage]
    items: list[ItemStock]
    turnover: Turnover
    loop: LoopMeasures
    recalls: list[RecallResponse]
    recall_medians: RecallMedians
    outbound: Outbound
    mismatch: Mismatch
    audit: AuditCompleteness
    trend: list[MonthPoint] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(asdict(self), default=_plain))  # type: ignore[no-any-return]


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def monthly_trend(q: KpiQueries, end: date, months: int = 12) -> list[MonthPoint]:
    """Units received, picked and written off for expiry per calendar month (UTC),
    for the `months` months up to and including `end`'s."""
    first = date(end.year, end.month, 1)
    for _ in range(months - 1):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    period = Period(first, end)
    return [MonthPoint(*row) for row in q.monthly(period.since, period.until)]


def close_months(uow: UnitOfWork, clock: Clock) -> list[str]:
    """Sum the movements of every UTC month before the current one that is not summed
    (or was struck out by a late movement), one transaction a month; the months summed."""
    with uow:
        months = uow.kpis.months_to_close(clock.now().astimezone(UTC).date())
    for month in months:
        with uow:
            uow.kpis.close_month(month, clock.now())
            uow.commit()
    return months


def kpi_set(
    uow: UnitOfWork,
    period: Period,
    today: date,
    trend_months: int = 12,
    department_top: int | None = DEPARTMENT_TOP_ITEMS,
) -> KpiSet:
    """Every KPI for the period; risk lots as of its end (today, if it ends later); the
    departments' item lines of the `department_top` items issued most (None: all)."""
    risk_on = min(period.end, today)
    with uow:
        q = uow.kpis
        policy = uow.settings.policy()
        cells = risk_lots(q, policy, risk_on)
        expired = q.expired_unused(period.start, period.end)
        suppliers = supplier_expiry(q, policy, period, expired)
        expired_items = item_expiry(expired)
        items = item_stock(q, period)
        departments = department_usage(q, period, items, department_top)
        loop = loop_measures(q, period)
        picked = outbound(q, period)
        scanned = mismatch(q, period)
        recall_ids = q.recalls_active(period.since, period.until)
        verified = last_verification(uow)
        trend = monthly_trend(q, period.end, trend_months) if trend_months else []
    recalls = recall_response(uow, recall_ids)
    with uow:
        audit = audit_completeness(uow.kpis, period, recalls, verified)
    return KpiSet(
        start=period.start,
        end=period.end,
        risk_on=risk_on,
        risk_lots=cells,
        locations=risk_by_location(cells),
        suppliers=suppliers,
        expired_items=expired_items,
        departments=departments,
        items=items,
        turnover=stock_turnover(items),
        loop=loop,
        recalls=recalls,
        recall_medians=recall_medians(recalls),
        outbound=picked,
        mismatch=scanned,
        audit=audit,
        trend=trend,
    )
