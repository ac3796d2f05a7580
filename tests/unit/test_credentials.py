"""PIN hashes: argon2id at a cost that makes guessing slow; old scrypt hashes still open."""

from __future__ import annotations

import hashlib
import time

import pytest

from app.domain import credentials
from app.domain.credentials import check_secret, hash_secret, needs_rehash


def _scrypt(secret: str) -> str:
    """A hash as stores wrote them before argon2id."""
    salt = bytes(range(16))
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"


def test_a_pin_is_hashed_with_argon2id_and_only_its_own_pin_opens_it() -> None:
    stored = hash_secret("246810")
    assert stored.startswith("$argon2id$") and "246810" not in stored
    assert check_secret("246810", stored)
    assert not check_secret("246811", stored)
    assert hash_secret("246810") != stored  # salted
    assert not needs_rehash(stored)


def test_an_old_scrypt_hash_still_opens_and_asks_to_be_rehashed() -> None:
    stored = _scrypt("1234")
    assert check_secret("1234", stored)
    assert not check_secret("1235", stored)
    assert needs_rehash(stored)


def test_a_damaged_or_revoked_hash_opens_nothing_and_never_raises() -> None:
    for stored in ("garbage", "!revoked", "$argon2id$v=19$m=1,t=1,p=1$xx$yy", "scrypt$x", ""):
        assert not check_secret("1234", stored)
        assert needs_rehash(stored)


def test_a_hash_made_at_another_cost_still_opens_and_asks_to_be_rehashed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored = hash_secret("135790")
    monkeypatch.setenv(credentials.TIME_COST_ENV, "3")
    assert check_secret("135790", stored)
    assert needs_rehash(stored)


def test_one_guess_at_the_shipped_cost_takes_at_least_100_ms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(credentials.TIME_COST_ENV, raising=False)
    monkeypatch.delenv(credentials.MEMORY_ENV, raising=False)
    stored = hash_secret("123456")
    assert "m=65536,t=3,p=1" in stored
    # The fastest of three: a busy machine only makes a guess slower.
    took = []
    for _ in range(3):
        began = time.perf_counter()
        assert not check_secret("654321", stored)
        took.append(time.perf_counter() - began)
    assert min(took) >= 0.1, f"one guess took {min(took) * 1000:.0f} ms"
