"""What the UI shows about sync: when it last worked, what waits, what went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Progress:
    """A long pull: changes applied so far of about how many."""

    done: int
    total: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    registered: bool
    last_success: datetime | None
    pending: int
    last_error: str | None
    last_error_kind: str | None
    running: bool = False
    progress: Progress | None = None
