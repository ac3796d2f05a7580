"""Warnings: raising fills the list of open alerts, acknowledging records who, filters narrow it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.model import Level
from app.services.alerts import WarningRow
from tests.ui.conftest import FakeClock
from tests.ui.screens_kit import open_screen, settle
from ui.screens.warnings import WarningsScreen
from ui.session import Session


def _shown(screen: WarningsScreen) -> list[WarningRow]:
    """The rows of the list once its count and first page have come in."""
    settle(screen.session)
    screen.model.row(0)  # the first page, as the view's first paint asks for it
    settle(screen.session)
    return screen.model.loaded_rows()


def test_raising_then_acknowledging_records_who_acknowledged(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    # The window raises the day's warnings when it opens: none are due today.
    _, screen = open_screen(qtbot, operator_session, WarningsScreen, key_clock)
    clock.advance(timedelta(days=100))  # S-EARLY now has 20 days left: a warning
    screen.reload()
    # The list is the open alerts: that warning is not raised yet.
    assert _shown(screen) == []
    screen.recompute_button.click()
    settle(operator_session)
    assert "1" in screen.band.headline.text()
    assert [(r.lot, r.level) for r in _shown(screen)] == [("S-EARLY", Level.WARNING)]
    assert screen.summary.text() == "1 open warning(s)"

    screen.tier.setCurrentIndex(screen.tier.findData("critical"))
    assert _shown(screen) == []
    screen.tier.setCurrentIndex(screen.tier.findData(""))
    assert [r.lot for r in _shown(screen)] == ["S-EARLY"]

    screen.table.selectRow(0)
    screen.ack_button.click()
    settle(operator_session)
    shown = _shown(screen)
    assert [(r.lot, r.acknowledged_by) for r in shown] == [("S-EARLY", "op1")], (
        "an acknowledged warning stays open until its disposition closes it"
    )
    with operator_session.store.engine.connect() as conn:
        acknowledged = conn.exec_driver_sql(
            "SELECT l.lot, a.acknowledged_by FROM alerts a JOIN lots l ON l.id = a.lot_id"
        ).all()
    assert [tuple(row) for row in acknowledged] == [("S-EARLY", "op1")]
