"""Warnings: recompute raises them, acknowledging records who, filters narrow the list."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.alerts import list_alerts
from tests.ui.conftest import FakeClock
from tests.ui.screens_kit import open_screen, settle
from ui.screens.warnings import WarningsScreen
from ui.session import Session


def test_recompute_then_acknowledge_records_who_acknowledged(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=100))  # S-EARLY now has 20 days left: a warning
    _, screen = open_screen(qtbot, operator_session, WarningsScreen, key_clock)
    assert [r["lot"] for r in screen.shown] == ["S-EARLY"]
    assert screen.table.texts(8) == ["not raised yet"]
    screen.recompute_button.click()
    settle(operator_session)
    assert "1" in screen.band.headline.text()
    screen.table.selectRow(0)
    screen.ack_button.click()
    settle(operator_session)
    assert screen.table.texts(8) == ["op1"]
    (alert,) = list_alerts(operator_session.store.uow(read_only=True), include_acknowledged=True)
    assert alert["acknowledged_by"] == "op1" and alert["lot"] == "S-EARLY"
    screen.responsible.setCurrentIndex(screen.responsible.findData("nobody"))
    screen.tier.setCurrentIndex(screen.tier.findData("critical"))
    assert screen.shown == []
