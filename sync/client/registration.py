"""Enrolling a site database with the centre using a one-time code.

A store keeps the identity it enrolled with. Enrolling again (a restored
database, a new token) is for the same site only: the centre refuses a code
for another site without using it up. A copy of a store that is to become
another store takes a new identity (`new_identity`): a new store id, new ids
for every event not yet sent (so the centre can never mistake them for the
original's), no refusals carried over; its data stays. Either way the
registration is audited in the same transaction as its settings.
"""

from __future__ import annotations

import platform
import uuid
from pathlib import Path
from typing import Any

from app.domain.clock import Clock, SystemClock
from app.services.settings import device_name
from sync.client import device_token
from sync.client import settings as keys
from sync.client.session import SiteStore
from sync.client.transport import Transport
from sync.protocol import EnrolRequest, EnrolResponse


def register(
    store: SiteStore,
    server: str,
    code: str,
    ca_file: str | None = None,
    *,
    actor: str,
    new_identity: bool = False,
    clock: Clock | None = None,
) -> EnrolResponse:
    """Store the device token. A re-enrolled database keeps its cursors: changes re-apply safely.

    `actor` is the authenticated administrator the audit entry names. The CA
    file is kept as an absolute path: later rounds run from another directory.
    """
    engine = store.engine
    clock = clock or SystemClock()
    if ca_file:
        ca_file = str(Path(ca_file).expanduser().resolve())
    with store.sync_uow(read_only=True) as uow:
        name = uow.settings.get("device_name") or platform.node()
        before = keys.enrolment(uow.settings)
        store_id = uow.settings.get(keys.STORE_ID) or str(uuid.uuid4())
    keep = before is not None and not new_identity
    request = EnrolRequest(
        code=code,
        device_name=name[:100],
        site=before.site if keep and before else None,
        previous_device=before.device_id if keep and before else None,
    )
    transport = Transport(server, ca_file=ca_file)
    try:
        answer = transport.post("/v1/enrol", request, EnrolResponse)
    finally:
        transport.close()
    new_store_id = str(uuid.uuid4()) if new_identity else store_id
    where = device_token.save(engine, new_store_id, answer.token)
    with store.sync_uow() as uow:
        uow.settings.put(keys.SERVER, server)
        uow.settings.put(keys.TOKEN, "")  # never in the database (an older version kept it here)
        uow.settings.put(keys.TOKEN_STORE, where)
        uow.settings.put(keys.DEVICE_ID, answer.device_id)
        uow.settings.put(keys.SITE, answer.site)
        uow.settings.put(keys.CA_FILE, ca_file or "")
        # A new device at the centre holds no anchor of this chain yet.
        uow.settings.put(keys.AUDIT_ANCHOR, "")
        after: dict[str, Any] = {"site": answer.site, "device": answer.device_id, "server": server}
        if new_identity:
            uow.settings.put(keys.STORE_ID, new_store_id)
            after |= {
                "store_id": new_store_id,
                "events_renamed": uow.sync_outbox.give_new_ids(),
                "refusals_dropped": [r.to_json() for r in uow.sync_refusals.forget_all()],
            }
        previous = (
            {"site": before.site, "device": before.device_id, "store_id": store_id}
            if before is not None
            else None
        )
        uow.audit.append(
            clock.now(),
            actor,
            device_name(uow),
            "new_identity" if new_identity else "register_device",
            "device",
            answer.device_id,
            previous,
            after,
        )
        uow.commit()
    if new_identity and before is not None and before.token_store == device_token.KEYRING:
        device_token.forget(engine, store_id)  # the file, if any, holds the new token now
    return answer
