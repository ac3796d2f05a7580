"""The closed loop from every entry point: the warnings screen, `batch` and the CLI.

Each refuses as the executor does: a non-owner (NOT_OWNER), an operator
accepting (NOT_PERMITTED), the person who chose accepting their own reason
(SECOND_PERSON_REQUIRED); a second supervisor's acceptance closes the warning.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.adapters.tables import utc_text
from tests.integration.core.store_kit import GAUZE, PINS, TODAY, World
from tests.integration.loop.loop_kit import alert_row, open_rows, setting, warning_of
from tests.integration.one_path.test_entry_points import main_py
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.picking import PickingScreen
from ui.screens.warnings import WarningsScreen
from ui.session import Session
from ui.sounds import Sounds

# --- batch -----------------------------------------------------------------------------


def _batch(world: World, tmp_path: Path, lines: list[dict[str, object]]) -> list[dict[str, object]]:
    upload = tmp_path / "upload.jsonl"
    upload.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    world.close()
    done = main_py("batch", "--db", world.path, upload, "--user", "sup", home=tmp_path,
                   pin=PINS["sup"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_batch_chooses_and_accepts_with_the_rules_of_the_executor(
    shelved: World, tmp_path: Path
) -> None:
    g1, g2 = warning_of(shelved, "G1").alert_id, warning_of(shelved, "G2").alert_id
    choose, accept = "choose_disposition", "accept_disposition"
    answers = _batch(
        shelved,
        tmp_path,
        [
            {"action": choose, "user": "op2", "alert": g1, "disposition": "use_first"},
            {"action": choose, "user": "op", "alert": g1, "disposition": "use_first"},
            {"action": choose, "user": "sup", "pin": PINS["sup"], "alert": g2,
             "disposition": "no_action", "reason": "counted for the ward's trial"},
            {"action": accept, "user": "op", "alert": g2},
            {"action": accept, "user": "sup", "pin": PINS["sup"], "alert": g2},
            {"action": accept, "user": "sup2", "pin": PINS["sup2"], "alert": g2},
            {"action": choose, "user": "op", "disposition": "dispose"},
            {"action": choose, "user": "op", "alert": "one", "disposition": "dispose"},
        ],
    )  # fmt: skip
    assert [a["code"] for a in answers] == [
        "NOT_OWNER",
        "ACCEPTED",
        "ACCEPTED",
        "NOT_PERMITTED",
        "SECOND_PERSON_REQUIRED",
        "ACCEPTED",
        "MISSING_FIELD",
        "BAD_FIELD",
    ]
    reopened = World(shelved.path)
    try:
        assert alert_row(reopened, g2)["closed_how"] == "accepted"
        assert [(r.lot, r.disposition) for r in open_rows(reopened)] == [("G1", "use_first")]
    finally:
        reopened.close()


# --- the command line ------------------------------------------------------------------


def test_the_disposition_command_chooses_lists_and_accepts_in_a_persons_name(
    shelved: World, tmp_path: Path
) -> None:
    g1 = warning_of(shelved, "G1").alert_id
    shelved.close()
    db = shelved.path

    def run(*args: object, user: str, pin: str | None = None) -> tuple[int, str, str]:
        done = main_py("disposition", *map(str, args), "--db", db, "--user", user,
                       home=tmp_path, pin=pin)  # fmt: skip
        return done.returncode, done.stdout, done.stderr

    code, out, _ = run("choose", g1, "dispose", user="op2", pin=PINS["op2"])
    assert (code, json.loads(out)["code"]) == (1, "NOT_OWNER")
    code, _, err = run("choose", g1, "no_action", "--reason", "trial", user="op")
    assert code == 1 and "BAD_CREDENTIALS" in err and "Traceback" not in err
    code, out, _ = run("choose", g1, "no_action", "--reason", "trial", user="op", pin=PINS["op"])
    assert (code, json.loads(out)["code"]) == (0, "ACCEPTED")
    code, out, _ = run("accept", g1, user="op", pin=PINS["op"])
    assert (code, json.loads(out)["code"]) == (1, "NOT_PERMITTED")
    listed = main_py("disposition", "list", "--db", db, "--json", home=tmp_path)
    rows = {r["lot"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert (rows["G1"]["disposition"], rows["G1"]["owner"], rows["G1"]["reason"]) == (
        "no_action",
        "op",
        "trial",
    )
    code, out, _ = run("accept", g1, user="sup", pin=PINS["sup"])
    assert (code, json.loads(out)["code"]) == (0, "ACCEPTED")
    listed = main_py("disposition", "list", "--db", db, "--json", home=tmp_path)
    assert [json.loads(x)["lot"] for x in listed.stdout.splitlines()] == ["G2"]


# --- the screens -----------------------------------------------------------------------


def settle(session: Session) -> None:
    for _ in range(6):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


@pytest.fixture
def screens(qtbot: QtBot, shelved: World) -> Iterator[tuple[World, QtBot]]:
    yield shelved, qtbot


def _window(qtbot: QtBot, world: World, user: str, screens: list[type]) -> MainWindow:
    session = Session(world.store, world.clock, world.people[user], sounds=Sounds(False))
    win = MainWindow(session, screens)
    qtbot.addWidget(win)
    win.show()
    settle(session)
    return win


def _warnings(win: MainWindow) -> WarningsScreen:
    screen = win.screens[WarningsScreen.key]
    assert isinstance(screen, WarningsScreen)
    win.show_screen(WarningsScreen.key)
    settle(win.session)
    screen.model.row(0)
    settle(win.session)
    return screen


def _select(screen: WarningsScreen, lot: str) -> None:
    rows = screen.model.loaded_rows()
    screen.table.selectRow([r.lot for r in rows].index(lot))


def _choose_in_dialog(screen: WarningsScreen, template: str, reason: str = "") -> None:
    screen.choose_button.click()
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData(template))
    dialog.reason.setText(reason)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    settle(screen.session)


def test_the_owner_chooses_on_the_warnings_screen_and_a_non_owner_is_refused(
    screens: tuple[World, QtBot],
) -> None:
    world, qtbot = screens
    win = _window(qtbot, world, "op2", [WarningsScreen])
    screen = _warnings(win)
    _select(screen, "G1")
    _choose_in_dialog(screen, "use_first")
    assert screen.band.tone is not Tone.OK
    assert "owner (op)" in screen.band.headline.text()
    assert warning_of(world, "G1").disposition is None
    assert not screen.accept_button.isEnabled(), "an operator accepts no reason"
    win.session.close()

    win = _window(qtbot, world, "op", [WarningsScreen, PickingScreen])
    screen = _warnings(win)
    _select(screen, "G1")
    _choose_in_dialog(screen, "use_first")
    assert screen.band.tone is Tone.OK, screen.band.headline.text()
    assert warning_of(world, "G1").disposition == "use_first"
    # The use-first lot's line goes to the top of the department's pick list.
    picking = win.screens[PickingScreen.key]
    assert isinstance(picking, PickingScreen)
    win.show_screen(PickingScreen.key)
    settle(win.session)
    picking.department.setCurrentIndex(picking.department.findData("WARD"))
    picking.add_line(GAUZE, 1)
    settle(win.session)
    assert picking.lines[0].use_first and picking.lines[0].suggestion.lot == "G1"
    win.session.close()


def test_no_action_on_screen_waits_for_a_second_supervisor(
    screens: tuple[World, QtBot],
) -> None:
    world, qtbot = screens
    win = _window(qtbot, world, "sup", [WarningsScreen])
    screen = _warnings(win)
    _select(screen, "G2")
    _choose_in_dialog(screen, "no_action", reason="ward trial")
    assert screen.band.tone is Tone.OK
    _select(screen, "G2")
    screen.accept_button.click()
    settle(win.session)
    assert screen.band.tone is not Tone.OK
    assert "other than who gave it" in screen.band.detail.text()
    assert [r.lot for r in open_rows(world)] == ["G1", "G2"]
    win.session.close()

    win = _window(qtbot, world, "sup2", [WarningsScreen])
    screen = _warnings(win)
    _select(screen, "G2")
    screen.accept_button.click()
    settle(win.session)
    assert screen.band.tone is Tone.OK
    assert [r.lot for r in open_rows(world)] == ["G1"]
    win.session.close()


def test_the_priority_and_forecast_tabs_fill_off_the_ui_thread(
    screens: tuple[World, QtBot], tmp_path: Path
) -> None:
    world, qtbot = screens
    win = _window(qtbot, world, "op", [WarningsScreen])
    screen = _warnings(win)
    screen.tabs.setCurrentIndex(1)
    screen.priority_model.row(0)
    settle(win.session)
    assert [r.lot for r in screen.priority_model.loaded_rows()] == ["G1", "G2"]
    screen.tabs.setCurrentIndex(2)
    screen.forecast_model.row(0)
    settle(win.session)
    # No usage recorded: every unit of both lots is predicted to go unused.
    assert [(r.lot, r.units_unused) for r in screen.forecast_model.loaded_rows()] == [
        ("G1", 10),
        ("G2", 10),
    ]
    assert "2" in screen.forecast_summary.text()
    target = tmp_path / "priority.xlsx"
    screen.export_xlsx("priority", target)
    settle(win.session)
    assert target.read_bytes()[:2] == b"PK"
    win.session.close()


# --- the day's escalation, from the window and from the CLI ----------------------------


def _overdue_digest_for_sup(world: World) -> dict[str, str]:
    [(data,)] = world.sql(
        "SELECT data FROM notifications WHERE code = 'DISPOSITIONS_OVERDUE' "
        "AND channel = 'email' AND recipient = 'sup'"
    )
    return dict(json.loads(data))


def test_the_windows_day_raise_escalates_the_overdue_into_one_digest(
    screens: tuple[World, QtBot],
) -> None:
    world, qtbot = screens
    setting(world, "notify.email.sup", "sup@store.example")
    g1 = warning_of(world, "G1").alert_id
    world.on(TODAY + timedelta(days=4))  # G1's warning was due in 3 days
    win = _window(qtbot, world, "sup", [WarningsScreen])
    qtbot.waitUntil(lambda: bool(world.sql("SELECT 1 FROM alerts WHERE escalated_at IS NOT NULL")))
    settle(win.session)
    digest = _overdue_digest_for_sup(world)
    assert (digest["count"], digest["alerts"]) == ("1", str(g1))
    win.session.close()


def test_the_alerts_command_escalates_the_overdue_into_one_digest(
    shelved: World, tmp_path: Path
) -> None:
    setting(shelved, "notify.email.sup", "sup@store.example")
    g1 = warning_of(shelved, "G1").alert_id
    # The command raises by the real clock: G1's warning due a year before it.
    year_ago = utc_text(datetime.now(UTC) - timedelta(days=365))
    shelved.write("UPDATE alerts SET due_at = ? WHERE id = ?", year_ago, g1)
    shelved.close()
    done = main_py("alerts", "--db", shelved.path, "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    digest = _overdue_digest_for_sup(shelved)
    assert (digest["count"], digest["alerts"]) == ("1", str(g1))
    [(after,)] = shelved.sql("SELECT after FROM audit WHERE action = 'escalate_alerts'")
    assert json.loads(after)["alerts"] == str(g1)
