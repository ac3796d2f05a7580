"""The centre's admin accounts, their web sessions, and every log-in attempt.

Passwords are hashed with argon2id (argon2-cffi's defaults: each hash has
its own salt and names its cost, so raising the cost later re-hashes on the
next log-in). A session is a random cookie; the centre keeps only its
SHA-256, with the session's CSRF token, and ends it after IDLE without a
request or LIFETIME after log-in, whichever comes first.

Log-ins are limited: after MAX_FAILURES failed attempts on one account, or
MAX_CLIENT_FAILURES from one client address, within WINDOW, further
attempts are refused without the password being looked at, until the
window has moved past them. Every attempt, whatever its outcome, is a row
of `admin_logins`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, func, insert, select, update

from sync.server import schema as s

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=8)
WINDOW = timedelta(minutes=15)
MAX_FAILURES = 5
MAX_CLIENT_FAILURES = 20
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

_HASHER = PasswordHasher()  # argon2id
# Checked when the account does not exist, so an unknown name costs as long as a known one.
_DUMMY = _HASHER.hash(secrets.token_hex(16))


class AdminProblem(ValueError):
    """What is wrong with an `server admin` request, for the command line."""


class Outcome(StrEnum):
    OK = "ok"
    WRONG_PASSWORD = "wrong_password"
    UNKNOWN_USER = "unknown_user"
    DISABLED = "disabled"
    LIMITED = "limited"  # too many failures lately: the password was not checked


@dataclass(frozen=True, slots=True)
class Session:
    username: str
    csrf: str
    token_hash: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_username(username: str) -> str:
    if not USERNAME.match(username):
        raise AdminProblem(
            "a user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit"
        )
    return username


def add(engine: Engine, username: str, password: str, now: datetime) -> None:
    check_username(username)
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AdminProblem(f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    with engine.begin() as conn:
        t = s.admin_users.c
        if conn.execute(select(t.username).where(t.username == username)).first():
            raise AdminProblem(f"admin {username!r} exists already")
        conn.execute(
            insert(s.admin_users).values(
                username=username, password_hash=_HASHER.hash(password), created_at=now
            )
        )


def listing(engine: Engine) -> list[dict[str, Any]]:
    t = s.admin_users.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.username, t.created_at, t.disabled_at).order_by(t.username)
        ).mappings()
        return [dict(r) for r in rows]


def disable(engine: Engine, username: str, now: datetime) -> None:
    """The account can no longer log in, and its open sessions end now."""
    t = s.admin_users.c
    with engine.begin() as conn:
        found = conn.execute(select(t.disabled_at).where(t.username == username)).first()
        if found is None:
            raise AdminProblem(f"no admin {username!r}")
        if found[0] is not None:
            raise AdminProblem(f"admin {username!r} is disabled already")
        conn.execute(update(s.admin_users).where(t.username == username).values(disabled_at=now))
        sessions = s.admin_sessions.c
        conn.execute(
            update(s.admin_sessions)
            .where(sessions.username == username, sessions.ended_at.is_(None))
            .values(ended_at=now)
        )


def _failures(conn: Connection, column: Any, value: str, since: datetime) -> int:
    t = s.admin_logins.c
    return int(
        conn.execute(
            select(func.count()).where(column == value, t.at >= since, t.outcome != Outcome.OK)
        ).scalar_one()
    )


def log_in(
    engine: Engine, username: str, password: str, client: str, now: datetime
) -> tuple[Outcome, str | None]:
    """The outcome, recorded; with OK, the new session's cookie value."""
    username = username[:64]
    client = client[:64]
    t = s.admin_logins.c
    with engine.begin() as conn:
        since = now - WINDOW
        limited = (
            _failures(conn, t.username, username, since) >= MAX_FAILURES
            or _failures(conn, t.client, client, since) >= MAX_CLIENT_FAILURES
        )
        outcome = Outcome.LIMITED if limited else _check(conn, username, password)
        conn.execute(
            insert(s.admin_logins).values(username=username, client=client, at=now, outcome=outcome)
        )
        if outcome is not Outcome.OK:
            return outcome, None
        token = secrets.token_urlsafe(32)
        conn.execute(
            insert(s.admin_sessions).values(
                token_hash=_digest(token),
                username=username,
                csrf=secrets.token_urlsafe(32),
                created_at=now,
                last_seen=now,
            )
        )
        return outcome, token


def _check(conn: Connection, username: str, password: str) -> Outcome:
    u = s.admin_users.c
    row = conn.execute(select(u.password_hash, u.disabled_at).where(u.username == username)).first()
    stored = row[0] if row is not None else _DUMMY
    try:
        _HASHER.verify(stored, password[:MAX_PASSWORD])
        matched = True
    except (VerificationError, InvalidHashError):
        matched = False
    if row is None:
        return Outcome.UNKNOWN_USER
    if not matched:
        return Outcome.WRONG_PASSWORD
    if row[1] is not None:
        return Outcome.DISABLED
    if _HASHER.check_needs_rehash(stored):
        conn.execute(
            update(s.admin_users)
            .where(u.username == username)
            .values(password_hash=_HASHER.hash(password))
        )
    return Outcome.OK


def session_of(engine: Engine, token: str | None, now: datetime) -> Session | None:
    """The live session the cookie names (and it is seen now), or None."""
    if not token or len(token) > 100:
        return None
    t = s.admin_sessions.c
    u = s.admin_users.c
    digest = _digest(token)
    with engine.begin() as conn:
        row = conn.execute(
            select(t.username, t.csrf, t.created_at, t.last_seen)
            .join_from(s.admin_sessions, s.admin_users, u.username == t.username)
            .where(t.token_hash == digest, t.ended_at.is_(None), u.disabled_at.is_(None))
        ).first()
        if row is None:
            return None
        username, csrf, created, seen = row
        if now - seen > IDLE or now - created > LIFETIME:
            conn.execute(
                update(s.admin_sessions).where(t.token_hash == digest).values(ended_at=now)
            )
            return None
        conn.execute(update(s.admin_sessions).where(t.token_hash == digest).values(last_seen=now))
    return Session(username, csrf, digest)


def log_out(engine: Engine, session: Session, now: datetime) -> None:
    t = s.admin_sessions.c
    with engine.begin() as conn:
        conn.execute(
            update(s.admin_sessions).where(t.token_hash == session.token_hash).values(ended_at=now)
        )


def attempts(engine: Engine, username: str | None = None) -> list[dict[str, Any]]:
    """Log-in attempts, newest first (for `server admin list --attempts` and the tests)."""
    t = s.admin_logins.c
    query = select(t.username, t.client, t.at, t.outcome).order_by(t.id.desc()).limit(1000)
    if username is not None:
        query = query.where(t.username == username)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
