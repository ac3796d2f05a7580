"""Users: log-in by name and PIN or by badge, and creating them."""

from __future__ import annotations

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.credentials import check_secret, hash_secret
from app.domain.model import Role, User
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name


def authenticate(uow: UnitOfWork, username: str, pin: str) -> User:
    with uow:
        user = uow.users.get(username)
    if user is None or not user.active or not check_secret(pin, user.pin_hash):
        raise DomainError(Code.BAD_CREDENTIALS, "wrong user name or PIN")
    return user


def authenticate_badge(uow: UnitOfWork, badge: str) -> User:
    with uow:
        user = uow.users.get_by_badge(badge)
    if user is None or not user.active:
        raise DomainError(Code.BAD_CREDENTIALS, "this badge belongs to no active user")
    return user


def add_user(
    uow: UnitOfWork,
    clock: Clock,
    by: str,
    username: str,
    role: Role,
    pin: str,
    display_name: str = "",
    badge: str = "",
) -> User:
    """Within the caller's transaction: the caller commits (imports add many at once)."""
    if uow.users.get(username) is not None:
        raise DomainError(Code.BAD_REQUEST, f"user {username!r} already exists")
    user = uow.users.add(
        User(username, display_name or username, role, hash_secret(pin), badge=badge)
    )
    uow.audit.append(
        clock.now(),
        by,
        device_name(uow),
        "create_user",
        "user",
        username,
        None,
        {"username": username, "role": role.value, "display_name": user.display_name},
    )
    return user
