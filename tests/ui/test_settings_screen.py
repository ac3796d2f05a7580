"""Settings: a supervisor's policy change is stored and audited; an operator's is not possible."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.model import Level
from app.domain.policy import Policy
from app.errors import Code
from app.services.bus import execute
from app.services.commands import SetPolicy
from app.services.settings import current_policy
from tests.ui.conftest import FakeClock
from tests.ui.screens_kit import open_screen, settle
from ui.screens.settings import SettingsScreen
from ui.session import Session
from ui.widgets.device_settings import PrinterKind, load_printer


def test_a_supervisor_changes_tiers_and_windows_and_an_audit_entry_records_it(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock
) -> None:
    _, screen = open_screen(qtbot, supervisor_session, SettingsScreen, key_clock)
    assert screen.tiers.rowCount() == 3
    screen.tiers.item(0, 1).setText("90")
    screen._add_tier("sterile", 120, Level.NOTICE)
    screen._add_window("sterile", 14)
    screen.save_policy_button.click()
    settle(supervisor_session)
    assert screen.band.headline.text() == "Policy saved"
    policy = current_policy(supervisor_session.store.uow(read_only=True))
    assert policy.tiers_for("")[0].days == 90
    assert policy.tiers_for("sterile")[0].days == 120
    assert policy.do_not_issue_for("sterile") == 14
    with supervisor_session.store.uow(read_only=True) as uow:
        entries = [e for e in uow.audit.entries() if e.action == "set_policy"]
    assert entries[-1].user == "sup1" and entries[-1].after == policy.to_json()


def test_an_operator_cannot_save_the_policy_but_sets_the_workstation_printer(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    _, screen = open_screen(qtbot, operator_session, SettingsScreen, key_clock)
    assert not screen.save_policy_button.isEnabled()
    screen.printer_kind.setCurrentIndex(screen.printer_kind.findData("raw_tcp"))
    screen.host.setText("10.0.0.9")
    screen.findChild(type(screen.save_policy_button), "save_device").click()
    printer = load_printer()
    assert printer.kind is PrinterKind.RAW_TCP and printer.host == "10.0.0.9"


def test_set_policy_refuses_an_operator_and_changes_nothing(operator_session: Session) -> None:
    store, clock = operator_session.store, operator_session.clock
    before = current_policy(store.uow(read_only=True))
    refused = execute(
        store.uow(), clock, operator_session.actor, SetPolicy(Policy(do_not_issue_days=5))
    )
    assert refused.code is Code.NOT_PERMITTED
    assert current_policy(store.uow(read_only=True)) == before
