"""Operations call back only into widgets that still exist."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.services.ports import UnitOfWork
from ui.operations import QueryOp
from ui.session import Session


def test_a_read_answering_after_its_widget_was_deleted_calls_nothing(
    qtbot: QtBot, operator_session: Session
) -> None:
    label = QLabel()
    release = threading.Event()
    answered: list[int] = []

    def read(_: UnitOfWork) -> int:
        release.wait(5)
        return 7

    QueryOp(label, operator_session, read).success(
        lambda n: (answered.append(n), label.setText(str(n)))
    ).failure(lambda e: answered.append(-1)).run()
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label), timeout=5000)
    release.set()
    operator_session.tasks.wait_idle()
    qtbot.wait(50)
    assert answered == []


def test_a_read_answers_into_a_live_widget(qtbot: QtBot, operator_session: Session) -> None:
    label = QLabel()
    QueryOp(label, operator_session, lambda _: 7).success(lambda n: label.setText(str(n))).run()
    qtbot.waitUntil(lambda: label.text() == "7", timeout=5000)
