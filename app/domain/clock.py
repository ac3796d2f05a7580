"""Clocks are injected: no rule ever asks the system for today's date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime."""
        ...

    def today(self) -> date:
        """The calendar date at the site (expiry is a site date)."""
        ...


class SystemClock:
    def __init__(self, site_tz: tzinfo | None = None) -> None:
        self._tz = site_tz

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(self._tz)

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that says what it is told; tests and batch replay use it."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def today(self) -> date:
        return self._at.date()

    def advance(self, delta: timedelta) -> None:
        self._at += delta
