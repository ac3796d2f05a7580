"""A new store: its device identity, default policy and first administrator."""

from __future__ import annotations

import platform
import uuid

from app.domain.clock import Clock
from app.domain.credentials import new_password
from app.domain.identity import Actor
from app.domain.model import Role
from app.domain.policy import Policy
from app.errors import Code, Refused
from app.services.context import Context
from app.services.people import MIN_PIN, add_user, pin_problem
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
    """Returns the admin's initial PIN, shown once and stored only hashed.

    The given PIN (`init --admin-pin-file`, the demo store's known one) or a new random one.
    """
    password = admin_password or new_password()
    problem = pin_problem(Role.ADMIN, password)
    if problem:
        raise Refused(Code.WEAK_PIN, problem, role=Role.ADMIN.value, need=MIN_PIN[Role.ADMIN])
    name = device_name or platform.node() or "lotkeeper"
    with uow:
        uow.settings.put("device_id", device_id or str(uuid.uuid4()))
        uow.settings.put("device_name", name)
        uow.settings.set_policy(Policy())
        # The store's first change: no person exists yet to make it.
        ctx = Context(uow, clock, Actor.system(name))
        add_user(ctx, "admin", Role.ADMIN, password, admin_name)
        ctx.flush()
        uow.commit()
    return password
