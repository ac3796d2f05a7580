"""Recalls: what is recalled, how urgently, and when a case may close.

China's device recall rules (医疗器械召回管理办法) set three levels with
notification deadlines of 1, 3 and 7 days. A drill (召回演练) runs the same
workflow and timings without blocking stock.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

DEADLINE_DAYS = {1: 1, 2: 3, 3: 7}


class RecallSource(StrEnum):
    MANUFACTURER = "manufacturer"
    REGULATOR = "regulator"
    INTERNAL_QA = "internal_qa"


class RecallStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class ScopeKind(StrEnum):
    LOTS = "lots"
    ALL_LOTS = "all_lots"
    PRODUCED = "produced"
    SERIALS = "serials"


class AccountKind(StrEnum):
    """How a unit that will not come back is accounted for."""

    USED_ON_PATIENT = "used_on_patient"
    WRITTEN_OFF = "written_off"


def default_deadline(level: int, issued: date) -> date:
    if level not in DEADLINE_DAYS:
        raise ValueError(f"recall level must be 1, 2 or 3, not {level}")
    return issued + timedelta(days=DEADLINE_DAYS[level])


def new_recall_id(issued: datetime) -> str:
    """Unique without a central counter: sites issue recalls offline too."""
    return f"RC-{issued.year}-{uuid.uuid4().hex[:8].upper()}"


@dataclass(frozen=True, slots=True)
class RecallScope:
    di: str
    kind: ScopeKind
    lots: tuple[str, ...] = ()
    produced_from: date | None = None
    produced_to: date | None = None
    serials: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind is ScopeKind.LOTS and not self.lots:
            raise ValueError("a recall of listed lots needs at least one lot")
        if self.kind is ScopeKind.SERIALS and not self.serials:
            raise ValueError("a recall of listed serials needs at least one serial")
        if self.kind is ScopeKind.PRODUCED:
            if self.produced_from is None or self.produced_to is None:
                raise ValueError("a production-date recall needs both dates")
            if self.produced_from > self.produced_to:
                raise ValueError("the production range ends before it starts")

    def covers(
        self, di: str, lot: str, production_date: date | None, serials: Collection[str] = ()
    ) -> bool:
        """Is this lot (holding these serials) affected?"""
        if di != self.di:
            return False
        if self.kind is ScopeKind.ALL_LOTS:
            return True
        if self.kind is ScopeKind.LOTS:
            return lot in self.lots
        if self.kind is ScopeKind.PRODUCED:
            assert self.produced_from is not None and self.produced_to is not None
            return (
                production_date is not None
                and self.produced_from <= production_date <= self.produced_to
            )
        return any(s in self.serials for s in serials)

    def to_json(self) -> dict[str, Any]:
        return {
            "di": self.di,
            "kind": self.kind.value,
            "lots": list(self.lots),
            "produced_from": self.produced_from.isoformat() if self.produced_from else None,
            "produced_to": self.produced_to.isoformat() if self.produced_to else None,
            "serials": list(self.serials),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecallScope:
        def day(key: str) -> date | None:
            raw = data.get(key)
            return date.fromisoformat(str(raw)) if raw else None

        return cls(
            di=str(data["di"]),
            kind=ScopeKind(data["kind"]),
            lots=tuple(str(x) for x in data.get("lots") or ()),
            produced_from=day("produced_from"),
            produced_to=day("produced_to"),
            serials=tuple(str(x) for x in data.get("serials") or ()),
        )


@dataclass(slots=True)
class Recall:
    id: str
    scope: RecallScope
    level: int
    reason: str
    issued_at: datetime
    issued_by: str
    source: RecallSource = RecallSource.MANUFACTURER
    instructions: str = ""
    deadline: date | None = None
    drill: bool = False
    origin: str = "site"  # "centre" or "site"
    status: RecallStatus = RecallStatus.OPEN
    applied_at: datetime | None = None
    closed_at: datetime | None = None
    closed_by: str = ""

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("a recall needs a reason")
        if self.deadline is None:
            self.deadline = default_deadline(self.level, self.issued_at.date())
        else:
            default_deadline(self.level, self.issued_at.date())  # checks the level

    def to_json(self) -> dict[str, Any]:
        """The recall as it travels (outbox, centre change log)."""
        assert self.deadline is not None
        return {
            "id": self.id,
            "scope": self.scope.to_json(),
            "level": self.level,
            "reason": self.reason,
            "instructions": self.instructions,
            "source": self.source.value,
            "deadline": self.deadline.isoformat(),
            "drill": self.drill,
            "issued_at": self.issued_at.isoformat(),
            "issued_by": self.issued_by,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], origin: str) -> Recall:
        return cls(
            id=str(data["id"]),
            scope=RecallScope.from_json(data["scope"]),
            level=int(data["level"]),
            reason=str(data["reason"]),
            instructions=str(data.get("instructions", "")),
            source=RecallSource(data.get("source", RecallSource.MANUFACTURER.value)),
            deadline=date.fromisoformat(str(data["deadline"])) if data.get("deadline") else None,
            drill=bool(data.get("drill", False)),
            issued_at=datetime.fromisoformat(str(data["issued_at"])),
            issued_by=str(data.get("issued_by", "")),
            origin=origin,
        )


@dataclass(frozen=True, slots=True)
class NewRecall:
    """What a person asks for when opening a recall, before it has an id."""

    scope: RecallScope
    level: int
    reason: str
    source: RecallSource = RecallSource.INTERNAL_QA
    instructions: str = ""
    deadline: date | None = None
    drill: bool = False

    def issue(self, at: datetime, issued_by: str, origin: str) -> Recall:
        """The recall as issued here ("site") or at the centre; ValueError says what is wrong."""
        return Recall(
            id=new_recall_id(at),
            scope=self.scope,
            level=self.level,
            reason=self.reason,
            issued_at=at,
            issued_by=issued_by,
            source=self.source,
            instructions=self.instructions,
            deadline=self.deadline,
            drill=self.drill,
            origin=origin,
        )


@dataclass(frozen=True, slots=True)
class LotAccount:
    """Where the affected units of one lot are, as the ledger and the case records say.

    Every unit the site ever had is in exactly one bucket: still on a shelf,
    recovered (in quarantine, back with the supplier, or destroyed), out in a
    department, or gone some other way before the recall (counted out).
    """

    di: str
    lot: str
    on_shelf: int  # in stock-holding locations other than quarantine and transit
    in_quarantine: int
    returned_to_supplier: int
    disposed: int
    issued_out: int  # at departments: issued minus returned
    used_on_patient: int = 0
    written_off: int = 0
    in_transit: int = 0  # sent to another site, not yet arrived there

    @property
    def recovered(self) -> int:
        return self.in_quarantine + self.returned_to_supplier + self.disposed

    @property
    def affected(self) -> int:
        return self.on_shelf + self.in_transit + self.recovered + self.issued_out

    @property
    def documented(self) -> int:
        return self.used_on_patient + self.written_off

    @property
    def unaccounted(self) -> int:
        return self.on_shelf + self.in_transit + max(self.issued_out - self.documented, 0)

    @property
    def undocumented_out(self) -> int:
        """Units at departments that may still be documented as used or written off."""
        return max(self.issued_out - self.documented, 0)


@dataclass(frozen=True, slots=True)
class CloseVerdict:
    ok: bool
    unaccounted: Sequence[LotAccount] = field(default_factory=tuple)
    missing_sign_off: bool = False

    @property
    def problems(self) -> list[str]:
        lines = [
            f"lot {a.lot}: {a.unaccounted} of {a.affected} unaccounted "
            f"({a.on_shelf} still on shelves, {a.undocumented_out} out in departments)"
            for a in self.unaccounted
        ]
        if self.missing_sign_off:
            lines.append("a QA sign-off is required")
        return lines


def close_verdict(accounts: Sequence[LotAccount], qa_signed: bool) -> CloseVerdict:
    """A case closes when every affected unit is accounted for and QA has signed."""
    open_lots = tuple(a for a in accounts if a.unaccounted > 0)
    ok = not open_lots and qa_signed
    return CloseVerdict(ok, open_lots, not qa_signed)


def progress(accounts: Sequence[LotAccount]) -> tuple[int, int]:
    """(recovered, affected) over every affected lot."""
    return sum(a.recovered for a in accounts), sum(a.affected for a in accounts)
