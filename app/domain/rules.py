"""The rule book: expiry tiers, use blocks, FEFO order, permissions.

Each rule returns a verdict with a stable reason code; nothing here reads a
clock or a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.climate import EXCURSION_HOLD
from app.domain.model import Hold, Item, Level, Location, LocationKind, Lot, QcStatus, StockLine
from app.domain.policy import Tier
from app.errors import Code


@dataclass(frozen=True, slots=True)
class Verdict:
    code: Code
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code is Code.ACCEPTED


ACCEPT = Verdict(Code.ACCEPTED)

# The most units one action may move: beyond any real delivery, far inside the
# store's integer columns and the wire schema.
MAX_QUANTITY = 1_000_000

# Codes a supervisor may accept with their credentials and a reason. Expired,
# held, recalled or QC-blocked stock is never released by an override: those
# go through quarantine, QC or the recall.
OVERRIDABLE = frozenset(
    {Code.NOT_FEFO, Code.NEAR_EXPIRY, Code.SHORT_SHELF_LIFE, Code.STORAGE_MISMATCH}
)


def days_left(expiry: date, today: date) -> int:
    return (expiry - today).days


def is_expired(expiry: date | None, today: date) -> bool:
    """A lot is usable through its expiry date."""
    return expiry is not None and today > expiry


def expiry_level(expiry: date | None, today: date, tiers: Sequence[Tier]) -> Level | None:
    """The warning tier a lot is in today, or None when it is outside them all."""
    if expiry is None:
        return None
    if is_expired(expiry, today):
        return Level.EXPIRED
    left = days_left(expiry, today)
    inside = [t for t in tiers if left <= t.days]
    return min(inside, key=lambda t: t.days).level if inside else None


@dataclass(frozen=True, slots=True)
class TierWindow:
    """Expiry dates that put a lot in `level` on a given day (inclusive bounds)."""

    level: Level
    first: date | None  # None: no lower bound
    last: date


def tier_windows(today: date, tiers: Sequence[Tier]) -> list[TierWindow]:
    """The same rule as `expiry_level`, as date ranges, for bulk queries."""
    windows = [TierWindow(Level.EXPIRED, None, today - timedelta(days=1))]
    ordered = sorted(tiers, key=lambda t: t.days)
    lower = today
    for tier in ordered:
        upper = today + timedelta(days=tier.days)
        if upper >= lower:
            windows.append(TierWindow(tier.level, lower, upper))
            lower = upper + timedelta(days=1)
    return windows


def use_verdict(lot: Lot, today: date, do_not_issue_days: int, registered: bool = True) -> Verdict:
    """May this lot be picked, issued or moved for use today?

    `registered`: the item has its registration or filing number; a device
    without one must not reach a patient, whatever QC or the supplier said.
    """
    detail: dict[str, object] = {"lot": lot.lot, "expiry": lot.expiry}
    if lot.hold is Hold.RECALL:
        return Verdict(Code.RECALLED, {**detail, "reason": lot.hold_reason})
    if lot.hold is Hold.QUARANTINE and lot.hold_reason == EXCURSION_HOLD:
        return Verdict(Code.TEMPERATURE_EXCURSION, detail)
    if lot.hold is Hold.QUARANTINE:
        return Verdict(Code.QUARANTINED, {**detail, "reason": lot.hold_reason})
    if lot.qc is QcStatus.REJECTED:
        return Verdict(Code.QC_REJECTED, detail)
    if is_expired(lot.expiry, today):
        return Verdict(Code.EXPIRED, detail)
    if not registered:
        return Verdict(Code.NOT_REGISTERED, detail)
    if lot.qc is QcStatus.PENDING:
        return Verdict(Code.QC_PENDING, detail)
    if lot.expiry is not None and days_left(lot.expiry, today) < do_not_issue_days:
        return Verdict(
            Code.NEAR_EXPIRY,
            {**detail, "days_left": days_left(lot.expiry, today), "window": do_not_issue_days},
        )
    return ACCEPT


# Blocks that stop use but still let stock move about inside the store
# (put-away before QC release, shelving a device whose registration is pending).
IN_STORE_MOVES = frozenset({Code.QC_PENDING, Code.NOT_REGISTERED})


def in_fefo_scope(location: Location, source: Location) -> bool:
    """FEFO chooses among the store's storage locations, within the source's zone if it has one.

    Receiving, quarantine, supplier-return and department locations never
    hold stock FEFO may send a picker to; the bin being picked from always counts.
    """
    if location.id == source.id:
        return True
    if location.kind is not LocationKind.STORAGE:
        return False
    return not source.zone or location.zone == source.zone


def fefo_key(line: StockLine) -> tuple[bool, date, datetime, str]:
    """Earliest expiry first; ties by earliest receipt, then lot number; no expiry last."""
    expiry = line.lot.expiry
    # The lot's receipt into the store, not when it reached this bin: a put-away
    # or a return must not make an older lot look newer.
    received = line.lot.first_received or line.received_at or datetime.max
    if received.tzinfo is not None:
        received = received.replace(tzinfo=None)
    return (expiry is None, expiry or date.max, received, line.lot.lot)


def fefo_choice(
    lines: Iterable[StockLine], today: date, do_not_issue_days: int, registered: bool = True
) -> StockLine | None:
    """The stock line FEFO says to take: the first usable one in FEFO order."""
    usable = [
        line
        for line in lines
        if line.quantity > 0 and use_verdict(line.lot, today, do_not_issue_days, registered).ok
    ]
    return min(usable, key=fefo_key) if usable else None


def lot_data_verdict(
    item: Item,
    *,
    lot: str | None,
    expiry: date | None,
    production_date: date | None,
    serial: str | None,
    today: date,
) -> Verdict:
    """Does a scanned lot carry what its item's label must carry, with dates that can be true?"""
    required = (
        ("lot", item.lot_required, bool(lot)),
        ("expiry", item.expiry_required, expiry is not None),
        ("production_date", item.production_date_required, production_date is not None),
        ("serial", item.serialised, bool(serial)),
    )
    missing = [name for name, needed, present in required if needed and not present]
    if missing:
        return Verdict(Code.INCOMPLETE_SCAN, {"missing": missing})
    if production_date is not None:
        if expiry is not None and production_date > expiry:
            return Verdict(
                Code.PRODUCTION_AFTER_EXPIRY,
                {"production_date": production_date, "expiry": expiry},
            )
        if production_date > today:
            return Verdict(Code.PRODUCTION_IN_FUTURE, {"production_date": production_date})
    return ACCEPT


def receive_verdict(expiry: date | None, today: date, min_shelf_life_days: int) -> Verdict:
    if is_expired(expiry, today):
        return Verdict(Code.EXPIRED, {"expiry": expiry})
    if expiry is not None and days_left(expiry, today) < min_shelf_life_days:
        return Verdict(
            Code.SHORT_SHELF_LIFE,
            {"expiry": expiry, "days_left": days_left(expiry, today), "limit": min_shelf_life_days},
        )
    return ACCEPT
