"""Log-in, lock-out, log-out, switch user and the idle lock, in real widgets offscreen."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.adapters.database import DatabaseError
from app.domain.credentials import hash_secret
from app.services.people import authenticate
from tests.integration.core.store_kit import PINS, World
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.screens.receiving import ReceivingScreen
from ui.shell import Shell
from ui.site_opening import Site, SiteOpening
from ui.workers import TaskRunner


def settle(shell: Shell) -> None:
    for _ in range(8):
        shell.tasks.wait_idle()
        if shell.session is not None:
            shell.session.writer.wait_idle()
        QCoreApplication.processEvents()


def make_shell(qtbot: QtBot, world: World, idle: float | None = None) -> Shell:
    shell = Shell(
        SiteOpening.of(Site(world.store, "test-device", idle)),
        world.clock,
        TaskRunner(),
        [ReceivingScreen],
        show=lambda window: window.show(),
    )
    shell.start()
    return shell


def log_in(shell: Shell, user: str, pin: str) -> LoginDialog:
    dialog = shell.login
    assert dialog is not None
    dialog.username.setText(user)
    dialog.pin.setText(pin)
    dialog.submit()
    settle(shell)
    return dialog


def test_logging_in_opens_the_window_for_that_person(qtbot: QtBot, world: World) -> None:
    shell = make_shell(qtbot, world)
    log_in(shell, "op", PINS["op"])
    assert isinstance(shell.window, MainWindow)
    assert shell.session is not None and shell.session.actor.username == "op"
    shell.close()


def test_the_log_in_says_when_a_locked_user_may_try_again(qtbot: QtBot, world: World) -> None:
    shell = make_shell(qtbot, world)
    for _ in range(5):
        dialog = log_in(shell, "sup", "wrong-pin")
    assert shell.window is None
    assert "locked" in dialog.message.text().lower()
    failures = world.sql("SELECT count(*) FROM audit WHERE action='login_failed'")[0][0]
    assert failures == 5
    shell.close()


def test_logging_out_ends_the_session_and_asks_again(qtbot: QtBot, world: World) -> None:
    shell = make_shell(qtbot, world)
    log_in(shell, "op", PINS["op"])
    assert shell.window is not None
    shell.window.logout_button.click()
    settle(shell)
    assert shell.window is None and shell.session is None
    assert shell.login is not None and shell.login.isVisible()
    ended = world.sql("SELECT entity_id FROM audit WHERE action='log_out'")
    assert ended == [("op",)]
    shell.close()


def test_a_supervisor_switches_in_at_an_operators_station(qtbot: QtBot, world: World) -> None:
    shell = make_shell(qtbot, world)
    log_in(shell, "op", PINS["op"])
    assert shell.window is not None
    shell.window.switch_button.click()
    settle(shell)
    log_in(shell, "sup", PINS["sup"])
    assert shell.session is not None and shell.session.actor.username == "sup"
    shell.close()


def test_an_idle_station_locks_and_its_own_user_unlocks_it_as_it_was(
    qtbot: QtBot, world: World
) -> None:
    shell = make_shell(qtbot, world, idle=1)
    log_in(shell, "op", PINS["op"])
    window = shell.window
    assert window is not None and shell.session is not None
    screen = window.screens["receiving"]
    screen.reference.setText("DN-77")  # type: ignore[attr-defined]
    shell.session.last_activity = time.monotonic() - 61
    window.check_idle()
    settle(shell)
    assert not window.isEnabled()
    assert shell.login is not None and shell.login.username.text() == "op"
    log_in(shell, "op", PINS["op"])
    assert shell.window is window and window.isEnabled()
    assert screen.reference.text() == "DN-77"  # type: ignore[attr-defined]
    shell.close()


def test_someone_else_unlocking_an_idle_station_gets_their_own_session(
    qtbot: QtBot, world: World
) -> None:
    shell = make_shell(qtbot, world, idle=1)
    log_in(shell, "op", PINS["op"])
    window = shell.window
    assert window is not None and shell.session is not None
    shell.session.last_activity = time.monotonic() - 61
    window.check_idle()
    settle(shell)
    log_in(shell, "sup", PINS["sup"])
    assert shell.window is not window
    assert shell.session is not None and shell.session.actor.username == "sup"
    shell.close()


def test_a_short_supervisor_pin_must_be_changed_before_work_starts(
    qtbot: QtBot, world: World
) -> None:
    world.write("UPDATE users SET pin_hash=? WHERE username='sup'", hash_secret("2222"))
    shell = make_shell(qtbot, world)
    log_in(shell, "sup", "2222")
    assert shell.window is None
    dialog = shell.change_pin
    assert dialog is not None and dialog.isVisible()
    dialog.new_pin.setText("333")
    dialog.repeat.setText("333")
    dialog.accept()
    qtbot.waitUntil(lambda: "6" in dialog.problem.text(), timeout=5000)  # still too short
    assert shell.window is None
    dialog.new_pin.setText("supervisor-9")
    dialog.repeat.setText("supervisor-9")
    dialog.accept()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    assert authenticate(world.store.uow(), world.clock, "sup", "supervisor-9").username == "sup"
    shell.close()


def test_a_pin_typed_while_the_store_still_opens_logs_in_once_it_is_open(
    qtbot: QtBot, world: World
) -> None:
    opening = SiteOpening()
    shell = Shell(opening, world.clock, TaskRunner(), [ReceivingScreen], show=lambda w: w.show())
    shell.start()
    dialog = shell.login
    assert dialog is not None and dialog.isVisible()  # shown before the store is open
    dialog.username.setText("op")
    dialog.pin.setText(PINS["op"])
    dialog.submit()
    QCoreApplication.processEvents()
    assert shell.window is None and not dialog.login_button.isEnabled()  # checking: waits
    opening.opened(Site(world.store, "test-device"))
    qtbot.waitUntil(lambda: shell.window is not None, timeout=5000)
    assert shell.session is not None and shell.session.actor.username == "op"
    shell.close()


def test_a_store_that_cannot_be_opened_refuses_the_log_in_in_words(
    qtbot: QtBot, world: World
) -> None:
    opening = SiteOpening()
    shell = Shell(opening, world.clock, TaskRunner(), [ReceivingScreen], show=lambda w: w.show())
    shell.start()
    opening.failed(DatabaseError("not a Lotkeeper database"))
    log_in(shell, "op", PINS["op"])
    assert shell.window is None
    assert shell.login is not None and shell.login.login_button.isEnabled()
    assert "not a Lotkeeper database" not in shell.login.message.text()  # words, not the log
    assert shell.login.message.text()
    shell.close()
