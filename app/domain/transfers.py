"""Transfers between sites: where in-transit stock waits, and which surplus goes where.

The suggestion rule, per item, over the network's stock and usage:

- a site uses an item at its own daily rate u (units picked minus units
  returned over the usage window, divided by its days);
- its lots are used in FEFO order; a lot's usable days are its expiry date
  minus the do-not-issue window minus today, so the units that site will not
  use are max(0, quantity - u x (usable days left once the lots ahead of it
  are used up or expired)); no usage leaves every unit unused, a lot without
  expiry never has any;
- a lot's unused units at site A go to the site B whose own usage would use
  them before expiry after B's lots that expire no later: B can take
  u_B x (usable days - days B spends on those earlier lots); the site that
  can take most is suggested (the name breaks a tie), for at most A's surplus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# The location a site keeps stock in while it travels to another site: it is
# created at the first transfer out, holds stock (recalls count it), and no
# pick, move or count may take from it.
TRANSIT_LOCATION = "IN-TRANSIT"
TRANSIT_NAME = "In transit / 在途"


@dataclass(frozen=True, slots=True)
class SiteLot:
    lot: str
    expiry: date | None
    quantity: int


@dataclass(frozen=True, slots=True)
class Surplus:
    lot: SiteLot
    unused: int


@dataclass(frozen=True, slots=True)
class Suggestion:
    from_site: str
    to_site: str
    lot: SiteLot
    quantity: int
    unused: int


def _usable_days(expiry: date, today: date, do_not_issue_days: int) -> int:
    return max(0, (expiry - timedelta(days=do_not_issue_days) - today).days)


def _fefo(lots: Sequence[SiteLot]) -> list[SiteLot]:
    return sorted(lots, key=lambda lot: (lot.expiry is None, lot.expiry or date.max, lot.lot))


def unused_units(
    lots: Sequence[SiteLot], rate: float, today: date, do_not_issue_days: int
) -> tuple[list[Surplus], float]:
    """Each lot's units the site's usage leaves unused, and the days its lots last in all."""
    surplus: list[Surplus] = []
    elapsed = 0.0
    for lot in _fefo(lots):
        if lot.quantity <= 0:
            continue
        if lot.expiry is None:
            used = float(lot.quantity)
        else:
            window = max(0.0, _usable_days(lot.expiry, today, do_not_issue_days) - elapsed)
            used = min(float(lot.quantity), rate * window)
        unused = lot.quantity - int(used)
        if lot.expiry is not None and unused > 0:
            surplus.append(Surplus(lot, unused))
        if rate > 0:
            elapsed += used / rate
    return surplus, elapsed


def room_for(
    lot: SiteLot, lots: Sequence[SiteLot], rate: float, today: date, do_not_issue_days: int
) -> int:
    """Units of `lot` a site would use before its expiry, after its own lots expiring no later."""
    if rate <= 0 or lot.expiry is None:
        return 0
    expiry = lot.expiry
    earlier = [own for own in lots if own.expiry is not None and own.expiry <= expiry]
    _, busy = unused_units(earlier, rate, today, do_not_issue_days)
    return int(rate * max(0.0, _usable_days(expiry, today, do_not_issue_days) - busy))


def suggestions(
    stock: Mapping[str, Sequence[SiteLot]],
    rates: Mapping[str, float],
    today: date,
    do_not_issue_days: int,
) -> list[Suggestion]:
    """One item's transfer suggestions: each surplus lot to the site that would use most of it."""
    sites = sorted(set(stock) | set(rates))
    found: list[Suggestion] = []
    for source in sites:
        surplus, _ = unused_units(
            stock.get(source, ()), rates.get(source, 0.0), today, do_not_issue_days
        )
        for spare in surplus:
            best: tuple[int, str] | None = None
            for target in sites:
                if target == source:
                    continue
                room = room_for(
                    spare.lot,
                    stock.get(target, ()),
                    rates.get(target, 0.0),
                    today,
                    do_not_issue_days,
                )
                take = min(room, spare.unused)
                if take > 0 and (best is None or take > best[0]):
                    best = (take, target)
            if best is not None:
                found.append(Suggestion(source, best[1], spare.lot, best[0], spare.unused))
    return found
