"""A store's database, opened once per process; hands out units of work."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.adapters.checkpoints import Checkpoints
from app.adapters.database import (
    SYNCHRONOUS,
    backup_to,
    create_database,
    integrity_problem,
    open_database,
)
from app.adapters.unit_of_work import CommitGroup, HeldConnections, SqlUnitOfWork

if TYPE_CHECKING:
    from app.adapters.sync_state import SyncUnitOfWork

INTEGRITY_SETTING = "integrity_check"
"""The last full integrity check: "YYYY-MM-DD ok" or "YYYY-MM-DD damaged: ..."."""


class Store:
    def __init__(
        self,
        path: Path,
        *,
        create: bool = False,
        synchronous: str = SYNCHRONOUS,
        read_only: bool = False,
    ) -> None:
        """`synchronous` other than FULL is only for bulk work that can be redone from
        scratch if the machine dies (the demo store, benchmarks), never for real stock.
        `read_only`: for commands that only read (they then work on a read-only medium)."""
        self.path = path
        self.read_only = read_only
        # A writer's commits leave WAL checkpoints to a thread of the store's own.
        self.engine = (
            create_database(path, synchronous, autocheckpoint=False)
            if create
            else open_database(
                path, synchronous=synchronous, read_only=read_only, autocheckpoint=read_only
            )
        )
        self._checkpoints = None if read_only else Checkpoints(path, self.engine)
        self._held = HeldConnections(self.engine)

    def uow(self, read_only: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, read_only=read_only or self.read_only, held=self._held)

    def sync_uow(self, read_only: bool = False) -> SyncUnitOfWork:
        """The unit of work sync runs on: the ordinary one plus sync's own repositories."""
        from app.adapters.sync_state import SyncUnitOfWork

        return SyncUnitOfWork(self.engine, read_only=read_only, held=self._held)

    def check_integrity(self, clock_day: date) -> str | None:
        """The full integrity check; its verdict is kept so that a damaged store refuses
        writes until an administrator restores it. None when sound."""
        problem = integrity_problem(self.path)
        if self.read_only:
            return problem
        verdict = "ok" if problem is None else f"damaged: {problem}"
        with self.uow() as uow:
            uow.settings.put(INTEGRITY_SETTING, f"{clock_day.isoformat()} {verdict}")
            uow.commit()
        return problem

    def commit_group(self) -> CommitGroup:
        return CommitGroup(self.engine)

    def backup(self, target: Path) -> None:
        backup_to(self.path, target)

    def daily_backup(self, today: date, keep_days: int = 14) -> Path:
        """One copy a day beside the data; copies older than `keep_days` are removed.

        An offline site has no other copy of its data until it syncs.
        """
        folder = self.path.parent / "backups"
        target = folder / f"{self.path.stem}-{today.isoformat()}.db"
        if not target.exists():
            self.backup(target)
            # Once a day, the whole file is checked too: a damaged store stops taking writes.
            self.check_integrity(today)
        oldest = today - timedelta(days=keep_days)
        for old in folder.glob(f"{self.path.stem}-*.db"):
            stamp = old.stem.removeprefix(f"{self.path.stem}-")
            try:
                if date.fromisoformat(stamp) < oldest:
                    old.unlink()
            except ValueError:
                continue
        return target

    def close(self) -> None:
        self._held.close()
        if self._checkpoints is not None:
            self._checkpoints.close()
        self.engine.dispose()
