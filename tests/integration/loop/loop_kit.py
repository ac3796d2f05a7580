"""Short-hands for the closed loop's tests: raise the day's warnings, find one, its row."""

from __future__ import annotations

from typing import Any

from app.domain.identity import Actor
from app.services.alerts import WarningRow, open_warnings
from app.services.commands import RaiseAlerts, SetSiteSetting
from app.services.context import ActionResult
from app.services.ports import WarningFilter
from tests.integration.core.store_kit import World


def raise_today(world: World) -> ActionResult:
    result = world.run(Actor.system("test-device"), RaiseAlerts())
    assert result.ok, result
    return result


def open_rows(world: World, **where: Any) -> list[WarningRow]:
    return open_warnings(world.store.uow(), WarningFilter(**where))


def warning_of(world: World, lot: str) -> WarningRow:
    found = [r for r in open_rows(world) if r.lot == lot]
    assert len(found) == 1, found
    return found[0]


def setting(world: World, key: str, value: str) -> None:
    assert world.run(world.people["admin"], SetSiteSetting(key, value)).ok


def alert_row(world: World, alert_id: int) -> dict[str, Any]:
    cols = ("assigned_to", "due_at", "disposition", "disposition_by", "closed_at", "closed_by",
            "closed_how", "escalated_at", "raised", "level")  # fmt: skip
    row = world.sql(f"SELECT {', '.join(cols)} FROM alerts WHERE id = ?", alert_id)[0]
    return dict(zip(cols, row, strict=True))
