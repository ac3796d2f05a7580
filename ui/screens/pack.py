"""From scanner text to what an action takes: the symbols of one pack joined.

A pack may carry its GTIN on one barcode and its lot/expiry on another.
`PackReader` feeds every scan to scanning.assembler.ScanAssembler; while a
symbol waits for its partner the screen shows the amber waiting state. A
joined GS1 pack is handed on as bracketed HRI, which `parse` reads without
any GS ambiguity. Unreadable text is handed on unchanged so the service
refuses it with its own reason (one path for every refusal).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from scanning.assembler import ScanAssembler
from scanning.errors import ScanError
from scanning.parse import parse
from scanning.scan import Scan


@dataclass(frozen=True, slots=True)
class PackStep:
    text: str | None
    """What to submit, or None while waiting for the pack's other symbol."""
    missing: tuple[str, ...] = ()
    scan: Scan | None = None


def hri(scan: Scan) -> str:
    return "".join(f"({ai}){value}" for ai, value in scan.ais.items())


class PackReader:
    def __init__(self, clock: Callable[[], float] = time.monotonic, window: float = 5.0) -> None:
        self._clock = clock
        self._assembler = ScanAssembler(window)

    @property
    def waiting(self) -> bool:
        return self._assembler.pending is not None

    def feed(self, text: str) -> PackStep:
        try:
            scan = parse(text)
        except ScanError:
            return PackStep(text)
        assembly = self._assembler.feed(scan, self._clock())
        if not assembly.complete:
            return PackStep(None, assembly.missing, assembly.scan)
        joined = assembly.scan
        if joined is scan or joined.scheme != "gs1":
            return PackStep(text, scan=scan)
        return PackStep(hri(joined), scan=joined)
