"""Joining the symbols of one pack: GTIN on one barcode, lot/expiry on another.

One `ScanAssembler` per input device, fed scans in the order they arrive
with their time (injected: no clock is read here). A scan that needs nothing
passes straight through. A partial scan (a lot/expiry symbol without its
GTIN, a HIBC secondary without its primary) is held until the symbol that
completes it arrives within the window. A GTIN-only or HIBC-primary-only scan
is complete by itself, so it is delivered at once, but it is also kept for
the window: a following lot/expiry symbol then amends it (`Assembly.amends`).
A symbol that contradicts what is held (another GTIN, another lot, a HIBC
link character that does not match) never gets mixed in: the held scan is
dropped and reported (`Assembly.dropped`, reason CONFLICT).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

from scanning.scan import Scan, Scheme

_T = TypeVar("_T")

DropReason = Literal["CONFLICT", "TIMED_OUT"]


@dataclass(frozen=True, slots=True)
class Assembly:
    """What one fed scan led to.

    scan      the complete scan to use, or (if `complete` is false) what is held so far
    missing   what the held scan still needs, e.g. ("gtin",); empty when complete
    amends    a complete scan delivered earlier that `scan` extends (update it, don't add)
    dropped   a held scan thrown away because of this one, and why
    """

    scan: Scan
    missing: tuple[str, ...] = ()
    amends: Scan | None = None
    dropped: Scan | None = None
    drop_reason: DropReason | None = None

    @property
    def complete(self) -> bool:
        return not self.missing


class ScanAssembler:
    def __init__(self, window: float = 5.0) -> None:
        """``window``: seconds within which the next symbol counts as the same pack."""
        self.window = window
        self._held: Scan | None = None
        self._held_at = 0.0

    def feed(self, scan: Scan, at: float) -> Assembly:
        """Take the next scan from this device, read at time ``at`` (seconds)."""
        dropped = self.expire(at)
        reason: DropReason | None = "TIMED_OUT" if dropped is not None else None
        held = self._held
        if held is not None:
            merged = _merge(held, scan)
            if merged is not None:
                return self._after_merge(held, merged, at, dropped, reason)
            if not held.complete:
                dropped, reason = held, "CONFLICT"
            self._held = None
        if scan.complete:
            self._keep_if_amendable(scan, at)
            return Assembly(scan=scan, dropped=dropped, drop_reason=reason)
        self._held, self._held_at = scan, at
        return Assembly(scan=scan, missing=scan.missing, dropped=dropped, drop_reason=reason)

    def expire(self, at: float) -> Scan | None:
        """Forget what is held if the window has passed; returns a partial scan that was lost."""
        if self._held is None or at - self._held_at <= self.window:
            return None
        held, self._held = self._held, None
        return None if held.complete else held

    @property
    def pending(self) -> Scan | None:
        """The partial scan waiting for its other symbol, if any."""
        return self._held if self._held is not None and not self._held.complete else None

    def _after_merge(
        self,
        held: Scan,
        merged: Scan,
        at: float,
        dropped: Scan | None,
        reason: DropReason | None,
    ) -> Assembly:
        if not merged.complete:
            self._held, self._held_at = merged, at
            return Assembly(scan=merged, missing=merged.missing)
        self._held = None
        amends = held if held.complete else None
        if amends is None:
            self._keep_if_amendable(merged, at)
        return Assembly(scan=merged, amends=amends, dropped=dropped, drop_reason=reason)

    def _keep_if_amendable(self, scan: Scan, at: float) -> None:
        # Only an identifier with nothing else can still be followed by its lot symbol.
        if scan.lot is None and scan.serial is None and scan.expiry is None:
            self._held, self._held_at = scan, at


class _Conflict(Exception):
    pass


def _one(a: _T | None, b: _T | None) -> _T | None:
    if a is not None and b is not None and a != b:
        raise _Conflict
    return a if a is not None else b


def _merge(first: Scan, second: Scan) -> Scan | None:
    """The two symbols as one scan, or None if they cannot belong to one pack."""
    if first.complete and second.complete:
        return None  # two identifiers: two items, even if equal (scanned twice)
    if (first.scheme == "hibc") != (second.scheme == "hibc"):
        return None
    try:
        ais = dict(first.ais)
        for ai, value in second.ais.items():
            _one(ais.setdefault(ai, value), value)
        gtin, hibc = _one(first.gtin, second.gtin), _one(first.hibc, second.hibc)
        identified = first if first.complete else second
        scheme: Scheme = "gs1" if "gs1" in (first.scheme, second.scheme) else first.scheme
        return Scan(
            scheme=scheme,
            raw=f"{first.raw}\n{second.raw}",
            symbology=identified.symbology,
            gtin=gtin,
            hibc=hibc,
            lot=_one(first.lot, second.lot),
            expiry=_one(first.expiry, second.expiry),
            production_date=_one(first.production_date, second.production_date),
            serial=_one(first.serial, second.serial),
            quantity=_one(first.quantity, second.quantity),
            ais=ais,
            missing=() if gtin or hibc else _union(first.missing, second.missing),
            hibc_link=_one(first.hibc_link, second.hibc_link),
        )
    except _Conflict:
        return None


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))
