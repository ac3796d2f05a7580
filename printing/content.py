"""What gets printed: plain input values, built by the core from its DTOs.

Nothing here knows about layout; `printing.labels` and `printing.documents`
decide where things go. Dates are calendar dates at the site. A document's
instants are aware datetimes (stored in UTC) that it prints in its `zone`,
the site's time zone, which it names once. Stored codes (a recall's source and
status, a hold, an audit action) stay codes here: `printing.words` gives
their Chinese and English from the same table the screens use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import Enum

from printing.words import Word, word


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
    package_level: str = ""
    """A package level's label (`gtin` is then the package's DI): its name, 盒 or 箱 ..."""
    package_units: int | None = None
    """... and the eaches one package holds, printed as "1 箱 = 10 支"."""

    @property
    def package_line(self) -> str:
        if not self.package_level or self.package_units is None:
            return ""
        return f"1 {self.package_level} = {self.package_units} {self.unit}".rstrip()


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
    def words(self) -> Word:
        return word("recall_level", self.value)

    @property
    def zh(self) -> str:
        return self.words.zh

    @property
    def en(self) -> str:
        return self.words.en


@dataclass(frozen=True, slots=True)
class RecallLabel:
    lot: LotLabel
    recall_id: str
    level: RecallLevel


Label = LotLabel | LocationLabel | QuarantineLabel | RecallLabel


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who did something: their user name, and the name people know them by."""

    user: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class RecallNoticeLine:
    """One lot the recipient received, and how much of it."""

    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str
    received_at: datetime
    item_name: str = ""


@dataclass(frozen=True, slots=True)
class RecallNotice:
    """One recipient's notice: only the lots, quantities and suppliers that recipient had."""

    recall_id: str
    level: RecallLevel
    reason: str
    supplier: str
    recipient: str
    issued_at: datetime
    deadline: date
    instructions: str
    issued_by: Person
    lines: Sequence[RecallNoticeLine]
    zone: tzinfo


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
    issued_by: Person
    lines: Sequence[ReturnLine]
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    """Held stock at one location; `hold` is the lot's hold code (quarantine or recall)."""

    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str
    location: str
    hold: str
    reason: str
    held_at: datetime | None
    held_by: Person


@dataclass(frozen=True, slots=True)
class QuarantineList:
    site: str
    printed_on: date
    entries: Sequence[QuarantineEntry]
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class ExpiryEntry:
    """`disposition` is the code of the disposal chosen for the lot; None prints "—"."""

    gtin: str
    item_name_zh: str
    lot: str
    expiry: date
    quantity: int
    unit: str
    location: str
    disposition: str | None = None


@dataclass(frozen=True, slots=True)
class ExpiryList:
    """Near-expiry disposal list: lots expiring on or before `expiring_by`."""

    site: str
    printed_on: date
    expiring_by: date
    entries: Sequence[ExpiryEntry]
    zone: tzinfo


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
    """A step of the case (a `recall_step` code), where, and when (None: not yet)."""

    step: str
    at: datetime | None
    place: str = ""


@dataclass(frozen=True, slots=True)
class CloseOutEvidence:
    file_name: str
    sha256: str
    lot: str
    at: datetime
    by: Person
    note: str


@dataclass(frozen=True, slots=True)
class CloseOutEntry:
    """One audit entry as stored: who, when, the action code, the state before and after.

    `entity` is "movement" for the stock movements of the case (their action is
    the movement type), "recall" for the case's own entries. `hash` is the
    entry's link in the audit hash chain, printed for the record.
    """

    at: datetime
    by: Person
    entity: str
    action: str
    before: Mapping[str, object]
    after: Mapping[str, object]
    hash: str


@dataclass(frozen=True, slots=True)
class CloseOutReport:
    """召回结案报告: what was recalled, what became of every unit, when, by whom, the proof."""

    recall_id: str
    level: RecallLevel
    reason: str
    source: str
    site: str
    issued_at: datetime
    deadline: date
    drill: bool
    status: str
    closed_by: Person | None
    closed_at: datetime | None
    lots: Sequence[CloseOutLot]
    timings: Sequence[CloseOutTiming]
    evidence: Sequence[CloseOutEvidence]
    trail: Sequence[CloseOutEntry]
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class PriorityEntry:
    """One open warning of the priority disposal list; codes print in both languages."""

    rank: int
    kind: str
    level: str
    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    value: float
    days_left: int | None
    risk: float
    owner: str
    action: str
    chosen: bool
    fallback: str | None


@dataclass(frozen=True, slots=True)
class PriorityList:
    """优先处置清单 Priority disposal list: open warnings by risk, with fallbacks."""

    site: str
    printed_on: date
    entries: Sequence[PriorityEntry]
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class PickNoticeLine:
    """One lot of a delivery; `mixed`: the delivery holds more than one lot of this item."""

    gtin: str
    item_name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str
    mixed: bool


@dataclass(frozen=True, slots=True)
class PickNotice:
    """配送单 Pick notice: every lot picked on one reference to one department (混批 marked)."""

    site: str
    reference: str
    department: str
    printed_on: date
    lines: Sequence[PickNoticeLine]
    zone: tzinfo


Document = (
    RecallNotice | ReturnNote | QuarantineList | ExpiryList | CloseOutReport | PriorityList
    | PickNotice
)  # fmt: skip
