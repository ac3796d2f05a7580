"""What will expire unused: lots of an item consumed in FEFO order at the item's daily usage.

The rule (issue 12): u = units picked minus units returned to stock over the
`usage_days` before the forecast date, ÷ `usage_days`. A lot's usable days =
its expiry − the do-not-issue window − the forecast date (a lot expiring
tomorrow, with no window, has 1). Lots are used one after another in FEFO
order; a lot starts being used when the lots ahead of it are used up or
have stopped being usable, whichever comes first, and is used at u until it
is used up or its own usable days run out. The units predicted unused =
max(0, quantity − u × the usable days it gets). Zero usage leaves every unit
unused; a lot without expiry never expires unused (and, last in FEFO order,
delays no other lot).

Example: u = 4/day, lot A 60 units usable for 10 days, lot B 200 units
usable for 40: A gets days 0–10 and leaves 60 − 40 = 20; B gets days
10–40 and leaves 200 − 4 × 30 = 80.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from fractions import Fraction


def net_use(picked: int, returned: int) -> int:
    """Units used: picked minus returned to stock, never below 0."""
    return max(0, picked - returned)


def daily_usage(picked: int, returned: int, days: int) -> Fraction:
    """u: units used (`net_use`) over `days`, per day."""
    return Fraction(net_use(picked, returned), max(1, days))


def units_unused(net: int, days: int, lots: Iterable[tuple[int, int | None]]) -> Iterator[int]:
    """For each lot (quantity, usable days or None without expiry), in FEFO order, the units
    left unused at u = net ÷ days.

    Whole numbers only (a million lots pass through here): time is counted in
    units of 1 ÷ (net × days) of a day, so u × t is exact and `//` floors it.
    """
    if net <= 0:
        for quantity, usable_days in lots:
            yield 0 if usable_days is None else quantity
        return
    used_until = 0  # net × the day the lots so far stop being used
    for quantity, usable_days in lots:
        if usable_days is None:
            yield 0
            continue
        ahead = net * usable_days - used_until  # days × the units it can use before its end
        if ahead <= 0:
            yield quantity  # the lots ahead of it last beyond its usable life
        elif ahead >= days * quantity:
            used_until += days * quantity
            yield 0
        else:
            used_until = net * usable_days  # it stops being usable first: the next lot takes over
            yield quantity - ahead // days
