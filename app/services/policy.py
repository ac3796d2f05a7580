"""Reading and changing the store's policy: warning tiers and do-not-issue windows."""

from __future__ import annotations

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.model import Role
from app.domain.policy import Policy
from app.domain.rules import permitted
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name


def may_set_policy(role: Role) -> bool:
    return permitted(role, "set_policy")


def current_policy(uow: UnitOfWork) -> Policy:
    with uow:
        return uow.settings.policy()


def set_policy(uow: UnitOfWork, clock: Clock, user: str, policy: Policy, device: str = "") -> None:
    """Store `policy`; only a supervisor or an administrator may, and it is audited."""
    _check(policy)
    with uow:
        who = uow.users.get(user)
        if who is None or not who.active:
            raise DomainError(Code.UNKNOWN_USER, f"no active user {user!r}")
        if not may_set_policy(who.role):
            raise DomainError(Code.NOT_PERMITTED, f"{user} may not change the policy")
        before = uow.settings.policy()
        if before == policy:
            raise DomainError(Code.NOTHING_TO_DO, "the policy is unchanged")
        uow.settings.set_policy(policy)
        now = clock.now()
        device = device or device_name(uow)
        uow.audit.append(
            now,
            user,
            device,
            "set_policy",
            "settings",
            "policy",
            before.to_json(),
            policy.to_json(),
        )
        uow.outbox.append("policy", policy.to_json(), now, user)
        uow.commit()


def _check(policy: Policy) -> None:
    tier_sets = [policy.tiers, *policy.tiers_by_category.values()]
    for tiers in tier_sets:
        if not tiers:
            raise DomainError(Code.BAD_REQUEST, "a tier list needs at least one tier")
        if any(t.days < 0 for t in tiers):
            raise DomainError(Code.BAD_REQUEST, "tier days must be 0 or more")
        if len({t.days for t in tiers}) != len(tiers):
            raise DomainError(Code.BAD_REQUEST, "two tiers have the same number of days")
    windows = [policy.do_not_issue_days, *policy.do_not_issue_by_category.values()]
    if any(days < 0 for days in windows):
        raise DomainError(Code.BAD_REQUEST, "do-not-issue days must be 0 or more")
