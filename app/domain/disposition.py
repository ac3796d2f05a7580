"""The closed loop's rules: what may be done about a warning, by when, and what closes it.

Every open warning has an owner and a due time by its level. Its owner picks
one disposition (the templates below); the warning closes when the
disposition's own action is done — a movement of one of the types in
`CLOSES_ON` of the lot, made after the choice — or, for "no action", when a
supervisor other than the person who chose it accepts the reason.

The fallback (备用方案) of a warning is the next feasible template after the
chosen one on `LADDER`, the order of least loss: use it here first, send it
where it will be used, give it back, check it again, and only then dispose
of it or write it off. A warning with nothing chosen yet is shown its
recommendation (the first feasible rung) and that rung's fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from app.domain.model import Level


class Disposition(StrEnum):
    USE_FIRST = "use_first"
    TRANSFER = "transfer"
    RETURN_TO_SUPPLIER = "return_to_supplier"
    SECOND_INSPECTION = "second_inspection"
    DISPOSE = "dispose"
    WRITE_OFF = "write_off"
    NO_ACTION = "no_action"


# The movement type the transfers between sites record when stock leaves for
# another site (that work defines it; the rule matches the stored string).
TRANSFER_OUT = "transfer_out"

CLOSES_ON: Mapping[Disposition, frozenset[str]] = {
    Disposition.USE_FIRST: frozenset({"pick"}),
    Disposition.TRANSFER: frozenset({TRANSFER_OUT}),
    Disposition.RETURN_TO_SUPPLIER: frozenset({"return_to_supplier"}),
    Disposition.SECOND_INSPECTION: frozenset({"qc_release", "qc_reject"}),
    Disposition.DISPOSE: frozenset({"dispose"}),
    Disposition.WRITE_OFF: frozenset({"dispose", "count_adjust"}),
    Disposition.NO_ACTION: frozenset(),
}
"""What closes a warning with this disposition: a movement of the lot of one of these types."""

DISPOSALS: frozenset[str] = (
    CLOSES_ON[Disposition.RETURN_TO_SUPPLIER]
    | CLOSES_ON[Disposition.DISPOSE]
    | CLOSES_ON[Disposition.WRITE_OFF]
)
"""Movements that take a lot out of the store for good (a disposal in the KPIs' sense)."""

LADDER: tuple[Disposition, ...] = (
    Disposition.USE_FIRST,
    Disposition.TRANSFER,
    Disposition.RETURN_TO_SUPPLIER,
    Disposition.SECOND_INSPECTION,
    Disposition.DISPOSE,
    Disposition.WRITE_OFF,
)


@dataclass(frozen=True, slots=True)
class DueTimes:
    """How long an owner has to choose and carry out a disposition, by the warning's level."""

    critical_days: int = 1
    warning_days: int = 3
    notice_days: int = 7

    def due_after(self, level: Level) -> timedelta:
        days = {
            Level.EXPIRED: self.critical_days,
            Level.CRITICAL: self.critical_days,
            Level.WARNING: self.warning_days,
            Level.NOTICE: self.notice_days,
        }[level]
        return timedelta(days=days)


@dataclass(frozen=True, slots=True)
class Feasible:
    """What the lot's state allows, as far as a list can tell without asking anyone."""

    usable: bool
    """Still inside its usable life (before the do-not-issue window): it can be used."""
    returnable: bool
    """Its supplier takes it back: received within the supplier's return window."""
    has_lot: bool = True
    """A lot warning; an item's own (low stock) has no lot to move."""

    def allows(self, disposition: Disposition) -> bool:
        if not self.has_lot:
            return disposition is Disposition.NO_ACTION
        if disposition in (
            Disposition.USE_FIRST,
            Disposition.TRANSFER,
            Disposition.SECOND_INSPECTION,  # a second look may free a lot near expiry, not after
        ):
            return self.usable
        if disposition is Disposition.RETURN_TO_SUPPLIER:
            return self.returnable
        return True


def recommended(feasible: Feasible) -> Disposition:
    """The first feasible rung of the ladder (no action for a warning with no lot)."""
    return next((d for d in LADDER if feasible.allows(d)), Disposition.NO_ACTION)


def fallback(chosen: Disposition | None, feasible: Feasible) -> Disposition | None:
    """The next-best action: the next feasible rung after the chosen (or recommended) one.

    "No action" falls back to the recommendation: if the supervisor does not
    accept the reason, that is what is left to do.
    """
    first = chosen or recommended(feasible)
    if first is Disposition.NO_ACTION:
        again = recommended(feasible)
        return None if again is Disposition.NO_ACTION else again
    after = LADDER[LADDER.index(first) + 1 :]
    return next((d for d in after if feasible.allows(d)), None)
