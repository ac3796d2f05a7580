"""The store as the desktop opens it: on a worker, while the log-in dialog already shows.

Opening a store means importing SQLAlchemy and the store's modules, which takes
longer than showing the dialog; so the dialog shows first and the store opens
behind it (tests/bench/test_bench_startup.py measures both). The log-in's checks
run on workers and `wait()` for the store; everything after a log-in finds it
open. A store that cannot be opened fails every wait with its error, which the
log-in dialog shows in words.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.adapters.store import Store


@dataclass(frozen=True)
class Site:
    """What the desktop needs of an open store: the store and this station's settings."""

    store: Store
    device: str
    idle_lock_minutes: float | None = None


class SiteOpening:
    def __init__(self) -> None:
        self._future: Future[Site] = Future()

    @classmethod
    def of(cls, site: Site) -> SiteOpening:
        """A store that is already open (tests, the screenshots command)."""
        opening = cls()
        opening.opened(site)
        return opening

    def opened(self, site: Site) -> None:
        self._future.set_result(site)

    def failed(self, error: BaseException) -> None:
        self._future.set_exception(error)

    def wait(self) -> Site:
        """The open store, waiting for it: on a worker thread only."""
        return self._future.result()

    @property
    def site(self) -> Site | None:
        """The open store without waiting; None while it opens or if it could not be.
        Once someone has logged in it is open."""
        future = self._future
        return future.result() if future.done() and future.exception() is None else None
