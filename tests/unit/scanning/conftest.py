"""Helpers shared by the scanning tests: check characters computed independently of the code."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from scanning.errors import ScanError
from scanning.parse import parse
from scanning.scan import Scan
from scanning.substitutes import DEFAULT_GS_SUBSTITUTES

# A fixed "today" so that two-digit years resolve the same way every year.
TODAY = date(2025, 6, 15)

_CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc(data: str) -> str:
    """``data`` (starting with ``+``) followed by its modulo-43 check character."""
    return data + _CODE39[sum(_CODE39.index(c) for c in data) % 43]


def gs1_check(digits: str) -> str:
    """``digits`` followed by their GS1 mod-10 check digit (weights 3,1 from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return digits + str((10 - total % 10) % 10)


def p(raw: str, substitutes: Sequence[str] = DEFAULT_GS_SUBSTITUTES) -> Scan:
    """Parse as the app does, with two-digit years placed relative to TODAY."""
    return parse(raw, substitutes=substitutes, today=TODAY)


def code_of(raw: str, substitutes: Sequence[str] = DEFAULT_GS_SUBSTITUTES) -> str:
    """The error code `parse` refuses `raw` with."""
    with pytest.raises(ScanError) as info:
        p(raw, substitutes)
    return info.value.code
