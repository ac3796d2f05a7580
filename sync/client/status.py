"""What the UI shows about sync: when it last worked, what waits, what went wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.services.sync_site import Refusal


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
    # Events the centre refused, waiting for a supervisor to correct or discard them.
    refused: tuple[Refusal, ...] = field(default=())
