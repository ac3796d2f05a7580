"""One-time enrolment codes, device tokens, and who a request comes from."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, insert, select, update

from app.domain.clock import Clock
from sync.protocol import EnrolRequest, EnrolResponse, ErrorCode
from sync.server import schema as s
from sync.server.access_log import note_caller
from sync.server.errors import CentreError

CODE_LIFETIME = timedelta(days=7)
# No 0/O or 1/I: the code is read aloud over a phone and typed at the site.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_code(engine: Engine, clock: Clock, site: str) -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    with engine.begin() as conn:
        conn.execute(
            insert(s.enrolment_codes).values(
                code_hash=digest(_normalise(code)), site=site, created_at=clock.now()
            )
        )
    return code


def _normalise(code: str) -> str:
    return code.replace("-", "").replace(" ", "").upper()


def enrol(engine: Engine, clock: Clock, request: EnrolRequest) -> EnrolResponse:
    now = clock.now()
    with engine.begin() as conn:
        row = (
            conn.execute(
                select(s.enrolment_codes)
                .where(s.enrolment_codes.c.code_hash == digest(_normalise(request.code)))
                .with_for_update()
            )
            .mappings()
            .first()
        )
        if row is None or row["used_at"] is not None or row["created_at"] + CODE_LIFETIME < now:
            raise CentreError(
                403,
                ErrorCode.BAD_CODE,
                "this enrolment code is unknown, already used or expired: ask the centre for a "
                "new one",
            )
        if request.site is not None and request.site != row["site"]:
            # Left unused: the code is still good for the store it was meant for.
            raise CentreError(
                409,
                ErrorCode.SITE_MISMATCH,
                f"this code enrols a store of site {row['site']}, but this store belongs to site "
                f"{request.site}: ask for a code for {request.site}, or give the store a new "
                "identity (register --new-identity)",
            )
        device_id = str(uuid.uuid4())
        token = secrets.token_urlsafe(32)
        predecessor = None
        if request.previous_device is not None:
            earlier = (
                conn.execute(select(s.devices).where(s.devices.c.id == request.previous_device))
                .mappings()
                .first()
            )
            # Only a device the centre retired (a restored database) hands its events on:
            # a store claiming one still at work is a copy, and its events conflict.
            if earlier is not None and earlier["site"] == row["site"] and earlier["retired_reason"]:
                predecessor = request.previous_device
        conn.execute(
            insert(s.devices).values(
                id=device_id,
                site=row["site"],
                name=request.device_name or device_id,
                token_hash=digest(token),
                enrolled_at=now,
                last_seq=0,
                predecessor=predecessor,
            )
        )
        conn.execute(
            update(s.enrolment_codes)
            .where(s.enrolment_codes.c.code_hash == row["code_hash"])
            .values(used_at=now, device_id=device_id)
        )
    return EnrolResponse(device_id=device_id, token=token, site=row["site"])


def device_for(conn: Connection, authorization: str | None, *, lock: bool = False) -> RowMapping:
    """The calling device, or a 401 that says what is wrong with its credentials."""
    if not authorization or not authorization.startswith("Bearer "):
        raise CentreError(401, ErrorCode.UNAUTHORISED, "no device token: register this device")
    query: Any = select(s.devices).where(
        s.devices.c.token_hash == digest(authorization.removeprefix("Bearer ").strip())
    )
    if lock:
        # Pushes from one device queue here, so its sequence checks see each other.
        query = query.with_for_update()
    device = conn.execute(query).mappings().first()
    if device is None:
        raise CentreError(401, ErrorCode.UNAUTHORISED, "the device token was rejected")
    note_caller(device=device["id"], site=device["site"])
    if device["retired_reason"]:
        raise CentreError(
            409, ErrorCode.RE_ENROL, f"this device must enrol again: {device['retired_reason']}"
        )
    return device


def lineage(conn: Connection, device: RowMapping) -> set[str]:
    """The device and those the same store enrolled as before it."""
    found = {str(device["id"])}
    earlier = device["predecessor"]
    while earlier is not None and earlier not in found and len(found) < 100:
        found.add(str(earlier))
        earlier = conn.execute(
            select(s.devices.c.predecessor).where(s.devices.c.id == earlier)
        ).scalar()
    return found
