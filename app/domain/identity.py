"""Who acts: an authenticated person, a person an uploader vouches for, or the device.

An Actor is made only by authentication (app.services.people) or as the
system actor; the executor trusts it and never hashes a PIN on the action path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.model import Role

SYSTEM = "system"


class Credential(StrEnum):
    PIN = "pin"
    BADGE = "badge"
    VOUCHED = "vouched"  # a batch line's operator, on the authenticated uploader's word
    DEVICE = "device"  # the system actor


@dataclass(frozen=True, slots=True)
class Upload:
    """A handheld's upload: who authenticated it and when it was replayed here."""

    uploaded_by: str
    replayed_at: datetime


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    role: Role | None
    display_name: str
    device: str
    credential: Credential
    upload: Upload | None = None

    @classmethod
    def system(cls, device: str) -> Actor:
        return cls(SYSTEM, None, SYSTEM, device, Credential.DEVICE)

    @property
    def is_system(self) -> bool:
        return self.credential is Credential.DEVICE

    def audit_meta(self) -> dict[str, object] | None:
        """What the audit records beside the user: the credential's kind and any upload."""
        if self.upload is None and self.credential is not Credential.VOUCHED:
            return None
        meta: dict[str, object] = {"credential": self.credential.value}
        if self.upload is not None:
            meta["uploaded_by"] = self.upload.uploaded_by
            meta["replayed_at"] = self.upload.replayed_at.isoformat()
        return meta
