"""WAL checkpoints off the writers' path: a thread of the store's own.

SQLite's automatic checkpoint runs inside the commit that takes the WAL past
1,000 pages: that commit copies every page of the WAL back into the database
file and syncs it before the action returns. A recall of 5,000 lots writes
~1,900 pages, so every such recall paid a whole checkpoint (0.15-0.45 s of
its 0.35-1 s at 1,000,000 lots); every hundredth pick paid one too. The
store's connections therefore leave checkpoints to this thread: once this
process's transactions pause (none open, no commit for `idle` seconds) — or
`at_most` seconds after the first commit of a stream — it checkpoints on its
own connection, PASSIVE (it waits for no reader or writer). Durability is
the WAL's at commit either way; the last connection to close checkpoints what
is left, as before.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event


class Checkpoints:
    def __init__(
        self, path: Path, engine: Engine, idle: float = 1.0, at_most: float = 10.0
    ) -> None:
        self._path, self._idle, self._at_most = path, idle, at_most
        self._committed = threading.Event()
        self._closing = threading.Event()
        self._open, self._count = 0, threading.Lock()
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "commit", self._on_end)
        event.listen(engine, "rollback", self._on_end)
        self._thread = threading.Thread(
            target=self._run, name=f"checkpoints {path.name}", daemon=True
        )
        self._thread.start()

    def _on_begin(self, _conn: Any) -> None:
        with self._count:
            self._open += 1

    def _on_end(self, _conn: Any) -> None:
        with self._count:
            self._open = max(0, self._open - 1)
        self._committed.set()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, isolation_level=None)
        except sqlite3.Error:
            return  # the store's own connections failed first; their close checkpoints
        try:
            while self._committed.wait() and not self._closing.is_set():
                first = time.monotonic()
                # Until the transactions pause (or at most `at_most` after the first).
                while not self._closing.is_set():
                    self._committed.clear()
                    self._closing.wait(self._idle)
                    quiet = not self._committed.is_set() and not self._open
                    if quiet or time.monotonic() - first > self._at_most:
                        break
                if self._closing.is_set():
                    break
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:
                    continue  # busy or the disk full: the next pause tries again
        finally:
            conn.close()

    def close(self) -> None:
        """Stop the thread (what is left, the last connection's close checkpoints)."""
        self._closing.set()
        self._committed.set()
        self._thread.join()
