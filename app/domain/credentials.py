"""PINs and passwords, stored only as a slow salted hash: argon2id.

Argon2id with t=3 passes over 64 MiB (RFC 9106's second recommended
setting, with one lane): one guess costs 134-142 ms on this project's 2-core
machine (t=2 gave 96-103 ms there, under the 100 ms a guess must cost; an
older machine of the same kind took 168-171 ms at t=2), so an offline search
of a 6-digit PIN space takes days on such a machine instead of seconds.
Tests may lower the cost with LOTKEEPER_ARGON2_TIME_COST and
LOTKEEPER_ARGON2_MEMORY_KIB; a hash made with other parameters (or an older
scrypt hash, still verified) answers `needs_rehash`, so a log-in can store
a new hash once the PIN is known to be right.

argon2-cffi is the one package beyond the standard library the domain uses:
the hash is a rule about secrets, not an adapter.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 1
TIME_COST_ENV = "LOTKEEPER_ARGON2_TIME_COST"
MEMORY_ENV = "LOTKEEPER_ARGON2_MEMORY_KIB"


def _hasher() -> PasswordHasher:
    """Read each time, so a test run's setting applies wherever the hash is made."""
    return PasswordHasher(
        time_cost=int(os.environ.get(TIME_COST_ENV) or TIME_COST),
        memory_cost=int(os.environ.get(MEMORY_ENV) or MEMORY_KIB),
        parallelism=PARALLELISM,
        type=Type.ID,
    )


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


def check_secret(secret: str, stored: str) -> bool:
    if stored.startswith("$argon2"):
        try:
            return _hasher().verify(stored, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
    return _check_scrypt(secret, stored)


def needs_rehash(stored: str) -> bool:
    """A hash made otherwise than `hash_secret` makes one now (scrypt, other parameters)."""
    if not stored.startswith("$argon2id$"):
        return True
    try:
        return _hasher().check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


# The hashes stores made before argon2id: verified until rehashed at log-in.
def _check_scrypt(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual.hex(), digest)


def new_password(length: int = 12) -> str:
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(length))
