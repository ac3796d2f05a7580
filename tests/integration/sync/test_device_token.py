"""The device token never sits in the database: the OS key store, else an owner-only file.

CI has no key store: PYTHON_KEYRING_BACKEND pins keyring's "fail" backend
(tests/conftest.py), which is what a machine without one gives.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from sync.client import device_token
from sync.client import settings as keys
from tests.integration.sync.conftest import Centre, Site, enrolled_site, seed_master_data


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A key store that keeps secrets in this process: stands in for the OS's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def centre(sqlite_centre: Centre) -> Centre:
    seed_master_data(sqlite_centre)
    return sqlite_centre


@pytest.fixture
def os_key_store() -> Iterator[MemoryKeyring]:
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(fail.Keyring())


def _in_database(site: Site, token: str) -> bool:
    """Does the token appear anywhere in the database's files (its WAL too)?"""
    files = [site.store.path, *site.store.path.parent.glob(site.store.path.name + "-*")]
    return any(token.encode() in f.read_bytes() for f in files)


def test_without_a_key_store_the_token_is_in_a_file_only_its_owner_can_read(
    centre: Centre, tmp_path: Path
) -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)  # pinned by PYTHON_KEYRING_BACKEND
    site = enrolled_site(centre, tmp_path, "A")
    token = site.token()

    path = device_token.token_file(site.store.engine)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert path == site.store.path.with_name("A.db.token")
    assert mode == 0o600
    assert path.read_text() == token
    assert not _in_database(site, token)
    with site.store.uow(read_only=True) as uow:
        assert uow.settings.get(keys.TOKEN_STORE) == "file"
    assert not site.sync().errors


def test_with_a_key_store_the_token_is_kept_there_and_no_file_is_written(
    centre: Centre, tmp_path: Path, os_key_store: MemoryKeyring
) -> None:
    site = enrolled_site(centre, tmp_path, "A")

    assert not site.sync().errors

    (kept,) = os_key_store.secrets.values()
    assert site.token() == kept
    assert not device_token.token_file(site.store.engine).exists()
    assert not _in_database(site, kept)
    with site.store.uow(read_only=True) as uow:
        assert uow.settings.get(keys.TOKEN_STORE) == "keyring"


def test_a_token_an_older_version_kept_in_the_database_moves_out_on_the_next_round(
    centre: Centre, tmp_path: Path
) -> None:
    site = enrolled_site(centre, tmp_path, "A")
    token = site.token()
    device_token.token_file(site.store.engine).unlink()
    with site.store.uow() as uow:  # as a database from before this change holds it
        uow.settings.put(keys.TOKEN, token)
        uow.settings.put(keys.TOKEN_STORE, "")
        uow.commit()

    assert not site.sync().errors

    with site.store.uow(read_only=True) as uow:
        assert uow.settings.get(keys.TOKEN) == ""
    assert device_token.token_file(site.store.engine).read_text() == token
    assert not site.sync().errors


def test_a_file_left_with_wider_rights_is_made_owner_only_when_written(
    centre: Centre, tmp_path: Path
) -> None:
    site = enrolled_site(centre, tmp_path, "A")
    path = device_token.token_file(site.store.engine)
    path.chmod(0o644)

    site.register(centre.base, centre.code("A"))

    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
