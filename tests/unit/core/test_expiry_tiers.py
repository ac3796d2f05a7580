"""Which warning tier applies where: a lot's tier by its category, the near-expiry horizon."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.model import Level
from app.domain.policy import Policy, Tier
from app.services.expiry_tiers import lot_level, warning_horizon_days

TODAY = date(2027, 3, 1)


def test_a_lots_tier_follows_its_category_and_the_defaults_without_one() -> None:
    implant = (Tier(180, Level.NOTICE), Tier(90, Level.WARNING))
    policy = Policy(tiers_by_category={"implant": implant})
    expiry = TODAY + timedelta(days=100)
    assert lot_level(policy, "implant", expiry, TODAY) is Level.NOTICE
    assert lot_level(policy, "gauze", expiry, TODAY) is None
    assert lot_level(policy, None, TODAY + timedelta(days=5), TODAY) is Level.CRITICAL
    assert lot_level(policy, None, None, TODAY) is None


def test_the_near_expiry_list_looks_as_far_ahead_as_the_widest_default_tier() -> None:
    assert warning_horizon_days(Policy()) == 60
    policy = Policy(tiers=(Tier(7, Level.CRITICAL), Tier(120, Level.NOTICE)))
    assert warning_horizon_days(policy) == 120
    assert warning_horizon_days(Policy(tiers=())) == 0
