"""The result of reading one barcode: what every other layer consumes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Scheme = Literal["gs1", "hibc", "gtin"]


@dataclass(frozen=True, slots=True)
class HibcId:
    """HIBC device identifier parts: labeler (LIC), product (PCN), unit of measure."""

    lic: str
    pcn: str
    uom: str

    @property
    def di(self) -> str:
        return f"{self.lic}{self.pcn}{self.uom}"


@dataclass(frozen=True, slots=True)
class Scan:
    """One parsed scan.

    `missing` names what a complete UDI still needs (e.g. ``("gtin",)`` for a
    symbol holding only lot and expiry); the assembler fills it from a
    neighbouring symbol of the same pack.
    """

    scheme: Scheme
    raw: str
    symbology: str | None = None
    gtin: str | None = None
    hibc: HibcId | None = None
    lot: str | None = None
    expiry: date | None = None
    production_date: date | None = None
    serial: str | None = None
    quantity: int | None = None
    ais: Mapping[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    # HIBC only: a primary-only symbol's check character, or a secondary-only
    # symbol's link character. The two symbols of one pack carry the same one.
    hibc_link: str | None = None

    @property
    def di(self) -> str | None:
        """The UDI device identifier: the GTIN-14, or HIBC LIC+PCN+UoM."""
        if self.gtin is not None:
            return self.gtin
        if self.hibc is not None:
            return self.hibc.di
        return None

    @property
    def complete(self) -> bool:
        return not self.missing
