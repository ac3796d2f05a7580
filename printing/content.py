"""What gets printed: plain input values, built by the core from its DTOs.

Nothing here knows about layout; `printing.labels` and `printing.documents`
decide where things go. Dates are calendar dates at the site.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


@dataclass(frozen=True, slots=True)
class LotLabel:
    """One lot (or one serialised unit) of one item."""

    gtin: str
    lot: str
    expiry: date | None
    item_name_zh: str
    item_name: str = ""
    production_date: date | None = None
    serial: str | None = None
    quantity: int | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class LocationLabel:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class QuarantineLabel:
    lot: LotLabel
    reason: str
    held_on: date
    held_by: str


class RecallLevel(Enum):
    """China's NMPA recall classes: 一级 is the most serious."""

    LEVEL_1 = 1
    LEVEL_2 = 2
    LEVEL_3 = 3

    @property
    def zh(self) -> str:
        return {1: "一级", 2: "二级", 3: "三级"}[self.value]

    @property
    def en(self) -> str:
        return {1: "Class I", 2: "Class II", 3: "Class III"}[self.value]


@dataclass(frozen=True, slots=True)
class RecallLabel:
    lot: LotLabel
    recall_id: str
    level: RecallLevel


Label = LotLabel | LocationLabel | QuarantineLabel | RecallLabel


@dataclass(frozen=True, slots=True)
class RecallNoticeLine:
    """One lot the recipient received, and how much of it."""

    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str
    received_on: date
    item_name: str = ""


@dataclass(frozen=True, slots=True)
class RecallNotice:
    recall_id: str
    level: RecallLevel
    reason: str
    supplier: str
    recipient: str
    issued_on: date
    deadline: date
    instructions: str
    issued_by: str
    lines: Sequence[RecallNoticeLine]


@dataclass(frozen=True, slots=True)
class ReturnLine:
    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str


@dataclass(frozen=True, slots=True)
class ReturnNote:
    """返厂单: goods going back to the supplier."""

    reference: str
    supplier: str
    reason: str
    issued_on: date
    issued_by: str
    lines: Sequence[ReturnLine]


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str
    location: str
    reason: str
    held_on: date
    held_by: str


@dataclass(frozen=True, slots=True)
class QuarantineList:
    site: str
    printed_on: date
    entries: Sequence[QuarantineEntry]


@dataclass(frozen=True, slots=True)
class ExpiryEntry:
    gtin: str
    item_name_zh: str
    lot: str
    expiry: date
    quantity: int
    unit: str
    location: str


@dataclass(frozen=True, slots=True)
class ExpiryList:
    """Near-expiry disposal list: lots expiring on or before `expiring_by`."""

    site: str
    printed_on: date
    expiring_by: date
    entries: Sequence[ExpiryEntry]


@dataclass(frozen=True, slots=True)
class CloseOutLot:
    """One affected lot's figures when the case closed."""

    gtin: str
    item_name_zh: str
    lot: str
    affected: int
    recovered: int
    returned_to_supplier: int
    disposed: int
    used_on_patient: int
    written_off: int
    unaccounted: int


@dataclass(frozen=True, slots=True)
class CloseOutTiming:
    """A step of the case and when it happened (None: not yet)."""

    step_zh: str
    step_en: str
    at: datetime | None


@dataclass(frozen=True, slots=True)
class CloseOutEvidence:
    file_name: str
    sha256: str
    lot: str
    at: datetime
    by: str
    note: str


@dataclass(frozen=True, slots=True)
class CloseOutEntry:
    """One line of the audit trail: who did what, when."""

    at: datetime
    user: str
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class CloseOutReport:
    """召回结案报告: what was recalled, what became of every unit, when, by whom, the proof."""

    recall_id: str
    level: RecallLevel
    reason: str
    source: str
    site: str
    issued_on: date
    deadline: date
    drill: bool
    status: str
    closed_by: str
    closed_at: datetime | None
    lots: Sequence[CloseOutLot]
    timings: Sequence[CloseOutTiming]
    evidence: Sequence[CloseOutEvidence]
    trail: Sequence[CloseOutEntry]


Document = RecallNotice | ReturnNote | QuarantineList | ExpiryList | CloseOutReport
