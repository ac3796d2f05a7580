"""A second person's name and PIN typed at this station, checked on the writer thread.

Dialogs collect a Signature; the command's builder (run by an ActionOp on the
serial writer) turns it into an authenticated Actor, so a wrong PIN is
audited and counted towards the lock like any other log-in, and comes back
to the band as BAD_CREDENTIALS or LOCKED_OUT.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.identity import Actor
from app.services.commands import Approval
from app.services.people import authenticate
from ui.session import Session


@dataclass(frozen=True, slots=True)
class Signature:
    user: str
    pin: str

    def actor(self, session: Session, via: str) -> Actor:
        return authenticate(
            session.store.uow(), session.clock, self.user, self.pin, session.device, via=via
        )


@dataclass(frozen=True, slots=True)
class OverrideAnswer:
    """What the supervisor typed in the override dialog."""

    signature: Signature
    reason: str

    def approval(self, session: Session) -> Approval:
        return Approval(self.signature.actor(session, "override"), self.reason)
