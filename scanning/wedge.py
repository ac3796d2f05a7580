"""Keyboard-wedge input: telling a scanner's burst of keys from a person typing.

A USB scanner in keyboard mode types a whole barcode in a few milliseconds
per key and ends it with Enter (or Tab); people need 80 ms or more between
keys. The detector is fed every character with its time and answers with
events: a `ScannedText` once a burst ends in a terminator, or `TypedText`
for characters that turned out to be typing, to be put back into the focused
field. Characters are held only while they might still be a scan, so call
`flush` from a short timer to release a lone keystroke promptly. No Qt here:
the UI turns key events into `feed` calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scanning.substitutes import DEFAULT_GS_SUBSTITUTES, LINE_TERMINATORS, restore_gs


@dataclass(frozen=True, slots=True)
class WedgeConfig:
    max_gap: float = 0.05
    """Longest pause between two keys of one scan, in seconds."""
    min_length: int = 4
    """Fewest characters (terminator not counted) a scan can have."""
    terminators: str = LINE_TERMINATORS
    """Keys a scanner sends after the data."""
    accept_unterminated: bool = False
    """Also take a fast burst that just stops (scanners set up with no suffix)."""
    substitutes: Sequence[str] = DEFAULT_GS_SUBSTITUTES
    """Stand-ins for GS the scanner types, restored in the scanned text."""


@dataclass(frozen=True, slots=True)
class ScannedText:
    """A complete scan, terminator removed and GS restored; give it to `parse`."""

    text: str
    started: float
    ended: float


@dataclass(frozen=True, slots=True)
class TypedText:
    """Keys a person typed (terminator included if it was one), to release to the UI."""

    text: str


WedgeEvent = ScannedText | TypedText


class WedgeDetector:
    def __init__(self, config: WedgeConfig | None = None) -> None:
        self.config = config or WedgeConfig()
        self._chars: list[str] = []
        self._first_at = 0.0
        self._last_at = 0.0
        self._burst = True  # every gap so far within max_gap

    def feed(self, char: str, at: float) -> list[WedgeEvent]:
        """One typed character (a single key's text) at time ``at`` in seconds."""
        events = self._close_if_paused(at)
        gap_ok = not self._chars or at - self._last_at <= self.config.max_gap
        if char and char in self.config.terminators:
            if self._burst and gap_ok and len(self._chars) >= self.config.min_length:
                events.append(self._scanned(at))
            else:
                events.append(TypedText("".join(self._chars) + char))
            self._chars = []
            return events
        if not self._chars:
            self._first_at, self._burst = at, True
        self._burst = self._burst and gap_ok
        self._chars.append(char)
        self._last_at = at
        return events

    def flush(self, at: float) -> list[WedgeEvent]:
        """Release what can no longer be a scan: nothing arrived for longer than max_gap."""
        return self._close_if_paused(at)

    def _close_if_paused(self, at: float) -> list[WedgeEvent]:
        if not self._chars or at - self._last_at <= self.config.max_gap:
            return []
        if (
            self.config.accept_unterminated
            and self._burst
            and len(self._chars) >= self.config.min_length
        ):
            event: WedgeEvent = self._scanned(self._last_at)
        else:
            event = TypedText("".join(self._chars))
        self._chars = []
        return [event]

    def _scanned(self, ended: float) -> ScannedText:
        text = restore_gs("".join(self._chars), self.config.substitutes)
        return ScannedText(text=text, started=self._first_at, ended=ended)
