"""What every test that drives a store shares: commands by action name, and people.

`command(action, scan, **fields)` builds the typed command a batch line of
that action would (the same field names: qty, location, to, reason, ...);
`People` authenticates each test user once per store (a PIN hash costs tens
of milliseconds) and hands out their Actor.
"""

from __future__ import annotations

from typing import Any

from app.adapters.store import Store
from app.domain.clock import Clock
from app.domain.identity import Actor
from app.domain.model import WriteOffReason
from app.services.commands import (
    AcceptNoAction,
    Approval,
    ArriveTransfer,
    ChooseDisposition,
    Command,
    Count,
    Dispose,
    Move,
    Pick,
    QcReject,
    QcRelease,
    Quarantine,
    Receive,
    Release,
    Return,
    ReturnToSupplier,
    TransferOut,
)
from app.services.people import authenticate


def command(action: str, scan: str = "", **f: Any) -> Command:
    """The command of `action` with batch-style fields (qty, location, to, reason, ...)."""
    get = f.get
    code = WriteOffReason(get("reason_code", "other"))
    builders: dict[str, Any] = {
        "receive": lambda: Receive(
            scan,
            get("qty"),
            get("location"),
            get("supplier"),
            get("reference", ""),
            get("override"),
            unit_cost=get("unit_cost"),
        ),
        "move": lambda: Move(
            scan, get("location"), get("to"), get("qty"), get("reference", ""), get("override")
        ),
        "pick": lambda: Pick(
            scan,
            get("location"),
            get("to"),
            get("qty"),
            get("reference", ""),
            get("override"),
            get("confirm_mixed_lot", False),
        ),
        "return": lambda: Return(
            scan, get("location"), get("to"), get("qty"), get("reference", ""), get("reason", "")
        ),
        "quarantine": lambda: Quarantine(
            scan, get("reason", ""), get("location"), get("to"), get("qty")
        ),
        "release": lambda: Release(scan, get("reason", ""), get("location"), get("to"), get("qty")),
        "qc_release": lambda: QcRelease(scan, get("reason", "")),
        "qc_reject": lambda: QcReject(scan, get("reason", "")),
        "dispose": lambda: Dispose(
            scan,
            get("location"),
            get("reason", ""),
            code,
            get("qty"),
            get("reference", ""),
            get("evidence"),
            get("countersign"),
        ),
        "return_to_supplier": lambda: ReturnToSupplier(
            scan,
            get("location"),
            get("to"),
            get("reason", ""),
            code,
            get("qty"),
            get("reference", ""),
            get("evidence"),
        ),
        "count": lambda: Count(scan, get("location"), get("qty"), get("override")),
        # the closed loop: fields alert, disposition, reason, target, note
        "choose_disposition": lambda: ChooseDisposition(
            get("alert"), get("disposition", ""), get("reason", ""), get("target", "")
        ),
        "accept_disposition": lambda: AcceptNoAction(get("alert"), get("note", "")),
        "transfer_out": lambda: TransferOut(
            scan, get("location"), get("site", ""), get("qty"), get("reference", "")
        ),
        "transfer_arrive": lambda: ArriveTransfer(
            scan, get("transfer"), get("location"), get("qty"), get("reason", "")
        ),
    }
    built: Command = builders[action]()
    return built


class People:
    """Test users of one store, each authenticated once."""

    def __init__(self, store: Store, clock: Clock, pins: dict[str, str]) -> None:
        self.store, self.clock, self.pins = store, clock, pins
        self._actors: dict[str, Actor] = {}

    def __getitem__(self, username: str) -> Actor:
        if username not in self._actors:
            self._actors[username] = authenticate(
                self.store.uow(), self.clock, username, self.pins[username]
            )
        return self._actors[username]

    def approval(self, username: str, reason: str) -> Approval:
        return Approval(self[username], reason)
