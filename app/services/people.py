"""People: log-in by name and PIN or by badge, the lock after wrong PINs, new users.

Authentication is where a credential is checked, once per log-in, upload or
override; it hands back an Actor the executor trusts. Every wrong PIN is
audited; `lockout_attempts` of them in a row since the user's last success
lock the user for `lockout_minutes` on this site, by this machine's clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.domain.clock import Clock
from app.domain.credentials import check_secret, hash_secret, needs_rehash
from app.domain.identity import Actor, Credential
from app.domain.model import Role, User
from app.errors import Code, Refused
from app.services.commands import ChangeOwnPin
from app.services.context import ActionResult, Context, done
from app.services.ports import UnitOfWork
from app.services.settings import device_name, site_setting

MIN_PIN = {Role.OPERATOR: 4, Role.SUPERVISOR: 6, Role.QA: 6, Role.ADMIN: 6}


def pin_problem(role: Role, pin: str) -> str | None:
    """Why a PIN is too weak for the role, or None. Roles that can override, release or
    close a recall need six characters: a four-digit PIN falls to an offline search."""
    need = MIN_PIN[role]
    return None if len(pin) >= need else f"a PIN for {role.value} needs at least {need} characters"


def authenticate(
    uow: UnitOfWork, clock: Clock, username: str, pin: str, device: str = "", via: str = "pin"
) -> Actor:
    """The person behind `username`, or Refused (BAD_CREDENTIALS, LOCKED_OUT); always audited
    when it fails. `via` says where the PIN was typed (log-in, cli, batch, override)."""
    with uow:
        device = device or device_name(uow)
        ctx = Context(uow, clock, Actor.system(device))
        now = ctx.now
        name = username.strip()
        failures, locked_until = uow.login_failures.get(name)
        if locked_until is not None and now < locked_until:
            ctx.change(
                "login_refused",
                "user",
                name,
                None,
                {"why": "locked", "locked_until": locked_until, "via": via},
            )
            ctx.flush()
            uow.commit()
            raise Refused(
                Code.LOCKED_OUT,
                f"{name} is locked until {locked_until.isoformat()}",
                user=name,
                until=locked_until,
            )
        if locked_until is not None:
            failures = 0  # the lock has run out: a fresh set of tries
        user = uow.users.get(name) if name else None
        if user is None or not user.active or not check_secret(pin, user.pin_hash):
            attempts = int(site_setting(uow, "lockout_attempts"))
            lock = (
                now + timedelta(minutes=int(site_setting(uow, "lockout_minutes")))
                if failures + 1 >= attempts
                else None
            )
            if locked_until is not None:
                uow.login_failures.clear(name)
            count = uow.login_failures.failed(name, now, lock)
            ctx.change("login_failed", "user", name, None, {"failures": count, "via": via})
            if lock is not None:
                ctx.change(
                    "lock_user", "user", name, None, {"locked_until": lock, "failures": count}
                )
            ctx.flush()
            uow.commit()
            if lock is not None:
                raise Refused(
                    Code.LOCKED_OUT,
                    f"{name} is locked until {lock.isoformat()}",
                    user=name,
                    until=lock,
                )
            raise Refused(Code.BAD_CREDENTIALS, "wrong user name or PIN", user=name)
        if failures or locked_until is not None:
            uow.login_failures.clear(name)
        if needs_rehash(user.pin_hash):
            user.pin_hash = hash_secret(pin)
            uow.users.set_pin_hash(user.username, user.pin_hash)
            ctx.change("rehash_pin", "user", user.username, None, {"scheme": "current"})
        if via == "login":
            ctx.change("log_in", "user", user.username, None, {"via": via})
        ctx.flush()
        uow.commit()
    return _actor(user, device, Credential.PIN)


def authenticate_badge(uow: UnitOfWork, badge: str, device: str = "") -> Actor:
    with uow:
        user = uow.users.get_by_badge(badge)
        device = device or device_name(uow)
    if user is None or not user.active:
        raise Refused(Code.BAD_CREDENTIALS, "this badge belongs to no active user")
    return _actor(user, device, Credential.BADGE)


def vouched(uow: UnitOfWork, username: str, device: str) -> Actor:
    """A batch line's operator named without a PIN: the uploader's word; an operator's
    actions only (the executor checks)."""
    with uow:
        user = uow.users.get(username) if username else None
    if user is None or not user.active:
        raise Refused(Code.UNKNOWN_USER, f"no active user {username!r}", user=username)
    return _actor(user, device, Credential.VOUCHED)


def _actor(user: User, device: str, credential: Credential) -> Actor:
    return Actor(user.username, user.role, user.display_name, device, credential)


def add_user(
    ctx: Context,
    username: str,
    role: Role,
    pin: str,
    display_name: str = "",
    badge: str = "",
) -> User:
    """Within the caller's transaction (imports add many at once)."""
    if ctx.uow.users.get(username) is not None:
        raise Refused(Code.BAD_FIELD, f"user {username!r} already exists", user=username)
    user = ctx.uow.users.add(
        User(username, display_name or username, role, hash_secret(pin), badge=badge)
    )
    ctx.change(
        "create_user",
        "user",
        username,
        None,
        {"username": username, "role": role.value, "display_name": user.display_name},
    )
    return user


def log_out(uow: UnitOfWork, clock: Clock, actor: Actor, why: str) -> None:
    """The end of a desktop session (log-out, switch user, the idle lock), audited."""
    with uow:
        ctx = Context(uow, clock, Actor.system(actor.device))
        ctx.change("log_out", "user", actor.username, None, {"why": why})
        ctx.flush()
        uow.commit()


def change_own_pin(ctx: Context, cmd: ChangeOwnPin) -> ActionResult:
    user = ctx.uow.users.get(ctx.username)
    assert user is not None  # the executor checked the actor is an active user
    problem = pin_problem(user.role, cmd.new_pin)
    if problem:
        raise Refused(Code.WEAK_PIN, problem, role=user.role.value, need=MIN_PIN[user.role])
    ctx.uow.users.set_pin_hash(user.username, hash_secret(cmd.new_pin))
    # The audit says that it changed, never what to.
    ctx.change(
        "change_pin",
        "user",
        user.username,
        None,
        {"pin_changed": True},
        ("user_pin_changed", {"username": user.username}),
    )
    return done(f"PIN of {user.username} changed")


HANDLERS: dict[type, Any] = {ChangeOwnPin: change_own_pin}
