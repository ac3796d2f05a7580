"""What `audit verify` proves: the chain is whole, and the ledger agrees with it.

- the audit chain: every entry follows from the one before (an edit, a
  deletion inside the chain, a re-ordering shows; an entry too damaged to
  read is named, not crashed on);
- every movement has its audit entry, of the same type, quantity and lot;
- stock per lot and location equals what the movements leave there, and each
  lot's on-hand total equals its stock rows;
- every unsent outbox event is the one its audit entry sealed (its SHA-256).

What it cannot prove alone: that the newest entries were not deleted, or the
whole chain rewritten by someone who recomputed every hash. The centre holds
anchors (seq, hash) of each site's chain from every push for that.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from app.domain.audit import AuditEntry, ChainBreak, DamagedEntry, verify_chain
from app.services.context import event_digest
from app.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # "movement", "stock", "on_hand", "outbox"
    ref: str
    problem: str


@dataclass(slots=True)
class AuditReport:
    entries: int = 0
    chain: ChainBreak | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.chain is None and not self.findings


def verify_store(uow: UnitOfWork, limit: int = 50) -> AuditReport:
    """Every check above; at most `limit` findings of each kind are listed."""
    report = AuditReport()
    with uow:

        def counted() -> Iterator[AuditEntry | DamagedEntry]:
            for entry in uow.audit.entries():
                report.entries += 1
                yield entry

        report.chain = verify_chain(counted())
        checks = uow.audit_checks
        for row in _first(checks.movements_unlike_their_audit(), limit):
            problem = (
                "has no audit entry"
                if row["seq"] is None
                else f"differs from audit entry {row['seq']}"
            )
            report.findings.append(Finding("movement", row["id"], problem))
        for row in _first(checks.stock_unlike_the_ledger(), limit):
            report.findings.append(
                Finding(
                    "stock",
                    f"{row['lot']} at {row['location']}",
                    f"stock says {row['stock'] or 0}, the movements leave {row['ledger']}",
                )
            )
        for row in _first(checks.on_hand_unlike_stock(), limit):
            report.findings.append(
                Finding(
                    "on_hand",
                    row["lot"],
                    f"on hand says {row['on_hand']}, the stock rows add up to {row['stock']}",
                )
            )
        shown = 0
        for row in checks.unsent_events():
            sealed = _sealed(row["meta"])
            actual = event_digest(row["type"], json.loads(row["payload"]))
            if sealed != actual and shown < limit:
                shown += 1
                report.findings.append(
                    Finding(
                        "outbox",
                        row["id"],
                        f"is not the event audit entry {row['audit_seq']} sealed",
                    )
                )
    return report


# Where the store keeps the result of its last `audit verify` (the KPIs read it).
VERIFICATION_SETTING = "audit_verification"


@dataclass(frozen=True, slots=True)
class Verification:
    """What the last `audit verify` found, as stored: no re-hash needed to report it."""

    at: datetime
    entries: int
    chain_intact: bool
    break_seq: int | None
    findings: int


def verification_of(report: AuditReport, at: datetime) -> Verification:
    return Verification(
        at=at,
        entries=report.entries,
        chain_intact=report.chain is None,
        break_seq=report.chain.seq if report.chain else None,
        findings=len(report.findings),
    )


def store_verification(uow: UnitOfWork, verification: Verification) -> None:
    """Keep the verdict (the caller commits): a setting, like the integrity verdict."""
    value = {**asdict(verification), "at": verification.at.isoformat()}
    uow.settings.put(VERIFICATION_SETTING, json.dumps(value))


def last_verification(uow: UnitOfWork) -> Verification | None:
    """The stored verdict of the last `audit verify`, None if never run (or unreadable)."""
    raw = uow.settings.get(VERIFICATION_SETTING)
    try:
        data = json.loads(raw) if raw else None
        if not isinstance(data, dict):
            return None
        return Verification(
            at=datetime.fromisoformat(data["at"]),
            entries=int(data["entries"]),
            chain_intact=bool(data["chain_intact"]),
            break_seq=data["break_seq"],
            findings=int(data["findings"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _sealed(meta: str | None) -> str | None:
    try:
        value = json.loads(meta) if meta else None
    except ValueError:
        return None
    return value.get("event") if isinstance(value, dict) else None


def _first(rows: Iterator[dict[str, Any]], limit: int) -> Iterator[dict[str, Any]]:
    for n, row in enumerate(rows):
        if n >= limit:
            return
        yield row
