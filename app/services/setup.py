"""A new store: its device identity, default policy and first admin."""

from __future__ import annotations

import platform
import uuid

from app.domain.clock import Clock
from app.domain.credentials import new_password
from app.domain.model import Role
from app.domain.policy import Policy
from app.services.people import add_user
from app.services.ports import UnitOfWork


def initialise(
    uow: UnitOfWork,
    clock: Clock,
    device_name: str | None = None,
    *,
    device_id: str | None = None,
    admin_password: str | None = None,
    admin_name: str = "Administrator",
) -> str:
    """Returns the admin's initial password, which is shown once and stored only hashed.

    The demo store passes its own device id and a known admin password.
    """
    password = admin_password or new_password()
    with uow:
        uow.settings.put("device_id", device_id or str(uuid.uuid4()))
        uow.settings.put("device_name", device_name or platform.node() or "lotkeeper")
        uow.settings.set_policy(Policy())
        add_user(uow, clock, "system", "admin", Role.ADMIN, password, admin_name)
        uow.commit()
    return password
