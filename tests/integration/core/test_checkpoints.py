"""WAL checkpoints run on the store's own thread, never inside an action's commit."""

from __future__ import annotations

import time
from pathlib import Path

from app.adapters.store import Store


def _fill(store: Store, pages: int) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
        for _ in range(pages):
            conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(4000))")


def test_a_big_commit_leaves_its_checkpoint_to_the_stores_thread_once_writes_pause(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.db"
    store = Store(path, create=True)
    try:
        before = path.stat().st_size
        _fill(store, 2000)  # twice SQLite's automatic checkpoint (1,000 pages)
        # The filler is in the WAL only (the store's schema may be checkpointed meanwhile).
        assert path.stat().st_size < before + 1000 * 4000, "the commit checkpointed itself"
        deadline = time.monotonic() + 20
        while path.stat().st_size < before + 2000 * 4000 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert path.stat().st_size > before + 2000 * 4000, "the store's thread checkpointed"
    finally:
        store.close()
    assert not path.with_name("store.db-wal").exists()
