"""Which warning tier applies where: a lot's tier by its category, the near-expiry horizon."""

from __future__ import annotations

from datetime import date

from app.domain.model import Level
from app.domain.policy import Policy
from app.domain.rules import expiry_level


def lot_level(
    policy: Policy, category: str | None, expiry: date | None, today: date
) -> Level | None:
    """The warning tier a lot is in today, by its item's category (default tiers without one)."""
    return expiry_level(expiry, today, policy.tiers_for(category or ""))


def warning_horizon_days(policy: Policy) -> int:
    """How far ahead the near-expiry list looks: the widest default warning tier."""
    return max([t.days for t in policy.tiers] + [0])
