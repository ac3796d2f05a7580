"""Where a site keeps its device token: the OS key store, else a file only its owner reads.

The token is the device's password at the centre, so it is kept out of the
database (which backups copy and anyone may be able to read): in the OS key
store through `keyring` (Windows Credential Manager, the macOS Keychain, the
Secret Service of a Linux desktop) when one answers, otherwise in
`<database>.token` beside the database, created with mode 0600. The
settings table says which (`sync.token_store`: "keyring" or "file").
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine

from sync.client.errors import ErrorKind, SyncError

SERVICE = "lotkeeper-sync"
KEYRING = "keyring"
FILE = "file"


def token_file(engine: Engine) -> Path:
    database = engine.url.database
    if not database:
        raise SyncError(ErrorKind.NOT_REGISTERED, "this store has no database file for its token")
    return Path(database).resolve().with_name(Path(database).name + ".token")


def _account(store_id: str) -> str:
    return f"device-token:{store_id}"


def save(engine: Engine, store_id: str, token: str) -> str:
    """Keep the token; returns where it went (KEYRING or FILE)."""
    try:
        keyring.set_password(SERVICE, _account(store_id), token)
        if keyring.get_password(SERVICE, _account(store_id)) == token:
            token_file(engine).unlink(missing_ok=True)  # no second, weaker copy
            return KEYRING
    except KeyringError:
        pass  # no key store here (a server, CI): the file below
    _write_private(token_file(engine), token)
    return FILE


def load(engine: Engine, store_id: str, where: str) -> str | None:
    if where == KEYRING:
        try:
            found: str | None = keyring.get_password(SERVICE, _account(store_id))
        except KeyringError as exc:
            raise SyncError(
                ErrorKind.TOKEN,
                f"the OS key store holding this device's token cannot be read ({exc}): "
                "register the site again",
            ) from exc
        return found
    path = token_file(engine)
    try:
        return path.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SyncError(
            ErrorKind.TOKEN, f"this device's token file {path} cannot be read ({exc.strerror})"
        ) from exc


def forget(engine: Engine, store_id: str) -> None:
    """The old identity's token in the key store, when the store takes a new identity."""
    with contextlib.suppress(KeyringError):  # already gone, or no key store
        keyring.delete_password(SERVICE, _account(store_id))


def _write_private(path: Path, token: str) -> None:
    """Written whole under a temporary name with mode 0600, then moved into place."""
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):  # also when the file was left over with wider rights
            os.fchmod(fd, 0o600)
        os.write(fd, token.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
