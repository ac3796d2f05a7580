"""One store with a lot in every state a rule refuses, and the cases that hit each rule.

Each case is a batch-style action (the field names of a batch line) and the
code every entry point must answer with. The store is staged once; a refused
action changes nothing, so every case runs against the same copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.model import Hold
from tests.integration.core.store_kit import (
    GAUZE,
    KIT,
    PUMP,
    STENT,
    TODAY,
    World,
    days,
    gtin14,
    scan,
    seed,
)
from tests.stores import Recipe

NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 10, tzinfo=UTC)
NEW_DEVICE = gtin14("0690000000777")  # no item: an unknown GTIN met at the dock

EARLY = scan(GAUZE, "G-EARLY", days(100))  # in bin A2
LATE = scan(GAUZE, "G-LATE", days(300))  # in bin A1
EXPIRED = scan(STENT, "S-OLD", days(-2))
HELD = scan(STENT, "S-HELD", days(200))
RECALLED = scan(STENT, "S-RCL", days(210))
PENDING = scan(GAUZE, "G-QC", days(250))
UNREGISTERED = scan(NEW_DEVICE, "N-1", days(400))
REJECTED = scan(GAUZE, "G-REJ", days(260))


def stage(world: World) -> None:
    """Receive and shelve every lot the cases need, in the states they need."""
    world.on(TODAY - timedelta(days=20))
    world.stocked(GAUZE, "G-EARLY", days(100), 10, location="A2")
    world.stocked(GAUZE, "G-LATE", days(300), 10, location="A1")
    world.stocked(STENT, "S-HELD", days(200), 5, location="A1")
    world.stocked(STENT, "S-RCL", days(210), 5, location="A1")
    world.stocked(GAUZE, "G-REJ", days(260), 4, location="A1")
    assert world.do("qc_reject", REJECTED, user="qa", reason="seal broken").ok
    # Received when it still had its shelf life; it expired two days ago.
    world.on(TODAY - timedelta(days=200))
    world.stocked(STENT, "S-OLD", days(-2), 3, location="A1")
    world.on(TODAY - timedelta(days=1))
    world.receive(GAUZE, "G-QC", days(250), 6, location="A1")  # waits for QC
    # An unknown device from an auto-release supplier: released by QC, never registered.
    assert world.do("receive", UNREGISTERED, qty=8, location="RCV", supplier="AUTO").ok
    assert world.do("move", UNREGISTERED, qty=8, location="RCV", to="A1").ok
    world.set_hold(STENT, "S-HELD", Hold.QUARANTINE, "damaged outer box")
    world.set_hold(STENT, "S-RCL", Hold.RECALL, "manufacturer recall [RC-1]")


def _staged(store: Store, clock: Clock) -> None:
    """KIT's seed, then every lot staged through a World of its own on the same file."""
    seed(store, clock)
    world = World(store.path)
    stage(world)
    world.close()


STAGED = Recipe(KIT.at, KIT.device, _staged)


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    action: str
    scan: str
    code: str
    user: str = "op"
    fields: dict[str, Any] = field(default_factory=dict)


CASES: tuple[Case, ...] = (
    Case("fefo_across_bins", "pick", LATE, "NOT_FEFO", fields={"location": "A1", "to": "WARD"}),
    Case("expired", "pick", EXPIRED, "EXPIRED", fields={"location": "A1", "to": "WARD"}),
    Case("quarantined", "pick", HELD, "QUARANTINED", fields={"location": "A1", "to": "WARD"}),
    Case("recalled", "pick", RECALLED, "RECALLED", fields={"location": "A1", "to": "WARD"}),
    Case("qc_pending", "pick", PENDING, "QC_PENDING", fields={"location": "A1", "to": "WARD"}),
    Case("qc_rejected", "pick", REJECTED, "QC_REJECTED", fields={"location": "A1", "to": "WARD"}),
    Case(
        "unregistered",
        "pick",
        UNREGISTERED,
        "NOT_REGISTERED",
        fields={"location": "A1", "to": "WARD"},
    ),
    Case(
        "no_expiry",
        "receive",
        scan(GAUZE, "G-NOEXP"),
        "INCOMPLETE_SCAN",
        fields={"qty": 3, "location": "RCV"},
    ),
    Case(
        "production_after_expiry",
        "receive",
        scan(GAUZE, "G-PAE", days(100), produced=days(120)),
        "PRODUCTION_AFTER_EXPIRY",
        fields={"qty": 3, "location": "RCV"},
    ),
    Case(
        "production_in_future",
        "receive",
        scan(GAUZE, "G-FUT", days(400), produced=days(5)),
        "PRODUCTION_IN_FUTURE",
        fields={"qty": 3, "location": "RCV"},
    ),
    Case(
        "release_needs_quality",
        "release",
        HELD,
        "NOT_PERMITTED",
        fields={"reason": "box was fine"},
    ),
    Case(
        "dispose_needs_supervisor",
        "dispose",
        EXPIRED,
        "NOT_PERMITTED",
        fields={"location": "A1", "qty": 3, "reason": "expired", "reason_code": "expired"},
    ),
    Case(
        "expired_disposal_needs_a_second_person",
        "dispose",
        EXPIRED,
        "SECOND_PERSON_REQUIRED",
        user="sup",
        fields={"location": "A1", "qty": 3, "reason_code": "expired"},
    ),
    Case(
        "serial_required",
        "receive",
        scan(PUMP, "P-1", days(500)),
        "INCOMPLETE_SCAN",
        fields={"location": "RCV"},
    ),
)
