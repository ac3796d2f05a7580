"""Enrolling a site database with the centre using a one-time code."""

from __future__ import annotations

import platform
from pathlib import Path

from sqlalchemy import Engine

from app.adapters.sync_state import SyncUnitOfWork
from sync.client import settings as keys
from sync.client.transport import Transport
from sync.protocol import EnrolRequest, EnrolResponse


def register(engine: Engine, server: str, code: str, ca_file: str | None = None) -> EnrolResponse:
    """Store the device token. A re-enrolled database keeps its cursors: changes re-apply safely.

    The CA file is kept as an absolute path: later rounds run from another directory.
    """
    if ca_file:
        ca_file = str(Path(ca_file).expanduser().resolve())
    with SyncUnitOfWork(engine, read_only=True) as uow:
        name = uow.settings.get("device_name") or platform.node()
    transport = Transport(server, ca_file=ca_file)
    try:
        answer = transport.post(
            "/v1/enrol", EnrolRequest(code=code, device_name=name), EnrolResponse
        )
    finally:
        transport.close()
    with SyncUnitOfWork(engine) as uow:
        uow.settings.put(keys.SERVER, server)
        uow.settings.put(keys.TOKEN, answer.token)
        uow.settings.put(keys.DEVICE_ID, answer.device_id)
        uow.settings.put(keys.SITE, answer.site)
        uow.settings.put(keys.CA_FILE, ca_file or "")
        uow.commit()
    return answer
