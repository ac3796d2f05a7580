"""A store's units of work reuse its open connections, never one another's."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.adapters.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "store.db", create=True)
    yield store
    store.close()


def _driver(uow: object) -> object:
    conn = uow._conn  # type: ignore[attr-defined]
    return conn.connection.driver_connection


def test_a_unit_of_work_reuses_the_connection_the_last_one_gave_back(store: Store) -> None:
    with store.uow() as first:
        first.settings.put("k", "1")
        first.commit()
        used = _driver(first)
    with store.uow() as second:
        assert _driver(second) is used
        assert second.settings.get("k") == "1"


def test_a_unit_of_work_inside_another_gets_a_connection_of_its_own(store: Store) -> None:
    with store.uow() as outer:
        outer.settings.put("k", "outer")
        with store.uow(read_only=True) as inner:
            assert _driver(inner) is not _driver(outer)
            # The outer transaction is not committed: the inner one cannot see it.
            assert inner.settings.get("k") is None
        outer.commit()


def test_readers_and_writers_keep_their_own_connections(store: Store) -> None:
    with store.uow() as writer:
        writer.settings.get("k")
        written_on = _driver(writer)
    with store.uow(read_only=True) as reader:
        reader.settings.get("k")
        assert _driver(reader) is not written_on
        # A reader begins a plain (deferred) transaction: it takes no write lock.
        other = Store(store.path)
        try:
            with other.uow() as concurrent:
                concurrent.settings.put("k", "2")
                concurrent.commit()
        finally:
            other.close()


def test_a_unit_of_work_left_without_commit_gives_back_a_connection_with_nothing_open(
    store: Store,
) -> None:
    with store.uow() as uow:
        uow.settings.put("k", "lost")
    with store.uow() as after:
        assert not _driver(after).in_transaction  # type: ignore[attr-defined]
        assert after.settings.get("k") is None


def test_threads_never_share_a_connection_in_use(store: Store) -> None:
    inside = threading.Barrier(2)
    seen: list[object] = []

    def work() -> None:
        # Readers: both can be inside at once.
        with store.uow(read_only=True) as uow:
            uow.settings.get("k")
            seen.append(_driver(uow))
            inside.wait(timeout=10)

    with store.uow(read_only=True) as uow:
        uow.settings.get("k")
        threads = [threading.Thread(target=work) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 2 and len({id(d) for d in [*seen, _driver(uow)]}) == 3


def test_repositories_are_not_used_after_the_unit_of_work_ends(store: Store) -> None:
    uow = store.uow()
    with uow:
        uow.settings.get("k")
    with pytest.raises(AssertionError, match="outside"):
        uow.settings.get("k")
