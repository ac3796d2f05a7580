"""Released schema versions upgrade on open; files that are not ours are left alone."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.adapters.database import DatabaseError, open_database
from app.adapters.migrate import current_revision, head_revision
from app.adapters.store import Store
from app.domain.audit import verify_chain

FIXTURES = Path(__file__).parents[2] / "fixtures" / "db"
RELEASED = sorted(FIXTURES.glob("lotkeeper-*.db"))


def _revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("items", "lots", "stock", "movements", "audit", "users", "outbox")
        }
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_database_of_every_released_schema_is_kept() -> None:
    assert RELEASED, "tests/fixtures/db holds no released database"
    assert {_revision(p) for p in RELEASED} >= {"0001", "0002_central_holds"}


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.name for p in RELEASED])
def test_opening_a_released_database_upgrades_it_to_head_and_keeps_its_data(
    fixture: Path, tmp_path: Path
) -> None:
    path = shutil.copyfile(fixture, tmp_path / "store.db")
    original = path.read_bytes()
    old_revision = _revision(path)
    before = _counts(path)

    store = Store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.uow(read_only=True) as uow:
            assert verify_chain(uow.audit.entries()) is None
            lot = uow.lots.get("06900000000014", "G-0001")
            assert lot is not None and lot.expiry is not None
    finally:
        store.close()

    after = _counts(path)
    assert {k: after[k] >= v for k, v in before.items()} == {k: True for k in before}
    assert after["movements"] == before["movements"] and after["audit"] == before["audit"]
    backup = tmp_path / "store.pre-upgrade.db"
    if old_revision != head_revision():
        kept = tmp_path / "original.db"
        kept.write_bytes(original)
        assert _revision(backup) == old_revision
        assert _dump(backup) == _dump(kept), "the backup is the database as it was"
    else:
        assert not backup.exists()


def test_an_old_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    # A Lotkeeper file from before the first revision: the upgrade path runs in full.
    path = tmp_path / "store.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.commit()
    conn.close()
    engine = open_database(path)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    backup = tmp_path / "store.pre-upgrade.db"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert names == {"alembic_version"}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_corrupt_file_gives_a_clear_error_and_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = _files(tmp_path)
    with pytest.raises(DatabaseError, match=r"store\.db"):
        Store(path)
    assert _files(tmp_path) == before


def test_a_text_file_gives_a_clear_error_and_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database\n" * 50)
    before = _files(tmp_path)
    with pytest.raises(DatabaseError):
        Store(path)
    assert _files(tmp_path) == before


def test_a_foreign_sqlite_file_gives_a_clear_error_and_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO patients (name) VALUES ('x')")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(DatabaseError, match="not a Lotkeeper database"):
        Store(path)
    assert _files(tmp_path) == before


def test_an_empty_file_gives_a_clear_error_and_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError):
        Store(path)
    assert _files(tmp_path) == {"empty.db": b""}


def test_a_missing_file_is_not_created_by_opening(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        Store(tmp_path / "missing.db")
    assert list(tmp_path.iterdir()) == []


def test_creating_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    path.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="already exists"):
        Store(path, create=True)
    assert path.read_bytes() == b"keep me"


def test_the_head_read_from_the_migration_files_is_the_one_alembic_finds() -> None:
    from app.adapters.migrate import alembic_head

    assert head_revision() == alembic_head()
